package ner

import (
	"slices"
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

// TestFastTablesMatchPlain checks that the tables Load builds for tagging
// say what the model's plain tables say: every bucket's weights, and the
// lexicon and gazetteer entries.
func TestFastTablesMatchPlain(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if m.fast == nil {
		t.Fatal("Default model has no fast tables")
	}
	nb := len(m.w) / nLabels
	for b := range nb {
		var got [nLabels]float32
		m.fast.w.score(&got, []uint64{uint64(b)}, m.mask())
		if want := m.w[b*nLabels : (b+1)*nLabels]; !slices.Equal(got[:], want) {
			t.Fatalf("bucket %d: packed %v, plain %v", b, got, want)
		}
	}
	check := func(name string, tab lexicon, field func(wordInfo) uint8) {
		for k, v := range tab {
			wi, ok := m.fast.words.get(k)
			if !ok || field(wi) != v {
				t.Errorf("%s %d: fast %d (found %v), plain %d", name, k, field(wi), ok, v)
			}
		}
	}
	check("lex", m.lex, func(w wordInfo) uint8 { return w.lex })
	check("heads", m.heads, func(w wordInfo) uint8 { return w.head })
	check("clus", m.clus, func(w wordInfo) uint8 { return w.clus })
	for k, v := range m.gaz {
		if g, ok := m.fast.gaz.get(k); !ok || g != v || !m.fast.inGaz(k) {
			t.Errorf("gazetteer %d: fast %d (found %v), plain %d", k, g, ok, v)
		}
		if wi, ok := m.fast.words.get(k); !ok || !wi.gazOK || wi.gaz != v {
			t.Errorf("gazetteer %d: word table %+v (found %v), plain %d", k, wi, ok, v)
		}
	}
}

// TestFastTaggingMatchesPlain tags sentences with and without the fast
// tables: the labels must be the same.
func TestFastTaggingMatchesPlain(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	plain := &Model{bits: m.bits, w: m.w, trans: m.trans, gaz: m.gaz, lex: m.lex, heads: m.heads, clus: m.clus, noDoc: m.noDoc}
	sents := [][]string{
		{"Prime", "Minister", "Edi", "Rama", "said", "Albania", "severed", "ties", "with", "Iran", "."},
		{"The", "Mujahedin", "-", "e", "-", "Khalq", "met", "in", "Al", "-", "Qaeda", "'s", "New", "York", "office"},
		{"UNITED", "NATIONS", "SECURITY", "COUNCIL", "VOTES"},
		{"-"},
		{"Ban", "Ki", "-", "moon", "visited", "the", "Democratic", "Republic", "of", "the", "Congo", "and", "Sri", "Lanka"},
		{"hamas", "and", "hezbollah", "fighters", "in", "gaza", "city"},
	}
	for _, words := range sents {
		got := m.tagForms(words, nil, nil)
		want := plain.tagForms(words, nil, nil)
		if !slices.Equal(got, want) {
			t.Errorf("%q: fast %v, plain %v", words, got, want)
		}
	}
}
