package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
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

// townTakingNouns are the nouns (upper-case lemmas) of a town taken:
// "the capture of Quito", "the fall of Mosul".
var townTakingNouns = map[string]bool{"CAPTURE": true, "RECAPTURE": true, "SEIZURE": true, "TAKEOVER": true, "FALL": true, "CONTROL": true}

// controlHolders are the verbs (upper-case lemmas) whose subject holds
// the control they take as object ("has had control of Mosul",
// "regained control of Quito").
var controlHolders = map[string]bool{"HAVE": true, "KEEP": true, "RETAIN": true, "MAINTAIN": true, "GAIN": true, "REGAIN": true, "WREST": true, "ESTABLISH": true}

// controlHolder returns, for the noun "control" at k, whoever holds it:
// the subject of a verb of holding right before it ("ISIL has had
// control of Mosul", "regained full control of"), or of "in control of"
// ("the rebels are in control of Quito"); -1 for none.
func (a *article) controlHolder(toks []model.Token, ms []actor.Mention, k int) int {
	p := k - 1
	for p >= 0 && p >= k-3 && (toks[p].UPOS == "DET" || toks[p].UPOS == "ADJ") {
		p--
	}
	switch {
	case p < 0:
		return -1
	case a.w.up[p] == "IN":
		if n := a.t.nsubj(k); n >= 0 {
			return a.t.subjectAt(ms, n)
		}
	case isVerb(toks[p]) && controlHolders[a.w.lem[p]]:
		return a.source(toks, ms, p)
	}
	return -1
}

// townFallen codes a named town or city taken by force, or held, that a
// noun or "fell to" names, as the verbs of taking code it (townTaken):
// "the fall of Mosul to ISIL", "the capture of Quito by the rebels", "the
// rebels' seizure of Goma", "Kabul fell to the insurgents", "ISIL has had
// control of Mosul" (192). The town follows the noun's "of" or is the
// verb's subject; the taker follows "to" after a fall, "by" after the
// other nouns, owns the noun or holds the control (controlHolder), and
// is a state, its forces, rebels or militants (forceSide).
func (a *article) townFallen(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, says []say, times []when.Expression) {
	lem := a.w.lem[k]
	fell := lem == "FALL" && isVerb(toks[k])
	if !fell && (toks[k].UPOS != "NOUN" || !townTakingNouns[lem]) {
		return
	}
	end := nominalEnd(toks, k)
	src, tgt := -1, -1
	switch {
	case fell:
		if n := a.t.nsubj(k); n >= 0 {
			tgt = a.t.subjectAt(ms, n)
		}
	case k+2 < end && a.w.up[k+1] == "OF":
		tgt = argAt(toks, ms, k+2)
		if lem != "FALL" {
			src = a.nominalOwner(toks, ms, k)
		}
		if src < 0 && lem == "CONTROL" {
			src = a.controlHolder(toks, ms, k)
		}
	}
	by := "BY"
	if lem == "FALL" {
		by = "TO"
	}
	for j := k + 1; j < end && src < 0; j++ {
		if a.w.up[j] == by {
			src = argAt(toks, ms, j+1)
			break
		}
	}
	if src < 0 || tgt < 0 || src == tgt || !ms[tgt].Capital || !forceSide(ms[src].Code) {
		return
	}
	pattern := "<noun> " + lem + " OF + " + by + " $"
	if fell {
		pattern = "<town> + FALL TO $"
	}
	cl := &clause{v: k, vEnd: k + 1, lo: k, hi: end, code: "192", src: src, tgt: tgt,
		pattern: pattern, entries: []string{toks[k].Form + ": a town taken (192)"}}
	a.emitNominal(s, toks, ms, cl, ms[src], ms[tgt], says, times)
}
