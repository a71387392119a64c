package event

import "testing"

// TestInflicted checks the verb supplement's INFLICT patterns: inflicting
// casualties, a defeat or a bombardment on someone is the use of force
// it names (190), shelling artillery fire (194), not the IMPOSE block's
// bare coercion (170), which inflicting penalties keeps.
func TestInflicted(t *testing.T) {
	tests := []eventCase{
		{"Peruvian forces inflicted heavy casualties on Bolivian rebels.", []string{"PERMIL>BOLREB:190"}, []string{"PERMIL>BOLREB:170"}},
		{"The Chilean army inflicted a crushing defeat on Peruvian troops.", []string{"CHLMIL>PERMIL:190"}, []string{"CHLMIL>PERMIL:170"}},
		{"Chilean troops have been inflicting a relentless bombardment on Peru.", []string{"CHLMIL>PER:190"}, []string{"CHLMIL>PER:170"}},
		{"Bolivian artillery inflicted heavy shelling on Peruvian border towns.", []string{"BOLMIL>PER:194"}, []string{"BOLMIL>PER:170"}},
		{"Chile inflicted new penalties on Peruvian fishing firms.", []string{"CHL>PERBUS:170"}, nil},
	}
	checkEventCases(t, tests)
}
