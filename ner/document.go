package ner

// Document context: how the other sentences of a document use each word.
// A name is often written more plainly elsewhere in its document ("Mr.
// Rama" after "Edi Rama"; "Google" in the middle of a sentence after
// "Google" at the start of one), so each token learns from the other
// occurrences of its word: whether they are capitalised in the middle of
// an ordinarily cased sentence or written in lower case, and the words
// next to them (the "context aggregation" of Ratinov and Roth, 2009).

// maxDocContexts bounds the other occurrences whose neighbours a token
// learns from.
const maxDocContexts = 4

// occurrence is one token of a document.
type occurrence struct {
	sent, tok  int
	kind       uint8  // occCapMid, occLowMid or occAllCap bits
	prev, next uint64 // the lower-case hashes of the neighbouring words
	pclus      uint8  // the word classes of the neighbours (+1, 0 unknown)
	nclus      uint8
}

// Occurrence kinds.
const (
	occCapMid uint8 = 1 << iota // capitalised, not first in an ordinarily cased sentence
	occLowMid                   // in lower case, not first in an ordinarily cased sentence
	occAllCap                   // in capitals
)

// docContext indexes the words of a document by their lower-case form.
// The form is keyed by its 64-bit hash (word.low), which the features
// hash it to anyway: a map of integers is looked up several times faster
// than one of strings, and two words of one document that share a hash
// would share their features already.
type docContext struct {
	occ map[uint64]wordOccs
}

// wordOccs is a word's occurrences in a document, in document order, and
// the kinds among them: once holds the kind bits of at least one, twice
// those of at least two, so that features finds the kinds of all but one
// of them without going through them all, which for a frequent word
// ("the", capitalised at the start of a sentence) would take time
// growing as the square of its count.
type wordOccs struct {
	list        []occurrence
	once, twice uint8
}

// newDocContext indexes the described sentences of a document. Only
// words written with a capital somewhere and met at least twice are kept
// (the others add no feature), so it first counts each word and then
// lays the kept words' occurrences out in one array, in document order
// for each word, instead of growing a list for every word and dropping
// most of them.
//
// seen, if not nil, is an empty map that newDocContext counts in and
// leaves filled (a caller clears it to use it again); nil makes a new
// one.
func newDocContext(sents [][]word, seen map[uint64]int) *docContext {
	// seen holds, for each word, its occurrences<<1 | whether one is
	// capitalised; then, for a kept word, 1 + where its next occurrence
	// goes in all.
	if seen == nil {
		seen = make(map[uint64]int)
	}
	for _, ws := range sents {
		for i := range ws {
			w := &ws[i]
			if w.flags&wAlpha == 0 || len(w.lower) < 2 {
				continue
			}
			c := seen[w.low] + 2
			if w.flags&wCap != 0 {
				c |= 1
			}
			seen[w.low] = c
		}
	}
	total, kept := 0, 0
	for k, c := range seen {
		if c&1 == 0 || c>>1 < 2 {
			delete(seen, k)
			continue
		}
		total += c >> 1
		kept++
	}
	dc := &docContext{occ: make(map[uint64]wordOccs, kept)}
	if kept == 0 {
		return dc
	}
	// Each kept word's occurrences take the next stretch of all; the
	// slices are set now, and filled below.
	all := make([]occurrence, total)
	start := 0
	for k, c := range seen {
		n := c >> 1
		dc.occ[k] = wordOccs{list: all[start : start+n : start+n]}
		seen[k] = 1 + start
		start += n
	}
	for si, ws := range sents {
		for i := range ws {
			w := &ws[i]
			if w.flags&wAlpha == 0 || len(w.lower) < 2 {
				continue
			}
			at := seen[w.low] - 1
			if at < 0 {
				continue
			}
			seen[w.low] = at + 2
			o := &all[at]
			*o = occurrence{sent: si, tok: i, prev: boundary, next: boundary}
			if i > 0 {
				o.prev, o.pclus = ws[i-1].low, ws[i-1].clus
			}
			if i+1 < len(ws) {
				o.next, o.nclus = ws[i+1].low, ws[i+1].clus
			}
			o.kind = occKind(ws, i)
		}
	}
	for k, wo := range dc.occ {
		for _, o := range wo.list {
			wo.twice |= wo.once & o.kind
			wo.once |= o.kind
		}
		dc.occ[k] = wo
	}
	return dc
}

// occKind returns the kind of the occurrence of word i of ws: how it is
// written when it is not first in an ordinarily cased sentence.
func occKind(ws []word, i int) uint8 {
	w := &ws[i]
	if w.sent != caseMixed || i == 0 {
		return 0
	}
	switch {
	case w.flags&wAllCap != 0:
		return occAllCap
	case w.flags&wCap != 0:
		return occCapMid
	}
	return occLowMid
}

// features appends the document features of token i of sentence si (ws)
// to dst.
func (dc *docContext) features(ws []word, si, i int, dst []uint64) []uint64 {
	if dc == nil {
		return dst
	}
	w := &ws[i]
	wo, ok := dc.occ[w.low]
	if !ok {
		return dst
	}
	n := 0
	cp := uint64(w.flags & (wCap | wAllCap))
	for _, o := range wo.list {
		if n == maxDocContexts {
			break
		}
		if o.sent == si && o.tok == i {
			continue
		}
		n++
		dst = append(dst, mix(tDocPrev, o.prev, cp), mix(tDocNext, o.next, cp),
			mix(tDocPrevClus, uint64(o.pclus), cp), mix(tDocNextClus, uint64(o.nclus), cp))
	}
	// The kinds of the other occurrences: the token is one of the word's
	// occurrences (newDocContext kept them all), so a kind bit of its own
	// is another's only if two have it.
	kinds := wo.once &^ (occKind(ws, i) &^ wo.twice)
	return append(dst, mix(tDocKinds, uint64(kinds), cp), mix(tDocKindsShape, uint64(kinds), w.shape))
}

// fillNames completes the names of a document (the label indices ys of
// the sentences of words wss): where a run of words outside any name,
// capitalised or written in lower case ("google" after "Google"), is
// written as names elsewhere in the document, and most of those names
// have one type, it becomes a name of that type, the longest run first.
// A lower-case word fills in only when it has three letters or more and
// EWT train does not know it or writes it mostly as a proper noun, so
// that "us" stays out after "US". (Retyping the names that disagree with
// the most common type of their string as well lowered cross-validated
// F1 from 0.677 to 0.674; filling alone raised it to 0.683. Filling
// lower-case runs too: 5-fold CV over UNER dev, 3 seeds, 0.6910 ->
// 0.6922, 14 more names right and 16 more wrong.) A name that is part
// of a longer one written elsewhere grows to it (CV, same models: 0.6922
// -> 0.6932, 3 more names right, none more predicted).
func fillNames(wss [][]word, ys [][]int) {
	count := make(map[string]*[4]int) // by the lower-case words, one space after each
	var b []byte
	for si, y := range ys {
		for _, sp := range spansOf(y) {
			b = b[:0]
			for i := sp.start; i < sp.end; i++ {
				b = append(b, wss[si][i].lower...)
				b = append(b, ' ')
			}
			c := count[string(b)]
			if c == nil {
				c = new([4]int)
				count[string(b)] = c
			}
			c[sp.typ]++
		}
	}
	if len(count) == 0 {
		return
	}
	// typeOf returns the most common type of a name string, false on a tie.
	typeOf := func(k []byte) (int, bool) {
		c := count[string(k)]
		if c == nil {
			return 0, false
		}
		best, tie := 0, false
		for t := 1; t < 4; t++ {
			switch {
			case c[t] > c[best]:
				best, tie = t, false
			case c[t] == c[best]:
				tie = true
			}
		}
		return best, !tie && c[best] > 0
	}
	// nameLike reports whether a word may be part of a name filled in:
	// capitalised, or a lower-case word of three letters or more that EWT
	// train does not know (lex 0) or writes as a proper noun at least half
	// the time (see lexClass).
	nameLike := func(w *word) bool {
		if w.flags&wCap != 0 {
			return true
		}
		return w.flags&wAlpha != 0 && len(w.lower) >= 3 && (w.lex == 0 || w.lex&7 >= 5)
	}
	for si, ws := range wss {
		y := ys[si]
		for i := 0; i < len(ws); i++ {
			if y[i] != 0 || !nameLike(&ws[i]) {
				continue
			}
			end, typ := 0, 0
			b = b[:0]
			for j := i; j < len(ws) && j < i+maxPhrase && y[j] == 0; j++ {
				b = append(b, ws[j].lower...)
				b = append(b, ' ')
				if t, ok := typeOf(b); ok && (ws[j].flags&wDigit != 0 || nameLike(&ws[j])) {
					end, typ = j+1, t
				}
			}
			if end > 0 {
				y[i] = 1 + 2*typ // B- of the type
				for k := i + 1; k < end; k++ {
					y[k] = 2 + 2*typ
				}
				i = end - 1
			}
		}
		// A name that is part of a longer name written elsewhere grows
		// to it ("Georgia" + "Tech" after "Georgia Tech"), as long as it
		// cuts no other name.
		for i := 0; i < len(ws); i++ {
			if y[i] != 0 && y[i]%2 == 0 || !nameLike(&ws[i]) {
				continue // inside a name, or not a name's word
			}
			end, typ := 0, 0
			b = b[:0]
			for j := i; j < len(ws) && j < i+maxPhrase; j++ {
				b = append(b, ws[j].lower...)
				b = append(b, ' ')
				if j == i || ws[j].flags&wDigit == 0 && !nameLike(&ws[j]) {
					continue
				}
				if j+1 < len(ws) && y[j+1] != 0 && y[j+1]%2 == 0 {
					continue // would cut a name
				}
				if t, ok := typeOf(b); ok {
					end, typ = j+1, t
				}
			}
			if end == 0 {
				continue
			}
			same := y[i] == 1+2*typ
			for k := i + 1; k < end && same; k++ {
				same = y[k] == 2+2*typ
			}
			if same && (end == len(ws) || y[end]%2 == 1 || y[end] == 0) {
				i = end - 1
				continue
			}
			y[i] = 1 + 2*typ
			for k := i + 1; k < end; k++ {
				y[k] = 2 + 2*typ
			}
			i = end - 1
		}
	}
}

// labelSpan is a name in a sequence of label indices: words [start, end)
// of type typ (0 PER, 1 ORG, 2 LOC, 3 MISC, in label order).
type labelSpan struct{ start, end, typ int }

// spansOf returns the names in label indices y, as Spans does for tags.
func spansOf(y []int) []labelSpan {
	var out []labelSpan
	for i := 0; i < len(y); {
		if y[i] == 0 {
			i++
			continue
		}
		typ := (y[i] - 1) / 2
		j := i + 1
		for j < len(y) && y[j] == 2+2*typ {
			j++
		}
		out = append(out, labelSpan{i, j, typ})
		i = j
	}
	return out
}
