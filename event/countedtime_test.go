package event

import (
	"strings"
	"testing"
)

// TestCountedDate checks that a deed that "<N> <unit> after" sets
// against a day the sentence names before those words is dated that
// many days, weeks, months or years before it (the test's article is of
// Thursday 2022-09-08), that a deed with a time of its own keeps it, and
// that an approximate count ("less than two weeks after"; want "") is
// not counted from.
func TestCountedDate(t *testing.T) {
	tests := []struct {
		text, want, day string
	}{
		{"Peru and Chile resumed talks in Quito on Monday, two weeks after a Chilean attack on a Peruvian border post killed nine soldiers.",
			"CHL>PERMIL:190", "2022-08-22"},
		{"Peru recognised the new border only in 1991, ten years after Chile signed a treaty with Ecuador.",
			"CHL>ECU:057", "1981-01-01"},
		{"Bolivia deported two Chilean diplomats on Thursday, two days after Chilean police detained a Bolivian envoy on Monday.",
			"CHLCOP>BOLGOV:173", "2022-09-05"},
		{"Bolivia deported two Chilean diplomats on Thursday, less than two weeks after Chilean police detained a Bolivian envoy.",
			"CHLCOP>BOLGOV:173", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			checkEvents(t, evs, []string{tt.want}, nil)
			for _, e := range evs {
				if e.Source.Code+">"+e.Target.Code+":"+e.Code != tt.want {
					continue
				}
				counted := strings.Contains(e.DateReason, "counted from")
				if tt.day == "" && counted || tt.day != "" && e.Date.String() != tt.day {
					t.Errorf("%s dated %s (%s); want %q", tt.want, e.Date, e.DateReason, tt.day)
				}
			}
		})
	}
}
