package ner

import (
	"unicode"
	"unicode/utf8"
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

// word holds what is computed once per token of a sentence.
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
	pos    uint64 // hash of the part-of-speech tag, 0 when unknown
	shapeC byte   // class of the first character
	h1     uint32 // phrase hash of lower alone (see phraseStep)
	gz1    uint8  // gazetteer kinds of lower alone
	gz1OK  bool   // whether lower alone is a gazetteer phrase
}

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
		b = utf8.AppendRune(b, unicode.ToLower(r))
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
		case unicode.IsUpper(r):
			c = 'X'
			uppers++
			letters++
		case unicode.IsLetter(r):
			c = 'x'
			letters++
		case unicode.IsDigit(r):
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

// features appends the feature hashes of token i of ws to dst.
func features(ws []word, i int, dst []uint64) []uint64 {
	w := &ws[i]
	var m1, p1, m2, p2 *word
	if i > 0 {
		m1 = &ws[i-1]
	}
	if i+1 < len(ws) {
		p1 = &ws[i+1]
	}
	if i > 1 {
		m2 = &ws[i-2]
	}
	if i+2 < len(ws) {
		p2 = &ws[i+2]
	}
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
		mix(tBias, 0, 0),
		mix(tLow, w.low, 0),
		mix(tForm, w.form, 0),
		mix(tLowM1, low(m1), 0),
		mix(tLowP1, low(p1), 0),
		mix(tLowM2, low(m2), 0),
		mix(tLowP2, low(p2), 0),
		mix(tShape, w.shape, 0),
		mix(tShapeM1, shape(m1), 0),
		mix(tShapeP1, shape(p1), 0),
		mix(tShapeM1_0, shape(m1), w.shape),
		mix(tShape0_P1, w.shape, shape(p1)),
		mix(tBigramM1, low(m1), w.low),
		mix(tBigramP1, w.low, low(p1)),
		mix(tFlags, uint64(w.flags), 0),
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
	dst = append(dst, mix(tLex, uint64(w.lex), 0), mix(tLexM1, lm, uint64(w.lex)), mix(tLexP1, lp, uint64(w.lex)),
		mix(tLexShape, uint64(w.lex), w.shape))
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
	dst = append(dst, mix(tClus, clus(w), 0), mix(tClusM1, clus(m1), 0), mix(tClusP1, clus(p1), 0),
		mix(tClusM2, clus(m2), 0), mix(tClusP2, clus(p2), 0),
		mix(tClusCap, clus(w), uint64(w.flags&(wCap|wAllCap))),
		mix(tClusM1_0, clus(m1), clus(w)), mix(tClus0_P1, clus(w), clus(p1)))
	if w.sent != caseMixed {
		sc := uint64(w.sent)
		dst = append(dst, mix(tSentShape, sc, w.shape), mix(tSentLex, sc, uint64(w.lex)), mix(tSentClus, sc, clus(w)))
	}
	if w.heads != 0 {
		dst = append(dst, mix(tHead, uint64(w.heads), uint64(w.flags&wCap)))
	}
	if m1 != nil && m1.heads != 0 {
		dst = append(dst, mix(tHeadM1, uint64(m1.heads), uint64(m1.flags&wCap)))
	}
	if p1 != nil && p1.heads != 0 {
		dst = append(dst, mix(tHeadP1, uint64(p1.heads), uint64(p1.flags&wCap)))
	}
	if p2 != nil && p2.heads != 0 {
		dst = append(dst, mix(tHeadP2, uint64(p2.heads), uint64(p2.flags&wCap)))
	}
	if i == 0 {
		dst = append(dst, mix(tInitial, uint64(w.shapeC), 0))
	}
	// Prefixes and suffixes of the lower-case word, up to 4 bytes.
	s := w.lower
	for k := 1; k <= 4 && k < len(s); k++ {
		dst = append(dst, mix(tPrefix, uint64(k), hashString(s[:k])), mix(tSuffix, uint64(k), hashString(s[len(s)-k:])))
	}
	// Gazetteer matches, alone and with capitalisation.
	cp := uint64(w.flags & (wCap | wAllCap))
	for k := uint8(0); k < gzKinds; k++ {
		bit := uint8(1) << k
		if w.gzB&bit != 0 {
			dst = append(dst, mix(tGaz, uint64(k)<<1, cp))
		}
		if w.gzI&bit != 0 {
			dst = append(dst, mix(tGaz, uint64(k)<<1|1, cp))
		}
		if m1 != nil && (m1.gzB|m1.gzI)&bit != 0 {
			dst = append(dst, mix(tGazM1, uint64(k), cp))
		}
		if p1 != nil && (p1.gzB|p1.gzI)&bit != 0 {
			dst = append(dst, mix(tGazP1, uint64(k), cp))
		}
	}
	return dst
}
