package event

import "testing"

// TestCompoundAndParticiple checks that a compound subject acts on itself
// only for reciprocal events, and that a participle followed by "by" is
// a passive whose agent is the source and whose target is not another
// participle's agent, and that a participle right after a reporting verb
// ("he said, accusing") is the speaker's.
func TestCompoundAndParticiple(t *testing.T) {
	tests := []struct {
		text          string
		src, tgt, cam string
		want          bool
	}{
		{"Colombia and Brazil called for a recount.", "COL", "BRA", "*", false},
		{"Colombia and Brazil restored diplomatic relations on Sunday.", "COL", "BRA", "*", true},
		{"The plan, drafted by France and backed by Germany, was adopted.", "FRA", "DEU", "*", false},
		{"The plan, drafted by France and backed by Germany, was adopted.", "DEU", "FRA", "*", false},
		{"Peru, backed by Chile, rejected the plan.", "CHL", "PER", "050", true},
		{"Peru's president spoke on Monday. \"The other side did not want to,\" he said, accusing Chile of stalling.", "PERGOV", "CHL", "112", true},
	}
	for _, tt := range tests {
		evs := code(t, tt.text, nil, nil)
		if got := find(evs, tt.src, tt.tgt, tt.cam) != nil; got != tt.want {
			t.Errorf("%q: %s>%s:%s coded %v, want %v; got %s", tt.text, tt.src, tt.tgt, tt.cam, got, tt.want, describe(evs))
		}
	}
}
