package event

import (
	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// otherConjunctObject reports a target a pattern's '+' slot before the
// verb at v found (the slot opening at lo) that is the object of another
// verb of a conjunct before it: "Peru and Chile are committed to
// defeating the rebels and have supported the return by Bolivian
// forces": the rebels are what "defeating" acts on, across the "and",
// not whom "supported" supports. A verb before the mention in the slot
// and a coordinating conjunction between the mention and v mark it.
func otherConjunctObject(toks []model.Token, m actor.Mention, lo, v int) bool {
	if m.End > v {
		return false
	}
	verb := false
	for k := max(lo, 0); k < m.Start && k < len(toks); k++ {
		if k != v && toks[k].UPOS == "VERB" {
			verb = true
		}
	}
	if !verb {
		return false
	}
	for k := m.End; k < v && k < len(toks); k++ {
		if toks[k].UPOS == "CCONJ" {
			return true
		}
	}
	return false
}
