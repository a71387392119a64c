package event

import "testing"

// TestHostedTalksBetween checks that a host of talks between two other
// parties mediates (045) towards each, and that hosting them offered or
// to come is an intent to mediate (039).
func TestHostedTalksBetween(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Ghana hosted talks between Togo and Benin on Monday.", want: []string{"GHA>TGO:045", "GHA>BEN:045", "TGO>BEN:046"}, not: []string{"GHA>TGO:039"}},
		{text: "Ghana hosted two rounds of talks between Togo and Benin in March.", want: []string{"GHA>TGO:045", "GHA>BEN:045"}},
		{text: "Ghana offered to host talks between Togo and Benin.", want: []string{"GHA>TGO:039", "GHA>BEN:039"}, not: []string{"GHA>TGO:036", "GHA>TGO:045"}},
		{text: "Ghana will host talks between Togo and Benin next week.", want: []string{"GHA>TGO:039"}, not: []string{"GHA>TGO:045"}},
		// Talks with the host are a visit it hosts, not mediation.
		{text: "Ghana hosted talks with Togo.", not: []string{"GHA>TGO:045"}},
	})
}
