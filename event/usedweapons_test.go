package event

import "testing"

// TestUsedWeapons checks the verb supplement's UTILIZE patterns: artillery
// or mortars used against someone are artillery fire (194), drones or
// missiles aerial weapons (195), chemical weapons 2041; tear gas used on
// protesters stays repression (175).
func TestUsedWeapons(t *testing.T) {
	tests := []eventCase{
		{"Bolivian troops used mortars against a Chilean border post.", []string{"BOLMIL>CHLMIL:194"}, nil},
		{"The Peruvian army used heavy artillery against Ecuadorian positions.", []string{"PERMIL>ECUMIL:194"}, []string{"PERMIL>ECUMIL:175"}},
		{"Chile employed armed drones against Bolivian rebels.", []string{"CHL>BOLREB:195"}, nil},
		{"Argentina's army has used chemical weapons against Chilean civilians.", []string{"ARGMIL>CHLCVL:2041"}, nil},
		{"Chilean police used tear gas against Peruvian protesters.", []string{"CHLCOP>PEROPP:175"}, nil},
	}
	checkEventCases(t, tests)
}
