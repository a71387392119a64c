package event

import "testing"

// TestDefeatConceded checks that a defeat conceded to no one named is
// conceded to the actor its sentence leads with, and that a concession
// of something else, or one that names its winner, is left alone.
func TestDefeatConceded(t *testing.T) {
	tests := []eventCase{
		{"Peru's president won the runoff on Sunday, ahead of Peruvian opposition leader Ana Quispe, who conceded defeat.",
			[]string{"PEROPP>PERGOV:080"}, nil},
		{"Kenya's president beat the Kenyan opposition leader, who conceded defeat on Monday.",
			[]string{"KENOPP>KENGOV:080"}, nil},
		// Nothing conceded to anyone before the verb.
		{"The Kenyan opposition leader conceded defeat on Monday.",
			nil, []string{"KENOPP>*:080"}},
	}
	checkEventCases(t, tests)
}
