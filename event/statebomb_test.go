package event

import "testing"

// TestStateBombing checks that a state or its forces bombing something
// employ aerial weapons (195) as their military, while others' bombing
// is non-military bombing (183).
func TestStateBombing(t *testing.T) {
	tests := []eventCase{
		{"Chile bombed targets in Peru on Thursday.", []string{"CHLMIL>PER:195"}, []string{"CHL>PER:190", "CHLMIL>PER:190"}},
		{"Chilean forces bombed Peruvian positions.", []string{"CHLMIL>PERMIL:195"}, nil},
		{"Peruvian rebels bombed an army base in Peru.", []string{"PERREB>PERMIL:183"}, []string{"PERREB>PERMIL:195", "PERREB>PERMIL:190"}},
	}
	checkEventCases(t, tests)
}
