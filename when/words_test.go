package when

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// wordsDecoding is words as it was before its ASCII fast path: every
// rune decoded and tested with the unicode package. TestWordsASCII holds
// words to it.
func wordsDecoding(text string) []word {
	var ws []word
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) && r2 != '\'' {
					break
				}
				j += s2
			}
			possessive := j-i > 2 && text[j-2] == '\'' && (text[j-1] == 's' || text[j-1] == 'S')
			if possessive {
				j -= 2
			}
			w := word{start: int32(i), end: int32(j), lower: strings.ToLower(text[i:j]), upper: unicode.IsUpper(r), num: -1}
			if j-i <= 4 && asciiDigits(text[i:j]) {
				w.num, _ = strconv.Atoi(text[i:j])
				w.digits = uint8(j - i)
			}
			ws = append(ws, w)
			i = j
			if possessive {
				ws = append(ws, word{start: int32(j + 1), end: int32(j + 2), lower: strings.ToLower(text[j+1 : j+2]), num: -1})
				i = j + 2
			}
		case r == '-' || r == '–' || r == '/':
			ws = append(ws, word{start: int32(i), end: int32(i + size), lower: "-", num: -1})
			i += size
		case r == '.' || r == ',':
			p := "."
			if r == ',' {
				p = ","
			}
			ws = append(ws, word{start: int32(i), end: int32(i + size), lower: p, num: -1})
			i += size
		default:
			i += size
		}
	}
	return ws
}

// TestWordsASCII checks that words, which reads ASCII bytes without
// decoding them, splits texts as decoding every rune does: at the edges of
// ASCII's letters and digits ('@', '[', '`', '{' and '/' border them),
// across Latin-1, Greek and Cyrillic letters, curly and straight
// apostrophes, dashes and bytes that are no UTF-8.
func TestWordsASCII(t *testing.T) {
	texts := []string{
		"",
		"On Tuesday's vote, 14 deputies left at 9.30 a.m.",
		"Ministers met in Zürich on 3/4 May – the talks’ second day.",
		"@home [draft] `code` {brace} a_b A-Z 0/9 z~Z",
		"Δευτέρα: the Κυβέρνηση said so; во вторник министр заявил 12 мая.",
		"Naïve façade Œuvre ÀÉÎÕÜ ß ÿ µ ª º × ÷ ½ ²",
		"O'Neill's office said the deal's terms' end 'next week'.",
		"bad \xff\xfe bytes\xc3 and a cut rune \xe2\x80",
		"2024-03-04, 1999–2001 and the 1990s' wars",
		"Ⅻ ٣ ३ digits of other scripts, and ʼokina",
	}
	for _, text := range texts {
		got, want := words(text), wordsDecoding(text)
		if !slices.Equal(got, want) {
			t.Errorf("words(%q):\n got %+v\nwant %+v", text, got, want)
		}
	}
}
