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

// TestTimeSpanClause checks that a clause of time on a span of time
// ("days after accusing") is done by the subject of the clause the span
// dates.
func TestTimeSpanClause(t *testing.T) {
	evs := code(t, "Peru closed its border on Monday, days after accusing Chile of violating its airspace.", nil, nil)
	if !hasTriple(evs, "PER>CHL:112") {
		t.Errorf("no PER>CHL:112 among %s", describe(evs))
	}
}
