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
		{"Pakistan accused Indian troops of firing across the border.", "PAK", "INDMIL", "112"},
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
