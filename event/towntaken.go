package event

import (
	"strings"

	"github.com/casus-project/casus/model"
)

// A town or city taken by force is territory occupied (CAMEO 192),
// whichever verb of taking says so and in either voice: "the rebels took
// Goma", "Mosul was taken by ISIL fighters", "Quito was captured by the
// rebels". The dictionaries code a bare TAKE as nothing (it takes
// decisions, action and sides as often) and a captured or seized thing as
// property (171); a named town, the verb's object or its passive
// subject, says which sense is meant.

// townPattern opens the pattern of a bare TAKE coded as a town taken.
const townPattern = "<a town taken> "

// townNouns are the nouns (upper-case lemmas) that stand before a town's
// name in its phrase ("the city of Mosul", "the provincial capital
// Goma").
var townNouns = map[string]bool{"CITY": true, "TOWN": true, "CAPITAL": true, "VILLAGE": true, "PORT": true, "STRONGHOLD": true}

// takenWord returns the head of what the verb at v takes: its direct
// object, or the subject of its passive when the passive names its doer
// with "by" ("was taken by ISIL"); -1 for none.
func (a *article) takenWord(toks []model.Token, v int) int {
	t := &a.t
	if !t.ok || v >= len(t.kids) {
		return -1
	}
	if !isPassive(toks, v) {
		return t.object(v)
	}
	for _, c := range t.kids[v] {
		if c > v && (t.rel[c] == "obl:agent" || base(t.rel[c]) == "obl" && t.caseOf(&a.w, c) == "BY") {
			return t.child(v, "nsubj:pass")
		}
	}
	return -1
}

// townTaken reports whether what the verb at v takes is a named town or
// city of the sentence (a mention flagged Capital): the word itself, or
// the name a town noun heads ("the city of Mosul"). A town taken by
// surprise ("took Lima by surprise") is only startled.
func (a *article) townTaken(toks []model.Token, v int) bool {
	k := a.takenWord(toks, v)
	if k < 0 || a.si >= len(a.mentions) {
		return false
	}
	if k+2 < len(toks) && a.w.up[k+1] == "BY" && a.w.up[k+2] == "SURPRISE" {
		return false
	}
	for _, m := range a.mentions[a.si] {
		if !m.Capital || m.Head < 0 || m.Head >= len(toks) {
			continue
		}
		if m.Head == k {
			return true
		}
		if townNouns[a.w.lem[k]] && m.Start > k && m.Start <= k+3 && a.t.dominates(k, m.Head) {
			return true
		}
	}
	return false
}

// forceSide reports a source that can take a town by force: a state,
// its armed forces, rebels, or an international militant group (IMG).
func forceSide(code string) bool {
	return stateForce(code) || armedSide(code) || strings.HasPrefix(code, "IMG")
}
