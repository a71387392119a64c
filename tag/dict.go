package tag

import (
	"maps"
	"slices"
)

// dict is a read-only hash table from non-zero 64-bit hashes to non-zero
// values, with open addressing: faster than a Go map for the lexicon
// look-ups made for every word. A key and its value are kept side by
// side, so that a look-up reads one cache line.
type dict struct {
	shift uint
	ents  []dictEntry
	n     int
}

type dictEntry struct{ key, val uint64 }

// newDict builds a dict of the non-zero entries of m. The keys are put
// in increasing order, so that the layout, and the encoded model, do not
// depend on the map's order.
func newDict[V uint8 | uint16 | uint64](m map[uint64]V) dict {
	d := makeDict(len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		d.put(k, uint64(m[k]))
	}
	return d
}

// makeDict returns an empty dict with room for n entries: a power of two
// of slots, at most three quarters of them used.
func makeDict(n int) dict {
	size := 2
	for size*3 < n*4 {
		size <<= 1
	}
	return dict{shift: uint(64 - bitsLen(size)), ents: make([]dictEntry, size)}
}

// put sets the value of k to v; a zero v is not stored. It must not be
// called more often than the n given to makeDict.
func (d *dict) put(k, v uint64) {
	if v == 0 {
		return
	}
	k = dictKey(k)
	mask := uint64(len(d.ents) - 1)
	i := (k * golden) >> d.shift
	for d.ents[i].key != 0 && d.ents[i].key != k {
		i = (i + 1) & mask
	}
	if d.ents[i].key == 0 {
		d.n++
	}
	d.ents[i] = dictEntry{k, v}
}

func dictKey(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

// get returns the value of k, or 0.
func (d *dict) get(k uint64) uint64 {
	if d.n == 0 {
		return 0
	}
	k = dictKey(k)
	mask := uint64(len(d.ents) - 1)
	for i := (k * golden) >> d.shift; ; i = (i + 1) & mask {
		switch e := &d.ents[i]; e.key {
		case k:
			return e.val
		case 0:
			return 0
		}
	}
}

// len returns the number of entries.
func (d *dict) len() int { return d.n }
