package event

import "testing"

// TestCitySeized checks that a city seized, named as the verb's object,
// is territory occupied (192), while a ship seized is property
// confiscated (1711, the verb supplement's SEIZE patterns).
func TestCitySeized(t *testing.T) {
	tests := []eventCase{
		{"Ecuadorian rebels seized Quito on Sunday.", []string{"ECUREB>ECU:192"}, []string{"ECUREB>ECU:171"}},
		{"Peru seized a Chilean tanker.", []string{"PER>CHLBUS:1711"}, []string{"PER>CHLBUS:192"}},
	}
	checkEventCases(t, tests)
}
