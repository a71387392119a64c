package event

import "testing"

// TestSubjectThatClause checks that a relative clause whose "that" is
// its subject ends the window of the verb before it: the parties of
// "fought a war" are the list, not the people the war killed, and a
// deal's parties are not what the deal did.
func TestSubjectThatClause(t *testing.T) {
	tests := []eventCase{
		{"Peru and Chile fought a war in 1995 that killed many people in Lima.",
			[]string{"PER>CHL:190", "CHL>PER:190"}, nil},
		{"Peru and Chile fought a war that killed thousands of people in Peru.",
			[]string{"PER>CHL:190", "CHL>PER:190"}, nil},
		{"Bolivia signed a deal with Chile that ended the dispute.",
			[]string{"BOL>CHL:057", "CHL>BOL:057"}, nil},
	}
	checkEventCases(t, tests)
}
