package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/cameo"
	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/place"
	"github.com/casus-project/casus/when"
)

// location returns the place of an event of clause cl: one its clause
// names, else one its sentence names, else the dateline's; nil when none
// is known or no gazetteer is set.
//
// Two kinds of event look less far. A background event (history, dated
// before the article's week: "they fought a war in 2020") takes only a
// place its sentence names, never the dateline's. An event a speaker
// reports (reported) takes a place the report names ("In Paris, the
// minister said [Russia had attacked Kharkiv]"); the place where it was
// said, or the dateline's, only when it lies in the country of one of
// the event's actors (actors, ISO codes) or one of them has no country
// (an IGO's seat may be anywhere): "In Kyiv, the president said Russia
// had attacked" is placed in Kyiv, "In Paris, the minister said Russia
// had attacked Ukraine" nowhere.
func (a *article) location(s *model.Sentence, toks []model.Token, cl *clause, background, reported bool, actors [2]string) *model.Place {
	g := a.c.Places
	if g == nil {
		if a.c.Place != nil {
			return a.c.Place(a.text, *s)
		}
		return nil
	}
	text := a.text[s.Start:s.End]
	lo, hi := cl.lo, cl.hi
	if reported {
		lo, hi = a.reportWindow(toks, cl)
	}
	if p := a.locate(text, toks, lo, hi, false); p != nil {
		return p
	}
	p := a.locate(text, toks, 0, len(toks), !background)
	if reported && p != nil && actors[0] != "" && actors[1] != "" && p.Country != actors[0] && p.Country != actors[1] {
		return nil // said elsewhere
	}
	return p
}

// reportWindow narrows the window of a reported event's clause cl to
// what is reported: the words after the last reporting verb before cl's
// verb ("In Paris, the minister said [Russia attacked Kharkiv]"), else
// the words before the first one after it ("[Russia attacked Kharkiv],
// the minister said in Paris").
func (a *article) reportWindow(toks []model.Token, cl *clause) (lo, hi int) {
	lo, hi = cl.lo, cl.hi
	isSay := func(k int) bool { return k < len(a.w.lem) && isVerb(toks[k]) && sayLemmas[a.w.lem[k]] }
	for k := cl.v - 1; k >= 0; k-- {
		if isSay(k) {
			return max(lo, k+1), hi
		}
	}
	for k := cl.vEnd; k < len(toks); k++ {
		if isSay(k) {
			return lo, min(hi, k)
		}
	}
	return lo, hi
}

// locate returns the place that tokens [lo, hi) of the sentence text name
// after a locative cue, else the dateline's when dateline is set; nil for
// none. Results are cached for the sentence.
func (a *article) locate(text string, toks []model.Token, lo, hi int, dateline bool) *model.Place {
	if lo >= hi {
		return nil
	}
	key := locKey{lo, hi, dateline}
	if p, ok := a.locs[key]; ok {
		return p
	}
	if a.locs == nil {
		a.locs = map[locKey]*model.Place{}
	}
	var dl *place.Place
	if dateline {
		dl = a.dateline
	}
	var out *model.Place
	if p, _, ok := a.c.Places.Locate(text, toks[lo:hi], dl); ok {
		m := p.Model()
		out = &m
	}
	a.locs[key] = out
	return out
}

// locKey names a lookup of locate: a token window of the sentence, and
// whether the dateline may answer.
type locKey struct {
	lo, hi   int
	dateline bool
}

// emit adds one event unless the article already has it.
func (a *article) emit(s *model.Sentence, toks []model.Token, cl *clause, sm, tm actor.Mention, subject bool, code, status string, attr *model.Actor, date model.Date, x when.Expression, hasX bool) {
	people := protestingPeople(toks, code, sm, tm)
	if !people && selfEvent(sm, tm) || homeTrip(code, sm, tm) || a.homeBallot(cl, code, sm, tm) || generic(tm) && !countedPeople(toks, code, sm, tm) || genericAt(toks, tm) || a.unplaced(sm) || a.unplaced(tm) {
		return
	}
	v := cl.v
	sa := sm.Actor
	if people {
		// "Thousands of Venezuelans protested against the government":
		// a country's people protesting against its own state are
		// protesters, whom the Phoenix agents code as opposition
		// (PROTESTER, DEMONSTRATOR [~OPP]).
		sa.Code += "OPP"
	}
	if a.c.CapitalGovernments && sm.Capital && len(sa.Code) == 3 && subject && !cl.passive {
		sa.Code += "GOV"
	}
	if len(sa.Code) == 3 && actor.CountryOf(sa.Code) == sa.Code && namesEnvoy(cl) && !strings.HasPrefix(code, "174") {
		// Summoning a foreign envoy is one government's act on
		// another (the foreign ministry's): the country that does it
		// is its government ("Iran summoned Azerbaijan's ambassador"
		// is IRNGOV), as the envoy is the other's. Expelling envoys
		// (174) is the state's own act, declaring them unwelcome on
		// its soil, and stays the country's ("Oslo expelled 15
		// Russian diplomats" is NOR), as every annotation codes it.
		sa.Code += "GOV"
	}
	if (cl.forces || flownForce(cl, code) || force(code) && a.aircraftOf(toks, sm)) && subject && len(sa.Code) == 3 && actor.CountryOf(sa.Code) == sa.Code {
		// "China fired ballistic missiles": its military did; so did
		// "Peruvian drones" that struck, whether the pattern names the
		// aircraft or only the country's name before them does
		// ("Chilean jets struck a Bolivian army base").
		sa.Code += "MIL"
	}
	ta := tm.Actor
	if len(ta.Code) == 3 && actor.CountryOf(ta.Code) == ta.Code && namesEnvoy(cl) && eachOther(toks, cl) {
		// "Iran and Saudi Arabia expelled each other's diplomats": the
		// envoys each expels are the other's, its government's, as
		// "Saudi Arabia's diplomats" would be.
		ta.Code += "GOV"
	}
	if len(ta.Code) == 3 && actor.CountryOf(ta.Code) == ta.Code && force(code) && militaryPost(toks, tm) {
		// "opened fire on Armenian positions": a country's positions,
		// posts or trenches under fire are its forces'.
		ta.Code += "MIL"
	}
	ev := model.Event{
		Source: &sa, Target: &ta, Code: code,
		Status: status, AttributedTo: attr,
		Sentence: a.text[s.Start:s.End],
		Pattern:  cl.pattern,
	}
	if e, ok := cameo.Lookup(code); ok {
		ev.Root, ev.Base, ev.QuadClass, ev.Goldstein = e.Root, e.Base, int(e.QuadClass), e.Goldstein
		if e.Plover.Event != "" {
			ev.Plover = &model.Plover{Event: e.Plover.Event, Mode: e.Plover.Mode, Context: e.Plover.Context}
		}
	} else if len(code) >= 2 {
		ev.Root = code[:2]
	}
	if status == model.Claimed && firstHand(toks, attr, sa.Code, ta.Code, ev.QuadClass) {
		// A party's own word on its act reports the act; the speaker
		// stays its attribution.
		ev.Status = model.Asserted
	}
	ev.Date = date
	if hasX {
		ev.DatePrecision, ev.DateReason = x.Precision, x.Reason+" ("+x.Text+")"
		if !x.To.Equal(x.From) {
			ev.DateEnd = model.Day(x.To)
		}
		ev.Background = when.Background(x, a.ref)
	} else if !date.IsZero() {
		ev.DatePrecision, ev.DateReason = when.Day, "the article's date"
	}
	// An event dated by its paragraph rather than by a time expression of
	// its own is history too when that day is.
	background := ev.Background || !hasX && !date.IsZero() && when.Background(when.Expression{From: date.Time, To: date.Time}, a.ref)
	reported := attr != nil && attr.Code != sm.Actor.Code
	ev.Location = a.location(s, toks, cl, background, reported, [2]string{sa.Country, ta.Country})
	ev.Evidence = model.Evidence{
		Sentence:  s.Span,
		Source:    sm.Span,
		Target:    tm.Span,
		Predicate: model.Span{Start: toks[v].Start, End: toks[cl.vEnd-1].End},
	}
	for _, m := range []actor.Mention{sm, tm} {
		e := "actor " + m.Code + ": " + m.Entry
		if m.Kind != actor.Named {
			e += " via " + m.Kind.String()
		}
		ev.Evidence.Entries = append(ev.Evidence.Entries, e)
	}
	ev.Evidence.Entries = append(ev.Evidence.Entries, cl.entries...)
	ev.Confidence = confidence(cl, sm, tm)
	key := eventKey(sa.Code, ta.Code, ev.Code, ev.Date, ev.Sentence)
	if a.seen[key] {
		a.restated(key, s)
		return
	}
	a.seen[key] = true
	a.events = append(a.events, eventRecord{
		Event:     ev,
		described: sm.Kind == actor.Description && tm.Kind == actor.Description,
		origins:   [2]actor.Origin{sm.Origin, tm.Origin},
		speech:    len(code) >= 2 && code[:2] == "01" && (sayLemmas[a.w.lem[v]] || a.textSpeaks(v)) && !cl.charge,
		sub:       cl.sub,
		rule:      cl.rule,
	})
}

// eventKey is the key of a.seen for an event from source to target with
// code on date, told in sentence: an article codes each such event once,
// and whatever drops or recodes an event updates its key. Force used in a
// place a sentence opens with (placeScope) is a deed of its own there.
func eventKey(source, target, code string, date model.Date, sentence string) string {
	return source + "|" + target + "|" + code + "|" + date.String() + "|" + placeScope(code, sentence)
}

// namesEnvoy reports a clause whose pattern names a diplomatic envoy
// (the verb dictionary's &ENVOY: ambassador, chargé d'affaires, attaché)
// as what the verb acts on: summoning, expelling, ordering to leave.
func namesEnvoy(cl *clause) bool {
	if cl.m.p == nil {
		return false
	}
	return namesSynset(cl.m.p.After, "ENVOY") || namesSynset(cl.m.p.Before, "ENVOY")
}

// flownForce reports a clause of force (18-20) whose pattern names an
// aircraft (the verb dictionary's &AIRCRAFT: warplanes, jets, drones)
// before its verb, as its doer: "Peruvian drones struck a depot in
// Chile" is force used by the aircraft a country flies, its military's.
func flownForce(cl *clause, code string) bool {
	return cl.m.p != nil && force(code) && namesSynset(cl.m.p.Before, "AIRCRAFT")
}

// aircraftOf reports a country's name or adjective (m) right before the
// aircraft it flies, a phrase of the verb dictionary's &AIRCRAFT after at
// most two modifiers that ends the noun phrase: "Chilean jets",
// "Paraguayan drones", "Peru's attack helicopters". Its aircraft that use
// force are its military's, as flownForce reads them when the pattern
// names them; "Chilean drone strikes" are strikes, not aircraft.
func (a *article) aircraftOf(toks []model.Token, m actor.Mention) bool {
	k := m.End
	if k > 0 && k < len(toks) && toks[k].Form == "'s" {
		k++
	}
	for mods := 0; mods <= 2 && k > 0 && k < len(toks); mods++ {
		if n := a.aircraftAt(toks, k); n > 0 {
			e := k + n
			return e >= len(toks) || toks[e].UPOS != "NOUN" && toks[e].UPOS != "PROPN"
		}
		if toks[k].UPOS != "ADJ" && toks[k].UPOS != "NOUN" {
			return false
		}
		k++
	}
	return false
}

// aircraftAt returns the length of the &AIRCRAFT phrase that starts at
// token k, 0 for none. It reads the synset in place, as tradeGood does.
func (a *article) aircraftAt(toks []model.Token, k int) int {
	if a.c.d == nil {
		return 0
	}
	for _, ph := range a.c.d.Synset("AIRCRAFT") {
		if k+len(ph) > len(toks) {
			continue
		}
		n := 0
		for n < len(ph) && strings.EqualFold(toks[k+n].Form, strings.TrimSuffix(ph[n], "_")) {
			n++
		}
		if n == len(ph) {
			return n
		}
	}
	return 0
}

// namesSynset reports elements (or the objects within them) with a term
// of the verb dictionary's synset name ("ENVOY" for &ENVOY).
func namesSynset(es []dict.Element, name string) bool {
	for _, e := range es {
		for _, t := range e.Terms {
			if strings.EqualFold(strings.TrimRight(strings.TrimPrefix(t.Synset, "&"), "_"), name) {
				return true
			}
		}
		if namesSynset(e.Objects, name) {
			return true
		}
	}
	return false
}

// genericAt reports a generic agent that opens its mention and took its
// country from a place after it ("told reporters in Lima"), no more a
// target than a bare one; "Peruvian reporters" names whose they are, and
// so does "of" ("the people of Chile", "the citizens of Peru").
func genericAt(toks []model.Token, m actor.Mention) bool {
	if m.Kind == actor.Agent || m.Start+1 >= len(toks) || m.End-m.Start < 2 || strings.EqualFold(toks[m.Start+1].Form, "of") {
		return false
	}
	w := strings.ToUpper(toks[m.Start].Form)
	return genericAgents[w] && strings.HasSuffix(m.Agent, w)
}

// peopleCounts are the words before a count of people that, like a
// number, say how many they are ("dozens of people", "several people").
var peopleCounts = map[string]bool{
	"DOZENS": true, "HUNDREDS": true, "THOUSANDS": true, "SCORES": true, "SEVERAL": true,
}

// countedPeople reports a generic agent of people tm ("people",
// "residents") that a number or a count opens ("40 people", "dozens of
// people") as the target of an arrest or detention (173) by a state's
// police, government or courts at home (sm, its country alone or one of
// those organs): "police arrested 40 people" names whom they arrested,
// where "called on people" names no one. The agent takes the source's
// country, which soldiers abroad and their captives do not share, so
// force and arrests by the military are left.
func countedPeople(toks []model.Token, code string, sm, tm actor.Mention) bool {
	if code != "173" || tm.Kind != actor.Agent || tm.Start >= len(toks) || actor.CountryOf(tm.Code) != actor.CountryOf(sm.Code) {
		return false
	}
	if len(sm.Code) > 3 && !sectorOf(sm.Code, "COP") && !sectorOf(sm.Code, "GOV") && !sectorOf(sm.Code, "JUD") {
		return false
	}
	p := tm.Start - 1
	if p >= 0 && strings.EqualFold(toks[p].Form, "of") {
		p--
	}
	return p >= 0 && (toks[p].UPOS == "NUM" || peopleCounts[strings.ToUpper(toks[p].Form)])
}

// confidence scores an event from how specific its pattern was and how
// directly its actors were named.
func confidence(cl *clause, s, t actor.Mention) float64 {
	c := 0.45
	if cl.m.p != nil {
		c += 0.1 + 0.05*float64(min(cl.score, 4))
	}
	for _, m := range []actor.Mention{s, t} {
		switch m.Kind {
		case actor.Named:
			c += 0.1
		case actor.Agent, actor.Surname:
			c += 0.05
		}
	}
	if cl.passive {
		c -= 0.05
	}
	if t.Origin == actor.FromContext || s.Origin == actor.SourceFromContext {
		c -= 0.2
	}
	return float64(int(min(max(c, 0.05), 0.99)*100+0.5)) / 100
}

// deedNouns name a use of force an accusation may charge someone with
// (upper-case lemmas), with its CAMEO code.
var deedNouns = map[string]string{
	"CYBERATTACK": "176", "CYBER-ATTACK": "176", "HACK": "176", "HACKING": "176",
	"ATTACK": "190", "OFFENSIVE": "190", "ASSAULT": "190", "RAID": "190",
	"STRIKE": "190", "AIRSTRIKE": "195", "BOMBING": "190", "SHELLING": "190",
}

// aerialWords before an attack noun make it one from the air (195).
var aerialWords = map[string]bool{"DRONE": true, "AIR": true, "MISSILE": true, "ROCKET": true, "AERIAL": true}

// accusedDeed codes the use of force an accusation charges its target
// with ("accusing Tehran of orchestrating a cyberattack against
// government networks", "accused Iran of a drone attack on a tanker"):
// the accused against the accuser, or against another country's actor
// the charge names after "against" or "on". Its status is claimed, by
// the accuser, unless the accusation itself is negated or hypothetical;
// a deed the outlet puts in scare quotes ("accusing Tehran of
// orchestrating a 'cyberattack'") is a claim it disputes.
func (a *article) accusedDeed(s *model.Sentence, toks []model.Token, ms []actor.Mention, cl *clause, pairs [][2]int, status string, times []when.Expression) {
	if !strings.HasPrefix(cl.code, "112") || cl.rev != "" || len(pairs) == 0 {
		return
	}
	accuser, accused := ms[pairs[0][0]], ms[pairs[0][1]]
	if accused.End > len(toks) || accused.Start < cl.vEnd {
		return
	}
	of := -1
	for k := accused.End; k < len(toks) && k < cl.hi+1 && k < accused.End+16; k++ {
		if a.w.up[k] == "OF" || a.w.up[k] == "FOR" {
			of = k
			break
		}
	}
	if of < 0 {
		return
	}
	noun, code := -1, ""
	for k := of + 1; k < len(toks) && k <= of+6; k++ {
		if c, ok := deedNouns[a.w.lem[k]]; ok && toks[k].UPOS == "NOUN" {
			noun, code = k, c
			break
		}
		switch toks[k].UPOS {
		case "VERB", "DET", "ADJ", "PUNCT", "NOUN", "NUM":
			continue
		}
		return
	}
	if noun < 0 {
		return
	}
	if code == "190" && noun > 0 && aerialWords[a.w.up[noun-1]] {
		code = "195"
	}
	// The victim: the accuser, unless the charge names another
	// country's actor it was aimed at.
	victim := accuser
	end := nominalEnd(toks, noun)
	for j := noun + 1; j < end; j++ {
		if a.w.up[j] != "AGAINST" && a.w.up[j] != "ON" {
			continue
		}
		for i := range ms {
			if ms[i].Start > j && ms[i].Start < end && ms[i].Code != "" && !sameCountry(ms[i], accuser) && !sameCountry(ms[i], accused) {
				victim = ms[i]
				break
			}
		}
		break
	}
	if selfEvent(accused, victim) || sameCountry(accused, victim) {
		return
	}
	var attr *model.Actor
	if status != model.Negated && status != model.Hypothetical {
		status = model.Claimed
		if a.scareQuoted(toks[noun]) {
			status = model.Disputed
		}
		x := accuser.Actor
		attr = &x
	}
	dc := &clause{v: noun, vEnd: noun + 1, lo: cl.lo, hi: cl.hi, code: code, dep: cl.dep,
		pattern: "<charge> " + a.w.up[cl.v] + " + OF " + a.w.up[noun] + " [" + code + "]",
		entries: []string{"noun " + toks[noun].Form + " charged by an accusation: " + code}}
	date, x, hasX := a.date(toks, dc, times)
	a.emit(s, toks, dc, accused, victim, true, code, status, attr, date, x, hasX)
	a.specifyAccusation(toks, cl.v, code, "")
}

// scareQuoted reports whether a framing mark of the article puts tok in
// scare quotes.
func (a *article) scareQuoted(tok model.Token) bool {
	for _, f := range a.framing {
		if f.Kind == "scare_quote" && f.Start <= tok.Start && tok.End <= f.End {
			return true
		}
	}
	return false
}

// unplaced reports an agent that no country or organisation claims ("the
// army" in a story that names no country, "merchant ships"; an
// international organisation's or armed group's, IGO or IMG, is
// claimed: "the militants" after "Islamic State"), or a titled
// person known only by the title's agent whom the resolver left with no
// country ("Vice President Dale Marsh criticized Peru"): with no code for
// unknown actors set (actor.Resolver.Unknown), its bare agent code
// ("MIL") names no one.
func (a *article) unplaced(m actor.Mention) bool {
	if m.Country != "" || a.c.r.Unknown != "" || strings.HasPrefix(m.Code, "IGO") || strings.HasPrefix(m.Code, "IMG") {
		return false
	}
	return m.Kind == actor.Agent || m.Person && m.ByAgent()
}

// militaryPost reports a country's name or adjective before a place its
// forces hold: "positions", "posts", "outposts", "trenches", "bases",
// "garrisons", "barracks" or "checkpoints", one or many ("Armenian
// positions", "Peru's border posts", "a Kyrgyz outpost", "an Ecuadorian
// air base"). The place's word must end the noun phrase: "a Peruvian post
// office", "Chile's base camp" are no forces' places.
func militaryPost(toks []model.Token, m actor.Mention) bool {
	k := m.End
	if k > 0 && k < len(toks) && toks[k].Form == "'s" {
		k++
	}
	if k > 0 && k < len(toks) {
		switch strings.ToLower(toks[k].Form) {
		case "border", "military", "army", "frontline", "front-line", "air":
			k++
		}
	}
	if k <= 0 || k >= len(toks) || !forcePlaces[strings.ToLower(toks[k].Form)] {
		return false
	}
	return k+1 >= len(toks) || toks[k+1].UPOS != "NOUN" && toks[k+1].UPOS != "PROPN"
}

// forcePlaces are the nouns (lower case) for the places a country's
// forces hold, whose fire or attack falls on those forces.
var forcePlaces = map[string]bool{
	"position": true, "positions": true, "post": true, "posts": true,
	"outpost": true, "outposts": true, "trench": true, "trenches": true,
	"base": true, "bases": true, "airbase": true, "airbases": true,
	"garrison": true, "garrisons": true, "barracks": true,
	"checkpoint": true, "checkpoints": true,
}
