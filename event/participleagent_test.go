package event

import "testing"

// TestParticipleAgent checks that a past participle on a noun with a
// "by" agent after it ("weapons supplied to him by X") is a passive
// whose agent acts, whatever governs the noun: the noun it is on is no
// source.
func TestParticipleAgent(t *testing.T) {
	tests := []eventCase{
		{"The Peruvian senator denied meeting women supplied to him by the Chilean smuggler.", []string{"CHLCRM>PERLEG:060"}, []string{"PERCVL>PERLEG:060"}},
		{"The Peruvian senator denied meeting women supplied to him by a smuggler.", nil, []string{"PERCVL>PERLEG:060"}},
		{"Chilean rebels supplied weapons to Peru.", []string{"CHLREB>PER:072"}, nil},
	}
	checkEventCases(t, tests)
}
