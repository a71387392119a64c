package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/casus-project/casus/internal/runes"
)

// Token flags.
const (
	flagSpace   uint8 = 1 << iota // whitespace before the token
	flagNewline                   // a line break before the token
	flagAbbrev                    // an abbreviation that may end a sentence ("Inc.")
	flagTitle                     // an abbreviation that never ends one ("Gen.")
)

// tok is a token under construction: a byte range of the text and flags.
type tok struct {
	start, end int
	flags      uint8
}

// maxEmailPart bounds how far an e-mail address is looked for, so that a
// long run of address-like characters costs linear time.
const maxEmailPart = 256

// tokenize appends the tokens of text to dst.
func tokenize(text string, dst []tok) []tok {
	var flags uint8
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if c == '\n' {
				flags |= flagSpace | flagNewline
				i++
				continue
			}
			if c <= ' ' || c == 0x7f {
				flags |= flagSpace
				i++
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			if isSpaceRune(r, size) {
				if r == '\u2028' || r == '\u2029' || r == '\u0085' {
					flags |= flagNewline
				}
				flags |= flagSpace
				i += size
				continue
			}
		}
		j := chunkEnd(text, i)
		dst = splitChunk(text, i, j, flags, dst)
		flags = 0
		i = j
	}
	return dst
}

// isSpaceRune reports whether r (decoded with the given size) separates
// tokens: Unicode white space, other control characters and zero-width
// spaces. Invalid bytes (RuneError of size 1) are not space.
func isSpaceRune(r rune, size int) bool {
	if r == utf8.RuneError && size <= 1 {
		return false
	}
	switch r {
	case '\u200b', '\u2060', '\ufeff':
		return true
	}
	return runes.IsSpace(r) || unicode.Is(unicode.Cc, r)
}

// chunkEnd returns the end of the run of non-space characters at i.
func chunkEnd(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if c <= ' ' || c == 0x7f {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isSpaceRune(r, size) {
			return i
		}
		i += size
	}
	return i
}

// at returns the rune at byte i of s and its size; past the end it returns
// (0, 0). Invalid bytes decode as (RuneError, 1).
func at(s string, i int) (rune, int) {
	if i >= len(s) || i < 0 {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// before returns the rune ending at byte i of s, or 0.
func before(s string, i int) rune {
	if i <= 0 || i > len(s) {
		return 0
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// isWordRune reports whether r continues a word: letters, digits, marks,
// the underscore, and invalid bytes (kept inside words rather than split).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
	}
	return r == utf8.RuneError || runes.IsLetter(r) || runes.IsDigit(r) || runes.IsMark(r) ||
		r == '\u200c' || r == '\u200d'
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }
func isLetter(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r > 0x7f && runes.IsLetter(r)
}
func isUpper(r rune) bool { return 'A' <= r && r <= 'Z' || r > 0x7f && runes.IsUpper(r) }
func isLower(r rune) bool { return 'a' <= r && r <= 'z' || r > 0x7f && runes.IsLower(r) }
func isAlnum(r rune) bool { return isLetter(r) || isDigit(r) }
func isApos(r rune) bool  { return r == '\'' || r == '’' }

// hasPrefixFold reports whether s starts with the ASCII prefix p, ignoring case.
func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// splitChunk appends the tokens of the non-space run text[a:b].
func splitChunk(text string, a, b int, flags uint8, dst []tok) []tok {
	emit := func(s, e int, f uint8) {
		dst = append(dst, tok{start: s, end: e, flags: flags | f})
		flags = 0
	}
	hasAt := strings.IndexByte(text[a:b], '@') >= 0
	// digitNext: the next run of text starts with a digit ("No. 5").
	digitNext := false
	for i := b; i < len(text); i++ {
		if c := text[i]; c != ' ' && c != '\t' {
			digitNext = '0' <= c && c <= '9'
			break
		}
	}
	chunk := text[:b] // bounds all scanning to the chunk
	for p := a; p < b; {
		r, size := at(chunk, p)
		// URLs.
		if r == 'h' || r == 'H' || r == 'w' || r == 'W' || r == 'f' || r == 'F' || r == 'm' || r == 'M' {
			if e := matchURL(chunk, p); e > p {
				emit(p, e, 0)
				p = e
				continue
			}
		}
		// E-mail addresses.
		if hasAt && isAlnum(r) {
			if e := matchEmail(chunk, p); e > p {
				emit(p, e, 0)
				p = e
				continue
			}
		}
		if isDigit(r) {
			if e := matchDashedNumber(chunk, p); e > p {
				emit(p, e, 0)
				p = e
				continue
			}
		}
		if e := matchEmoticon(chunk, a, p); e > p {
			emit(p, e, 0)
			p = e
			continue
		}
		switch {
		case isWordRune(r):
			p = scanWord(chunk, p, digitNext, emit)
		case (r == '@' || r == '#') && isHandleStart(chunk, p+1):
			e := p + 1
			for e < b {
				r2, s2 := at(chunk, e)
				if !isWordRune(r2) {
					break
				}
				e += s2
			}
			emit(p, e, 0)
			p = e
		case r == '.' || r == '!' || r == '?':
			e := p + 1
			for e < b && (chunk[e] == '.' || chunk[e] == '!' || chunk[e] == '?') {
				e++
			}
			emit(p, e, 0)
			p = e
		case r == '-':
			e := p + 1
			for e < b && chunk[e] == '-' {
				e++
			}
			emit(p, e, 0)
			p = e
		case r == '\'' && p+1 < b && isDigit(rune(chunk[p+1])) && decadeLike(chunk, p+1):
			// '72, '90s: an elided year is a word.
			p = scanWord(chunk, p+1, digitNext, func(s, e int, f uint8) {
				if s == p+1 {
					s = p
				}
				emit(s, e, f)
			})
		case isApos(r) && cliticAt(chunk, p) > p && (p > a || cliticAt(chunk, p) == b):
			e := cliticAt(chunk, p)
			emit(p, e, 0)
			p = e
		case (r == '\'' || r == '`') && p+1 < b && chunk[p+1] == chunk[p]:
			emit(p, p+2, 0)
			p += 2
		case (r == '‘' || r == '’') && strings.HasPrefix(chunk[p+size:], string(r)):
			emit(p, p+2*size, 0)
			p += 2 * size
		case r < utf8.RuneSelf && strings.IndexByte(repeatable, byte(r)) >= 0 && p+1 < b && chunk[p+1] == chunk[p]:
			e := p + 2
			for e < b && chunk[e] == chunk[p] {
				e++
			}
			emit(p, e, 0)
			p = e
		default:
			// One symbol, with any marks, variation selectors, skin-tone
			// modifiers and zero-width-joined continuations after it.
			e := p + size
			for e < b {
				r2, s2 := at(chunk, e)
				if r2 == '\u200d' && e+s2 < b {
					_, s3 := at(chunk, e+s2)
					e += s2 + s3
					continue
				}
				if r2 > 0x7f && (runes.IsMark(r2) || 0x1f3fb <= r2 && r2 <= 0x1f3ff) {
					e += s2
					continue
				}
				break
			}
			emit(p, e, 0)
			p = e
		}
	}
	return dst
}

// isHandleStart reports whether a @handle or #hashtag body starts at i: a
// word that contains a letter.
func isHandleStart(s string, i int) bool {
	for i < len(s) {
		r, size := at(s, i)
		if !isWordRune(r) {
			return false
		}
		if isLetter(r) || r == '_' {
			return true
		}
		i += size
	}
	return false
}

// decadeLike reports whether s[i:] starts with two digits followed by an
// optional "s" and then a non-word character: the 72 of '72, the 90s of '90s.
func decadeLike(s string, i int) bool {
	if i+2 > len(s) || !isDigit(rune(s[i])) || !isDigit(rune(s[i+1])) {
		return false
	}
	j := i + 2
	if j < len(s) && s[j] == 's' {
		j++
	}
	r, _ := at(s, j)
	return j == len(s) || !isWordRune(r)
}

// matchURL returns the end of a URL starting at p, or p.
func matchURL(s string, p int) int {
	rest := s[p:]
	var n int
	switch {
	case hasPrefixFold(rest, "http://"):
		n = 7
	case hasPrefixFold(rest, "https://"):
		n = 8
	case hasPrefixFold(rest, "ftp://"):
		n = 6
	case hasPrefixFold(rest, "mailto:"):
		n = 7
	case hasPrefixFold(rest, "www.") && len(rest) > 4 && isAlnum(rune(rest[4])):
		n = 4
	default:
		return p
	}
	if n >= len(rest) {
		return p
	}
	e := len(s) // the chunk ends at len(s)
	// Trim trailing punctuation, keeping a ")" that closes a "(" inside.
	for e > p+n {
		r, size := utf8.DecodeLastRuneInString(s[:e])
		switch r {
		case '.', ',', ';', ':', '!', '?', '"', '\'', '”', '’', '“', ']', '}', '>', '*':
			e -= size
			continue
		case ')':
			if strings.Count(s[p:e], "(") < strings.Count(s[p:e], ")") {
				e -= size
				continue
			}
		}
		break
	}
	if e <= p+n {
		return p
	}
	return e
}

// matchEmail returns the end of an e-mail address starting at p, or p.
func matchEmail(s string, p int) int {
	i := p
	for i < len(s) && i-p < maxEmailPart {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' {
			i++
			continue
		}
		break
	}
	if i == p || i >= len(s) || s[i] != '@' || s[i-1] == '.' {
		return p
	}
	i++
	d := i
	dots := 0
	for i < len(s) && i-d < maxEmailPart {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' {
			i++
			continue
		}
		if c == '.' && i+1 < len(s) && isAlnum(rune(s[i+1])) {
			dots++
			i++
			continue
		}
		break
	}
	if dots == 0 || !isLetter(rune(s[i-1])) {
		return p
	}
	return i
}

// cliticAt returns the end of a clitic ('s, 're, 've, 'll, 'd, 'm) starting
// at the apostrophe at p and ending at a non-letter, or p.
func cliticAt(s string, p int) int {
	_, size := at(s, p)
	q := p + size
	e := q
	for e < len(s) && e-q < 3 && isLetter(rune(s[e])) {
		e++
	}
	r, _ := at(s, e)
	if isWordRune(r) {
		return p
	}
	if isClitic(s[q:e]) {
		return e
	}
	return p
}

// isClitic reports whether w (without its apostrophe) is a clitic.
func isClitic(w string) bool {
	switch len(w) {
	case 1:
		c := w[0] | 0x20
		return c == 's' || c == 'd' || c == 'm'
	case 2:
		return strings.EqualFold(w, "re") || strings.EqualFold(w, "ve") || strings.EqualFold(w, "ll")
	}
	return false
}

// scanWord scans the word starting at p, emits it (split into its parts:
// clitics, hyphenated compounds, number and unit) and returns its end.
func scanWord(s string, p int, digitNext bool, emit func(s, e int, f uint8)) int {
	partStart := p // start of the current part (after the last split)
	q := p
	for q < len(s) {
		r, size := at(s, q)
		if isWordRune(r) {
			q += size
			continue
		}
		next, nsize := at(s, q+size)
		prev := before(s, q)
		keep := false
		switch r {
		case '.':
			keep = isAlnum(next) && !sentenceGlued(s, partStart, q)
		case ',':
			keep = isDigit(prev) && thousands(s, q+1)
		case ':':
			keep = isDigit(prev) && isDigit(next)
		case '\'', '’':
			keep = isLetter(next) && isLetter(prev)
		case '&':
			keep = isUpper(prev) && isUpper(next)
		case '/':
			keep = isDigit(prev) && isDigit(next) && !fraction(s, partStart, q)
		case '-', '‑':
			if isWordRune(next) && nsize > 0 {
				if keepHyphen(s, partStart, q, q+size) {
					keep = true
				} else {
					emitWord(s, partStart, q, emit)
					emit(q, q+size, 0)
					partStart = q + size
					q += size
					continue
				}
			}
		}
		if !keep {
			break
		}
		q += size
	}
	// A period right after the word may belong to it.
	if q < len(s) && s[q] == '.' && (q+1 == len(s) || s[q+1] != '.') && q > partStart {
		switch abbrevAt(s[partStart:q], q+1 == len(s) && digitNext) {
		case abbrevEnd:
			emit(partStart, q+1, flagAbbrev)
			return q + 1
		case abbrevTitle:
			emit(partStart, q+1, flagTitle)
			return q + 1
		}
	}
	emitWord(s, partStart, q, emit)
	return q
}

// sentenceGlued reports whether the period at q joins two sentences written
// without a space ("end.The"): a lower-case word of two letters or more
// before it and a capitalised word after it.
func sentenceGlued(s string, start, q int) bool {
	if q-start < 2 {
		return false
	}
	for i := start; i < q; i++ {
		if c := s[i]; !('a' <= c && c <= 'z') {
			return false
		}
	}
	if q+2 >= len(s) {
		return false
	}
	return 'A' <= s[q+1] && s[q+1] <= 'Z' && 'a' <= s[q+2] && s[q+2] <= 'z'
}

// thousands reports whether s[i:] starts with exactly three digits.
func thousands(s string, i int) bool {
	if i+3 > len(s) {
		return false
	}
	for j := i; j < i+3; j++ {
		if !isDigit(rune(s[j])) {
			return false
		}
	}
	return i+3 == len(s) || !isDigit(rune(s[i+3]))
}

// keepHyphen reports whether the hyphen at s[h:next] stays inside the word
// whose current part is s[start:h].
func keepHyphen(s string, start, h, next int) bool {
	part := s[start:h]
	if part == "e" || part == "E" {
		// e-mail, e-commerce; but Mujahedin-e-Khalq splits.
		return next < len(s) && 'a' <= s[next] && s[next] <= 'z'
	}
	if len(part) <= 6 && hyphenPrefix(part) {
		return true
	}
	return false
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(rune(s[i])) {
			return false
		}
	}
	return true
}

// lastApostrophe returns the index of the last ' or ’ in w, or -1: what
// strings.LastIndexAny(w, "'’") returns, without decoding w rune by rune
// (a ’ is found by its three bytes, which always decode as one rune), in
// one pass from the end: the first ' or last byte of a ’ met there ends
// the last of them.
func lastApostrophe(w string) int {
	for i := len(w) - 1; i >= 0; i-- {
		switch w[i] {
		case '\'':
			return i
		case 0x99: // ’ is E2 80 99
			if i >= 2 && w[i-1] == 0x80 && w[i-2] == 0xe2 {
				return i - 2
			}
		}
	}
	return -1
}

// emitWord emits the word s[a:e], splitting clitics and number units.
func emitWord(s string, a, e int, emit func(s, e int, f uint8)) {
	if a >= e {
		return
	}
	w := s[a:e]
	// Clitics after an apostrophe: Iran's, they're, I'll, didn't.
	if i := lastApostrophe(w); i > 0 {
		_, asz := utf8.DecodeRuneInString(w[i:])
		suf := w[i+asz:]
		switch {
		case isClitic(suf):
			emitWord(s, a, a+i, emit)
			emit(a+i, e, 0)
			return
		case (suf == "t" || suf == "T") && i >= 2 && (w[i-1]|0x20) == 'n':
			emitWord(s, a, a+i-1, emit)
			emit(a+i-1, e, 0)
			return
		}
	}
	// Words written together: cannot, gonna, dont.
	if n := fusedSplit(w); n > 0 {
		emit(a, a+n, 0)
		emit(a+n, e, 0)
		return
	}
	// A number with a unit: 5pm, 80k, 35mm.
	if isDigit(rune(w[0])) {
		i := 0
		for i < len(w) && (isDigit(rune(w[i])) || w[i] == '.' || w[i] == ',' || w[i] == ':') {
			i++
		}
		if i < len(w) && i > 0 && isDigit(rune(w[i-1])) && isUnit(w[i:]) {
			emit(a, a+i, 0)
			emit(a+i, e, 0)
			return
		}
	}
	emit(a, e, 0)
}

// fusedSplit returns where a fused word splits, or 0.
func fusedSplit(w string) int {
	if len(w) < 2 || len(w) > 8 {
		return 0
	}
	var buf [8]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	switch string(buf[:len(w)]) {
	case "cannot", "gonna", "wanna", "gotta":
		return 3
	case "dont", "didnt", "doesnt", "isnt", "wasnt", "arent", "werent", "couldnt", "wouldnt",
		"shouldnt", "havent", "hasnt", "hadnt", "cant", "wont", "aint":
		return len(w) - 2
	case "im", "ive", "youre", "theyre", "thats", "whats":
		return 1 + strings.IndexAny(string(buf[1:len(w)]), "mvrs")
	}
	return 0
}

// isUnit reports whether u is a unit or multiplier written after a number.
func isUnit(u string) bool {
	if len(u) > 3 {
		return false
	}
	var buf [3]byte
	for i := 0; i < len(u); i++ {
		c := u[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	switch string(buf[:len(u)]) {
	case "am", "pm", "k", "m", "mm", "bn", "mn", "b", "km", "kg", "cm", "ft", "mph", "lb", "lbs",
		"mg", "ml", "gb", "mb", "kb", "tb", "ghz", "mhz", "kw", "mw", "gw", "sq", "hrs", "yrs", "min":
		return true
	}
	return false
}

// repeatable lists symbols whose runs are one token: "***", "<<", "===".
const repeatable = "*=+~_#<>^"

// fraction reports whether the digits before the slash at q and after it
// form a small fraction such as 1/2 or 3/4 (split) rather than a date such
// as 9/11 (kept).
func fraction(s string, a, q int) bool {
	if q-a != 1 || q+2 > len(s) || !isDigit(rune(s[q+1])) || (q+2 < len(s) && (isWordRune(rune(s[q+2])) || s[q+2] == '/')) {
		return false
	}
	return s[a] < s[q+1]
}

// matchDashedNumber returns the end of a telephone number or dashed date
// starting at p (713-853-3989, 555-1234, 1-800-991-9019, 11-20-2000), or p.
func matchDashedNumber(s string, p int) int {
	var groups [5]int
	n := 0
	i := p
	for n < len(groups) {
		j := i
		for j < len(s) && isDigit(rune(s[j])) {
			j++
		}
		if j == i {
			return p
		}
		groups[n] = j - i
		n++
		i = j
		if i+1 < len(s) && s[i] == '-' && isDigit(rune(s[i+1])) {
			i++
			continue
		}
		break
	}
	if i < len(s) && (isWordRune(rune(s[i])) || s[i] == '-') {
		return p
	}
	g := groups[:n]
	switch {
	case n == 2 && g[0] == 3 && g[1] == 4,
		n == 3 && g[0] == 3 && g[1] == 3 && g[2] == 4,
		n == 4 && g[0] == 1 && g[1] == 3 && g[2] == 3 && g[3] == 4,
		n == 3 && g[0] <= 2 && g[1] <= 2 && (g[2] == 2 || g[2] == 4):
		return i
	}
	return p
}

// matchEmoticon returns the end of an emoticon such as :) or ;-) starting
// at p, at the start of the chunk [a, ...) or after punctuation, or p.
func matchEmoticon(s string, a, p int) int {
	if p > a && isWordRune(before(s, p)) {
		return p
	}
	c := s[p]
	if c != ':' && c != ';' && c != '=' && c != '(' && c != '^' {
		return p
	}
	for _, e := range emoticons {
		if strings.HasPrefix(s[p:], e) {
			end := p + len(e)
			if end < len(s) && isWordRune(rune(s[end])) {
				continue
			}
			return end
		}
	}
	return p
}

// emoticons are tried in order; longer forms first.
var emoticons = [...]string{":-)", ":-(", ";-)", ":-P", ":-D", ":'(", ":)", ":(", ";)", ":P", ":p", ":D", "=)", "=(", "(:", "^_^", ":/"}
