package ner

import (
	"unicode/utf8"

	"github.com/casus-project/casus/internal/runes"
)

// Feature hashing: every feature is a 64-bit hash of a template number and
// its values, reduced to a bucket of the weight table.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString returns the FNV-1a hash of s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix combines a template number and up to two value hashes.
func mix(tid uint64, a, b uint64) uint64 {
	h := tid*0x9e3779b97f4a7c15 ^ a
	h ^= h >> 31
	h *= 0xbf58476d1ce4e5b9
	h ^= b + 0x94d049bb133111eb + (h << 6) + (h >> 2)
	h ^= h >> 29
	h *= 0x94d049bb133111eb
	h ^= h >> 32
	return h
}

// word holds what is computed once per token of a sentence. Its fields
// are ordered so that it takes 72 bytes, no more than before fx.
type word struct {
	lower  string
	form   uint64 // hash of the form as written
	low    uint64 // hash of lower
	shape  uint64 // hash of the short shape
	flags  uint8
	gzB    uint8  // gazetteer kinds of a match starting here
	gzI    uint8  // gazetteer kinds of a match continuing here
	lex    uint8  // lexicon class (see lexClass), 0 when unknown
	heads  uint8  // head-word bits
	clus   uint8  // word class + 1, 0 when unknown
	sent   uint8  // the sentence's casing (see sentenceCase)
	shapeC byte   // class of the first character
	pos    uint64 // hash of the part-of-speech tag, 0 when unknown
	h1     uint32 // phrase hash of lower alone (see phraseStep)
	gz1    uint8  // gazetteer kinds of lower alone
	gz1OK  bool   // whether lower alone is a gazetteer phrase
	// fxTemp marks an fx in scratch space that decode reuses: decode
	// clears such an fx when it is done.
	fxTemp bool
	// fx holds the features that depend on the word's form alone (see
	// typeFeats), nil until fillTypeFeats sets them; it is shared by the
	// tokens of a cached word, so it is never written through.
	fx *typeFeats
}

// typeFeats holds the feature hashes that depend on a word's form alone,
// with what prepare looks up of it (its lexicon class, head-word bits and
// word class): those of the word itself, and those it gives the words
// one and two before and after it. features reads them instead of
// hashing again for every token; a cached word (see wordCache) has them
// computed once. For a model with fast tables they are refs instead, the
// rows the hashes find in its weights (see fastTables.resolve), which
// fastTables.rows reads.
type typeFeats struct {
	low, form, shape, flags uint64 // tLow, tForm, tShape, tFlags
	lex, lexShape           uint64 // tLex, tLexShape
	clus, clusCap           uint64 // tClus, tClusCap
	head, initial           uint64 // tHead (used when heads != 0), tInitial
	lowM1, lowP1            uint64 // tLowM1 and tLowP1 of the word after and before
	lowM2, lowP2            uint64 // tLowM2 and tLowP2 of the words two away
	shapeM1, shapeP1        uint64 // tShapeM1, tShapeP1
	clusM1, clusP1          uint64 // tClusM1, tClusP1
	clusM2, clusP2          uint64 // tClusM2, tClusP2
	headM1, headP1, headP2  uint64 // tHeadM1, tHeadP1, tHeadP2 (heads != 0)
	nAffix                  int
	affix                   [8]uint64 // tPrefix and tSuffix of 1 to 4 bytes, in turn
}

// setTypeFeats fills x for w, described and looked up by prepare.
func setTypeFeats(x *typeFeats, w *word) {
	clus := uint64(w.clus)
	*x = typeFeats{
		low:      mix(tLow, w.low, 0),
		form:     mix(tForm, w.form, 0),
		shape:    mix(tShape, w.shape, 0),
		flags:    mix(tFlags, uint64(w.flags), 0),
		lex:      mix(tLex, uint64(w.lex), 0),
		lexShape: mix(tLexShape, uint64(w.lex), w.shape),
		clus:     mix(tClus, clus, 0),
		clusCap:  mix(tClusCap, clus, uint64(w.flags&(wCap|wAllCap))),
		head:     mix(tHead, uint64(w.heads), uint64(w.flags&wCap)),
		initial:  mix(tInitial, uint64(w.shapeC), 0),
		lowM1:    mix(tLowM1, w.low, 0),
		lowP1:    mix(tLowP1, w.low, 0),
		lowM2:    mix(tLowM2, w.low, 0),
		lowP2:    mix(tLowP2, w.low, 0),
		shapeM1:  mix(tShapeM1, w.shape, 0),
		shapeP1:  mix(tShapeP1, w.shape, 0),
		clusM1:   mix(tClusM1, clus, 0),
		clusP1:   mix(tClusP1, clus, 0),
		clusM2:   mix(tClusM2, clus, 0),
		clusP2:   mix(tClusP2, clus, 0),
		headM1:   mix(tHeadM1, uint64(w.heads), uint64(w.flags&wCap)),
		headP1:   mix(tHeadP1, uint64(w.heads), uint64(w.flags&wCap)),
		headP2:   mix(tHeadP2, uint64(w.heads), uint64(w.flags&wCap)),
	}
	s := w.lower
	for k := 1; k <= 4 && k < len(s); k++ {
		x.affix[x.nAffix] = mix(tPrefix, uint64(k), hashString(s[:k]))
		x.affix[x.nAffix+1] = mix(tSuffix, uint64(k), hashString(s[len(s)-k:]))
		x.nAffix += 2
	}
}

// edge holds the features a sentence's edge gives the words next to it,
// as typeFeats does for a word.
var edge = typeFeats{
	lowM1:   mix(tLowM1, boundary, 0),
	lowP1:   mix(tLowP1, boundary, 0),
	lowM2:   mix(tLowM2, boundary, 0),
	lowP2:   mix(tLowP2, boundary, 0),
	shapeM1: mix(tShapeM1, boundary, 0),
	shapeP1: mix(tShapeP1, boundary, 0),
	clusM1:  mix(tClusM1, 256, 0),
	clusP1:  mix(tClusP1, 256, 0),
	clusM2:  mix(tClusM2, 256, 0),
	clusP2:  mix(tClusP2, 256, 0),
}

// bias is the feature every token has.
var bias = mix(tBias, 0, 0)

// Word flags.
const (
	wCap    uint8 = 1 << iota // first letter upper case
	wAllCap                   // all letters upper case, two or more
	wDigit                    // contains a digit
	wHyphen                   // contains a hyphen
	wPeriod                   // contains a period
	wAlpha                    // contains a letter
)

// lowerString returns s in lower case, allocating only when it changes.
func lowerString(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return toLowerSlow(s)
		}
	}
	return s
}

func toLowerSlow(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = utf8.AppendRune(b, runes.ToLower(r))
	}
	return string(b)
}

// describe fills w for the token form.
func describe(form string, w *word) {
	w.lower = lowerString(form)
	w.form = hashString(form)
	w.low = hashString(w.lower)
	h := uint64(fnvOffset)
	var prev byte
	n := 0
	letters, uppers := 0, 0
	w.flags = 0
	for i, r := range form {
		var c byte
		switch {
		case runes.IsUpper(r):
			c = 'X'
			uppers++
			letters++
		case runes.IsLetter(r):
			c = 'x'
			letters++
		case runes.IsDigit(r):
			c = 'd'
			w.flags |= wDigit
		default:
			if r < utf8.RuneSelf {
				c = byte(r)
			} else {
				c = '*'
			}
			switch r {
			case '-':
				w.flags |= wHyphen
			case '.':
				w.flags |= wPeriod
			}
		}
		if i == 0 {
			w.shapeC = c
		}
		if c != prev && n < 8 {
			h ^= uint64(c)
			h *= fnvPrime
			n++
		}
		prev = c
	}
	w.shape = h
	if letters > 0 {
		w.flags |= wAlpha
	}
	if w.shapeC == 'X' {
		w.flags |= wCap
	}
	if letters >= 2 && uppers == letters {
		w.flags |= wAllCap
	}
}

// Feature templates.
const (
	tBias = iota + 1
	tLow
	tForm
	tLowM1
	tLowP1
	tLowM2
	tLowP2
	tShape
	tShapeM1
	tShapeP1
	tShapeM1_0
	tShape0_P1
	tPrefix
	tSuffix
	tInitial
	tBigramM1
	tBigramP1
	tGaz
	tGazM1
	tGazP1
	tFlags
	tFlagsM1P1
	tLowM1Shape
	tLowP1Shape
	tLex
	tLexM1
	tLexP1
	tLexShape
	tHead
	tHeadM1
	tHeadP1
	tHeadP2
	tPos
	tPosM1
	tPosP1
	tPosShape
	tPosM1P1
	tClus
	tClusM1
	tClusP1
	tClusM2
	tClusP2
	tClusCap
	tClusM1_0
	tClus0_P1
	tSentShape
	tSentLex
	tSentClus
	tDocPrev
	tDocNext
	tDocPrevClus
	tDocNextClus
	tDocKinds
	tDocKindsShape
)

// Sentence casings.
const (
	caseMixed = iota // ordinary text
	caseTitle        // most words capitalised: a title, a name list
	caseUpper        // all words in capitals
	caseLower        // no capital letter at all
)

// sentenceCase classifies the casing of the words of a sentence.
func sentenceCase(ws []word) uint8 {
	alpha, caps, upper := 0, 0, 0
	for i := range ws {
		f := ws[i].flags
		if f&wAlpha == 0 {
			continue
		}
		alpha++
		if f&wCap != 0 {
			caps++
		}
		if f&wAllCap != 0 || f&wCap != 0 && len(ws[i].lower) == 1 {
			upper++
		}
	}
	switch {
	case alpha >= 2 && upper == alpha:
		return caseUpper
	case alpha >= 3 && caps*10 >= alpha*7:
		return caseTitle
	case alpha >= 2 && caps == 0:
		return caseLower
	}
	return caseMixed
}

var boundary = hashString("<s>")

// neighbours returns the typeFeats of the words one and two places
// before and after token i of ws (m1x, p1x, m2x, p2x), the window that
// features and the fast tables' rows read alike, and the words one
// before and one and two after (m1, p1, p2), which both read as well.
// A place beyond the sentence has no word (nil) and edge's typeFeats.
func neighbours(ws []word, i int, edge *typeFeats) (m1, p1, p2 *word, m1x, p1x, m2x, p2x *typeFeats) {
	m1x, p1x, m2x, p2x = edge, edge, edge, edge
	if i > 0 {
		m1 = &ws[i-1]
		m1x = m1.fx
	}
	if i+1 < len(ws) {
		p1 = &ws[i+1]
		p1x = p1.fx
	}
	if i > 1 {
		m2x = ws[i-2].fx
	}
	if i+2 < len(ws) {
		p2 = &ws[i+2]
		p2x = p2.fx
	}
	return
}

// features appends the feature hashes of token i of ws to dst. Those
// that depend on one word's form alone come from its typeFeats.
func features(ws []word, i int, dst []uint64) []uint64 {
	w := &ws[i]
	x := w.fx
	m1, p1, p2, m1x, p1x, m2x, p2x := neighbours(ws, i, &edge)
	low := func(x *word) uint64 {
		if x == nil {
			return boundary
		}
		return x.low
	}
	shape := func(x *word) uint64 {
		if x == nil {
			return boundary
		}
		return x.shape
	}
	dst = append(dst,
		bias,
		x.low,
		x.form,
		m1x.lowM1,
		p1x.lowP1,
		m2x.lowM2,
		p2x.lowP2,
		x.shape,
		m1x.shapeM1,
		p1x.shapeP1,
		mix(tShapeM1_0, shape(m1), w.shape),
		mix(tShape0_P1, w.shape, shape(p1)),
		mix(tBigramM1, low(m1), w.low),
		mix(tBigramP1, w.low, low(p1)),
		x.flags,
		mix(tLowM1Shape, low(m1), w.shape),
		mix(tLowP1Shape, low(p1), w.shape),
	)
	var fm, fp uint64 = 255, 255
	if m1 != nil {
		fm = uint64(m1.flags)
	}
	if p1 != nil {
		fp = uint64(p1.flags)
	}
	dst = append(dst, mix(tFlagsM1P1, fm<<8|fp, uint64(w.flags)))
	var lm, lp uint64 = 255, 255
	if m1 != nil {
		lm = uint64(m1.lex)
	}
	if p1 != nil {
		lp = uint64(p1.lex)
	}
	dst = append(dst, x.lex, mix(tLexM1, lm, uint64(w.lex)), mix(tLexP1, lp, uint64(w.lex)), x.lexShape)
	if w.pos != 0 {
		pos := func(x *word) uint64 {
			if x == nil {
				return boundary
			}
			return x.pos
		}
		dst = append(dst, mix(tPos, w.pos, 0), mix(tPosM1, pos(m1), w.pos), mix(tPosP1, w.pos, pos(p1)),
			mix(tPosShape, w.pos, w.shape), mix(tPosM1P1, pos(m1), pos(p1)))
	}
	clus := func(x *word) uint64 {
		if x == nil {
			return 256
		}
		return uint64(x.clus)
	}
	dst = append(dst, x.clus, m1x.clusM1, p1x.clusP1, m2x.clusM2, p2x.clusP2, x.clusCap,
		mix(tClusM1_0, clus(m1), clus(w)), mix(tClus0_P1, clus(w), clus(p1)))
	if w.sent != caseMixed {
		sc := uint64(w.sent)
		dst = append(dst, mix(tSentShape, sc, w.shape), mix(tSentLex, sc, uint64(w.lex)), mix(tSentClus, sc, clus(w)))
	}
	if w.heads != 0 {
		dst = append(dst, x.head)
	}
	if m1 != nil && m1.heads != 0 {
		dst = append(dst, m1x.headM1)
	}
	if p1 != nil && p1.heads != 0 {
		dst = append(dst, p1x.headP1)
	}
	if p2 != nil && p2.heads != 0 {
		dst = append(dst, p2x.headP2)
	}
	if i == 0 {
		dst = append(dst, x.initial)
	}
	// Prefixes and suffixes of the lower-case word, up to 4 bytes.
	dst = append(dst, x.affix[:x.nAffix]...)
	// Gazetteer matches, alone and with capitalisation. Most words, and
	// the words beside them, are in no gazetteer phrase: the kinds are
	// gone through only when one is.
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
				dst = append(dst, mix(tGaz, uint64(k)<<1, cp))
			}
			if w.gzI&bit != 0 {
				dst = append(dst, mix(tGaz, uint64(k)<<1|1, cp))
			}
			if gm&bit != 0 {
				dst = append(dst, mix(tGazM1, uint64(k), cp))
			}
			if gp&bit != 0 {
				dst = append(dst, mix(tGazP1, uint64(k), cp))
			}
		}
	}
	return dst
}
