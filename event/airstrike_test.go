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
		// Bombing raids are raids from the air (195), their doer the
		// pattern's.
		{"Chile has conducted over 200 bombing raids on Peruvian bases.", []string{"CHL>PERMIL:195"}, []string{"CHL>PERMIL:190", "CHLMIL>PERMIL:190"}},
		{"Bolivian jets carried out bombing raids against Peruvian troops.", []string{"BOLMIL>PERMIL:195"}, []string{"BOLMIL>PERMIL:190"}},
	}
	checkEventCases(t, tests)
}

// TestAerialAttackNoun checks that an attack or raid named from the air
// ("a drone attack", "air raids", "bombing raids") employs aerial weapons
// (195), and one named without is force of no kind (190).
func TestAerialAttackNoun(t *testing.T) {
	tests := []eventCase{
		{"Chile's drone attack on a Peruvian border post killed two soldiers.", []string{"CHL>PERMIL:195"}, []string{"CHL>PERMIL:190"}},
		{"A Bolivian missile attack on Peruvian troops was reported on Monday.", []string{"BOL>PERMIL:195"}, []string{"BOL>PERMIL:190"}},
		{"Chile's attack on a Peruvian border post killed two soldiers.", []string{"CHL>PERMIL:190"}, []string{"CHL>PERMIL:195"}},
	}
	checkEventCases(t, tests)
}
