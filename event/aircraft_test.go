package event

import "testing"

// TestCraftAttacked checks that an aircraft or drone attacked is force
// used against its owner (190), that attacking with aircraft or drones is
// the use of aerial weapons (195), and that a craft inside another noun's
// phrase is no object of the verb.
func TestCraftAttacked(t *testing.T) {
	tests := []eventCase{
		{"Bolivia attacked a Chilean drone near the border.", []string{"BOL>CHL:190"}, nil},
		{"Bolivian troops struck two Peruvian helicopters and a plane.", []string{"BOLMIL>PER:190"}, nil},
		{"Chile attacked Bolivia with drones and rockets overnight.", []string{"CHL>BOL:195"}, nil},
		{"Bolivia struck a deal to buy Peruvian fighter jets.", nil, []string{"BOL>PERMIL:*", "BOL>PER:*"}},
		{"Bolivia struck a deal with Chile for new helicopters.", nil, []string{"BOL>CHL:190", "BOL>CHL:195"}},
	}
	checkEventCases(t, tests)
}
