package event

import (
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestTimeClauseDeed checks that a past deed in a clause of time ("after
// Chile seized", "before Chile attacked"), which the parse often hangs
// on a noun of the main clause, is coded beside the main deed with the
// subject that follows the opener, not the main clause's possessor, and
// that it does not push out the main clause's own deeds.
func TestTimeClauseDeed(t *testing.T) {
	tests := []eventCase{
		{"Peru expelled Chile's ambassador after Chile seized a Peruvian fishing boat.",
			[]string{"PER>CHLGOV:174", "CHL>PERCVL:1711"}, []string{"CHLGOV>PERCVL:1711"}},
		{"Bolivia deported two Chilean diplomats on Thursday, a day after Chilean police detained a Bolivian envoy.",
			[]string{"BOL>CHLGOV:174", "CHLCOP>BOLGOV:173"}, nil},
		{"Peru recalled its ambassador before Chile attacked a Peruvian border post.",
			[]string{"CHL>PERMIL:190"}, nil},
		// The deed of a clause of time does not drop the main clause's
		// deeds that the parse left subordinate ("struck" as an
		// adjective on its subject).
		{"Chilean warplanes struck targets in northern Peru on Monday, killing two people, the Peruvian health ministry said, as the two countries traded blame over a shell fired across the border.",
			[]string{"CHLMIL>PER:195", "CHL>PER:112", "PER>CHL:112"}, nil},
	}
	checkEventCases(t, tests)
}

// TestTimeClauseOpener checks which verbs head a clause of time that the
// sentence asserts: a past verb after an opener and its subject, not a
// present one, not one under a modal before the opener, and not one
// after "until", whose deed is a condition. Each word is written
// form/UPOS/XPOS; the verb asked about is the one marked with a star.
func TestTimeClauseOpener(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Peru/PROPN/NNP expelled/VERB/VBD the/DET/DT envoy/NOUN/NN after/ADP/IN Chile/PROPN/NNP *seized/VERB/VBD a/DET/DT boat/NOUN/NN", true},
		{"Peru/PROPN/NNP left/VERB/VBD when/SCONJ/WRB the/DET/DT Chilean/ADJ/JJ navy/NOUN/NN had/AUX/VBD *seized/VERB/VBN a/DET/DT boat/NOUN/NN", true},
		{"Peru/PROPN/NNP will/AUX/MD expel/VERB/VB the/DET/DT envoy/NOUN/NN after/ADP/IN Chile/PROPN/NNP *seizes/VERB/VBZ a/DET/DT boat/NOUN/NN", false},
		{"Peru/PROPN/NNP would/AUX/MD expel/VERB/VB the/DET/DT envoy/NOUN/NN after/ADP/IN Chile/PROPN/NNP *seized/VERB/VBD a/DET/DT boat/NOUN/NN", false},
		{"Peru/PROPN/NNP kept/VERB/VBD it/PRON/PRP shut/ADJ/JJ until/ADP/IN Chile/PROPN/NNP *freed/VERB/VBD the/DET/DT crew/NOUN/NN", false},
		{"Chile/PROPN/NNP *seized/VERB/VBD a/DET/DT boat/NOUN/NN after/ADP/IN the/DET/DT storm/NOUN/NN", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			a := &article{}
			v := -1
			for k, w := range strings.Fields(tt.text) {
				if strings.HasPrefix(w, "*") {
					v, w = k, w[1:]
				}
				f := strings.Split(w, "/")
				a.toks = append(a.toks, model.Token{Form: f[0], Lemma: f[0], UPOS: f[1], XPOS: f[2]})
				a.w.up = append(a.w.up, upper(f[0]))
			}
			if got := a.timeClauseOpener(v) >= 0; got != tt.want {
				t.Errorf("timeClauseOpener(%d) >= 0 = %v; want %v", v, got, tt.want)
			}
		})
	}
}
