package event

import "testing"

// TestSentForcesDestination checks that troops or peacekeepers a pattern
// matches as the verb's object, the source's own, are sent to the actor
// "to" names (destination), not to themselves; troops sent "into" a
// country and forces moved to a border keep their own codes.
func TestSentForcesDestination(t *testing.T) {
	tests := []eventCase{
		{"Peru sent troops to Bolivia on Monday.", []string{"PER>BOL:074"}, []string{"PER>PERMIL:*"}},
		{"Chile deployed peacekeepers to Haiti last week.", []string{"CHL>HTI:074"}, []string{"CHL>HTI:0334", "HTI>CHL:038"}},
		{"Ecuador sent more soldiers to Colombia.", []string{"ECU>COL:074"}, nil},
		{"Peru sent soldiers into Ecuador.", nil, []string{"PER>ECU:074", "PER>ECU:062"}},
		{"Chile deployed troops to the border with Peru.", []string{"CHL>PER:154"}, []string{"CHL>PER:074"}},
		{"Peru sent troops to Lima.", nil, []string{"PER>PER:*", "PER>PERMIL:*"}},
	}
	checkEventCases(t, tests)
}
