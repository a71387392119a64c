package event

import "testing"

// TestFlownForce checks that a country's aircraft or drones that use
// force (the verb dictionary's &AIRCRAFT before the verb, in the pattern
// or after the country's adjective) are its military, as its missiles and bombing are, while the country named
// as itself stays the bare country.
func TestFlownForce(t *testing.T) {
	tests := []eventCase{
		{"Peruvian drones struck an oil depot in Chile on Monday.", []string{"PERMIL>CHL:195"}, []string{"PER>CHL:195"}},
		{"Bolivian helicopters attacked a Paraguayan village on Friday.", []string{"BOLMIL>PRYCVL:195"}, []string{"BOL>PRYCVL:195"}},
		{"Peru accused Chile of spying on Monday.", []string{"PER>CHL:1125"}, nil},
		// The pattern names no aircraft; the words after the country's
		// adjective do.
		{"Chilean jets struck a Bolivian army base on Monday.", []string{"CHLMIL>BOLMIL:190"}, []string{"CHL>BOLMIL:190"}},
		{"Paraguayan drones attacked a Bolivian air base on Friday.", []string{"PRYMIL>BOLMIL:190"}, []string{"PRY>BOLMIL:190"}},
		{"Peruvian helicopters fired rockets at Chilean positions on Tuesday.", []string{"PERMIL>CHLMIL:195"}, []string{"PER>CHLMIL:195"}},
		// The country itself stays bare.
		{"Peru attacked a Chilean army base on Monday.", []string{"PER>CHLMIL:190"}, nil},
	}
	checkEventCases(t, tests)
}
