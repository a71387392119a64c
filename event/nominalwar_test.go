package event

import "testing"

// TestNominalWar checks that a war between two parties that its own
// phrase dates, or the verb of its beginning ("began in April 2019"), is
// each one's use of military force (190) against the
// other, dated by that time and in the background when it is before the
// article's day, and that an undated war, or one that may come, codes
// no force of its own.
func TestNominalWar(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
		day       string
	}{
		{"The war between Chile and Bolivia in 1995 worried investors for years.",
			[]string{"CHL>BOL:190", "BOL>CHL:190"}, nil, "1995-01-01"},
		{"The war between Chile and Bolivia began in April 2019 and has forced thousands from their homes.",
			[]string{"CHL>BOL:190", "BOL>CHL:190"}, nil, "2019-04-01"},
		{"The war between Chile and Bolivia worried investors.",
			nil, []string{"CHL>BOL:190", "BOL>CHL:190"}, ""},
		{"A war between Chile and Bolivia in 2030 could ruin both economies.",
			nil, []string{"CHL>BOL:190", "BOL>CHL:190"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			checkEvents(t, evs, tt.want, tt.not)
			for _, e := range evs {
				if e.Code == "190" && (e.Date.String() != tt.day || !e.Background) {
					t.Errorf("%s>%s:190 dated %s, background %v; want %s, true", e.Source.Code, e.Target.Code, e.Date, e.Background, tt.day)
				}
			}
		})
	}
}
