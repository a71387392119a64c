package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/casus-project/casus/internal/runes"
)

// A span is one quotation in the text: the marks and the words inside.
type span struct {
	open, openEnd int // the opening mark, text[open:openEnd]
	close         int // the closing mark's offset; -1 when it never closes
	closeEnd      int
	start, end    int // the quoted words, trimmed of spaces
	para          int // index of the paragraph holding it
	cont          bool
	words         int
}

// opener reports whether r opens a quotation and which runes close it.
func opener(r rune) (closers string, ok bool) {
	switch r {
	case '“':
		return "”\"", true
	case '"':
		return "\"”", true
	case '«':
		return "»", true
	case '„':
		return "“”", true
	case '「':
		return "」", true
	case '『':
		return "』", true
	}
	return "", false
}

// isMark reports whether r is a double quotation mark of any style.
func isMark(r rune) bool {
	switch r {
	case '“', '”', '"', '«', '»', '„', '「', '」', '『', '』':
		return true
	}
	return false
}

// straightOpens tells whether a straight quote at text[i] opens: it
// follows a space, an opening bracket or a dash (or starts the line) and
// is followed by something other than a space.
func straightOpens(text string, i, lineStart int) bool {
	if i > lineStart {
		r, _ := utf8.DecodeLastRuneInString(text[lineStart:i])
		if !runes.IsSpace(r) && !unicode.Is(unicode.Ps, r) && r != '—' && r != '–' && r != '-' && r != '/' {
			return false
		}
	}
	if i+1 >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	return !runes.IsSpace(r)
}

// quoteSpans finds the quotations of text, paragraph by paragraph
// (paragraphs are separated by "\n"). A quotation that is not closed by
// the end of its paragraph ends there; when the next paragraph starts with
// an opening mark, that quotation continues it (cont is set).
func quoteSpans(text string) []span {
	var out []span
	para := 0
	prevOpen := false // the last paragraph ended inside a quotation
	for lineStart := 0; lineStart <= len(text); {
		lineEnd := len(text)
		if k := strings.IndexByte(text[lineStart:], '\n'); k >= 0 {
			lineEnd = lineStart + k
		}
		first := true
		endedOpen := false
		for i := lineStart; i < lineEnd; {
			// The straight quote is the only ASCII opener: other ASCII
			// bytes only end the paragraph's leading space.
			if c := text[i]; c < utf8.RuneSelf && c != '"' {
				if !asciiSpace(c) {
					first = false
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:lineEnd])
			if runes.IsSpace(r) {
				i += n
				continue
			}
			closers, ok := opener(r)
			if !ok || (r == '"' && !straightOpens(text, i, lineStart)) {
				first = false
				i += n
				continue
			}
			s := span{open: i, openEnd: i + n, close: -1, para: para, cont: first && prevOpen}
			first = false
			depth := 0
			j := i + n
			for j < lineEnd {
				// No opener or closer is ASCII but the straight quote.
				if c := text[j]; c < utf8.RuneSelf && c != '"' {
					j++
					continue
				}
				c, m := utf8.DecodeRuneInString(text[j:lineEnd])
				if c == r && r != '"' && !containsRune(closers, c) {
					depth++ // the same opener nested, as in « ... « ... » ... »
				} else if containsRune(closers, c) {
					if depth == 0 {
						s.close, s.closeEnd = j, j+m
						break
					}
					depth--
				}
				j += m
			}
			innerEnd := lineEnd
			if s.close >= 0 {
				innerEnd = s.close
			}
			s.start, s.end = trimSpace(text, s.openEnd, innerEnd)
			if s.start < s.end {
				s.words = countWords(text[s.start:s.end])
				out = append(out, s)
			}
			if s.close < 0 {
				endedOpen = true
				break
			}
			i = s.closeEnd
		}
		prevOpen = endedOpen
		para++
		lineStart = lineEnd + 1
	}
	return out
}

// asciiSpace reports whether the ASCII byte c is white space as
// unicode.IsSpace has it.
func asciiSpace(c byte) bool {
	switch c {
	case '\t', '\n', '\v', '\f', '\r', ' ':
		return true
	}
	return false
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// trimSpace narrows [a, b) of text to exclude surrounding white space.
func trimSpace(text string, a, b int) (int, int) {
	for a < b {
		r, n := utf8.DecodeRuneInString(text[a:b])
		if !runes.IsSpace(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(text[a:b])
		if !runes.IsSpace(r) {
			break
		}
		b -= n
	}
	return a, b
}

// countWords counts the space-separated words of s.
func countWords(s string) int {
	n := 0
	in := false
	for _, r := range s {
		if runes.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			n++
		}
		in = true
	}
	return n
}

// A Quotation is a quoted passage found by its marks, speech or not.
type Quotation struct {
	// Open is the offset of the opening mark; Start and End delimit the
	// quoted words (trimmed of spaces); Close is the offset just past the
	// closing mark, or End when the quotation never closes in its
	// paragraph.
	Open, Start, End, Close int
	// Words counts the space-separated words quoted.
	Words int
}

// Marks are the quotations of one text found by their marks
// (FindMarks). Found once, they serve both FindAll (Options.Marks) and
// Quotations, which package frame reads.
type Marks struct {
	text  string
	spans []span
}

// FindMarks finds the quotations of text as Find does: paragraph by
// paragraph, with straight, curly, « », „ “ and 「 」 marks.
func FindMarks(text string) *Marks { return &Marks{text: text, spans: quoteSpans(text)} }

// Quotations returns every quoted passage of m's text in order.
func (m *Marks) Quotations() []Quotation {
	out := make([]Quotation, len(m.spans))
	for i, s := range m.spans {
		q := Quotation{Open: s.open, Start: s.start, End: s.end, Close: s.end, Words: s.words}
		if s.close >= 0 {
			q.Close = s.closeEnd
		}
		out[i] = q
	}
	return out
}

// Quotations returns every quoted passage of text in order, found as Find
// finds them (FindMarks). Package frame uses it to find scare quotes.
func Quotations(text string) []Quotation { return FindMarks(text).Quotations() }
