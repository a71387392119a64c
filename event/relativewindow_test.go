package event

import "testing"

// TestRelativeClauseEndsAtOuterVerb checks that an actor after the verb of
// the clause around a relative clause ("victims who are suing the estate
// will find the interview given by the president ...") is no target of
// the relative clause's verb, while its own object still is.
func TestRelativeClauseEndsAtOuterVerb(t *testing.T) {
	tests := []eventCase{
		{"Lawyers for Peruvian victims who are suing the estate will find the interview given by the Chilean president a treasure trove of material for further questioning by prosecutors.", nil, []string{"PERCVL>CHLGOV:115"}},
		{"Lawyers for Peruvian victims who are suing the company will find the interview given by the Chilean president a treasure trove of material for further questioning.", []string{"PERCVL>PERBUS:115"}, nil},
	}
	checkEventCases(t, tests)
}

// TestObjectRelativeEndsAtOuterVerb checks that a relative clause that
// opens with its object's pronoun and then its subject ("which Chad,
// Sudan and Libya quit in March") ends where the verb around it begins,
// so that its verb's pattern takes no words from the outer clause, while
// the outer clause still codes.
func TestObjectRelativeEndsAtOuterVerb(t *testing.T) {
	tests := []eventCase{
		{"The African Union, which Chad, Sudan and Libya quit in March, urged both governments to show restraint and keep the border open.", nil, []string{"TCD>IGOAFR:191", "SDN>IGOAFR:191", "LBY>IGOAFR:191"}},
		{"The African Union, which Chad joined in March, said Sudan had closed the border.", []string{"TCD>IGOAFR:040"}, nil},
	}
	checkEventCases(t, tests)
}
