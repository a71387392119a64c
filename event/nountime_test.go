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
		{"Ghana condemned last year's massacre of miners by Togo.", "GHA", "TGO", "111", "2022-09-08", "day"},
		{"Togo and Benin fought the 1990s war.", "TGO", "BEN", "190", "1990-01-01", "range"},
	}
	for _, tt := range tests {
		checkEventDate(t, tt.text, tt.src, tt.tgt, tt.code, tt.date, tt.precision)
	}
}

// TestBareYearWar checks that a year written alone before a war between
// two parties dates it, each way, as a deed of that year that happened
// whatever the verb it hangs on denies of its own subject, while a year
// after the article's, or a war with no time, codes no war.
func TestBareYearWar(t *testing.T) {
	tests := []struct {
		text, status string
		want         bool
	}{
		{"Togo recalled the 1995 war between Togo and Benin.", "asserted", true},
		{"Togo has not forgotten the 1995 war between Togo and Benin.", "asserted", true},
		{"The 2030 war between Togo and Benin is a novel's plot.", "", false},
		{"The war between Togo and Benin has displaced thousands.", "", false},
	}
	for _, tt := range tests {
		evs := code(t, tt.text, nil, nil)
		for _, pair := range [][2]string{{"TGO", "BEN"}, {"BEN", "TGO"}} {
			e := find(evs, pair[0], pair[1], "190")
			switch {
			case e == nil && tt.want:
				t.Errorf("%q: no %s>%s 190 in %s", tt.text, pair[0], pair[1], describe(evs))
			case e != nil && !tt.want:
				t.Errorf("%q: %s>%s 190 coded", tt.text, pair[0], pair[1])
			case e != nil && (e.Date.String() != "1995-01-01" || e.Status != tt.status):
				t.Errorf("%q: %s>%s 190 %s %s, want 1995-01-01 %s", tt.text, pair[0], pair[1], e.Date, e.Status, tt.status)
			}
		}
	}
}
