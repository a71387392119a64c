// This file is derived from golang.org/x/net/html's token.go (v0.62.0):
// Copyright 2010 The Go Authors. All rights reserved. Use of this source
// code is governed by a BSD-style license that can be found in the
// LICENSE file of golang.org/x/net (see NOTICE).

package extract

import (
	"bytes"

	"golang.org/x/net/html"
)

// tokenizer is x/net/html's Tokenizer cut down to what parsePage calls
// (Next, Raw and Text) and reading a byte slice in place. It returns the
// same tokens, with the same raw bytes and text, as html.NewTokenizer
// over bytes.NewReader of the same input (TestTokenizerMatches checks
// this). It exists for speed: x/net's tokenizer copies the input into a
// buffer of its own, and allocates a lower-cased copy of every
// attribute's key to find repeated attributes, which parsePage never asks
// for; these were a quarter of a run's allocated objects.
//
// The input is never written: Text copies the bytes it must change.
type tokenizer struct {
	// buf is the whole input. buf[raw.start:raw.end] is the current token.
	buf []byte
	// tt is the type of the current token.
	tt html.TokenType
	// eof is x/net's err, whose only possible value here is io.EOF: set
	// when a read passes the end of buf. Once set, it stays set (but for
	// readDoctype's back-up, as in x/net).
	eof bool
	raw span
	// data is the current token's data: a text token's text, a tag
	// token's name.
	data span
	// pendingAttr is the key and value of the attribute being read.
	pendingAttr [2]span
	// attrs holds the key and value of each attribute with a non-empty
	// key of the current start tag. x/net keeps only the first of
	// attributes whose keys match (ASCII case folded); readStartTag needs
	// that only to tell a self-closing tag, and works it out there.
	attrs [][2]span
	// rawTag is the lower-cased name of the raw-text element whose text
	// is the next token ("script"), or "".
	rawTag string
	// textIsRaw is whether the current text is not to be unescaped.
	textIsRaw bool
	// convertNUL is whether the current text's NUL bytes become U+FFFD.
	convertNUL bool
	// text is Text's buffer for text it must change.
	text []byte
}

// span is a range of bytes in buf, start inclusive, end exclusive.
type span struct {
	start, end int
}

// newTokenizer returns a tokenizer over src, which it never writes.
func newTokenizer(src []byte) *tokenizer {
	return &tokenizer{buf: src}
}

// restart makes the tokenizer read on from src[off:] as a new x/net
// tokenizer over that input would. No token reads bytes before its own
// start, so the earlier input can stay in buf.
func (z *tokenizer) restart(off int) {
	*z = tokenizer{buf: z.buf, attrs: z.attrs[:0], text: z.text[:0]}
	z.raw = span{off, off}
}

// readByte returns the next byte of the input, or sets eof and returns 0
// at its end.
func (z *tokenizer) readByte() byte {
	if z.raw.end >= len(z.buf) {
		z.eof = true
		return 0
	}
	c := z.buf[z.raw.end]
	z.raw.end++
	return c
}

// skipWhiteSpace skips past any white space.
func (z *tokenizer) skipWhiteSpace() {
	if z.eof {
		return
	}
	for {
		c := z.readByte()
		if z.eof {
			return
		}
		switch c {
		case ' ', '\n', '\r', '\t', '\f':
		default:
			z.raw.end--
			return
		}
	}
}

// skipTo moves past the next c and reports true, or moves to the end of
// the input, sets eof and reports false. It is a loop of readByte calls
// that stops at c, in one search.
func (z *tokenizer) skipTo(c byte) bool {
	i := bytes.IndexByte(z.buf[z.raw.end:], c)
	if i < 0 {
		z.raw.end = len(z.buf)
		z.eof = true
		return false
	}
	z.raw.end += i + 1
	return true
}

// readRawOrRCDATA reads until the next "</foo>", where "foo" is z.rawTag.
func (z *tokenizer) readRawOrRCDATA() {
	if z.rawTag == "script" {
		z.readScript()
		z.textIsRaw = true
		z.rawTag = ""
		return
	}
	for z.skipTo('<') {
		c := z.readByte()
		if z.eof {
			break
		}
		if c != '/' {
			z.raw.end--
			continue
		}
		if z.readRawEndTag() || z.eof {
			break
		}
	}
	z.data.end = z.raw.end
	// A textarea's or title's RCDATA can contain escaped entities.
	z.textIsRaw = z.rawTag != "textarea" && z.rawTag != "title"
	z.rawTag = ""
}

// readRawEndTag attempts to read a tag like "</foo>", where "foo" is
// z.rawTag. If it succeeds, it backs up the input position to reconsume
// the tag and returns true. The opening "</" has already been consumed.
func (z *tokenizer) readRawEndTag() bool {
	for i := 0; i < len(z.rawTag); i++ {
		c := z.readByte()
		if z.eof {
			return false
		}
		if c != z.rawTag[i] && c != z.rawTag[i]-('a'-'A') {
			z.raw.end--
			return false
		}
	}
	c := z.readByte()
	if z.eof {
		return false
	}
	switch c {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		// The 3 is 2 for the leading "</" plus 1 for the trailing c.
		z.raw.end -= 3 + len(z.rawTag)
		return true
	}
	z.raw.end--
	return false
}

// readScript reads until the next </script> tag, following the rules for
// escaping and hiding the closing tag.
func (z *tokenizer) readScript() {
	defer func() {
		z.data.end = z.raw.end
	}()
	var c byte

scriptData:
	if !z.skipTo('<') {
		return
	}
	goto scriptDataLessThanSign

scriptDataLessThanSign:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '/':
		goto scriptDataEndTagOpen
	case '!':
		goto scriptDataEscapeStart
	}
	z.raw.end--
	goto scriptData

scriptDataEndTagOpen:
	if z.readRawEndTag() || z.eof {
		return
	}
	goto scriptData

scriptDataEscapeStart:
	c = z.readByte()
	if z.eof {
		return
	}
	if c == '-' {
		goto scriptDataEscapeStartDash
	}
	z.raw.end--
	goto scriptData

scriptDataEscapeStartDash:
	c = z.readByte()
	if z.eof {
		return
	}
	if c == '-' {
		goto scriptDataEscapedDashDash
	}
	z.raw.end--
	goto scriptData

scriptDataEscaped:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '-':
		goto scriptDataEscapedDash
	case '<':
		goto scriptDataEscapedLessThanSign
	}
	goto scriptDataEscaped

scriptDataEscapedDash:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '-':
		goto scriptDataEscapedDashDash
	case '<':
		goto scriptDataEscapedLessThanSign
	}
	goto scriptDataEscaped

scriptDataEscapedDashDash:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '-':
		goto scriptDataEscapedDashDash
	case '<':
		goto scriptDataEscapedLessThanSign
	case '>':
		goto scriptData
	}
	goto scriptDataEscaped

scriptDataEscapedLessThanSign:
	c = z.readByte()
	if z.eof {
		return
	}
	if c == '/' {
		goto scriptDataEscapedEndTagOpen
	}
	if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
		goto scriptDataDoubleEscapeStart
	}
	z.raw.end--
	goto scriptData

scriptDataEscapedEndTagOpen:
	if z.readRawEndTag() || z.eof {
		return
	}
	goto scriptDataEscaped

scriptDataDoubleEscapeStart:
	z.raw.end--
	for i := 0; i < len("script"); i++ {
		c = z.readByte()
		if z.eof {
			return
		}
		if c != "script"[i] && c != "SCRIPT"[i] {
			z.raw.end--
			goto scriptDataEscaped
		}
	}
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		goto scriptDataDoubleEscaped
	}
	z.raw.end--
	goto scriptDataEscaped

scriptDataDoubleEscaped:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedDash:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDashDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedDashDash:
	c = z.readByte()
	if z.eof {
		return
	}
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDashDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	case '>':
		goto scriptData
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedLessThanSign:
	c = z.readByte()
	if z.eof {
		return
	}
	if c == '/' {
		goto scriptDataDoubleEscapeEnd
	}
	z.raw.end--
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapeEnd:
	if z.readRawEndTag() {
		z.raw.end += len("</script>")
		goto scriptDataEscaped
	}
	if z.eof {
		return
	}
	goto scriptDataDoubleEscaped
}

// readComment reads the next comment token starting with "<!--". The
// opening "<!--" has already been consumed.
func (z *tokenizer) readComment() {
	z.data.start = z.raw.end
	defer func() {
		if z.data.end < z.data.start {
			// A comment with no data, like <!-->.
			z.data.end = z.data.start
		}
	}()
	var dashCount int
	beginning := true
	for {
		c := z.readByte()
		if z.eof {
			z.data.end = z.abruptCommentDataEnd()
			return
		}
		switch c {
		case '-':
			dashCount++
			continue
		case '>':
			if dashCount >= 2 || beginning {
				z.data.end = z.raw.end - len("-->")
				return
			}
		case '!':
			if dashCount >= 2 {
				c = z.readByte()
				if z.eof {
					z.data.end = z.abruptCommentDataEnd()
					return
				} else if c == '>' {
					z.data.end = z.raw.end - len("--!>")
					return
				} else if c == '-' {
					dashCount = 1
					beginning = false
					continue
				}
			}
		}
		dashCount = 0
		beginning = false
	}
}

// abruptCommentDataEnd is where the data of a comment that the input's
// end cuts off ends.
func (z *tokenizer) abruptCommentDataEnd() int {
	raw := z.Raw()
	const prefixLen = len("<!--")
	if len(raw) >= prefixLen {
		raw = raw[prefixLen:]
		if bytes.HasSuffix(raw, []byte("--!")) {
			return z.raw.end - 3
		} else if bytes.HasSuffix(raw, []byte("--")) {
			return z.raw.end - 2
		} else if bytes.HasSuffix(raw, []byte("-")) {
			return z.raw.end - 1
		}
	}
	return z.raw.end
}

// readUntilCloseAngle reads until the next ">".
func (z *tokenizer) readUntilCloseAngle() {
	z.data.start = z.raw.end
	if !z.skipTo('>') {
		z.data.end = z.raw.end
		return
	}
	z.data.end = z.raw.end - len(">")
}

// readMarkupDeclaration reads the next token starting with "<!": a
// "<!--comment-->", a "<!DOCTYPE foo>" or "<!a bogus comment". CDATA
// sections are bogus comments, as in x/net's tokenizer by default. The
// opening "<!" has already been consumed.
func (z *tokenizer) readMarkupDeclaration() html.TokenType {
	z.data.start = z.raw.end
	var c [2]byte
	for i := 0; i < 2; i++ {
		c[i] = z.readByte()
		if z.eof {
			// A bogus comment.
			z.data.end = z.raw.end
			if i == 1 && c[0] == '>' {
				z.data.end--
			}
			return html.CommentToken
		}
	}
	if c[0] == '-' && c[1] == '-' {
		z.readComment()
		return html.CommentToken
	}
	z.raw.end -= 2
	if z.readDoctype() {
		return html.DoctypeToken
	}
	// A bogus comment.
	z.readUntilCloseAngle()
	return html.CommentToken
}

// readDoctype attempts to read a doctype declaration and returns true if
// successful. The opening "<!" has already been consumed.
func (z *tokenizer) readDoctype() bool {
	const s = "DOCTYPE"
	for i := 0; i < len(s); i++ {
		c := z.readByte()
		if z.eof {
			// Back up to read the fragment of "DOCTYPE" again; the end
			// is found again on the next read.
			z.raw.end = z.data.start
			z.eof = false
			return false
		}
		if c != s[i] && c != s[i]+('a'-'A') {
			// Back up to read the fragment of "DOCTYPE" again.
			z.raw.end = z.data.start
			return false
		}
	}
	if z.skipWhiteSpace(); z.eof {
		z.data.start = z.raw.end
		z.data.end = z.raw.end
		return true
	}
	z.readUntilCloseAngle()
	return true
}

// startTagIn returns the one of ss, lower-case names, that the start
// tag's name matches with ASCII letters case folded, or "".
func (z *tokenizer) startTagIn(ss ...string) string {
	for _, s := range ss {
		if asciiFold(z.buf[z.data.start:z.data.end], s) {
			return s
		}
	}
	return ""
}

// readStartTag reads the next start tag token. The opening "<a" has
// already been consumed, where 'a' means anything in [A-Za-z].
func (z *tokenizer) readStartTag() html.TokenType {
	z.attrs = z.attrs[:0]
	z.readTag(true)
	if z.eof {
		return html.ErrorToken
	}
	// Several tags flag the tokenizer's next token as raw.
	c := z.buf[z.data.start]
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	switch c {
	case 'i':
		z.rawTag = z.startTagIn("iframe")
	case 'n':
		z.rawTag = z.startTagIn("noembed", "noframes", "noscript")
	case 'p':
		z.rawTag = z.startTagIn("plaintext")
	case 's':
		z.rawTag = z.startTagIn("script", "style")
	case 't':
		z.rawTag = z.startTagIn("textarea", "title")
	case 'x':
		z.rawTag = z.startTagIn("xmp")
	}
	// x/net calls a tag self-closing when the byte before its ">" is "/"
	// and is not the last byte of the value of the last attribute it
	// keeps (<p a=/> is not self-closing). Only the tag's last attribute
	// can have a value that ends there, and x/net keeps it unless an
	// earlier attribute has the same key.
	if z.buf[z.raw.end-2] == '/' {
		n := len(z.attrs)
		if n == 0 || z.attrs[n-1][1].end != z.raw.end-1 || z.repeated(n-1) {
			return html.SelfClosingTagToken
		}
	}
	return html.StartTagToken
}

// repeated reports whether an attribute before attrs[i] has the same key,
// ASCII case folded.
func (z *tokenizer) repeated(i int) bool {
	k := z.attrs[i][0]
	key := z.buf[k.start:k.end]
	for _, a := range z.attrs[:i] {
		if foldEqual(z.buf[a[0].start:a[0].end], key) {
			return true
		}
	}
	return false
}

// foldEqual reports whether a and b are equal with ASCII letters case
// folded, as x/net compares attribute keys.
func foldEqual(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// readTag reads the next tag token and its attributes, recording those
// with a non-empty key in z.attrs when save is set. The opening "<a" or
// "</a" has already been consumed, where 'a' means anything in [A-Za-z].
func (z *tokenizer) readTag(save bool) {
	z.readTagName()
	if z.skipWhiteSpace(); z.eof {
		return
	}
	for {
		c := z.readByte()
		if z.eof || c == '>' {
			break
		}
		z.raw.end--
		z.readTagAttrKey()
		z.readTagAttrVal()
		if save && z.pendingAttr[0].start != z.pendingAttr[0].end {
			z.attrs = append(z.attrs, z.pendingAttr)
		}
		if z.skipWhiteSpace(); z.eof {
			break
		}
	}
}

// readTagName sets z.data to the "div" in "<div k=v>". The first byte of
// the name has already been consumed.
func (z *tokenizer) readTagName() {
	z.data.start = z.raw.end - 1
	for {
		c := z.readByte()
		if z.eof {
			z.data.end = z.raw.end
			return
		}
		switch c {
		case ' ', '\n', '\r', '\t', '\f':
			z.data.end = z.raw.end - 1
			return
		case '/', '>':
			z.raw.end--
			z.data.end = z.raw.end
			return
		}
	}
}

// readTagAttrKey sets z.pendingAttr[0] to the "k" in "<div k=v>".
func (z *tokenizer) readTagAttrKey() {
	z.pendingAttr[0].start = z.raw.end
	for {
		c := z.readByte()
		if z.eof {
			z.pendingAttr[0].end = z.raw.end
			return
		}
		switch c {
		case '=':
			if z.pendingAttr[0].start+1 == z.raw.end {
				// An equals sign before the name begins is part of
				// the name (WHATWG 13.2.5.32).
				continue
			}
			fallthrough
		case ' ', '\n', '\r', '\t', '\f', '/', '>':
			// Reconsumed in the after attribute name state
			// (WHATWG 13.2.5.33).
			z.raw.end--
			z.pendingAttr[0].end = z.raw.end
			return
		}
	}
}

// readTagAttrVal sets z.pendingAttr[1] to the "v" in "<div k=v>".
func (z *tokenizer) readTagAttrVal() {
	z.pendingAttr[1].start = z.raw.end
	z.pendingAttr[1].end = z.raw.end
	if z.skipWhiteSpace(); z.eof {
		return
	}
	c := z.readByte()
	if z.eof {
		return
	}
	if c == '/' {
		// The self-closing start tag state (WHATWG 13.2.5.34).
		return
	}
	if c != '=' {
		z.raw.end--
		return
	}
	if z.skipWhiteSpace(); z.eof {
		return
	}
	quote := z.readByte()
	if z.eof {
		return
	}
	switch quote {
	case '>':
		z.raw.end--
		return
	case '\'', '"':
		z.pendingAttr[1].start = z.raw.end
		if !z.skipTo(quote) {
			z.pendingAttr[1].end = z.raw.end
			return
		}
		z.pendingAttr[1].end = z.raw.end - 1
	default:
		z.pendingAttr[1].start = z.raw.end - 1
		for {
			c := z.readByte()
			if z.eof {
				z.pendingAttr[1].end = z.raw.end
				return
			}
			switch c {
			case ' ', '\n', '\r', '\t', '\f':
				z.pendingAttr[1].end = z.raw.end - 1
				return
			case '>':
				z.raw.end--
				z.pendingAttr[1].end = z.raw.end
				return
			}
		}
	}
}

// Next scans the next token and returns its type.
func (z *tokenizer) Next() html.TokenType {
	z.raw.start = z.raw.end
	z.data.start = z.raw.end
	z.data.end = z.raw.end
	if z.eof {
		z.tt = html.ErrorToken
		return z.tt
	}
	if z.rawTag != "" {
		if z.rawTag == "plaintext" {
			// Everything up to the end of the input.
			z.raw.end = len(z.buf)
			z.eof = true
			z.data.end = z.raw.end
			z.textIsRaw = true
		} else {
			z.readRawOrRCDATA()
		}
		if z.data.end > z.data.start {
			z.tt = html.TextToken
			z.convertNUL = true
			return z.tt
		}
	}
	z.textIsRaw = false
	z.convertNUL = false

loop:
	for z.skipTo('<') {
		// Is the '<' just read part of a tag, comment or doctype? If
		// not, it is part of the text token.
		c := z.readByte()
		if z.eof {
			break
		}
		var tokenType html.TokenType
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			tokenType = html.StartTagToken
		case c == '/':
			tokenType = html.EndTagToken
		case c == '!' || c == '?':
			// CommentToken stands for "<!--comments-->", "<!DOCTYPE
			// declarations>" and "<?xml processing instructions?>".
			tokenType = html.CommentToken
		default:
			// Reconsume the current character.
			z.raw.end--
			continue
		}
		// Text before the tag is a token of its own, returned first.
		if x := z.raw.end - len("<a"); z.raw.start < x {
			z.raw.end = x
			z.data.end = x
			z.tt = html.TextToken
			return z.tt
		}
		switch tokenType {
		case html.StartTagToken:
			z.tt = z.readStartTag()
			return z.tt
		case html.EndTagToken:
			c = z.readByte()
			if z.eof {
				break loop
			}
			if c == '>' {
				// "</>" is no token; x/net returns an empty comment.
				z.tt = html.CommentToken
				return z.tt
			}
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				z.readTag(false)
				if z.eof {
					z.tt = html.ErrorToken
				} else {
					z.tt = html.EndTagToken
				}
				return z.tt
			}
			z.raw.end--
			z.readUntilCloseAngle()
			z.tt = html.CommentToken
			return z.tt
		case html.CommentToken:
			if c == '!' {
				z.tt = z.readMarkupDeclaration()
				return z.tt
			}
			z.raw.end--
			z.readUntilCloseAngle()
			z.tt = html.CommentToken
			return z.tt
		}
	}
	if z.raw.start < z.raw.end {
		z.data.end = z.raw.end
		z.tt = html.TextToken
		return z.tt
	}
	z.tt = html.ErrorToken
	return z.tt
}

// Raw returns the bytes of the current token, which alias the input.
// Consecutive tokens' raw bytes partition the input.
func (z *tokenizer) Raw() []byte {
	return z.buf[z.raw.start:z.raw.end]
}

// Text returns the unescaped text of a text, comment or doctype token, as
// x/net's Text does. The result may alias the input, or a buffer that the
// next call reuses; callers must not write it.
func (z *tokenizer) Text() []byte {
	switch z.tt {
	case html.TextToken, html.CommentToken, html.DoctypeToken:
	default:
		return nil
	}
	s := z.buf[z.data.start:z.data.end]
	z.data.start = z.raw.end
	z.data.end = z.raw.end
	if bytes.IndexByte(s, '\r') >= 0 {
		z.text = convertNewlines(append(z.text[:0], s...))
		s = z.text
	}
	if (z.convertNUL || z.tt == html.CommentToken) && bytes.IndexByte(s, 0) >= 0 {
		s = bytes.ReplaceAll(s, []byte{0}, []byte("\ufffd"))
	}
	if !z.textIsRaw && bytes.IndexByte(s, '&') >= 0 {
		s = []byte(html.UnescapeString(string(s)))
	}
	return s
}

// convertNewlines converts "\r" and "\r\n" in s to "\n", in place; the
// result may be shorter.
func convertNewlines(s []byte) []byte {
	for i, c := range s {
		if c != '\r' {
			continue
		}
		src := i + 1
		if src >= len(s) || s[src] != '\n' {
			s[i] = '\n'
			continue
		}
		dst := i
		for src < len(s) {
			if s[src] == '\r' {
				if src+1 < len(s) && s[src+1] == '\n' {
					src++
				}
				s[dst] = '\n'
			} else {
				s[dst] = s[src]
			}
			src++
			dst++
		}
		return s[:dst]
	}
	return s
}
