package parse

import (
	"slices"
	"sync"

	"github.com/casus-project/casus/model"
)

// punctLabel is the relation of punctuation, which the punctuation stage
// re-attaches and never relabels.
const punctLabel = "punct"

// Punct re-chooses the heads of punctuation once a sentence is parsed: a
// second stage that sees the whole tree, where the parser saw only its
// stack and buffer. Each token labelled punct that has no dependents is
// moved, from left to right, to the best of the heads that keep the tree
// projective, as a learnt linear model ranks them. A Punct is read-only
// after loading and safe for concurrent use.
type Punct struct {
	bits uint
	w    []int16   // 1<<bits weights
	pool sync.Pool // of *punctWork
}

// punctWork is the scratch space of one Reattach call.
type punctWork struct {
	toks  []model.Token
	heads []int32  // 1-based heads, 0 for the root
	form  []uint64 // hashes of form, UPOS, XPOS and relation, per token
	upos  []uint64
	xpos  []uint64
	rel   []uint64
	isP   []bool    // labelled punct
	mov   []bool    // labelled punct and without dependents, when loaded
	endLo []int32   // per position, least left end of the arcs ending there
	begHi []int32   // per position, greatest right end of the arcs beginning there
	seen  []int8    // scratch of load
	kids  [][]int32 // dependents per token (0 the root), in order
	verbs []int32   // per position, VERB or AUX tokens up to it
	marks []int32   // per position, punct tokens up to it
	cands []int32   // candidate heads of the current token
	nLeft int       // how many of cands lie left of it
	role  int       // its pair role and partner (see pair)
	part  int32
	feats []uint64 // features of one candidate
}

// Reattach re-chooses the head of every token of one parsed sentence that
// is labelled punct and has no dependents, among the heads that keep the
// tree projective. Heads and relations of other tokens are not changed,
// nor is any relation. A nil Punct, or a sentence whose heads do not
// form a tree, is left alone.
func (p *Punct) Reattach(tokens []model.Token) {
	if p == nil || len(tokens) < 3 {
		return
	}
	w, _ := p.pool.Get().(*punctWork)
	if w == nil {
		w = new(punctWork)
	}
	defer func() {
		w.toks = nil // not to keep the caller's tokens alive in the pool
		p.pool.Put(w)
	}()
	if !w.load(tokens) {
		return
	}
	for q := range tokens {
		if !w.movable(q) {
			continue
		}
		w.candidates(int32(q + 1))
		if len(w.cands) < 2 {
			continue
		}
		best, bestScore := int32(-1), int32(0)
		for c, h := range w.cands {
			w.features(int32(q+1), c)
			s := p.score(w.feats)
			if best < 0 || s > bestScore {
				best, bestScore = h, s
			}
		}
		w.move(int32(q+1), best)
		tokens[q].Head = int(best)
	}
}

func (p *Punct) score(feats []uint64) int32 {
	var s int32
	for _, f := range feats {
		s += int32(p.w[f>>(64-p.bits)])
	}
	return s
}

// load fills w from tokens and reports whether their heads form a tree.
func (w *punctWork) load(tokens []model.Token) bool {
	n := len(tokens)
	w.toks = tokens
	w.heads = resize(w.heads, n)
	w.form = resize(w.form, n)
	w.upos = resize(w.upos, n)
	w.xpos = resize(w.xpos, n)
	w.rel = resize(w.rel, n)
	w.isP = resize(w.isP, n)
	w.endLo = resize(w.endLo, n+2)
	w.begHi = resize(w.begHi, n+2)
	w.kids = resize(w.kids, n+1)
	for i := range w.kids {
		w.kids[i] = w.kids[i][:0]
	}
	w.verbs = resize(w.verbs, n+1)
	w.marks = resize(w.marks, n+1)
	w.verbs[0], w.marks[0] = 0, 0
	roots := 0
	for i, t := range tokens {
		if t.Head < 0 || t.Head > n || t.Head == i+1 {
			return false
		}
		if t.Head == 0 {
			roots++
		}
		w.heads[i] = int32(t.Head)
		w.form[i] = hashString(t.Form)
		w.upos[i] = hashString(t.UPOS)
		w.xpos[i] = hashString(t.XPOS)
		w.rel[i] = hashString(t.DepRel)
		w.isP[i] = t.DepRel == punctLabel
		w.verbs[i+1], w.marks[i+1] = w.verbs[i], w.marks[i]
		if t.UPOS == "VERB" || t.UPOS == "AUX" {
			w.verbs[i+1]++
		}
		if w.isP[i] {
			w.marks[i+1]++
		}
		w.kids[t.Head] = append(w.kids[t.Head], int32(i+1))
	}
	if roots != 1 {
		return false
	}
	w.mov = resize(w.mov, n)
	for i := range w.mov {
		w.mov[i] = w.isP[i] && len(w.kids[i+1]) == 0
	}
	// Every token must reach the root without a cycle.
	seen := resize(w.seen, n+1) // 0 unknown, 1 on the current path, 2 reaches the root
	w.seen = seen
	clear(seen)
	seen[0] = 2
	for i := 1; i <= n; i++ {
		j := int32(i)
		for seen[j] == 0 {
			seen[j] = 1
			j = w.heads[j-1]
		}
		if seen[j] == 1 {
			return false
		}
		for j = int32(i); seen[j] == 1; j = w.heads[j-1] {
			seen[j] = 2
		}
	}
	return true
}

// resize returns s with length n, reusing its array if it is long enough.
// The contents are not cleared.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// movable reports whether token q (0-based) is punctuation that had no
// dependents when w was loaded.
func (w *punctWork) movable(q int) bool {
	return w.mov[q]
}

// candidates sets w.cands to the heads, nearest first on each side (left
// side first), that token q (1-based) can take without its arc crossing
// another: on the left, h < q such that no arc covers q with its left
// end beyond h, and no arc ending left of q covers h; on the right,
// the mirror image. The root's arc counts, from position 0. Punctuation
// is no candidate.
func (w *punctWork) candidates(q int32) {
	n := int32(len(w.heads))
	for x := range w.endLo {
		w.endLo[x] = n + 1
		w.begHi[x] = -1
	}
	lo, hi := int32(0), n // the nearest ends of the arcs over q
	for i := int32(1); i <= n; i++ {
		if i == q {
			continue
		}
		a, b := i, w.heads[i-1]
		if a > b {
			a, b = b, a
		}
		if a < q && q < b {
			lo, hi = max(lo, a), min(hi, b)
		}
		w.endLo[b] = min(w.endLo[b], a)
		w.begHi[a] = max(w.begHi[a], b)
	}
	w.role, w.part = w.pair(q)
	w.cands = w.cands[:0]
	least := n + 1 // least left end of the arcs ending in (h, q)
	for h := q - 1; h >= max(lo, 1); h-- {
		if h+1 < q {
			least = min(least, w.endLo[h+1])
		}
		if least >= h && !w.isP[h-1] {
			w.cands = append(w.cands, h)
		}
	}
	w.nLeft = len(w.cands)
	most := int32(-1) // greatest right end of the arcs beginning in (q, h)
	for h := q + 1; h <= hi; h++ {
		if h-1 > q {
			most = max(most, w.begHi[h-1])
		}
		if most <= h && !w.isP[h-1] {
			w.cands = append(w.cands, h)
		}
	}
}

// move attaches token q (1-based) to h.
func (w *punctWork) move(q, h int32) {
	old := w.heads[q-1]
	if old == h {
		return
	}
	if i := slices.Index(w.kids[old], q); i >= 0 {
		w.kids[old] = slices.Delete(w.kids[old], i, i+1)
	}
	w.heads[q-1] = h
	i, _ := slices.BinarySearch(w.kids[h], q)
	w.kids[h] = slices.Insert(w.kids[h], i, q)
}

// hashString is FNV-1a.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// pmix folds v into the feature hash h.
func pmix(h, v uint64) uint64 {
	h ^= v
	h *= 0x9e3779b97f4a7c15
	return h ^ h>>31
}

// Feature templates of the punctuation stage.
const (
	pfRank = iota + 1
	pfForm
	pfUPOS
	pfRel
	pfRelXPOS
	pfDist
	pfRankRel
	pfNext
	pfPrev
	pfRelNext
	pfRelUp
	pfLast
	pfBeyond
	pfGrand
	pfPair
	pfBetween
	pfUPOSRank
	pfNear
	pfRelNextForm
	pfWord
	pfContext
)

// Pair roles of a punctuation token.
const (
	pairNone = iota
	pairOpen
	pairClose
)

// features sets w.feats to the features of attaching token q (1-based)
// to w.cands[c].
func (w *punctWork) features(q int32, c int) {
	n := int32(len(w.heads))
	h := w.cands[c]
	side := uint64(0)
	if h > q {
		side = 1
	}
	rank := uint64(c) // candidates nearer q on the same side
	if c >= w.nLeft {
		rank -= uint64(w.nLeft)
	}
	rank = min(rank, 4)
	d := h - q
	if d < 0 {
		d = -d
	}
	dist := uint64(min(d, 5))
	switch {
	case d > 12:
		dist = 7
	case d > 7:
		dist = 6
	}
	pf := pmix(w.form[q-1], side)
	rel, upos, xpos := w.rel[h-1], w.upos[h-1], w.xpos[h-1]
	next, prev, nextForm := uint64(1), uint64(1), uint64(1)
	if q < n {
		next, nextForm = w.upos[q], w.form[q]
	}
	if q > 1 {
		prev = w.upos[q-2]
	}
	up := uint64(0) // where h's head is
	grand := uint64(1)
	switch g := w.heads[h-1]; {
	case g == 0:
		up = 2
	case g > h:
		up = 1
		grand = w.rel[g-1]
	default:
		grand = w.rel[g-1]
	}
	// Dependents of h: the nearest on q's far side, and the nearest on
	// q's near side (between h and q).
	beyond, near := uint64(1), uint64(1)
	bd, nd := n+1, n+1
	lo, hi := min(h, q), max(h, q) // tokens strictly between
	verb := uint64(0)
	if w.verbs[hi-1] > w.verbs[lo] {
		verb = 1
	}
	puncts := uint64(w.marks[hi-1] - w.marks[lo])
	for _, i := range w.kids[h] {
		if i == q {
			continue
		}
		far := (h < q && i > q) || (h > q && i < q)
		dq := i - q
		if dq < 0 {
			dq = -dq
		}
		if far && dq < bd {
			bd, beyond = dq, w.rel[i-1]
		}
		if !far && dq < nd {
			nd, near = dq, w.rel[i-1]
		}
	}
	puncts = min(puncts, 2)
	role, partner := w.role, w.part
	pair := uint64(0)
	if partner > 0 {
		switch {
		case w.heads[partner-1] == h:
			pair = 1
		case h > min(q, partner) && h < max(q, partner):
			pair = 2
		default:
			pair = 3
		}
	}
	last := uint64(0)
	if q == n {
		last = 1
	}
	w.feats = append(w.feats[:0],
		pmix(pmix(pfRank, side), rank),
		pmix(pmix(pfForm, pf), rank),
		pmix(pmix(pfUPOS, pf), upos),
		pmix(pmix(pfRel, pf), rel),
		pmix(pmix(pmix(pfRelXPOS, pf), rel), xpos),
		pmix(pmix(pfDist, pf), dist),
		pmix(pmix(pmix(pfRankRel, pf), rank), rel),
		pmix(pmix(pmix(pfNext, pf), rank), next),
		pmix(pmix(pmix(pfPrev, pf), rank), prev),
		pmix(pmix(pmix(pfRelNext, pf), rel), next),
		pmix(pmix(pmix(pfRelUp, pf), rel), up),
		pmix(pmix(pmix(pfLast, pf), rel), last),
		pmix(pmix(pmix(pfBeyond, pf), rel), beyond),
		pmix(pmix(pmix(pfGrand, pf), rel), grand),
		pmix(pmix(pmix(pmix(pfPair, pf), uint64(role)), pair), rank),
		pmix(pmix(pmix(pmix(pfBetween, pf), verb), puncts), rank),
		pmix(pmix(pmix(pfUPOSRank, pf), upos), rank),
		pmix(pmix(pmix(pfNear, pf), rel), near),
		pmix(pmix(pmix(pfRelNextForm, pf), rel), nextForm),
		pmix(pmix(pfWord, pf), w.form[h-1]),
		pmix(pmix(pmix(pmix(pmix(pfContext, pf), rel), rank), next), prev),
	)
}

// pair finds the partner of token q (1-based) if it is a quote or bracket:
// the opening token it closes, or the closing token that closes it, 0 if
// none. A straight double quote opens when an even number of them precede it.
func (w *punctWork) pair(q int32) (role int, partner int32) {
	f := w.toks[q-1].Form
	var open, close string
	switch f {
	case "(", ")":
		open, close = "(", ")"
	case "[", "]":
		open, close = "[", "]"
	case "\u201c", "\u201d":
		open, close = "\u201c", "\u201d"
	case "\"":
		open, close = "\"", "\""
	default:
		return pairNone, 0
	}
	if open == close {
		k := 0
		for i := int32(1); i < q; i++ {
			if w.toks[i-1].Form == open {
				k++
			}
		}
		if k%2 == 1 {
			f = "" // a closing quote
		}
	}
	n := int32(len(w.heads))
	if f == open {
		depth := 0
		for i := q + 1; i <= n; i++ {
			switch {
			case w.toks[i-1].Form == close && depth == 0:
				return pairOpen, i
			case w.toks[i-1].Form == close:
				depth--
			case w.toks[i-1].Form == open && open != close:
				depth++
			}
		}
		return pairOpen, 0
	}
	depth := 0
	for i := q - 1; i >= 1; i-- {
		switch {
		case w.toks[i-1].Form == open && depth == 0:
			return pairClose, i
		case w.toks[i-1].Form == open:
			depth--
		case w.toks[i-1].Form == close && open != close:
			depth++
		}
	}
	return pairClose, 0
}
