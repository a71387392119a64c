package event

import "testing"

// TestNominalCeasefire checks that a ceasefire, truce or armistice a
// participle says was agreed or signed between two parties, at a time the
// phrase names, is each party's declaration of a truce (0871) with the
// other, dated by that time and set in the background when it is before
// the article's day; and that a ceasefire with no such participle, or
// none dated, codes no truce.
func TestNominalCeasefire(t *testing.T) {
	tests := []struct {
		text string
		// want are "SRC>TGT:CODE" events that must be coded, each
		// dated day and background; not those that must not.
		want, not  []string
		day        string
		background bool
	}{
		{"The ceasefire agreed in March between Chile and Bolivia broke down on Monday.",
			[]string{"CHL>BOL:0871", "BOL>CHL:0871"}, nil, "2022-03-01", true},
		{"The truce signed last year between Peru and Ecuador held through the weekend.",
			[]string{"PER>ECU:0871", "ECU>PER:0871"}, nil, "2021-01-01", true},
		{"A ceasefire between Chile and Bolivia broke down on Monday.",
			nil, []string{"CHL>BOL:0871", "BOL>CHL:0871"}, "", false},
		{"Argentina violated the truce agreed between Chile and Bolivia.",
			nil, []string{"CHL>BOL:0871", "BOL>CHL:0871"}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			checkEvents(t, evs, tt.want, tt.not)
			for _, e := range evs {
				if e.Code != "0871" {
					continue
				}
				if e.Date.String() != tt.day || e.Background != tt.background {
					t.Errorf("%s>%s:0871 dated %s, background %v; want %s, %v", e.Source.Code, e.Target.Code, e.Date, e.Background, tt.day, tt.background)
				}
			}
		})
	}
}
