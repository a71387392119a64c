package event

import "testing"

// TestOutsideBuilding checks that a gathering outside or in front of a
// building that names a state's organ is no meeting (04) with it, while
// a gathering with the organ itself still is.
func TestOutsideBuilding(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Hundreds of Peruvian farmers gathered outside the Chilean embassy on Monday.", nil, []string{"*>CHLGOV:*", "*>CHL:*"}},
		{"Dozens of Bolivian students assembled in front of the Peruvian parliament on Tuesday.", nil, []string{"*>PERLEG:*", "*>PER:*"}},
		{"Thousands of Chilean teachers gathered opposite the Chilean foreign ministry.", nil, []string{"*>CHLGOV:*"}},
		{"Peru's foreign minister met Chile's president outside Lima on Monday.", []string{"PERGOV>CHLGOV:*"}, nil},
	})
}
