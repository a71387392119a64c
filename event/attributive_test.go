package event

import "testing"

// TestAttributiveParticiple checks that an -ing participle between a verb
// of telling and its object ("told visiting officials") is neither a
// predicate nor a noun of the verb's pattern, while the same word as the
// pattern's noun still codes.
func TestAttributiveParticiple(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"The Peruvian minister told visiting Bolivian officials that the border would stay closed.", nil, []string{"PERGOV>BOLGOV:036", "PERGOV>BOLGOV:042", "BOLGOV>PERGOV:043"}},
		{"The Peruvian minister told Bolivian officials about a visit next month.", []string{"PERGOV>BOLGOV:036"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}
