package event

import "testing"

// TestSanctionsLifted checks that an easing of sanctions naming no one
// is aimed at the target of the source's own latest sanctions, else of
// the story's latest sanctions by another, and that no target is
// guessed with no earlier sanctions or when the only ones were aimed at
// the source's own country.
func TestSanctionsLifted(t *testing.T) {
	tests := []eventCase{
		{"The European Union imposed sanctions on Belarus in March. The bloc lifted the sanctions on Tuesday.",
			[]string{"IGOEUREEC>BLR:085"}, nil},
		{"Japan imposed sanctions on Myanmar in 2021. Japan eased the sanctions on Friday.",
			[]string{"JPN>MMR:085"}, nil},
		{"Japan imposed sanctions on Myanmar in 2021. The European Union imposed sanctions on Belarus in March. Japan lifted the sanctions on Friday.",
			[]string{"JPN>MMR:085"}, []string{"JPN>BLR:085"}},
		{"Chad joined African Union sanctions against Sudan. The African Union lifted the sanctions last year.",
			[]string{"IGOAFR>SDN:085"}, []string{"IGOAFR>TCD:085"}},
		{"Japan lifted the sanctions on Friday.",
			nil, []string{"JPN>*:085"}},
		{"Russia imposed sanctions on Georgia in May. Georgia lifted the sanctions on Friday.",
			nil, []string{"GEO>*:085"}},
	}
	checkEventCases(t, tests)
}
