package event

import (
	"slices"
	"strings"

	"github.com/casus-project/casus/dict"
)

// block is a verb block compiled for matching: its patterns indexed by a
// word each needs, so that only patterns whose words occur in the
// sentence are tried.
type block struct {
	b      *dict.VerbBlock
	byWord map[string][]int32
	free   []int32 // patterns without a required word
	// owner is, per pattern, the index in b.Verbs of the verb the
	// pattern's comment names ("# CONDEMN"), or -1. A block's verbs
	// share their patterns ("severed diplomatic ties" is CUT's
	// pattern) unless the owner's own code differs from the matched
	// verb's: "accused Indian troops" (ACCUSE [112]) is no "condemned
	// the military" (CONDEMN [111]).
	owner []int16
	// phrasal marks the patterns made of particles alone
	// ("- * (WITH)", "- * TO"): a phrasal verb's, its owner's only.
	phrasal []bool
}

func compileBlock(b *dict.VerbBlock, syn synIndex) *block {
	cb := &block{b: b, byWord: map[string][]int32{}, owner: make([]int16, len(b.Patterns)), phrasal: make([]bool, len(b.Patterns))}
	for i := range b.Patterns {
		cb.owner[i] = owner(b, b.Patterns[i].Comment)
		cb.phrasal[i] = particlesOnly(&b.Patterns[i])
		for _, side := range [2][]dict.Element{b.Patterns[i].Before, b.Patterns[i].After} {
			for _, e := range side {
				syn.add(e)
			}
		}
		w := anchor(&b.Patterns[i])
		if w == "" {
			cb.free = append(cb.free, int32(i))
			continue
		}
		cb.byWord[w] = append(cb.byWord[w], int32(i))
	}
	return cb
}

// verbName returns the verb a pattern's comment names first ("# CONDEMN
// <OY 10 Mar 2006>" is CONDEMN, "# +LEAVE_BEHIND" LEAVE_BEHIND), in upper
// case, or "" when it names none.
func verbName(comment string) string {
	f := strings.Fields(strings.TrimLeft(comment, "# \t"))
	if len(f) == 0 {
		return ""
	}
	return strings.ToUpper(strings.Trim(f[0], "+_"))
}

// owner returns the index of the verb of b that a pattern's comment
// names first ("CONDEMN <OY 10 Mar 2006>", in any of its forms; a
// single-word verb before a multi-word one of the same verb word), or -1
// when it names none, or the block has only one verb.
func owner(b *dict.VerbBlock, comment string) int16 {
	if len(b.Verbs) < 2 || len(b.Verbs) > 1<<14 {
		return -1
	}
	w := verbName(comment)
	if w == "" {
		return -1
	}
	// A single-word verb first: "# LEAVE" names LEAVE, not
	// +LEAVE_BEHIND, whose verb word is LEAVE too.
	for _, single := range [2]bool{true, false} {
		for i := range b.Verbs {
			v := &b.Verbs[i]
			if single != (len(v.Before)+len(v.After) == 0) {
				continue
			}
			if v.Word == w || slices.Contains(v.Forms, w) {
				return int16(i)
			}
		}
	}
	return -1
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
		return strings.TrimSuffix(e.Prep, dict.Stem)
	case dict.Noun:
		for _, t := range e.Terms {
			if ph := t.Phrases(); len(ph) == 1 && len(ph[0]) > 0 {
				return strings.TrimSuffix(ph[0][0], dict.Stem)
			}
		}
	}
	return ""
}

// words is a sentence as the matcher sees it: upper-case forms and
// lemmas, with the Coder's synset index.
type words struct {
	up, lem []string
	syn     synIndex
	// comp marks the tokens of actors joined into a compound ("Gondor
	// and Osgiliath"), which a pattern's '%' needs.
	comp []bool
	// act marks the tokens of actor mentions.
	act []bool
	// forms matches TABARI pattern words by form alone, and stems as
	// prefixes.
	forms bool
	// aux marks auxiliaries and particles, which forms matches by
	// lemma too.
	aux []bool
	// name numbers the tokens of the names of persons, organisations
	// and places (1 for the sentence's first such name, 0 outside any),
	// whose words are no pattern nouns ("the Lakeside Animal Shelter" is
	// no asylum, "Amnesty International" no amnesty).
	name []int16
	// glued marks a participle written after a hyphen as the second half
	// of one word ("ad-funded", "state-owned"), and an -ing participle
	// between a verb of telling and its object ("told visiting
	// officials", attributive), which are no pattern nouns.
	glued []bool
}

// bound reports a noun element matched at the one token s that is only a
// word of a longer name, or the second half of a hyphenated word: the
// word there does not mean what the pattern's noun means ("the Lakeside
// Animal Shelter" is no asylum, "Amnesty International" no amnesty,
// "ad-supported" no support). The head of a name that is an actor is
// what it names ("took Chile to the International Court of Justice" is
// taken to a court), and a match of two or more words stands ("- * TO
// SECURITY COUNCIL" in "appealed to the UN Security Council").
func (w *words) bound(s, e int) bool {
	if e-s != 1 {
		return false
	}
	if s < len(w.glued) && w.glued[s] {
		return true
	}
	if s >= len(w.name) || w.name[s] == 0 {
		return false
	}
	id := w.name[s]
	last := e >= len(w.name) || w.name[e] != id
	if s < len(w.act) && w.act[s] && (last || w.up[e] == "OF") {
		return false
	}
	return s > 0 && w.name[s-1] == id || !last
}

// slotFilled reports a pattern with a source or target slot and an actor
// in every slot it has.
func (w *words) slotFilled(m match) bool {
	has := func(r [2]int) bool {
		for k := r[0]; k < r[1] && k < len(w.act); k++ {
			if w.act[k] {
				return true
			}
		}
		return false
	}
	if m.src[1] == 0 && m.tgt[1] == 0 {
		return false
	}
	return (m.src[1] == 0 || has(m.src)) && (m.tgt[1] == 0 || has(m.tgt))
}

// opensWithActor reports a span whose first word, after an article, is
// an actor's: "the UK" or "Peru's army", not "the talks with Peru".
func (w *words) opensWithActor(r [2]int) bool {
	k := r[0]
	for k < r[1] && k < len(w.up) && (w.up[k] == "THE" || w.up[k] == "A" || w.up[k] == "AN") {
		k++
	}
	return k < r[1] && k < len(w.act) && w.act[k]
}

// synIndex holds, per synset name, the indices of its phrases (as
// Term.Phrases gives them) by their first word, so that a synset term is
// matched by looking the sentence's word up rather than by trying every
// member.
type synIndex map[string]map[string][]int32

// add indexes the synsets the terms of e use.
func (x synIndex) add(e dict.Element) {
	for _, t := range e.Terms {
		if t.Synset == "" || x[t.Synset] != nil {
			continue
		}
		idx := map[string][]int32{}
		for i, ph := range t.Phrases() {
			if len(ph) > 0 {
				k := strings.TrimSuffix(ph[0], dict.Stem)
				idx[k] = append(idx[k], int32(i))
			}
		}
		x[t.Synset] = idx
	}
	for _, o := range e.Objects {
		x.add(o)
	}
}

func (w *words) is(k int, s string) bool { return w.up[k] == s || w.lem[k] == s }

// match reports whether pattern word s matches token k: a TABARI stem
// ("REVOLUTION~") any word it begins, any other TABARI word only the
// same word (forms), a PETRARCH word the form or the lemma.
func (w *words) match(k int, s string) bool {
	if n := len(s) - len(dict.Stem); n > 0 && s[n:] == dict.Stem {
		return strings.HasPrefix(w.up[k], s[:n]) || w.aux != nil && w.aux[k] && strings.HasPrefix(w.lem[k], s[:n])
	}
	if w.forms {
		// An auxiliary or negation matches by lemma too: TABARI's
		// "WILL_NOT" is the tokens "wo" "n't" of "won't".
		return w.up[k] == s || w.aux != nil && w.aux[k] && w.lem[k] == s
	}
	return w.is(k, s)
}

// keys calls f with the index keys under which a pattern word matching
// token k may be filed: the form and the lemma, and for TABARI every
// prefix of the form (the stems it may continue).
func (w *words) keys(k int, f func(string)) {
	up := w.up[k]
	f(up)
	if w.forms {
		for n := len(up) - 1; n > 0; n-- {
			f(up[:n])
		}
		if w.aux != nil && w.aux[k] && w.lem[k] != up {
			f(w.lem[k])
		}
		return
	}
	if w.lem[k] != up {
		f(w.lem[k])
	}
}

// match is the result of matching one pattern around a verb.
type match struct {
	p     *dict.Pattern
	score int
	// src and tgt are the token ranges where the pattern's source and
	// target slots are; hi == 0 means the pattern has no such slot.
	src, tgt [2]int
	// first is the first token the pattern used before the verb, the
	// verb itself when it used none.
	first int
	// used holds the token ranges of the first words the pattern
	// matched (n of them): a verb among them is part of this verb's
	// pattern, not a predicate of its own.
	used [4][2]int32
	n    int8
	// comp is the token range of the compound actor a '%' matched;
	// comp[1] == 0 means none. compAfter reports a '%' after the verb.
	comp      [2]int
	compAfter bool
	// slots reports a pattern of slots alone whose filled slots made
	// it score (blockMatch): any pattern with a word outranks it.
	slots bool
	// skipped is the token range of the first actor a '^' passed over
	// ("- * ATTACK (ON ^)": the embassy attacked is no target of the
	// condemnation); skipped[1] == 0 means none.
	skipped [2]int
}

// matchPattern matches p around verb token v, with the words before the
// verb taken from [lo, v) and those after from [vEnd, hi).
func matchPattern(p *dict.Pattern, w *words, v, lo, hi, vEnd int) (match, bool) {
	m := match{p: p, first: v}
	if !matchSide(p.Before, w, lo, v, &m) {
		return m, false
	}
	// TABARI's "RECENT~_*": the word before the verb touches it.
	if p.TightBefore && (m.n == 0 || int(m.used[m.n-1][1]) != v) {
		return m, false
	}
	before := m.comp
	n := m.n
	ok := matchSide(p.After, w, vEnd, hi, &m)
	if ok && p.TightAfter && (m.n == n || int(m.used[n][0]) != vEnd) {
		return m, false
	}
	m.compAfter = m.comp != before
	return m, ok
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
		case dict.Skip:
			// '^' skips a noun phrase: an actor ("IFTAR IN ^ +":
			// "in Osgiliath with the leaders of Gondor"), else one
			// word.
			at := k
			k = w.skipPhrase(k, hi)
			if m.skipped[1] == 0 {
				m.skipped = w.firstActor(at, k)
			}
			continue
		case dict.Compound:
			// A compound actor: its members are each other's
			// targets.
			at := k
			for at < hi && (at >= len(w.comp) || !w.comp[at]) {
				at++
			}
			if at >= hi {
				return false
			}
			end := at
			for end < hi && end < len(w.comp) && (w.comp[end] || joiner(w.up[end])) {
				end++
			}
			for end > at && !w.comp[end-1] {
				end--
			}
			m.comp = [2]int{at, end}
			m.score++
			k = end
			if open != nil {
				open[1] = at
				open = nil
			}
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
		if e.Kind == dict.Prep && m.skipped[1] == 0 && skipsObject(e) {
			// "(ON ^)", "(OF ^)": the first actor within a few words
			// after the preposition is passed over.
			m.skipped = w.firstActor(at+1, min(hi, at+6))
		}
		if at < m.first {
			m.first = at
		}
		if int(m.n) < len(m.used) {
			m.used[m.n] = [2]int32{int32(at), int32(end)}
			m.n++
		}
	}
	return true
}

// uses reports whether the pattern matched token k.
func (m *match) uses(k int) bool {
	for _, u := range m.used[:m.n] {
		if int(u[0]) <= k && k < int(u[1]) {
			return true
		}
	}
	return false
}

// skipsObject reports a prepositional element whose object is '^' alone
// ("(ON ^)"), which passes over the actor after the preposition.
func skipsObject(e dict.Element) bool {
	return len(e.Objects) == 1 && e.Objects[0].Kind == dict.Skip
}

// firstActor returns the token range of the first actor's words in
// [k, hi) before any "by" or comma (the deed's agent or another phrase
// follows those), or [0, 0] for none.
func (w *words) firstActor(k, hi int) [2]int {
	for j := k; j < hi && j < len(w.act); j++ {
		if w.up[j] == "BY" || w.up[j] == "," {
			break
		}
		if w.act[j] {
			end := j
			for end < len(w.act) && w.act[end] {
				end++
			}
			return [2]int{j, end}
		}
	}
	return [2]int{}
}

// skipPhrase returns the token after the phrase at k: an actor mention
// with its article, else (TABARI) a few words up to and through an actor,
// else the word at k.
func (w *words) skipPhrase(k, hi int) int {
	if k >= hi {
		return k
	}
	j := k
	if j+1 < hi && (w.up[j] == "THE" || w.up[j] == "A" || w.up[j] == "AN") {
		j++
	}
	if j < len(w.act) && w.act[j] {
		for j < hi && j < len(w.act) && w.act[j] {
			j++
		}
		return j
	}
	// TABARI skips a phrase that leads to an actor ("with the leaders
	// of Gondor") through the actor, when one comes within a few words.
	for x := k; w.forms && x < hi && x < k+5 && x < len(w.act); x++ {
		if w.act[x] {
			for x < hi && x < len(w.act) && w.act[x] {
				x++
			}
			return x
		}
	}
	return k + 1
}

// joiner reports a word that may stand between the members of a
// compound actor.
func joiner(up string) bool {
	switch up {
	case ",", "AND", "OR", "NOR", "THE", "AS", "WELL":
		return true
	}
	return false
}

// findElem finds element e at or after k and before hi and returns where
// it starts and ends, the words it matched, and whether it did.
func findElem(e dict.Element, w *words, k, hi int) (at, end, score int, ok bool) {
	first := w.firstSynset(e)
	for s := k; s < hi; s++ {
		if first != nil && !w.mayStart(first, s) {
			continue
		}
		if end, sc, ok := elemAt(e, w, s, hi); ok {
			return s, end, sc, true
		}
	}
	return 0, 0, 0, false
}

// firstSynset returns the phrase index of the synset that a noun
// element's first term names, when the sentence's words are matched by
// form and lemma, and nil otherwise. findElem looks it up once for the
// element, not once for every word it tries.
func (w *words) firstSynset(e dict.Element) map[string][]int32 {
	if e.Kind != dict.Noun || len(e.Terms) == 0 || w.forms {
		return nil
	}
	t := e.Terms[0]
	if t.Synset == "" {
		return nil
	}
	return w.syn[t.Synset]
}

// mayStart reports whether a phrase of the synset whose index is idx may
// start at token k: one is filed under its form or its lemma, as termAt
// looks them up.
func (w *words) mayStart(idx map[string][]int32, k int) bool {
	return idx[w.up[k]] != nil || w.lem[k] != w.up[k] && idx[w.lem[k]] != nil
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
		if w.bound(s, k) {
			return 0, 0, false
		}
		return k, score, true
	case dict.Prep:
		if !w.match(s, e.Prep) {
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
	if k >= hi {
		return 0, false
	}
	if idx, ok := w.syn[t.Synset]; ok && t.Synset != "" {
		phs := t.Phrases()
		best := 0
		if w.forms {
			w.keys(k, func(key string) {
				if c := idx[key]; c != nil {
					best = phraseAt(phs, c, w, k, hi, best)
				}
			})
			return best, best > 0
		}
		best = phraseAt(phs, idx[w.up[k]], w, k, hi, 0)
		if w.lem[k] != w.up[k] {
			best = phraseAt(phs, idx[w.lem[k]], w, k, hi, best)
		}
		return best, best > 0
	}
	if t.Synset == "" && t.Alts == nil {
		// A plain word: Phrases would allocate.
		if t.Word != "" && w.match(k, t.Word) {
			return 1, true
		}
		return 0, false
	}
	best := 0
	for _, ph := range t.Phrases() {
		if len(ph) == 0 || k+len(ph) > hi || len(ph) <= best {
			continue
		}
		ok := true
		for j, x := range ph {
			if !w.match(k+j, x) {
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

// phraseAt returns the length of the longest of the phrases phs[cand]
// that matches at k, or best if none is longer.
func phraseAt(phs [][]string, cand []int32, w *words, k, hi, best int) int {
	for _, i := range cand {
		ph := phs[i]
		if k+len(ph) > hi || len(ph) <= best {
			continue
		}
		ok := true
		for j := 0; j < len(ph); j++ {
			if !w.match(k+j, ph[j]) {
				ok = false
				break
			}
		}
		if ok {
			best = len(ph)
		}
	}
	return best
}

// particlesOnly reports a pattern whose words are all particles or bare
// prepositions ("- * (WITH)", "- * TO", "- * (TO) (ABOUT)"), slots aside:
// such a pattern spells a phrasal verb ("break with", "head to"), which
// the block's other verbs do not share ("led the company to announce").
// A mutual one ("- * WITH [190:190]", "clash with") is no idiom: "fought
// with" is a clash too.
func particlesOnly(p *dict.Pattern) bool {
	if p.Code != "" && p.Code == p.Passive {
		return false
	}
	n := 0
	for _, side := range [2][]dict.Element{p.Before, p.After} {
		for _, e := range side {
			switch e.Kind {
			case dict.Prep:
				if len(e.Objects) > 0 {
					return false
				}
				n++
			case dict.Noun:
				if len(e.Terms) != 1 || e.Terms[0].Word == "" || !particle[e.Terms[0].Word] {
					return false
				}
				n++
			}
		}
	}
	return n > 0
}

// leadsWithParticle reports a pattern whose first word after the verb,
// slots aside, is a bare preposition or particle, the verb's own ("- *
// (ON) TO RESOLVE", "- * ON + TO PURSUE", "- * (FOR) &ACCOUNTABILITY"):
// like a phrasal pattern's, it must not be one that opens a time or
// another phrase.
func leadsWithParticle(p *dict.Pattern) bool {
	for _, e := range p.After {
		switch e.Kind {
		case dict.Prep:
			return len(e.Objects) == 0
		case dict.Noun:
			return len(e.Terms) == 1 && particle[e.Terms[0].Word]
		}
	}
	return false
}

var particle = map[string]bool{"TO": true, "AT": true, "WITH": true, "FOR": true, "ON": true, "FROM": true, "INTO": true, "AGAINST": true, "OFF": true, "UP": true, "OUT": true, "BACK": true, "DOWN": true, "OVER": true, "IN": true, "BY": true, "ABOUT": true, "AWAY": true}
