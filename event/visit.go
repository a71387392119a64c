package event

// Places as targets: a meeting or journey abroad recoded as a visit to
// the country (visit, hostVisited), and a town or region named as a verb's
// object standing for its country (placeObject). Visitors received: only
// a person or a party of visitors received is a visit hosted
// (receivesVisitor).

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/place"
)

// locatedIn reports a mention after "in" or "near" (an article may stand
// between): where something happens, never what it is aimed at, as one
// after "at" may be ("fired shells at Seoul").
func locatedIn(toks []model.Token, m actor.Mention) bool {
	w := wordBefore(toks, m)
	return w == "in" || w == "near"
}

// visit recodes a meeting or a journey (CAMEO 04x) held in a country
// other than the source's as a visit (042): "Blinken met Xi in Beijing",
// "the ambassador arrived in Caracas for talks". The visited country is
// the target unless the target already belongs to it (the host met). It
// returns the target.
func (a *article) visit(toks []model.Token, ms []actor.Mention, cl *clause, src, tgt int) int {
	if !strings.HasPrefix(cl.code, "04") || !travelLemmas[a.w.lem[cl.v]] {
		return tgt
	}
	place := -1
	for i, m := range ms {
		if m.Start < cl.vEnd || m.Start >= cl.hi || len(m.Code) != 3 && !m.Capital {
			continue
		}
		if located(toks, m) || wordBefore(toks, m) == "to" && a.w.lem[cl.v] != "MEET" {
			place = i
			break
		}
	}
	if place < 0 {
		return a.hostVisited(toks, ms, cl, src, tgt)
	}
	pc := actor.CountryOf(ms[place].Code)
	// An organisation's meetings are everywhere and visit no one, but
	// the host it meets in the host's own country ("met Iranian
	// officials in Isfahan"), and a country its envoys or missions
	// travel to ("the UN envoy travelled to Yemen", "a NATO delegation
	// arrived in Belgrade").
	sc := actor.CountryOf(ms[src].Code)
	orgJourney := sc == "" && journeyLemmas[a.w.lem[cl.v]] && strings.HasPrefix(ms[src].Code, "IGO")
	if pc == "" || sc == pc || sc == "" && !orgJourney && (tgt < 0 || actor.CountryOf(ms[tgt].Code) != pc || a.w.lem[cl.v] != "MEET") {
		return tgt
	}
	// "Bolivia met Chile's president in Lima": a meeting on a third
	// country's ground is with whom it is held, no visit to the place.
	if a.w.lem[cl.v] == "MEET" && tgt >= 0 && tgt != place {
		if tc := actor.CountryOf(ms[tgt].Code); tc != "" && tc != pc {
			return tgt
		}
	}
	cl.code, cl.rev = "042", ""
	// "met Xi in Beijing" visits the host met; "arrived in Baku for
	// talks with Aliyev" the place the journey went to.
	if tgt >= 0 && actor.CountryOf(ms[tgt].Code) == pc && !journeyLemmas[a.w.lem[cl.v]] {
		return tgt
	}
	return place
}

// hostVisited returns tgt, and makes the clause a visit (042) to it, for
// a meeting with a host in a place of the host's own country that the
// gazetteer knows and that no actor names ("after meeting Iranian
// officials in Isfahan"): whoever is not of that country, an
// organisation too, came to meet the host there.
func (a *article) hostVisited(toks []model.Token, ms []actor.Mention, cl *clause, src, tgt int) int {
	g := a.c.Places
	if g == nil || tgt < 0 || a.w.lem[cl.v] != "MEET" || cl.hi > len(toks) || cl.vEnd >= cl.hi {
		return tgt
	}
	tc := actor.CountryOf(ms[tgt].Code)
	if tc == "" || actor.CountryOf(ms[src].Code) == tc {
		return tgt
	}
	p, sp, ok := g.Locate(a.text[toks[0].Start:toks[len(toks)-1].End], toks[cl.vEnd:cl.hi], nil)
	if !ok || p.Country != tc {
		return tgt
	}
	// The place's first token, after "in" or "at".
	k := cl.vEnd + 1
	for k < cl.hi && toks[k].Start != sp.Start {
		k++
	}
	if k >= cl.hi {
		return tgt
	}
	if w := strings.ToLower(toks[k-1].Form); w != "in" && w != "at" {
		return tgt
	}
	cl.code, cl.rev = "042", ""
	cl.pattern += " (met in " + p.Name + ": 042)"
	return tgt
}

// placeObject returns, for a clause whose verb's object right after it
// is a town or region that no actor names and the gazetteer knows
// (Coder.Places), a mention of that place's country ("The RSF has
// besieged El Fasher" is aimed at Sudan).
func (a *article) placeObject(toks []model.Token, ms []actor.Mention, cl *clause) (actor.Mention, bool) {
	g := a.c.Places
	k := cl.vEnd
	if g == nil || k >= cl.hi || k >= len(toks) || toks[k].UPOS != "PROPN" {
		return actor.Mention{}, false
	}
	if holding(ms, k) >= 0 {
		return actor.Mention{}, false
	}
	var words []string
	for j := k; j < min(cl.hi, len(toks), k+4); j++ {
		words = append(words, toks[j].Form)
	}
	p, n, ok := g.Lookup(words, "")
	if !ok || p.Type == place.TypeCountry {
		return actor.Mention{}, false
	}
	// The whole name, and only a name: "El Fasher", not "Hope" of
	// "Hope Street".
	for j := k; j < k+n; j++ {
		if toks[j].UPOS != "PROPN" {
			return actor.Mention{}, false
		}
	}
	if k+n < len(toks) && toks[k+n].UPOS == "PROPN" {
		return actor.Mention{}, false
	}
	c, ok := g.Country(p.Country)
	if !ok || c.CAMEO == "" {
		return actor.Mention{}, false
	}
	m := actor.Mention{Start: k, End: k + n, Head: k + n - 1, Kind: actor.Named}
	code := a.c.placeCountry(p.Country, c.CAMEO)
	m.Actor = model.Actor{Code: code, Name: strings.ToUpper(c.Name), Country: actor.CountryOf(code), Entry: "place " + p.Name + " (gazetteer), its country"}
	return m, true
}

// receivePattern reports a clause matched by a pattern of RECEIVE's
// with a bare target or a bare passive agent ("- * +", "- * (BY)")
// coded 043: the patterns that make receiving someone hosting their
// visit.
func (a *article) receivePattern(cl *clause) bool {
	p := cl.m.p
	if p == nil || !strings.HasPrefix(cl.code, "043") || len(p.Before) != 0 || len(p.After) != 1 {
		return false
	}
	if verbName(p.Comment) != "RECEIVE" {
		return false
	}
	return p.After[0].Kind == dict.Target || bareBy(p)
}

// receivesVisitor reports a verb at v whose object in the parse (its
// subject when passive) is a visitor one hosts: an official or a person,
// a state organ, an organisation or an armed group ("received the
// visiting Malaysian prime minister", "was received by the king"), or
// a party of visitors (visitorNouns: "received a delegation from
// Hamas"). A thing received ("received criticism from Iran", "received
// 500 refugees") is not.
func (a *article) receivesVisitor(ms []actor.Mention, v int, passive bool) bool {
	want := "obj"
	if passive {
		want = "nsubj:pass"
	}
	o := a.t.child(v, want)
	if o < 0 {
		return false
	}
	if visitorNouns[a.w.lem[o]] {
		return true
	}
	if i := holding(ms, o); i >= 0 {
		return visitorActor(ms[i])
	}
	// "received Hamas leaders": officials of an actor that names them
	// only as a modifier.
	if envoyNouns[a.w.lem[o]] {
		lo, hi := a.t.span(o)
		for _, m := range ms {
			if m.Start >= lo && m.End <= hi && len(m.Code) >= 3 {
				return true
			}
		}
	}
	return false
}

// envoyNouns are people who visit on behalf of an actor named as
// their modifier ("Hamas leaders", "Iranian officials"); upper-case
// lemmas.
var envoyNouns = map[string]bool{
	"LEADER": true, "OFFICIAL": true, "REPRESENTATIVE": true, "DELEGATE": true, "ENVOY": true,
	"MINISTER": true, "COMMANDER": true, "CHIEF": true, "AMBASSADOR": true, "DIPLOMAT": true,
	"NEGOTIATOR": true, "LAWMAKER": true, "PRESIDENT": true, "COUNTERPART": true,
}

// visitorActor reports a mention that can pay a visit: one person, a
// state organ, an organisation, or an opposition or armed group; not a
// country's people, refugees or civilians.
func visitorActor(m actor.Mention) bool {
	if m.Person || strings.HasPrefix(m.Code, "IGO") {
		return true
	}
	if len(m.Code) < 6 {
		return false
	}
	switch r := m.Code[3:6]; r {
	case "OPP", "REB", "INS":
		return true
	default:
		return stateSector(m.Code[3:])
	}
}

// thingTravels reports a verb of journey (journeyLemmas) at v whose
// subject in the parse is a common noun that no actor is, nor a party of
// visitors or an official (visitorNouns, envoyNouns), with the mention m
// only inside it as a modifier: goods or aid that arrive ("a shipment of
// grain from Ukraine arrived in Egypt") make no visit of m's.
func (a *article) thingTravels(m actor.Mention, v int) bool {
	o := a.t.child(v, "nsubj")
	if o < 0 || !journeyLemmas[a.w.lem[v]] || !a.modifiedThing(m, o, envoyNouns) || peopleNouns[a.w.lem[o]] || travellerNouns[a.w.lem[o]] {
		return false
	}
	// "Answer: Deputy Secretary Blinken will travel": a noun set off by
	// punctuation does not hold the mention.
	for k := min(o, m.Start); k < max(o, m.End); k++ {
		if a.toks[k].UPOS == "PUNCT" {
			return false
		}
	}
	return true
}

// travellerNouns are people (upper-case lemmas) that no dictionary makes
// an actor of but whose journey is their country's ("Chilean volunteers
// arrived in Lima"), unlike goods.
var travellerNouns = map[string]bool{
	"VOLUNTEER": true, "MERCENARY": true, "TOURIST": true, "PILGRIM": true, "WORKER": true,
	"STUDENT": true, "ENGINEER": true, "EXPERT": true, "DOCTOR": true, "NURSE": true,
	"TECHNICIAN": true, "INSTRUCTOR": true, "TRAINER": true, "ADVISER": true, "ADVISOR": true,
}

// cityNamed reports a mention whose words are, all of them, the name of a
// town the gazetteer knows (Coder.Places): "Brussels", which the
// dictionaries code as the organisation seated there.
func (a *article) cityNamed(toks []model.Token, m actor.Mention) bool {
	g := a.c.Places
	if g == nil || m.Start < 0 || m.End > len(toks) || m.End-m.Start > 4 {
		return false
	}
	var words []string
	for k := m.Start; k < m.End; k++ {
		words = append(words, toks[k].Form)
	}
	p, n, ok := g.Lookup(words, "")
	return ok && n == len(words) && (p.Type == place.TypeWorldCity || p.Type == place.TypeUSCity)
}
