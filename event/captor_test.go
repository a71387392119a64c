package event

import "testing"

// TestReleaseAskedOfCaptor checks that a demand or appeal for the release
// of people another country holds is aimed at that country, not at the
// people, and that it is aimed at no captor where no one holds them.
func TestReleaseAskedOfCaptor(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Chile detained two Peruvian fishermen on Monday. Peru demanded their release.", []string{"PER>CHL:1053"}, nil},
		{"Chile detained two Peruvian fishermen on Monday. Peru demanded the release of the fishermen.", []string{"PER>CHL:1053"}, []string{"PER>PERCVL:1053"}},
		{"Chile arrested a Peruvian diplomat on Monday. Peru's foreign ministry said the envoy was innocent and demanded his immediate release.", []string{"PERGOV>CHL:1053"}, nil},
		{"Chile detained two Peruvian fishermen on Monday. Peru called for their release.", []string{"PER>CHL:0253"}, nil},
		// A third country asks the captor too.
		{"Bolivia detained two Chilean fishermen on Monday. Peru demanded the release of the fishermen.", []string{"PER>BOL:1053"}, nil},
		// A captor named in the sentence stands.
		{"Chile detained two Peruvian fishermen on Monday. Peru demanded that Chile release the fishermen.", []string{"PER>CHL:1053"}, nil},
		// No one held these people, or anyone.
		{"Chile detained two Peruvian fishermen on Monday. Peru demanded the release of three Bolivian sailors.", nil, []string{"PER>CHL:1053"}},
		{"Chile criticised Peru on Monday. Peru demanded their release.", nil, []string{"PER>CHL:1053"}},
	})
}
