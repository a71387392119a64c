package event

import "testing"

// TestTimedDeedNoun checks that a time before the noun of a deed (a
// conflict, a massacre) dates that deed, not a verb that condemns it,
// while a verb that fights the war the noun names takes its time. The
// articles are dated Thursday 8 September 2022.
func TestTimedDeedNoun(t *testing.T) {
	tests := []struct {
		text, src, tgt, code, date, precision string
	}{
		{"Ghana condemned the 1990s conflict between Togo and Benin.", "GHA", "TGO", "111", "2022-09-08", "day"},
		{"Ghana condemned last year's massacre of Togolese miners.", "GHA", "TGO", "111", "2022-09-08", "day"},
		{"Togo and Benin fought the 1990s war.", "TGO", "BEN", "190", "1990-01-01", "range"},
	}
	for _, tt := range tests {
		e := codedEvent(t, tt.text, tt.src, tt.tgt, tt.code)
		if e == nil {
			continue
		}
		if e.Date.String() != tt.date || e.DatePrecision != tt.precision {
			t.Errorf("%q: dated %s %s (%s), want %s %s", tt.text, e.Date, e.DatePrecision, e.DateReason, tt.date, tt.precision)
		}
	}
}
