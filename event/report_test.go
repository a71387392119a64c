package event

import "testing"

// TestReportingVerbs checks that a verb that only reports what someone
// said codes no plain statement (010), while a statement of one's own
// ("has not commented") and a more specific pattern still code.
func TestReportingVerbs(t *testing.T) {
	tests := []struct {
		text          string
		src, tgt, cam string
		want          bool
	}{
		{"Peru told Chile that the border would stay open.", "PER", "CHL", "010", false},
		{"Peru said Chile's proposal was a good start.", "PER", "CHL", "010", false},
		{"A Peruvian panel estimated that Chile had lost $3 billion.", "PER", "CHL", "010", false},
		{"Peru described Chile as a neighbour on Monday.", "PER", "CHL", "010", false},
		{"Peru wrote to Chile about the border on Monday.", "PER", "CHL", "010", false},
		{"Peru claimed that investigators had found proof against Chile.", "PER", "CHL", "*", false},
		{"Peru described the Chilean move as \"illegal\".", "PER", "CHL", "111", true},
		{"Peru has not commented on the Chilean decision.", "PER", "CHL", "010", true},
		// What is mentioned is the topic, not an addressee.
		{"Peru's statement mentioned Chile twice.", "PER", "CHL", "010", false},
		{"Peru commented on Chile's election on Monday.", "PER", "CHL", "010", true},
	}
	for _, tt := range tests {
		evs := code(t, tt.text, nil, nil)
		if got := find(evs, tt.src, tt.tgt, tt.cam) != nil; got != tt.want {
			t.Errorf("%q: %s>%s:%s coded %v, want %v; got %s", tt.text, tt.src, tt.tgt, tt.cam, got, tt.want, describe(evs))
		}
	}
}
