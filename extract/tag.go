package extract

import (
	"bytes"

	"golang.org/x/net/html/atom"
)

// rawAttr is one attribute of a tag as it appears in the page: the key
// lower-cased, the value not yet unescaped. Both alias the tokenizer's
// buffer.
type rawAttr struct {
	key, val []byte
}

// isSpace reports whether c is HTML white space: space, tab, newline,
// carriage return or form feed. It tests a bit of a mask, which costs
// fewer instructions than five comparisons.
func isSpace(c byte) bool {
	const spaces = 1<<' ' | 1<<'\t' | 1<<'\n' | 1<<'\r' | 1<<'\f'
	return c <= ' ' && spaces>>c&1 != 0
}

// tagParser splits the raw bytes of a start tag into its name and
// attributes without allocating, reusing its buffers between calls.
type tagParser struct {
	name  [32]byte
	attrs []rawAttr
}

// parse returns the atom of the tag in raw ("<div class=x>") and fills
// p.attrs. Unknown tag names give 0. Keys are lower-cased in place.
func (p *tagParser) parse(raw []byte) atom.Atom {
	p.attrs = p.attrs[:0]
	i := 1
	if i < len(raw) && raw[i] == '/' {
		i++
	}
	start := i
	for i < len(raw) && !isSpace(raw[i]) && raw[i] != '/' && raw[i] != '>' {
		i++
	}
	n := i - start
	var a atom.Atom
	if n > 0 && n <= len(p.name) {
		for j := range n {
			c := raw[start+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			p.name[j] = c
		}
		a = atom.Lookup(p.name[:n])
	}
	for i < len(raw) {
		for i < len(raw) && (isSpace(raw[i]) || raw[i] == '/') {
			i++
		}
		if i >= len(raw) || raw[i] == '>' {
			break
		}
		ks := i
		i++ // a key may start with '='
		for i < len(raw) && !isSpace(raw[i]) && raw[i] != '/' && raw[i] != '>' && raw[i] != '=' {
			i++
		}
		key := raw[ks:i]
		for j, c := range key {
			if 'A' <= c && c <= 'Z' {
				key[j] = c + 'a' - 'A'
			}
		}
		for i < len(raw) && isSpace(raw[i]) {
			i++
		}
		var val []byte
		if i < len(raw) && raw[i] == '=' {
			i++
			for i < len(raw) && isSpace(raw[i]) {
				i++
			}
			if i < len(raw) && (raw[i] == '"' || raw[i] == '\'') {
				q := raw[i]
				i++
				vs := i
				if k := bytes.IndexByte(raw[i:], q); k >= 0 {
					i += k
				} else {
					i = len(raw)
				}
				val = raw[vs:i]
				if i < len(raw) {
					i++
				}
			} else {
				vs := i
				for i < len(raw) && !isSpace(raw[i]) && raw[i] != '>' {
					i++
				}
				val = raw[vs:i]
			}
		}
		if len(p.attrs) < 64 {
			p.attrs = append(p.attrs, rawAttr{key, val})
		}
	}
	return a
}
