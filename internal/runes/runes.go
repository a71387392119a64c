// Package runes answers the unicode package's questions about a rune
// (IsLetter, IsDigit, IsNumber, IsMark, IsUpper, IsLower, IsSpace,
// ToLower) with the same answers, from tables for the runes UTF-8
// writes in one or two bytes (ASCII, the Latin supplements and
// extensions, Greek, Cyrillic, Armenian, Hebrew and Arabic) and for the
// General Punctuation block (U+2000 to U+206F: dashes, curly quotation
// marks, the ellipsis and the typographic spaces of English news).
//
// The unicode package finds a rune above Latin-1 by a binary search of
// its range tables, some hundred instructions a question, and the
// passes that read an article word by word (segmentation, tone,
// framing, the store's normalised text and shingles) ask several
// questions of every letter: a page in Russian or Greek paid for a
// search at each, and so did every dash and curly quotation mark. Other
// runes are passed to the unicode package, which answers them as before.
package runes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tableSize is the first rune not in the first table: UTF-8 writes
// every rune below it in at most two bytes.
const tableSize = 0x800

// The second table holds the General Punctuation block, which has no
// letters and no case: its runes are their own lower case.
const (
	punctStart = 0x2000
	punctEnd   = 0x2070
)

// Property bits of a rune in the tables.
const (
	letter uint8 = 1 << iota
	digit
	number
	mark
	upper
	lower
	space
)

// props holds the properties of each rune below tableSize, lowers its
// lower case (unicode.ToLower), and punct the properties of the runes of
// General Punctuation. They are set once, when the program starts, and
// never written after.
var (
	props, lowers = build()
	punct         = buildPunct()
)

// propsOf returns the property bits of r from the unicode package.
func propsOf(r rune) uint8 {
	var b uint8
	for _, t := range [...]struct {
		is  func(rune) bool
		bit uint8
	}{
		{unicode.IsLetter, letter}, {unicode.IsDigit, digit}, {unicode.IsNumber, number},
		{unicode.IsMark, mark}, {unicode.IsUpper, upper}, {unicode.IsLower, lower},
		{unicode.IsSpace, space},
	} {
		if t.is(r) {
			b |= t.bit
		}
	}
	return b
}

// build fills the first table from the unicode package.
func build() (p [tableSize]uint8, l [tableSize]uint16) {
	for r := rune(0); r < tableSize; r++ {
		p[r] = propsOf(r)
		// The lower case of every rune below tableSize fits a uint16
		// (TestLowerInTable checks).
		l[r] = uint16(unicode.ToLower(r))
	}
	return p, l
}

// buildPunct fills the second table from the unicode package.
func buildPunct() (p [punctEnd - punctStart]uint8) {
	for i := range p {
		p[i] = propsOf(rune(punctStart + i))
	}
	return p
}

// is reports whether r has property bit, asking the unicode package's
// question slow for a rune in neither table.
func is(r rune, bit uint8, slow func(rune) bool) bool {
	if uint32(r) < tableSize {
		return props[r]&bit != 0
	}
	if uint32(r-punctStart) < punctEnd-punctStart {
		return punct[r-punctStart]&bit != 0
	}
	return slow(r)
}

// IsLetter is unicode.IsLetter.
func IsLetter(r rune) bool { return is(r, letter, unicode.IsLetter) }

// IsDigit is unicode.IsDigit.
func IsDigit(r rune) bool { return is(r, digit, unicode.IsDigit) }

// IsNumber is unicode.IsNumber.
func IsNumber(r rune) bool { return is(r, number, unicode.IsNumber) }

// IsMark is unicode.IsMark.
func IsMark(r rune) bool { return is(r, mark, unicode.IsMark) }

// IsUpper is unicode.IsUpper.
func IsUpper(r rune) bool { return is(r, upper, unicode.IsUpper) }

// IsLower is unicode.IsLower.
func IsLower(r rune) bool { return is(r, lower, unicode.IsLower) }

// IsSpace is unicode.IsSpace.
func IsSpace(r rune) bool { return is(r, space, unicode.IsSpace) }

// ToLower is unicode.ToLower.
func ToLower(r rune) rune {
	if uint32(r) < tableSize {
		return rune(lowers[r])
	}
	if uint32(r-punctStart) < punctEnd-punctStart {
		return r
	}
	return unicode.ToLower(r)
}

// Lower is strings.ToLower. A string of ASCII without capitals is
// itself, and one with capitals strings.ToLower's own; any other is
// mapped rune by rune as strings.ToLower maps it (strings.Map), by
// ToLower.
func Lower(s string) string {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.Map(ToLower, s)
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return s
	}
	return strings.ToLower(s)
}
