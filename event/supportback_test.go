package event

import "testing"

// TestBareSupportEndorses checks that a bare SUPPORT or BACK of an actor
// or its course endorses it (051), not the SUPPORT block's bare 050, while
// the block's own patterns keep their codes (backing down yields, 080).
func TestBareSupportEndorses(t *testing.T) {
	tests := []eventCase{
		{"Chile's foreign minister said Santiago fully supported Peru's path to membership.", []string{"CHLGOV>PER:051"}, []string{"CHLGOV>PER:050"}},
		{"Bolivia, backed by Brazil and Argentina, does not recognise the vote.", []string{"BRA>BOL:051", "ARG>BOL:051"}, []string{"BRA>BOL:050"}},
		{"Peru backed down from its demands on Chile.", []string{"PER>CHL:080"}, []string{"PER>CHL:051"}},
	}
	checkEventCases(t, tests)
}
