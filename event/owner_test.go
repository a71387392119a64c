package event

import (
	"testing"

	"github.com/casus-project/casus/dict"
)

func TestOwner(t *testing.T) {
	b := &dict.VerbBlock{Verbs: []dict.Verb{
		{Word: "ACCUSE", Forms: []string{"ACCUSE", "ACCUSES", "ACCUSED", "ACCUSING"}},
		{Word: "CONDEMN", Forms: []string{"CONDEMN", "CONDEMNS", "CONDEMNED", "CONDEMNING"}},
		{Word: "RALLY", Forms: []string{"RALLY", "RALLIES", "RALLIED", "RALLYING"}},
	}}
	tests := []struct {
		comment string
		want    int16
	}{
		{"# CONDEMN", 1},
		{"CONDEMN", 1},
		{"#   ACCUSE <OY 10 Mar 2006>", 0},
		{"# RALLIED", 2},
		{"# rally", 2},
		{"# REVERSE <OY 11 Mar 2006>", -1},
		{"", -1},
		{"#", -1},
	}
	for _, tt := range tests {
		if got := owner(b, tt.comment); got != tt.want {
			t.Errorf("owner(%q) = %d, want %d", tt.comment, got, tt.want)
		}
	}
	one := &dict.VerbBlock{Verbs: b.Verbs[:1]}
	if got := owner(one, "# ACCUSE"); got != -1 {
		t.Errorf("a one-verb block: owner = %d, want -1", got)
	}
}

// TestOwnerCodes checks that a pattern PETRARCH wrote for one verb of a
// block does not code a sibling with another code of its own: CONDEMN's
// "- * &MILITARY [111]" is no accusation.
func TestOwnerCodes(t *testing.T) {
	tests := []struct{ text, src, tgt, code string }{
		{"Pakistan accused Indian troops of firing across the border.", "PAK", "INDMIL", "1123"},
		{"Pakistan condemned the Indian military.", "PAK", "INDMIL", "111"},
		// SEVER shares CUT's "- * {DIPLOMATIC TIES} [161]": neither has a code of its own.
		{"Albania severed diplomatic ties with Iran.", "ALB", "IRN", "161"},
	}
	for _, tt := range tests {
		evs := code(t, tt.text, nil, nil)
		if find(evs, tt.src, tt.tgt, tt.code) == nil {
			t.Errorf("%q: no %s>%s:%s in %s", tt.text, tt.src, tt.tgt, tt.code, describe(evs))
		}
	}
}

// TestOwnerTie checks that of two patterns written alike for two verbs
// of a block, the matched verb's own wins: recognising independence is
// diplomatic recognition (054), celebrating it a celebration (017).
func TestOwnerTie(t *testing.T) {
	tests := []eventCase{
		{"Peru recognised Bolivia's independence in 1826.", []string{"PER>BOL:054"}, []string{"PER>BOL:017"}},
		{"Peru recognized the independence of Bolivia.", []string{"PER>BOL:054"}, []string{"PER>BOL:017"}},
		{"Peru celebrated Bolivia's independence.", []string{"PER>BOL:017"}, []string{"PER>BOL:054"}},
		// A pattern no sibling wrote alike keeps its precedence.
		{"Peru recognised the disputed city of Arica as Chile's capital.", []string{"PER>CHL:054"}, []string{"PER>CHL:051"}},
	}
	checkEventCases(t, tests)
}

func TestSameWords(t *testing.T) {
	tests := []struct {
		p, q string
		want bool
	}{
		{"- * INDEPENDENCE                 [017]", "- * INDEPENDENCE [054]", true},
		{"- * INDEPENDENCE [017]", "- * (FOR INDEPENDENCE) [0244]", false},
		{"- * (AS CAPITAL) [054]", "- *  (AS  CAPITAL)   [051]", true},
	}
	for _, tt := range tests {
		if got := sameWords(&dict.Pattern{Text: tt.p}, &dict.Pattern{Text: tt.q}); got != tt.want {
			t.Errorf("sameWords(%q, %q) = %v, want %v", tt.p, tt.q, got, tt.want)
		}
	}
	if sameWords(nil, &dict.Pattern{Text: "- *"}) {
		t.Error("sameWords(nil, p) = true")
	}
}

func TestIse(t *testing.T) {
	tests := []struct{ in, want string }{
		{"RECOGNIZE", "RECOGNISE"},
		{"RECOGNISE", "RECOGNISE"},
		{"SIZE", "SISE"},
		{"ACCUSE", "ACCUSE"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := ise(tt.in); got != tt.want {
			t.Errorf("ise(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
