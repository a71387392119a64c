package event

import "testing"

// TestDisclosedThings checks that revealing, unveiling, divulging or
// exposing something is no diplomatic cooperation with whom it concerns
// (the verb supplement's DISCLOSE block), while the block's patterns for
// plans, names and aid still code.
func TestDisclosedThings(t *testing.T) {
	tests := []eventCase{
		{"Peruvian officials revealed Chile's troop movements near the border.", nil, []string{"PERGOV>CHLMIL:050", "PERGOV>CHL:050"}},
		{"Bolivia's foreign minister unveiled evidence of Chilean meddling.", nil, []string{"BOLGOV>CHL:050"}},
		{"The Peruvian government divulged the Chilean envoy's letter.", nil, []string{"PERGOV>CHLGOV:050"}},
		{"A Peruvian newspaper exposed Chilean spies in Lima.", nil, []string{"PERMED>CHLSPY:050"}},
		{"Peru revealed the names of Chilean spies.", []string{"PER>CHLSPY:010"}, nil},
		{"Peru unveiled new currency aid for Chile.", []string{"PER>CHL:071"}, nil},
	}
	checkEventCases(t, tests)
}
