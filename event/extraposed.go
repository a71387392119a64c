package event

import "strings"

// extraposedInfinitive reports a verb at v that is the infinitive an
// expletive "it" stands in for ("it is counterproductive to punish Chile",
// "It was important to sign the deal"): the clause judges the deed, as
// good, bad or needed, and reports no one doing it. The parse marks the
// expletive (expl) on the adjective of a copula, and the infinitive ("to")
// hangs on that adjective. A subject "it" is an actor's ("Peru said it was
// ready to attack Chile": nsubj), whose deed the coder keeps. A verb that
// completes another (xcomp) or is joined to it (conj) is in that one's
// clause ("it is wrong to try to punish Chile").
func (a *article) extraposedInfinitive(v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	for n := 0; n < 4 && t.head[v] >= 0; n++ {
		if r := base(t.rel[v]); r != "xcomp" && r != "conj" {
			break
		}
		v = t.head[v]
	}
	h := t.head[v]
	if h < 0 || a.toks[h].UPOS != "ADJ" || !a.infinitive(v) {
		return false
	}
	var expl, cop bool
	for _, c := range t.kids[h] {
		switch base(t.rel[c]) {
		case "expl":
			expl = expl || strings.EqualFold(a.toks[c].Form, "it")
		case "cop":
			cop = true
		}
	}
	return expl && cop
}
