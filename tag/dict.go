package tag

import "slices"

// dict is a read-only hash table from non-zero 64-bit hashes to non-zero
// values, with open addressing: faster than a Go map for the lexicon
// look-ups made for every word.
type dict struct {
	shift uint
	keys  []uint64
	vals  []uint64
	n     int
}

// newDict builds a dict of the non-zero entries of m.
func newDict[V uint8 | uint16 | uint64](m map[uint64]V) dict {
	d := makeDict(len(m))
	for k, v := range m {
		d.put(k, uint64(v))
	}
	return d
}

// makeDict returns an empty dict with room for n entries.
func makeDict(n int) dict {
	size := 2
	for size*2 < n*3 {
		size <<= 1
	}
	return dict{shift: uint(64 - bitsLen(size)), keys: make([]uint64, size), vals: make([]uint64, size)}
}

// put sets the value of k to v; a zero v is not stored. It must not be
// called more often than the n given to makeDict.
func (d *dict) put(k, v uint64) {
	if v == 0 {
		return
	}
	k = dictKey(k)
	mask := uint64(len(d.keys) - 1)
	i := (k * golden) >> d.shift
	for d.keys[i] != 0 && d.keys[i] != k {
		i = (i + 1) & mask
	}
	if d.keys[i] == 0 {
		d.n++
	}
	d.keys[i], d.vals[i] = k, v
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
	mask := uint64(len(d.keys) - 1)
	for i := (k * golden) >> d.shift; ; i = (i + 1) & mask {
		switch d.keys[i] {
		case k:
			return d.vals[i]
		case 0:
			return 0
		}
	}
}

// len returns the number of entries.
func (d *dict) len() int { return d.n }

// sortedKeys returns the keys in increasing order.
func (d *dict) sortedKeys() []uint64 {
	keys := make([]uint64, 0, d.n)
	for _, k := range d.keys {
		if k != 0 {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}
