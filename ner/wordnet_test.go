package ner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A few synsets in the format of WordNet's data.noun, with made-up
// offsets below the real tops.
const testDataNoun = `  1 This software and database is being provided ...
00007846 03 n 03 person 0 individual 0 someone 0 000 | a human being
00027167 03 n 01 location 0 000 | a point or extent in space
08008335 14 n 01 organization 0 000 | a group of people who work together
08630985 15 n 01 region 0 000 | a large indefinite location
08552138 15 n 01 district 0 000 | a region marked off
10000001 18 n 01 physicist 0 001 @ 00007846 n 0000 | a scientist
10000002 18 n 01 Einstein 0 001 @i 10000001 n 0000 | physicist
10000003 18 n 01 American 0 001 @ 00007846 n 0000 | a native of America
10000004 14 n 02 agency 0 bureau 0 001 @ 08008335 n 0000 | an administrative unit
10000005 14 n 02 International_Atomic_Energy_Agency 0 IAEA 0 001 @ 10000004 n 0000 | the UN agency
10000006 15 n 01 city 0 001 @ 08552138 n 0000 | a large town
10000007 15 n 01 Tirana 0 001 @i 10000006 n 0000 | the capital of Albania
10000008 15 n 01 Cape_Canaveral 0 001 @i 00027167 n 0000 | a promontory
10000009 06 n 01 Google 0 001 @i 10000010 n 0000 | a search engine
`

func TestReadWordNetNames(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "data.noun"), []byte(testDataNoun), 0o644); err != nil {
		t.Fatal(err)
	}
	b := newBuilder(nil)
	if _, err := readWordNetNames(dir, b); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		phrase string
		kind   int // -1: not in the gazetteer
	}{
		{"einstein", gzWNPer},
		{"american", -1}, // a kind of person, not an instance
		{"physicist", -1},
		{"international atomic energy agency", gzWNOrg},
		{"iaea", gzWNOrg},
		{"agency", -1}, // a common noun
		{"tirana", gzWNLoc},
		{"cape canaveral", gzWNLoc},
		{"google", -1}, // under no top
	}
	for _, tt := range tests {
		h := phraseOffset
		for _, w := range strings.Fields(tt.phrase) {
			h = phraseStep(h, w)
		}
		k, ok := b.g[h]
		switch {
		case tt.kind < 0 && ok:
			t.Errorf("%q in the gazetteer (kinds %b)", tt.phrase, k)
		case tt.kind >= 0 && k != 1<<tt.kind:
			t.Errorf("%q: kinds %b, want %b", tt.phrase, k, 1<<tt.kind)
		}
	}
}
