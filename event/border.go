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

// alertLemmas are the verbs (upper-case lemmas) of putting forces on
// alert ("put its army on high alert"); borderBuildup reads them only
// with "alert" after them.
var alertLemmas = map[string]bool{"PUT": true, "PLACE": true}

// armyNouns are the nouns (upper-case) of a country's armed forces as a
// whole, put on alert rather than moved ("put its army on alert").
var armyNouns = map[string]bool{"ARMY": true, "MILITARY": true, "NAVY": true, "GARRISON": true}

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
// with" or before "border", or, with no border named, right after
// "near" ("massed troops near Guyana"). Forces put on alert there
// ("put its army on high alert along the border with Chile") raise its
// military alert status (152) against that country. Forces moved to one's own border with no
// other country named, and a deed the verbs coded already between the
// two, code none.
func (a *article) borderBuildup(s *model.Sentence, toks []model.Token, ms []actor.Mention, says []say, times []when.Expression, first int) {
	for v := a.from; v < len(toks); v++ {
		if !isVerb(toks[v]) || !borderLemmas[a.w.lem[v]] && !alertLemmas[a.w.lem[v]] {
			continue
		}
		forces, b, near, alert := false, -1, -1, false
		for k := v + 1; k < len(toks) && k <= v+10; k++ {
			if forceNounsMoved[a.w.up[k]] || armyNouns[a.w.up[k]] {
				forces = true
			}
			if a.w.up[k] == "ALERT" && (a.w.up[k-1] == "ON" || toks[k-1].UPOS == "ADJ") {
				alert = true
			}
			if frontierNouns[a.w.up[k]] {
				b = k
				break
			}
			if forces && near < 0 && (a.w.up[k] == "NEAR" || a.w.up[k] == "TO" && a.w.up[k-1] == "CLOSE") {
				near = k
			}
		}
		if !forces || alertLemmas[a.w.lem[v]] && !alert {
			continue
		}
		tgt := -1
		switch {
		case b >= 0:
			tgt = borderCountry(toks, ms, b)
		case near >= 0:
			tgt = countryNear(ms, near)
			if tgt >= 0 {
				b = ms[tgt].End - 1
			}
		}
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
		code, pattern, entry := "154", " * &MILITARY (TO BORDER) [154]", "forces moved to the border of "
		if alert {
			code, pattern, entry = "152", " * &MILITARY (ON ALERT) [152]", "forces put on alert at the border of "
		}
		cl := &clause{v: v, vEnd: v + 1, lo: 0, hi: b + 1, code: code, src: src, tgt: tgt,
			pattern: "- " + a.w.lem[v] + pattern,
			entries: []string{entry + c}}
		status, attr := a.status(toks, ms, cl, says)
		if status == model.Negated || status == model.Hypothetical {
			continue
		}
		date, x, hasX := a.date(toks, cl, times)
		a.emit(s, toks, cl, ms[src], tm, true, code, status, attr, date, x, hasX)
	}
}

// countryNear returns the mention of a country named right after "near"
// or "close to" at k ("massed troops near Guyana"), where forces moved
// are aimed at it as at its border; -1 for none. A town the actor
// dictionary gives to a country stands for it ("massed troops near
// Kharkiv" aims at Ukraine); a place of no country ("near the capital")
// codes none.
func countryNear(ms []actor.Mention, k int) int {
	for i, m := range ms {
		if m.Start == k+1 && m.Kind == actor.Named && m.Code != "" && m.Code == actor.CountryOf(m.Code) {
			return i
		}
	}
	return -1
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
			m.End == b-1 && possessiveMark(toks[b-1]):
			return i
		}
	}
	return -1
}
