package event

import (
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestUpperForms checks that upperForms gives what strings.ToUpper gives
// for each form, ASCII or not, empty or not, and that the ASCII words do
// not run into each other.
func TestUpperForms(t *testing.T) {
	tests := [][]string{
		nil,
		{"Peru"},
		{"The", "minister", "of", "Ruritania", "said", "."},
		{"", "a", "", "B", ""},
		{"Zürich", "talks", "über", "ÉTÉ", "résumé", "straße", "İstanbul"},
		{"“", "no", "”", "—", "it's", "O'Neill", "x1-2y"},
		{"ǅ", "ǆ", "Ǆ", "ﬀ", "\xff", "ok\x80"},
		// ASCII bytes before one past ASCII, then ASCII words again.
		{"talks", "ok\x80", "on", "cafés", "end", "naïve", "x"},
	}
	for _, forms := range tests {
		toks := make([]model.Token, len(forms))
		for i, f := range forms {
			toks[i].Form = f
		}
		got := upperForms(toks)
		if len(got) != len(forms) {
			t.Errorf("upperForms(%q) has %d words, want %d", forms, len(got), len(forms))
			continue
		}
		for i, f := range forms {
			if want := strings.ToUpper(f); got[i] != want {
				t.Errorf("upperForms(%q)[%d] = %q, want %q", forms, i, got[i], want)
			}
		}
	}
}
