package event

import "testing"

// TestMilitaryPost checks that fire or an attack on a place a country's
// forces hold, named by the country's adjective, one place or many, falls
// on its forces (MIL), and that a place word that only begins a longer
// noun ("post office", "base camp") makes no forces of the country.
func TestMilitaryPost(t *testing.T) {
	tests := []eventCase{
		{"Peruvian troops shelled an Ecuadorian outpost on Monday.", []string{"PERMIL>ECUMIL:194"}, []string{"PERMIL>ECU:194"}},
		{"Chilean jets bombed a Bolivian air base on Tuesday.", []string{"CHLMIL>BOLMIL:195"}, []string{"CHLMIL>BOL:195"}},
		{"Colombian troops attacked a Venezuelan checkpoint on Wednesday.", []string{"COLMIL>VENMIL:190"}, []string{"COLMIL>VEN:190"}},
		{"Brazilian drones struck Argentine bases on Thursday.", []string{"BRAMIL>ARGMIL:195"}, []string{"BRAMIL>ARG:195"}},
		{"Chilean troops attacked a Bolivian garrison at dawn.", []string{"CHLMIL>BOLMIL:190"}, []string{"CHLMIL>BOL:190"}},
		{"Paraguayan troops raided a Uruguayan post office on Friday.", nil, []string{"PRYMIL>URYMIL:190"}},
		{"Chilean troops attacked a Bolivian base camp on Saturday.", nil, []string{"CHLMIL>BOLMIL:190"}},
	}
	checkEventCases(t, tests)
}
