package vec

import "math"

// Add adds src to the first len(src) elements of dst: dst[i] += src[i].
// It panics, as an index out of range does, if dst is shorter than src.
func Add(dst, src []int32) {
	if len(src) == 0 {
		return
	}
	_ = dst[len(src)-1]
	add(&dst[0], &src[0], len(src))
}

// Sum3 sets the first len(a) elements of dst to a[i] + b[i] + c[i].
// It panics, as an index out of range does, if dst, b or c is shorter
// than a.
func Sum3(dst, a, b, c []int32) {
	if len(a) == 0 {
		return
	}
	n := len(a)
	_, _, _ = dst[n-1], b[n-1], c[n-1]
	sum3(&dst[0], &a[0], &b[0], &c[0], n)
}

// ArgMax returns the index of the first greatest element of s, and that
// element; -1 and math.MinInt32 for an empty s.
func ArgMax(s []int32) (int, int32) {
	if len(s) == 0 {
		return -1, math.MinInt32
	}
	return argMax(&s[0], len(s))
}
