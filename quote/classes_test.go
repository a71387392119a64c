package quote

import (
	"testing"

	"github.com/casus-project/casus/segment"
)

// TestWordClasses checks that the classes words records of each word say
// what looking the word, as printed and in lower case, up in each set
// says.
func TestWordClasses(t *testing.T) {
	sets := map[wordClass]map[string]bool{
		connectorsClass: connectors, particlesClass: particles, sourceVerbsClass: sourceVerbs,
		speechVerbsClass: speechVerbs, arabicVerbsClass: arabicVerbs, reportVerbsClass: reportVerbs,
		bareClauseVerbsClass: bareClauseVerbs, timeWordsClass: timeWords, relativesClass: relatives,
		labelVerbsClass: labelVerbs, listenerVerbsClass: listenerVerbs, subordinatorsClass: subordinators,
		personPronounsClass: personPronouns, thingPronounsClass: thingPronouns, determinersClass: determiners,
		descriptorsClass: descriptors, titlesClass: titles, orgWordsClass: orgWords,
		trailingSkipClass: trailingSkip, clauseStopsClass: clauseStops, prepositionsClass: prepositions,
		anonymityWordsClass: anonymityWords,
	}
	if len(sets) != 22 || len(wordClasses) == 0 {
		t.Fatalf("%d sets, %d classed words", len(sets), len(wordClasses))
	}
	for _, text := range []string{
		`When The Minister Of Trade told reporters on Monday that it was over, he said "we will see".`,
		`Officials, Who Declined To Be Named, Said The Council And Its Spokesman Had Warned Them.`,
		`"Nothing is settled," the ambassador added later, according to sources close to the Ministry.`,
		`وقال المتحدث إن الوزير سيزور Saïd Ibn Omar Al Masri on Tuesday; заявил President Ivanov.`,
	} {
		ws, _ := words(text, asciiLower(text), segment.Sentences(text))
		if len(ws) == 0 {
			t.Fatalf("%q: no words", text)
		}
		for i := range ws {
			w := &ws[i]
			for c, set := range sets {
				if got, want := w.in(c), set[w.s]; got != want {
					t.Errorf("%q: in(%b) = %v, want %v", w.s, c, got, want)
				}
				if got, want := w.lowerIn(c), set[w.lower]; got != want {
					t.Errorf("%q (%q): lowerIn(%b) = %v, want %v", w.s, w.lower, c, got, want)
				}
			}
		}
	}
}
