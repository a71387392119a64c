package parse

// Moves of the arc-hybrid system. The buffer holds the words 0..n-1 followed
// by the artificial root at index n.
const (
	shift = iota // push b0 onto the stack
	left         // s0 becomes a dependent of b0; pop s0
	right        // s0 becomes a dependent of s1; pop s0
)

// none marks an absent position or child.
const none = -1

// state is a parser configuration plus what the features read from it. Its
// slices are reused from sentence to sentence.
type state struct {
	n     int     // words; the root is at index n
	stack []int32 // positions, top last
	b     int     // front of the buffer, 0..n

	head  []int32  // assigned head, none if unattached
	label []uint16 // assigned label id

	lc1, lc2, rc1, rc2 []int32  // leftmost, 2nd leftmost, rightmost, 2nd rightmost child
	nl, nr             []uint8  // left and right valency (saturating)
	lset, rset         []uint64 // sets of left and right child labels

	word, tag []uint64 // hashed word and tag of positions 0..n
	// Hashed word class of positions 0..n: short and long path prefixes
	// and whole path (see lexicon).
	c4, c6, cf []uint64
}

// reset prepares s for a sentence of n words.
func (s *state) reset(n int) {
	s.n = n
	s.stack = s.stack[:0]
	s.b = 0
	m := n + 1
	s.head = grow(s.head, m)
	s.label = growU16(s.label, m)
	s.lc1 = grow(s.lc1, m)
	s.lc2 = grow(s.lc2, m)
	s.rc1 = grow(s.rc1, m)
	s.rc2 = grow(s.rc2, m)
	if cap(s.nl) < m {
		s.nl, s.nr = make([]uint8, m), make([]uint8, m)
		s.lset, s.rset = make([]uint64, m), make([]uint64, m)
		s.word, s.tag = make([]uint64, m), make([]uint64, m)
		s.c4, s.c6, s.cf = make([]uint64, m), make([]uint64, m), make([]uint64, m)
	}
	s.nl, s.nr = s.nl[:m], s.nr[:m]
	s.lset, s.rset = s.lset[:m], s.rset[:m]
	s.word, s.tag = s.word[:m], s.tag[:m]
	s.c4, s.c6, s.cf = s.c4[:m], s.c6[:m], s.cf[:m]
	for i := range m {
		s.head[i], s.lc1[i], s.lc2[i], s.rc1[i], s.rc2[i] = none, none, none, none, none
		s.label[i], s.nl[i], s.nr[i], s.lset[i], s.rset[i] = 0, 0, 0, 0, 0
	}
}

func grow(x []int32, n int) []int32 {
	if cap(x) < n {
		return make([]int32, n)
	}
	return x[:n]
}

func growU16(x []uint16, n int) []uint16 {
	if cap(x) < n {
		return make([]uint16, n)
	}
	return x[:n]
}

func (s *state) terminal() bool { return s.b == s.n && len(s.stack) == 0 }

// legal reports whether move m can be applied.
func (s *state) legal(m int) bool {
	switch m {
	case shift:
		return s.b < s.n
	case left:
		if s.b == s.n {
			return len(s.stack) == 1
		}
		return len(s.stack) > 0
	default:
		return len(s.stack) > 1
	}
}

// apply performs move m with label l; m must be legal.
func (s *state) apply(m int, l uint16) {
	switch m {
	case shift:
		s.stack = append(s.stack, int32(s.b))
		s.b++
	case left:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(int32(s.b), d, l)
	default:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(s.stack[len(s.stack)-1], d, l)
	}
}

func (s *state) attach(h, d int32, l uint16) {
	s.head[d] = h
	s.label[d] = l
	bit := uint64(1) << (l & 63)
	if d < h {
		if s.nl[h] < 255 {
			s.nl[h]++
		}
		s.lset[h] |= bit
		switch {
		case s.lc1[h] == none || d < s.lc1[h]:
			s.lc2[h] = s.lc1[h]
			s.lc1[h] = d
		case s.lc2[h] == none || d < s.lc2[h]:
			s.lc2[h] = d
		}
		return
	}
	if s.nr[h] < 255 {
		s.nr[h]++
	}
	s.rset[h] |= bit
	switch {
	case s.rc1[h] == none || d > s.rc1[h]:
		s.rc2[h] = s.rc1[h]
		s.rc1[h] = d
	case s.rc2[h] == none || d > s.rc2[h]:
		s.rc2[h] = d
	}
}

// cost returns how many gold arcs become unreachable if move m is applied
// (Goldberg and Nivre 2013), ignoring labels. gold[i] is the gold head of
// word i, n for the root. The gold tree must be projective.
func (s *state) cost(m int, gold []int32) int {
	c := 0
	switch m {
	case shift:
		b0 := int32(s.b)
		for i, x := range s.stack {
			if gold[x] == b0 {
				c++
			}
			if gold[b0] == x && i < len(s.stack)-1 {
				c++
			}
		}
	case left:
		s0 := s.stack[len(s.stack)-1]
		g := gold[s0]
		if g != int32(s.b) {
			if g >= int32(s.b) || (len(s.stack) > 1 && g == s.stack[len(s.stack)-2]) {
				c++
			}
		}
		c += s.bufferDeps(s0, gold)
	default:
		s0 := s.stack[len(s.stack)-1]
		if gold[s0] >= int32(s.b) {
			c++
		}
		c += s.bufferDeps(s0, gold)
	}
	return c
}

// bufferDeps counts gold dependents of x still in the buffer.
func (s *state) bufferDeps(x int32, gold []int32) int {
	c := 0
	for i := s.b; i < s.n; i++ {
		if gold[i] == x {
			c++
		}
	}
	return c
}
