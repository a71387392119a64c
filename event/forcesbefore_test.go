package event

import "testing"

// TestForcesBefore checks that a riot naming no target is aimed at the
// police or army that last used force or coercion against people of the
// rioters' country, and otherwise at their own government as before.
func TestForcesBefore(t *testing.T) {
	tests := []eventCase{
		{"Chilean police fired tear gas at protesters in Santiago on Monday. Later some protesters threw petrol bombs.",
			[]string{"CHLOPP>CHLCOP:145"}, []string{"CHLOPP>CHLGOV:145"}},
		{"Peruvian soldiers detained dozens of students in Lima. The students threw stones the next day.",
			[]string{"PEREDU>PERMIL:145"}, nil},
		{"Peruvian students threw stones in Lima on Tuesday.", []string{"PEREDU>PERGOV:145"}, []string{"PEREDU>PERCOP:145"}},
		{"Bolivian police fired tear gas at protesters in La Paz. In Lima, Peruvian students threw stones.",
			[]string{"PEREDU>PERGOV:145"}, []string{"PEREDU>BOLCOP:145"}},
	}
	checkEventCases(t, tests)
}
