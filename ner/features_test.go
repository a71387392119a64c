package ner

import (
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
		fillTypeFeats(ws, nil)
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
