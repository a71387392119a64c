package actor

import (
	"strings"
	"testing"
)

// TestBodyNamedAgain checks that a description of an organisation ("the
// council") named after a state's body whose agent phrase has the same
// head noun ("Peru's Constitutional Council") stands for that body, and
// that one after an intergovernmental organisation still stands for it.
func TestBodyNamedAgain(t *testing.T) {
	r := New(dicts(t))
	for _, tt := range []struct {
		sents []string
		want  []string
	}{
		{[]string{"Peru 's/PART Constitutional/PROPN Council/PROPN met/VERB", "Chile asked/VERB the/DET council/NOUN to/PART act/VERB"},
			[]string{"Chile=CHL", "the council=PERJUD"}},
		{[]string{"the/DET UN Security/PROPN Council/PROPN met/VERB", "Chile asked/VERB the/DET council/NOUN to/PART act/VERB"},
			[]string{"Chile=CHL", "the council=IGOUNO"}},
	} {
		text, sents, ents := document(tt.sents)
		ms := r.Resolve(sents, ents, day2022)
		got := spelled(text, ms[len(ms)-1])
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: got %q, want %q", tt.sents, got, tt.want)
		}
	}
}
