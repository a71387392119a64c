//go:build !amd64

package vec

import "unsafe"

// add adds the n int32 at src to those at dst.
func add(dst, src *int32, n int) {
	d, s := unsafe.Slice(dst, n), unsafe.Slice(src, n)
	for i, v := range s {
		d[i] += v
	}
}

// sum3 sets the n int32 at dst to the sums of those at a, b and c.
func sum3(dst, a, b, c *int32, n int) {
	d, x, y, z := unsafe.Slice(dst, n), unsafe.Slice(a, n), unsafe.Slice(b, n), unsafe.Slice(c, n)
	for i := range d {
		d[i] = x[i] + y[i] + z[i]
	}
}

// argMax returns the index of the first greatest of the n int32 at s,
// n > 0, and its value.
func argMax(s *int32, n int) (int, int32) {
	v := unsafe.Slice(s, n)
	bi, bs := 0, v[0]
	for i, x := range v[1:] {
		if x > bs {
			bi, bs = i+1, x
		}
	}
	return bi, bs
}
