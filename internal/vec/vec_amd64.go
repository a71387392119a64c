package vec

// add adds the n int32 at src to those at dst (vec_amd64.s).
//
//go:noescape
func add(dst, src *int32, n int)

// sum3 sets the n int32 at dst to the sums of those at a, b and c
// (vec_amd64.s).
//
//go:noescape
func sum3(dst, a, b, c *int32, n int)

// argMax returns the index of the first greatest of the n int32 at s,
// n > 0, and its value (vec_amd64.s).
//
//go:noescape
func argMax(s *int32, n int) (int, int32)
