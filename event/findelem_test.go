package event

import (
	"strings"
	"testing"

	"github.com/casus-project/casus/dict"
)

// findElemEveryWord is findElem without the synset pre-check: it tries
// the element at every word. The test holds findElem to it.
func findElemEveryWord(e dict.Element, w *words, k, hi int) (at, end, score int, ok bool) {
	for s := k; s < hi; s++ {
		if end, sc, ok := elemAt(e, w, s, hi); ok {
			return s, end, sc, true
		}
	}
	return 0, 0, 0, false
}

// testWords makes the matcher's words of a sentence written in upper
// case, each word given as FORM or FORM/LEMMA.
func testWords(c *Coder, sentence string) *words {
	w := &words{syn: c.syn}
	for _, f := range strings.Fields(sentence) {
		up, lem, ok := strings.Cut(f, "/")
		if !ok {
			lem = up
		}
		w.up = append(w.up, up)
		w.lem = append(w.lem, lem)
	}
	return w
}

// TestFindElemSynsetPrecheck checks that skipping the words where no
// phrase of a noun element's first synset starts finds what trying
// every word finds, for every element of the default dictionaries'
// patterns (and the objects of their prepositions), on sentences of our
// own.
func TestFindElemSynsetPrecheck(t *testing.T) {
	c, _ := setup()
	if c == nil {
		t.Fatal("no dictionaries")
	}
	sentences := []string{
		"THE RULING PARTY SENT/SEND ARMS AND AMMUNITION TO THE REBELS ACROSS THE BORDER",
		"THE MINISTERS SIGNED/SIGN A TRADE AGREEMENT ON FISHING RIGHTS AND A LOAN OF TEN MILLION DOLLARS",
		"POLICE ARRESTED/ARREST TWO JOURNALISTS/JOURNALIST AFTER THE PROTESTS/PROTEST IN THE CAPITAL",
		"THE PRESIDENT PROMISED/PROMISE ECONOMIC AID AND MILITARY SUPPORT FOR THE NEIGHBOURING COUNTRY",
		"TROOPS/TROOP FIRED/FIRE MISSILES/MISSILE AT A VILLAGE AND KILLED/KILL THREE CIVILIANS/CIVILIAN",
	}
	var elems []dict.Element
	var add func(e dict.Element)
	add = func(e dict.Element) {
		elems = append(elems, e)
		for _, o := range e.Objects {
			add(o)
		}
	}
	for b := range c.blocks {
		for i := range b.Patterns {
			for _, e := range b.Patterns[i].Before {
				add(e)
			}
			for _, e := range b.Patterns[i].After {
				add(e)
			}
		}
	}
	checked, found := 0, 0
	for _, s := range sentences {
		w := testWords(c, s)
		for _, e := range elems {
			if w.firstSynset(e) == nil {
				continue
			}
			checked++
			for k := 0; k < len(w.up); k += 3 {
				ga, ge, gs, gok := findElem(e, w, k, len(w.up))
				wa, we, ws, wok := findElemEveryWord(e, w, k, len(w.up))
				if ga != wa || ge != we || gs != ws || gok != wok {
					t.Fatalf("findElem(%+v) at %d in %q = %d %d %d %v, want %d %d %d %v", e, k, s, ga, ge, gs, gok, wa, we, ws, wok)
				}
				if gok {
					found++
				}
			}
		}
	}
	if checked == 0 || found == 0 {
		t.Errorf("checked %d synset elements, %d found: the sentences test nothing", checked, found)
	}
}

// BenchmarkFindElem looks for every synset noun element of the default
// dictionaries' patterns in one sentence, as matchPattern does for the
// patterns of a sentence's verbs.
func BenchmarkFindElem(b *testing.B) {
	c, _ := setup()
	if c == nil {
		b.Fatal("no dictionaries")
	}
	w := testWords(c, "THE MINISTERS SIGNED/SIGN A TRADE AGREEMENT ON FISHING RIGHTS AND PROMISED/PROMISE MILITARY SUPPORT FOR THE REBELS")
	var elems []dict.Element
	for b := range c.blocks {
		for i := range b.Patterns {
			for _, e := range b.Patterns[i].After {
				if w.firstSynset(e) != nil {
					elems = append(elems, e)
				}
			}
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, e := range elems {
			findElem(e, w, 0, len(w.up))
		}
	}
}
