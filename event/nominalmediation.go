package event

import (
	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// heldWords are the prepositions (upper-case) by which a noun of
// mediation names mediation that took place: "after UAE mediation", "with
// Qatari mediation", "under United Nations mediation".
var heldWords = map[string]bool{"AFTER": true, "FOLLOWING": true, "WITH": true, "UNDER": true, "THROUGH": true, "DURING": true}

// spanNouns are the nouns (upper-case lemmas) of a stretch of time that
// may stand between such a preposition and the noun: "after years of
// United Nations mediation".
var spanNouns = map[string]bool{"YEAR": true, "MONTH": true, "WEEK": true, "DAY": true, "DECADE": true}

// nominalMediation codes mediation at k named as a noun whose mediator is
// the actor right before it or after "by" ("after UAE mediation", "with
// mediation by Qatar") and that a preposition of heldWords says took place,
// past a stretch of time ("after years of United Nations mediation"), as
// the mediator's mediation (045) with each party: those named after
// "between", else the two parties of the sentence's latest event between
// two others ("Ukraine and Russia swapped prisoners after UAE mediation"),
// else the sides of the article's latest conflict (conflictSides). A
// mediation offered or sought is the governing verb's to code.
func (a *article) nominalMediation(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, says []say, times []when.Expression) {
	end := nominalEnd(toks, k)
	med, lo := -1, k
	for i, m := range ms {
		if m.End == k && m.Code != "" {
			med, lo = i, m.Start
		}
	}
	if med < 0 && k+2 < len(toks) && a.w.up[k+1] == "BY" {
		med = argAt(toks, ms, k+2)
	}
	if med < 0 || !a.mediationHeld(toks, lo) {
		return
	}
	var ps []actor.Mention
	if k+1 < end && a.w.up[k+1] == "BETWEEN" {
		mem, _ := betweenMembers(toks, ms, k+1)
		for _, i := range mem {
			ps = append(ps, ms[i])
		}
	}
	if ps == nil {
		ps = a.sentencePair(s, ms[med], len(toks))
	}
	if ps == nil {
		ps = a.conflictSides(len(toks), "a side of the latest conflict")
	}
	if len(ps) < 2 {
		return
	}
	cl := &clause{v: k, vEnd: k + 1, lo: lo, hi: end, code: "045", src: med, tgt: -1,
		pattern: "$ <noun> " + a.w.up[k] + " <between its parties>", entries: []string{"noun " + toks[k].Form + " by an actor, held: mediation (045)"}}
	for _, p := range ps {
		if !sameCountry(ms[med], p) {
			a.emitNominal(s, toks, ms, cl, ms[med], p, says, times)
		}
	}
}

// mediationHeld reports a preposition of heldWords right before the
// words from lo on, or before a stretch of time and "of" right before
// them.
func (a *article) mediationHeld(toks []model.Token, lo int) bool {
	p := a.beforePremods(toks, lo, 3, premodDet|premodAdj)
	if p < 0 {
		return false
	}
	if a.w.up[p] == "OF" && p >= 2 && spanNouns[a.w.lem[p-1]] {
		p = a.beforePremods(toks, p-1, 3, premodDet|premodAdj|premodNum)
		if p < 0 {
			return false
		}
	}
	return heldWords[a.w.up[p]]
}

// sentencePair returns the two parties of the latest event of sentence s
// between two parties, neither of them of the country of m, as mentions
// after the sentence's n tokens whose entries say they come from context
// (sideMention); nil where there is none.
func (a *article) sentencePair(s *model.Sentence, m actor.Mention, n int) []actor.Mention {
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := &a.events[i]
		if ev.Evidence.Sentence.Start != s.Start {
			break
		}
		if ev.Source == nil || ev.Target == nil {
			continue
		}
		sp, tp := party(ev.Source.Code), party(ev.Target.Code)
		if sp == "" || tp == "" || sp == tp || sp == party(m.Code) || tp == party(m.Code) {
			continue
		}
		why := "a party to the sentence's event (" + ev.Code + " " + ev.Source.Code + ">" + ev.Target.Code + ")"
		return []actor.Mention{sideMention(*ev.Source, n, why), sideMention(*ev.Target, n, why)}
	}
	return nil
}
