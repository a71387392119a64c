package actor

import (
	"strings"
	"testing"

	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/model"
)

// TestResolverWords checks the tests of the words that at1 and sentence
// make before calling a resolver (europeListedWords and the others): true
// where the resolver's words stand, false elsewhere, at the ends of a
// sentence too, and false where the resolver reads no such words (a
// resolver for local news, or dictionaries read in any case).
func TestResolverWords(t *testing.T) {
	r := New(dicts(t))
	local := New(dicts(t))
	local.Local = true
	// TABARI's stems make the dictionaries read names in any case.
	stems, err := dict.Compile(dict.Sources{ActorStems: true})
	if err != nil {
		t.Fatal(err)
	}
	anyCase := New(stems)
	// words spells a sentence as "Form/UPOS" words (UPOS PROPN if left out).
	words := func(s string) []model.Token {
		var toks []model.Token
		for _, w := range strings.Fields(s) {
			form, upos, ok := strings.Cut(w, "/")
			if !ok {
				upos = "PROPN"
			}
			toks = append(toks, model.Token{Form: form, UPOS: upos})
		}
		return toks
	}
	type pred func(st *state, toks []model.Token, i int) bool
	var (
		europe     pred = func(st *state, toks []model.Token, i int) bool { return st.europeListedWords(toks, i) }
		leader     pred = func(st *state, toks []model.Token, i int) bool { return st.bareLeaderWords(toks, i) }
		title      pred = func(st *state, _ []model.Token, i int) bool { return st.titleAgainWords(i) }
		department pred = func(st *state, _ []model.Token, i int) bool { return st.theDepartmentWords(i) }
		coalition  pred = func(st *state, _ []model.Token, i int) bool { return st.theCoalitionWords(i) }
		otherSide  pred = func(st *state, _ []model.Token, i int) bool { return st.otherSideWords(i) }
		// named is at1's test before named: namedWords or againstName.
		named   pred = func(st *state, toks []model.Token, i int) bool { return st.namedWords(toks, i) || againstName(toks, i) }
		orgDesc pred = func(st *state, _ []model.Token, i int) bool { return st.namedOrgDescriptionWords(i) }
		// surname and region test an article that has remembered a
		// surname or named a region's organisation; noSurname and
		// noRegion one that has not.
		surname pred = func(st *state, toks []model.Token, i int) bool {
			st.surnames = map[string]int{"OKAFOR": 0}
			return st.surnameWords(toks, i)
		}
		noSurname pred = func(st *state, toks []model.Token, i int) bool { return st.surnameWords(toks, i) }
		region    pred = func(st *state, _ []model.Token, i int) bool {
			st.regions = map[string]string{"AFRICAN": "AFR"}
			return st.regionLeadersWords(i)
		}
		noRegion pred = func(st *state, _ []model.Token, i int) bool { return st.regionLeadersWords(i) }
	)
	tests := []struct {
		name  string
		p     pred
		r     *Resolver
		words string
		i     int
		want  bool
	}{
		{"Europe", europe, r, "Japan/PROPN and/CCONJ Europe", 2, true},
		{"europe in capitals", europe, r, "EUROPE", 0, false},
		{"not Europe", europe, r, "Japan/PROPN and/CCONJ Canada", 2, false},
		{"a surname", leader, r, "Okafor said/VERB", 0, true},
		{"too short", leader, r, "Ba said/VERB", 0, false},
		{"not a proper noun", leader, r, "Okafor/NOUN said/VERB", 0, false},
		{"lower case", leader, r, "okafor said/VERB", 0, false},
		{"a surname in local news", leader, local, "Okafor said/VERB", 0, false},
		{"a surname, dictionaries in any case", leader, anyCase, "Okafor said/VERB", 0, false},
		{"after the", title, r, "the/DET Secretary spoke/VERB", 1, true},
		{"first word", title, r, "Secretary spoke/VERB", 0, false},
		{"after a", title, r, "a/DET Secretary spoke/VERB", 1, false},
		{"after the in local news", title, local, "the/DET Secretary spoke/VERB", 1, false},
		{"the Department", department, r, "the/DET Department urged/VERB", 0, true},
		{"the department, lower case", department, r, "the/DET department/NOUN urged/VERB", 0, true},
		{"the State Department", department, r, "the/DET State Department", 0, false},
		{"the Department at the end", department, r, "praised/VERB the/DET", 1, false},
		{"the Department in local news", department, local, "the/DET Department urged/VERB", 0, false},
		{"the coalition", coalition, r, "the/DET coalition/NOUN struck/VERB", 0, true},
		{"coalition forces", coalition, r, "coalition/NOUN forces/NOUN struck/VERB", 0, true},
		{"the alliance", coalition, r, "the/DET alliance/NOUN struck/VERB", 0, false},
		{"the at the end", coalition, r, "joined/VERB the/DET", 1, false},
		{"the other side", otherSide, r, "accused/VERB the/DET other/ADJ side/NOUN", 1, true},
		{"the other sides", otherSide, r, "accused/VERB the/DET other/ADJ sides/NOUN", 1, false},
		{"the other at the end", otherSide, r, "accused/VERB the/DET other/ADJ", 1, false},
		{"a capitalised word", named, r, "Okafor said/VERB", 0, true},
		{"a lower-case proper noun", named, r, "okafor said/VERB", 0, true},
		{"the before a name", named, r, "the/DET Hague", 0, true},
		{"anti before a name", named, r, "anti/ADJ -/PUNCT Okafor protests/NOUN", 0, true},
		{"anti before a common noun", named, r, "anti/ADJ -/PUNCT war/NOUN protests/NOUN", 0, false},
		{"a lower-case noun", named, r, "talks/NOUN ended/VERB", 0, false},
		{"a lower-case noun, dictionaries in any case", named, anyCase, "talks/NOUN ended/VERB", 0, true},
		{"the court", orgDesc, r, "the/DET court/NOUN ruled/VERB", 0, true},
		{"a court", orgDesc, r, "a/DET court/NOUN ruled/VERB", 0, false},
		{"the at the end", orgDesc, r, "praised/VERB the/DET", 1, false},
		{"a name, a surname remembered", surname, r, "Okafor said/VERB", 0, true},
		{"a lower-case word, a surname remembered", surname, r, "said/VERB Okafor", 0, false},
		{"a name, no surname remembered", noSurname, r, "Okafor said/VERB", 0, false},
		{"a region named", region, r, "African/ADJ leaders/NOUN met/VERB", 0, true},
		{"a region named, at the end", region, r, "met/VERB African/ADJ", 1, false},
		{"allied", noRegion, r, "allied/ADJ ships/NOUN sailed/VERB", 0, true},
		{"no region named", noRegion, r, "African/ADJ leaders/NOUN met/VERB", 0, false},
	}
	for _, tt := range tests {
		toks := words(tt.words)
		st := &state{r: tt.r}
		for _, tok := range toks {
			st.words = append(st.words, tok.Form)
			st.up = append(st.up, strings.ToUpper(tok.Form))
		}
		if got := tt.p(st, toks, tt.i); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}
