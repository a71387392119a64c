package event

import "testing"

// TestAirStrikesByMilitary checks that a country that carries out air
// strikes or air raids acts through its military, while other force by
// a country, and air strikes by an actor that is not a bare country,
// keep their source.
func TestAirStrikesByMilitary(t *testing.T) {
	tests := []eventCase{
		{"Chile carried out air strikes on Peruvian towns overnight.", []string{"CHLMIL>PER:195"}, []string{"CHL>PER:195"}},
		{"Chile conducted air strikes on Peru.", []string{"CHLMIL>PER:195"}, []string{"CHL>PER:195"}},
		{"Bolivia launched a wave of air raids on Peruvian towns.", []string{"BOLMIL>PER:195"}, []string{"BOL>PER:195"}},
		// An actor that is no bare country keeps its code.
		{"Chilean rebels carried out air strikes on Peru.", nil, []string{"CHLREBMIL>PER:195", "CHLMIL>PER:195"}},
		// Other force by a country stays the country's.
		{"Chile conducted a raid on a Peruvian village.", []string{"CHL>PERCVL:190"}, []string{"CHLMIL>PERCVL:190"}},
	}
	checkEventCases(t, tests)
}
