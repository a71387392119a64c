package tag

import (
	"bytes"
	"slices"
	"testing"

	"github.com/casus-project/casus/model"
)

// sparse returns a copy of tb with its dense rows undone: each dense slot
// back to its external entries, as the model file holds it.
func sparse(tb *table) *table {
	u := *tb
	u.slots, u.rows = slices.Clone(tb.slots), nil
	for i := range u.slots {
		u.slots[i].b = u.slots[i].fileB()
	}
	return &u
}

// usedSlots returns the slots whose keys are set, in slot order, and
// their bitmap, as readSlots returns them.
func usedSlots(slots []slot) ([]slot, []uint64) {
	var packed []slot
	words := make([]uint64, (len(slots)+63)/64)
	for i, s := range slots {
		if s.key != 0 {
			packed = append(packed, s)
			words[i/64] |= 1 << (i % 64)
		}
	}
	return packed, words
}

// allBits returns a bitmap of n slots, every one set.
func allBits(n int) []uint64 {
	words := make([]uint64, (n+63)/64)
	for i := range n {
		words[i/64] |= 1 << (i % 64)
	}
	return words
}

// denseCount returns how many of tb's slots have a dense row.
func denseCount(tb *table) int {
	n := 0
	for _, s := range tb.slots {
		if s.key != 0 && s.b>>24 == denseRow>>24 {
			n++
		}
	}
	return n
}

// TestDensify checks that the features densify gives a dense row add the
// scores their entries add, that only features of many classes get one,
// and that a densified table is written as it was read.
func TestDensify(t *testing.T) {
	const nc = 8
	all := func(w int16) []entry {
		var es []entry
		for c := range nc {
			es = append(es, entry{uint8(c), w * int16(c+1)})
		}
		return es
	}
	feats := map[uint64][]entry{
		0x1000000000000001: {{3, 40}},                                        // inline
		0x2000000000000002: {{1, -7}, {6, 9}},                                // inline pair
		0x3000000000000003: {{0, 5}, {2, -6}, {7, 8}},                        // external, few classes
		0x4000000000000004: all(-3),                                          // every class
		0x5000000000000005: {{7, 1}, {6, 2}, {5, 3}, {4, 4}, {3, 5}, {1, 6}}, // three quarters, unordered
		0x6000000000000006: all(11),
	}
	tb := newTable(nc, feats)
	var want bytes.Buffer
	writeTable(&want, tb)
	plain := sparse(tb)
	tb.densify(usedSlots(tb.slots))
	if got := denseCount(tb); got != 3 {
		t.Fatalf("densify gave %d features a dense row, want 3 (every class twice, three quarters once)", got)
	}
	var got bytes.Buffer
	writeTable(&got, tb)
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Error("a densified table writes other bytes than before")
	}
	tests := []struct {
		name  string
		feats []uint64
	}{
		{"none", nil},
		{"dense alone", []uint64{0x4000000000000004}},
		{"dense twice", []uint64{0x6000000000000006, 0x6000000000000006}},
		{"every kind", []uint64{0x1000000000000001, 0x2000000000000002, 0x3000000000000003, 0x4000000000000004, 0x5000000000000005, 0x6000000000000006}},
		{"missing features", []uint64{0x7000000000000007, 0x5000000000000005, 0x1000000000000002}},
	}
	for _, tc := range tests {
		var want, got [256]int32
		plain.add(tc.feats, &want)
		tb.add(tc.feats, &got)
		if got != want {
			t.Errorf("%s: scores %v, want %v", tc.name, got[:nc], want[:nc])
		}
	}
}

// TestDensifyBadClass checks that an entry whose class is past the
// table's classes, which a corrupt file may hold, is left out of a dense
// row: the classes a caller reads score as the entries do.
func TestDensifyBadClass(t *testing.T) {
	const nc = 4
	tb := newTable(nc, map[uint64][]entry{0x1000000000000001: {{0, 1}, {1, 2}, {2, 3}, {3, 4}}})
	for i := range tb.ents {
		if uint8(tb.ents[i]) == 3 {
			tb.ents[i] = tb.ents[i]&^0xff | 200 // class 200 of 4
		}
	}
	plain := sparse(tb)
	tb.densify(usedSlots(tb.slots))
	if denseCount(tb) != 1 {
		t.Fatal("the feature got no dense row")
	}
	var want, got [256]int32
	plain.add([]uint64{0x1000000000000001}, &want)
	tb.add([]uint64{0x1000000000000001}, &got)
	if !slices.Equal(got[:nc], want[:nc]) {
		t.Errorf("scores %v, want %v", got[:nc], want[:nc])
	}
}

// TestDensifyDefault checks that the embedded model's passes, which
// Decode densifies, score every word of a text as their entries do.
func TestDensifyDefault(t *testing.T) {
	m := decodeDefault(t)
	plain := map[*table]*table{m.pass1: sparse(m.pass1), m.pass2: sparse(m.pass2)}
	for tb := range plain {
		if denseCount(tb) == 0 {
			t.Fatal("Decode gave no feature a dense row")
		}
	}
	n := len(m.xpos)
	eachScored(m, func(ws *workspace, toks []model.Token, k int, tb *table, right []int, i int) {
		fs := xposFeatures(nil, ws.words, i, ws.left, right, m.verbal)
		var want, got [256]int32
		plain[tb].add(fs, &want)
		tb.add(fs, &got)
		if !slices.Equal(got[:n], want[:n]) {
			t.Errorf("pass %d, %q: scores differ", k+1, toks[i].Form)
		}
	})
}

// TestDensifyUsedSlots checks that the embedded model's passes, which
// Decode densifies visiting the used slots alone, have the dense rows
// and slots that visiting every slot gives.
func TestDensifyUsedSlots(t *testing.T) {
	m := decodeDefault(t)
	for k, tb := range []*table{m.pass1, m.pass2} {
		every := sparse(tb)
		every.densify(slices.Clone(every.slots), allBits(len(every.slots)))
		if !slices.Equal(tb.slots, every.slots) {
			t.Errorf("pass %d: slots differ from those of every slot densified", k+1)
		}
		if !slices.Equal(tb.rows, every.rows) {
			t.Errorf("pass %d: %d dense weights, want %d", k+1, len(tb.rows), len(every.rows))
		}
	}
}

// TestAddRow checks addRow against adding each weight in turn, for rows
// shorter than its eight a turn, of whole turns, and with some left over.
func TestAddRow(t *testing.T) {
	for _, n := range []int{0, 1, 7, 8, 9, 16, 49, 255} {
		var got, want [256]int32
		row := make([]int32, n)
		for i := range row {
			row[i] = int32(i*37%101 - 50)
			got[i], want[i] = int32(i), int32(i)
		}
		got[n], want[n] = 99, 99 // past the row: untouched
		for i, v := range row {
			want[i] += v
		}
		addRow(&got, row)
		if got != want {
			t.Errorf("row of %d: scores differ", n)
		}
	}
}

// TestDensifyAllClasses checks a table of 256 classes, as newTable may
// build, whose feature has a weight for every class: a count that fills
// more than a dense slot's eight bits gets no dense row, and the scores
// and the written table are those of the entries.
func TestDensifyAllClasses(t *testing.T) {
	const nc = 256
	var es []entry
	for c := range nc {
		es = append(es, entry{uint8(c), int16(c%7 - 3)})
	}
	f := uint64(0x1000000000000001)
	tb := newTable(nc, map[uint64][]entry{f: es, 0x2000000000000002: es[:200]})
	var before bytes.Buffer
	writeTable(&before, tb)
	plain := sparse(tb)
	tb.densify(usedSlots(tb.slots))
	var after bytes.Buffer
	writeTable(&after, tb)
	if !bytes.Equal(after.Bytes(), before.Bytes()) {
		t.Error("a densified table writes other bytes than before")
	}
	feats := []uint64{f, 0x2000000000000002}
	var want, got [256]int32
	plain.add(feats, &want)
	tb.add(feats, &got)
	if got != want {
		t.Errorf("scores %v, want %v", got, want)
	}
}
