package tag

import (
	"math"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestTagAlt checks that TagAlt tags as Tag does and that every runner-up
// differs from the chosen tag and scores no higher (a negative margin
// would mean the rescoring is not the pass's).
func TestTagAlt(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := [][]string{
		{"The", "Chilean", "president", "brought", "his", "love", "of", "television", "to", "trade", "talks", "."},
		{"Albania", "expelled", "Iranian", "diplomats", ",", "Edi", "Rama", "said", "."},
		{"Round", "up", "the", "usual", "suspects", "!"},
		{"x"},
	}
	for _, forms := range tests {
		a, b := make([]model.Token, len(forms)), make([]model.Token, len(forms))
		for i, f := range forms {
			a[i], b[i] = model.Token{Form: f}, model.Token{Form: f}
		}
		m.Tag(a)
		alt := make([]Alt, len(forms))
		m.TagAlt(b, alt)
		for i := range forms {
			if a[i] != b[i] {
				t.Errorf("%q: TagAlt %+v, Tag %+v", forms[i], b[i], a[i])
			}
			if alt[i].Margin == math.MaxInt32 {
				if alt[i].XPOS != "" {
					t.Errorf("%q: fixed word with runner-up %q", forms[i], alt[i].XPOS)
				}
				continue
			}
			if alt[i].XPOS == b[i].XPOS || alt[i].XPOS == "" || alt[i].Margin < 0 {
				t.Errorf("%q tagged %s: runner-up %+v", forms[i], b[i].XPOS, alt[i])
			}
		}
	}
}
