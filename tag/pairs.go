package tag

import "sync/atomic"

// pairRows holds, for each pass, the class scores of the three features
// of a word that depend on the two tags before it alone (tTag1, tTag12
// and tTag2), summed once per pair of tags and kept. Those features are
// among the most common and carry the longest lists of weights (about 33
// and 35 classes for tTag1 and tTag2): adding one dense row instead
// costs fewer instructions and fewer look-ups. The sums are of integers,
// so the scores, and the tags, are exactly those of scoring the three
// features.
//
// Rows are filled as pairs are first met and never changed, so the
// rows are safe for concurrent use without locks.
type pairRows struct {
	n    int                          // the number of tags
	rows [2][]atomic.Pointer[[]int32] // per pass, (n+3)^2 pairs (see pairIndex)
}

// newPairRows returns empty rows for a model of n tags.
func newPairRows(n int) *pairRows {
	p := &pairRows{n: n}
	for k := range p.rows {
		p.rows[k] = make([]atomic.Pointer[[]int32], (n+3)*(n+3))
	}
	return p
}

// pairIndex returns the place among n+3 of a value leftTags gives: a tag,
// no tag or one of the two pads before the sentence.
func pairIndex(v uint64, n int) int {
	switch v {
	case noTag:
		return n
	case padStart2:
		return n + 1
	case padStart1:
		return n + 2
	}
	return int(v - 1)
}

// row returns the class scores in t, the table of pass k (0 or 1), of the
// tag features of t1 and t2, the values of the tags one and two before a
// word (see leftTags). Words tagged at once in several goroutines may
// compute a row twice, and keep the first.
func (p *pairRows) row(t *table, k int, t1, t2 uint64) []int32 {
	a, b := pairIndex(t1, p.n), pairIndex(t2, p.n)
	if a < 0 || a >= p.n+3 || b < 0 || b >= p.n+3 {
		return p.compute(t, t1, t2)
	}
	s := &p.rows[k][a*(p.n+3)+b]
	if r := s.Load(); r != nil {
		return *r
	}
	r := p.compute(t, t1, t2)
	if !s.CompareAndSwap(nil, &r) {
		return *s.Load()
	}
	return r
}

// compute returns the class scores in t of the tag features of t1 and t2.
func (p *pairRows) compute(t *table, t1, t2 uint64) []int32 {
	var scores [256]int32
	t.add(pairFeatures(nil, t1, t2), &scores)
	out := make([]int32, p.n)
	copy(out, scores[:p.n])
	return out
}
