package event

import "testing"

// TestDiscussedSituation checks that discussing a situation consults
// (040 both ways), not negotiation (046).
func TestDiscussedSituation(t *testing.T) {
	tests := []eventCase{
		{"The presidents of Peru and Chile discussed the situation in the region.", []string{"PERGOV>CHLGOV:040", "CHLGOV>PERGOV:040"}, []string{"PERGOV>CHLGOV:046"}},
	}
	checkEventCases(t, tests)
}
