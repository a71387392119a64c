package tag

import "testing"

func TestTitleNumeral(t *testing.T) {
	tests := []struct {
		form string
		want bool
	}{
		{"Xi", true},
		{"Li", true},
		{"Mix", true},
		{"Mcmxc", true},
		{"XI", false},   // capitals: the numeral
		{"xi", false},   // lower case: a list numeral
		{"X", false},    // one letter
		{"Iix", false},  // not a well-formed numeral
		{"Mill", false}, // LL is no numeral
		{"Civil", false},
		{"Xian", false},
		{"", false},
	}
	for _, tc := range tests {
		if got := titleNumeral(tc.form); got != tc.want {
			t.Errorf("titleNumeral(%q) = %v, want %v", tc.form, got, tc.want)
		}
	}
}

// TestTitleNumeralTags checks that a name spelt like a Roman numeral in
// title case is tagged a proper noun, and that its other readings stand.
func TestTitleNumeralTags(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		i    int // the word checked
		want string
	}{
		{"Xi and Putin signed a joint statement on Tuesday .", 0, "NNP"},
		{"Chinese President Xi Jinping criticized Japan .", 2, "NNP"},
		{"The plan followed directives from Xi to show no mercy .", 5, "NNP"},
		{"Premier Li Qiang met the German chancellor .", 1, "NNP"},
		{"Mix the flour with two eggs .", 0, "VB"},
		{"World War II ended in 1945 .", 2, "CD"}, // capitals: the numeral stands
	}
	for _, tc := range tests {
		toks := tokens(tc.text)
		m.Tag(toks)
		if got := toks[tc.i].XPOS; got != tc.want {
			t.Errorf("%q: %q tagged %s, want %s", tc.text, toks[tc.i].Form, got, tc.want)
		}
	}
}
