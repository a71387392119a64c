package event

// Clauses on a noun (acl, acl:relcl): relative clauses and participles,
// and the subject or object they leave out.

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// mentionEndingAt returns the mention that ends right before token k,
// or before the comma there, or -1.
func mentionEndingAt(ms []actor.Mention, toks []model.Token, k int) int {
	if k > 0 && toks[k-1].Form == "," {
		k--
	}
	for i, m := range ms {
		if m.End == k && m.Start < k {
			return i
		}
	}
	return -1
}

// nonRestrictive reports a verb at v heading a relative clause set off by
// a comma whose subject is "which" or "who" and that describes its noun
// ("Oman, which has mediated ...").
func (a *article) nonRestrictive(v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	// "North Macedonia, which remains blocked by": a complement of such
	// a clause's verb is in it.
	for n := 0; n < 4 && base(t.rel[v]) == "xcomp" && t.head[v] >= 0; n++ {
		v = t.head[v]
	}
	return a.commaRelative(v) && a.describing(v)
}

// describing reports whether the clause headed by v is in the present or
// the present perfect ("which remains blocked", "which has mediated"), as
// a clause that describes its actor is; a past one ("Chile, which
// attacked Peru last week") or a progressive ("which are holding joint
// drills") reports an event of its own. The tagger often
// takes such a past for a participle, so the tense is read from the
// auxiliaries and the verb's own tag together.
func (a *article) describing(v int) bool {
	t := &a.t
	for _, c := range t.kids[v] {
		if r := base(t.rel[c]); r != "aux" && r != "cop" {
			continue
		}
		switch strings.ToLower(a.toks[c].Form) {
		case "is", "are":
			// "which are holding joint drills this week": a
			// progressive reports a deed going on.
			return a.toks[v].XPOS != "VBG"
		case "has", "have":
			return true
		case "had", "was", "were", "did":
			return false
		}
	}
	switch a.toks[v].XPOS {
	case "VBZ", "VBP":
		return true
	}
	return false
}

// definingClause reports a relative clause at v, not set off by a comma,
// whose subject is a relative pronoun and whose noun is a definite
// description the clause picks out ("the country that invaded Ukraine
// does not get to lecture anyone"): the clause says which actor is
// meant, and reports no event of the story.
func (a *article) definingClause(ms []actor.Mention, v int) bool {
	t := &a.t
	if !t.ok || t.head[v] < 0 {
		return false
	}
	c := a.relSubject(v)
	if c <= 0 || !relativePronoun(a.toks[c]) || a.toks[c-1].Form == "," {
		return false
	}
	i := t.mentionAt(ms, t.head[v])
	return i >= 0 && ms[i].Kind == actor.Description
}

// relSubject returns the subject of the relative clause at v, or -1 when v
// heads no relative clause or the clause has no subject.
func (a *article) relSubject(v int) int {
	t := &a.t
	if t.rel[v] != "acl:relcl" {
		return -1
	}
	for _, c := range t.kids[v] {
		if base(t.rel[c]) == "nsubj" {
			return c
		}
	}
	return -1
}

// commaRelativeSubject reports a verb at v whose subject is "who" or
// "which" right after a comma ("the rebels, who refused"), however the
// parse hangs its clause (a relative clause, a parataxis).
func (a *article) commaRelativeSubject(v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	for _, c := range t.kids[v] {
		if base(t.rel[c]) != "nsubj" || c == 0 || a.toks[c-1].Form != "," {
			continue
		}
		switch strings.ToLower(a.toks[c].Form) {
		case "who", "which":
			return true
		}
	}
	return false
}

// commaRelative reports a relative clause at v whose subject is "which" or
// "who" right after a comma ("Oman, which has mediated").
func (a *article) commaRelative(v int) bool {
	c := a.relSubject(v)
	if c <= 0 {
		return false
	}
	w := strings.ToLower(a.toks[c].Form)
	return (w == "which" || w == "who") && a.toks[c-1].Form == ","
}

// relativePronoun reports a relative pronoun ("that", "which", "who").
func relativePronoun(tk model.Token) bool {
	switch strings.ToLower(tk.Form) {
	case "that", "which", "who", "whom":
		return tk.XPOS == "WDT" || tk.XPOS == "WP" || tk.UPOS == "PRON"
	}
	return false
}

// relativeClause reports a relative clause at v whose subject is a
// relative pronoun: its subject is the noun it is on, an actor or not.
func (a *article) relativeClause(v int) bool {
	t := &a.t
	if t.rel[v] != "acl:relcl" {
		return false
	}
	for _, c := range t.kids[v] {
		if base(t.rel[c]) == "nsubj" && relativePronoun(a.toks[c]) {
			return true
		}
	}
	return false
}

// relativeOnThing reports a verb at v, which the parse does not make a
// relative clause, whose subject is a relative pronoun that no actor
// stands right before ("the budget approved by Republicans in April that
// boosted school spending", the clause hung elsewhere): the clause is on
// a thing, and no actor named before it is its subject.
func (a *article) relativeOnThing(ms []actor.Mention, v int) bool {
	t := &a.t
	if !t.ok || t.rel[v] == "acl:relcl" {
		return false
	}
	for _, c := range t.kids[v] {
		if base(t.rel[c]) == "nsubj" && c < v && relativePronoun(a.toks[c]) && mentionEndingAt(ms, a.toks, c) < 0 {
			return true
		}
	}
	return false
}

// ownSubject reports a clause at k whose subject is a word of its own,
// not a relative pronoun standing for the noun it is on.
func (a *article) ownSubject(k int) bool {
	t := &a.t
	for _, c := range t.kids[k] {
		if base(t.rel[c]) == "nsubj" {
			return !relativePronoun(a.toks[c]) && a.toks[c].XPOS != "WP"
		}
	}
	return false
}

// gapObject returns the noun a relative clause headed by the verb at v
// hangs on when that noun is the verb's missing object ("a ceasefire
// the two countries agreed", "the truce that Chile signed"): the clause
// has a subject of its own, no object, clause or infinitive, and no
// preposition left at its end ("the truce Chile agreed to"). It returns
// -1 otherwise.
func (a *article) gapObject(v int) int {
	t := &a.t
	if !t.ok || v >= len(t.rel) {
		return -1
	}
	if t.rel[v] == "acl" {
		return a.contactObject(v)
	}
	if t.rel[v] != "acl:relcl" || !a.ownSubject(v) {
		return -1
	}
	h := t.head[v]
	if h < 0 || h >= v || a.toks[h].UPOS != "NOUN" {
		return -1
	}
	for _, c := range t.kids[v] {
		switch base(t.rel[c]) {
		case "obj", "iobj", "ccomp", "xcomp":
			if !relativePronoun(a.toks[c]) {
				return -1
			}
		}
	}
	if k := v + 1; k < len(a.toks) && a.toks[k].UPOS == "ADP" && (k+1 == len(a.toks) || a.toks[k+1].UPOS == "PUNCT") {
		return -1
	}
	return h
}

// contactObject is gapObject for a relative clause the parse hung on its
// own subject ("a ceasefire the two countries agreed" with "agreed" a
// participle on "countries"): a past tense or participle at v on a noun
// with no object, clause or infinitive of its own, the noun right after
// another noun, only articles, numbers and adjectives between, that the
// parse hangs it on. It returns that other noun, else -1 ("the soldiers
// killed in the attack" has no noun before its own).
func (a *article) contactObject(v int) int {
	t := &a.t
	if x := a.toks[v].XPOS; x != "VBN" && x != "VBD" {
		return -1
	}
	s := t.head[v]
	if s < 0 || s >= v || a.toks[s].UPOS != "NOUN" && a.toks[s].UPOS != "PROPN" {
		return -1
	}
	h := t.head[s]
	if h < 0 || h >= s || a.toks[h].UPOS != "NOUN" {
		return -1
	}
	for k := h + 1; k < s; k++ {
		switch a.toks[k].UPOS {
		case "DET", "NUM", "ADJ", "PROPN", "NOUN":
		default:
			return -1
		}
	}
	// The subject's phrase begins with its own article or number right
	// after the object noun ("a ceasefire the two countries").
	if u := a.toks[h+1].UPOS; u != "DET" && u != "NUM" && h+1 != s {
		return -1
	}
	for _, c := range t.kids[v] {
		switch base(t.rel[c]) {
		case "obj", "iobj", "ccomp", "xcomp", "nsubj", "aux", "cop":
			return -1
		}
	}
	if k := v + 1; k < len(a.toks) && a.toks[k].UPOS == "ADP" && (k+1 == len(a.toks) || a.toks[k+1].UPOS == "PUNCT") {
		return -1
	}
	return h
}

// commaParticiple reports a present participle right after a comma
// (", accusing").
func commaParticiple(toks []model.Token, v int) bool {
	return v > 0 && toks[v].XPOS == "VBG" && toks[v-1].Form == ","
}

// finiteParticiple returns, for a past participle at v that the parse
// hangs on a noun (acl) with no auxiliary and no "by" agent, where that
// noun is the subject of a later verb joined to the participle's clause
// by "and" or "but" (the conjunction on that verb, or on a second
// subject of it), the noun: the tagger took a past tense for a
// participle, and the parse made its subject the next verb's ("Oman
// called for restraint and urged all parties"; "Thousands of Bolivians
// protested, and police responded"). So for a verb the parse joined,
// with no conjunction of its own, after a comma, to the verb of a
// relative clause set off by commas on that noun ("Oman, which has
// mediated between them, called for restraint and urged"). It returns
// -1 otherwise ("tankers linked to Israel were attacked"). A participle
// with an object on a noun that ", and" or ", but" joins to what went
// before is also its noun's verb (coordinatedSubject).
func (a *article) finiteParticiple(v int) int {
	t := &a.t
	var n int
	switch {
	case t.rel[v] == "acl" && a.toks[v].XPOS == "VBN":
		if a.participleAgent(v) >= 0 {
			return -1
		}
		for _, c := range t.kids[v] {
			if r := base(t.rel[c]); r == "aux" || r == "nsubj" || r == "cop" {
				return -1
			}
		}
		n = t.head[v]
		if a.coordinatedSubject(v, n) {
			return n
		}
	case t.rel[v] == "conj" && v > 0 && a.toks[v-1].Form == "," && isVerb(a.toks[v]):
		for _, c := range t.kids[v] {
			if r := base(t.rel[c]); r == "cc" || r == "aux" || r == "nsubj" || r == "cop" {
				return -1
			}
		}
		r := t.head[v]
		if r < 0 || !a.commaRelative(r) {
			return -1
		}
		n = t.head[r]
	default:
		return -1
	}
	if n < 0 || t.rel[n] != "nsubj" {
		return -1
	}
	h := t.head[n]
	if h <= v || !isVerb(a.toks[h]) {
		return -1
	}
	joins := func(k int) bool {
		f := strings.ToLower(a.toks[k].Form)
		return (f == "and" || f == "but") && t.rel[k] == "cc"
	}
	for k := v + 1; k < h; k++ {
		if !joins(k) {
			continue
		}
		switch g := t.head[k]; {
		case g == h:
			return n
		case g > k && g < h && t.head[g] == h && t.rel[g] == "nsubj":
			return n
		}
	}
	return -1
}

// agentParticipleNoun returns the noun a past participle at v hangs on
// when its "by" agent is an actor and a phrase of the participle names
// another ("sanctions imposed by Canada on Venezuela"): the
// participle's passive subject, so the object its patterns name; else
// -1. One set off by a comma ("talks in Jeddah, sponsored by ...") or
// with no actor it is aimed at in its own words codes nothing.
func (a *article) agentParticipleNoun(v int) int {
	t := &a.t
	if !t.ok || v == 0 || a.toks[v-1].Form == "," {
		return -1
	}
	g := a.participleAgent(v)
	if g < 0 || g >= len(a.w.act) || !a.w.act[g] {
		return -1
	}
	h := t.head[v]
	if h < 0 || h >= v || a.toks[h].UPOS != "NOUN" {
		return -1
	}
	aimed := func(k int) bool {
		for _, c := range t.kids[k] {
			if c <= v || c == g || base(t.rel[c]) != "obl" && base(t.rel[c]) != "nmod" {
				continue
			}
			lo, hi := t.span(c)
			for k := lo; k < hi && k < len(a.w.act); k++ {
				if a.w.act[k] {
					return true
				}
			}
		}
		return false
	}
	if !aimed(v) && !aimed(g) {
		return -1
	}
	return h
}

// relativeTarget returns, for a verb at v whose own clause opens with a
// relative pronoun that is not its subject ("Pakistan, whom India
// accused of harbouring militants", "Iran, which Washington accuses of
// funding militias"), the actor the pronoun stands for: the mention right
// before the comma in front of it, or, with no comma, the noun the parse
// hangs the relative clause on ("the country that Chile accused"). It
// returns -1 otherwise, and for a passive clause, whose pronoun is what
// the verb was done to anyway.
func (a *article) relativeTarget(ms []actor.Mention, v int, passive bool) int {
	t := &a.t
	if !t.ok || passive {
		return -1
	}
	subj, rel := -1, -1
	for _, c := range t.kids[v] {
		r := base(t.rel[c])
		switch {
		case relativePronoun(a.toks[c]) && c < v:
			// Not "estimated that hackers had stolen": a "that"
			// marking a clause, which the tagger may take for a
			// pronoun.
			if r != "obj" && r != "iobj" && (r != "obl" || strings.EqualFold(a.toks[c].Form, "that")) {
				return -1
			}
			rel = c
		case r == "obj" || r == "iobj":
			return -1 // the verb has an object of its own
		case r == "nsubj" && c < v:
			subj = c
		}
	}
	if rel < 1 || subj < rel {
		return -1
	}
	// "his counterpart, with whom he spoke": the pronoun's own
	// preposition opens the clause.
	open := rel
	if p := rel - 1; p > 0 && a.toks[p].UPOS == "ADP" && t.head[p] == rel {
		open = p
	}
	if a.toks[open-1].Form == "," {
		return mentionEndingAt(ms, a.toks, open)
	}
	if t.rel[v] == "acl:relcl" && t.head[v] >= 0 && t.head[v] < open {
		return t.mentionAt(ms, t.head[v])
	}
	return -1
}

// passiveObject returns the passive subject of a finite passive verb at
// v whose "by" agent is an actor ("an accord on fisheries was signed by
// Senegal and Mauritania"), the object the verb's patterns name; else
// -1. A subject that is itself an actor is one too ("a French journalist
// was freed by Iran", "the Chilean ambassador was summoned by Peru"): a
// pattern's noun ("- * &ENVOY [114] # SUMMON") says what was done to it
// as it does after an active verb, and the actor stays the target.
func (a *article) passiveObject(v int) int {
	subj, _ := a.passiveClause(v)
	return subj
}

// passiveParts returns the passive subject that is no actor, the thing
// done, and the head of the "by" agent, or -1, -1.
func (a *article) passiveParts(v int) (subj, agent int) {
	subj, agent = a.passiveClause(v)
	if subj >= 0 && a.w.act[subj] {
		return -1, -1
	}
	return subj, agent
}

// passiveClause returns the noun subject of a finite passive verb at v
// and the head of its "by" agent, an actor, or -1, -1.
func (a *article) passiveClause(v int) (subj, agent int) {
	t := &a.t
	if !t.ok || v >= len(t.kids) || a.toks[v].XPOS != "VBN" || t.rel[v] == "acl" || t.rel[v] == "acl:relcl" {
		return -1, -1
	}
	subj, agent = -1, -1
	for _, c := range t.kids[v] {
		switch r := t.rel[c]; {
		case r == "nsubj:pass" && c < v:
			subj = c
		case r == "obj":
			return -1, -1
		case agent < 0 && c > v && (r == "obl:agent" || base(r) == "obl" && t.caseOf(&a.w, c) == "BY"):
			agent = c
		}
	}
	if subj < 0 || agent < 0 || agent >= len(a.w.act) || !a.w.act[agent] || a.toks[subj].UPOS != "NOUN" {
		return -1, -1
	}
	return subj, agent
}

// signatories reports a diplomatic deed each party does towards the
// others (057 signing, 054 restoring relations: reciprocal 05 codes)
// whose passive's "by" agent is the list at src ("the accord was signed
// by Senegal and Mauritania"): the list's members act on each other, as
// they would as its subject. Other deeds' agents do not ("talks
// sponsored by Norway and Qatar").
func (a *article) signatories(ms []actor.Mention, src, v int, code string) bool {
	if !strings.HasPrefix(code, "05") || !reciprocal(code) {
		return false
	}
	_, agent := a.passiveParts(v)
	return agent >= 0 && agent >= ms[src].Start && agent < ms[src].End
}

// relativeVerbUsed reports a match m whose word after the verb (from
// vEnd) is the verb of a relative clause with a subject of its own on a
// noun after the verb: "took back the territory the rebels once
// controlled" is no "took control" (TAKE's "- * CONTROL +", 192). The
// clause describes the noun, here a control that was, and its verb is
// coded, if at all, as its own predicate, not as a word of the main
// verb's pattern.
func (a *article) relativeVerbUsed(m *match, vEnd int) bool {
	if !a.t.ok {
		return false
	}
	for _, u := range m.used[:m.n] {
		for k := int(u[0]); k < int(u[1]) && k < len(a.t.rel); k++ {
			if k >= vEnd && a.relativeVerb(k, vEnd) {
				return true
			}
		}
	}
	return false
}

// relativeVerb reports a verb at k that heads a relative clause on a
// noun after lo: the parse says so (acl:relcl) with a subject of the
// clause's own, or, whatever the parse hangs the verb on ("the
// territory the group once controlled" may read as parataxis), its
// subject comes right after a common noun, with no word between that
// could open a clause of another kind and no modal: "demanded on Monday
// that Chile release", "said Chile attacked", "told Chile it must
// withdraw" head no relative clause.
func (a *article) relativeVerb(k, lo int) bool {
	t, toks := &a.t, a.toks
	if toks[k].UPOS != "VERB" {
		return false
	}
	if t.rel[k] == "acl:relcl" && t.head[k] >= lo && a.relSubject(k) >= 0 {
		return true
	}
	c := t.nsubj(k)
	if c < 0 || c > k || relativePronoun(toks[c]) {
		return false
	}
	for _, x := range t.kids[k] {
		if toks[x].XPOS == "MD" {
			return false
		}
	}
	s, _ := t.span(c)
	p := s - 1
	return p >= lo && toks[p].UPOS == "NOUN"
}
