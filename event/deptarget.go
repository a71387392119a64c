package event

// The target from the parse (depTarget), and how far a verb's patterns
// reach (depReach): particles, coordinated verbs, clauses on nouns.

import (
	"slices"
	"strings"

	"github.com/casus-project/casus/actor"
)

// particleWords are the adverbs of phrasal verbs that the parse may take
// for a preposition before the verb's object ("sealed off the embassy",
// "shut down the consulate"); phrasalVerb checks the dictionary has the
// pair.
var particleWords = map[string]bool{"OFF": true, "DOWN": true, "UP": true, "OUT": true}

// coordinatedSubject reports, for a past participle at v hung on the
// noun at n, that the noun opens a clause of its own: the noun is joined
// to an earlier word of the sentence (conj) by "and" or "but" right
// after a comma, and the participle takes an object, which a passive
// cannot, either as its object or as a noun right after a particle
// ("Diplomats left Tirana, and Albanian police sealed off the embassy":
// the tagger took the past tense for a participle on "police"). A
// participle with no object ("and officials detained in the raid")
// stays a modifier, as does one whose particle is no part of a
// dictionary verb ("and fishing boats seized off the coast").
func (a *article) coordinatedSubject(v, n int) bool {
	t := &a.t
	if n < 2 || n > v || t.rel[n] != "conj" {
		return false
	}
	cc := -1
	for _, c := range t.kids[n] {
		if t.rel[c] == "cc" {
			cc = c
			break
		}
	}
	if cc < 1 || a.toks[cc-1].Form != "," || a.w.up[cc] != "AND" && a.w.up[cc] != "BUT" {
		return false
	}
	for _, c := range t.kids[v] {
		if c < v {
			continue
		}
		if t.rel[c] == "obj" {
			return true
		}
		// "sealed off the embassy": the particle stands right after
		// the participle, and a determiner or a name's owner after it.
		if base(t.rel[c]) == "obl" && v+2 < len(a.toks) && particleWords[a.w.up[v+1]] && t.head[v+1] == c && a.phrasalVerb(v) {
			if x := a.toks[v+2].XPOS; x == "DT" || x == "PRP$" {
				return true
			}
		}
	}
	return false
}

// phrasalVerb reports that the verb at v and the word after it are a
// multi-word verb of the dictionary ("SEAL_OFF"), not a verb and a place's
// preposition ("anchored off the coast").
func (a *article) phrasalVerb(v int) bool {
	d := a.c.d
	for _, w := range [2]string{a.toks[v].Form, a.toks[v].Lemma} {
		for _, r := range d.Verbs(w) {
			vb := r.Verb
			if len(vb.Before) != 0 || len(vb.After) != 1 {
				continue
			}
			if end, ok := a.multi(vb, v); ok && end == v+2 {
				return true
			}
		}
	}
	return false
}

// ownsParticiple reports a noun at n that a finite verb the tagger took
// for a participle hangs on (finiteParticiple).
func (a *article) ownsParticiple(n int) bool {
	return slices.ContainsFunc(a.t.kids[n], func(k int) bool { return a.finiteParticiple(k) == n })
}

func isVerbTag(x string) bool { return strings.HasPrefix(x, "VB") }

// earlierClause reports a verb at v without a subject of its own that
// heads an adverbial clause before the verb it hangs on.
func (a *article) earlierClause(v int) bool {
	t := &a.t
	return base(t.rel[v]) == "advcl" && t.head[v] > v && !t.hasSubject(v)
}

// nounClause reports a verb at v without a subject of its own that
// heads a clause on a noun ("crowds burned down its embassy", "forces
// loyal to"): that noun is its subject.
func (a *article) nounClause(v int) bool {
	t := &a.t
	h := t.head[v]
	// A participle set off by a comma is its clause's adjunct, not the
	// noun's (commaParticiple).
	return h >= 0 && base(t.rel[v]) == "acl" && !t.hasSubject(v) && (!isVerbTag(a.xpos(h)) || !verbal(t.rel[h])) &&
		!(t.rel[v] == "acl" && commaParticiple(a.toks, v))
}

func (a *article) xpos(k int) string { return a.toks[k].XPOS }

// depTarget returns the target of the verb at v by the parse: the
// subject of a passive, else its object, indirect object or an oblique,
// an oblique whose preposition is prep preferred; -1 for none.
func (a *article) depTarget(ms []actor.Mention, v int, passive bool, prep string, src int) int {
	t := &a.t
	kids := t.kids[v]
	pick := func(ok func(c int, r string) bool) int {
		for _, c := range kids {
			if ok(c, t.rel[c]) {
				i := t.mentionAt(ms, c)
				// The source's own possession as the object ("renewing
				// his license in Michel Delving") is no target: look on.
				own := i >= 0 && src >= 0 && ms[i].Code == ms[src].Code && (t.rel[c] == "obj" || t.rel[c] == "iobj")
				if i >= 0 && i != src && !own {
					return i
				}
			}
		}
		return -1
	}
	// "Pakistan, whom India accused": the pronoun's actor.
	if i := a.relativeTarget(ms, v, passive); i >= 0 && i != src {
		return i
	}
	if passive {
		if i := pick(func(_ int, r string) bool { return r == "nsubj:pass" }); i >= 0 {
			return i
		}
	} else if i := pick(func(_ int, r string) bool { return r == "obj" || r == "iobj" }); i >= 0 {
		return i
	}
	if prep != "" {
		if i := pick(func(c int, r string) bool { return base(r) == "obl" && t.caseOf(&a.w, c) == prep }); i >= 0 {
			return i
		}
		if i := a.agentPhraseTarget(ms, v, prep, src); i >= 0 {
			return i
		}
	}
	// An oblique fronted before the verb's subject sets the scene ("In
	// Minas Tirith, the council said"); it is no target.
	subj := -1
	for _, c := range kids {
		if base(t.rel[c]) == "nsubj" && c < v {
			subj = c
		}
	}
	if i := pick(func(c int, r string) bool {
		// Not a time ("five years after crowds burned its embassy",
		// obl:tmod, obl:unmarked, obl:npmod, a phrase led by "after" or
		// "since") nor an agent.
		if base(r) != "obl" || r == "obl:tmod" || r == "obl:unmarked" || r == "obl:npmod" || r == "obl:agent" {
			return false
		}
		p := t.caseOf(&a.w, c)
		return p != "BY" && !timePrep(p) && !(subj >= 0 && c < subj)
	}); i >= 0 || prep != "" {
		return i
	}
	return a.agentPhraseTarget(ms, v, "", src)
}

// timePrep reports a preposition that places an event in time ("after
// crowds burned its embassy", "since the war", "during talks"): the
// phrase it leads names no target.
func timePrep(p string) bool {
	switch p {
	case "AFTER", "SINCE", "UNTIL", "TILL", "DURING", "AMID", "AMIDST":
		return true
	}
	return false
}

// depPlausible reports whether the parse around the verb at v can be
// trusted: the sentence parsed and the verb heads a clause.
func (a *article) depPlausible(v int) bool {
	return a.t.ok && verbal(a.t.rel[v])
}

// depReach returns the end of the verb's own clause: the tokens after the
// verb up to the word that opens a clause coordinated with it or
// subordinate to it ("and expelled", "after crowds burned"), so that its
// patterns do not match another verb's words. Complement clauses stay in
// reach ("believes Dagolath can cope"), and a clause whose words do not
// start at its conjunction (a tangled parse) cuts nothing.
func (a *article) depReach(v, hi int) int {
	t := &a.t
	for c := v + 1; c < hi && c < len(t.head); c++ {
		// The verb's own clauses, and, for a complement clause, a
		// clause of another verb that follows it ("told reporters that
		// the operation would continue until its goals were met", with
		// "until" on "told"): its words are not the verb's either. An
		// open complement ("is about to restore ties ... after crowds
		// burned") reaches as far as the verb it completes.
		// A clause of time on a span of time ("closed its border on
		// Monday, days after accusing Chile") is an adverbial clause
		// wherever the parse hangs the span.
		span := a.timeSpan(c)
		// A finite verb the parse puts outside the clause of a
		// complement or adverbial verb before it ("vetoed a resolution
		// ..., saying the text failed to link a truce to the release of
		// hostages", with "failed" on "vetoed") heads a clause of its
		// own, wherever the parse hangs it.
		if r := base(t.rel[v]); (r == "ccomp" || r == "advcl") && t.head[c] != v && isFinite(a.toks[c]) && (verbal(t.rel[c]) || t.rel[c] == "goeswith") && !t.dominates(v, c) && !t.dominates(c, v) {
			if lo, _ := t.span(c); lo > v && lo < hi {
				hi = lo
			}
			continue
		}
		if !span && t.head[c] != v && (base(t.rel[v]) != "ccomp" || t.dominates(v, c) || !isVerb(a.toks[c])) {
			continue
		}
		switch base(t.rel[c]) {
		case "conj", "advcl", "parataxis":
		default:
			if !span {
				continue
			}
		}
		open := -1
		for _, d := range t.kids[c] {
			if d < c && (t.rel[d] == "cc" || t.rel[d] == "mark") {
				open = d
				break
			}
		}
		// A verb coordinated with a comma alone ("Peru, which attacked
		// Chile on Monday, called for talks", with "called" on
		// "attacked"): the comma opens its clause.
		if open < 0 && base(t.rel[c]) == "conj" {
			for _, d := range t.kids[c] {
				if d < c && t.rel[d] == "punct" && a.toks[d].Form == "," {
					open = d
					break
				}
			}
		}
		if open < 0 || a.toInfinitive(open) {
			continue
		}
		lo, _ := t.span(c)
		if lo < open-1 || lo > open {
			continue
		}
		if lo > v && lo < hi {
			hi = lo
		}
	}
	return hi
}

// agentPhraseTarget returns the target of the passive verb or past
// participle at v that the parse hung on its "by" agent rather than on
// the verb ("talks were mediated by Norway between Colombia and
// Venezuela", "a truce brokered by Qatar between Sudan and Chad"): a
// mention in a phrase on the agent led by prep, the preposition the
// verb's pattern names, or, with none named, by "between", "against",
// "to" or "on"; else -1.
func (a *article) agentPhraseTarget(ms []actor.Mention, v int, prep string, src int) int {
	t := &a.t
	if prep == "BY" || prep == "OF" || a.toks[v].XPOS != "VBN" {
		return -1
	}
	// With no preposition in the pattern, only one that names whom
	// the deed is between, against, to or on ("a truce brokered by
	// Egypt between Israel and Hamas", "weapons supplied by Iran to
	// Yemen"), not a place or a time.
	ok := func(p string) bool {
		if prep == "" {
			switch p {
			case "BETWEEN", "AGAINST", "TO", "ON":
				return true
			}
			return false
		}
		return p == prep
	}
	for _, g := range t.kids[v] {
		if t.rel[g] != "obl:agent" {
			continue
		}
		for _, c := range t.kids[g] {
			if base(t.rel[c]) != "nmod" || c <= g || !ok(t.caseOf(&a.w, c)) {
				continue
			}
			if i := t.mentionAt(ms, c); i >= 0 && i != src {
				return i
			}
		}
	}
	return -1
}
