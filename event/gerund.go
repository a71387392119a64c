package event

// Gerunds and participles that open a sentence or stand beside its main
// deed without a subject of their own ("After meeting Egypt's president,
// the secretary flew to Israel"): their subject is the clause's, and a
// deed done so is an event of its own.

import (
	"slices"

	"github.com/casus-project/casus/model"
)

// frontedNonFinite reports a verb at v that heads a gerund or perfect
// participle clause without a subject of its own, before the verb it
// hangs on ("After meeting Egypt's president, the secretary flew to
// Israel", "Speaking in Hanoi, the minister praised"): English leaves
// such a clause's subject to the clause it opens, whose subject did it.
// A finite verb ("after crowds burned down its embassy, an official
// said") is no such clause whatever the parse made of its subject; nor is
// one opened by words other than a mark of time or means (frontedMarks),
// which may say it was not done ("Without consulting Japan", "Far from
// clearing his name").
func (a *article) frontedNonFinite(v int) bool {
	t := &a.t
	if base(t.rel[v]) != "advcl" || t.head[v] <= v || t.hasSubject(v) {
		return false
	}
	switch a.toks[v].XPOS {
	case "VBG":
	case "VBN":
		if !slices.ContainsFunc(t.kids[v], func(c int) bool { return c < v && a.w.up[c] == "HAVING" }) {
			return false
		}
	default:
		return false
	}
	for _, c := range t.kids[v] {
		if c > v {
			continue
		}
		switch base(t.rel[c]) {
		case "mark":
			if !frontedMarks[a.w.up[c]] {
				return false
			}
		case "advmod":
			if !frontedAdverbs[a.w.up[c]] {
				return false
			}
		case "aux", "punct":
		default:
			// A word of its own before the verb may be the subject
			// the parse missed.
			return false
		}
	}
	return true
}

// frontedMarks are the conjunctions that open a fronted gerund done by
// its sentence's subject (frontedNonFinite): of time and of means
// (upper-case words).
var frontedMarks = map[string]bool{"AFTER": true, "WHILE": true, "UPON": true, "ON": true, "WHEN": true, "SINCE": true, "BY": true}

// frontedAdverbs are the adverbs that may stand before such a gerund's
// conjunction ("shortly after meeting") without saying it was not done.
var frontedAdverbs = map[string]bool{"SHORTLY": true, "SOON": true, "JUST": true, "LATER": true}

// deedDoneGerund reports a gerund at k without a subject of its own
// marked "after", "while" or "upon" ("After meeting Egypt's president,
// the secretary flew to Israel"): a deed its clause's subject did, an
// event of its own beside the clause's, unlike a purpose ("to help") or
// a deed still ahead ("before leaving").
func (a *article) deedDoneGerund(k int) bool {
	t := &a.t
	if a.toks[k].XPOS != "VBG" || t.hasSubject(k) {
		return false
	}
	for _, c := range t.kids[k] {
		if base(t.rel[c]) == "mark" {
			switch a.w.up[c] {
			case "AFTER", "WHILE", "UPON":
				return true
			}
		}
	}
	return false
}

// doneAside reports an event e of the sentence toks coded from a deed
// done beside its clause's main one (deedDoneGerund), before or while
// it was done, in a clause of time ("as the two countries traded blame",
// timeClauseOpener), or by the subject in a relative clause set off by a
// comma ("Malaysia, which brokered a ceasefire in July, said its prime
// minister had spoken with both leaders", commaRelativeSubject): such a
// deed stays, but the main clause's subordinate verbs do not give way to
// it.
func (a *article) doneAside(toks []model.Token, e *model.Event) bool {
	if !a.t.ok {
		return false
	}
	k := predicateToken(toks, e)
	return k >= 0 && (a.deedDoneGerund(k) || a.timeClauseOpener(k) >= 0 || a.commaRelativeSubject(k))
}
