package event

import "testing"

// TestCoordinatedAdjective checks that a past participle opening the
// second of two noun phrases ("armies and suspected weapons programmes")
// describes its noun and codes nothing, while a coordinated verb still
// codes.
func TestCoordinatedAdjective(t *testing.T) {
	tests := []eventCase{
		{"Peru and Bolivia, with their large armies and suspected chemical weapons programmes, decided to attack Chile.", []string{"PER>CHL:190"}, []string{"PERMIL>CHL:110", "BOLMIL>CHL:110", "PER>CHL:110"}},
		{"Chile and Peru, with their new warships and disputed maritime claims, decided to hold talks with Bolivia.", nil, []string{"CHL>BOL:110", "PER>BOL:110", "CHLMIL>BOL:110"}},
		{"Chilean police seized the weapons and arrested Bolivian smugglers.", []string{"CHLCOP>BOLCRM:1711"}, nil},
	}
	checkEventCases(t, tests)
}
