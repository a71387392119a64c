package event

import "testing"

// TestPastWarNamed checks that a sentence naming a past world war is
// coded (the war only dates what it is said of), while a discard phrase
// that is no time still discards its sentence.
func TestPastWarNamed(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Peru formally joined the African Union on Tuesday, ending a neutrality that began after the Second World War.", true},
		{"Peru criticised Chile after the soccer match on Sunday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			if got := len(evs) > 0; got != tt.want {
				t.Errorf("coded %v, want %v: %s", got, tt.want, describe(evs))
			}
		})
	}
}
