package event

import "testing"

// TestArtilleryFire checks that shelling, and artillery or mortar fire
// traded, are fighting with artillery (194), each way where it is
// traded, while gunfire traded stays small arms (193).
func TestArtilleryFire(t *testing.T) {
	tests := []eventCase{
		{"Chilean batteries shelled Peruvian positions overnight.", []string{"CHL>PERMIL:194"}, []string{"CHL>PERMIL:190"}},
		{"Bolivian troops shelled a Peruvian border post on Friday.", []string{"BOLMIL>PERMIL:194"}, []string{"BOLMIL>PERMIL:190"}},
		{"Ecuador and Peru traded artillery fire across the border.", []string{"ECU>PER:194", "PER>ECU:194"}, []string{"ECU>PER:193"}},
		{"Colombian and Venezuelan troops exchanged mortar fire near the river.", []string{"COLMIL>VENMIL:194", "VENMIL>COLMIL:194"}, []string{"COLMIL>VENMIL:193"}},
		{"Chile and Bolivia exchanged gunfire at the border.", []string{"CHL>BOL:193", "BOL>CHL:193"}, []string{"CHL>BOL:194"}},
		{"Peru denounced the shelling of Lima by Chile.", []string{"CHL>PER:194"}, []string{"CHL>PER:190"}},
	}
	checkEventCases(t, tests)
}
