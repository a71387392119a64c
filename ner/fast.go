package ner

import (
	"maps"
	"math/bits"
	"slices"
)

// This file holds the read-only lookup structures a loaded model tags
// with: they give the same numbers as the plain tables a model is trained
// with, but touch less memory per token.

// occWord covers 64 weight buckets: which of them hold weights, and how
// many buckets before them do.
type occWord struct {
	bits uint64
	rank uint32
}

// packed is the weight table without its all-zero buckets, as the model
// file stores it. occ tells which buckets hold weights and rows holds
// theirs, nLabels a bucket, in bucket order, as the plain table holds
// them (float32(q) * scale of the int16 q WriteTo rounds a trained
// model's weights to). A feature whose bucket is all zeros adds nothing,
// so it is skipped without reading a row; the rows of the others lie in a table a quarter of the plain
// one's size (the embedded model: 68,128 rows, 2.4 MB, against 9.4 MB).
// Rows of int16 q, half that size, cost a conversion and a product per
// weight, and were slower.
//
// A row is an array, so that reading one checks one bound, not two.
type packed struct {
	occ  []occWord
	rows [][nLabels]float32 // float32(q) * scale
}

// newPacked returns an empty packed table of nb buckets.
func newPacked(nb int) packed {
	return packed{occ: make([]occWord, (nb+63)/64)}
}

// put appends the weights q × scale of bucket b, which must come after
// every bucket put before.
func (p *packed) put(b int, q *[nLabels]int16, scale float32) {
	o := &p.occ[b/64]
	if o.bits == 0 {
		o.rank = uint32(len(p.rows))
	}
	o.bits |= 1 << (b % 64)
	var row [nLabels]float32
	for i, v := range q {
		// The conversion rounds the product: no fused multiply-add.
		row[i] = float32(float32(v) * scale)
	}
	p.rows = append(p.rows, row)
}

// finish fills in the ranks of the words that hold no bucket.
func (p *packed) finish() {
	n := uint32(0)
	for i := range p.occ {
		if p.occ[i].bits == 0 {
			p.occ[i].rank = n
		}
		n = p.occ[i].rank + uint32(bits.OnesCount64(p.occ[i].bits))
	}
}

// score sets s to the sum of the weights of the buckets of feats (each
// feature masked by mask), added to zeros in the order of feats, each as
// the plain table's float32(q) * scale: the sums are those decode makes
// with the plain table.
func (p *packed) score(s *[nLabels]float32, feats []uint64, mask uint64) {
	offs, _ := p.rowsOf(nil, feats, mask)
	p.sum(s, offs)
}

// noRow is the ref of a feature whose bucket holds no weights (see ref).
const noRow = 1 << 32

// ref returns the ref of feature f (masked by mask): the index in p.rows
// of its bucket's row, or noRow when the bucket is all zeros.
func (p *packed) ref(f, mask uint64) uint64 {
	b := f & mask
	o := p.occ[b>>6]
	bit := uint64(1) << (b & 63)
	if o.bits&bit == 0 {
		return noRow
	}
	return uint64(o.rank) + uint64(bits.OnesCount64(o.bits&(bit-1)))
}

// rowOf appends to dst the row of feature f (masked by mask) as rowsOf
// does, adding its first weight to touch.
func (p *packed) rowOf(dst []int32, touch float32, f, mask uint64) ([]int32, float32) {
	b := f & mask
	o := p.occ[b>>6]
	bit := uint64(1) << (b & 63)
	if o.bits&bit == 0 {
		return dst, touch
	}
	i := int(o.rank) + bits.OnesCount64(o.bits&(bit-1))
	return append(dst, int32(i)), touch + p.rows[i][0]
}

// refRow appends to dst the row of a feature whose ref is r (see ref),
// unless it has none, adding its first weight to touch.
func (p *packed) refRow(dst []int32, touch float32, r uint64) ([]int32, float32) {
	if r == noRow {
		return dst, touch
	}
	return append(dst, int32(r)), touch + p.rows[r][0]
}

// rowsOf appends to dst the indexes in p.rows of the rows of the buckets
// of feats (each feature masked by mask) that hold weights, in the order
// of feats. It reads the first weight of each row and returns their xor:
// reading the rows here, a few instructions apart, lets the processor
// fetch many of them from memory at once, before sum adds them up.
func (p *packed) rowsOf(dst []int32, feats []uint64, mask uint64) ([]int32, float32) {
	var touch float32
	occ, rows := p.occ, p.rows
	for _, f := range feats {
		b := f & mask
		o := occ[b>>6]
		bit := uint64(1) << (b & 63)
		if o.bits&bit == 0 {
			continue // an all-zero bucket adds nothing
		}
		i := int(o.rank) + bits.OnesCount64(o.bits&(bit-1))
		touch += rows[i][0]
		dst = append(dst, int32(i))
	}
	return dst, touch
}

// sum sets s to the sum of the rows at indexes offs (see rowsOf), added
// to zeros in order, each weight as float32(q) * scale. The sums are
// kept in variables, which the compiler keeps in registers, rather than
// in s.
func (p *packed) sum(s *[nLabels]float32, offs []int32) {
	var s0, s1, s2, s3, s4, s5, s6, s7, s8 float32
	rows := p.rows
	for _, i := range offs {
		r := &rows[i]
		s0 += r[0]
		s1 += r[1]
		s2 += r[2]
		s3 += r[3]
		s4 += r[4]
		s5 += r[5]
		s6 += r[6]
		s7 += r[7]
		s8 += r[8]
	}
	*s = [nLabels]float32{s0, s1, s2, s3, s4, s5, s6, s7, s8}
}

// sum has one variable per label: this fails to compile if nLabels is
// not 9.
var _ = [1]struct{}{}[nLabels-9]

// wordInfo is what the model's tables say of one lower-case word, or of
// one gazetteer phrase: its hash finds both in one table.
type wordInfo struct {
	gaz       uint8 // gazetteer kinds of the phrase; 0 if it is none
	lex, head uint8 // lexicon class and head-word bits
	clus      uint8 // word class + 1
}

// slot is an entry of a flatTable; key 0 marks an empty slot.
type slot[V any] struct {
	key uint32
	val V
}

// flatTable is a read-only open-addressing hash table keyed by phrase
// hashes, which are already well mixed: one probe sequence in one array
// instead of a map's. Its slots may lie in the model file's bytes (see
// format.go); at least one of them is empty, which ends every probe.
type flatTable[V any] struct {
	slots   []slot[V]
	shift   uint8
	zero    V // the value of key 0
	hasZero bool
}

// newFlatTable returns a table of n keys filled by fill, which calls put
// once a key. The slots depend on the order of the calls: fill in key
// order for the same table from the same keys.
func newFlatTable[V any](n int, fill func(put func(uint32, V))) *flatTable[V] {
	size, lg := 4, 2
	for size < 2*n {
		size *= 2
		lg++
	}
	t := &flatTable[V]{slots: make([]slot[V], size), shift: uint8(32 - lg)}
	fill(func(k uint32, v V) {
		if k == 0 {
			t.zero, t.hasZero = v, true
			return
		}
		mask := uint32(len(t.slots) - 1)
		for i := t.index(k); ; i = (i + 1) & mask {
			if s := &t.slots[i]; s.key == 0 || s.key == k {
				s.key, s.val = k, v
				return
			}
		}
	})
	return t
}

func (t *flatTable[V]) index(k uint32) uint32 { return (k * 0x9e3779b1) >> t.shift }

// get returns the value of k and whether k is there.
func (t *flatTable[V]) get(k uint32) (V, bool) {
	if k == 0 {
		return t.zero, t.hasZero
	}
	mask := uint32(len(t.slots) - 1)
	for i := t.index(k); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.key == k {
			return s.val, true
		}
		if s.key == 0 {
			var z V
			return z, false
		}
	}
}

// fastTables are the lookup structures of a loaded model (see the top of
// this file). The model file holds them as they are, so that Load only
// checks them (see format.go), except gazFilter, which Load builds from
// the word table.
type fastTables struct {
	w packed
	// mask is the model's mask of feature buckets (Model.mask).
	mask uint64
	// edge and bias are the typeFeats of a sentence's edge and the bias
	// feature as refs (see resolve).
	edge typeFeats
	bias uint64
	// words holds the lexicon, head words, word classes and gazetteer,
	// by phrase hash: a word's one-word hash finds all it has, and a
	// longer phrase's hash its gazetteer kinds.
	words *flatTable[wordInfo]
	// gazBits has a bit set for each gazetteer key (see gazBit), as the
	// model file holds it: 128 KiB, but with the embedded gazetteer's
	// 184,000 phrases one in six other hashes finds its bit set.
	gazBits []uint64
	// gazFilter is what inGaz reads: built from words when a model is
	// loaded, two bits a gazetteer key in one 64-bit word of 256 KiB
	// (see gazFilterBits), so that about one in thirty other hashes
	// passes and the phrase lookups of mark, which nearly all miss,
	// probe the large word table less often.
	gazFilter []uint64
}

// gazFilterLog is log2 of the bits of fastTables.gazFilter.
const gazFilterLog = 21

// gazFilterBits returns the word of gazFilter for phrase hash k and the
// two bits of it that k sets.
func gazFilterBits(k uint32) (int, uint64) {
	x := uint64(k) * 0x9e3779b97f4a7c15
	return int(x >> (64 - (gazFilterLog - 6))), 1<<(x>>37&63) | 1<<(x>>43&63)
}

// newGazFilter builds gazFilter from the gazetteer keys of words.
func newGazFilter(words *flatTable[wordInfo]) []uint64 {
	f := make([]uint64, 1<<(gazFilterLog-6))
	for i := range words.slots {
		if s := &words.slots[i]; s.key != 0 && s.val.gaz != 0 {
			w, b := gazFilterBits(s.key)
			f[w] |= b
		}
	}
	if words.hasZero && words.zero.gaz != 0 {
		w, b := gazFilterBits(0)
		f[w] |= b
	}
	return f
}

// gazBitsLen is the length of fastTables.gazBits.
const gazBitsLen = 1 << 20 / 64

// gazBit returns the bit of gazBits for phrase hash k.
func gazBit(k uint32) uint32 { return (k * 0x85ebca6b) >> (32 - 20) }

// inGaz reports whether k may be a gazetteer key.
func (f *fastTables) inGaz(k uint32) bool {
	w, b := gazFilterBits(k)
	return f.gazFilter[w]&b == b
}

// buildFast builds the fast tables of m's plain tables and weights w.
// The gazetteer must give every phrase a kind (gazetteer builders set
// kind bits only): a phrase of no kind would be no phrase.
func buildFast(m *Model, w packed) *fastTables {
	f := &fastTables{w: w}
	info := make(map[uint32]wordInfo, len(m.gaz)+len(m.lex))
	for k, v := range m.gaz {
		wi := info[k]
		wi.gaz = v
		info[k] = wi
	}
	for k, v := range m.lex {
		wi := info[k]
		wi.lex = v
		info[k] = wi
	}
	for k, v := range m.heads {
		wi := info[k]
		wi.head = v
		info[k] = wi
	}
	for k, v := range m.clus {
		wi := info[k]
		wi.clus = v
		info[k] = wi
	}
	keys := slices.Sorted(maps.Keys(info))
	f.words = newFlatTable(len(keys), func(put func(uint32, wordInfo)) {
		for _, k := range keys {
			put(k, info[k])
		}
	})
	f.gazBits = make([]uint64, gazBitsLen)
	for k := range m.gaz {
		b := gazBit(k)
		f.gazBits[b>>6] |= 1 << (b & 63)
	}
	f.gazFilter = newGazFilter(f.words)
	return f
}

// mark does what gazetteer.mark does, with the one-word lookups that
// prepare made (w.gz1, w.gz1OK) and the word table.
func (f *fastTables) mark(ws []word) {
	for i := range ws {
		ws[i].gzB, ws[i].gzI = 0, 0
	}
	for i := range ws {
		if ws[i].lower == "-" {
			continue
		}
		end, bestKinds := 0, uint8(0)
		if ws[i].gz1OK {
			end, bestKinds = i+1, ws[i].gz1
		}
		h := ws[i].h1
		for j, n := i+1, 1; j < len(ws) && n < maxPhrase; j++ {
			if ws[j].lower == "-" {
				continue
			}
			n++
			h = phraseStep(h, ws[j].lower)
			if !f.inGaz(h) {
				continue
			}
			if wi, _ := f.words.get(h); wi.gaz != 0 {
				end, bestKinds = j+1, wi.gaz
			}
		}
		if end == 0 {
			continue
		}
		ws[i].gzB |= bestKinds
		for j := i + 1; j < end; j++ {
			ws[j].gzI |= bestKinds
		}
	}
}

// setRefs sets f.mask to mask, and f.edge and f.bias to the refs of the
// edge's typeFeats and of the bias feature.
func (f *fastTables) setRefs(mask uint64) {
	f.mask = mask
	f.edge = edge
	f.resolve(&f.edge)
	f.bias = f.w.ref(bias, mask)
}

// resolve replaces the feature hashes of x with their refs (packed.ref):
// the rows rowsOf would find for them, found once for a word rather than
// for each of its tokens. A typeFeats of refs is read only by rows.
func (f *fastTables) resolve(x *typeFeats) {
	p, m := &f.w, f.mask
	x.low, x.form, x.shape, x.flags = p.ref(x.low, m), p.ref(x.form, m), p.ref(x.shape, m), p.ref(x.flags, m)
	x.lex, x.lexShape = p.ref(x.lex, m), p.ref(x.lexShape, m)
	x.clus, x.clusCap = p.ref(x.clus, m), p.ref(x.clusCap, m)
	x.head, x.initial = p.ref(x.head, m), p.ref(x.initial, m)
	x.lowM1, x.lowP1 = p.ref(x.lowM1, m), p.ref(x.lowP1, m)
	x.lowM2, x.lowP2 = p.ref(x.lowM2, m), p.ref(x.lowP2, m)
	x.shapeM1, x.shapeP1 = p.ref(x.shapeM1, m), p.ref(x.shapeP1, m)
	x.clusM1, x.clusP1 = p.ref(x.clusM1, m), p.ref(x.clusP1, m)
	x.clusM2, x.clusP2 = p.ref(x.clusM2, m), p.ref(x.clusP2, m)
	x.headM1, x.headP1, x.headP2 = p.ref(x.headM1, m), p.ref(x.headP1, m), p.ref(x.headP2, m)
	for k := range x.affix[:x.nAffix] {
		x.affix[k] = p.ref(x.affix[k], m)
	}
}

// rows appends to dst the rows of the features of token i of ws, as
// rowsOf finds those that features gives, in the same order; the words'
// typeFeats must be refs (see resolve), which give their rows without a
// look-up, and the features are not written out first. It also returns
// the sum of the first weight of each row, as rowsOf does.
//
// It must give the features in features' order, which the sums of
// floating-point weights depend on: TestRowsMatchFeatures checks it.
func (f *fastTables) rows(ws []word, i int, dst []int32) ([]int32, float32) {
	p, mask := &f.w, f.mask
	var t float32
	w := &ws[i]
	x := w.fx
	m1, p1, p2, m1x, p1x, m2x, p2x := neighbours(ws, i, &f.edge)
	lowM1, lowP1, shapeM1, shapeP1 := boundary, boundary, boundary, boundary
	var fm, fp, lm, lp uint64 = 255, 255, 255, 255
	var clusM1, clusP1 uint64 = 256, 256
	if m1 != nil {
		lowM1, shapeM1, fm, lm, clusM1 = m1.low, m1.shape, uint64(m1.flags), uint64(m1.lex), uint64(m1.clus)
	}
	if p1 != nil {
		lowP1, shapeP1, fp, lp, clusP1 = p1.low, p1.shape, uint64(p1.flags), uint64(p1.lex), uint64(p1.clus)
	}
	dst, t = p.refRow(dst, t, f.bias)
	dst, t = p.refRow(dst, t, x.low)
	dst, t = p.refRow(dst, t, x.form)
	dst, t = p.refRow(dst, t, m1x.lowM1)
	dst, t = p.refRow(dst, t, p1x.lowP1)
	dst, t = p.refRow(dst, t, m2x.lowM2)
	dst, t = p.refRow(dst, t, p2x.lowP2)
	dst, t = p.refRow(dst, t, x.shape)
	dst, t = p.refRow(dst, t, m1x.shapeM1)
	dst, t = p.refRow(dst, t, p1x.shapeP1)
	dst, t = p.rowOf(dst, t, mix(tShapeM1_0, shapeM1, w.shape), mask)
	dst, t = p.rowOf(dst, t, mix(tShape0_P1, w.shape, shapeP1), mask)
	dst, t = p.rowOf(dst, t, mix(tBigramM1, lowM1, w.low), mask)
	dst, t = p.rowOf(dst, t, mix(tBigramP1, w.low, lowP1), mask)
	dst, t = p.refRow(dst, t, x.flags)
	dst, t = p.rowOf(dst, t, mix(tLowM1Shape, lowM1, w.shape), mask)
	dst, t = p.rowOf(dst, t, mix(tLowP1Shape, lowP1, w.shape), mask)
	dst, t = p.rowOf(dst, t, mix(tFlagsM1P1, fm<<8|fp, uint64(w.flags)), mask)
	dst, t = p.refRow(dst, t, x.lex)
	dst, t = p.rowOf(dst, t, mix(tLexM1, lm, uint64(w.lex)), mask)
	dst, t = p.rowOf(dst, t, mix(tLexP1, lp, uint64(w.lex)), mask)
	dst, t = p.refRow(dst, t, x.lexShape)
	if w.pos != 0 {
		posM1, posP1 := boundary, boundary
		if m1 != nil {
			posM1 = m1.pos
		}
		if p1 != nil {
			posP1 = p1.pos
		}
		dst, t = p.rowOf(dst, t, mix(tPos, w.pos, 0), mask)
		dst, t = p.rowOf(dst, t, mix(tPosM1, posM1, w.pos), mask)
		dst, t = p.rowOf(dst, t, mix(tPosP1, w.pos, posP1), mask)
		dst, t = p.rowOf(dst, t, mix(tPosShape, w.pos, w.shape), mask)
		dst, t = p.rowOf(dst, t, mix(tPosM1P1, posM1, posP1), mask)
	}
	clus := uint64(w.clus)
	dst, t = p.refRow(dst, t, x.clus)
	dst, t = p.refRow(dst, t, m1x.clusM1)
	dst, t = p.refRow(dst, t, p1x.clusP1)
	dst, t = p.refRow(dst, t, m2x.clusM2)
	dst, t = p.refRow(dst, t, p2x.clusP2)
	dst, t = p.refRow(dst, t, x.clusCap)
	dst, t = p.rowOf(dst, t, mix(tClusM1_0, clusM1, clus), mask)
	dst, t = p.rowOf(dst, t, mix(tClus0_P1, clus, clusP1), mask)
	if w.sent != caseMixed {
		sc := uint64(w.sent)
		dst, t = p.rowOf(dst, t, mix(tSentShape, sc, w.shape), mask)
		dst, t = p.rowOf(dst, t, mix(tSentLex, sc, uint64(w.lex)), mask)
		dst, t = p.rowOf(dst, t, mix(tSentClus, sc, clus), mask)
	}
	if w.heads != 0 {
		dst, t = p.refRow(dst, t, x.head)
	}
	if m1 != nil && m1.heads != 0 {
		dst, t = p.refRow(dst, t, m1x.headM1)
	}
	if p1 != nil && p1.heads != 0 {
		dst, t = p.refRow(dst, t, p1x.headP1)
	}
	if p2 != nil && p2.heads != 0 {
		dst, t = p.refRow(dst, t, p2x.headP2)
	}
	if i == 0 {
		dst, t = p.refRow(dst, t, x.initial)
	}
	for _, r := range x.affix[:x.nAffix] {
		dst, t = p.refRow(dst, t, r)
	}
	var gm, gp uint8
	if m1 != nil {
		gm = m1.gzB | m1.gzI
	}
	if p1 != nil {
		gp = p1.gzB | p1.gzI
	}
	if w.gzB|w.gzI|gm|gp != 0 {
		cp := uint64(w.flags & (wCap | wAllCap))
		for k := uint8(0); k < gzKinds; k++ {
			bit := uint8(1) << k
			if w.gzB&bit != 0 {
				dst, t = p.rowOf(dst, t, mix(tGaz, uint64(k)<<1, cp), mask)
			}
			if w.gzI&bit != 0 {
				dst, t = p.rowOf(dst, t, mix(tGaz, uint64(k)<<1|1, cp), mask)
			}
			if gm&bit != 0 {
				dst, t = p.rowOf(dst, t, mix(tGazM1, uint64(k), cp), mask)
			}
			if gp&bit != 0 {
				dst, t = p.rowOf(dst, t, mix(tGazP1, uint64(k), cp), mask)
			}
		}
	}
	return dst, t
}
