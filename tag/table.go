package tag

import (
	"math"
	"math/bits"
	"slices"

	"github.com/casus-project/casus/internal/vec"
)

// table maps features to sparse weight vectors over a set of classes,
// quantised to int16. It is read-only once built and safe for concurrent
// use.
//
// A decoded table's ents may be a view of the encoded model's bytes,
// which can be read-only memory: nothing may write to them.
type table struct {
	nClass int
	shift  uint     // 64 - log2(len(slots))
	slots  []slot   // open addressing on the feature's high bits
	ents   []uint32 // weight<<16 | class: see packExt
	// rows holds, nClass weights a row, the weights of the features
	// densify gave a dense row; nil for a table it has not seen.
	rows []int32
}

// slot holds a feature's key (its low 32 bits, never 0; the high bits
// chose the slot) and its weights: up to two entries inline
// (a, and b unless b is noEntry), or, when b's top byte is external, the
// start of its entries in ents (a) and their count (b's low bits); when
// b's top byte is denseRow, a dense row as well (see densify). An
// entry is class<<16 | uint16(weight), so its top byte is zero.
type slot struct {
	key  uint32
	a, b uint32
}

// fileB returns the slot's b as the model file holds it: a dense slot's
// is the external count it was read as (see denseRow).
func (s *slot) fileB() uint32 {
	if s.b>>24 == denseRow>>24 {
		return external | s.b&0xff
	}
	return s.b
}

// slotKey is the key a slot keeps of feature f.
func slotKey(f uint64) uint32 {
	if k := uint32(f); k != 0 {
		return k
	}
	return 1
}

const (
	noEntry  = 0xff000000
	external = 0xfe000000
	// denseRow marks, in memory only, an external slot whose weights
	// densify copied into a dense row: b is denseRow | row<<8 | count, and
	// a is still the start of its entries in ents, so that the table is
	// written as it was read (see fileB).
	denseRow = 0xfd000000
)

// entry is one weight of a feature, used while building a table.
type entry struct {
	class uint8
	w     int16
}

// newTable builds a table from feats, which maps a feature to its
// non-zero weights.
func newTable(nClass int, feats map[uint64][]entry) *table {
	t := makeTable(nClass, len(feats))
	keys := make([]uint64, 0, len(feats))
	for k := range feats {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		t.put(k, feats[k])
	}
	return t
}

// makeTable returns an empty table with room for n features.
func makeTable(nClass, n int) *table {
	size := 2
	for size*2 < n*3 {
		size <<= 1
	}
	return &table{nClass: nClass, slots: make([]slot, size), shift: uint(64 - bitsLen(size))}
}

// put adds feature f, which the table does not hold, with its weights
// es; a feature without weights is left out. The slot a feature takes
// depends on those put before it, so a table is built in a fixed order of
// features. put must not be called for more features than makeTable was
// given.
func (t *table) put(f uint64, es []entry) {
	if len(es) == 0 {
		return
	}
	mask := uint64(len(t.slots) - 1)
	i := f >> t.shift
	for t.slots[i].key != 0 {
		i = (i + 1) & mask
	}
	s := slot{key: slotKey(f), b: noEntry}
	switch len(es) {
	case 1:
		s.a = packEntry(es[0])
	case 2:
		s.a, s.b = packEntry(es[0]), packEntry(es[1])
	default:
		s.a, s.b = uint32(len(t.ents)), external|uint32(len(es))
		for _, e := range es {
			t.ents = append(t.ents, packExt(e))
		}
	}
	t.slots[i] = s
}

func packEntry(e entry) uint32 { return uint32(e.class)<<16 | uint32(uint16(e.w)) }

// packExt packs an entry of ents the other way round, weight<<16 | class,
// so that the scoring loop reads the class as the low byte and the
// weight with one arithmetic shift.
func packExt(e entry) uint32 { return uint32(uint16(e.w))<<16 | uint32(e.class) }

func bitsLen(size int) int {
	n := 0
	for size > 1 {
		size >>= 1
		n++
	}
	return n
}

// maxRows is how many dense rows a table may hold: a slot keeps the
// row's index in 16 bits.
const maxRows = 1 << 16

// densify gives each feature with weights for at least three quarters of
// the table's classes a dense row of them. Such features are few (519 of
// the embedded model's 195,711 in its first pass), but common: on the
// extraction dev split's text they are a third of the features the
// tagger finds, and hold seven in ten of the weights it adds. add adds a
// dense row without reading each weight's class, in fewer instructions
// than the entries, and the rows (102 kB in the first pass, 117 kB in
// the second) stay in the processor's cache. The sums are of integers,
// so the scores are those of the entries.
//
// A class at or above the table's count (which a corrupt file may hold:
// readTable does not check the classes of entries) is left out of the
// row: add's callers read only the first nClass scores.
//
// packed holds t's used slots in slot order and used is their bitmap
// (slot i is bit i%64 of word i/64), as readSlots returns them. densify
// reads each packed slot's b alone, and finds the slot's index in the
// bitmap only for the few it takes, so that a start does not walk all
// the slots of each pass, of which three in five are free.
func (t *table) densify(packed []slot, used []uint64) {
	least := external | uint32(max(3, t.nClass*3/4))
	w, before := 0, 0 // a word of used, and the used slots before it
	for k := range packed {
		// The slots wanted have b = external | count, count >= least's.
		if packed[k].b-least >= noEntry-least {
			continue
		}
		// Packed slot k is the (k-before)th used slot of word w.
		for ; w < len(used); w++ {
			n := bits.OnesCount64(used[w])
			if k < before+n {
				break
			}
			before += n
		}
		if w == len(used) {
			return
		}
		x := used[w]
		for range k - before {
			x &= x - 1
		}
		if !t.giveRow(w*64 + bits.TrailingZeros64(x)) {
			return
		}
	}
}

// giveRow gives slot i, an external slot, a dense row if it fits one,
// and reports false when the table holds all the rows it may.
func (t *table) giveRow(i int) bool {
	if i >= len(t.slots) {
		return true
	}
	nc, ents, s := t.nClass, t.ents, &t.slots[i]
	// A dense slot keeps the count in b's low byte: a count of 256
	// (every class of a table of 256, which newTable may build but
	// readTable refuses) keeps its entries.
	c := s.b & 0xffff
	if s.b>>24 != external>>24 || uint64(s.a)+uint64(c) > uint64(len(ents)) || c > uint32(nc) || c > 0xff {
		return true
	}
	if len(t.rows)/nc >= maxRows {
		return false
	}
	r := uint32(len(t.rows) / nc)
	t.rows = append(t.rows, make([]int32, nc)...)
	row := t.rows[len(t.rows)-nc:]
	for _, e := range ents[s.a : s.a+c] {
		if k := int(uint8(e)); k < nc {
			row[k] += int32(e) >> 16
		}
	}
	s.b = denseRow | r<<8 | c
	return true
}

// addRow adds row to the first len(row) scores, four at a time where
// the processor can (package vec).
func addRow(scores *[256]int32, row []int32) {
	vec.Add(scores[:], row)
}

// maxBatch is how many features add looks up together.
const maxBatch = 64

// add adds the weights of feats to scores.
//
// The slots of a batch of features are loaded first, in a loop with no
// branches, so that their cache misses overlap instead of queueing behind
// the probing loop's mispredicted branches; then the probing loop finds
// each feature's slot and loads its external entries, and only then are
// the weights added.
func (t *table) add(feats []uint64, scores *[256]int32) {
	for len(feats) > maxBatch {
		t.addBatch(feats[:maxBatch], scores)
		feats = feats[maxBatch:]
	}
	t.addBatch(feats, scores)
}

// addBatch is add for at most maxBatch features.
//
// The table's fields are read into locals first: the compiler reloads
// fields after every store otherwise. shift is below 64 (a table has at
// least two slots), which masking it tells the compiler.
func (t *table) addBatch(feats []uint64, scores *[256]int32) {
	slots, ents, rows, nc, shift := t.slots, t.ents, t.rows, t.nClass, t.shift&63
	mask := uint64(len(slots) - 1)
	var touch uint32
	for _, f := range feats {
		touch += slots[f>>shift].key
	}
	// Find each feature's slot, and load the external entries of those
	// that have more than two, so that those misses overlap too.
	var found [maxBatch]*slot
	n := 0
	for _, f := range feats {
		i, k := f>>shift, slotKey(f)
		for {
			s := &slots[i]
			if s.key == k {
				found[n] = s
				n++
				if s.b>>24 == external>>24 {
					// One load per cache line of the entries.
					for j := s.a; j < s.a+s.b&0xffff; j += 16 {
						touch += ents[j]
					}
				}
				break
			}
			if s.key == 0 {
				break
			}
			i = (i + 1) & mask
		}
	}
	if touch == 1 { // keeps the loads; the sum is never used
		scores[0] += 0
	}
	for _, s := range found[:n] {
		switch b := s.b; b >> 24 {
		case 0:
			scores[uint8(s.a>>16)] += int32(int16(s.a))
			scores[uint8(b>>16)] += int32(int16(b))
		case noEntry >> 24:
			scores[uint8(s.a>>16)] += int32(int16(s.a))
		case denseRow >> 24:
			o := int(b>>8&0xffff) * nc
			addRow(scores, rows[o:o+nc])
		default:
			// Unrolled by four: a feature's classes are distinct, so
			// the additions are independent. Indexing, rather than
			// reslicing, keeps the loop free of bounds checks and of
			// the slice's capacity.
			es := ents[s.a : s.a+b&0xffff]
			j := 0
			for ; j < len(es)-3; j += 4 {
				q := (*[4]uint32)(es[j : j+4])
				scores[uint8(q[0])] += int32(q[0]) >> 16
				scores[uint8(q[1])] += int32(q[1]) >> 16
				scores[uint8(q[2])] += int32(q[2]) >> 16
				scores[uint8(q[3])] += int32(q[3]) >> 16
			}
			for _, e := range es[j:] {
				scores[uint8(e)] += int32(e) >> 16
			}
		}
	}
}

// len reports the number of features.
func (t *table) len() int {
	n := 0
	for _, s := range t.slots {
		if s.key != 0 {
			n++
		}
	}
	return n
}

// quantise converts averaged float weights into int16 entries, dropping
// those whose magnitude is below minAbs, with one scale for the table.
func quantise(ws map[uint64][]fentry, minAbs float64) map[uint64][]entry {
	maxAbs := 0.0
	for _, es := range ws {
		for _, e := range es {
			maxAbs = max(maxAbs, math.Abs(e.w))
		}
	}
	out := make(map[uint64][]entry, len(ws))
	if maxAbs == 0 {
		return out
	}
	scale := 32767 / maxAbs
	for k, es := range ws {
		var q []entry
		for _, e := range es {
			if math.Abs(e.w) < minAbs {
				continue
			}
			v := math.Round(e.w * scale)
			if v == 0 {
				continue
			}
			q = append(q, entry{class: e.class, w: int16(v)})
		}
		if len(q) > 0 {
			out[k] = q
		}
	}
	return out
}

// fentry is an averaged weight before quantisation.
type fentry struct {
	class uint8
	w     float64
}
