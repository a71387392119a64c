package event

import "testing"

// TestFlownForce checks that a country's aircraft or drones that use
// force (the verb dictionary's &AIRCRAFT before the verb) are its
// military, as its missiles and bombing are, while the country named
// as itself stays the bare country.
func TestFlownForce(t *testing.T) {
	tests := []eventCase{
		{"Peruvian drones struck an oil depot in Chile on Monday.", []string{"PERMIL>CHL:195"}, []string{"PER>CHL:195"}},
		{"Bolivian helicopters attacked a Paraguayan village on Friday.", []string{"BOLMIL>PRYCVL:195"}, []string{"BOL>PRYCVL:195"}},
		{"Peru accused Chile of spying on Monday.", []string{"PER>CHL:1125"}, nil},
	}
	checkEventCases(t, tests)
}
