package runes

import (
	"strings"
	"testing"
	"unicode"
)

// TestTable asks every rune, and runes outside Unicode, each question
// of both this package and the unicode package.
func TestTable(t *testing.T) {
	for _, tc := range []struct {
		name string
		got  func(rune) bool
		want func(rune) bool
	}{
		{"IsLetter", IsLetter, unicode.IsLetter},
		{"IsDigit", IsDigit, unicode.IsDigit},
		{"IsNumber", IsNumber, unicode.IsNumber},
		{"IsMark", IsMark, unicode.IsMark},
		{"IsUpper", IsUpper, unicode.IsUpper},
		{"IsLower", IsLower, unicode.IsLower},
		{"IsSpace", IsSpace, unicode.IsSpace},
	} {
		for r := rune(-2); r <= unicode.MaxRune+2; r++ {
			if g, w := tc.got(r), tc.want(r); g != w {
				t.Fatalf("%s(%U) = %v, unicode says %v", tc.name, r, g, w)
			}
		}
	}
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		if g, w := ToLower(r), unicode.ToLower(r); g != w {
			t.Fatalf("ToLower(%U) = %U, unicode says %U", r, g, w)
		}
	}
}

// TestLower lowers strings of every kind strings.ToLower handles
// apart: ASCII with and without capitals, letters of the tables and
// beyond them, letters whose lower case is longer or shorter in UTF-8,
// and invalid UTF-8, which both write as U+FFFD.
func TestLower(t *testing.T) {
	for _, s := range []string{
		"", "peace", "Peace TALKS", "Москва", "ΑΘΗΝΑ", "Ǆemal", "İstanbul",
		"\u212aelvin", "ⱯⱮ", "Łódź — “Quoted”", "bad \xff byte", "\xc3", "МОСКВА\x80x",
	} {
		if got, want := Lower(s), strings.ToLower(s); got != want {
			t.Errorf("Lower(%q) = %q, strings.ToLower gives %q", s, got, want)
		}
	}
}

// TestPunctCaseless checks what ToLower relies on: General Punctuation
// has no case.
func TestPunctCaseless(t *testing.T) {
	for r := rune(punctStart); r < punctEnd; r++ {
		if l := unicode.ToLower(r); l != r {
			t.Fatalf("ToLower(%U) = %U", r, l)
		}
	}
}

// TestLowerInTable checks what build relies on: the lower case of every
// rune of the table fits the table's uint16.
func TestLowerInTable(t *testing.T) {
	for r := rune(0); r < tableSize; r++ {
		if l := unicode.ToLower(r); l < 0 || l > 0xffff {
			t.Fatalf("ToLower(%U) = %U, outside uint16", r, l)
		}
	}
}

// BenchmarkIsLetterCyrillic asks of Cyrillic letters, which the unicode
// package finds by a binary search.
func BenchmarkIsLetterCyrillic(b *testing.B) {
	n := 0
	for b.Loop() {
		for r := rune(0x400); r < 0x500; r++ {
			if IsLetter(r) {
				n++
			}
		}
	}
	_ = n
}
