package event

import (
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestJoinedInfinitive checks that a second infinitive joined by "and"
// to a pledged one, with or without its own "to", is pledged too: an
// intent of its own beside the first, while a second deed that only
// follows an invitation or a plan codes no deed done.
func TestJoinedInfinitive(t *testing.T) {
	tests := []eventCase{
		{"Ecuador promised to hold talks with Colombia and release Colombian prisoners.", []string{"ECU>COL:036", "ECU>COL:0353"}, []string{"ECU>COL:0841"}},
		{"Ecuador promised to hold talks with Colombia and to release Colombian prisoners.", []string{"ECU>COL:036", "ECU>COL:0353"}, []string{"ECU>COL:0841"}},
		{"Ghana and Togo pledged to share intelligence and hold talks.", []string{"GHA>TGO:0314", "TGO>GHA:0314", "GHA>TGO:036", "TGO>GHA:036"}, []string{"GHA>TGO:046"}},
		{"Ghana and Togo pledged to share intelligence and to hold talks.", []string{"GHA>TGO:0314", "GHA>TGO:036", "TGO>GHA:036"}, []string{"GHA>TGO:046"}},
		{"Chile agreed to reopen the border with Peru and hold talks with Peru.", []string{"CHL>PER:036"}, []string{"CHL>PER:046"}},
		// Invited to come and negotiate: no negotiation yet.
		{"Ecuador invited the Colombian envoy to come to Quito and negotiate with its government.", nil, []string{"ECU>COLGOV:046", "COLGOV>ECU:046"}},
		// A finite verb after "and" is a deed of its own.
		{"Ecuador agreed to hold talks with Colombia and released Colombian prisoners.", []string{"ECU>COL:036", "ECU>COL:0841"}, nil},
	}
	checkEventCases(t, tests)
}

func TestJoinedInfinitiveWords(t *testing.T) {
	tests := []struct {
		text string
		v    string // the word asked about
		want string // the earlier infinitive, "" for none
	}{
		{"Peru agreed to reopen the border and exchange prisoners .", "exchange", "reopen"},
		{"Peru agreed to share intelligence and to hold talks .", "hold", "share"},
		{"Peru agreed to reopen the border , exchange prisoners and resume trade .", "resume", "reopen"},
		{"Peru agreed to reopen the disputed crossing and release prisoners .", "release", "reopen"},
		{"Peru began to talk and Chile attacked .", "attacked", ""},
		{"Peru wanted peace and release of prisoners .", "release", ""},
		{"Peru agreed to talks ; release prisoners .", "release", ""},
	}
	for _, tt := range tests {
		toks := tagWords(tt.text)
		v, want := -1, -1
		for i, tk := range toks {
			if tk.Form == tt.v {
				v = i
			}
			if tk.Form == tt.want {
				want = i
			}
		}
		if got := joinedInfinitive(toks, v); got != want {
			t.Errorf("joinedInfinitive(%q, %q) = %d, want %d", tt.text, tt.v, got, want)
		}
	}
}

// tagWords gives the words of text (split at spaces) the tags the
// joined-infinitive test needs: base forms after "to", "and" or a
// comma are VB, other verbs VBD, nouns and the rest by a small table.
func tagWords(text string) []model.Token {
	var toks []model.Token
	kind := map[string][2]string{
		"and": {"CCONJ", "CC"}, "to": {"PART", "TO"}, "the": {"DET", "DT"},
		",": {"PUNCT", ","}, ";": {"PUNCT", ":"}, ".": {"PUNCT", "."},
		"agreed": {"VERB", "VBD"}, "began": {"VERB", "VBD"}, "attacked": {"VERB", "VBD"}, "wanted": {"VERB", "VBD"},
		"reopen": {"VERB", "VB"}, "exchange": {"VERB", "VB"}, "share": {"VERB", "VB"}, "hold": {"VERB", "VB"},
		"resume": {"VERB", "VB"}, "release": {"VERB", "VB"}, "talk": {"VERB", "VB"},
		"disputed": {"VERB", "VBN"},
	}
	for _, w := range strings.Fields(text) {
		k, ok := kind[w]
		if !ok {
			k = [2]string{"NOUN", "NN"}
		}
		toks = append(toks, model.Token{Form: w, Lemma: w, UPOS: k[0], XPOS: k[1]})
	}
	return toks
}
