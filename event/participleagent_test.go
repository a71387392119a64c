package event

import "testing"

// TestParticipleAgent checks that a past participle on a noun with a
// "by" agent after it ("women supplied to him by X") is a passive whose
// agent acts, whatever governs the noun: the noun it is on is no
// source. (The second case once also wanted CHLCRM>PERLEG:060: the
// tagger read "denied" as a participle, which left the sentence with no
// main verb; read as the verb, it codes the denial, and dropSpeech drops
// the subordinate supply. The first case checks the supply instead.)
func TestParticipleAgent(t *testing.T) {
	tests := []eventCase{
		{"Photos show the Peruvian senator with women supplied to him by the Chilean smuggler.", []string{"CHLCRM>PERLEG:060"}, []string{"PERCVL>PERLEG:060"}},
		{"The Peruvian senator denied meeting women supplied to him by the Chilean smuggler.", nil, []string{"PERCVL>PERLEG:060"}},
		{"The Peruvian senator denied meeting women supplied to him by a smuggler.", nil, []string{"PERCVL>PERLEG:060"}},
		{"Chilean rebels supplied weapons to Peru.", []string{"CHLREB>PER:072"}, nil},
	}
	checkEventCases(t, tests)
}
