package actor

import (
	"strings"
	"testing"
)

// TestHomeLegislators checks that bare legislators who open a sentence
// naming no country before them are of the story's dateline country,
// where the article has named it, not of the country the last sentence
// led with; and that with no home named they keep that country.
func TestHomeLegislators(t *testing.T) {
	r := New(dicts(t))
	signed := "Peru and/CCONJ Chile signed/VERB a/DET water/NOUN accord/NOUN"
	invest := "Chile 's/PART state/NOUN company/NOUN will/AUX invest/VERB in/ADP dams/NOUN/NNS"
	accused := "Senators/NOUN/NNS accused/VERB the/DET minister/NOUN of/ADP waste/NOUN"
	for _, tt := range []struct {
		name  string
		sents []string
		home  string
		want  string // the last sentence's mentions
	}{
		{"home named before", []string{signed, invest, accused}, "PER", "Senators=PERLEG|minister=PERGOV"},
		{"no home", []string{signed, invest, accused}, "", "Senators=CHLLEG|minister=CHLGOV"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text, sents, ents := document(tt.sents)
			ms := r.ResolveHome(sents, ents, day2022, nil, tt.home)
			if g := strings.Join(spelled(text, ms[len(ms)-1]), "|"); g != tt.want {
				t.Errorf("%q (home %q): %q, want %q", tt.sents, tt.home, g, tt.want)
			}
		})
	}
}
