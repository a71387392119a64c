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
