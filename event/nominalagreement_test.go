package event

import "testing"

// TestNominalAgreement checks that an agreement, deal, treaty, accord,
// pact or convention between two parties that its own phrase dates in
// the past is each party's signing of a formal agreement (057) with the
// other, dated by that time and in the background; and that one with no
// time of its own, one dated after the article's day, and one sought or
// discussed code no signing.
func TestNominalAgreement(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
		day       string
	}{
		{"The court ruled that an 1871 border treaty between Peru and Chile was still valid.",
			[]string{"PER>CHL:057", "CHL>PER:057"}, nil, "1871-01-01"},
		{"The dispute goes back to a 1905 convention between Bolivia and Paraguay.",
			[]string{"BOL>PRY:057", "PRY>BOL:057"}, nil, "1905-01-01"},
		{"Spain brokered a peace agreement between Mali and Niger in May 2019, but fighting resumed.",
			[]string{"MLI>NER:057", "NER>MLI:057"}, nil, "2019-05-01"},
		{"The accord signed in Lima in 2016 between Ecuador and Colombia ended the dispute.",
			[]string{"ECU>COL:057", "COL>ECU:057"}, nil, "2016-01-01"},
		// One party's agreement with another.
		{"Ghana's 2015 trade agreement with Togo cut tariffs on cocoa.",
			[]string{"GHA>TGO:057", "TGO>GHA:057"}, nil, "2015-01-01"},
		{"Kenya's accord signed with Uganda in 2016 ended the dispute.",
			[]string{"KEN>UGA:057", "UGA>KEN:057"}, nil, "2016-01-01"},
		{"Ghana's trade agreement with Togo cut tariffs on cocoa.",
			nil, []string{"GHA>TGO:057", "TGO>GHA:057"}, ""},
		{"Ghana's proposed 2031 deal with Togo was rejected.",
			nil, []string{"GHA>TGO:057", "TGO>GHA:057"}, ""},
		{"Diplomats met for talks on Ghana's 2019 deal with Togo.",
			nil, []string{"GHA>TGO:057", "TGO>GHA:057"}, ""},
		{"The deal between Peru and Chile collapsed.",
			nil, []string{"PER>CHL:057", "CHL>PER:057"}, ""},
		{"A trade pact between Peru and Chile in 2030 would cut tariffs.",
			nil, []string{"PER>CHL:057", "CHL>PER:057"}, ""},
		{"Diplomats met for talks on a 2019 deal between Peru and Chile.",
			nil, []string{"PER>CHL:057", "CHL>PER:057"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := code(t, tt.text, nil, nil)
			checkEvents(t, evs, tt.want, tt.not)
			for _, e := range evs {
				if e.Code == "057" && (e.Date.String() != tt.day || !e.Background) {
					t.Errorf("%s>%s:057 dated %s, background %v; want %s, true", e.Source.Code, e.Target.Code, e.Date, e.Background, tt.day)
				}
			}
		})
	}
}
