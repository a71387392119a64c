package tag

import (
	"strings"
	"unicode"
)

// acronyms retags as a proper noun (NNP) a word of two or more capital
// letters that the model read as a function word where no function word
// stands: after "the" ("The WHO criticized Peru": WHO/WP) or, read as a
// wh-pronoun, before a noun ("WHO chief X said"). Such a word is an
// organisation's initials; elsewhere a function word in capitals is
// the word itself, stressed ("NO way", "AND the rest"), as web text
// writes it, and a sentence mostly in capitals is a headline's. It
// returns the index of the first word it retagged, or -1.
func (c *clauseTags) acronyms(tags []int, form func(int) string) int {
	if c.nnp < 0 {
		return -1
	}
	first := -1
	for i, t := range tags {
		if !has(c.function, t) || !capitals(form(i)) {
			continue
		}
		afterThe := i > 0 && strings.EqualFold(form(i-1), "the")
		beforeNoun := t == c.wp && i+1 < len(tags) && has(c.noun, tags[i+1])
		if !afterThe && !beforeNoun {
			continue
		}
		// Only now, as such a word is rare, count the sentence's
		// words in capitals against those with a lower-case letter.
		if first < 0 && headline(len(tags), form) {
			return -1
		}
		tags[i] = c.nnp
		if first < 0 {
			first = i
		}
	}
	return first
}

// headline reports whether at least as many of the n words form gives
// are in capitals as have a lower-case letter.
func headline(n int, form func(int) string) bool {
	lower, upper := 0, 0
	for i := range n {
		switch f := form(i); {
		case capitals(f):
			upper++
		case strings.IndexFunc(f, unicode.IsLower) >= 0:
			lower++
		}
	}
	return upper >= lower
}

// capitals reports whether form is two or more capital letters A-Z and
// nothing else.
func capitals(form string) bool {
	if len(form) < 2 {
		return false
	}
	for i := range len(form) {
		if form[i] < 'A' || form[i] > 'Z' {
			return false
		}
	}
	return true
}

// acronyms applies clauseTags.acronyms to the last pass's tags in
// ws.right and tags the words after the first one retagged again, as
// repairFinite does, so that the verb after "The WHO" is read after a
// name.
func (m *Model) acronyms(ws *workspace, s forms) {
	if m.retagAfter(ws, m.clause.acronyms(ws.right, s.Form)) {
		m.clause.acronyms(ws.right, s.Form)
	}
}
