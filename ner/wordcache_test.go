package ner

import (
	"slices"
	"strings"
	"sync"
	"testing"
)

// TestWordCache checks that a model whose word cache serves the words
// prepares them as one that computes every word: the same facts and the
// same features, token by token, and the same names.
func TestWordCache(t *testing.T) {
	cached, err := load(defaultModel, false)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := load(defaultModel, false)
	if err != nil {
		t.Fatal(err)
	}
	plain.cache = nil
	sents := [][]string{
		{"The", "minister", "of", "Eldoria", "met", "the", "envoy", "in", "Port", "Varen", "on", "Monday", "."},
		{"THE", "MINISTER", "MET", "THE", "ENVOY", "."},
		{"the", "envoy", "said", "the", "talks", "in", "Port", "Varen", "were", "useful", "."},
		{"Ms.", "Ondra", "Kessel-Brandt", ",", "who", "leads", "the", "Northern", "Grain", "Council", ",", "left", "."},
		{"Émile", "Zoë", "visited", "São", "Paulo", "and", "Zürich", "in", "2025", "."},
		{"An", "unusually" + strings.Repeat("long", 10) + "word", "appeared", "."},
		{"The", "minister", "of", "Eldoria", "met", "the", "envoy", "in", "Port", "Varen", "on", "Monday", "."},
	}
	xpos := [][]string{
		{"DT", "NN", "IN", "NNP", "VBD", "DT", "NN", "IN", "NNP", "NNP", "IN", "NNP", "."},
		nil,
		{"DT", "NN", "VBD", "DT", "NNS", "IN", "NNP", "NNP", "VBD", "JJ", "."},
	}
	// Twice over: the second round finds the words in the cache.
	for round := range 2 {
		for si, forms := range sents {
			var x []string
			if si < len(xpos) {
				x = xpos[si]
			}
			got := cached.prepare(forms, x, nil)
			want := plain.prepare(forms, x, nil)
			fillTypeFeats(got, nil, cached.fast)
			fillTypeFeats(want, nil, plain.fast)
			for i := range forms {
				g, w := got[i], want[i]
				if *g.fx != *w.fx {
					t.Errorf("round %d, %q: type features differ", round, forms[i])
				}
				g.fx, w.fx, g.fxTemp, w.fxTemp = nil, nil, false, false
				if g != w {
					t.Errorf("round %d, %q: prepared as %+v, want %+v", round, forms[i], g, w)
				}
				if gf, wf := features(got, i, nil), features(want, i, nil); !slices.Equal(gf, wf) {
					t.Errorf("round %d, %q: features %x, want %x", round, forms[i], gf, wf)
				}
			}
		}
	}
	for _, form := range []string{"the", "The", "THE", "minister", "Monday"} {
		if cached.cache.Get(hashString(form), form) == nil {
			t.Errorf("%q is not cached", form)
		}
	}
	if long := sents[5][1]; cached.cache.Get(hashString(long), long) != nil {
		t.Errorf("a form of %d bytes is cached", len(long))
	}
	got, want := cached.tagDocument(sents, xpos), plain.tagDocument(sents, xpos)
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("labels %v, want %v", got, want)
	}
}

// TestDecodeLeavesNoScratch checks that the words decode gives type
// features from its scratch space do not keep them, and that the cached
// words keep theirs.
func TestDecodeLeavesNoScratch(t *testing.T) {
	m, err := load(defaultModel, false)
	if err != nil {
		t.Fatal(err)
	}
	forms := []string{"Quorvath", "Industries", "hired", "the", "Zelmanic", "brothers", "."}
	ws := m.prepare(forms, nil, nil)
	m.decode(ws, nil, 0)
	for i, w := range ws {
		cw := m.cache.Get(hashString(forms[i]), forms[i])
		switch {
		case w.fxTemp:
			t.Errorf("%q: still marked as scratch", forms[i])
		case cw == nil && w.fx != nil:
			t.Errorf("%q: keeps type features, not being cached", forms[i])
		case cw != nil && w.fx != &cw.fx:
			t.Errorf("%q: does not share the cached type features", forms[i])
		}
	}
	if m.cache.Get(hashString("the"), "the") == nil {
		t.Error(`"the" is not cached`)
	}
	if m.cache.Get(hashString("Quorvath"), "Quorvath") != nil {
		t.Error("a word the word table does not know is cached")
	}
}

// TestWordCacheConcurrent tags documents from several goroutines while
// the cache fills; run with -race.
func TestWordCacheConcurrent(t *testing.T) {
	plain, err := load(defaultModel, false)
	if err != nil {
		t.Fatal(err)
	}
	plain.cache = nil
	m, err := load(defaultModel, false)
	if err != nil {
		t.Fatal(err)
	}
	doc := [][]string{
		{"Ms.", "Ondra", "Kessel", "of", "the", "Northern", "Grain", "Council", "met", "envoys", "in", "Port", "Varen", "."},
		{"Kessel", "said", "the", "council", "would", "meet", "again", "in", "Varen", "on", "Friday", "."},
		{"THE", "COUNCIL", "DECLINED", "TO", "COMMENT", "."},
	}
	want := plain.tagDocument(doc, nil)
	var wg sync.WaitGroup
	got := make([][][]int, 4)
	for g := range got {
		wg.Go(func() {
			for range 3 {
				got[g] = m.tagDocument(doc, nil)
			}
		})
	}
	wg.Wait()
	for _, g := range got {
		if !slices.EqualFunc(g, want, slices.Equal) {
			t.Errorf("labels %v, want %v", g, want)
		}
	}
}
