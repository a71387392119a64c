package ner

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestFlatTable(t *testing.T) {
	tests := []struct {
		name string
		keys []uint32
		miss []uint32
	}{
		{"empty", nil, []uint32{0, 1, 99}},
		{"zero key", []uint32{0, 5}, []uint32{1, 6}},
		// Keys differing only in high bits land near each other.
		{"crowded", []uint32{1, 1 << 30, 2 << 30, 3 << 30, 1<<30 | 1, 7}, []uint32{2, 5 << 28}},
		{"many", func() []uint32 {
			var ks []uint32
			for k := uint32(1); k < 5000; k++ {
				ks = append(ks, k*2654435761)
			}
			return ks
		}(), []uint32{3, 2654435761 * 6000 % (1 << 32)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab := newFlatTable(len(tt.keys), func(put func(uint32, int)) {
				for i, k := range tt.keys {
					put(k, i+1)
				}
			})
			for i, k := range tt.keys {
				if v, ok := tab.get(k); !ok || v != i+1 {
					t.Errorf("get(%d) = %d, %v; want %d, true", k, v, ok, i+1)
				}
			}
			for _, k := range tt.miss {
				if slices.Contains(tt.keys, k) {
					t.Fatalf("bad test: %d is a key", k)
				}
				if v, ok := tab.get(k); ok {
					t.Errorf("get(%d) = %d, true; want a miss", k, v)
				}
			}
		})
	}
}

// randomModel returns a model as training leaves it, with plain tables
// of random content: 2^bits buckets, about a third of them zero, and
// gazetteer and lexicon entries for the lower-case words and phrases of
// words (and for random keys). Its weights are multiples of 2^-10 up to
// 32767 × 2^-10, which WriteTo's rounding keeps exactly.
func randomModel(seed uint64, bits uint8, words ...string) *Model {
	rng := rand.New(rand.NewPCG(seed, 1))
	nb := 1 << bits
	m := &Model{bits: bits, w: make([]float32, nb*nLabels), trans: make([]float32, (nLabels+1)*nLabels),
		gaz: gazetteer{}, lex: lexicon{}, heads: lexicon{}, clus: lexicon{}}
	const scale = 1.0 / 1024
	for b := range nb {
		if rng.IntN(3) == 0 {
			continue
		}
		for y := range nLabels {
			if rng.IntN(4) > 0 {
				m.w[b*nLabels+y] = float32(rng.IntN(2*32767+1)-32767) * scale
			}
		}
	}
	m.w[rng.IntN(len(m.w))] = 32767 * scale
	for i := range m.trans {
		m.trans[i] = rng.Float32()*8 - 4
	}
	var keys []uint32
	for i, w := range words {
		h := phraseStep(phraseOffset, strings.ToLower(w))
		keys = append(keys, h)
		for _, w2 := range words[i+1 : min(i+3, len(words))] {
			keys = append(keys, phraseStep(h, strings.ToLower(w2)))
		}
	}
	for range 500 {
		keys = append(keys, rng.Uint32())
	}
	keys = append(keys, 0)
	for _, k := range keys {
		if rng.IntN(2) == 0 {
			m.gaz[k] = uint8(1 + rng.IntN(255))
		}
		if rng.IntN(2) == 0 {
			m.lex[k] = uint8(rng.IntN(256))
		}
		if rng.IntN(4) == 0 {
			m.heads[k] = uint8(rng.IntN(256))
		}
		if rng.IntN(2) == 0 {
			m.clus[k] = uint8(rng.IntN(256))
		}
	}
	return m
}

// writeLoad writes m and loads what it wrote.
func writeLoad(t testing.TB, m *Model) *Model {
	t.Helper()
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(&b)
	if err != nil {
		t.Fatal(err)
	}
	return m2
}

// testWords are the words of the sentences the tests tag.
var testSentences = [][]string{
	{"Prime", "Minister", "Edi", "Rama", "said", "Albania", "severed", "ties", "with", "Iran", "."},
	{"The", "Mujahedin", "-", "e", "-", "Khalq", "met", "in", "Al", "-", "Qaeda", "'s", "New", "York", "office"},
	{"UNITED", "NATIONS", "SECURITY", "COUNCIL", "VOTES"},
	{"-"},
	{"Ban", "Ki", "-", "moon", "visited", "the", "Democratic", "Republic", "of", "the", "Congo", "and", "Sri", "Lanka"},
	{"hamas", "and", "hezbollah", "fighters", "in", "gaza", "city"},
}

func testWords() []string {
	var ws []string
	for _, s := range testSentences {
		ws = append(ws, s...)
	}
	return ws
}

// TestFastTablesMatchPlain checks that the tables a written and loaded
// model tags with say what the trained model's plain tables say: every
// bucket's weights, and the lexicon and gazetteer entries.
func TestFastTablesMatchPlain(t *testing.T) {
	for _, bits := range []uint8{1, 6, 7, 12} {
		plain := randomModel(uint64(bits), bits, testWords()...)
		m := writeLoad(t, plain)
		if m.fast == nil {
			t.Fatal("loaded model has no fast tables")
		}
		if !slices.Equal(m.trans, plain.trans) || m.bits != plain.bits {
			t.Errorf("bits %d: transitions or bits differ", bits)
		}
		for b := range 1 << bits {
			var got [nLabels]float32
			m.fast.w.score(&got, []uint64{uint64(b)}, m.mask())
			if want := plain.w[b*nLabels : (b+1)*nLabels]; !slices.Equal(got[:], want) {
				t.Fatalf("bits %d bucket %d: packed %v, plain %v", bits, b, got, want)
			}
		}
		check := func(name string, tab map[uint32]uint8, field func(wordInfo) uint8) {
			for k, v := range tab {
				wi, ok := m.fast.words.get(k)
				if !ok || field(wi) != v {
					t.Errorf("bits %d %s %d: fast %d (found %v), plain %d", bits, name, k, field(wi), ok, v)
				}
			}
		}
		check("gazetteer", plain.gaz, func(w wordInfo) uint8 { return w.gaz })
		check("lex", plain.lex, func(w wordInfo) uint8 { return w.lex })
		check("heads", plain.heads, func(w wordInfo) uint8 { return w.head })
		check("clus", plain.clus, func(w wordInfo) uint8 { return w.clus })
		for k := range plain.gaz {
			if !m.fast.inGaz(k) {
				t.Errorf("bits %d: gazetteer %d missing from the gazetteer bits", bits, k)
			}
		}
		rng := rand.New(rand.NewPCG(3, 4))
		for range 10000 {
			k := rng.Uint32()
			_, g := plain.gaz[k]
			_, l := plain.lex[k]
			_, h := plain.heads[k]
			_, c := plain.clus[k]
			if wi, ok := m.fast.words.get(k); ok != (g || l || h || c) || (wi.gaz != 0) != g {
				t.Errorf("bits %d key %d: fast %+v (found %v), plain in gazetteer %v, any %v", bits, k, wi, ok, g, g || l || h || c)
			}
		}
	}
}

// TestFastTaggingMatchesPlain tags sentences with a trained model's
// plain tables and with the fast tables of the model written and loaded:
// the labels must be the same.
func TestFastTaggingMatchesPlain(t *testing.T) {
	for seed := range uint64(8) {
		plain := randomModel(seed, 10, testWords()...)
		m := writeLoad(t, plain)
		for _, words := range testSentences {
			got := m.tagForms(words, nil, nil)
			want := plain.tagForms(words, nil, nil)
			if !slices.Equal(got, want) {
				t.Errorf("seed %d %q: fast %v, plain %v", seed, words, got, want)
			}
		}
	}
}

// TestFastMarkMatchesPlain marks gazetteer phrases of one to maxPhrase
// words, some overlapping, some written across dashes (which phrases
// skip), with the fast tables and with the plain gazetteer: every word's
// marks must agree.
func TestFastMarkMatchesPlain(t *testing.T) {
	phrases := []string{
		"al qaeda", "new york", "new york city", "democratic republic of the congo",
		"republic of the congo", "the congo", "sri lanka", "ban ki moon", "mujahedin e khalq",
		"united nations security council", "a b c d e f", "b c d e f g", "a b c d e f g", "x", "x x x",
	}
	sentences := append(slices.Clone(testSentences),
		[]string{"A", "b", "c", "-", "d", "e", "f", "g", "New", "York", "City"},
		[]string{"x", "x", "-", "-", "x", "x"},
		[]string{"-", "-", "the", "Congo"},
		[]string{"b", "c", "d", "e", "f", "g"},
	)
	plain := randomModel(5, 8, testWords()...)
	for i, p := range phrases {
		h := phraseOffset
		for _, w := range strings.Fields(p) {
			h = phraseStep(h, w)
		}
		plain.gaz[h] = uint8(1 + i)
	}
	m := writeLoad(t, plain)
	marked := 0
	for _, words := range sentences {
		got := m.prepare(words, nil, nil)
		want := plain.prepare(words, nil, nil)
		for i := range words {
			if got[i].gzB != want[i].gzB || got[i].gzI != want[i].gzI {
				t.Errorf("%q word %d: fast B %d I %d, plain B %d I %d", words, i, got[i].gzB, got[i].gzI, want[i].gzB, want[i].gzI)
			}
			if want[i].gzB != 0 {
				marked++
			}
		}
	}
	if marked < len(phrases)/2 {
		t.Errorf("only %d phrases marked: the test sentences miss the gazetteer", marked)
	}
}

// TestRowsMatchFeatures checks that fastTables.rows, which reads the refs
// of the words' typeFeats, gives the rows that rowsOf finds for the
// hashes features gives, in the same order, for every token of sentences
// of varied case, tags, word-table words and gazetteer bits.
func TestRowsMatchFeatures(t *testing.T) {
	m, err := load(defaultModel, false)
	if err != nil {
		t.Fatal(err)
	}
	sents := []struct {
		forms, xpos []string
	}{
		{strings.Fields("The minister of Eldoria met the envoy in Port Varen on Monday ."),
			strings.Fields("DT NN IN NNP VBD DT NN IN NNP NNP IN NNP .")},
		{strings.Fields("THE UNITED NATIONS SAID TALKS IN GENEVA WILL RESUME ."), nil},
		{strings.Fields("the ministry of defence said the army left al - qaeda territory"), nil},
		{strings.Fields("Ms. Ondra Kessel-Brandt , who leads the Northern Grain Council , met President Ruiz in Quito in 2025 ."),
			strings.Fields("NNP NNP NNP , WP VBZ DT NNP NNP NNP , VBD NNP NNP IN NNP IN CD .")},
		{[]string{"Émile", "Zoë", "visited", "São", "Paulo", "and", "Zürich"}, nil},
		{[]string{"Reuters"}, nil},
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for round := range 3 {
		for si, s := range sents {
			ws := m.prepare(s.forms, s.xpos, nil)
			if round == 2 {
				for i := range ws {
					ws[i].gzB, ws[i].gzI = uint8(rng.IntN(1<<gzKinds)), uint8(rng.IntN(1<<gzKinds))
				}
			}
			hashes, refs := slices.Clone(ws), slices.Clone(ws)
			for i := range ws {
				var h, r typeFeats
				setTypeFeats(&h, &ws[i])
				r = h
				m.fast.resolve(&r)
				hashes[i].fx, refs[i].fx = &h, &r
			}
			for i := range ws {
				want, _ := m.fast.w.rowsOf(nil, features(hashes, i, nil), m.mask())
				got, _ := m.fast.rows(refs, i, nil)
				if !slices.Equal(got, want) {
					t.Errorf("round %d, sentence %d, token %q: rows %v, want %v", round, si, s.forms[i], got, want)
				}
			}
		}
	}
}
