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

// TestBlockedDeed checks that a pattern whose words hang under a verb of
// blocking that is not the pattern's ("threatened to veto any move to
// impose sanctions on Bolivia") codes no deed the subject would stop,
// while a deed joined to the blocking verb, or one with no blocking
// verb between, is still the subject's.
func TestBlockedDeed(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru threatened to veto any move to impose sanctions on Bolivia.", nil, []string{"PER>BOL:1312"}},
		{"Peru threatened to block any attempt to impose sanctions on Bolivia.", nil, []string{"PER>BOL:1312"}},
		{"Russia threatened to veto a resolution that would impose sanctions on Syria.", nil, []string{"RUS>SYR:1312"}},
		{"Peru threatened to impose sanctions on Bolivia.", []string{"PER>BOL:1312"}, nil},
		{"Peru threatened to reject the deal and impose sanctions on Bolivia.", []string{"PER>BOL:1312"}, nil},
		{"Peru urged Chile to stop attacks on Bolivian villages.", []string{"PER>CHL:0256"}, nil},
	})
}

// TestPatternWord checks that blockedDeed's test of a pattern's own words
// takes whole words only.
func TestPatternWord(t *testing.T) {
	tests := []struct {
		pattern, w string
		want       bool
	}{
		{"- * TO STOP +", "STOP", true},
		{"- * + TO_STOP", "STOP", true},
		{"STOP [192]", "STOP", true},
		{"- * BLOCKADE OF +", "BLOCK", false},
		{"- * UNBLOCK +", "BLOCK", false},
		{"- * UNBLOCK BLOCK", "BLOCK", true},
		{"- * &PENALTY", "VETO", false},
		{"- * VETO", "", false},
	}
	for _, tt := range tests {
		if got := patternWord(tt.pattern, tt.w); got != tt.want {
			t.Errorf("patternWord(%q, %q) = %v, want %v", tt.pattern, tt.w, got, tt.want)
		}
	}
}
