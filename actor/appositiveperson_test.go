package actor

import (
	"strings"
	"testing"
)

// TestAppositivePerson checks that a title set off by a comma right
// after a person the dictionaries name is that person, with the
// modifiers and agents between ("a former mayor", "the former
// government minister"), and that the pronoun after it stands for the
// person; a title after a comma and a name no mention resolved is left
// to the agent rules.
func TestAppositivePerson(t *testing.T) {
	r := New(dicts(t))
	for _, tt := range []struct {
		sents []string
		want  []string
	}{
		{[]string{"[Edi Rama] ,/PUNCT a/DET former/ADJ mayor/NOUN ,/PUNCT met/VERB Peru"},
			[]string{"Edi Rama=ALBGOV", "mayor=ALBGOV", "Peru=PER"}},
		{[]string{"[Edi Rama] ,/PUNCT the/DET former/ADJ government/NOUN minister/NOUN ,/PUNCT said/VERB he/PRON met/VERB Peru"},
			[]string{"Edi Rama=ALBGOV", "government=ALBGOV", "minister=ALBGOV", "he=ALBGOV", "Peru=PER"}},
		{[]string{"Peru protested/VERB", "[Ana Quispe] ,/PUNCT a/DET former/ADJ mayor/NOUN ,/PUNCT met/VERB Chile"},
			[]string{"mayor=PERELI", "Chile=CHL"}},
	} {
		text, sents, ents := document(tt.sents)
		ms := r.Resolve(sents, ents, day2022)
		got := spelled(text, ms[len(ms)-1])
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: got %q, want %q", tt.sents, got, tt.want)
		}
	}
}
