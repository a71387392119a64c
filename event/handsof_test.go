package event

import "testing"

// TestAtTheHandsOf checks that "at the hands of" names a passive's doer
// as "by" does, and that a clause with no event verb ("suffered") stays
// uncoded.
func TestAtTheHandsOf(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Kenyan civilians were killed at the hands of the Somali army.", []string{"SOMMIL>KENCVL:190"}, nil},
		{"Two Kenyan aid workers were kidnapped at the hands of Somali militants.", []string{"SOMUAF>KENNGO:181"}, nil},
		{"Peruvian fishermen were detained at the hand of the Chilean navy.", []string{"CHLMIL>PERCVL:173"}, nil},
		{"Kenyan villagers have suffered at the hands of Somali militants.", nil, []string{"SOMUAF>KENCVL:*"}},
	})
}
