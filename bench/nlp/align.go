package main

import (
	"unicode"
	"unicode/utf8"

	"github.com/casus-project/casus/metric"
)

// window bounds how far past the cursor a matcher looks for the next token,
// so that one token a tokenizer dropped or rewrote does not lose the rest of
// the sentence.
const window = 64

// matcher places tokens, in order, in a text. Straight quotes in a token
// match typographic ones in the text, since some tokenizers (prose's)
// rewrite them.
type matcher struct {
	text string
	cur  int
}

// next places form at or shortly after the cursor, skipping white space,
// and moves the cursor past it. It returns noSpan, and leaves the cursor,
// when form is empty or not found within window bytes.
func (m *matcher) next(form string) span {
	if form == "" {
		return noSpan
	}
	i := m.cur
	for i < len(m.text) {
		r, n := utf8.DecodeRuneInString(m.text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	for a := i; a <= len(m.text) && a <= i+window; a++ {
		if b, ok := matchAt(m.text, a, form); ok {
			m.cur = b
			return span{a, b}
		}
	}
	return noSpan
}

// matchAt reports whether form is spelt in text from byte i, and where it
// ends there.
func matchAt(text string, i int, form string) (int, bool) {
	for _, want := range form {
		if i >= len(text) {
			return 0, false
		}
		got, n := utf8.DecodeRuneInString(text[i:])
		if got != want && !sameQuote(want, got) {
			return 0, false
		}
		i += n
	}
	return i, true
}

// sameQuote reports whether text rune got is a typographic form of the
// straight quote want.
func sameQuote(want, got rune) bool {
	switch want {
	case '"':
		return got == '\u201c' || got == '\u201d'
	case '\'':
		return got == '\u2018' || got == '\u2019'
	}
	return false
}

// locate places forms in text in order; see matcher.next.
func locate(text string, forms []string) []span {
	m := matcher{text: text}
	out := make([]span, len(forms))
	for i, f := range forms {
		out[i] = m.next(f)
	}
	return out
}

// tagCounts scores predicted tags on gold words by their place in the text:
// a gold word is aligned when a predicted token has exactly its span, and
// correct when that token also has its tag.
type tagCounts struct {
	Words, Aligned, Correct int
}

// add scores one sentence. gold and pred hold spans and tags side by side.
func (c *tagCounts) add(goldSpans []span, goldTags []string, predSpans []span, predTags []string) {
	pred := make(map[span]string, len(predSpans))
	for i, s := range predSpans {
		if s.ok() && i < len(predTags) {
			pred[s] = predTags[i]
		}
	}
	for i, s := range goldSpans {
		c.Words++
		if !s.ok() {
			continue
		}
		t, ok := pred[s]
		if !ok {
			continue
		}
		c.Aligned++
		if i < len(goldTags) && t == goldTags[i] {
			c.Correct++
		}
	}
}

// Accuracy is the share of all gold words tagged correctly, unaligned
// words counting as errors.
func (c tagCounts) Accuracy() float64 { return metric.Ratio(c.Correct, c.Words) }

// AlignedShare is the share of gold words a predicted token matches.
func (c tagCounts) AlignedShare() float64 { return metric.Ratio(c.Aligned, c.Words) }

// AlignedAccuracy is the accuracy on aligned words only.
func (c tagCounts) AlignedAccuracy() float64 { return metric.Ratio(c.Correct, c.Aligned) }

// prf counts exact matches of predicted items against gold ones.
type prf struct{ metric.PRF }

// addNames scores one sentence's predicted names against its gold names.
func (s *prf) addNames(gold map[typedSpan]bool, pred []typedSpan) {
	s.Gold += len(gold)
	seen := make(map[typedSpan]bool, len(pred))
	for _, p := range pred {
		if seen[p] {
			continue
		}
		seen[p] = true
		s.Predicted++
		if gold[p] {
			s.Correct++
		}
	}
}

// addBoundaries scores predicted sentence ends against a document's gold
// ends; the document's own end is given and counted on neither side. inner
// restricts both sides to ends not followed by a line break.
func (s *prf) addBoundaries(d document, predEnds []int, innerOnly bool) {
	gold := make(map[int]bool, len(d.ends))
	for k, e := range d.ends[:len(d.ends)-1] {
		if innerOnly && !d.inner[k] {
			continue
		}
		gold[e] = true
		s.Gold++
	}
	last := d.ends[len(d.ends)-1]
	seen := make(map[int]bool, len(predEnds))
	for _, e := range predEnds {
		if e < 0 || e >= last || seen[e] {
			continue
		}
		seen[e] = true
		if innerOnly && !sameParagraph(d.text, e) {
			continue
		}
		s.Predicted++
		if gold[e] {
			s.Correct++
		}
	}
}

// sameParagraph reports whether the white space after byte e of text holds
// no line break.
func sameParagraph(text string, e int) bool {
	for ; e < len(text); e++ {
		switch text[e] {
		case '\n':
			return false
		case ' ', '\t', '\r':
		default:
			return true
		}
	}
	return true
}
