package event

import (
	"strings"
	"testing"
)

// TestLocatedIsNoSource checks that a place where actors meet ("meeting
// in Addis Ababa") is not taken for the actor when the subject names
// none, while an actor before the verb still is.
func TestLocatedIsNoSource(t *testing.T) {
	tests := []struct {
		name, text string
		// bad is a source that must not appear; want one that must.
		bad, want string
	}{
		{"city of a meeting", "Leaders meeting in Addis Ababa on Sunday called on Sudan to agree a ceasefire.", "ETH", ""},
		{"country of a meeting", "Ministers gathered in Peru urged Chile to show restraint.", "PER", ""},
		{"an actor before the verb", "Peru urged Chile to show restraint.", "", "PER"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			found := false
			for _, e := range evs {
				if tt.bad != "" && strings.HasPrefix(e.Source.Code, tt.bad) {
					t.Errorf("source %s from a place: %s", e.Source.Code, describe(evs))
				}
				if e.Source.Code == tt.want {
					found = true
				}
			}
			if tt.want != "" && !found {
				t.Errorf("no event from %s: %s", tt.want, describe(evs))
			}
		})
	}
}
