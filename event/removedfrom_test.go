package event

import "testing"

// TestRemovedFrom checks that a headline's passive without "were" of a
// verb of removal ("Thousands of Bolivians deported from Chile") is read
// as a passive (removedFrom): its subject was removed and did not
// remove the place it left. The active with its object, also one after
// the place ("expelled from its territory two diplomats"), still codes.
func TestRemovedFrom(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Thousands of Bolivians deported from Chile in 2020.", nil, []string{"BOL>CHL:174"}},
		{"Peruvian diplomats expelled from Chile.", nil, []string{"PERGOV>CHL:174"}},
		{"Hundreds of Peruvians evacuated from Chile last week.", nil, []string{"PER>CHL:070"}},
		{"Chile deported hundreds of Bolivians to Peru last year.", []string{"CHL>BOL:174"}, nil},
		{"Chile expelled from its territory two Peruvian diplomats.", []string{"CHL>PERGOV:174"}, nil},
		{"Five Peruvian soldiers killed by Chilean troops near the border.", []string{"CHLMIL>PERMIL:190"}, nil},
	})
}
