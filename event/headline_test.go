package event

import (
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestHeadlineEnd checks that a dateline in the middle of a sentence
// ends the headline glued before it, and that a colon after a verb's
// object, a dateline opening the sentence or a short tail does not.
func TestHeadlineEnd(t *testing.T) {
	tests := []struct {
		tagged string // word/UPOS pairs
		want   int
	}{
		{"Peruvian/ADJ president/NOUN accepts/VERB invitation/NOUN LIMA/PROPN :/PUNCT Peru/PROPN 's/PART president/NOUN has/AUX accepted/VERB an/DET invitation/NOUN ./PUNCT", 5},
		{"Court/NOUN asks/VERB Chile/PROPN to/PART act/VERB NEW/PROPN DELHI/PROPN :/PUNCT The/DET court/NOUN on/ADP Monday/PROPN asked/VERB Chile/PROPN ./PUNCT", 7},
		{"The/DET minister/NOUN told/VERB CNN/PROPN :/PUNCT We/PRON will/AUX expel/VERB the/DET envoys/NOUN soon/ADV ./PUNCT", -1},
		{"LIMA/PROPN :/PUNCT Peru/PROPN 's/PART president/NOUN has/AUX accepted/VERB an/DET invitation/NOUN ./PUNCT", -1},
		{"Peru/PROPN expels/VERB Chilean/ADJ envoys/NOUN LIMA/PROPN :/PUNCT it/PRON did/VERB ./PUNCT", -1},
	}
	for _, tt := range tests {
		var toks []model.Token
		for _, wt := range strings.Fields(tt.tagged) {
			w, tag, _ := strings.Cut(wt, "/")
			toks = append(toks, model.Token{Form: w, UPOS: tag})
		}
		if got := headlineEnd(toks); got != tt.want {
			t.Errorf("%q: headlineEnd = %d, want %d", tt.tagged, got, tt.want)
		}
	}
}

// TestHeadlineGlued checks that a headline glued to its lede codes
// nothing of its own: the lede's acceptance is coded once, by its own
// parties.
func TestHeadlineGlued(t *testing.T) {
	text := "Bolivian president accepts Peruvian leader's invitation to visit Peru LA PAZ: Bolivian President Luis Arce has accepted the invitation of Peruvian President Dina Boluarte to visit her country, the Peruvian embassy said on Wednesday."
	evs := code(t, text, nil, nil)
	for _, e := range evs {
		if e.Evidence.Predicate.Start < strings.Index(text, "LA PAZ:") {
			t.Errorf("event %s>%s:%s coded from the headline", e.Source.Code, e.Target.Code, e.Code)
		}
	}
}
