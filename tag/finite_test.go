package tag

import (
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestRepairFinite checks which past participles a sentence without a
// finite verb gets back as its past tense, on tags given word by word.
func TestRepairFinite(t *testing.T) {
	tests := []struct {
		in   string // form/XPOS ...
		want string // the XPOS tags after
	}{
		{"Hezbollah/NNP fired/VBN rockets/NNS at/IN Israel/NNP", "NNP VBD NNS IN NNP"},
		{"forces/NNS shelled/VBN Indian/JJ posts/NNS", "NNS VBD JJ NNS"},
		{"Israel/NNP struck/VBN a/DT building/NN", "NNP VBD DT NN"},
		// A finite verb elsewhere keeps the participle.
		{"rockets/NNS fired/VBN from/IN Gaza/NNP hit/VBD Israel/NNP", "NNS VBN IN NNP VBD NNP"},
		{"Peru/NNP said/VBD troops/NNS fired/VBN shots/NNS", "NNP VBD NNS VBN NNS"},
		// A preposition or nothing after it: a headline's participle.
		{"two/CD soldiers/NNS killed/VBN in/IN attack/NN", "CD NNS VBN IN NN"},
		{"police/NNS officers/NNS injured/VBN", "NNS NNS VBN"},
		// A form that is no past tense, or no subject before it.
		{"Peru/NNP taken/VBN hostages/NNS", "NNP VBN NNS"},
		{"newly/RB elected/VBN president/NN", "RB VBN NN"},
		// Only the first.
		{"Peru/NNP fired/VBN shots/NNS and/CC Chile/NNP fired/VBN shells/NNS", "NNP VBD NNS CC NNP VBN NNS"},
	}
	for _, tt := range tests {
		var toks []model.Token
		for _, w := range strings.Fields(tt.in) {
			form, xpos, _ := strings.Cut(w, "/")
			toks = append(toks, model.Token{Form: form, XPOS: xpos})
		}
		repairFinite(toks)
		var got []string
		for _, tok := range toks {
			got = append(got, tok.XPOS)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%s: got %s, want %s", tt.in, g, tt.want)
		}
	}
}

// TestRepairFiniteModel checks the default model's tags of sentences whose
// verb it reads as a participle without the repair.
func TestRepairFiniteModel(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, verb string }{
		{"Hezbollah fired rockets at Israel on Sunday .", "fired"},
		{"Pakistani forces shelled Indian posts overnight .", "shelled"},
	} {
		var toks []model.Token
		for _, f := range strings.Fields(tt.text) {
			toks = append(toks, model.Token{Form: f})
		}
		m.Tag(toks)
		for _, tok := range toks {
			if tok.Form == tt.verb && (tok.XPOS != "VBD" || tok.UPOS != "VERB") {
				t.Errorf("%s: %s tagged %s/%s, want VBD/VERB", tt.text, tt.verb, tok.XPOS, tok.UPOS)
			}
		}
	}
}
