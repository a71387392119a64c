package event

import "testing"

// TestPostureTarget checks that the forces a show of force puts on alert
// are the source's own, not its target: the alert is aimed at the other
// country named just before, or at no one.
func TestPostureTarget(t *testing.T) {
	tests := []struct {
		text string
		want []Triple
	}{
		{"Turkish warships entered disputed waters on Monday. Greece placed its army on the highest level of combat readiness.",
			[]Triple{{"GRC", "TUR", "152"}}},
		// A bare "the army" after a Greek subject is Greece's, though the
		// story named Turkish troops last.
		{"Turkish troops crossed the border on Monday. Greek Prime Minister Kyriakos Mitsotakis placed the army on highest alert.",
			[]Triple{{"GRCGOV", "TUR", "152"}}},
		// No other country before: no target, no event.
		{"Greece placed its army on the highest level of combat readiness.", nil},
	}
	c, a := coder(t)
	for _, tt := range tests {
		var got []Triple
		for _, tr := range codeTriples(c, a, tt.text, thursday) {
			if tr.Code == "152" {
				got = append(got, tr)
			}
		}
		if !sameTriples(tt.want, got) {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}
