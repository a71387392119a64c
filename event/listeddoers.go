package event

import (
	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// classNouns are the nouns (upper-case lemmas) of a class of actors that a
// relative clause picks out and a list then names ("the countries that
// have sent troops").
var classNouns = map[string]bool{
	"COUNTRY": true, "NATION": true, "STATE": true, "GOVERNMENT": true, "MEMBER": true,
	"PARTNER": true, "ALLY": true, "POWER": true, "NEIGHBOUR": true, "NEIGHBOR": true,
}

// listedDoers returns, for the verb at v of a relative clause whose
// subject is a relative pronoun on a noun of a class of actors
// (classNouns), the first actor of the list the sentence says the class
// holds, who did what the clause says; -1 for none. The list follows the
// clause after "include", "including", "such as" or a form of "be"
// ("Countries that have sent troops to Mali include France, Chad and
// Niger", "Among the nations that imposed sanctions are Canada and
// Japan", "The states that voted against it were Peru and Chile"), or
// stands before "are among the" class ("France and Chad are among the
// countries that have sent troops").
func (a *article) listedDoers(ms []actor.Mention, v int) int {
	t := &a.t
	if !t.ok || v >= len(t.head) || t.rel[v] != "acl:relcl" {
		return -1
	}
	if r := a.relSubject(v); r < 0 || !relativePronoun(a.toks[r]) {
		return -1
	}
	h := t.head[v]
	if h < 0 || h > v || !classNouns[a.w.lem[h]] {
		return -1
	}
	toks := a.toks
	for j := v + 1; j < len(toks) && j <= v+25; j++ {
		f := toks[j].Form
		if f == "." || f == ";" || f == ":" || relativePronoun(toks[j]) && j > v+1 {
			break
		}
		k := -1
		switch {
		case a.w.lem[j] == "INCLUDE" && isVerb(toks[j]) || a.w.up[j] == "INCLUDING":
			k = j + 1
		case a.w.up[j] == "SUCH" && j+1 < len(toks) && a.w.up[j+1] == "AS":
			k = j + 2
		case a.w.lem[j] == "BE" && j > v+1 && toks[j-1].UPOS != "PRON":
			k = j + 1
		}
		if k < 0 {
			continue
		}
		if i := argAt(toks, ms, k); i >= 0 {
			return i
		}
		return -1
	}
	// "France, Chad and Niger are among the countries that ...".
	p := h - 1
	for p >= 0 && (toks[p].UPOS == "DET" || toks[p].UPOS == "ADJ" || toks[p].UPOS == "NUM" || toks[p].UPOS == "NOUN" || toks[p].UPOS == "PROPN") {
		p--
	}
	if p < 2 || a.w.up[p] != "AMONG" || a.w.lem[p-1] != "BE" {
		return -1
	}
	if i := mentionEndingAt(ms, toks, p-1); i >= 0 {
		return firstMember(toks, ms, i)
	}
	return -1
}

// firstMember returns the first mention of the list that ms[i] ends
// ("Chad" in "France, Chad and Niger" gives "France"), or i.
func firstMember(toks []model.Token, ms []actor.Mention, i int) int {
	for j := range ms {
		if ms[j].Start >= ms[i].Start {
			break
		}
		for _, m := range members(toks, ms, j) {
			if m == i {
				return j
			}
		}
	}
	return i
}
