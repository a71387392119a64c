package event

import "testing"

// TestCourtRuled checks that a reaction to "the ruling" or "the verdict"
// that names no court is aimed at the court that gave it, not at the
// country that acted last, and at no one where the story names no court.
func TestCourtRuled(t *testing.T) {
	tests := []struct {
		name, text, verb string
		// want is "SRC>TGT" of the events of verb's sentence, "" for
		// none.
		want string
	}{
		// Chile acted last; the ruling is the court's, named in the
		// lede.
		{"a court named two sentences back", "The International Court of Justice on Monday awarded Peru a strip of desert claimed by Chile. Chile recognised Peru's claim to the coast in 1999. Bolivia welcomed the ruling.", "welcomed", "BOL>IGOUNOJUDICJ"},
		{"a court's own event", "A court in Santiago sentenced a Peruvian journalist to six years in prison on Monday. Bolivia urged Chile to free him. Peru condemned the verdict.", "condemned", "PER>CHLJUD"},
		{"a judgment", "The International Court of Justice on Monday awarded Peru a strip of desert claimed by Chile. Chile recognised Peru's claim to the coast in 1999. Bolivia welcomed the judgment.", "welcomed", "BOL>IGOUNOJUDICJ"},
		{"no court in the story", "Chile recognised Peru's claim to the coast on Monday. Bolivia welcomed the ruling.", "welcomed", ""},
		{"a court named in the sentence", "Chile recognised Peru's claim to the coast on Monday. Bolivia welcomed the ruling by the International Court of Justice.", "welcomed", "BOL>IGOUNOJUDICJ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSentenceEvents(t, tt.text, tt.verb, tt.want, pairOf)
		})
	}
}
