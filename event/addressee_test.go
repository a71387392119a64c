package event

import "testing"

// TestPlainAddressee checks that an appeal, demand or threat addressed to
// a plural noun that names no actor is not aimed at an actor inside the
// deed it asks for, while an actor addressed, all sides, and a singular
// noun of what is asked for keep their targets.
func TestPlainAddressee(t *testing.T) {
	tests := []eventCase{
		{"Bolivia warned foreign powers to stop arming Peru.", nil, []string{"BOL>PER:130"}},
		{"Bolivia urged donors to send more aid to Peru.", nil, []string{"BOL>PER:*"}},
		{"Bolivia called on member states to impose sanctions on Peru.", nil, []string{"BOL>PER:*"}},
		{"Bolivia urged Chile to send aid to Peru.", []string{"BOL>CHL:023"}, []string{"BOL>PER:*"}},
		{"Bolivia called on the Chilean authorities to release the prisoners.", []string{"BOL>CHLGOV:0253"}, nil},
		{"Bolivia urged restraint to avoid a war with Peru.", []string{"BOL>PER:0256"}, nil},
	}
	checkEventCases(t, tests)
}
