package tag

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// table maps features to sparse weight vectors over a set of classes,
// quantised to int16. It is read-only once built and safe for concurrent
// use.
type table struct {
	nClass int
	shift  uint     // 64 - log2(len(slots))
	slots  []slot   // open addressing on the feature's high bits
	full   []uint64 // the whole feature of each used slot, for writing
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
	return &table{nClass: nClass, slots: make([]slot, size), full: make([]uint64, size), shift: uint(64 - bitsLen(size))}
}

// put adds feature f with its weights es; a feature without weights is
// left out. It reports false, changing nothing, if f is already there.
// It must not be called for more features than makeTable was given.
func (t *table) put(f uint64, es []entry) bool {
	if len(es) == 0 {
		return true
	}
	mask := uint64(len(t.slots) - 1)
	i := f >> t.shift
	for t.slots[i].key != 0 {
		if t.full[i] == f {
			return false
		}
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
	t.slots[i], t.full[i] = s, f
	return true
}

func packEntry(e entry) uint32 { return uint32(e.class)<<16 | uint32(uint16(e.w)) }

func unpackEntry(v uint32) entry { return entry{class: uint8(v >> 16), w: int16(v)} }

// packExt packs an entry of ents the other way round, weight<<16 | class,
// so that the scoring loop reads the class as the low byte and the
// weight with one arithmetic shift.
func packExt(e entry) uint32 { return uint32(uint16(e.w))<<16 | uint32(e.class) }

func unpackExt(v uint32) entry { return entry{class: uint8(v), w: int16(v >> 16)} }

// entries appends the entries of s to es.
func (t *table) entries(es []entry, s *slot) []entry {
	switch s.b >> 24 {
	case 0:
		return append(es, unpackEntry(s.a), unpackEntry(s.b))
	case noEntry >> 24:
		return append(es, unpackEntry(s.a))
	}
	for _, v := range t.ents[s.a : s.a+s.b&0xffff] {
		es = append(es, unpackExt(v))
	}
	return es
}

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
func (t *table) addBatch(feats []uint64, scores *[256]int32) {
	mask := uint64(len(t.slots) - 1)
	var touch uint32
	for _, f := range feats {
		touch += t.slots[f>>t.shift].key
	}
	// Find each feature's slot, and load the external entries of those
	// that have more than two, so that those misses overlap too.
	var found [maxBatch]*slot
	n := 0
	for _, f := range feats {
		i, k := f>>t.shift, slotKey(f)
		for {
			s := &t.slots[i]
			if s.key == k {
				found[n] = s
				n++
				if s.b>>24 == external>>24 {
					// One load per cache line of the entries.
					for j := s.a; j < s.a+s.b&0xffff; j += 16 {
						touch += t.ents[j]
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
			// the additions are independent.
			es := t.ents[s.a : s.a+b&0xffff]
			for len(es) >= 4 {
				e0, e1, e2, e3 := es[0], es[1], es[2], es[3]
				scores[uint8(e0)] += int32(e0) >> 16
				scores[uint8(e1)] += int32(e1) >> 16
				scores[uint8(e2)] += int32(e2) >> 16
				scores[uint8(e3)] += int32(e3) >> 16
				es = es[4:]
			}
			for _, e := range es {
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

// peek returns the next n bytes of r without consuming them, as
// bufio.Reader.Peek does (they are valid until r is read or discarded
// from), failing as io.ReadFull would on a short input: io.EOF at the
// end, io.ErrUnexpectedEOF inside the n bytes.
func peek(r *bufio.Reader, n int) ([]byte, error) {
	b, err := r.Peek(n)
	if err == nil {
		return b, nil
	}
	if err == io.EOF && len(b) > 0 {
		err = io.ErrUnexpectedEOF
	}
	return nil, err
}

// maxFeature is the longest a feature is written: its key, its entry
// count and at most 255 entries of 3 bytes.
const maxFeature = 9 + 3*255

// maxPrealloc bounds the entries that decoding allocates room for on the
// word of a count it has read, before the entries themselves are read.
const maxPrealloc = 1 << 20

// errCorrupt is wrapped by decoding errors.
var errCorrupt = errors.New("corrupt model")

// writeTable writes t: class count, feature count, then per feature its
// key, its entry count and entries, in key order.
func writeTable(w *bufio.Writer, t *table) error {
	var all []int
	for i := range t.slots {
		if t.slots[i].key != 0 {
			all = append(all, i)
		}
	}
	slices.SortFunc(all, func(a, b int) int { return cmp.Compare(t.full[a], t.full[b]) })
	writeUvarint(w, uint64(t.nClass))
	writeUvarint(w, uint64(len(all)))
	var b [8]byte
	var es []entry
	for _, i := range all {
		binary.LittleEndian.PutUint64(b[:], t.full[i])
		w.Write(b[:])
		es = t.entries(es[:0], &t.slots[i])
		w.WriteByte(byte(len(es)))
		for _, e := range es {
			w.WriteByte(e.class)
			w.WriteByte(byte(e.w))
			w.WriteByte(byte(uint16(e.w) >> 8))
		}
	}
	return nil
}

func readTable(r *bufio.Reader) (*table, error) {
	nClass, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, err
	}
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, err
	}
	if nClass == 0 || nClass > 255 || n > 1<<26 {
		return nil, fmt.Errorf("%w: table of %d classes, %d features", errCorrupt, nClass, n)
	}
	// The features are gathered first and the table sized by how many
	// there are, so a corrupt count cannot make it allocate much more
	// than the input holds (the slices start at the size the count gives,
	// up to a bound, and grow only past it); no map is built, as decoding
	// is in every run's start-up.
	keys := make([]uint64, 0, min(n, maxPrealloc))
	counts := make([]uint8, 0, min(n, maxPrealloc))
	es := make([]entry, 0, min(3*n, maxPrealloc))
	for read := uint64(0); read < n; {
		// The features are parsed where the reader buffers them,
		// without copying, as many whole ones at a time as it holds:
		// at least one, as the reader's buffer holds the longest.
		if _, err := peek(r, min(r.Size(), maxFeature)); err != nil && r.Buffered() == 0 {
			return nil, err
		}
		b, _ := r.Peek(r.Buffered())
		off := 0
		for read < n && off+9 <= len(b) {
			key, c := binary.LittleEndian.Uint64(b[off:]), b[off+8]
			if key == 0 || int(c) > int(nClass) {
				return nil, fmt.Errorf("%w: bad feature", errCorrupt)
			}
			end := off + 9 + 3*int(c)
			if end > len(b) {
				break
			}
			for e := b[off+9 : end]; len(e) >= 3; e = e[3:] {
				if uint64(e[0]) >= nClass {
					return nil, fmt.Errorf("%w: class %d of %d", errCorrupt, e[0], nClass)
				}
				es = append(es, entry{class: e[0], w: int16(uint16(e[1]) | uint16(e[2])<<8)})
			}
			keys = append(keys, key)
			counts = append(counts, c)
			off = end
			read++
		}
		if off == 0 {
			// Not one whole feature before the end of the input.
			return nil, io.ErrUnexpectedEOF
		}
		r.Discard(off)
	}
	t := makeTable(int(nClass), len(keys))
	ext := 0
	for _, c := range counts {
		if c > 2 {
			ext += int(c)
		}
	}
	t.ents = make([]uint32, 0, ext)
	for i, k := range keys {
		c := int(counts[i])
		if !t.put(k, es[:c]) {
			return nil, fmt.Errorf("%w: duplicate feature", errCorrupt)
		}
		es = es[c:]
	}
	return t, nil
}

func writeUvarint(w *bufio.Writer, v uint64) {
	var b [binary.MaxVarintLen64]byte
	w.Write(b[:binary.PutUvarint(b[:], v)])
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
