package event

// Subordinate clauses (xcomp, advcl, ccomp, conj): which verbs head a main
// clause, who controls an infinitive, and a participle's "by" agent.

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// dominates reports whether k is an ancestor of j.
func (t *tree) dominates(k, j int) bool {
	for steps := 0; j >= 0 && steps < len(t.head); steps++ {
		j = t.head[j]
		if j == k {
			return true
		}
	}
	return false
}

// toInfinitive reports the "to" of an infinitive, which opens no new
// clause for the verb's patterns: the parser often makes "called on
// Belgrade to de-escalate" an adverbial clause, and its words are what
// the pattern "(ON) &DEESCALATION" needs.
func (a *article) toInfinitive(k int) bool {
	return k < len(a.w.up) && a.w.up[k] == "TO"
}

// subordinate reports a verb that is not the main predicate of a clause
// the article asserts or reports: one that modifies a noun ("the talks
// hosted by Turkey", "a group which attacked"), an open complement of
// another verb, whose patterns code it ("agreed to withdraw", "promised
// to help"), or a verb under such a one. Main predicates are the root and
// the verbs joined to it as coordinated, complement ("said Iran had
// attacked") or adverbial clauses; a complement of a root that is no verb
// ("is about to restore") and a verb with a subject of its own under any
// other relation (a tangled parse) count as main too. It reports false
// when the parse is not usable.
func (a *article) subordinate(v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	// The same participle is no noun's modifier: it is subordinate as
	// the verb of the clause before its comma is.
	if base(t.rel[v]) == "acl" && t.rel[v] != "acl:relcl" && commaParticiple(a.toks, v) {
		for pv := v - 2; pv >= 0; pv-- {
			if isVerb(a.toks[pv]) {
				return a.subordinate(pv)
			}
		}
		return false
	}
	// "prompting Tehran to threaten": what a cause moved its object to
	// do is an event of its own.
	if a.promptedBy(v) >= 0 {
		return false
	}
	// "Thousands of Bolivians protested, and police responded": a past
	// tense the parse hung on its subject is as main as the verb it is
	// joined to.
	if n := a.finiteParticiple(v); n >= 0 {
		// ", and police sealed off": a clause the comma and "and" open
		// is as main as the sentence's root, wherever the parse hung
		// its subject.
		if a.coordinatedSubject(v, n) {
			for r := range t.head {
				if t.head[r] < 0 {
					return r != v && a.subordinate(r)
				}
			}
		}
		return a.subordinate(t.head[n])
	}
	// "a ceasefire the two countries agreed", the clause hung on its
	// own subject: a clause with a subject of its own reports its event.
	if t.rel[v] == "acl" && a.contactObject(v) >= 0 {
		return false
	}
	for k, steps := v, 0; k >= 0 && steps < len(t.head); k, steps = t.head[k], steps+1 {
		// "after Chile seized a Peruvian ship": a past deed in a
		// clause of time happened, as the main one did.
		if a.timeClauseOpener(k) >= 0 {
			return false
		}
		switch r := base(t.rel[k]); r {
		case "advcl", "parataxis":
			// An infinitive ("urged Bree on Monday to help") is a
			// purpose or a complement, not an event of its own, also
			// when the parser sets it beside the clause ("agreed, at
			// the request of Washington, to take in").
			if t.infinitive(&a.w, k) && !a.deedDoneGerund(k) {
				return true
			}
		case "root", "conj", "ccomp":
		case "acl":
			// "a bomb attack that Ankara blamed on Kurdish fighters",
			// "a ceasefire the two countries agreed": a relative clause
			// with a subject of its own that is no relative pronoun
			// asserts its event as a main clause does.
			// Not a free relative ("in what it said was").
			if t.rel[k] == "acl:relcl" && a.ownSubject(k) && t.head[k] >= 0 && !strings.HasPrefix(a.toks[t.head[k]].XPOS, "W") {
				return false
			}
			// "Bolivia criticised Chile, which attacked Peru last week":
			// a past clause set off by a comma reports an event of its
			// own; a present one describes its noun (nonRestrictive).
			if k == v && a.commaRelative(v) && !a.describing(v) {
				return false
			}
			return true
		case "xcomp":
			if h := t.head[k]; h >= 0 && isVerb(a.toks[h]) {
				return true
			}
		default:
			if !t.hasSubject(k) {
				return true
			}
		}
	}
	return false
}

// infinitive reports a verb at k marked by "to" (or by "after", "before",
// "while", "upon": a clause of time) and without a subject of its own.
func (t *tree) infinitive(w *words, k int) bool {
	to := false
	for _, c := range t.kids[k] {
		switch base(t.rel[c]) {
		case "mark":
			// "to help"; "after leaving Eriador", "before meeting":
			// a subjectless clause of time.
			switch w.up[c] {
			case "TO", "AFTER", "BEFORE", "WHILE", "UPON":
				to = true
			}
		case "nsubj", "csubj":
			return false
		}
	}
	return to
}

// nsubj returns token k's first nominal subject, or -1.
func (t *tree) nsubj(k int) int {
	for _, c := range t.kids[k] {
		if base(t.rel[c]) == "nsubj" {
			return c
		}
	}
	return -1
}

// object returns token k's first direct object, or -1.
func (t *tree) object(k int) int {
	return t.child(k, "obj")
}

// child returns token k's first dependent whose relation is rel exactly
// ("nsubj" is not "nsubj:pass"), or -1, as with no usable parse.
func (t *tree) child(k int, rel string) int {
	if !t.ok || k >= len(t.kids) {
		return -1
	}
	for _, c := range t.kids[k] {
		if t.rel[c] == rel {
			return c
		}
	}
	return -1
}

// hasSubject reports whether token k has a nominal or clausal subject.
func (t *tree) hasSubject(k int) bool {
	for _, c := range t.kids[k] {
		switch base(t.rel[c]) {
		case "nsubj", "csubj":
			return true
		}
	}
	return false
}

// conjDisagrees reports a verb at v coordinated with a verb whose present
// tense is of another number ("businesses agree that China has taken
// advantage and support the effort": "support" cannot be said of what
// "has" is): the two share no subject.
func (a *article) conjDisagrees(v int) bool {
	t := &a.t
	if !t.ok || v < 0 || v >= len(a.toks) || base(t.rel[v]) != "conj" {
		return false
	}
	h := t.head[v]
	if h < 0 || a.hasKid(v, "nsubj") || a.hasKid(v, "aux") || a.hasKid(v, "mark") {
		return false
	}
	do := false // the finite form is "do", whose bare verbs it shares
	num := func(k int) string {
		x := a.toks[k].XPOS
		for _, c := range t.kids[k] {
			if base(t.rel[c]) == "aux" {
				x = a.toks[c].XPOS
				do = strings.EqualFold(a.toks[c].Lemma, "do")
				break
			}
		}
		switch x {
		case "VBZ":
			return "one"
		case "VBP":
			return "many"
		}
		return ""
	}
	hn := num(h)
	switch a.toks[v].XPOS {
	case "VB":
		// A bare form shares "does" ("does not fight and
		// support"); after "has" or a finite verb it is a present.
		return hn == "one" && !do
	case "VBP":
		return hn == "one"
	case "VBZ":
		return hn == "many"
	}
	return false
}

// participleAgent returns the "by" agent of the past participle v when
// v is a reduced relative clause on a noun ("girls supplied to him by
// the smuggler"), or -1 when it has none or an object of its own.
func (a *article) participleAgent(v int) int {
	t := &a.t
	if t.rel[v] != "acl" || a.toks[v].XPOS != "VBN" {
		return -1
	}
	agent := -1
	for _, c := range t.kids[v] {
		r := t.rel[c]
		if r == "obj" {
			return -1
		}
		if agent < 0 && c > v && (r == "obl:agent" || (base(r) == "obl" || base(r) == "nmod") && t.caseOf(&a.w, c) == "BY") {
			agent = c
		}
	}
	return agent
}

// controlLemmas are verbs whose object does what their infinitive says
// ("forced Chile to withdraw", "helped the rebels to escape"), beside
// notYetLemmas ("asked France to expel").
var controlLemmas = map[string]bool{
	"FORCE": true, "COMPEL": true, "PERSUADE": true, "CONVINCE": true,
	"ALLOW": true, "PERMIT": true, "ENABLE": true, "HELP": true,
	"CAUSE": true, "GET": true, "LEAD": true, "PROMPT": true,
	"PRESSURE": true, "OBLIGE": true, "AUTHORIZE": true, "AUTHORISE": true,
	"INDUCE": true, "EMPOWER": true, "REQUIRE": true, "EXHORT": true,
}

// controller reports whether mention m, found in the object at obj of the
// verb at gov, does what the verb's open complement says. An object that
// is the mention itself ("asked France to expel", "brought the rebels to
// talk") does; one nested deeper in the object ("brought his love of
// television to trade talks", where the parse took the noun "trade" for
// an infinitive) does only under a verb whose object acts on it ("urged
// the leaders of Chile to withdraw").
func (a *article) controller(m actor.Mention, obj, gov int) bool {
	if obj >= m.Start && obj < m.End {
		return true
	}
	l := a.w.lem[gov]
	return notYetLemmas[l] || controlLemmas[l]
}

// asideGovernor returns, for an infinitive at v right after an aside set
// off by commas ("agreed, in principle, to meet"), the verb before the
// aside that governs it (see governor), else -1.
func asideGovernor(toks []model.Token, v int) int {
	if v < 3 || !strings.EqualFold(toks[v-1].Form, "to") || toks[v-2].Form != "," {
		return -1
	}
	g := governor(toks, v)
	if g < 0 || g >= v-3 || toks[g+1].Form != "," {
		return -1
	}
	return g
}

// placeInAgent reports a mention m inside the "by" agent phrase headed
// at c that only says where the agent acted: on the way up from m to c
// the parse passes a phrase that "near", "in", "at", "outside" or
// "around" opens ("killed by a coalition airstrike near Tacna, Peru").
// The place did not act; the agent, here no actor, did.
func (a *article) placeInAgent(m actor.Mention, c int) bool {
	t := &a.t
	if m.Head < 0 || m.Head >= len(t.head) || c < 0 || c >= len(a.toks) || a.toks[c].UPOS != "NOUN" || c >= m.Start && c < m.End {
		return false
	}
	x := m.Head
	for steps := 0; x >= 0 && x != c && steps < len(t.head); steps++ {
		switch t.caseOf(&a.w, x) {
		case "NEAR", "IN", "AT", "OUTSIDE", "AROUND":
			return true
		}
		x = t.head[x]
	}
	return false
}

// passiveConjunct returns, for an active verb at v joined to a passive
// one ("Peru was backed by Chile and attacked Bolivia"), the passive's
// subject token, which the two verbs share: the passive's "by" agent did
// not do the second verb's deed. The verb at v is active when it has an
// object of its own ("The envoy was summoned by Uganda and accused of
// spying" shares the passive). It returns -1 otherwise.
func (a *article) passiveConjunct(v int) int {
	t := &a.t
	if !t.ok || v < 0 || v >= len(t.rel) || base(t.rel[v]) != "conj" || t.hasSubject(v) {
		return -1
	}
	h := t.head[v]
	if h < 0 || h > v || !isPassive(a.toks, h) {
		return -1
	}
	obj := false
	for _, c := range t.kids[v] {
		if c > v && t.rel[c] == "obj" {
			obj = true
		}
	}
	if !obj {
		return -1
	}
	return a.passiveSubject(h)
}

// passiveSubject returns the subject token before the passive verb at h,
// which a verb joined to it shares (passiveConjunct, sharedPassive), or
// -1. A relative pronoun is no such subject: not "Berisha, who was jailed
// in 1986, criticised Serbia", however the parse joins the two verbs.
func (a *article) passiveSubject(h int) int {
	for _, c := range a.t.kids[h] {
		if a.t.rel[c] == "nsubj:pass" && c < h && !relativePronoun(a.toks[c]) {
			return c
		}
	}
	return -1
}

// sharedPassive returns, for a past participle at v joined to a passive
// verb before it and with no subject, auxiliary or object of its own
// ("they had been questioned over the papers and released"), the
// passive's subject token, which the second verb shares: it is a passive
// too, and says what befell the same people. It returns -1 otherwise.
func (a *article) sharedPassive(v int) int {
	t := &a.t
	if !t.ok || v < 0 || v >= len(t.rel) || a.toks[v].XPOS != "VBN" || base(t.rel[v]) != "conj" || t.hasSubject(v) {
		return -1
	}
	// "questioned for six hours and released", "questioned over
	// missing papers and released": the parse may join the participle
	// to a word of the first verb's phrase; the verb is the first
	// passive above it.
	h := t.head[v]
	for range 3 {
		if h < 0 || a.toks[h].UPOS == "VERB" && isPassive(a.toks, h) {
			break
		}
		h = t.head[h]
	}
	if h < 0 || h > v || a.toks[h].UPOS != "VERB" || !isPassive(a.toks, h) {
		return -1
	}
	for _, c := range t.kids[v] {
		if r := base(t.rel[c]); r == "obj" || r == "aux" || r == "cop" {
			return -1
		}
	}
	return a.passiveSubject(h)
}
