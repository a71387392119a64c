package event

import "testing"

// TestDefendPerson checks that defending a person named as the object is
// defending in words (052), while defending a country stays protection
// (074).
func TestDefendPerson(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru defended Bolivian President Luis Arce on Monday, saying the criticism was unfair.", []string{"PER>BOLGOV:052"}, []string{"PER>BOLGOV:074"}},
		{"Bolivian troops defended Chile against the rebels.", []string{"BOLMIL>CHL:074"}, nil},
	})
}
