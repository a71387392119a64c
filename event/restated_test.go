package event

import (
	"strings"
	"testing"
)

// TestRestated checks that a deed an article reports in two sentences is
// one event whose evidence names the other sentence, and that two deeds
// on different days stay two events with no such entry.
func TestRestated(t *testing.T) {
	tests := []struct {
		text     string
		src, tgt string
		code     string
		events   int // events of src, tgt and code
		restated []string
	}{
		{"Chile expelled Peru's ambassador on Monday. The foreign ministry gave no reason. Chile expelled Peru's ambassador after a dispute over fishing rights, officials said.",
			"CHLGOV", "PERGOV", "*", 1, []string{"restated in the sentence at 81-166"}},
		{"Bolivia accused Chile of spying on Tuesday. Bolivia accused Chile of spying.",
			"BOL", "CHL", "112", 1, []string{"restated in the sentence at 44-76"}},
		{"Bolivia expelled Chile's ambassador on Tuesday. In 2019, Bolivia also expelled Chile's ambassador.",
			"BOLGOV", "CHLGOV", "*", 2, nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			n := 0
			var got []string
			for _, e := range evs {
				if e.Source.Code != tt.src || e.Target.Code != tt.tgt || tt.code != "*" && e.Code != tt.code {
					continue
				}
				n++
				for _, x := range e.Evidence.Entries {
					if strings.HasPrefix(x, "restated") {
						got = append(got, x)
					}
				}
			}
			if n != tt.events || strings.Join(got, ";") != strings.Join(tt.restated, ";") {
				t.Errorf("%d events, restated %q; want %d, %q (events %v)", n, got, tt.events, tt.restated, describe(evs))
			}
		})
	}
}
