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
type docContext struct {
	occ map[string][]occurrence
}

// newDocContext indexes the described sentences of a document.
func newDocContext(sents [][]word) *docContext {
	dc := &docContext{occ: make(map[string][]occurrence)}
	for si, ws := range sents {
		for i := range ws {
			w := &ws[i]
			if w.flags&wAlpha == 0 || len(w.lower) < 2 {
				continue
			}
			o := occurrence{sent: si, tok: i, prev: boundary, next: boundary}
			if i > 0 {
				o.prev, o.pclus = ws[i-1].low, ws[i-1].clus
			}
			if i+1 < len(ws) {
				o.next, o.nclus = ws[i+1].low, ws[i+1].clus
			}
			if w.sent == caseMixed && i > 0 {
				switch {
				case w.flags&wAllCap != 0:
					o.kind |= occAllCap
				case w.flags&wCap != 0:
					o.kind |= occCapMid
				default:
					o.kind |= occLowMid
				}
			}
			dc.occ[w.lower] = append(dc.occ[w.lower], o)
		}
	}
	// Only words written with a capital somewhere are looked up.
	for k, occs := range dc.occ {
		cap := false
		for _, o := range occs {
			w := &sents[o.sent][o.tok]
			cap = cap || w.flags&wCap != 0
		}
		if !cap || len(occs) < 2 {
			delete(dc.occ, k)
		}
	}
	return dc
}

// features appends the document features of token i of sentence si (ws)
// to dst.
func (dc *docContext) features(ws []word, si, i int, dst []uint64) []uint64 {
	if dc == nil {
		return dst
	}
	w := &ws[i]
	occs, ok := dc.occ[w.lower]
	if !ok {
		return dst
	}
	var kinds uint8
	n := 0
	cp := uint64(w.flags & (wCap | wAllCap))
	for _, o := range occs {
		if o.sent == si && o.tok == i {
			continue
		}
		kinds |= o.kind
		if n < maxDocContexts {
			n++
			dst = append(dst, mix(tDocPrev, o.prev, cp), mix(tDocNext, o.next, cp),
				mix(tDocPrevClus, uint64(o.pclus), cp), mix(tDocNextClus, uint64(o.nclus), cp))
		}
	}
	return append(dst, mix(tDocKinds, uint64(kinds), cp), mix(tDocKindsShape, uint64(kinds), w.shape))
}
