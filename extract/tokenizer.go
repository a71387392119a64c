package extract

import (
	"bytes"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file holds extraction's HTML tokenizer, written from the
// tokenization chapter of the WHATWG HTML standard
// (https://html.spec.whatwg.org/multipage/parsing.html#tokenization).
// It reads the page slice in place: text, names and attribute values
// alias the page, and only text that holds a character reference, a
// carriage return or a NUL is copied. Where golang.org/x/net/html's
// tokenizer, which extraction used before, departs from the standard,
// this one does as x/net does, as found by testing the two side by side
// (TestTokenizerMatches, FuzzTokenizer): "</>" is an empty comment, "</"
// at the input's end is text, a self-closing "<script/>" still starts
// raw text, a doctype ends at its first '>' and keeps its text whole, and
// comments and doctypes have their character references decoded.

// tokenType is the kind of a token.
type tokenType uint8

const (
	errorToken          tokenType = iota // the end of the input
	textToken                            // character data
	startTagToken                        // <a>
	endTagToken                          // </a>
	selfClosingTagToken                  // <a/>
	commentToken                         // <!-- a -->, and bogus comments
	doctypeToken                         // <!DOCTYPE a>
)

// maxAttrs is the most attributes a tag keeps; later ones are dropped.
const maxAttrs = 64

// tokenizer splits a page into tokens. Its zero value is not usable; use
// newTokenizer.
type tokenizer struct {
	src   []byte
	start int // offset of the current token
	pos   int // offset of the end of the current token
	tt    tokenType

	// data is the current token's text, comment or doctype: src[ds:de].
	ds, de int
	// decode is set when the data's character references are decoded,
	// nul when its NULs become U+FFFD.
	decode, nul bool

	// name is the current tag's name, src[ns:ne], not lower-cased.
	ns, ne int
	attrs  []rawAttr
	keys   []byte // lower-cased attribute keys that had upper case

	// rawTag is the raw-text or RCDATA element whose text comes next,
	// in lower case, or "".
	rawTag string

	buf []byte // Text's scratch space
}

// newTokenizer returns a tokenizer that reads src, which it never
// modifies.
func newTokenizer(src []byte) *tokenizer {
	return &tokenizer{src: src, attrs: make([]rawAttr, 0, 16)}
}

// raw returns the current token's bytes as they appear in the page.
func (z *tokenizer) raw() []byte { return z.src[z.start:z.pos] }

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// next reads the next token and returns its type. errorToken means the
// input has ended.
func (z *tokenizer) next() tokenType {
	z.attrs = z.attrs[:0]
	z.start = z.pos
	if z.pos >= len(z.src) {
		z.tt = errorToken
		return z.tt
	}
	if z.rawTag != "" {
		tag := z.rawTag
		z.rawTag = ""
		end := z.rawTextEnd(tag)
		if end > z.pos {
			z.decode, z.nul = tag == "title" || tag == "textarea", true
			return z.text(end)
		}
	}
	z.decode, z.nul = true, false
	for i := z.pos; ; {
		k := bytes.IndexByte(z.src[i:], '<')
		if k < 0 {
			return z.text(len(z.src))
		}
		j := i + k
		if j > z.pos {
			// Text ends at a '<' only if a token begins there.
			if z.tokenAt(j) {
				return z.text(j)
			}
			i = j + 1
			continue
		}
		if tt, ok := z.markup(j); ok {
			return tt
		}
		i = j + 1
	}
}

// text makes src[z.pos:end] the current text token.
func (z *tokenizer) text(end int) tokenType {
	z.tt = textToken
	z.ds, z.de = z.pos, end
	z.pos = end
	return z.tt
}

// tokenAt reports whether a token other than text begins at the '<' at
// src[j].
func (z *tokenizer) tokenAt(j int) bool {
	if j+1 >= len(z.src) {
		return false
	}
	switch c := z.src[j+1]; {
	case isLetter(c), c == '!', c == '?', c == '/':
		return true
	}
	return false
}

// markup reads the token that begins with the '<' at src[j], or reports
// false when the '<' begins none and is text.
func (z *tokenizer) markup(j int) (tokenType, bool) {
	src := z.src
	if j+1 >= len(src) {
		return 0, false
	}
	switch c := src[j+1]; {
	case isLetter(c):
		return z.tag(j, j+1, startTagToken), true
	case c == '/':
		if j+2 >= len(src) {
			// "</" at the input's end is text of its own.
			z.decode = false
			return z.text(len(src)), true
		}
		switch d := src[j+2]; {
		case isLetter(d):
			return z.tag(j, j+2, endTagToken), true
		case d == '>':
			// "</>" is an empty comment, as x/net has it (the
			// standard drops it).
			z.tt, z.nul = commentToken, true
			z.ds, z.de, z.pos = j+3, j+3, j+3
			return z.tt, true
		}
		return z.bogusComment(j + 2), true
	case c == '!':
		return z.declaration(j), true
	case c == '?':
		return z.bogusComment(j + 1), true
	}
	return 0, false
}

// bogusComment reads a comment whose data begins at src[i] and ends at
// the next '>' or the input's end.
func (z *tokenizer) bogusComment(i int) tokenType {
	z.tt = commentToken
	z.decode, z.nul = true, true
	z.ds = i
	if k := bytes.IndexByte(z.src[i:], '>'); k >= 0 {
		z.de = i + k
		z.pos = z.de + 1
	} else {
		z.de = len(z.src)
		z.pos = len(z.src)
	}
	return z.tt
}

// declaration reads the markup declaration that begins with "<!" at
// src[j]: a comment, a doctype, or else a bogus comment (CDATA sections
// included, as outside foreign content).
func (z *tokenizer) declaration(j int) tokenType {
	src := z.src
	i := j + 2
	if i+1 < len(src) && src[i] == '-' && src[i+1] == '-' {
		return z.comment(i + 2)
	}
	if i+7 <= len(src) && asciiFold(src[i:i+7], "doctype") {
		// x/net ends a doctype at its first '>', quoted or not, and
		// keeps its NULs.
		z.bogusComment(i + 7)
		z.tt, z.nul = doctypeToken, false
		for z.ds < z.de && isSpace(src[z.ds]) {
			z.ds++
		}
		return z.tt
	}
	return z.bogusComment(i)
}

// comment reads a comment whose data begins at src[i], just after "<!--",
// by the standard's comment states. The data is always src[i:e] for
// some e: the states append the input as they read it, and what they
// hold back ("-", "--", "--!") is either the end or appended later.
func (z *tokenizer) comment(i int) tokenType {
	src := z.src
	z.tt = commentToken
	z.decode, z.nul = true, true
	z.ds = i
	const (
		start = iota
		startDash
		data
		lt
		ltBang
		ltBangDash
		ltBangDashDash
		endDash
		end
		endBang
	)
	state := start
	e := i // end of the data so far
	for ; i < len(src); i++ {
		c := src[i]
	again:
		switch state {
		case start:
			switch c {
			case '-':
				state = startDash
				continue
			case '>':
				z.de, z.pos = e, i+1
				return z.tt
			}
			state = data
			goto again
		case startDash:
			switch c {
			case '-':
				state = end
				continue
			case '>':
				z.de, z.pos = e, i+1
				return z.tt
			}
			state = data
			goto again
		case data:
			switch c {
			case '<':
				state = lt
			case '-':
				state = endDash
				continue
			}
			e = i + 1
		case lt:
			switch c {
			case '!':
				state = ltBang
				e = i + 1
				continue
			case '<':
				e = i + 1
				continue
			}
			state = data
			goto again
		case ltBang:
			if c == '-' {
				state = ltBangDash
				continue
			}
			state = data
			goto again
		case ltBangDash:
			if c == '-' {
				state = ltBangDashDash
				continue
			}
			state = endDash
			goto again
		case ltBangDashDash:
			state = end
			goto again
		case endDash:
			if c == '-' {
				state = end
				continue
			}
			state = data
			goto again
		case end:
			switch c {
			case '>':
				z.de, z.pos = e, i+1
				return z.tt
			case '!':
				state = endBang
				continue
			case '-':
				e = i - 1 // one '-' of the held "--" joins the data
				continue
			}
			state = data
			goto again
		case endBang:
			switch c {
			case '-':
				e = i // the held "--!" joins the data; this '-' is held
				state = endDash
				continue
			case '>':
				z.de, z.pos = e, i+1
				return z.tt
			}
			state = data
			goto again
		}
	}
	z.de, z.pos = e, len(src)
	return z.tt
}

// tag reads the start or end tag that begins with '<' at src[j], whose
// name begins at src[i].
func (z *tokenizer) tag(j, i int, tt tokenType) tokenType {
	src := z.src
	z.ns = i
	for i < len(src) && !isSpace(src[i]) && src[i] != '/' && src[i] != '>' {
		i++
	}
	z.ne = i
	z.keys = z.keys[:0]
	// The attribute states: a key runs to white space, '/', '>' or '='
	// (and may begin with '='); a value is quoted, or runs to white space
	// or '>'; a '/' outside a value is skipped, and makes the tag
	// self-closing when '>' follows it.
	for {
		for i < len(src) && (isSpace(src[i]) || src[i] == '/') {
			i++
		}
		if i >= len(src) {
			break
		}
		if src[i] == '>' {
			if tt == startTagToken && src[i-1] == '/' && i-1 >= z.ne {
				tt = selfClosingTagToken
			}
			return z.closeTag(i, tt)
		}
		ks := i
		i++ // a key may start with '='
		for i < len(src) && !isSpace(src[i]) && src[i] != '/' && src[i] != '>' && src[i] != '=' {
			i++
		}
		key := src[ks:i]
		for i < len(src) && isSpace(src[i]) {
			i++
		}
		var val []byte
		if i < len(src) && src[i] == '=' {
			i++
			for i < len(src) && isSpace(src[i]) {
				i++
			}
			if i < len(src) && (src[i] == '"' || src[i] == '\'') {
				q := src[i]
				i++
				vs := i
				if k := bytes.IndexByte(src[i:], q); k >= 0 {
					i += k
				} else {
					i = len(src)
				}
				val = src[vs:i]
				if i < len(src) {
					i++
				}
			} else {
				vs := i
				for i < len(src) && !isSpace(src[i]) && src[i] != '>' {
					i++
				}
				val = src[vs:i]
				if i < len(src) && src[i] == '>' && i > vs && src[i-1] == '/' {
					// "a=x/>": the '/' is the value's, not a self-closing
					// mark, unless the key repeats an earlier one (x/net
					// drops such an attribute, and its '/' with it).
					k := z.lower(key)
					if z.repeated(k) && tt == startTagToken {
						tt = selfClosingTagToken
					}
					if len(z.attrs) < maxAttrs {
						z.attrs = append(z.attrs, rawAttr{k, val})
					}
					return z.closeTag(i, tt)
				}
			}
		}
		if len(z.attrs) < maxAttrs {
			z.attrs = append(z.attrs, rawAttr{z.lower(key), val})
		}
	}
	// The input ended inside the tag: it is dropped.
	z.pos = len(src)
	z.tt = errorToken
	return z.tt
}

// repeated reports whether the current tag already has an attribute key.
func (z *tokenizer) repeated(key []byte) bool {
	for _, a := range z.attrs {
		if bytes.Equal(a.key, key) {
			return true
		}
	}
	return false
}

// closeTag ends the current tag of type tt at the '>' at src[i]. A start
// tag of a raw-text element, self-closing or not (as in x/net), makes the
// text that follows raw.
func (z *tokenizer) closeTag(i int, tt tokenType) tokenType {
	z.pos = i + 1
	z.tt = tt
	if tt != endTagToken {
		z.rawTag = rawTextTag(z.src[z.ns:z.ne])
	}
	return tt
}

// lower returns key in lower case: key itself when it has no upper-case
// letter, else a copy in z.keys.
func (z *tokenizer) lower(key []byte) []byte {
	upper := false
	for _, c := range key {
		if 'A' <= c && c <= 'Z' {
			upper = true
			break
		}
	}
	if !upper {
		return key
	}
	if cap(z.keys)-len(z.keys) < len(key) {
		// Earlier keys keep the old array; z.keys starts a new one.
		z.keys = make([]byte, 0, max(256, 2*len(key)))
	}
	s := len(z.keys)
	for _, c := range key {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		z.keys = append(z.keys, c)
	}
	return z.keys[s:len(z.keys):len(z.keys)]
}

// rawTextTag returns the lower-case name of the raw-text or RCDATA
// element name is, or "".
func rawTextTag(name []byte) string {
	if len(name) < 3 || len(name) > 9 {
		return ""
	}
	for _, t := range [...]string{"script", "style", "title", "textarea", "iframe", "noscript", "noembed", "noframes", "xmp", "plaintext"} {
		if asciiFold(name, t) {
			return t
		}
	}
	return ""
}

// atom returns the current tag's name as an atom, or 0 when it is not
// one.
func (z *tokenizer) atom() atom.Atom {
	n := z.ne - z.ns
	if n == 0 || n > 32 {
		return 0
	}
	var name [32]byte
	for j := range n {
		c := z.src[z.ns+j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		name[j] = c
	}
	return atom.Lookup(name[:n])
}

// rawTextEnd returns the offset of the end tag that closes the raw text
// of element tag, which begins at z.pos, or the input's end.
func (z *tokenizer) rawTextEnd(tag string) int {
	src := z.src
	if tag == "plaintext" {
		return len(src)
	}
	if tag == "script" {
		return z.scriptEnd()
	}
	for i := z.pos; ; {
		k := bytes.Index(src[i:], []byte("</"))
		if k < 0 {
			return len(src)
		}
		j := i + k
		if endTagAt(src, j, tag) {
			return j
		}
		i = j + 2
	}
}

// endTagAt reports whether src[j:] begins "</" tag (ASCII case folded)
// followed by white space, '/' or '>'.
func endTagAt(src []byte, j int, tag string) bool {
	e := j + 2 + len(tag)
	if e >= len(src) || src[j+1] != '/' || !asciiFold(src[j+2:e], tag) {
		return false
	}
	c := src[e]
	return isSpace(c) || c == '/' || c == '>'
}

// scriptEnd returns the offset of the end tag that closes the script
// text that begins at z.pos, or the input's end. It follows the script
// data states, whose escaped states ("<!--") and double-escaped states
// ("<!--<script>") hide end tags.
func (z *tokenizer) scriptEnd() int {
	src := z.src
	const (
		data = iota
		escaped
		doubleEscaped
	)
	state := data
	for i := z.pos; i < len(src); {
		switch state {
		case data:
			k := bytes.IndexByte(src[i:], '<')
			if k < 0 {
				return len(src)
			}
			j := i + k
			if endTagAt(src, j, "script") {
				return j
			}
			if bytes.HasPrefix(src[j:], []byte("<!--")) {
				// The "--" is the escaped state's too: "<!-->" ends it.
				state = escaped
				i = j + 2
				continue
			}
			i = j + 1
		case escaped, doubleEscaped:
			// Both end at "-->"; an end tag closes the script in the
			// escaped state and goes back to it from the double one.
			k := indexAny2(src[i:], '<', '-')
			if k < 0 {
				return len(src)
			}
			j := i + k
			if src[j] == '-' {
				var closed bool
				if i, closed = dashRun(src, j); closed {
					state = data
				}
				continue
			}
			if endTagAt(src, j, "script") {
				if state == escaped {
					return j
				}
				state = escaped
				i = j + 2 + len("script")
				continue
			}
			if state == escaped {
				if n, ok := scriptStartAt(src, j); ok {
					state = doubleEscaped
					i = n
					continue
				}
			}
			i = j + 1
		}
	}
	return len(src)
}

// scriptStartAt reports whether src[j:] begins "<script" (ASCII case
// folded) followed by white space, '/' or '>', and returns the offset
// just past that delimiter.
func scriptStartAt(src []byte, j int) (int, bool) {
	e := j + 1 + len("script")
	if e >= len(src) || !asciiFold(src[j+1:e], "script") {
		return 0, false
	}
	if c := src[e]; isSpace(c) || c == '/' || c == '>' {
		return e + 1, true
	}
	return 0, false
}

// dashRun reads the run of '-' at src[j] in a script's escaped text:
// it returns the offset after the run, and after a '>' that closes it
// when the run is of two or more ("-->"), with closed set.
func dashRun(src []byte, j int) (next int, closed bool) {
	n := j
	for n < len(src) && src[n] == '-' {
		n++
	}
	if n-j >= 2 && n < len(src) && src[n] == '>' {
		return n + 1, true
	}
	return n, false
}

// indexAny2 returns the index of the first a or b in s, or -1.
func indexAny2(s []byte, a, b byte) int {
	for i, c := range s {
		if c == a || c == b {
			return i
		}
	}
	return -1
}

// textBytes returns the current text token's text, the comment's data or
// the doctype's: line endings normalised to "\n", and, outside raw text,
// character references decoded. It aliases the page unless it had to
// change something, when it is valid until the next call.
func (z *tokenizer) textBytes() []byte {
	d := z.src[z.ds:z.de]
	needCR := bytes.IndexByte(d, '\r') >= 0
	needAmp := z.decode && bytes.IndexByte(d, '&') >= 0
	needNUL := z.nul && bytes.IndexByte(d, 0) >= 0
	if !needCR && !needAmp && !needNUL {
		return d
	}
	buf := z.buf[:0]
	for i := 0; i < len(d); i++ {
		c := d[i]
		if c == 0 && z.nul {
			buf = append(buf, "\uFFFD"...)
			continue
		}
		if c == '\r' {
			c = '\n'
			if i+1 < len(d) && d[i+1] == '\n' {
				i++
			}
		}
		buf = append(buf, c)
	}
	if needAmp {
		// x/net's UnescapeString, as x/net's Text decodes: the standard
		// library's differs at the input's end ("&#0" is left as it is).
		buf = append(buf[:0], html.UnescapeString(string(buf))...)
	}
	z.buf = buf
	return buf
}
