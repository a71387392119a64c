package extract

// rawAttr is one attribute of a tag as it appears in the page: the key
// lower-cased, the value not yet unescaped. Both alias the page, or the
// tokenizer's buffer for a key that had upper case.
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
