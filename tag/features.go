package tag

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/casus-project/casus/internal/runes"
)

// maxFeatureBytes bounds how much of a token the word features read, so a
// pathological token costs no more than an ordinary long one.
const maxFeatureBytes = 128

// Values that stand for the words and tags beyond the sentence's edges.
const (
	padStart1 = 0x5354415254310000 // two before the first word
	padStart2 = 0x5354415254320000 // one before
	padEnd1   = 0x454e443100000000
	padEnd2   = 0x454e443200000000
	noTag     = 0xffff
)

// word holds the hashed, per-word facts that features are built from;
// it is computed once per token per sentence.
type word struct {
	form, lower uint64
	suf         [5]uint64 // lowercased suffixes of 1..5 bytes
	pre         [3]uint64 // lowercased prefixes of 1..3 bytes
	shape       uint64
	flags       uint64
	amb         uint64 // the word's ambiguity class in the training data; 0 if rare
	ambForm     uint64 // the same for the exact, case-sensitive form
	tail        uint64 // the part after the last hyphen, or 0
	ctx         uint64 // how capitalised the whole sentence is
	wn          uint64 // what WordNet says of the word; see wnSignature
	fixed       int    // the tag-dictionary tag, or -1
}

func padWord(v uint64) word {
	w := word{form: v, lower: v, shape: v, flags: v, amb: v, ambForm: v, ctx: v, wn: v, fixed: -1}
	for i := range w.suf {
		w.suf[i] = v
	}
	for i := range w.pre {
		w.pre[i] = v
	}
	return w
}

// Flag bits of word.flags.
const (
	flagDigit = 1 << iota
	flagHyphen
	flagUpper
	flagAllUpper
	flagInitUpper
	flagPeriod
	flagNonASCII
	flagLetter
	flagLenShift = 8
)

// appendLower appends the lower-case form of s to b.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(b, runes.Lower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// analyse fills w for form. buf is scratch space; the lower-case form is
// returned in it.
func (lx *lexicon) analyse(w *word, form string, buf []byte) []byte {
	w.form = hashString(form)
	if len(form) > maxFeatureBytes {
		form = form[:maxFeatureBytes]
	}
	lower := appendLower(buf[:0], form)
	w.lower = hashBytes(lower)
	for k := range w.suf {
		n := min(k+1, len(lower))
		w.suf[k] = hashBytes(lower[len(lower)-n:])
	}
	for k := range w.pre {
		n := min(k+1, len(lower))
		w.pre[k] = hashBytes(lower[:n])
	}
	w.tail = 0
	if i := bytes.LastIndexByte(lower, '-'); i > 0 && i < len(lower)-1 {
		w.tail = hashBytes(lower[i+1:])
	}
	var flags uint64
	shape := uint64(fnvOffset)
	var last rune = -1
	run, letters, uppers := 0, 0, 0
	for i, r := range form {
		var c rune
		switch {
		case r < utf8.RuneSelf:
			switch {
			case 'A' <= r && r <= 'Z':
				c = 'X'
				uppers++
				letters++
				if i == 0 {
					flags |= flagInitUpper
				}
			case 'a' <= r && r <= 'z':
				c = 'x'
				letters++
			case '0' <= r && r <= '9':
				c = 'd'
				flags |= flagDigit
			default:
				c = r
				switch r {
				case '-':
					flags |= flagHyphen
				case '.':
					flags |= flagPeriod
				}
			}
		default:
			flags |= flagNonASCII
			switch {
			case runes.IsUpper(r):
				c = 'X'
				uppers++
				letters++
				if i == 0 {
					flags |= flagInitUpper
				}
			case runes.IsLetter(r):
				c = 'x'
				letters++
			case runes.IsDigit(r):
				c = 'd'
				flags |= flagDigit
			default:
				c = '*'
			}
		}
		if c == last {
			run++
			if run > 2 {
				continue
			}
		} else {
			run = 1
			last = c
		}
		shape ^= uint64(c)
		shape *= fnvPrime
	}
	if letters > 0 {
		flags |= flagLetter
	}
	if uppers > 0 {
		flags |= flagUpper
		if uppers == letters {
			flags |= flagAllUpper
		}
	}
	var lb uint64
	switch n := len(form); {
	case n <= 4:
		lb = uint64(n)
	case n <= 6:
		lb = 5
	case n <= 9:
		lb = 6
	default:
		lb = 7
	}
	w.flags = flags | lb<<flagLenShift
	w.shape = shape
	w.amb = lx.amb.get(w.lower)
	w.ambForm = lx.amb.get(formKey(w.form))
	w.wn = 0
	if flags&flagLetter != 0 {
		w.wn = lx.wnSignature(lower)
	}
	w.fixed = -1
	if t := lx.fixed.get(w.form); t != 0 {
		w.fixed = int(t - 1)
	}
	return lower
}

// formKey is the lexicon key of a case-sensitive form, kept apart from
// the lower-case keys.
func formKey(h uint64) uint64 { return mix(h ^ 0x466f726d) }

// setContext records in each word how capitalised the sentence is: the
// share of its words with letters that begin with a capital, in four
// bands, so that headlines and titles can be told from running text.
func setContext(words []word) {
	letters, caps := 0, 0
	for i := range words {
		f := words[i].flags
		if f&flagLetter != 0 {
			letters++
			if f&flagInitUpper != 0 {
				caps++
			}
		}
	}
	var band uint64
	switch {
	case letters == 0:
		band = 0
	case caps*10 <= letters*2:
		band = 1
	case caps*10 <= letters*5:
		band = 2
	case caps*10 <= letters*8:
		band = 3
	default:
		band = 4
	}
	for i := range words {
		words[i].ctx = band
	}
}

// Feature templates. The numbers are part of the model: changing one
// invalidates trained weights.
const (
	tBias = iota
	tForm
	tLower
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tSuf5
	tPre1
	tPre2
	tPre3
	tShape
	tFlags
	tPrev1
	tNext1
	tPrev2
	tNext2
	tPrev1Suf3
	tNext1Suf3
	tPrev1Word
	tWordNext1
	tAmb
	tNext1Amb
	tNext2Amb
	tNext1Shape
	tAmbNext1Amb
	tTail
	tFirstFlags
	tTag1
	tTag12
	tTag1Word
	tTag2
	tTag1Suf3
	tTag1Next1
	tTag1Amb
	tRight1
	tRight12
	tTag1Right1
	tRight1Word
	tRight1Amb
	tRight1Suf3
	tRight2
	tUPOSBias
	tUPOSWord
	tUPOSSuf3
	tUPOSShape
	tUPOSPrev
	tUPOSNext
	tUPOSPrevWord
	tUPOSNextWord
	tUPOSPrevTag
	tUPOSNextTag
	tUPOSFlags
	tUPOSNext2
	tAmbForm
	tNext1AmbForm
	tCaseContext
	tCaseTrigram
	tWN
	tWNCase
	tWNSuf
	tNext1WN
	tPrev1WN
	tTag2Word
	tLastVerb
	tLastVerbAmb
)

// verbalTags returns the set of the tags in names that a verb form, a
// modal or "to" have.
func verbalTags(names []string) uint64 {
	var m uint64
	for i, n := range names {
		if i < 64 && (strings.HasPrefix(n, "VB") || n == "MD" || n == "TO") {
			m |= 1 << i
		}
	}
	return m
}

const caseBits = flagInitUpper | flagAllUpper | flagLetter

// tagValue turns a tag index into a feature value.
func tagValue(t int) uint64 {
	if t < 0 {
		return noTag
	}
	return uint64(t) + 1
}

// xposFeatures appends the features of token i to fs. words is padded by
// two on each side; left holds the tags already chosen for tokens before
// i; right, when not nil, holds a previous pass's tags for every token.
//
// verbal is the set of verb, modal and "to" tags: the nearest one of them
// among the last few tags is a feature.
func xposFeatures(fs []uint64, words []word, i int, left []int, right []int, verbal uint64) []uint64 {
	fs = wordFeatures(fs, &words[i+2])
	fs = nextFeatures(fs, &words[i+3])
	return contextFeatures(fs, words, i, left, right, verbal, 0)
}

// leftTags returns the values of the tags of the two tokens before token
// i, left holding the tags chosen so far, or of the pads before the
// sentence.
func leftTags(i int, left []int) (t1, t2 uint64) {
	t1, t2 = padStart2, padStart1
	if i >= 1 {
		t1 = tagValue(left[i-1])
	}
	if i >= 2 {
		t2 = tagValue(left[i-2])
	} else if i == 1 {
		t2 = padStart2
	}
	return t1, t2
}

// pairFeatures appends the features of a token that depend on the tags
// t1 and t2 before it alone (see leftTags).
func pairFeatures(fs []uint64, t1, t2 uint64) []uint64 {
	return append(fs, f1(tTag1, t1), f2(tTag12, t1, t2), f1(tTag2, t2))
}

// nextFeatures appends the features of a token that depend on the next
// word, n1, alone.
func nextFeatures(fs []uint64, n1 *word) []uint64 {
	return append(fs,
		f1(tNext1, n1.lower),
		f1(tNext1Suf3, n1.suf[2]),
		f1(tNext1Amb, n1.amb),
		f1(tNext1Shape, n1.shape),
		f1(tNext1AmbForm, n1.ambForm),
		f1(tNext1WN, n1.wn),
	)
}

// wordFeatures appends the features of w that depend on the word alone,
// and so have the same weights wherever it stands: xposFeatures is
// wordFeatures followed by contextFeatures.
func wordFeatures(fs []uint64, w *word) []uint64 {
	fs = append(fs,
		f1(tBias, 1),
		f1(tForm, w.form),
		f1(tLower, w.lower),
		f1(tSuf1, w.suf[0]),
		f1(tSuf2, w.suf[1]),
		f1(tSuf3, w.suf[2]),
		f1(tSuf4, w.suf[3]),
		f1(tSuf5, w.suf[4]),
		f1(tPre1, w.pre[0]),
		f1(tPre2, w.pre[1]),
		f1(tPre3, w.pre[2]),
		f1(tShape, w.shape),
		f1(tFlags, w.flags),
		f1(tAmb, w.amb),
		f1(tAmbForm, w.ambForm),
	)
	if w.wn != 0 {
		fs = append(fs, f1(tWN, w.wn), f2(tWNSuf, w.wn, w.suf[1]))
	}
	if w.tail != 0 {
		fs = append(fs, f1(tTail, w.tail))
	}
	return fs
}

// prevFeatures appends the features of a token that depend on the word
// before it, p1, alone: contextFeatures leaves them out with leavePrev.
func prevFeatures(fs []uint64, p1 *word) []uint64 {
	return append(fs, f1(tPrev1, p1.lower), f1(tPrev1Suf3, p1.suf[2]), f1(tPrev1WN, p1.wn))
}

// next2Features appends the features of a token that depend on the word
// two after it, n2, alone: contextFeatures leaves them out with
// leaveNext2.
func next2Features(fs []uint64, n2 *word) []uint64 {
	return append(fs, f1(tNext2, n2.lower), f1(tNext2Amb, n2.amb))
}

// What contextFeatures leaves out, for a caller that scores it otherwise
// (with dense rows of the same features' weights).
const (
	leavePairs = 1 << iota // pairFeatures, scored with pairRows
	leavePrev              // prevFeatures, scored with the word cache's rows
	leaveNext2             // next2Features, scored with the word cache's rows
)

// contextFeatures appends the features of token i that depend on its
// neighbours, the tags chosen or the sentence: those of xposFeatures
// that wordFeatures and nextFeatures leave out, less those leave names.
// With nothing left out they come in the order training has always used.
func contextFeatures(fs []uint64, words []word, i int, left []int, right []int, verbal uint64, leave int) []uint64 {
	w := &words[i+2]
	p1, p2 := &words[i+1], &words[i]
	n1, n2 := &words[i+3], &words[i+4]
	prev, next2 := leave&leavePrev == 0, leave&leaveNext2 == 0
	if prev {
		fs = append(fs, f1(tPrev1, p1.lower))
	}
	fs = append(fs, f1(tPrev2, p2.lower))
	if next2 {
		fs = append(fs, f1(tNext2, n2.lower))
	}
	if prev {
		fs = append(fs, f1(tPrev1Suf3, p1.suf[2]))
	}
	fs = append(fs,
		f2(tPrev1Word, p1.lower, w.lower),
		f2(tWordNext1, w.lower, n1.lower),
	)
	if next2 {
		fs = append(fs, f1(tNext2Amb, n2.amb))
	}
	fs = append(fs, f2(tAmbNext1Amb, w.amb, n1.amb))
	first := uint64(0)
	if i == 0 {
		first = 1 << 20
	}
	fs = append(fs,
		f2(tCaseContext, w.ctx, w.flags&caseBits|first),
		f2(tCaseTrigram, p1.flags&caseBits<<8|n1.flags&caseBits|first, w.shape),
	)
	if w.wn != 0 {
		fs = append(fs, f2(tWNCase, w.wn, w.flags&caseBits|first))
	}
	if prev {
		fs = append(fs, f1(tPrev1WN, p1.wn))
	}
	if i == 0 {
		fs = append(fs, f1(tFirstFlags, w.flags))
	}
	t1, t2 := leftTags(i, left)
	if leave&leavePairs != 0 {
		fs = append(fs,
			f2(tTag1Word, t1, w.lower),
			f2(tTag1Suf3, t1, w.suf[2]),
			f2(tTag1Next1, t1, n1.lower),
			f2(tTag1Amb, t1, w.amb),
			f2(tTag2Word, t2, w.lower),
		)
	} else {
		// In the order training has always used.
		fs = append(fs,
			f1(tTag1, t1),
			f2(tTag12, t1, t2),
			f2(tTag1Word, t1, w.lower),
			f1(tTag2, t2),
			f2(tTag1Suf3, t1, w.suf[2]),
			f2(tTag1Next1, t1, n1.lower),
			f2(tTag1Amb, t1, w.amb),
			f2(tTag2Word, t2, w.lower),
		)
	}
	lv := uint64(noTag)
	for j := i - 1; j >= max(0, i-6); j-- {
		if t := left[j]; t >= 0 && t < 64 && verbal&(1<<t) != 0 {
			lv = uint64(t)<<8 | uint64(min(i-j, 3))
			break
		}
	}
	fs = append(fs, f1(tLastVerb, lv), f2(tLastVerbAmb, lv, w.amb))
	if right == nil {
		return fs
	}
	n := len(right)
	r1, r2 := uint64(padEnd1), uint64(padEnd2)
	if i+1 < n {
		r1 = tagValue(right[i+1])
	}
	if i+2 < n {
		r2 = tagValue(right[i+2])
	} else if i+1 < n {
		r2 = padEnd1
	}
	return append(fs,
		f1(tRight1, r1),
		f2(tRight12, r1, r2),
		f2(tTag1Right1, t1, r1),
		f2(tRight1Word, r1, w.lower),
		f2(tRight1Amb, r1, w.amb),
		f2(tRight1Suf3, r1, w.suf[2]),
		f1(tRight2, r2),
	)
}

// uposWordFeatures appends the features of the UPOS classifier that
// depend on word w and its XPOS tag x alone: those of uposFeatures that
// uposContextFeatures leaves out.
func uposWordFeatures(fs []uint64, w *word, x uint64) []uint64 {
	return append(fs,
		f1(tUPOSBias, x),
		f2(tUPOSWord, x, w.lower),
		f2(tUPOSSuf3, x, w.suf[2]),
		f2(tUPOSShape, x, w.shape),
		f2(tUPOSFlags, x, w.flags),
	)
}

// uposContextFeatures appends the features of the UPOS classifier for
// token i that read the words or tags around it: uposFeatures less
// uposWordFeatures.
func uposContextFeatures(fs []uint64, words []word, i int, xpos []int) []uint64 {
	w := &words[i+2]
	x := tagValue(xpos[i])
	prev, next := uint64(padStart2), uint64(padEnd1)
	if i > 0 {
		prev = tagValue(xpos[i-1])
	}
	if i+1 < len(xpos) {
		next = tagValue(xpos[i+1])
	}
	return append(fs,
		f2(tUPOSPrev, x, words[i+1].lower),
		f2(tUPOSNext, x, words[i+3].lower),
		f2(tUPOSPrevWord, words[i+1].lower, w.lower),
		f2(tUPOSNextWord, w.lower, words[i+3].lower),
		f2(tUPOSPrevTag, x, prev),
		f2(tUPOSNextTag, x, next),
		f2(tUPOSNext2, x, words[i+4].lower),
	)
}

// uposFeatures appends the features of the UPOS classifier for token i,
// given every token's XPOS tag.
func uposFeatures(fs []uint64, words []word, i int, xpos []int) []uint64 {
	w := &words[i+2]
	x := tagValue(xpos[i])
	prev, next := uint64(padStart2), uint64(padEnd1)
	if i > 0 {
		prev = tagValue(xpos[i-1])
	}
	if i+1 < len(xpos) {
		next = tagValue(xpos[i+1])
	}
	return append(fs,
		f1(tUPOSBias, x),
		f2(tUPOSWord, x, w.lower),
		f2(tUPOSSuf3, x, w.suf[2]),
		f2(tUPOSShape, x, w.shape),
		f2(tUPOSPrev, x, words[i+1].lower),
		f2(tUPOSNext, x, words[i+3].lower),
		f2(tUPOSPrevWord, words[i+1].lower, w.lower),
		f2(tUPOSNextWord, w.lower, words[i+3].lower),
		f2(tUPOSPrevTag, x, prev),
		f2(tUPOSNextTag, x, next),
		f2(tUPOSFlags, x, w.flags),
		f2(tUPOSNext2, x, words[i+4].lower),
	)
}
