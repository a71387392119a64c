package parse

import (
	"math/bits"
	"slices"
	"sync"
	"unsafe"

	"github.com/casus-project/casus/internal/inplace"
	"github.com/casus-project/casus/internal/vec"
	"github.com/casus-project/casus/model"
)

// rootLabel is the relation of the word attached to the artificial root.
const rootLabel = "root"

// class is one output of the classifier: a move and, for arcs, a label.
type class struct {
	move  uint8
	label uint16
}

// Model is a trained parser. It is read-only after loading and safe for
// concurrent use.
type Model struct {
	labels  []string // label id -> relation
	classes []class  // class id -> move and label
	root    uint16   // label id of rootLabel
	bits    uint     // log2 of the number of feature buckets
	lex     *lexicon // word classes, nil if the model has none

	// Weights in compressed sparse rows: bucket b owns entries
	// start[b]:start[b+1] of cls and val. Training and the gzip format
	// fill them; a model loaded from a flat file has only index, rows
	// and ext (Save writes those).
	start []uint32
	cls   []uint8
	val   []int16
	// packed holds the same entries as cls and val, weight<<16 | class,
	// for the scoring loop: the class is the low byte and an arithmetic
	// shift gives the weight. Bits 8-15 of an entry are zero. It is nil
	// when index is not.
	packed []uint32
	// index and rows, if not nil, find a bucket's row in two loads from
	// tables small enough to stay in cache, where start takes one load
	// from a table four times the size of both (most buckets are empty).
	// index[b/32] holds, for buckets b&^31 to b|31, a bit for each
	// non-empty bucket (low 32 bits) and the number of non-empty buckets
	// before them (high 32 bits); so a non-empty bucket b's row is
	// rows[1+high+(number of bits set below b's)]. A row is its only
	// entry as in packed, or, for a longer row, slotExt | start<<9 |
	// (length-1) into packed. rows[0] is 0: an empty row, which adds
	// nothing. The longer rows are copied to ext, padded with entries
	// of weight 0 to a multiple of four, so that the scoring loop needs
	// no tail; ext holds them as quads of four, and a row's start and
	// length in rows count entries. All three are nil when ext is too
	// long for the start to fit.
	index []uint64
	rows  []uint32
	ext   []quad
	// legal lists the classes legal in the states of each legality (see
	// legality), so that choosing a class reads only those.
	legal [16][]uint8
	// legalRuns holds the classes of legal[k] as runs of consecutive
	// classes, [first, end) each, in order, so that bestOfRuns takes each
	// run's greatest score four classes at a time (vec.ArgMax).
	legalRuns [16][][2]uint16
	// below is the first class of the right arcs when they are the last
	// classes and every row is in class order, so that a state where
	// right arcs are illegal can stop adding there; 0 otherwise.
	below int
	// order lists the features of extract's output by group, group g
	// ending at ends[g] (see featureOrder).
	order [nFeatures]uint8
	ends  [nGroups]int

	punct *Punct // the punctuation stage Parse applies, nil for none

	pool sync.Pool // of *work
}

// work is the scratch space of one Parse call.
type work struct {
	st    state
	feats featVec
	acc   [256]int32
	// buf holds the scores of the buffer features (group gBuf) of the
	// current buffer front when bufOK, and front those plus the scores
	// of the front's features (gFront) when frontOK. A shift moves the
	// front and spoils both; a left arc gives the front a child and
	// spoils front.
	buf, front     [256]int32
	bufOK, frontOK bool
	// role holds, for word i of the sentence, rows of class scores
	// (nc long, nc the number of classes) at role[(3i+r)*nc:][:nc], each
	// valid when roleOK[3i+r]: for r = roleS0 the scores of its s0
	// features (gS0 and gS0R), for roleS1 those of its s1 features
	// (gS1), for roleStack those of gS0 alone. Word n, the root, never
	// is on the stack: its slots are those of an absent s1. A right arc
	// gives its head a child and spoils the head's roleS0 and roleS1.
	role   []int32
	roleOK []bool
	// tmp and tmp1 are where the s0 and s1 scores are summed before
	// they are kept (or, for a long sentence, instead).
	tmp, tmp1 [256]int32
	sc        scratch
}

// featVec holds the nFeatures features that extract writes, in an array
// that a uint8 always indexes, so that reading feats[f] for an f of
// Model.order needs no bounds check.
type featVec [256]uint64

// quad is four entries of a padded row of Model.ext.
type quad [4]uint32

// bucket maps a feature hash to a row of the weight table.
func bucket(h uint64, bits uint) uint32 { return uint32(h >> (64 - bits)) }

// slotExt marks a slot that points to a row of packed; no entry has it.
const slotExt = 1 << 8

// maxSlotEntries bounds the length of ext that rows can address.
const maxSlotEntries = 1 << 23

// padEntry is an entry of weight 0 (for class 255, so that it does not
// wait on the additions of a real class).
const padEntry = 0xff

// score sets acc[c] to the score of class c for the features.
//
// The index entries of all features are loaded first, then their rows,
// so that the cache misses of each stage overlap; a row of one entry is
// added at once, and the longer rows are
// gathered, their cache lines touched (again overlapping the misses),
// and then added.
//
// Classes from stop on may be left out of acc (partly or wholly), which
// the rows allow when stop is Model.below; pass 256 for all.
func (m *Model) score(feats *featVec, acc *[256]int32, stop int) {
	clear(acc[:])
	if m.index == nil {
		m.scoreRows(feats, acc)
		return
	}
	var sc scratch
	m.add(feats, m.order[:], acc, stop, &sc)
}

// scratch is the space add stages its lookups in, kept with the work so
// that add does not clear it on every call.
type scratch struct {
	r [nFeatures]uint32
	// long holds the row table entries of the longer rows, in an
	// array that a uint8 always indexes (no bounds check).
	long [256]uint32
}

// add adds to acc the rows of the features feats[i] for i in sel, which
// holds at most nFeatures indices; m.index must not be nil. Classes from
// stop on may be left out, as in score.
func (m *Model) add(feats *featVec, sel []uint8, acc *[256]int32, stop int, sc *scratch) {
	sh := (64 - m.bits) & 63
	index, rows := m.index, m.rows
	sel = sel[:min(len(sel), nFeatures)]
	r := sc.r[:len(sel)]
	for i, f := range sel {
		b := uint32(feats[f] >> sh)
		x := index[b>>5]
		// Bucket b's bit at the top, the bits below it under it.
		y := uint32(x) << (31 - b&31)
		r[i] = (uint32(x>>32) + uint32(bits.OnesCount32(y<<1)) + 1) & -(y >> 31)
	}
	for i, ri := range r {
		r[i] = rows[ri]
	}
	long := &sc.long
	n := 0
	for _, x := range r {
		// Without branches: an inline entry is added, a row pointer is
		// kept (and the addition masked to nothing).
		ext := x >> 8 & 1
		e := x & (ext - 1)
		acc[uint8(e)] += int32(e) >> 16
		long[uint8(n)] = x // n < nFeatures
		n += int(ext)
	}
	if stop < 256 {
		addQuadsBelow(m.ext, long[:n], acc, uint8(stop))
		return
	}
	addQuads(m.ext, long[:n], acc)
}

// scoreRows is score for a model without slots: the row bounds come from
// start.
func (m *Model) scoreRows(feats *featVec, acc *[256]int32) {
	sh := 64 - m.bits
	start := m.start
	// Gather the row bounds first, so that the cache misses of all
	// features overlap instead of queueing.
	var lo, hi [nFeatures]uint32
	for i, h := range feats[:nFeatures] {
		b := uint32(h >> sh)
		lo[i], hi[i] = start[b], start[b+1]
	}
	addRows(m.packed, lo[:], hi[:], acc)
}

// addRows adds the entries packed[lo[i]:hi[i]] to acc for every i. It
// touches the first entry of every row before adding, so that their
// misses overlap instead of queueing behind the additions. (Touching
// every cache line of a row, not only the first, was slower.)
func addRows(packed, lo, hi []uint32, acc *[256]int32) {
	hi = hi[:len(lo)]
	var touch uint32
	for i := range lo {
		if lo[i] < hi[i] {
			touch += packed[lo[i]]
		}
	}
	if touch == 1<<31-1 { // keeps the touching loads; harmless if true
		acc[255]++
	}
	for i := range lo {
		// Unrolled by four: the classes of a row are distinct, so the
		// four additions are independent.
		es := packed[lo[i]:hi[i]]
		for len(es) >= 4 {
			e0, e1, e2, e3 := es[0], es[1], es[2], es[3]
			acc[uint8(e0)] += int32(e0) >> 16
			acc[uint8(e1)] += int32(e1) >> 16
			acc[uint8(e2)] += int32(e2) >> 16
			acc[uint8(e3)] += int32(e3) >> 16
			es = es[4:]
		}
		for _, e := range es {
			acc[uint8(e)] += int32(e) >> 16
		}
	}
}

// addQuads adds to acc the entries of the longer rows that long holds
// (row table entries, see Model.index), touching the first quad of each
// row before adding, as addRows does. The classes of a row are
// distinct, so the additions of a quad are independent.
//
// Every row must lie within quads, as rowTable makes them and
// checkRowTable checks them when a model is loaded: the rows are read
// without bounds checks, two quads a turn (the checks and the loop cost
// nearly half as much as the additions), and on a little-endian machine
// each entry's class and weight are loaded as the byte and the 16 bits
// they are, which saves the instructions that take them apart.
func addQuads(quads []quad, long []uint32, acc *[256]int32) {
	var touch uint32
	for _, x := range long {
		touch += quads[x>>11][0]
	}
	if touch == 1<<31-1 { // keeps the touching loads; harmless if true
		acc[255]++
	}
	if !inplace.LittleEndian() {
		addQuadsPortable(quads, long, acc)
		return
	}
	base := unsafe.Pointer(unsafe.SliceData(quads))
	const size = unsafe.Sizeof(quad{})
	for _, x := range long {
		// The row starts at entry x>>9, a multiple of four, and holds
		// x&0xff+1 entries: rem bytes from p on. p never moves past
		// the row's last quad (as unsafe.Pointer's rules require).
		p := unsafe.Add(base, uintptr(x>>11)*size)
		rem := uintptr(x&0xff+1) * 4
		for rem >= 2*size {
			// Entry k: class in byte 4k, weight in int16 2k+1.
			c := (*[8 * 4]uint8)(p)
			w := (*[8 * 2]int16)(p)
			acc[c[0]] += int32(w[1])
			acc[c[4]] += int32(w[3])
			acc[c[8]] += int32(w[5])
			acc[c[12]] += int32(w[7])
			acc[c[16]] += int32(w[9])
			acc[c[20]] += int32(w[11])
			acc[c[24]] += int32(w[13])
			acc[c[28]] += int32(w[15])
			rem -= 2 * size
			if rem > 0 {
				p = unsafe.Add(p, 2*size)
			}
		}
		if rem > 0 {
			c := (*[4 * 4]uint8)(p)
			w := (*[4 * 2]int16)(p)
			acc[c[0]] += int32(w[1])
			acc[c[4]] += int32(w[3])
			acc[c[8]] += int32(w[5])
			acc[c[12]] += int32(w[7])
		}
	}
}

// addQuadsPortable is addQuads without touching, for any byte order.
func addQuadsPortable(quads []quad, long []uint32, acc *[256]int32) {
	for _, x := range long {
		lo := x >> 11
		for _, q := range quads[lo : lo+(x&0xff+1)/4] {
			acc[uint8(q[0])] += int32(q[0]) >> 16
			acc[uint8(q[1])] += int32(q[1]) >> 16
			acc[uint8(q[2])] += int32(q[2]) >> 16
			acc[uint8(q[3])] += int32(q[3]) >> 16
		}
	}
}

// addQuadsBelow is addQuads for rows whose entries are in class order:
// it stops each row at a quad that starts at class stop or later.
func addQuadsBelow(quads []quad, long []uint32, acc *[256]int32, stop uint8) {
	var touch uint32
	for _, x := range long {
		touch += quads[x>>11][0]
	}
	if touch == 1<<31-1 { // keeps the touching loads; harmless if true
		acc[255]++
	}
	for _, x := range long {
		lo := x >> 11
		qs := quads[lo : lo+(x&0xff+1)/4]
		for j := range qs {
			q := &qs[j]
			if uint8(q[0]) >= stop {
				break
			}
			acc[uint8(q[0])] += int32(q[0]) >> 16
			acc[uint8(q[1])] += int32(q[1]) >> 16
			acc[uint8(q[2])] += int32(q[2]) >> 16
			acc[uint8(q[3])] += int32(q[3]) >> 16
		}
	}
}

// pack fills m.packed from m.cls and m.val, m.index and m.rows from
// m.start, and
// m.legal from m.classes.
func (m *Model) pack() {
	m.order, m.ends = featureOrder()
	m.packed = make([]uint32, len(m.cls))
	for i, c := range m.cls {
		m.packed[i] = uint32(uint16(m.val[i]))<<16 | uint32(c)
	}
	var ext []uint32
	m.index, m.rows, ext = rowTable(m.start, m.packed)
	m.ext = make([]quad, len(ext)/4)
	for i := range m.ext {
		m.ext[i] = quad(ext[4*i:])
	}
	if m.index != nil {
		m.packed = nil // scoring reads ext instead
	}
	m.below = 0
	if m.index != nil && rowsSorted(m.start, m.cls) {
		// The right arcs are the last classes: a state where they are
		// illegal needs no scores from the first of them on.
		m.below = len(m.classes)
		for m.below > 0 && m.classes[m.below-1].move == right {
			m.below--
		}
		if m.below == len(m.classes) {
			m.below = 0
		}
	}
	m.setLegal()
}

// setLegal fills m.legal from m.classes.
func (m *Model) setLegal() {
	for k := range m.legal {
		m.legal[k] = m.legal[k][:0]
		m.legalRuns[k] = m.legalRuns[k][:0]
		for i, c := range m.classes {
			if !legalIn(k, c, m.root) {
				continue
			}
			m.legal[k] = append(m.legal[k], uint8(i))
			runs := m.legalRuns[k]
			if n := len(runs); n > 0 && runs[n-1][1] == uint16(i) {
				runs[n-1][1]++
				continue
			}
			m.legalRuns[k] = append(runs, [2]uint16{uint16(i), uint16(i) + 1})
		}
	}
}

// rowsSorted reports whether the classes of every row are increasing.
func rowsSorted(start []uint32, cls []uint8) bool {
	for b := 0; b+1 < len(start); b++ {
		for k := start[b] + 1; k < start[b+1]; k++ {
			if cls[k] <= cls[k-1] {
				return false
			}
		}
	}
	return true
}

// rowTable returns the index, rows and ext of the rows start gives in
// packed (see Model.index), or nils if they cannot address them. The
// longer rows come first in ext, longest first: they are the rows of
// the most frequent features, which so share fewer cache lines and
// pages with rows seldom read.
func rowTable(start, packed []uint32) (index []uint64, rows, ext []uint32) {
	nb := len(start) - 1
	if nb < 1 {
		return nil, nil, nil
	}
	index = make([]uint64, (nb+31)/32)
	rows = []uint32{0}
	var long []int // rows[long[i]] is a longer row, its bucket at long[i+1]
	quads := 0
	for b := range nb {
		lo, hi := start[b], start[b+1]
		if b%32 == 0 {
			index[b/32] = uint64(len(rows)-1) << 32
		}
		if hi == lo {
			continue
		}
		index[b/32] |= 1 << (b % 32)
		switch {
		case hi-lo == 1:
			rows = append(rows, packed[lo])
		case hi-lo > 256: // cannot be with distinct classes
			return nil, nil, nil
		default:
			long = append(long, len(rows), b)
			rows = append(rows, 0)
			quads += int(hi-lo+3) / 4
		}
	}
	if 4*quads > maxSlotEntries {
		return nil, nil, nil
	}
	// Longest first, in bucket order among equals.
	byLen := make([][2]int, 0, len(long)/2)
	for i := 0; i < len(long); i += 2 {
		b := long[i+1]
		byLen = append(byLen, [2]int{long[i], b})
	}
	slices.SortStableFunc(byLen, func(x, y [2]int) int {
		return int(start[y[1]+1]-start[y[1]]+3)/4 - int(start[x[1]+1]-start[x[1]]+3)/4
	})
	ext = make([]uint32, 0, 4*quads)
	for _, rb := range byLen {
		lo, hi := start[rb[1]], start[rb[1]+1]
		at := uint32(len(ext))
		ext = append(ext, packed[lo:hi]...)
		for len(ext)%4 != 0 {
			ext = append(ext, padEntry)
		}
		rows[rb[0]] = slotExt | at<<9 | uint32(len(ext)-int(at)-1)
	}
	return index, rows, ext
}

// legality returns the index into Model.legal of the classes legal in s:
// which moves are legal, and whether the buffer holds only the root.
func legality(s *state) int {
	k := 0
	for mv := range 3 {
		if s.legal(mv) {
			k |= 1 << mv
		}
	}
	if s.b == s.n {
		k |= 8
	}
	return k
}

// legalIn reports whether class c is legal in the states of legality k;
// it decides as legalClass does.
func legalIn(k int, c class, root uint16) bool {
	if int(c.move) > right || k&(1<<c.move) == 0 {
		return false
	}
	if c.move == left {
		return (c.label == root) == (k&8 != 0)
	}
	return c.label != root || c.move == shift
}

// legalClass reports whether class c can be applied in s.
func legalClass(s *state, c class, root uint16) bool {
	if !s.legal(int(c.move)) {
		return false
	}
	if c.move == left {
		return (c.label == root) == (s.b == s.n)
	}
	return c.label != root || c.move == shift
}

// bestOfRuns returns the highest-scoring class of runs, the classes legal
// in a state as runs of consecutive classes (see Model.legalRuns), the
// first of equals: the first greatest of each run, and of those the first
// greatest.
func bestOfRuns(runs [][2]uint16, acc *[256]int32) int {
	bi, bs := -1, int32(0)
	for _, r := range runs {
		i, v := vec.ArgMax(acc[r[0]:r[1]])
		if bi < 0 || v > bs {
			bi, bs = int(r[0])+i, v
		}
	}
	return bi
}

// load fills the word, tag and word-class hashes of s from tokens, the
// classes from lex (all absent if lex is nil).
func (s *state) load(tokens []model.Token, lex *lexicon) {
	s.reset(len(tokens))
	for i := range tokens {
		w := wordHash(tokens[i].Form)
		s.word[i] = w
		s.tag[i] = tagHash(&tokens[i])
		if lex != nil {
			c := lex.lookup(w)
			s.c4[i], s.c6[i], s.cf[i] = c[0], c[1], c[2]
		} else {
			s.c4[i], s.c6[i], s.cf[i] = hNone, hNone, hNone
		}
	}
	n := len(tokens)
	s.word[n], s.tag[n] = hRoot, hRoot
	s.c4[n], s.c6[n], s.cf[n] = hRoot, hRoot, hRoot
}

// run parses the loaded sentence greedily.
func (m *Model) run(w *work) {
	s := &w.st
	w.reset(s.n, len(m.classes))
	for !s.terminal() {
		k := legality(s)
		legal := m.legal[k]
		ci := int(legal[0])
		if len(legal) > 1 {
			// A state with one legal class (an empty stack, or the last
			// word waiting for the root) needs no scores.
			stop := 256
			if len(s.stack) < 2 && m.below > 0 { // no right arc
				stop = m.below
			}
			m.scoreStep(w, stop)
			ci = bestOfRuns(m.legalRuns[k], &w.acc)
		}
		c := m.classes[ci]
		s.apply(int(c.move), c.label)
		w.moved(c.move)
	}
}

// Slots of a word's scores in work.role.
const (
	roleS0 = iota
	roleS1
	roleStack
	nRoles
)

// maxRoleWords is the longest sentence for which work keeps the scores
// of each word's stack features: its space, three rows of class scores
// per word, stays with the work (about 270 KB at 256 words and 87
// classes).
const maxRoleWords = 256

// reset forgets the scores kept in w, for a sentence of n words and a
// model of nc classes.
func (w *work) reset(n, nc int) {
	w.bufOK, w.frontOK = false, false
	if n > maxRoleWords {
		w.roleOK = w.roleOK[:0] // nothing kept per word
		return
	}
	k := nRoles * (n + 1)
	if cap(w.roleOK) < k {
		w.roleOK = make([]bool, k)
	}
	w.roleOK = w.roleOK[:k]
	clear(w.roleOK)
	if cap(w.role) < k*nc {
		w.role = make([]int32, k*nc)
	}
	w.role = w.role[:k*nc]
}

// moved marks the scores kept in w that move mv, just applied to w.st,
// has spoilt.
func (w *work) moved(mv uint8) {
	switch mv {
	case shift:
		w.bufOK, w.frontOK = false, false
	case left:
		w.frontOK = false
	case right:
		h := nRoles * int(w.st.stack[len(w.st.stack)-1])
		if h+nRoles <= len(w.roleOK) {
			w.roleOK[h+roleS0], w.roleOK[h+roleS1] = false, false
		}
	}
}

// need returns the groups of features (a bit for each group g of
// featureOrder) whose scores w does not hold for the current state, s0
// and s1 its top two words (w.st.n for none).
func (w *work) need(s0, s1 int32) uint {
	var need uint
	if !w.frontOK {
		need |= 1 << gFront
		if !w.bufOK {
			need |= 1 << gBuf
		}
	}
	k0, k1 := nRoles*int(s0), nRoles*int(s1)+roleS1
	if k0+nRoles > len(w.roleOK) || k1 >= len(w.roleOK) { // not kept
		return need | 1<<gS0 | 1<<gS0R | 1<<gS1
	}
	if !w.roleOK[k0+roleS0] {
		need |= 1 << gS0R
		if !w.roleOK[k0+roleStack] {
			need |= 1 << gS0
		}
	}
	if !w.roleOK[k1] {
		need |= 1 << gS1
	}
	return need
}

// group returns the features of group g in extract's output.
func (m *Model) group(g int) []uint8 {
	if g == 0 {
		return m.order[:m.ends[0]]
	}
	return m.order[m.ends[g-1]:m.ends[g]]
}

// s0Scores returns the scores of the s0 features (gS0 and gS0R) of word
// i, from w.role if it holds them, else scoring them and keeping them
// there; the scores of gS0 alone are kept apart, for after a right arc.
// For a sentence too long to keep them, they are scored into w.tmp.
func (m *Model) s0Scores(w *work, i int32) []int32 {
	nc := len(m.classes)
	k := nRoles * int(i)
	if k+nRoles > len(w.roleOK) { // a sentence too long to keep them
		clear(w.tmp[:nc])
		m.add(&w.feats, m.order[m.ends[gS0-1]:m.ends[gS0R]], &w.tmp, 256, &w.sc)
		return w.tmp[:nc]
	}
	v := w.role[(k+roleS0)*nc:][:nc]
	if !w.roleOK[k+roleS0] {
		st := w.role[(k+roleStack)*nc:][:nc]
		if w.roleOK[k+roleStack] {
			copy(w.tmp[:nc], st)
		} else {
			clear(w.tmp[:nc])
			m.add(&w.feats, m.group(gS0), &w.tmp, 256, &w.sc)
			copy(st, w.tmp[:nc])
			w.roleOK[k+roleStack] = true
		}
		m.add(&w.feats, m.group(gS0R), &w.tmp, 256, &w.sc)
		copy(v, w.tmp[:nc])
		w.roleOK[k+roleS0] = true
	}
	return v
}

// s1Scores returns the scores of the s1 features (gS1) of word i (w.st.n
// for none), from w.role if it holds them, else scoring them and keeping
// them there. For a sentence too long to keep them, they are scored
// into w.tmp1.
func (m *Model) s1Scores(w *work, i int32) []int32 {
	nc := len(m.classes)
	k := nRoles*int(i) + roleS1
	if k >= len(w.roleOK) { // a sentence too long to keep them
		clear(w.tmp1[:nc])
		m.add(&w.feats, m.group(gS1), &w.tmp1, 256, &w.sc)
		return w.tmp1[:nc]
	}
	v := w.role[k*nc:][:nc]
	if !w.roleOK[k] {
		clear(w.tmp1[:nc])
		m.add(&w.feats, m.group(gS1), &w.tmp1, 256, &w.sc)
		copy(v, w.tmp1[:nc])
		w.roleOK[k] = true
	}
	return v
}

// scoreStep sets w.acc as score does for the features of w.st, but takes
// the scores of the buffer front's features from w.buf and w.front and
// those of the stack words' from w.role when they hold them, and keeps
// them there when not. It writes to w.feats the features of the groups
// it scores (see featureOrder) and leaves the others. Only the scores of
// the model's classes are set: the rest of w.acc is left undefined.
func (m *Model) scoreStep(w *work, stop int) {
	s := &w.st
	if m.index == nil {
		s.extract(w.feats[:])
		m.score(&w.feats, &w.acc, stop)
		return
	}
	s0, s1 := int32(s.n), int32(s.n) // the root stands for none
	if k := len(s.stack); k > 0 {
		s0 = s.stack[k-1]
		if k > 1 {
			s1 = s.stack[k-2]
		}
	}
	s.extractSome(w.feats[:], w.need(s0, s1))
	nc := len(m.classes)
	switch {
	case w.frontOK:
	case w.bufOK:
		copy(w.front[:nc], w.buf[:nc])
		m.add(&w.feats, m.order[m.ends[gBuf]:m.ends[gFront]], &w.front, 256, &w.sc)
		w.frontOK = true
	default:
		clear(w.buf[:nc])
		m.add(&w.feats, m.order[:m.ends[gBuf]], &w.buf, 256, &w.sc)
		copy(w.front[:nc], w.buf[:nc])
		m.add(&w.feats, m.order[m.ends[gBuf]:m.ends[gFront]], &w.front, 256, &w.sc)
		w.bufOK, w.frontOK = true, true
	}
	// The kept scores summed in one pass, rather than copied and added
	// to one at a time, four classes at a time where the processor can.
	vec.Sum3(w.acc[:], w.front[:nc], m.s0Scores(w, s0), m.s1Scores(w, s1))
	m.add(&w.feats, m.order[m.ends[nGroups-1]:], &w.acc, stop, &w.sc)
}

// Parse sets Head (1-based, 0 for the root) and DepRel on every token of
// one sentence, from each token's Form, XPOS and UPOS. The result is
// always a tree with exactly one root. Parse takes
// time and memory linear in the number of tokens; an empty slice is left
// alone. The embedded model then re-attaches punctuation (see Punct),
// and a second clause joined without a comma gets its subject back (see
// coordinateClauses).
func (m *Model) Parse(tokens []model.Token) {
	m.parseTree(tokens)
	m.punct.Reattach(tokens)
	mendClauses(tokens)
}

// parseTree is Parse without the punctuation stage.
func (m *Model) parseTree(tokens []model.Token) {
	if len(tokens) == 0 {
		return
	}
	w, _ := m.pool.Get().(*work)
	if w == nil {
		w = new(work)
	}
	s := &w.st
	s.load(tokens, m.lex)
	m.run(w)
	n := int32(len(tokens))
	for i := range tokens {
		h := s.head[i]
		if h == n {
			tokens[i].Head = 0
		} else {
			tokens[i].Head = int(h) + 1
		}
		tokens[i].DepRel = m.labels[s.label[i]]
	}
	m.pool.Put(w)
}
