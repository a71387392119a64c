package parse

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// rowsOnly returns a model that scores as m does but from start and
// packed, without the index.
func rowsOnly(m *Model) *Model {
	p := &Model{bits: m.bits, start: m.start, cls: m.cls, val: m.val}
	p.packed = make([]uint32, len(m.cls))
	for i, c := range m.cls {
		p.packed[i] = uint32(uint16(m.val[i]))<<16 | uint32(c)
	}
	return p
}

// TestScoreMatchesRows checks that scoring through the index, rows and
// padded ext gives the scores the plain rows give, on the features of
// every state of parsing the tiny treebank and on random features, and
// that stopping before the right arcs leaves the other classes' scores
// as they were.
func TestScoreMatchesRows(t *testing.T) {
	m := trainTiny(t)
	if m.index == nil {
		t.Fatal("tiny model has no index")
	}
	plain := rowsOnly(m)
	var feats [nFeatures]uint64
	var got, want [256]int32
	check := func(what string) {
		t.Helper()
		m.score(&feats, &got, 256)
		plain.score(&feats, &want, 256)
		if got != want {
			t.Fatalf("%s: scores differ:\n got %v\nwant %v", what, got[:len(m.classes)], want[:len(m.classes)])
		}
	}
	if m.below == 0 || m.classes[m.below].move != right || m.classes[m.below-1].move == right {
		t.Fatalf("below %d does not start the right arcs of %v", m.below, m.classes)
	}
	var part [256]int32
	states, stopped := 0, 0
	for _, sent := range readTiny(t) {
		var s state
		s.load(Tokens(sent), m.lex)
		for !s.terminal() {
			s.extract(feats[:])
			check("state")
			states++
			if len(s.stack) < 2 {
				// Where right arcs are illegal, the classes before them
				// score the same when scoring stops at them.
				m.score(&feats, &part, m.below)
				if !slices.Equal(part[:m.below], got[:m.below]) {
					t.Fatalf("state %d: stopping at %d changes the scores before it:\n got %v\nwant %v",
						states, m.below, part[:m.below], got[:m.below])
				}
				stopped++
			}
			c := m.classes[m.best(m.legal[legality(&s)], &got)]
			s.apply(int(c.move), c.label)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 1000 {
		for i := range feats {
			feats[i] = rng.Uint64()
		}
		check("random")
	}
	if states < 20 || stopped == 0 {
		t.Fatalf("only %d states, %d without right arcs", states, stopped)
	}
}

// TestRowTable checks the index on hand-made rows: empty, single,
// longer and padded rows, across the 32-bucket words of the index.
func TestRowTable(t *testing.T) {
	e := func(c uint8, w int16) uint32 { return uint32(uint16(w))<<16 | uint32(c) }
	tests := []struct {
		name string
		rows map[int][]uint32 // bucket -> entries
	}{
		{"empty", nil},
		{"single", map[int][]uint32{5: {e(3, -7)}}},
		{"long", map[int][]uint32{0: {e(1, 1), e(2, 2), e(3, 3), e(4, 4), e(5, 5)}}},
		{"mixed", map[int][]uint32{31: {e(0, 9)}, 32: {e(0, 1), e(7, -2)}, 63: {e(9, 100)}, 64: {e(1, 2), e(2, 3), e(3, 4), e(4, 5)}}},
	}
	const nb = 96
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var start, packed []uint32
			for b := range nb {
				start = append(start, uint32(len(packed)))
				packed = append(packed, tt.rows[b]...)
			}
			start = append(start, uint32(len(packed)))
			index, rows, ext := rowTable(start, packed)
			if index == nil {
				t.Fatal("no index")
			}
			for b := range nb {
				x := index[b/32]
				var row []uint32
				if x>>(b%32)&1 != 0 {
					r := rows[1+int(x>>32)+popcount(uint32(x)&(1<<(b%32)-1))]
					if r&slotExt == 0 {
						row = []uint32{r}
					} else {
						lo, n := r>>9, r&0xff+1
						if n%4 != 0 {
							t.Errorf("bucket %d: ext row of %d entries", b, n)
						}
						for _, v := range ext[lo : lo+n] {
							if v != padEntry {
								row = append(row, v)
							}
						}
					}
				}
				if want := tt.rows[b]; len(row) != len(want) || (len(want) > 0 && !equalU32(row, want)) {
					t.Errorf("bucket %d: row %x, want %x", b, row, want)
				}
			}
		})
	}
}

func popcount(x uint32) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

func equalU32(a, b []uint32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
