package segment

import (
	"unicode/utf8"

	"github.com/casus-project/casus/model"
)

// Quote says what a token does in a quotation.
type Quote uint8

// Quote values.
const (
	NotQuote   Quote = iota // not a quotation mark
	QuoteOpen               // opens a quotation: “ or a " before a word
	QuoteClose              // closes a quotation: ” or a " after a word
)

// String returns "", "open" or "close".
func (q Quote) String() string {
	switch q {
	case QuoteOpen:
		return "open"
	case QuoteClose:
		return "close"
	}
	return ""
}

// QuoteOf tells whether toks[i], a token of text, opens or closes a
// quotation. Typographic quotes say so themselves; a straight quote (" or ')
// opens when it is glued to the word after it and closes when glued to the
// word before. When the spacing does not tell, the quotes of the same kind
// before it in toks are counted: an even number means it opens. Pass the
// tokens of a whole paragraph so that quotations spanning sentences pair up.
// An out-of-range i is NotQuote.
func QuoteOf(text string, toks []model.Token, i int) Quote {
	if i < 0 || i >= len(toks) {
		return NotQuote
	}
	t := toks[i]
	if t.Start < 0 || t.End > len(text) || t.Start >= t.End {
		return NotQuote
	}
	form := text[t.Start:t.End]
	if form != "\"" && form != "'" {
		return quoteOf(text, tok{start: t.Start, end: t.End}, 0)
	}
	n := 0
	for k := 0; k < i; k++ {
		s, e := toks[k].Start, toks[k].End
		if s >= 0 && e <= len(text) && s < e && text[s:e] == form {
			n++
		}
	}
	return quoteOf(text, tok{start: t.Start, end: t.End}, n)
}

// quoteOf classifies t; before is the number of the same straight quotes
// before it, used when spacing does not decide.
func quoteOf(text string, t tok, before int) Quote {
	switch text[t.start:t.end] {
	case "“", "‘", "«", "‹", "„", "‚", "``", "「", "『":
		return QuoteOpen
	case "”", "»", "›", "」", "』":
		return QuoteClose
	case "''":
		if gluedAfter(text, t.end) && !gluedBefore(text, t.start) {
			return QuoteOpen
		}
		return QuoteClose
	case "’":
		// Mostly an apostrophe or a closing single quote.
		if gluedAfter(text, t.end) && !gluedBefore(text, t.start) {
			return QuoteOpen
		}
		return QuoteClose
	case "\"", "'":
	default:
		return NotQuote
	}
	b, a := gluedBefore(text, t.start), gluedAfter(text, t.end)
	switch {
	case a && !b:
		return QuoteOpen
	case b && !a:
		return QuoteClose
	}
	if before%2 == 0 {
		return QuoteOpen
	}
	return QuoteClose
}

// gluedBefore reports whether a word or closing punctuation touches the
// text just before byte i.
func gluedBefore(text string, i int) bool {
	if i <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	switch r {
	case '(', '[', '{', '“', '‘', '«', '—', '–':
		return false
	}
	return !isSpaceRune(r, 2)
}

// gluedAfter reports whether a word or opening punctuation touches the
// text just after byte i.
func gluedAfter(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	switch r {
	case ')', ']', '}', ',', '.', ';', ':', '!', '?', '”', '’', '»', '—', '–':
		return false
	}
	return !isSpaceRune(r, 2)
}
