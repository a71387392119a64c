package ner

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestFeaturesGazetteer checks the gazetteer features of a word: one for
// each kind of match starting or continuing at it, and one for each kind
// of match at the word before or after it, kind by kind, whether or not
// the word itself is in a phrase.
func TestFeaturesGazetteer(t *testing.T) {
	const per, loc = 1 << 0, 1 << 2 // two kinds
	tests := []struct {
		name       string
		gzB, gzI   [3]uint8 // of the words before, at and after
		wantSuffix func(cp uint64) []uint64
	}{
		{"none", [3]uint8{}, [3]uint8{}, func(uint64) []uint64 { return nil }},
		{"word starts a phrase", [3]uint8{0, loc, 0}, [3]uint8{}, func(cp uint64) []uint64 {
			return []uint64{mix(tGaz, 2<<1, cp)}
		}},
		{"word inside a phrase", [3]uint8{}, [3]uint8{0, per, 0}, func(cp uint64) []uint64 {
			return []uint64{mix(tGaz, 0<<1|1, cp)}
		}},
		{"only the word before", [3]uint8{per, 0, 0}, [3]uint8{}, func(cp uint64) []uint64 {
			return []uint64{mix(tGazM1, 0, cp)}
		}},
		{"only the word after", [3]uint8{}, [3]uint8{0, 0, loc}, func(cp uint64) []uint64 {
			return []uint64{mix(tGazP1, 2, cp)}
		}},
		{"all, two kinds", [3]uint8{loc, per, 0}, [3]uint8{0, loc, per | loc}, func(cp uint64) []uint64 {
			return []uint64{
				mix(tGaz, 0<<1, cp), mix(tGazP1, 0, cp),
				mix(tGaz, 2<<1|1, cp), mix(tGazM1, 2, cp), mix(tGazP1, 2, cp),
			}
		}},
	}
	for _, tc := range tests {
		ws := make([]word, 3)
		for i, f := range []string{"in", "Lagos", "today"} {
			describe(f, &ws[i])
		}
		fillTypeFeats(ws, nil, nil)
		plain := features(ws, 1, nil)
		for i := range ws {
			ws[i].gzB, ws[i].gzI = tc.gzB[i], tc.gzI[i]
		}
		got := features(ws, 1, nil)
		want := append(slices.Clone(plain), tc.wantSuffix(uint64(ws[1].flags&(wCap|wAllCap)))...)
		if !slices.Equal(got, want) {
			t.Errorf("%s: %d features, want %d (or other values)", tc.name, len(got), len(want))
		}
	}
}

// plainGazetteer returns the gazetteer features of word i of ws as
// features wrote them before it skipped words in no phrase: every kind is
// gone through for every word.
func plainGazetteer(ws []word, i int) []uint64 {
	w := &ws[i]
	var m1, p1 *word
	if i > 0 {
		m1 = &ws[i-1]
	}
	if i+1 < len(ws) {
		p1 = &ws[i+1]
	}
	var dst []uint64
	cp := uint64(w.flags & (wCap | wAllCap))
	for k := uint8(0); k < gzKinds; k++ {
		bit := uint8(1) << k
		if w.gzB&bit != 0 {
			dst = append(dst, mix(tGaz, uint64(k)<<1, cp))
		}
		if w.gzI&bit != 0 {
			dst = append(dst, mix(tGaz, uint64(k)<<1|1, cp))
		}
		if m1 != nil && (m1.gzB|m1.gzI)&bit != 0 {
			dst = append(dst, mix(tGazM1, uint64(k), cp))
		}
		if p1 != nil && (p1.gzB|p1.gzI)&bit != 0 {
			dst = append(dst, mix(tGazP1, uint64(k), cp))
		}
	}
	return dst
}

// TestFeaturesGazetteerPlain compares the features of every word of
// sentences of one to four words, with random phrase bits on few of them
// (at the sentence's ends too), with those of the same words in no
// phrase followed by plainGazetteer's.
func TestFeaturesGazetteerPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	forms := []string{"Talks", "in", "Quito", "ended", "NATO", "today", "Mr", "Ruiz"}
	for range 2000 {
		ws := make([]word, 1+rng.IntN(4))
		for i := range ws {
			describe(forms[rng.IntN(len(forms))], &ws[i])
		}
		fillTypeFeats(ws, nil, nil)
		bare := slices.Clone(ws)
		for i := range ws {
			if rng.IntN(3) == 0 {
				ws[i].gzB = uint8(rng.IntN(1 << gzKinds))
				ws[i].gzI = uint8(rng.IntN(1 << gzKinds))
			}
		}
		for i := range ws {
			want := append(features(bare, i, nil), plainGazetteer(ws, i)...)
			if got := features(ws, i, nil); !slices.Equal(got, want) {
				t.Fatalf("word %d of %d, phrase bits %v: features differ from the plain loop's", i, len(ws), gzBits(ws))
			}
		}
	}
}

// gzBits lists the phrase bits (start, inside) of each word of ws.
func gzBits(ws []word) [][2]uint8 {
	var bs [][2]uint8
	for _, w := range ws {
		bs = append(bs, [2]uint8{w.gzB, w.gzI})
	}
	return bs
}
