package event

import "testing"

// TestVetoedText checks that what a vetoed, blocked or rejected text
// says (its demand or condemnation) is no event of the body that would
// have adopted it, while the veto itself, and what an adopted text says,
// still code.
func TestVetoedText(t *testing.T) {
	tests := []eventCase{
		{"Peru blocked a Security Council statement demanding that Chile withdraw its troops.", []string{"PER>IGOUNO:170"}, []string{"IGOUNO>CHL:025", "IGOUNO>CHL:105", "IGOUNO>CHL:1056"}},
		{"Bolivia vetoed a U.N. Security Council resolution demanding a ceasefire in Chile.", nil, []string{"IGOUNO>CHL:1056"}},
		{"The Security Council adopted a resolution demanding that Chile withdraw its troops from Peru.", []string{"IGOUNO>CHL:057"}, nil},
		{"The Security Council, in a resolution adopted on Monday, demanded that Chile withdraw its troops from Peru.", []string{"IGOUNO>CHL:1056"}, nil}, // a demand (demandOf) for de-escalation (deedCode)
	}
	checkEventCases(t, tests)
}
