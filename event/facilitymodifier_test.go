package event

import "testing"

// TestFacilityModifierIsItsCountry checks that a building or settlement
// named only to modify the noun after it stands for its country, while
// one that is itself attacked or visited stays the target.
func TestFacilityModifierIsItsCountry(t *testing.T) {
	tests := []eventCase{
		{"Chile deplored the Peruvian settlement expansion in the valley.", []string{"CHL>PER:111"}, []string{"CHL>PERCVL:111"}},
		{"Peru regrets any decision likely to encourage Chilean settlement building.", []string{"PER>CHL:110"}, []string{"PER>CHLCVL:110"}},
		{"Peruvian troops attacked a Chilean settlement near the border.", []string{"PERMIL>CHLCVL:190"}, nil},
	}
	checkEventCases(t, tests)
}
