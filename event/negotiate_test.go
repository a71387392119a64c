package event

import "testing"

// TestBareNegotiate checks that negotiating with no other word the
// dictionary knows is engaging in negotiation (046), not yielding (080),
// while NEGOTIATE's own patterns still code as before.
func TestBareNegotiate(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Kenya and Tanzania continue to negotiate.",
			want: []string{"KEN>TZA:046", "TZA>KEN:046"},
			not:  []string{"KEN>TZA:080", "TZA>KEN:080"}},
		{text: "Norway negotiated with Iceland over fishing quotas.",
			want: []string{"NOR>ISL:046"}},
		{text: "Peru negotiated the release of the Chilean prisoners.",
			want: []string{"PER>CHL:0831"}},
	})
}
