package event

import "github.com/casus-project/casus/model"

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
	// A joined verb, or a present participle set off by a comma that
	// adds a deed of the subject's (", agreeing to reopen the border",
	// ", signing a trade pact").
	joined := func(x int) bool {
		switch base(t.rel[x]) {
		case "conj":
			return true
		case "advcl":
			return commaParticiple(toks, x) && !a.hasKid(x, "mark")
		}
		return false
	}
	x := v
	for n := 0; n < 2 && x >= 0 && !joined(x); n++ {
		if base(t.rel[x]) != "xcomp" || t.hasSubject(x) {
			return false
		}
		x = t.head[x]
	}
	if x < 0 || !joined(x) || t.hasSubject(x) {
		return false
	}
	h := t.head[x]
	if h < 0 || h > x || !isVerb(toks[h]) || isPassive(toks, h) {
		return false
	}
	return besideVerb(toks, end, h) || infinitiveOf(toks, end, h)
}
