package event

import (
	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// borderLemmas are the verbs (upper-case lemmas) of moving forces
// somewhere; Coder.Parseable parses their sentences (MASS is in no verb
// dictionary).
var borderLemmas = map[string]bool{
	"DEPLOY": true, "REDEPLOY": true, "SEND": true, "MOVE": true, "STATION": true,
	"DISPATCH": true, "AMASS": true, "MASS": true, "RUSH": true, "POSITION": true,
}

// forceNounsMoved are the nouns (upper-case) of armed forces moved,
// ships and aircraft of war among them ("sent frigates", "deployed
// fighter jets").
var forceNounsMoved = map[string]bool{
	"TROOPS": true, "SOLDIERS": true, "FORCES": true, "TANKS": true, "WARSHIPS": true,
	"REINFORCEMENTS": true, "UNITS": true, "ARTILLERY": true, "BATTALIONS": true,
	"FRIGATES": true, "DESTROYERS": true, "CORVETTES": true, "SUBMARINES": true,
	"GUNBOATS": true, "WARPLANES": true, "JETS": true, "BOMBERS": true,
}

// frontierNouns are the nouns (upper-case) of the edge of a country that
// forces are moved to: its border, frontier, coast or waters ("sent
// warships to the Chilean coast", "off the coast of Peru").
var frontierNouns = map[string]bool{
	"BORDER": true, "FRONTIER": true, "COAST": true, "WATERS": true,
}

// borderBuildup codes armed forces an actor moves to another country's
// border ("Chile deployed troops to the border with Peru", "sent tanks
// near Ukraine's border", "stationed soldiers on the Peruvian border")
// as its mobilisation of armed forces (154) aimed at that country: the
// verb's subject moves them, the border's country is named after "border
// with" or before "border". Forces moved to one's own border with no
// other country named, and a deed the verbs coded already between the
// two, code none.
func (a *article) borderBuildup(s *model.Sentence, toks []model.Token, ms []actor.Mention, says []say, times []when.Expression, first int) {
	for v := a.from; v < len(toks); v++ {
		if !isVerb(toks[v]) || !borderLemmas[a.w.lem[v]] {
			continue
		}
		forces, b := false, -1
		for k := v + 1; k < len(toks) && k <= v+10; k++ {
			if forceNounsMoved[a.w.up[k]] {
				forces = true
			}
			if frontierNouns[a.w.up[k]] {
				b = k
				break
			}
		}
		if !forces || b < 0 {
			continue
		}
		tgt := borderCountry(toks, ms, b)
		src := a.source(toks, ms, v)
		if tgt < 0 || src < 0 || ms[src].Code == "" {
			continue
		}
		c := actor.CountryOf(ms[tgt].Code)
		if c == "" || c == actor.CountryOf(ms[src].Code) || a.coded(first, ms[src].Code, c, "15") {
			continue
		}
		tm := ms[tgt]
		tm.Code = c
		cl := &clause{v: v, vEnd: v + 1, lo: 0, hi: b + 1, code: "154", src: src, tgt: tgt,
			pattern: "- " + a.w.lem[v] + " * &MILITARY (TO BORDER) [154]",
			entries: []string{"forces moved to the border of " + c}}
		status, attr := a.status(toks, ms, cl, says)
		if status == model.Negated || status == model.Hypothetical {
			continue
		}
		date, x, hasX := a.date(toks, cl, times)
		a.emit(s, toks, cl, ms[src], tm, true, "154", status, attr, date, x, hasX)
	}
}

// borderCountry returns the mention of the country whose border the noun
// at b is: after "with" or "of" ("the border with Peru", "the coast of
// Peru"), or right before it, as a possessive or a modifier ("Ukraine's
// border", "the Peruvian border"); -1 for none.
func borderCountry(toks []model.Token, ms []actor.Mention, b int) int {
	for i, m := range ms {
		switch {
		case b+2 < len(toks) && m.Start == b+2 && (plainWord(toks[b+1].Form) == "with" || plainWord(toks[b+1].Form) == "of"):
			return i
		case m.End == b && m.Kind == actor.Named,
			m.End == b-1 && (toks[b-1].Form == "'s" || toks[b-1].Form == "’s"):
			return i
		}
	}
	return -1
}
