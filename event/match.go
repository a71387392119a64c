package event

import (
	"github.com/casus-project/casus/dict"
)

// block is a verb block compiled for matching: its patterns indexed by a
// word each needs, so that only patterns whose words occur in the
// sentence are tried.
type block struct {
	b      *dict.VerbBlock
	byWord map[string][]int32
	free   []int32 // patterns without a required word
}

func compileBlock(b *dict.VerbBlock) *block {
	cb := &block{b: b, byWord: map[string][]int32{}}
	for i := range b.Patterns {
		w := anchor(&b.Patterns[i])
		if w == "" {
			cb.free = append(cb.free, int32(i))
			continue
		}
		cb.byWord[w] = append(cb.byWord[w], int32(i))
	}
	return cb
}

// anchor returns a word the pattern cannot match without, or "".
func anchor(p *dict.Pattern) string {
	for _, side := range [2][]dict.Element{p.After, p.Before} {
		for _, e := range side {
			if w := elemAnchor(e); w != "" {
				return w
			}
		}
	}
	return ""
}

func elemAnchor(e dict.Element) string {
	switch e.Kind {
	case dict.Prep:
		return e.Prep
	case dict.Noun:
		for _, t := range e.Terms {
			if ph := t.Phrases(); len(ph) == 1 && len(ph[0]) > 0 {
				return ph[0][0]
			}
		}
	}
	return ""
}

// words is a sentence as the matcher sees it: upper-case forms and
// lemmas.
type words struct {
	up, lem []string
}

func (w *words) is(k int, s string) bool { return w.up[k] == s || w.lem[k] == s }

// match is the result of matching one pattern around a verb.
type match struct {
	p     *dict.Pattern
	score int
	// src and tgt are the token ranges where the pattern's source and
	// target slots are; hi == 0 means the pattern has no such slot.
	src, tgt [2]int
	// last is the last token the pattern used after the verb.
	last int
}

// matchPattern matches p around verb token v, with the words before the
// verb taken from [lo, v) and those after from [vEnd, hi).
func matchPattern(p *dict.Pattern, w *words, v, lo, hi, vEnd int) (match, bool) {
	m := match{p: p, last: vEnd - 1}
	if !matchSide(p.Before, w, lo, v, &m) {
		return m, false
	}
	return m, matchSide(p.After, w, vEnd, hi, &m)
}

// matchSide matches elements in order within [k, hi), filling the slots
// of m.
func matchSide(elems []dict.Element, w *words, k, hi int, m *match) bool {
	var open *[2]int
	for _, e := range elems {
		switch e.Kind {
		case dict.Source:
			m.src = [2]int{k, hi}
			open = &m.src
			continue
		case dict.Target:
			m.tgt = [2]int{k, hi}
			open = &m.tgt
			continue
		case dict.Skip, dict.Compound:
			continue
		}
		at, end, sc, ok := findElem(e, w, k, hi)
		if !ok {
			return false
		}
		if open != nil {
			open[1] = at
			open = nil
		}
		m.score += sc
		k = end
		if hi > m.last {
			m.last = end - 1
		}
	}
	return true
}

// findElem finds element e at or after k and before hi and returns where
// it starts and ends, the words it matched, and whether it did.
func findElem(e dict.Element, w *words, k, hi int) (at, end, score int, ok bool) {
	for s := k; s < hi; s++ {
		if end, sc, ok := elemAt(e, w, s, hi); ok {
			return s, end, sc, true
		}
	}
	return 0, 0, 0, false
}

// elemAt matches e starting exactly at s.
func elemAt(e dict.Element, w *words, s, hi int) (end, score int, ok bool) {
	switch e.Kind {
	case dict.Noun:
		k := s
		for _, t := range e.Terms {
			n, ok := termAt(t, w, k, hi)
			if !ok {
				return 0, 0, false
			}
			k += n
			score += n
		}
		return k, score, true
	case dict.Prep:
		if !w.is(s, e.Prep) {
			return 0, 0, false
		}
		k := s + 1
		score = 1
		for _, o := range e.Objects {
			if o.Kind != dict.Noun && o.Kind != dict.Prep {
				continue
			}
			// Objects follow the preposition within a few words.
			lim := min(hi, k+6)
			_, end, sc, ok := findElem(o, w, k, lim)
			if !ok {
				return 0, 0, false
			}
			score += sc
			k = end
		}
		return k, score, true
	}
	return s, 0, true
}

// termAt matches one of t's phrases at k and returns its length.
func termAt(t dict.Term, w *words, k, hi int) (int, bool) {
	best := 0
	for _, ph := range t.Phrases() {
		if len(ph) == 0 || k+len(ph) > hi || len(ph) <= best {
			continue
		}
		ok := true
		for j, x := range ph {
			if !w.is(k+j, x) {
				ok = false
				break
			}
		}
		if ok {
			best = len(ph)
		}
	}
	return best, best > 0
}
