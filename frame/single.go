package frame

import (
	"strings"
	"unicode/utf8"

	"github.com/casus-project/casus/quote"

	"github.com/casus-project/casus/internal/runes"
)

// maxSingleQuoted bounds how far, in bytes, a single-quoted passage is
// looked for: scare quotes are a few words long.
const maxSingleQuoted = 80

// singleQuotations returns the short passages of text in single quotes,
// straight or curly ("a 'cyberattack'", "a ‘so-called’ inquiry"), which
// package quote leaves aside (in English news single quotes mark words,
// not speech). An opening mark follows no letter or digit and touches the
// word after it; a closing one touches the word before it and is followed
// by no letter or digit, so that apostrophes ("Iran's", "ministers'
// talks") neither open nor close. A passage holds no other quotation mark
// and no line break.
func singleQuotations(text string) []quote.Quotation {
	var out []quote.Quotation
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf && c != '\'' {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if (r != '\'' && r != '‘') || !opensSingle(text, i, n) {
			i += n
			continue
		}
		q, ok := closeSingle(text, i, n)
		if !ok {
			i += n
			continue
		}
		out = append(out, q)
		i = q.Close
	}
	return out
}

func opensSingle(text string, i, n int) bool {
	if i > 0 {
		if p, _ := utf8.DecodeLastRuneInString(text[:i]); runes.IsLetter(p) || runes.IsDigit(p) {
			return false
		}
	}
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	return runes.IsLetter(next) || runes.IsDigit(next)
}

// closeSingle finds the mark closing the single quote at text[i:i+n].
func closeSingle(text string, i, n int) (quote.Quotation, bool) {
	limit := min(len(text), i+n+maxSingleQuoted)
	for j := i + n; j < limit; {
		r, m := utf8.DecodeRuneInString(text[j:])
		switch r {
		case '\n', '"', '“', '”', '‘':
			return quote.Quotation{}, false
		case '\'', '’':
			prev, _ := utf8.DecodeLastRuneInString(text[:j])
			next, _ := utf8.DecodeRuneInString(text[j+m:])
			if runes.IsSpace(prev) {
				return quote.Quotation{}, false // another opening mark
			}
			if !runes.IsLetter(next) && !runes.IsDigit(next) {
				inner := text[i+n : j]
				start := i + n + (len(inner) - len(strings.TrimLeft(inner, " ")))
				end := j - (len(inner) - len(strings.TrimRight(inner, " ")))
				return quote.Quotation{Open: i, Start: start, End: end, Close: j + m, Words: len(strings.Fields(inner))}, true
			}
		}
		j += m
	}
	return quote.Quotation{}, false
}
