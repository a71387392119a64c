package event

import "testing"

// TestDefendedThing checks that defending a thing no actor names is no
// military protection (074) of an actor named further on (noDeed), while
// defending an actor, and DEFEND's patterns, still code.
func TestDefendedThing(t *testing.T) {
	tests := []eventCase{
		{"Peruvian lawmakers defended the state budget that raised school spending in Chile.", nil, []string{"PERLEG>PEREDU:074", "PERLEG>CHL:074", "PERLEG>PER:074"}},
		{"Peru defended Bolivia against Chile.", []string{"PER>BOL:074"}, nil},
		{"The Peruvian minister defended the decision to expel Chilean diplomats.", []string{"PERGOV>CHLGOV:052"}, nil},
	}
	checkEventCases(t, tests)
}
