package event

import "testing"

// TestDefendedThing checks that defending a thing no actor names is no
// military protection (074) of an actor named further on (noDeed), while
// defending an actor, an actor's land or forces, and DEFEND's patterns,
// still code.
func TestDefendedThing(t *testing.T) {
	tests := []eventCase{
		{"Peruvian lawmakers defended the state budget that raised school spending in Chile.", nil, []string{"PERLEG>PEREDU:074", "PERLEG>CHL:074", "PERLEG>PER:074"}},
		{"Peru defended Bolivia against Chile.", []string{"PER>BOL:074"}, nil},
		// One's own thing, past its modifiers, is no actor defended
		// either; an actor's land or forces are.
		{"Chile defended its tariffs on Peruvian copper on Monday.", nil, []string{"CHL>PER:074"}},
		{"Brazil defended its new export quotas on Argentine beef.", nil, []string{"BRA>ARG:074"}},
		{"Chilean troops defended Peruvian territory against the rebels.", []string{"CHLMIL>PER:074"}, nil},
		{"Russian jets defended Syrian forces near Aleppo.", []string{"RUS>SYRMIL:074"}, nil},
		{"The Peruvian minister defended the decision to expel Chilean diplomats.", []string{"PERGOV>CHLGOV:052"}, nil},
	}
	checkEventCases(t, tests)
}
