package event

import (
	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// sharedList reports a verb at v that shares the list subject ending at
// end with a first verb it is joined to, directly or through what it
// means or agrees to do ("The presidents of Peru and Chile met in Lima
// and signed a trade pact", "... met on Monday and agreed to reopen the
// border"; "... held talks in Lima, agreeing to reopen the border"):
// the list stands beside the first verb, or the infinitive that
// opens its clause, as it would beside the verb itself, so a reciprocal
// deed of the second verb is between the list's members as the first
// one's is. A second verb with a subject of its own shares none.
func (a *article) sharedList(toks []model.Token, end, v int) bool {
	t := &a.t
	if !t.ok || v < 0 || v >= len(t.head) {
		return false
	}
	x := v
	for n := 0; n < 2 && x >= 0 && !a.addedDeed(toks, x); n++ {
		if base(t.rel[x]) != "xcomp" || t.hasSubject(x) {
			return false
		}
		x = t.head[x]
	}
	if x < 0 || !a.addedDeed(toks, x) || t.hasSubject(x) {
		return false
	}
	h := t.head[x]
	if h < 0 || h > x || !isVerb(toks[h]) || isPassive(toks, h) {
		return false
	}
	return besideVerb(toks, end, h) || infinitiveOf(toks, end, h)
}

// addedDeed reports a verb at x that adds a deed to the verb it hangs
// on: one joined to it, or a present participle set off by a comma
// with no word marking it (", agreeing to reopen the border", ",
// killing a farmer"). sharedList and unknownDoer walk up such verbs.
func (a *article) addedDeed(toks []model.Token, x int) bool {
	switch base(a.t.rel[x]) {
	case "conj":
		return true
	case "advcl":
		return commaParticiple(toks, x) && !a.hasKid(x, "mark")
	}
	return false
}

// unknownDoer reports a verb at v that adds a deed of force, as a
// present participle set off by a comma or a verb joined to it (or to
// such a participle) without a subject of its own, to a clause in which
// the members of the list subject at src used force on each other
// ("Peruvian and Bolivian troops exchanged fire on the border, killing a
// farmer and wounding two soldiers"): which member did the further deed
// the sentence does not say, so it is no member's, nor each member's. A
// deed of the list after talks ("met in Lima and condemned the attack")
// or one whose clause names its own subject keeps its source.
func (a *article) unknownDoer(toks []model.Token, ms []actor.Mention, src, v int, code string) bool {
	t := &a.t
	if !t.ok || src < 0 || v < 0 || v >= len(t.head) || !forceCode(code) {
		return false
	}
	mem := members(toks, ms, src)
	if len(mem) < 2 {
		return false
	}
	codes := make(map[string]bool, len(mem))
	for _, i := range mem {
		codes[ms[i].Code] = true
	}
	// mutual reports a use of force between two members coded at k.
	mutual := func(k int) bool {
		for e := range a.codedAt(toks[k].Start) {
			if forceCode(e.Code) && e.Source != nil && e.Target != nil && codes[e.Source.Code] && codes[e.Target.Code] {
				return true
			}
		}
		return false
	}
	x := v
	for n := 0; n < 3; n++ {
		if t.hasSubject(x) || !a.addedDeed(toks, x) {
			return false
		}
		x = t.head[x]
		if x < 0 || x > v {
			return false
		}
		if mutual(x) {
			return ms[mem[len(mem)-1]].End <= x
		}
	}
	return false
}
