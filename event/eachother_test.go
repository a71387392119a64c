package event

import "testing"

// TestEachOthersThing checks that members of a list acting on "each
// other's" something act on each other, not on an actor the rest of the
// clause names.
func TestEachOthersThing(t *testing.T) {
	tests := []eventCase{
		{"Peru and Chile criticised each other's policies in a TV debate on Tuesday.", []string{"PER>CHL:111", "CHL>PER:111"}, []string{"PER>PERMED:*", "CHL>PERMED:*"}},
		{"Kenya and Uganda praised each other's troops in Somalia.", []string{"KEN>UGA:051", "UGA>KEN:051"}, []string{"KEN>SOMMIL:*", "UGA>SOMMIL:*"}},
		{"Armenia and Azerbaijan accused each other of helping Iran.", []string{"ARM>AZE:112", "AZE>ARM:112"}, []string{"ARM>IRN:*", "AZE>IRN:*"}},
		// One actor has no "other" to act on.
		{"Peru criticised each other's policies.", nil, []string{"PER>PER:*"}},
	}
	checkEventCases(t, tests)
}

// TestEachOthersEnvoys checks that a list expelling or summoning each
// other's envoys acts, government on government, on the other's
// government, whose envoys they are.
func TestEachOthersEnvoys(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru and Chile expelled each other's diplomats on Tuesday.", []string{"PER>CHLGOV:174", "CHL>PERGOV:174"}, []string{"PER>CHL:*", "CHL>PER:*"}},
		{"Peru and Chile summoned each other's ambassadors on Tuesday.", []string{"PERGOV>CHLGOV:114", "CHLGOV>PERGOV:114"}, []string{"PERGOV>CHL:*"}},
		{"Peru expelled two Chilean diplomats on Tuesday.", []string{"PER>CHLGOV:174"}, nil},
	})
}
