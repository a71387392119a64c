package ner

import (
	"fmt"
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

func TestDocContext(t *testing.T) {
	doc := []string{
		"Google said so .",
		"I work at Google now .",
		"Paris is nice , paris is big .",
		"THE END",
	}
	m := &Model{}
	wss := make([][]word, len(doc))
	for i, s := range doc {
		wss[i] = m.prepare(strings.Fields(s), nil, nil)
	}
	dc := newDocContext(wss, nil)
	tests := []struct {
		sent, tok int
		kinds     int8 // occurrence kinds seen elsewhere; -1: no document features
		contexts  int  // other occurrences whose neighbours are features
	}{
		{0, 0, int8(occCapMid), 1}, // "at Google now"
		{1, 3, 0, 1},               // the other is first in its sentence
		{2, 0, int8(occLowMid), 1}, // "paris" later
		{2, 4, 0, 1},               // the first "Paris" is first in its sentence
		{1, 0, -1, 0},              // "I": one letter
		{0, 1, -1, 0},              // "said": once, never capitalised
		{3, 1, -1, 0},              // "END": once
	}
	for _, tt := range tests {
		fs := dc.features(wss[tt.sent], tt.sent, tt.tok, nil)
		w := &wss[tt.sent][tt.tok]
		cp := uint64(w.flags & (wCap | wAllCap))
		if tt.kinds < 0 {
			if len(fs) != 0 {
				t.Errorf("%q: %d document features, want none", w.lower, len(fs))
			}
			continue
		}
		if want := 4*tt.contexts + 2; len(fs) != want {
			t.Errorf("%q in sentence %d: %d document features, want %d", w.lower, tt.sent, len(fs), want)
			continue
		}
		if got := fs[len(fs)-2]; got != mix(tDocKinds, uint64(tt.kinds), cp) {
			t.Errorf("%q in sentence %d: kinds feature differs from kinds %b", w.lower, tt.sent, tt.kinds)
		}
	}
	var nilDC *docContext
	if fs := nilDC.features(wss[0], 0, 0, nil); len(fs) != 0 {
		t.Errorf("nil context gave %d features", len(fs))
	}
}

// TestDocContextOccurrences checks which words the document context
// keeps and that each keeps its occurrences in document order.
func TestDocContextOccurrences(t *testing.T) {
	doc := []string{
		"Rama met Basha and rama .",
		"the talks ended ; Basha left",
		"Later RAMA spoke , then the talks resumed with basha and Rama",
	}
	m := &Model{}
	wss := make([][]word, len(doc))
	for i, s := range doc {
		wss[i] = m.prepare(strings.Fields(s), nil, nil)
	}
	dc := newDocContext(wss, nil)
	type at struct{ sent, tok int }
	tests := []struct {
		word string
		want []at // nil: not kept
	}{
		{"rama", []at{{0, 0}, {0, 4}, {2, 1}, {2, 11}}},
		{"basha", []at{{0, 2}, {1, 4}, {2, 9}}},
		{"talks", nil}, // twice, never capitalised
		{"later", nil}, // capitalised, once
		{"spoke", nil},
		{"and", nil},
	}
	for _, tt := range tests {
		wo, ok := dc.occ[hashString(tt.word)]
		occs := wo.list
		if tt.want == nil {
			if ok {
				t.Errorf("%q kept (%d occurrences), want dropped", tt.word, len(occs))
			}
			continue
		}
		var got []at
		for _, o := range occs {
			got = append(got, at{o.sent, o.tok})
			if w := wss[o.sent][o.tok]; w.lower != tt.word {
				t.Errorf("%q: occurrence at %d:%d is %q", tt.word, o.sent, o.tok, w.lower)
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: occurrences %v, want %v", tt.word, got, tt.want)
		}
	}
	if len(dc.occ) != 2 {
		t.Errorf("%d words kept, want 2", len(dc.occ))
	}
}

func TestFillNames(t *testing.T) {
	tests := []struct {
		doc  []string // words with the first pass's tags: "Google/B-ORG"
		want []string // tags after fillNames, one string a sentence
	}{
		{[]string{"at Google/B-ORG", "Google said"}, []string{"O B-ORG", "B-ORG O"}},
		// The longest name written elsewhere.
		{[]string{"New/B-LOC York/I-LOC and York/B-LOC", "in New York"}, []string{"B-LOC I-LOC O B-LOC", "O B-LOC I-LOC"}},
		// A tie is not filled in.
		{[]string{"Apple/B-ORG", "Apple/B-PER", "Apple now"}, []string{"B-ORG", "B-PER", "O O"}},
		// Lower case is filled in when the treebank does not know the
		// word or mostly writes it as a proper noun ...
		{[]string{"at Google/B-ORG", "use google now"}, []string{"O B-ORG", "O B-ORG O"}},
		{[]string{"Enron/B-ORG", "at enron"}, []string{"B-ORG", "O B-ORG"}},
		{[]string{"Taco/B-ORG Bell/I-ORG", "the taco bell dog"}, []string{"B-ORG I-ORG", "O B-ORG I-ORG O"}},
		// ... but not a common word, nor one of two letters.
		{[]string{"Apple/B-ORG", "an apple"}, []string{"B-ORG", "O O"}},
		{[]string{"the US/B-LOC", "for us"}, []string{"O B-LOC", "O O"}},
		// A name grows to a longer one written elsewhere, if it cuts no
		// other name.
		{[]string{"at Georgia/B-ORG Tech/I-ORG", "Georgia/B-LOC Tech won"}, []string{"O B-ORG I-ORG", "B-ORG I-ORG O"}},
		{[]string{"at Georgia/B-ORG Tech/I-ORG", "Georgia/B-LOC Tech/B-PER Smith/I-PER"}, []string{"O B-ORG I-ORG", "B-LOC B-PER I-PER"}},
		// The most common type wins; names are not retyped.
		{[]string{"Rita/B-PER Rita/B-PER Rita/B-LOC", "Rita"}, []string{"B-PER B-PER B-LOC", "B-PER"}},
		// A word inside a name is not a name of its own.
		{[]string{"Jordan/B-PER", "Jordan/B-LOC River/I-LOC"}, []string{"B-PER", "B-LOC I-LOC"}},
	}
	// "apple" is mostly a common noun in the treebank, "enron" mostly a
	// proper noun, "bell" and "taco" unknown.
	m := &Model{lex: lexicon{
		phraseStep(phraseOffset, "apple"): lexClass(50, 2, 1, 40),
		phraseStep(phraseOffset, "enron"): lexClass(50, 48, 45, 45),
	}}
	for _, tt := range tests {
		wss := make([][]word, len(tt.doc))
		ys := make([][]int, len(tt.doc))
		for si, s := range tt.doc {
			var forms []string
			for _, f := range strings.Fields(s) {
				form, tag, ok := strings.Cut(f, "/")
				if !ok {
					tag = "O"
				}
				forms = append(forms, form)
				ys[si] = append(ys[si], labelIndex(tag))
			}
			wss[si] = m.prepare(forms, nil, nil)
		}
		fillNames(wss, ys)
		for si, y := range ys {
			if got := strings.Join(labelStrings(y), " "); got != tt.want[si] {
				t.Errorf("%q sentence %d: %s, want %s", tt.doc, si, got, tt.want[si])
			}
		}
	}
}

// TestDocumentWordsReused checks that documents tagged one after another
// with one model, which prepares each in the space the one before used,
// get the labels a newly loaded model gives each of them alone.
func TestDocumentWordsReused(t *testing.T) {
	docs := [][]string{
		{
			"Minister Arlo Venn of Eldoria flew to Port Varen on Monday .",
			"Venn met the Northern Grain Council there .",
			"THE COUNCIL SAID NOTHING .",
		},
		{"the envoy left ."},
		{
			"Talks between Eldoria and Kestrelia ended in Brask .",
			"Officials in Brask said the Kestrelian delegation would return .",
			"A spokeswoman for the Eldorian Foreign Ministry , Mara Quill , declined to comment .",
			"Quill said Venn would travel to Kestrelia next week .",
		},
	}
	split := func(doc []string) [][]string {
		out := make([][]string, len(doc))
		for i, s := range doc {
			out[i] = strings.Fields(s)
		}
		return out
	}
	want := make([][][]int, len(docs))
	for i, doc := range docs {
		fresh, err := load(defaultModel, false)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = fresh.tagDocument(split(doc), nil)
	}
	m, err := load(defaultModel, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, i := range []int{2, 1, 0, 2, 0, 1} {
		got := m.tagDocument(split(docs[i]), nil)
		if fmt.Sprint(got) != fmt.Sprint(want[i]) {
			t.Errorf("document %d: labels %v, want %v", i, got, want[i])
		}
	}

	// DocumentEntities, with the first sentence of each document tagged
	// with parts of speech and the others not.
	type doc struct {
		text  string
		sents []model.Sentence
	}
	build := func(lines []string) doc {
		var d doc
		for si, line := range lines {
			if si > 0 {
				d.text += " "
			}
			var s model.Sentence
			for k, f := range strings.Fields(line) {
				if k > 0 {
					d.text += " "
				}
				tok := model.Token{Form: f, Span: model.Span{Start: len(d.text), End: len(d.text) + len(f)}}
				if si == 0 {
					tok.XPOS = "NN"
					if f != strings.ToLower(f) {
						tok.XPOS = "NNP"
					}
				}
				s.Tokens = append(s.Tokens, tok)
				d.text += f
			}
			d.sents = append(d.sents, s)
		}
		return d
	}
	wantEnts := make([]string, len(docs))
	for i, lines := range docs {
		fresh, err := load(defaultModel, false)
		if err != nil {
			t.Fatal(err)
		}
		d := build(lines)
		wantEnts[i] = fmt.Sprint(fresh.DocumentEntities(d.text, d.sents))
	}
	for _, i := range []int{0, 2, 1, 2, 0} {
		d := build(docs[i])
		if got := fmt.Sprint(m.DocumentEntities(d.text, d.sents)); got != wantEnts[i] {
			t.Errorf("document %d: entities %s, want %s", i, got, wantEnts[i])
		}
	}
}

// plainDocFeatures is docContext.features as a loop over every other
// occurrence of the word: the kinds of all of them, the contexts of the
// first maxDocContexts.
func plainDocFeatures(dc *docContext, ws []word, si, i int) []uint64 {
	w := &ws[i]
	wo, ok := dc.occ[w.low]
	if !ok {
		return nil
	}
	var dst []uint64
	var kinds uint8
	n := 0
	cp := uint64(w.flags & (wCap | wAllCap))
	for _, o := range wo.list {
		if o.sent == si && o.tok == i {
			continue
		}
		kinds |= o.kind
		if n < maxDocContexts {
			n++
			dst = append(dst, mix(tDocPrev, o.prev, cp), mix(tDocNext, o.next, cp),
				mix(tDocPrevClus, uint64(o.pclus), cp), mix(tDocNextClus, uint64(o.nclus), cp))
		}
	}
	return append(dst, mix(tDocKinds, uint64(kinds), cp), mix(tDocKindsShape, uint64(kinds), w.shape))
}

// TestDocFeaturesMatchPlain checks docContext.features, which finds the
// kinds of a word's other occurrences from its counts, against the plain
// loop, at every token of documents whose words recur in every kind: once
// or many times, capitalised mid-sentence, in lower case, in capitals,
// first in a sentence, in a sentence of capitals.
func TestDocFeaturesMatchPlain(t *testing.T) {
	m := &Model{}
	docs := [][]string{
		{"The talks in Varen ended .", "the envoy left Varen and the talks ended .", "Talks resume in VAREN today .",
			"THE TALKS IN VAREN ENDED .", "They said the talks in varen were the best talks ."},
		{"Ruiz met Kessel .", "Kessel met Ruiz , and Ruiz left .", "Then ruiz spoke ."},
		{"Alone here ."},
	}
	checked := 0
	for d, doc := range docs {
		wss := make([][]word, len(doc))
		for i, s := range doc {
			wss[i] = m.prepare(strings.Fields(s), nil, nil)
		}
		dc := newDocContext(wss, nil)
		for si, ws := range wss {
			for i := range ws {
				got, want := dc.features(ws, si, i, nil), plainDocFeatures(dc, ws, si, i)
				if fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("document %d, %q at %d:%d: features %x, want %x", d, ws[i].lower, si, i, got, want)
				}
				checked += len(want)
			}
		}
	}
	if checked < 50 {
		t.Errorf("%d features checked, want more", checked)
	}
}
