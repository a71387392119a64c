package parse

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/casus-project/casus/conllu"
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
	var feats featVec
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

// TestScoreStepMatchesScore checks that scoring a step with the scores
// of the buffer's and the stack words' features kept from earlier steps
// gives the scores that scoring every
// feature gives, in every state of parsing the tiny treebank with the
// tiny model and EWT dev sentences with the default model (where the
// right arcs are illegal, the classes before them).
func TestScoreStepMatchesScore(t *testing.T) {
	check := func(t *testing.T, m *Model, sents []*conllu.Sentence) {
		var w work
		var want [256]int32
		steps, kept, keptRole, keptStack := 0, 0, 0, 0
		for _, sent := range sents {
			w.st.load(Tokens(sent), m.lex)
			w.reset(w.st.n, len(m.classes))
			for !w.st.terminal() {
				// w.feats keeps the last step's features: scoreStep must
				// write those of every group it scores.
				var full featVec
				w.st.extract(full[:])
				stop, n := 256, len(m.classes)
				if len(w.st.stack) < 2 && m.below > 0 {
					stop, n = m.below, m.below
				}
				if w.frontOK {
					kept++
				}
				if k := len(w.st.stack); k > 0 {
					r := nRoles * int(w.st.stack[k-1])
					if r < len(w.roleOK) && w.roleOK[r+roleS0] {
						keptRole++
					}
					if r < len(w.roleOK) && !w.roleOK[r+roleS0] && w.roleOK[r+roleStack] {
						keptStack++
					}
				}
				m.scoreStep(&w, stop)
				m.score(&full, &want, stop)
				if !slices.Equal(w.acc[:n], want[:n]) {
					t.Fatalf("step %d: scores differ:\n got %v\nwant %v", steps, w.acc[:n], want[:n])
				}
				steps++
				c := m.classes[m.best(m.legal[legality(&w.st)], &w.acc)]
				w.st.apply(int(c.move), c.label)
				w.moved(c.move)
			}
		}
		if steps < 20 || kept == 0 || keptRole == 0 || keptStack == 0 {
			t.Fatalf("only %d steps, %d with the front's scores kept, %d with s0's, %d with s0's stack features' alone",
				steps, kept, keptRole, keptStack)
		}
	}
	t.Run("tiny", func(t *testing.T) { check(t, trainTiny(t), readTiny(t)) })
	t.Run("ewt", func(t *testing.T) {
		sents, err := conllu.ReadFile(ewtPath(t, "en_ewt-ud-dev.conllu"))
		if err != nil {
			t.Skip(err)
		}
		check(t, defaultModel(t), sents[:min(len(sents), 300)])
	})
	t.Run("long", func(t *testing.T) {
		sents, err := conllu.ReadFile(ewtPath(t, "en_ewt-ud-dev.conllu"))
		if err != nil {
			t.Skip(err)
		}
		// One sentence of more than maxRoleWords words, for which
		// nothing is kept per word, then a short one that keeps again.
		long := &conllu.Sentence{}
		for _, s := range sents {
			if len(long.Words) > maxRoleWords+50 {
				break
			}
			long.Words = append(long.Words, s.Words...)
		}
		check(t, defaultModel(t), []*conllu.Sentence{long, sents[0]})
	})
}

// TestFeatureOrder checks that featureOrder lists every feature once and
// that its groups read what it says: changing the stack leaves the
// buffer and front features as they were, and changing the front's
// children leaves the buffer features; the features of s0 and s1 are
// the same wherever the same words with the same children are there,
// and those of s0 change when it gets a right child.
func TestFeatureOrder(t *testing.T) {
	order, ends := featureOrder()
	nBuf, nFront := ends[gBuf], ends[gFront]
	seen := make(map[uint8]bool)
	for _, f := range order {
		if int(f) >= nFeatures || seen[f] {
			t.Fatalf("feature %d out of range or listed twice in %v", f, order)
		}
		seen[f] = true
	}
	if !slices.IsSorted(ends[:]) || nBuf <= 0 || ends[nGroups-1] >= nFeatures {
		t.Fatalf("groups end at %v", ends)
	}
	sent := readTiny(t)[0]
	n := len(sent.Words)
	if n < 5 {
		t.Fatal("first tiny sentence too short")
	}
	m := trainTiny(t)
	var s state
	var before, after [nFeatures]uint64
	s.load(Tokens(sent), m.lex)
	// Stack 0 1 2, front 3; then 2 becomes a right dependent of 1 (the
	// stack changes), then 1 a left dependent of 3 (the front's children
	// change).
	for range 3 {
		s.apply(shift, 0)
	}
	tests := []struct {
		move int
		keep int // features of order[:keep] must not change
	}{
		{right, nFront},
		{left, nBuf},
	}
	for _, tt := range tests {
		s.extract(before[:])
		s.apply(tt.move, 1)
		s.extract(after[:])
		for _, f := range order[:tt.keep] {
			if before[f] != after[f] {
				t.Errorf("move %d changed feature %d", tt.move, f)
			}
		}
		changed := 0
		for _, f := range order[tt.keep:] {
			if before[f] != after[f] {
				changed++
			}
		}
		if changed == 0 {
			t.Errorf("move %d changed no feature after the first %d", tt.move, tt.keep)
		}
	}
}

// TestFeatureOrderRoles checks the s0 and s1 groups of featureOrder: the
// same words with the same children at s0 and s1 give the same features
// of those groups under another front, and a right child of s0 changes
// its features and leaves those of s1.
func TestFeatureOrderRoles(t *testing.T) {
	order, ends := featureOrder()
	s0g, s0r, s1g := order[ends[gFront]:ends[gS0R]], order[ends[gS0]:ends[gS0R]], order[ends[gS0R]:ends[gS1]]
	stack := order[ends[gFront]:ends[gS0]]
	sent := readTiny(t)[0]
	if len(sent.Words) < 5 {
		t.Fatal("first tiny sentence too short")
	}
	m := trainTiny(t)
	var s state
	var x, y [nFeatures]uint64
	s.load(Tokens(sent), m.lex)
	diff := func(a, b *[nFeatures]uint64, fs []uint8) int {
		d := 0
		for _, f := range fs {
			if a[f] != b[f] {
				d++
			}
		}
		return d
	}
	s.apply(shift, 0)
	s.apply(shift, 0)
	s.extract(x[:]) // stack 0 1, front 2
	s.apply(shift, 0)
	s.apply(left, 1)
	s.extract(y[:]) // stack 0 1, front 3 with the child 2
	if d := diff(&x, &y, s0g) + diff(&x, &y, s1g); d != 0 {
		t.Errorf("another front changed %d features of s0 and s1", d)
	}
	if diff(&x, &y, order[:ends[gBuf]]) == 0 {
		t.Error("another front changed no buffer feature")
	}
	s.apply(shift, 0)
	s.apply(right, 1)
	s.extract(x[:]) // stack 0 1, 1 with the right child 3
	if diff(&x, &y, s0r) == 0 {
		t.Error("a right child of s0 changed none of its right side's features")
	}
	if d := diff(&x, &y, stack); d != 0 {
		t.Errorf("a right child of s0 changed %d features of s0 with the stack below", d)
	}
	if d := diff(&x, &y, s1g); d != 0 {
		t.Errorf("a right child of s0 changed %d features of s1", d)
	}
}

// TestExtractSome checks that extractSome writes, for each group of
// featureOrder, exactly that group's features and those of no group, and
// the values extract writes.
func TestExtractSome(t *testing.T) {
	order, ends := featureOrder()
	m := trainTiny(t)
	sent := readTiny(t)[2]
	var s state
	s.load(Tokens(sent), m.lex)
	s.apply(shift, 0)
	s.apply(shift, 0)
	s.apply(shift, 0)
	s.apply(right, 1)
	var full [nFeatures]uint64
	s.extract(full[:])
	const unset = 1<<64 - 1
	for g := range nGroups {
		want := make(map[uint8]bool)
		lo := 0
		if g > 0 {
			lo = ends[g-1]
		}
		for _, f := range order[lo:ends[g]] {
			want[f] = true
		}
		for _, f := range order[ends[nGroups-1]:] {
			want[f] = true
		}
		var out [nFeatures]uint64
		for i := range out {
			out[i] = unset
		}
		s.extractSome(out[:], 1<<g)
		for f := range uint8(nFeatures) {
			switch {
			case want[f] && out[f] != full[f]:
				t.Errorf("group %d: feature %d is %x, want %x", g, f, out[f], full[f])
			case !want[f] && out[f] != unset:
				t.Errorf("group %d: feature %d of another group written", g, f)
			}
		}
	}
}

// TestAddQuads checks addQuads, which reads two quads a turn without
// bounds checks, addQuadsPortable and addQuadsBelow against entry-by-entry addition, on
// rows of one to five quads at the start, middle and end of the quads.
func TestAddQuads(t *testing.T) {
	e := func(c uint8, w int16) uint32 { return uint32(uint16(w))<<16 | uint32(c) }
	quads := make([]quad, 16)
	for i := range quads {
		for j := range quads[i] {
			// Distinct classes in class order within a row of up to
			// five quads.
			quads[i][j] = e(uint8(4*(i%5)+j), int16(100*i-7*j-800))
		}
	}
	tests := []struct {
		name   string
		lo, hi []uint32 // quads
	}{
		{"none", nil, nil},
		{"one", []uint32{0}, []uint32{1}},
		{"two", []uint32{5}, []uint32{7}},
		{"three", []uint32{10}, []uint32{13}},
		{"four at the end", []uint32{12}, []uint32{16}},
		{"five", []uint32{0}, []uint32{5}},
		{"several", []uint32{0, 5, 11, 15}, []uint32{3, 9, 12, 16}},
	}
	for _, tt := range tests {
		for _, stop := range []int{256, 9} {
			t.Run(fmt.Sprintf("%s/%d", tt.name, stop), func(t *testing.T) {
				var got, want [256]int32
				got[3], want[3] = 11, 11 // added to, not overwritten
				var long []uint32
				for i := range tt.lo {
					long = append(long, slotExt|tt.lo[i]<<11|(4*(tt.hi[i]-tt.lo[i])-1))
					for _, q := range quads[tt.lo[i]:tt.hi[i]] {
						if int(uint8(q[0])) >= stop {
							break
						}
						for _, x := range q {
							want[uint8(x)] += int32(x) >> 16
						}
					}
				}
				if stop < 256 {
					addQuadsBelow(quads, long, &got, uint8(stop))
				} else {
					addQuads(quads, long, &got)
					port := [256]int32{3: 11}
					addQuadsPortable(quads, long, &port)
					if port != want {
						t.Errorf("portable: got %v\nwant %v", port[:20], want[:20])
					}
				}
				if got != want {
					t.Errorf("got %v\nwant %v", got[:20], want[:20])
				}
			})
		}
	}
}
