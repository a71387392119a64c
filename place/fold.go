package place

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fold appends to dst the matching key of s: its letters and digits in
// lower case with diacritics removed ("Tiranë" → "tirane", "Zvečan" →
// "zvecan", "Ørsta" → "orsta"); spaces, punctuation and combining marks
// are dropped, so "Addis-Abeba", "Addis Abeba" and "AddisAbeba" share a
// key. Letters of scripts other than Latin are kept lower-cased; latin
// reports whether s had none of them. Invalid UTF-8 is dropped.
func fold(dst []byte, s string) (out []byte, latin bool) {
	latin = true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				dst = append(dst, c)
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size == 1 {
			continue
		}
		r = unicode.ToLower(r)
		if sp := special(r); sp != "" {
			dst = append(dst, sp...)
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue // marks, punctuation, spaces, symbols
		}
		if unicode.Is(unicode.Lm, r) {
			continue // modifier letters: ʻ ʼ ˮ, used as apostrophes
		}
		var src [utf8.UTFMax]byte
		var buf [4 * utf8.UTFMax]byte
		n := utf8.EncodeRune(src[:], r)
		d := norm.NFD.Append(buf[:0], src[:n]...)
		base := false
		for _, b := range d {
			switch {
			case 'a' <= b && b <= 'z':
				dst = append(dst, b)
				base = true
			case 'A' <= b && b <= 'Z':
				dst = append(dst, b+'a'-'A')
				base = true
			}
		}
		if !base {
			if unicode.IsDigit(r) {
				continue // non-ASCII digits do not match
			}
			latin = false
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst, latin
}

// special spells Latin letters that do not decompose into an ASCII base
// letter and a mark.
func special(r rune) string {
	switch r {
	case 'æ', 'Æ':
		return "ae"
	case 'œ', 'Œ':
		return "oe"
	case 'ø', 'Ø':
		return "o"
	case 'ß', 'ẞ':
		return "ss"
	case 'ł', 'Ł':
		return "l"
	case 'đ', 'Đ', 'ð', 'Ð':
		return "d"
	case 'þ', 'Þ':
		return "th"
	case 'ı':
		return "i"
	case 'ħ', 'Ħ':
		return "h"
	case 'ŧ', 'Ŧ':
		return "t"
	case 'ŋ', 'Ŋ':
		return "n"
	case 'ĸ':
		return "k"
	case 'ſ':
		return "s"
	case 'ƒ':
		return "f"
	case 'ə', 'Ə':
		return "a"
	}
	return ""
}

// foldString is fold into a new string.
func foldString(s string) string {
	b, _ := fold(nil, s)
	return string(b)
}
