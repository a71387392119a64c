package tag

import (
	"math"
	"slices"
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
}

// slot holds a feature's key (its low 32 bits, never 0; the high bits
// chose the slot) and its weights: up to two entries inline
// (a, and b unless b is noEntry), or, when b's top byte is external, the
// start of its entries in ents (a) and their count (b's low bits). An
// entry is class<<16 | uint16(weight), so its top byte is zero.
type slot struct {
	key  uint32
	a, b uint32
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
	slots, ents, shift := t.slots, t.ents, t.shift&63
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
