package event

import "testing"

// TestPartnerPraised checks that calling someone a partner praises them
// (051), not an optimistic comment (013).
func TestPartnerPraised(t *testing.T) {
	tests := []eventCase{
		{`Peru called Chile "a reliable strategic partner" on Monday.`, []string{"PER>CHL:051"}, []string{"PER>CHL:013"}},
		{"Bolivia's president called Brazil a partner in the fight against drugs.", []string{"BOLGOV>BRA:051"}, []string{"BOLGOV>BRA:013"}},
	}
	checkEventCases(t, tests)
}
