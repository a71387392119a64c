package event

import (
	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// handedOver codes each verb HAND of the sentence toks that hands people
// over, back or across to another party ("handed them over to Colombia",
// "had handed 38 Cubans to Bahamian authorities") as a release of persons
// (0841) by its subject to the party they were handed to, where no
// pattern of the verb coded it. People are an actor mention, a pronoun
// that stands for one among them, that is not a bare country (but for a
// plural noun, "Cubans") nor a craft ("the bodies", "the tanker" and
// "power" are no people). It reads the parse: the object, the "to" phrase
// and the subject. The giver and the party given to are of two countries,
// so a sentence Parseable defers for naming one code has no hand-over to
// code (needsTree need not key on HAND).
func (a *article) handedOver(s *model.Sentence, toks []model.Token, ms []actor.Mention, says []say, times []when.Expression) {
	t := &a.t
	if !t.ok {
		return
	}
	for v := range toks {
		if a.w.lem[v] != "HAND" || !isVerb(toks[v]) || a.verbCoded(toks[v]) {
			continue
		}
		o, to := -1, -1
		for _, c := range t.kids[v] {
			switch base(t.rel[c]) {
			case "obj":
				o = c
			case "obl":
				if a.hasCase(c, "TO") {
					to = c
				}
			}
		}
		// "handed 38 Cubans to Bahamian authorities": the parse may
		// hang the "to" phrase on the people handed.
		for _, c := range t.kids[max(o, 0)] {
			if o >= 0 && to < 0 && base(t.rel[c]) == "nmod" && a.hasCase(c, "TO") {
				to = c
			}
		}
		if o < 0 || to < 0 || !a.handedPeople(ms, o) {
			continue
		}
		tgt := mentionOf(ms, to)
		src := a.depSource(ms, v, false)
		if tgt < 0 || src < 0 || ms[tgt].Code == "" || sameCountry(ms[src], ms[tgt]) {
			continue
		}
		cl := &clause{v: v, vEnd: v + 1, lo: v, hi: len(toks), code: "0841", src: src, tgt: tgt,
			pattern: "<people handed> HAND + TO $", entries: []string{"verb " + toks[v].Form + ": people handed to another party (0841)"}}
		status, attr := a.status(toks, ms, cl, says)
		date, x, hasX := a.date(toks, cl, times)
		a.emit(s, toks, cl, ms[src], ms[tgt], true, "0841", status, attr, date, x, hasX)
	}
}

// verbCoded reports an event of the current sentence whose predicate is
// the token tok (codedAt).
func (a *article) verbCoded(tok model.Token) bool {
	for range a.codedAt(tok.Start) {
		return true
	}
	return false
}

// handedPeople reports an object at o that is people: an actor mention
// there, a pronoun among them ("them" for the gunmen named before), that
// is not a bare country, but for a plural noun ("38 Cubans"), nor a craft
// (craftNouns). A pronoun that stands for no actor may be things.
func (a *article) handedPeople(ms []actor.Mention, o int) bool {
	i := mentionOf(ms, o)
	if i < 0 || ms[i].Code == "" || craftNouns[a.w.lem[o]] {
		return false
	}
	// A country's people named by a plural noun ("38 Cubans") are
	// people, though the resolver gives them the bare country.
	return !bareCountry(ms[i].Code) || a.toks[o].UPOS == "NOUN" && a.toks[o].XPOS == "NNS"
}

// mentionOf returns the mention of ms that covers the token at k, or -1.
func mentionOf(ms []actor.Mention, k int) int {
	for i, m := range ms {
		if m.Start <= k && k < m.End {
			return i
		}
	}
	return -1
}
