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

// coding is what the steps of coding one clause share (see code): the
// sentence, its mentions and clause, and what the steps so far found.
type coding struct {
	s     *model.Sentence
	toks  []model.Token
	ms    []actor.Mention // the sentence's mentions, and mentions steps add from context
	cl    *clause
	says  []say
	times []when.Expression
	v     int // the verb's first token, cl.v

	src, tgt  int  // the source and target in ms, -1 none
	noSubject bool // the verb's subject names no actor: none before it is the source
	// together marks a list that travels together to negotiate: its
	// members meet each other, not a host.
	together bool
	// accuser is a target taken from context (targetFromContext), which
	// is not spread over the members of a list; -1 none.
	accuser int
	sides   []int    // the parties an appeal to "all sides" is aimed at (sidesOf)
	mutual  bool     // the members of the source act on each other
	pairs   [][2]int // the source and target of each event to emit, in ms
	status  string
	attr    *model.Actor // who the event is attributed to, if anyone
}

// code finds the source and target of a matched verb and emits its
// events. It runs the steps in order; each may end the clause with no
// event:
//
//   - reportsEvent: does the verb report an event at all?
//   - findParties, reviewSource: who acts (and on whom, first guess);
//   - dropForeignTarget, causesAndVisits, aim: whom it is aimed at;
//   - recode: the code the parties show;
//   - targetByCode, targetFromContext: the target the code allows, or
//     one from the text around;
//   - pair: the source-target pairs, over lists and reciprocal deeds;
//   - decideStatus: did it happen (asserted, claimed, negated,
//     hypothetical), and the intent or refusal that follows;
//   - emitPairs, accusedDeed: the events.
func (a *article) code(s *model.Sentence, toks []model.Token, ms []actor.Mention, cl *clause, says []say, times []when.Expression) {
	st := &coding{s: s, toks: toks, ms: ms, cl: cl, says: says, times: times, v: cl.v, accuser: -1}
	if !a.reportsEvent(st) {
		return
	}
	a.findParties(st)
	if !a.reviewSource(st) {
		return
	}
	a.dropForeignTarget(st)
	a.causesAndVisits(st)
	a.aim(st)
	if !a.recode(st) {
		return
	}
	a.targetByCode(st)
	a.targetFromContext(st)
	a.pair(st)
	if cl.code != "" && !a.c.stems {
		// "urged Chile to release the prisoners": the appeal (020) or
		// demand (100) is for that deed (0253), whoever does it.
		if g := governor(toks, cl.v); g >= 0 {
			a.specifyAppeal(s, toks, g, cl.code)
		}
	}
	if len(st.pairs) == 0 {
		// "“The authorities must end the crackdown,” said X": a
		// demand of the deed's subject, whom the deed need not aim at
		// anyone.
		if st.src >= 0 && st.tgt < 0 && !st.mutual {
			a.mustDemand(s, toks, st.ms, cl, [][2]int{{st.src, -1}}, says, times)
		}
		return
	}
	if !a.decideStatus(st) {
		return
	}
	a.emitPairs(st)
	a.accusedDeed(s, toks, st.ms, cl, st.pairs, st.status, times)
}

// unknownObject reports a name of a person or organisation that no
// mention resolved right after the verb ending at vEnd (past adverbs and
// particles) and not modifying a noun, followed before the token end by
// words that are not a bare description of it: a verb, a pronoun, a
// preposition ("Smith about concerns within the ministry", "Acme, a firm
// that was once part of"). "Rosneft, Russia's oil company" describes the
// name by its actor and stands; so does "Acme facilities in Chile". A
// name the tagger calls neither a person nor an organisation counts only
// before a comma: "Acme, a firm that".
func (a *article) unknownObject(toks []model.Token, vEnd, end int) bool {
	k := vEnd
	for k < end && (toks[k].UPOS == "ADV" || toks[k].UPOS == "PART") {
		k++
	}
	if k >= end || toks[k].UPOS != "PROPN" || k < len(a.w.act) && a.w.act[k] {
		return false
	}
	kind := a.nameKind(toks[k])
	for k < end && toks[k].UPOS == "PROPN" {
		k++
	}
	if k >= end || toks[k].UPOS == "NOUN" {
		return false
	}
	switch {
	case kind == model.Person || kind == model.Organization:
	case kind == model.Misc && toks[k].Form == ",":
	default:
		return false
	}
	for ; k < end; k++ {
		switch toks[k].UPOS {
		case "VERB", "AUX", "PRON", "ADP", "SCONJ":
			return true
		}
	}
	return false
}

// reducedRelative reports a present participle at v right after a noun
// or name, which it describes: "doctors offering to help".
func reducedRelative(toks []model.Token, v int) bool {
	if v == 0 || toks[v].XPOS != "VBG" {
		return false
	}
	switch toks[v-1].UPOS {
	case "NOUN", "PROPN":
		return true
	}
	return false
}

// finiteIn reports a verb in the past or present tense among the tokens
// [lo, hi).
func finiteIn(toks []model.Token, lo, hi int) bool {
	for k := lo; k < hi && k < len(toks); k++ {
		if finite(toks[k]) {
			return true
		}
	}
	return false
}

// location returns the place of an event of clause cl: one its clause
// names, else one its sentence names, else the dateline's; nil when none
// is known or no gazetteer is set.
func (a *article) location(s *model.Sentence, toks []model.Token, cl *clause) *model.Place {
	g := a.c.Places
	if g == nil {
		if a.c.Place != nil {
			return a.c.Place(a.text, *s)
		}
		return nil
	}
	key := [2]int{cl.lo, cl.hi}
	if p, ok := a.locs[key]; ok {
		return p
	}
	if a.locs == nil {
		a.locs = map[[2]int]*model.Place{}
	}
	text := a.text[s.Start:s.End]
	p, _, ok := g.Locate(text, toks[cl.lo:cl.hi], nil)
	if !ok {
		p, _, ok = g.Locate(text, toks, a.dateline)
	}
	var out *model.Place
	if ok {
		out = &model.Place{
			Name: p.Name, GeonameID: p.GeonameID, Country: p.Country,
			FIPS: p.FIPS, ADM1: p.ADM1, Lat: p.Lat, Lon: p.Lon, GeoType: p.Type,
		}
	}
	a.locs[key] = out
	return out
}

// patternPrep returns the first preposition after the verb in p, or "".
func patternPrep(p *dict.Pattern) string {
	if p == nil {
		return ""
	}
	for _, e := range p.After {
		if e.Kind == dict.Prep {
			return e.Prep
		}
	}
	return ""
}

// targetPrep returns the preposition of a pattern's prepositional phrase
// after the verb whose object is the target ("(TO +)"), "" for none.
func targetPrep(p *dict.Pattern) string {
	if p == nil {
		return ""
	}
	for _, e := range p.After {
		if e.Kind != dict.Prep {
			continue
		}
		for _, o := range e.Objects {
			if o.Kind == dict.Target {
				return e.Prep
			}
		}
	}
	return ""
}

// afterPrep reports a mention right after the preposition prep
// (upper-case), but for determiners, possessive pronouns and modifiers
// ("to the so-called Lazarus Group", "with his Peruvian counterpart").
func afterPrep(toks []model.Token, m actor.Mention, prep string) bool {
	for k := m.Start - 1; k >= 0 && k >= m.Start-6; k-- {
		if strings.EqualFold(toks[k].Form, prep) {
			return true
		}
		switch {
		case toks[k].UPOS == "DET", toks[k].UPOS == "ADJ", toks[k].UPOS == "NUM", toks[k].UPOS == "PUNCT", toks[k].XPOS == "PRP$":
		case strings.EqualFold(toks[k].Form, "so"), strings.EqualFold(toks[k].Form, "called"): // "so-called"
		default:
			return false
		}
	}
	return false
}

// emit adds one event unless the article already has it.
func (a *article) emit(s *model.Sentence, toks []model.Token, cl *clause, sm, tm actor.Mention, subject bool, code, status string, attr *model.Actor, date model.Date, x when.Expression, hasX bool) {
	people := protestingPeople(toks, code, sm, tm)
	if !people && selfEvent(sm, tm) || generic(tm) || genericAt(toks, tm) || a.unplaced(sm) || a.unplaced(tm) {
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
	if len(sa.Code) == 3 && actor.CountryOf(sa.Code) == sa.Code && namesEnvoy(cl) {
		// Summoning or expelling a foreign envoy is one government's
		// act on another (the foreign ministry's): the country that
		// does it is its government ("Iran summoned Azerbaijan's
		// ambassador" is IRNGOV), as the envoy is the other's.
		sa.Code += "GOV"
	}
	if cl.forces && subject && len(sa.Code) == 3 && actor.CountryOf(sa.Code) == sa.Code {
		// "China fired ballistic missiles": its military did.
		sa.Code += "MIL"
	}
	ta := tm.Actor
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
	ev.Location = a.location(s, toks, cl)
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
	key := sa.Code + "|" + ta.Code + "|" + ev.Code + "|" + ev.Date.String()
	if a.seen[key] {
		a.restated(key, s)
		return
	}
	a.seen[key] = true
	a.events = append(a.events, ev)
	a.speech = append(a.speech, len(code) >= 2 && code[:2] == "01" && sayLemmas[a.w.lem[v]] && !cl.charge)
	a.sub = append(a.sub, cl.sub)
}

// protestingPeople reports a protest (CAMEO 14) by a country's people
// (see people) against that country's own state (its government,
// military, police, legislature, judiciary or intelligence).
func protestingPeople(toks []model.Token, code string, sm, tm actor.Mention) bool {
	c := actor.CountryOf(sm.Code)
	return strings.HasPrefix(code, "14") && people(toks, sm) && len(tm.Code) > 3 && actor.CountryOf(tm.Code) == c && stateSector(tm.Code[3:])
}

// people reports a country's people: a mention coded as the bare country
// and named by a plural noun ("Venezuelans", "thousands of Peruvians").
// The country itself ("Peru protested"), a capital read as the
// government and one person are not.
func people(toks []model.Token, m actor.Mention) bool {
	if c := actor.CountryOf(m.Code); c == "" || m.Code != c || m.Capital || m.Person || m.Head < 0 || m.Head >= len(toks) {
		return false
	}
	x := toks[m.Head].XPOS
	return x == "NNPS" || x == "NNS"
}

// namesEnvoy reports a clause whose pattern names a diplomatic envoy
// (the verb dictionary's &ENVOY: ambassador, chargé d'affaires, attaché)
// as what the verb acts on: summoning, expelling, ordering to leave.
func namesEnvoy(cl *clause) bool {
	if cl.m.p == nil {
		return false
	}
	var has func(es []dict.Element) bool
	has = func(es []dict.Element) bool {
		for _, e := range es {
			for _, t := range e.Terms {
				if strings.EqualFold(strings.TrimRight(strings.TrimPrefix(t.Synset, "&"), "_"), "ENVOY") {
					return true
				}
			}
			if has(e.Objects) {
				return true
			}
		}
		return false
	}
	return has(cl.m.p.After) || has(cl.m.p.Before)
}

// selfEvent reports an event whose source and target are the same actor,
// a country and its state ("ALBGOV" and "ALB", "RUS" and "RUSMIL"), or a
// state organ and one of its own ("KORGOV" and "KORGOVMIL"): an actor
// does not act on itself. Domestic events between the state and
// others ("ALBOPP" against "ALBGOV", "TURREB" against "TUR") remain.
func selfEvent(s, t actor.Mention) bool {
	if s.Code == t.Code {
		return true
	}
	c := actor.CountryOf(s.Code)
	if c == "" || c != actor.CountryOf(t.Code) {
		return false
	}
	switch {
	case len(s.Code) == 3:
		return stateSector(t.Code[3:])
	case len(t.Code) == 3:
		return stateSector(s.Code[3:])
	}
	// "South Korea's president convened his national security council"
	// (KORGOV and KORGOVMIL): a state organ and one of its own.
	if stateSector(s.Code[3:]) && stateSector(t.Code[3:]) && (strings.HasPrefix(t.Code, s.Code) || strings.HasPrefix(s.Code, t.Code)) {
		return true
	}
	return false
}

// givingVerbs are the verbs (upper-case lemmas) of giving material that
// the dictionary codes as plain material cooperation (060).
var givingVerbs = map[string]bool{"PROVIDE": true, "SUPPLY": true, "GIVE": true}

// armedForces reports an actor code of a country's (or an
// organisation's) armed forces: its sector after the country is MIL.
func armedForces(code string) bool {
	c := actor.CountryOf(code)
	return c != "" && strings.HasPrefix(code[len(c):], "MIL")
}

// stateSector reports an actor code's remainder after the country that
// names the state itself: government, military, police, legislature,
// judiciary, intelligence.
func stateSector(rest string) bool {
	if len(rest) < 3 {
		return false
	}
	switch rest[:3] {
	case "GOV", "MIL", "COP", "LEG", "JUD", "SPY":
		return true
	}
	return false
}

// genericAgents are agent phrases that name no one in particular as the
// target of an event ("told reporters", "called on people").
var genericAgents = map[string]bool{
	"REPORTERS": true, "REPORTER": true, "JOURNALISTS": true, "JOURNALIST": true,
	"PRESS": true, "MEDIA": true, "PEOPLE": true, "PUBLIC": true, "AUDIENCE": true,
	"NEWSMEN": true, "CORRESPONDENTS": true, "CROWD": true, "CROWDS": true,
	"CITIZENS": true, "RESIDENTS": true, "POPULATION": true,
}

// generic reports a bare generic agent ("reporters"), which is no target.
func generic(m actor.Mention) bool {
	if m.Kind != actor.Agent {
		return false
	}
	p := m.Agent
	if i := strings.LastIndexByte(p, ' '); i >= 0 {
		p = p[i+1:]
	}
	return genericAgents[p]
}

// genericAt reports a generic agent that opens its mention and took its
// country from a place after it ("told reporters in Lima"), no more a
// target than a bare one; "Peruvian reporters" names whose they are.
func genericAt(toks []model.Token, m actor.Mention) bool {
	if m.Kind == actor.Agent || m.Start >= len(toks) || m.End-m.Start < 2 {
		return false
	}
	w := strings.ToUpper(toks[m.Start].Form)
	return genericAgents[w] && strings.HasSuffix(m.Agent, w)
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
	if strings.HasPrefix(t.Entry, contextEntry) || strings.HasPrefix(s.Entry, sourceContextEntry) {
		c -= 0.2
	}
	return float64(int(min(max(c, 0.05), 0.99)*100+0.5)) / 100
}

// reflexiveObject reports a verb at v whose direct object in the parse is
// a reflexive pronoun ("killed themselves").
func (a *article) reflexiveObject(v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	for _, c := range t.kids[v] {
		if t.rel[c] != "obj" || a.toks[c].UPOS != "PRON" {
			continue
		}
		if w := strings.ToLower(a.toks[c].Form); strings.HasSuffix(w, "self") || strings.HasSuffix(w, "selves") {
			return true
		}
	}
	return false
}

// intransitive reports a verb at v that the parse gives no direct
// object.
func (a *article) intransitive(v int) bool { return a.t.ok && !a.hasObject(v) }

// hasObject reports a verb at v with a direct object in the parse.
func (a *article) hasObject(v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	for _, c := range t.kids[v] {
		if t.rel[c] == "obj" {
			return true
		}
	}
	return false
}

// asMarked reports a verb at v whose clause the parse opens with "as"
// ("as we have mentioned", "as the minister noted").
func (a *article) asMarked(v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	for _, c := range t.kids[v] {
		if t.rel[c] == "mark" && c < v && strings.EqualFold(a.toks[c].Form, "as") {
			return true
		}
	}
	return false
}

// associateLemmas are verbs of association (upper-case lemmas).
var associateLemmas = map[string]bool{"ASSOCIATE": true, "AFFILIATE": true}

// namingParticiple reports a past form at v that the parse hangs on a
// noun or beside a clause with no subject, auxiliary, "by" agent or
// actor as object of its own: a name given to what it follows ("a gang
// called the Red Front", "an air base, also called Camp Tacna"), no act
// of calling.
func (a *article) namingParticiple(v int) bool {
	t := &a.t
	if !t.ok || a.toks[v].XPOS != "VBN" && a.toks[v].XPOS != "VBD" {
		return false
	}
	if r := t.rel[v]; r != "acl" && r != "parataxis" {
		return false
	}
	for _, c := range t.kids[v] {
		switch r := t.rel[c]; base(r) {
		case "nsubj", "csubj", "aux":
			return false
		case "obj", "iobj":
			// "the minister called Chile's president", parsed as a
			// participle on "minister": an actor as the object is
			// called.
			if c < len(a.w.act) && a.w.act[c] {
				return false
			}
		case "obl":
			if r == "obl:agent" {
				return false
			}
		}
	}
	return true
}

// namesObject reports a verb at v with two objects in the parse, the
// second saying what the first is ("calls him a separatist", also as a
// noun hung on the object: "calls the presence a tragedy"), an object
// with an open complement ("called the decision illegal"), or an object
// said indefinitely or quoted, a name given ("which he calls a
// \"terrorist militia\"").
func (a *article) namesObject(v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	objs, pred := 0, false
	for _, c := range t.kids[v] {
		switch t.rel[c] {
		case "obj", "iobj":
			objs++
			// "which he calls a \"terrorist militia\"": an object one
			// names is said indefinitely or in quotation marks.
			if lo, _ := t.span(c); lo > v {
				switch strings.ToLower(a.toks[lo].Form) {
				case "a", "an", "\"", "“", "``":
					return true
				}
			}
			// "calls the Peruvian presence in Arica a tragedy": the
			// name said indefinitely, hung on the object.
			for _, d := range t.kids[c] {
				// "called Chile's claims historic and baseless": an
				// adjective after the object's noun, which the parse
				// hangs on it, is what the object is called.
				if t.rel[d] == "amod" && d > c && a.toks[d].UPOS == "ADJ" {
					pred = true
				}
				if t.rel[d] == "nmod:unmarked" && d > c {
					if lo, _ := t.span(d); a.toks[d].UPOS == "NOUN" && (strings.EqualFold(a.toks[lo].Form, "a") || strings.EqualFold(a.toks[lo].Form, "an")) {
						pred = true
					}
				}
			}
		case "xcomp":
			pred = pred || !isVerb(a.toks[c])
		case "obl:unmarked":
			// "called his death \"a crisis of public trust\"": a bare
			// noun phrase after the object.
			pred = pred || a.toks[c].UPOS == "NOUN" && c > v
		}
	}
	return objs >= 2 || objs == 1 && pred
}

// learnLemmas are the verbs of hearing and learning of something.
var learnLemmas = map[string]bool{"HEAR": true, "LEARN": true}

// victimLemmas are verbs (upper-case lemmas) whose subject suffers the
// event: without a pattern that names the perpetrator, they code
// nothing.
var victimLemmas = map[string]bool{"DIE": true, "PERISH": true}

// answerLemmas are verbs of answering (upper-case lemmas): not doing so
// is declining comment.
var answerLemmas = map[string]bool{"COMMENT": true, "RESPOND": true, "REPLY": true}

// noComment reports a negated plain statement by a verb of answering
// ("Russia has not commented on the proposal", "did not immediately
// respond"): it answers, or fails to answer, the other country of the
// story's last sentences, whatever its object names.
func (a *article) noComment(toks []model.Token, cl *clause) bool {
	return cl.code == "010" && cl.rev == "" && answerLemmas[a.w.lem[cl.v]] && negated(toks, cl.v)
}

// own reports a target that is the source's own armed force or police:
// of its country ("Serbian President Vucic placed Serbia's army on
// alert": SRBGOV and SRBMIL), or a bare "the army", whatever country the
// story lent it.
func own(s, t actor.Mention) bool {
	c := actor.CountryOf(s.Code)
	if c == "" || len(t.Code) < 6 {
		return false
	}
	if k := t.Code[3:6]; k != "MIL" && k != "COP" {
		return false
	}
	return c == actor.CountryOf(t.Code) || t.Kind == actor.Agent && t.Antecedent != (model.Span{})
}

// modifier reports a noun right after a name at end, which the name then
// only modifies ("the NATO summit").
func modifier(toks []model.Token, end int) bool {
	return end < len(toks) && (toks[end].UPOS == "NOUN" || toks[end].UPOS == "PROPN")
}

// bareVerb reports a clause coded by its verb alone, no pattern words
// around it.
func bareVerb(cl *clause) bool {
	return cl.m.p == nil || len(cl.m.p.Before) == 0 && len(cl.m.p.After) == 0
}

// sameCountry reports two actors of one country.
func sameCountry(a, b actor.Mention) bool {
	c := actor.CountryOf(a.Code)
	return c != "" && c == actor.CountryOf(b.Code)
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

// eachOther reports "each other" or "one another" among the first words
// of the verb's clause after it.
func eachOther(toks []model.Token, cl *clause) bool {
	for k := cl.vEnd; k+1 < len(toks) && k < cl.hi && k < cl.vEnd+4; k++ {
		a, b := strings.ToLower(toks[k].Form), strings.ToLower(toks[k+1].Form)
		if a == "each" && b == "other" || a == "one" && b == "another" {
			return true
		}
	}
	return false
}

// launchLemmas fire or launch (upper-case lemmas), exerciseLemmas hold
// or begin, and missileNouns and exerciseNouns are what they do in a
// demonstration of military power.
var (
	launchLemmas   = map[string]bool{"FIRE": true, "LAUNCH": true, "TEST-FIRE": true}
	exerciseLemmas = map[string]bool{"HOLD": true, "BEGIN": true, "START": true, "STAGE": true, "CONDUCT": true, "LAUNCH": true}
	missileNouns   = map[string]bool{"MISSILE": true, "ROCKET": true, "SHOT": true}
	exerciseNouns  = map[string]bool{"EXERCISE": true, "DRILL": true, "MANOEUVRE": true, "MANEUVER": true, "WARGAME": true}
)

// demonstration reports a launch of missiles or rockets (or warning
// shots) whose target, if any, is not after "at", "on" or "against", or
// the holding of military exercises: CAMEO's demonstration of military
// power (150), not an attack.
func (a *article) demonstration(toks []model.Token, cl *clause, ms []actor.Mention, tgt int) bool {
	lem := a.w.lem[cl.v]
	nouns := missileNouns
	switch {
	case launchLemmas[lem] || lem == "TEST" && cl.vEnd < len(toks) && strings.EqualFold(toks[cl.vEnd-1].Form, "fired"):
	case exerciseLemmas[lem]:
		nouns = exerciseNouns
	default:
		return false
	}
	obj := -1
	for k := cl.vEnd; k < cl.hi && k < cl.vEnd+6 && k < len(toks); k++ {
		if nouns[a.w.lem[k]] && toks[k].UPOS == "NOUN" {
			obj = k
			break
		}
		switch toks[k].UPOS {
		case "DET", "ADJ", "NUM", "ADV", "PUNCT", "NOUN", "PRON":
			continue
		}
		return false
	}
	if obj < 0 {
		return false
	}
	if tgt >= 0 && ms[tgt].Start > 0 && ms[tgt].Start <= len(toks) {
		switch a.w.up[ms[tgt].Start-1] {
		case "AT", "ON", "AGAINST":
			return false
		case "INTO":
			// "fired rockets into Syria" strikes the country;
			// "into Japanese waters" names only where they fell.
			if !modifier(toks, ms[tgt].End) {
				return false
			}
		}
	}
	return true
}

// airStrikes reports a verb's object, within the first words after it,
// that is air strikes or air raids ("carried out air strikes",
// "launched airstrikes", "conducted a series of air raids"), in
// upper-case lemmas.
func (a *article) airStrikes(cl *clause) bool {
	for k := cl.vEnd; k < cl.hi && k < cl.vEnd+6 && k < len(a.toks) && k < len(a.w.lem); k++ {
		switch a.w.lem[k] {
		case "AIRSTRIKE", "AIR-STRIKE", "AIRRAID", "AIR-RAID":
			return true
		case "AIR":
			if k+1 < len(a.w.lem) && (a.w.lem[k+1] == "STRIKE" || a.w.lem[k+1] == "RAID") {
				return true
			}
		}
		switch a.toks[k].UPOS {
		case "VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PRON", "PROPN":
			return false
		}
	}
	return false
}

// militaryMeans reports words of military force among the words of a
// verb's clause after it (upper-case lemmas): military, war, defend,
// invade, retaliate militarily.
func (a *article) militaryMeans(cl *clause) bool {
	for k := cl.vEnd; k < cl.hi && k < len(a.w.lem); k++ {
		switch a.w.lem[k] {
		case "MILITARY", "MILITARY-TECHNICAL", "WAR", "DEFEND", "INVADE", "INVASION", "FORCE":
			return true
		}
	}
	return false
}

// crowdMeans pairs the first word of a means of crowd control with its
// second (upper-case lemma).
var crowdMeans = map[string]string{
	"TEAR": "GAS", "RUBBER": "BULLET", "WATER": "CANNON", "PEPPER": "SPRAY", "STUN": "GRENADE", "PLASTIC": "BULLET",
}

// crowdControl reports the means of crowd control among the words of a
// verb's clause: tear gas, rubber bullets, water cannon, pepper spray,
// stun grenades.
func (a *article) crowdControl(cl *clause) bool {
	for k := cl.lo; k+1 < cl.hi && k+1 < len(a.w.up); k++ {
		if means, ok := crowdMeans[a.w.up[k]]; ok && means == a.w.lem[k+1] {
			return true
		}
	}
	return false
}

// penaltyNouns are sanctions (upper-case lemmas).
var penaltyNouns = map[string]bool{"SANCTION": true, "TARIFF": true, "EMBARGO": true, "BOYCOTT": true}

// byPenalty reports a passive verb's clause whose "by" phrase, right
// after the verb, is headed by a sanction or tariff within four words
// ("hit by retaliatory Chinese tariffs").
func (a *article) byPenalty(cl *clause) bool {
	k := cl.vEnd
	if k >= cl.hi || k >= len(a.toks) || !strings.EqualFold(a.toks[k].Form, "by") {
		return false
	}
	for j := k + 1; j < cl.hi && j < len(a.w.lem) && j <= k+4; j++ {
		if penaltyNouns[a.w.lem[j]] {
			return true
		}
		if a.toks[j].UPOS == "PUNCT" || a.toks[j].UPOS == "ADP" || isVerb(a.toks[j]) {
			return false
		}
	}
	return false
}

// hostsThing reports a verb at v whose object in the parse is a noun
// that no actor is, and no party of visitors or people (visitorNouns,
// peopleNouns), with the mention m only inside it as a modifier
// ("hosting Peruvian government websites").
func (a *article) hostsThing(m actor.Mention, v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	for _, o := range t.kids[v] {
		if t.rel[o] != "obj" {
			continue
		}
		if a.toks[o].UPOS != "NOUN" || o >= m.Start && o < m.End || o < len(a.w.act) && a.w.act[o] ||
			visitorNouns[a.w.lem[o]] || peopleNouns[a.w.lem[o]] {
			return false
		}
		lo, hi := t.span(o)
		return m.Start >= lo && m.End <= hi
	}
	return false
}

// objectMention reports a mention within the direct object of the verb
// at v in the parse ("discussed Bolivia and Ecuador", "discussed the
// crisis in Syria").
func (a *article) objectMention(m actor.Mention, v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	for _, o := range t.kids[v] {
		// The parse takes a bare object for "obl:unmarked" at times.
		if t.rel[o] != "obj" && !(t.rel[o] == "obl:unmarked" && o > v) {
			continue
		}
		if lo, hi := t.span(o); m.Start >= lo && m.End <= hi {
			return true
		}
	}
	return false
}

// topicLemmas are verbs whose object is a matter taken up with someone
// (upper-case lemmas).
var topicLemmas = map[string]bool{"DISCUSS": true, "DEBATE": true}

// cordonLemmas are verbs of closing off or encircling a place
// (upper-case lemmas; SEAL and CORDON as in "sealed off", "cordoned
// off").
var cordonLemmas = map[string]bool{
	"CORDON": true, "SEAL": true, "BLOCK": true, "BARRICADE": true,
	"SURROUND": true, "ENCIRCLE": true,
}

// aroundPrep are the prepositions that place a noun by another
// ("the streets near the embassy").
var aroundPrep = map[string]bool{"near": true, "around": true, "outside": true}

// aroundObject reports whether the noun phrase holding token k stands
// after "near", "around" or "outside" right after a noun that follows
// the verb ending at vEnd: "sealed off the streets near [the Israeli
// embassy]". An actor that is the object itself ("surrounded Syrian
// troops near the border") is not in such a phrase.
func aroundObject(toks []model.Token, k, vEnd int) bool {
	for n := 0; n < 4 && k > vEnd; n++ {
		switch toks[k-1].UPOS {
		case "DET", "ADJ", "ADV", "NUM", "PROPN":
			k--
			continue
		}
		break
	}
	if k-2 < vEnd || !aroundPrep[strings.ToLower(toks[k-1].Form)] {
		return false
	}
	u := toks[k-2].UPOS
	return u == "NOUN" || u == "PROPN"
}

// surroundLemmas are verbs of surrounding (upper-case lemmas).
var surroundLemmas = map[string]bool{"SURROUND": true, "ENCIRCLE": true, "ENCLOSE": true}

// bareCountry reports the code of a country alone, with no actor type
// ("TUR", not "TURMIL").
func bareCountry(code string) bool { return len(code) == 3 && actor.CountryOf(code) == code }

// describedPeople reports a mention that is the bare word "people" on
// which the parse hangs the verb at v as a relative clause ("people who
// defeated ISIS").
func (a *article) describedPeople(m actor.Mention, v int) bool {
	t := &a.t
	if !t.ok || t.rel[v] != "acl:relcl" || m.Kind != actor.Agent || m.Agent != "PEOPLE" || m.End-m.Start != 1 {
		return false
	}
	h := t.head[v]
	return h >= m.Start && h < m.End
}

// thingAgent reports a passive verb at v whose "by" agent in the parse
// is a noun that no actor is, with the mention m only inside it ("by
// Peru's refusal", "by the decision of Peru's president").
func (a *article) thingAgent(m actor.Mention, v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	for _, o := range t.kids[v] {
		if t.rel[o] != "obl:agent" {
			continue
		}
		if a.toks[o].UPOS != "NOUN" || o >= m.Start && o < m.End || o < len(a.w.act) && a.w.act[o] {
			return false
		}
		lo, hi := t.span(o)
		return m.Start >= lo && m.End <= hi
	}
	return false
}

// feelingLemmas are verbs of feeling whose passive says how its subject
// takes what the "by" phrase names (upper-case lemmas).
var feelingLemmas = map[string]bool{
	"ENCOURAGE": true, "HEARTEN": true, "DISAPPOINT": true, "DISHEARTEN": true, "DISCOURAGE": true,
	"ALARM": true, "TROUBLE": true, "DISMAY": true, "DISTURB": true, "WORRY": true,
	"CONCERN": true, "ANGER": true, "SADDEN": true, "FRUSTRATE": true, "PLEASE": true,
	"SATISFY": true, "REASSURE": true, "IMPRESS": true, "SURPRISE": true, "DELIGHT": true,
}

// visitorNouns are parties one hosts on a visit (upper-case lemmas).
var visitorNouns = map[string]bool{
	"DELEGATION": true, "TEAM": true, "MISSION": true, "PARTY": true, "GROUP": true, "CONTINGENT": true,
	"ENTOURAGE": true, "VISITOR": true, "GUEST": true, "COUNTERPART": true, "CREW": true,
}

// peopleNouns are groups of people one may take in (upper-case lemmas).
var peopleNouns = map[string]bool{
	"MEMBER": true, "REFUGEE": true, "MIGRANT": true, "EXILE": true, "DISSIDENT": true,
	"ASYLUM-SEEKER": true, "FIGHTER": true, "CIVILIAN": true, "EVACUEE": true,
}

// hostsPeople reports a verb whose object is a group of people ("several
// thousand members of", "refugees") rather than a visitor, a meeting or
// an event.
func (a *article) hostsPeople(cl *clause) bool {
	for k := cl.vEnd; k < cl.hi && k < cl.vEnd+5 && k < len(a.w.lem); k++ {
		if peopleNouns[a.w.lem[k]] && a.toks[k].UPOS == "NOUN" {
			return true
		}
		switch a.toks[k].UPOS {
		case "DET", "ADJ", "NUM", "ADV":
			continue
		}
		if a.w.lem[k] == "THOUSAND" || a.w.lem[k] == "HUNDRED" || a.w.lem[k] == "DOZEN" {
			continue
		}
		return false
	}
	return false
}

// quoted reports a token k after the verb at v inside quotation marks
// that open after the verb.
func quoted(toks []model.Token, v, k int) bool {
	n := 0
	for j := v + 1; j < k && j < len(toks); j++ {
		switch toks[j].Form {
		case "\"", "“", "”", "``", "''":
			n++
		}
	}
	return n%2 == 1
}

// hyphenModifier reports a mention joined by a hyphen to a participle
// after it ("Russia-brokered", "U.S.-backed", "Israeli-managed").
func hyphenModifier(toks []model.Token, m actor.Mention) bool {
	k := m.End
	return k+1 < len(toks) && toks[k].Form == "-" && toks[k].Start == toks[k-1].End &&
		(toks[k+1].XPOS == "VBN" || toks[k+1].XPOS == "VBD" || strings.HasSuffix(strings.ToLower(toks[k+1].Form), "ed"))
}

// threat reports a code of a threat (CAMEO 13).
func threat(code string) bool { return strings.HasPrefix(code, "13") }

// aside reports a mention that stands beside an event rather than in it:
// the source of a report ("according to Chinese state television",
// "according to a statement from the Council of the EU"), who asked
// for the deed ("at the request of Chile", "at Chile's request") or a
// partner of the source ("together with Sweden", "along with Japan",
// "alongside Britain", "on the side of Chile"). Articles, modifiers and
// an owner ("on the side of Saddam Hussein's army") may stand between
// the words and the name.
func aside(toks []model.Token, m actor.Mention) bool {
	k := m.Start - 1
	for k >= 0 && k >= m.Start-4 && (toks[k].UPOS == "DET" || toks[k].UPOS == "ADJ" || toks[k].UPOS == "PROPN" || toks[k].UPOS == "NOUN" || toks[k].XPOS == "POS") {
		k--
	}
	if k < 1 {
		return false
	}
	w, prev := strings.ToLower(toks[k].Form), strings.ToLower(toks[k-1].Form)
	switch {
	case w == "to" && prev == "according":
		return true
	case w == "of" && requestNouns[prev] && k >= 3 && strings.EqualFold(toks[k-2].Form, "the") && atOrUpon(toks[k-3].Form):
		// "agreed, at the request of Chile, to take in refugees": who
		// asked for a deed is no party to it.
		return true
	case atOrUpon(w) && m.End+1 < len(toks) && toks[m.End].XPOS == "POS" && requestNouns[strings.ToLower(toks[m.End+1].Form)]:
		// "at Chile's request".
		return true
	case w == "of" && prev == "side" && k >= 3 && strings.EqualFold(toks[k-2].Form, "the") && strings.EqualFold(toks[k-3].Form, "on"):
		// "fought on the side of Chile's army against Peru": an ally,
		// as "alongside".
		return true
	case w == "of" && (prev == "sidelines" || prev == "margins" || prev == "sideline" || prev == "margin"):
		// "met on the sidelines of the UN General Assembly": where,
		// not with whom.
		return true
	case w == "from" || w == "by" || w == "of":
		// "according to a statement from the Council of the EU": the
		// author of the report "according to" names.
		for j := k - 1; j >= 1 && j >= k-8; j-- {
			if strings.EqualFold(toks[j].Form, "to") && strings.EqualFold(toks[j-1].Form, "according") {
				return true
			}
			switch toks[j].UPOS {
			case "DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP":
			default:
				return false
			}
		}
	case w == "with" && (prev == "together" || prev == "along"):
		return true
	case w == "alongside":
		return true
	}
	return false
}

// supported reports a mention after "in support of" (articles and
// modifiers between) whose words the clause's pattern does not use:
// "conducted strikes in support of the government of Iraq" names an
// ally the deed helps, not its target, where "demonstrated in support
// of the president" ("- * (IN SUPPORT) [053]") names whom it supports.
func supported(toks []model.Token, m actor.Mention, cm *match) bool {
	k := m.Start - 1
	for k >= 0 && k >= m.Start-4 && (toks[k].UPOS == "DET" || toks[k].UPOS == "ADJ" || toks[k].UPOS == "PROPN" || toks[k].UPOS == "NOUN" || toks[k].XPOS == "POS") {
		k--
	}
	if k < 2 || !strings.EqualFold(toks[k].Form, "of") || !strings.EqualFold(toks[k-1].Form, "support") || !strings.EqualFold(toks[k-2].Form, "in") {
		return false
	}
	return !cm.uses(k-1) && !cm.uses(k-2)
}

// requestNouns are the nouns of "at the request of X" and "at X's
// request" (lower case): they name who asked for a deed.
var requestNouns = map[string]bool{"request": true, "behest": true, "urging": true}

// atOrUpon reports the word "at" or "upon", in any case.
func atOrUpon(w string) bool { return strings.EqualFold(w, "at") || strings.EqualFold(w, "upon") }

// posture reports a code of a show of force (CAMEO 15: military or
// police alert, mobilisation), whose object is the source's own forces.
func posture(code string) bool { return strings.HasPrefix(code, "15") }

// located reports a mention that names where something happens, not who
// acts: the object of "in", "at" or "near" ("African leaders meeting in
// Addis Ababa called on ..."), also past a part of the country ("died in
// northern Syria").
func located(toks []model.Token, m actor.Mention) bool {
	k := m.Start - 1
	for k > 0 && (regionWords[strings.ToLower(toks[k].Form)] || strings.EqualFold(toks[k].Form, "the")) {
		k--
	}
	if k < 0 || k >= len(toks) {
		return false
	}
	switch strings.ToLower(toks[k].Form) {
	case "in", "at", "near":
		return true
	}
	return false
}

// ownerInThing reports a mention that owns a lower-case common noun no
// actor names, inside an "of" phrase on another such noun ("the collapse
// of Chile's currency"): a thing's, not an actor's, part of the sentence.
// A name that only modifies the noun ("the leader of the main Islamist
// alliance", where "leader" may be no mention) is left alone.
func (a *article) ownerInThing(toks []model.Token, m actor.Mention) bool {
	thing := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].UPOS == "NOUN" && toks[k].Form == strings.ToLower(toks[k].Form) && !(k < len(a.w.act) && a.w.act[k])
	}
	j := m.End
	if j >= len(toks) || toks[j].Form != "'s" && toks[j].Form != "’s" || !thing(j+1) {
		return false
	}
	k := m.Start - 1
	for k > 0 && (toks[k].UPOS == "DET" || toks[k].UPOS == "ADJ") {
		k--
	}
	return k > 0 && strings.EqualFold(toks[k].Form, "of") && thing(k-1)
}

// placeOfThing reports a mention after "in", "at" or "near" (located)
// right after a lower-case common noun: where a thing is ("water supplies
// in Chile").
func placeOfThing(toks []model.Token, m actor.Mention) bool {
	if !located(toks, m) {
		return false
	}
	k := m.Start - 1
	for k > 0 && (regionWords[strings.ToLower(toks[k].Form)] || strings.EqualFold(toks[k].Form, "the")) {
		k--
	}
	k-- // the preposition
	return k >= 0 && toks[k].UPOS == "NOUN" && toks[k].Form == strings.ToLower(toks[k].Form)
}

// regionWords name a part of a country before its name (lower case:
// "northern Syria").
var regionWords = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
}

// reverseOblique reports whether a mention stands right after a
// preposition (past a "the") other than "from", "by" or "of", which
// name who a reverse event's criticism, calls or sanctions come from. A
// possessor ("over its decision", "with Chile's navy") is the owner of
// the preposition's noun, not its object, and is not reported.
func reverseOblique(toks []model.Token, m actor.Mention) bool {
	if toks[m.Head].XPOS == "PRP$" || m.End < len(toks) && (toks[m.End].Form == "'s" || toks[m.End].Form == "’s") {
		return false
	}
	k := m.Start - 1
	if k > 0 && strings.EqualFold(toks[k].Form, "the") {
		k--
	}
	if k < 0 || k >= len(toks) || toks[k].XPOS != "IN" && toks[k].XPOS != "TO" {
		return false
	}
	switch strings.ToLower(toks[k].Form) {
	case "from", "by", "of":
		return false
	}
	return true
}

// wordBefore returns, in lower case, the word before a mention, read past
// a "the" ("in the Hague" gives "in"), or "" at the sentence's start.
func wordBefore(toks []model.Token, m actor.Mention) string {
	k := m.Start - 1
	if k > 0 && strings.EqualFold(toks[k].Form, "the") {
		k--
	}
	if k < 0 || k >= len(toks) {
		return ""
	}
	return strings.ToLower(toks[k].Form)
}

// freeRelative returns, for a verb at v in a free relative ("what Turkey
// called"), the verb the relative is an argument of ("staged"), else -1.
func (a *article) freeRelative(v int) int {
	t := &a.t
	for k := v - 1; k >= 0 && k >= v-6; k-- {
		if !strings.EqualFold(a.toks[k].Form, "what") {
			continue
		}
		for h, n := t.head[k], 0; h >= 0 && n < 3; h, n = t.head[h], n+1 {
			if h != v && isVerb(a.toks[h]) {
				return h
			}
		}
		return -1
	}
	return -1
}

// locatedIn reports a mention after "in" or "near" (an article may stand
// between): where something happens, never what it is aimed at, as one
// after "at" may be ("fired shells at Seoul").
func locatedIn(toks []model.Token, m actor.Mention) bool {
	w := wordBefore(toks, m)
	return w == "in" || w == "near"
}

// travelLemmas are the verbs (upper-case lemmas) of going somewhere or
// meeting someone, which are a visit (042) where the place is another
// country's.
var travelLemmas = map[string]bool{
	"ARRIVE": true, "TRAVEL": true, "FLY": true, "COME": true, "GO": true,
	"JOURNEY": true, "TOUR": true, "VISIT": true, "MEET": true,
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
	// officials in Isfahan").
	sc := actor.CountryOf(ms[src].Code)
	if pc == "" || sc == pc || sc == "" && (tgt < 0 || actor.CountryOf(ms[tgt].Code) != pc || a.w.lem[cl.v] != "MEET") {
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
	for _, m := range ms {
		if m.Start <= k && k < m.End {
			return actor.Mention{}, false
		}
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
	m.Actor = model.Actor{Code: c.CAMEO, Name: strings.ToUpper(c.Name), Country: c.CAMEO, Entry: "place " + p.Name + " (gazetteer), its country"}
	return m, true
}

// isQuote reports a quotation mark.
func isQuote(f string) bool {
	switch f {
	case "\"", "“", "”", "'", "‘", "’", "``", "''":
		return true
	}
	return false
}

// dropGovernor removes the events of the current sentence s coded from
// the verb governing the infinitive at v: "hoped to visit" is the intent
// to visit, not a hope.
func (a *article) dropGovernor(s *model.Sentence, toks []model.Token, v int) {
	g := governor(toks, v)
	if g < 0 {
		return
	}
	out := a.events[:0]
	var speech, sub []bool
	first := len(a.events) - len(a.speech)
	for i, e := range a.events {
		if e.Evidence.Sentence == s.Span && e.Evidence.Predicate.Start == toks[g].Start {
			delete(a.seen, e.Source.Code+"|"+e.Target.Code+"|"+e.Code+"|"+e.Date.String())
			continue
		}
		out = append(out, e)
		if i >= first {
			speech = append(speech, a.speech[i-first])
			sub = append(sub, a.sub[i-first])
		}
	}
	a.events = out
	a.speech = append(a.speech[:0], speech...)
	a.sub = append(a.sub[:0], sub...)
}

// reciprocal reports an event code whose compound source, with no target
// named, acts on each other: meeting, cooperating, exchanging, fighting
// ("Colombia and Venezuela restored relations"), not appealing or
// threatening ("Colombia and Brazil called for a recount"), nor praising,
// defending, apologising or forgiving.
func reciprocal(code string) bool {
	if len(code) < 2 {
		return false
	}
	// Political reform, a change of leadership or elections (034x,
	// 083x) are each party's own: "Peru and Chile will hold elections".
	if strings.HasPrefix(code, "034") || strings.HasPrefix(code, "083") {
		return false
	}
	// Praise, verbal defence, rallying support, apology and forgiveness
	// (051, 052, 053, 055, 056) go one way, at what is named: "France
	// and Germany welcomed the deal" is no praise of each other, unlike
	// signing an agreement or restoring relations (057, 054).
	switch {
	case strings.HasPrefix(code, "051"), strings.HasPrefix(code, "052"), strings.HasPrefix(code, "053"),
		strings.HasPrefix(code, "055"), strings.HasPrefix(code, "056"):
		return false
	}
	switch code[:2] {
	case "03", "04", "05", "06", "08", "19":
		return true
	}
	return false
}

// mutualLemmas are verbs whose deed, done to a thing, is still done
// between the doers: "Peru and Chile fought a war", "exchanged fire",
// "traded blows". "FOUGHT" is there as a word: the lemmatizer gives
// "fink" for it.
var mutualLemmas = map[string]bool{"FIGHT": true, "FOUGHT": true, "EXCHANGE": true, "TRADE": true, "SWAP": true, "WAGE": true}

// oneWayDeed reports a yielding (but a de-escalation, 087), fighting or
// aid pledge (CAMEO 08, 19, 033) whose verb at v has a direct object and is not mutual by nature:
// "France and Germany bombed the rebel camps", "lifted the ban", "offered
// economic aid" are done by each to the thing, not to each other.
func (a *article) oneWayDeed(code string, v int) bool {
	// A ceasefire agreed or a truce signed (087) is between the doers.
	if !strings.HasPrefix(code, "08") && !strings.HasPrefix(code, "19") && !strings.HasPrefix(code, "033") || strings.HasPrefix(code, "087") {
		return false
	}
	return a.hasObject(v) && !mutualLemmas[a.w.lem[v]] && !mutualLemmas[strings.ToUpper(a.toks[v].Lemma)] && !mutualLemmas[a.w.up[v]]
}

// unplaced reports an agent that no country or organisation claims ("the
// army" in a story that names no country, "merchant ships"): with no code
// for unknown actors set (actor.Resolver.Unknown), its bare agent code
// ("MIL") names no one.
func (a *article) unplaced(m actor.Mention) bool {
	return m.Kind == actor.Agent && m.Country == "" && a.c.r.Unknown == "" && !strings.HasPrefix(m.Code, "IGO")
}

// force reports a code of material conflict by force: assault, fight or
// mass violence (CAMEO roots 18, 19 and 20).
func force(code string) bool {
	return strings.HasPrefix(code, "18") || strings.HasPrefix(code, "19") || strings.HasPrefix(code, "20")
}

// militaryPost reports a country's name or adjective before "positions",
// "posts", "outposts" or "trenches" ("Armenian positions", "Peru's
// border posts"): the places its forces hold.
func militaryPost(toks []model.Token, m actor.Mention) bool {
	k := m.End
	if k > 0 && k < len(toks) && toks[k].Form == "'s" {
		k++
	}
	if k > 0 && k < len(toks) {
		switch strings.ToLower(toks[k].Form) {
		case "border", "military", "army", "frontline", "front-line":
			k++
		}
	}
	if k <= 0 || k >= len(toks) {
		return false
	}
	switch strings.ToLower(toks[k].Form) {
	case "positions", "posts", "outposts", "trenches":
		return true
	}
	return false
}

// descriptorNouns are the nouns (lower case) that describe a named
// group right after its name ("the ELN guerrilla group").
var descriptorNouns = map[string]bool{
	"group": true, "guerrilla": true, "guerrillas": true, "rebel": true, "rebels": true,
	"militia": true, "movement": true, "organisation": true, "organization": true,
	"faction": true, "alliance": true, "coalition": true,
}

// afterDescriptor returns where the words after a name ending at end
// stop describing it, before v: a bracketed short name ("(ELN)") and
// descriptive nouns ("guerrilla group").
func afterDescriptor(toks []model.Token, end, v int) int {
	k := end
	if k < v && toks[k].Form == ")" && k > 0 && toks[k-1].UPOS == "PROPN" {
		k++ // the name was the short one in brackets
	}
	if k+2 < v && toks[k].Form == "(" {
		j := k + 1
		for j < v && toks[j].UPOS == "PROPN" {
			j++
		}
		if j > k+1 && j < v && toks[j].Form == ")" {
			k = j + 1
		}
	}
	j := k
	for j < v && toks[j].UPOS == "NOUN" && descriptorNouns[strings.ToLower(toks[j].Form)] {
		j++
	}
	if j > k {
		return j
	}
	return k
}

// facility reports a mention whose agent names a building or a place
// people live or work in ("visited the prison", "a settlement bloc",
// "a hospital"): it can be visited, but it hosts no visit (043); whoever
// runs it would.
func facility(m actor.Mention) bool {
	if m.Person {
		return false
	}
	f := strings.Fields(m.Agent)
	return len(f) > 0 && facilityNouns[f[len(f)-1]]
}

// unplacedFacility reports a visit or a trip (CAMEO 036, 04) to a
// building or settlement that no country is named with ("made a trip to
// the hospital", "paid a visit to the city's prison"): the country the
// text so far gives it is a guess, and a building met no one; what
// country the place is in the coder does not know, so it codes no visit.
func unplacedFacility(code string, tm actor.Mention) bool {
	return (code == "036" || strings.HasPrefix(code, "04")) && tm.Kind == actor.Agent && facility(tm)
}

// facilityNouns are the upper-case agent nouns of the agent dictionary
// that name a building or a settlement rather than people.
var facilityNouns = map[string]bool{
	"PRISON": true, "JAIL": true, "HOSPITAL": true, "CLINIC": true, "SCHOOL": true,
	"COLLEGE": true, "UNIVERSITY": true, "SETTLEMENT": true, "VILLAGE": true,
	"CAMP": true,
}

// material reports a code of a material act (CAMEO 06-09 and 14-20:
// cooperation, aid, yielding, investigating, protesting, force posture,
// reducing relations, coercion, assault, fighting, mass violence), as
// against a statement (01-05, 10-13).
func material(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "06", "07", "08", "09", "14", "15", "16", "17", "18", "19", "20":
		return true
	}
	return false
}

// firstPerson reports a verb at v whose subject, right before it (past
// auxiliaries and adverbs), is "we" or "I".
func firstPerson(toks []model.Token, lo, v int) bool {
	return firstPersonAt(toks, lo, v) >= 0
}

// firstPersonAt returns the token of the "we" or "I" that is the subject
// right before the verb at v (past auxiliaries and adverbs), or -1.
func firstPersonAt(toks []model.Token, lo, v int) int {
	k := v - 1
	for k >= lo && (toks[k].UPOS == "AUX" || toks[k].UPOS == "ADV" || toks[k].UPOS == "PART") {
		k--
	}
	if k < lo || k < 0 {
		return -1
	}
	if f := plainWord(toks[k].Form); f == "we" || f == "i" {
		return k
	}
	return -1
}

// speakerBefore returns the speaker of a direct quote that holds the verb
// at v and goes on from a quote of the sentence before, the speaker's
// name standing in that sentence ("“We pray for them,” said Peru's
// foreign minister. “We thank the Chilean government.”"), as a mention at
// the token w of "we" or "I" that stands for the speaker. The quote must
// be the one after that sentence's last direct quote and have the same
// speaker.
func (a *article) speakerBefore(toks []model.Token, v, w int) (actor.Mention, bool) {
	if w < 0 || a.si == 0 || a.si > len(a.mentions) {
		return actor.Mention{}, false
	}
	pos := toks[v].Start
	cur, prev := -1, -1
	for i, q := range a.quotes {
		if !q.Direct {
			continue
		}
		if pos >= q.Start && pos < q.End {
			cur = i
			break
		}
		prev = i
	}
	if cur < 0 || prev < 0 {
		return actor.Mention{}, false
	}
	q, p := a.quotes[cur], a.quotes[prev]
	name := q.Speaker.Name
	if name == "" || p.Speaker.Name != name || p.End > q.Start {
		return actor.Mention{}, false
	}
	ms := a.mentions[a.si-1]
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		// The speaker stands beside the quote before: after it
		// ("“...,” said X.") or just before it ("X said: “...”").
		near := m.Span.Start >= p.End && m.Span.End <= q.Start || m.Span.End <= p.Start && p.Start-m.Span.End <= speakerGap
		if m.Code == "" || m.Kind == actor.Pronoun || !near || m.Span.End > len(a.text) || m.Span.Start >= m.Span.End {
			continue
		}
		t := a.text[m.Span.Start:m.Span.End]
		if !strings.Contains(t, name) && !strings.Contains(name, t) && !a.titleOf(m.Span.End, name) {
			continue
		}
		m.Antecedent = m.Span
		m.Span = model.Span{Start: toks[w].Start, End: toks[w].End}
		m.Start, m.End, m.Head, m.Kind = w, w+1, w, actor.Pronoun
		m.Entry = "speaker of the quote before (" + m.Entry + ")"
		return m, true
	}
	return actor.Mention{}, false
}

// titleOf reports a mention ending at end that is the title or office of
// the person named name a few words later ("White House Press Secretary
// Jane Doe": "White House" ends the mention).
func (a *article) titleOf(end int, name string) bool {
	i := strings.Index(a.text[end:min(end+40, len(a.text))], name)
	if i < 0 {
		return false
	}
	between := a.text[end : end+i]
	return !strings.ContainsAny(between, ",;:.()“”\"")
}

// speakerGap bounds, in bytes, how far before the quote it speaks a
// speaker may be named ("Peru's foreign minister told reporters on
// Monday: “...”").
const speakerGap = 80

// quoteSpeaker returns the mention that speaks the direct quote holding
// the verb at v: the actor named right after a reporting verb of the
// sentence outside the quote ("..., said Peru's foreign minister"), else
// that verb's speaker before it; -1 for none.
func (a *article) quoteSpeaker(toks []model.Token, ms []actor.Mention, v int, says []say) int {
	pos := toks[v].Start
	in := func(q model.Quote, k int) bool { return toks[k].Start >= q.Start && toks[k].Start < q.End }
	for _, q := range a.quotes {
		if !q.Direct || pos < q.Start || pos >= q.End {
			continue
		}
		for k := range toks {
			if in(q, k) || !isVerb(toks[k]) || !sayLemmas[a.w.lem[k]] {
				continue
			}
			for i, m := range ms {
				if m.Start > k && m.Start <= k+5 && !in(q, m.Start) {
					return i
				}
			}
			for _, sv := range says {
				if sv.v == k && !in(q, ms[sv.who].Start) {
					return sv.who
				}
			}
		}
	}
	return -1
}

// spoken reports a CAMEO code of words or meetings other than an intent
// or a threat (01, 02, 04, 05, 10, 11, 12): said or done where the
// sentence says they may be, they have not been. Intents (03) and
// threats (13) speak of the future themselves.
func spoken(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "01", "02", "04", "05", "10", "11", "12":
		return true
	}
	return false
}

// distantIt reports a mention that is the pronoun "it" standing for a
// country or a news outlet named in an earlier sentence, as the party of
// a deed (CAMEO 04, 06-09, 14-20) rather than of words: across sentences
// such an "it" stands for a thing or a state of affairs far more often
// than for the country ("It comes after a record harvest", "It would
// also let exporters sell more", "it felt like luck was helping her"), so it
// is no party. Things do not speak: "It accused Peru of spying" keeps the
// country; so do "it" for a ministry, government or organisation, "it"
// after its antecedent in the same sentence ("Chile said it regrets")
// and "its". An "it" that stands for another "it" of its sentence stands
// for what that one does ("we can approach it differently, so it does
// not take over the towns").
func distantIt(toks []model.Token, s *model.Sentence, ms []actor.Mention, m actor.Mention, code string) bool {
	if m.Kind != actor.Pronoun || m.End-m.Start != 1 || !strings.EqualFold(toks[m.Start].Form, "it") || m.Antecedent.End == 0 {
		return false
	}
	if m.Antecedent.Start >= s.Span.Start {
		for _, p := range ms {
			if p.Span == m.Antecedent && p.Kind == actor.Pronoun && p.End-p.Start == 1 && strings.EqualFold(toks[p.Start].Form, "it") {
				return distantIt(toks, s, ms, p, code)
			}
		}
		return false
	}
	if !material(code) && !strings.HasPrefix(code, "04") {
		return false
	}
	return len(m.Code) == 3 || strings.HasSuffix(m.Code, "MED")
}

// privateViolence returns code, or, for the use of conventional military
// force (CAMEO 19) between two private parties (civilians, workers,
// businesses, criminals: "a shopkeeper fought with a thief"),
// unconventional violence (180): neither has an
// army.
func privateViolence(code string, s, t actor.Mention) string {
	if !strings.HasPrefix(code, "19") || !private(s.Code) || !private(t.Code) {
		return code
	}
	return "180"
}

// breaksTruce reports, after token k, a breach or violation of a
// ceasefire or truce in a phrase "in" opens ("in violation of a
// ceasefire the two countries agreed", "in what it said was the first
// serious breach of a ceasefire"), with at most three words between
// "of" and the ceasefire.
func breaksTruce(toks []model.Token, k int) bool {
	for i := k + 1; i+2 < len(toks); i++ {
		switch strings.ToLower(toks[i].Form) {
		case "violation", "violations", "breach", "breaches":
		default:
			continue
		}
		if !strings.EqualFold(toks[i+1].Form, "of") {
			continue
		}
		opened := false
		for b := i - 1; b >= k && b >= i-9; b-- {
			if strings.EqualFold(toks[b].Form, "in") {
				opened = true
				break
			}
		}
		if !opened {
			continue
		}
		for j := i + 2; j < len(toks) && j <= i+5; j++ {
			if eventNoun(strings.ToUpper(toks[j].Lemma)) == nounCeasefire {
				return true
			}
		}
	}
	return false
}

// private reports an actor code of a country's private sector only
// ("USACVL", "GBRLAB", "USABUS"): no state organ, armed group or
// organisation.
func private(code string) bool {
	if len(code) < 6 || len(code)%3 != 0 || actor.CountryOf(code) != code[:3] {
		return false
	}
	for i := 3; i < len(code); i += 3 {
		switch code[i : i+3] {
		case "CVL", "PPL", "LAB", "BUS", "EDU", "HLH", "MED", "AGR", "REF", "CRM", "REL":
		default:
			return false
		}
	}
	return true
}

// pressContact reports a meeting or contact (CAMEO 040) with a news
// outlet or its people on either side ("said a spokesperson when
// contacted by Reuters", "met reporters"), or a plain statement (010)
// to one ("declined to comment when contacted by Reuters"): the press
// asking for comment is no consultation between the parties CAMEO codes.
// What an outlet itself says stays its statement.
func pressContact(code string, s, t actor.Mention) bool {
	switch code {
	case "040":
		return strings.HasSuffix(s.Code, "MED") || strings.HasSuffix(t.Code, "MED")
	case "010":
		return strings.HasSuffix(t.Code, "MED")
	}
	return false
}

// possessedEnd returns, for a possessive "'s" at k ("the minister's
// plan"), the index of the first word after the possessed noun and its
// modifiers (at most four words, before hi), or k when there is none.
func possessedEnd(toks []model.Token, k, hi int) int {
	if k >= len(toks) || toks[k].Form != "'s" && toks[k].Form != "’s" {
		return k
	}
	j := k + 1
	for j < hi && j < len(toks) && j <= k+4 {
		switch toks[j].UPOS {
		case "NOUN", "ADJ", "PROPN":
			j++
			continue
		}
		break
	}
	if j == k+1 || j >= hi || j >= len(toks) {
		return k
	}
	return j
}

// nounInfinitive reports, in toks[lo:hi], an infinitive on the noun of a
// phrase that a preposition opens ("in an attempt to force", "in a bid
// to expel"): an adjunct of purpose whose words are its own, unlike the
// object's ("abandoned efforts to stop").
func nounInfinitive(toks []model.Token, lo, hi int) bool {
	for k := max(lo, 1); k+1 < hi; k++ {
		if !strings.EqualFold(toks[k].Form, "to") || toks[k+1].XPOS != "VB" || toks[k-1].UPOS != "NOUN" {
			continue
		}
		j := k - 2
		for j >= lo && (toks[j].UPOS == "DET" || toks[j].UPOS == "ADJ") {
			j--
		}
		if j >= lo && toks[j].UPOS == "ADP" {
			return true
		}
	}
	return false
}

// cooperativeCode reports a code of cooperation (CAMEO 03-07): intent,
// consultation, diplomatic and material cooperation, aid.
func cooperativeCode(code string) bool {
	return len(code) >= 2 && code[:2] >= "03" && code[:2] <= "07"
}

// endingWord reports a word of ending or lifting ("an end to", "lifting")
// in the tokens [lo, hi).
func endingWord(toks []model.Token, lo, hi int) bool {
	for k := max(lo, 0); k < hi && k < len(toks); k++ {
		switch strings.ToLower(toks[k].Form) {
		case "end", "ending", "lift", "lifting", "halt", "halting", "stop", "stopping",
			"removal", "remove", "removing", "ease", "easing", "suspension", "cessation":
			return true
		}
	}
	return false
}

// purposeInfinitive reports an infinitive ("to" and a bare verb) in the
// tokens [lo, hi) whose verb (lem holds the upper-case lemmas) is no
// travelling or meeting (travelLemmas) nor a verb of talks.
func purposeInfinitive(toks []model.Token, lem []string, lo, hi int) bool {
	for k := lo; k+1 < hi; k++ {
		if strings.EqualFold(toks[k].Form, "to") && toks[k].UPOS == "PART" && toks[k+1].XPOS == "VB" &&
			!travelLemmas[lem[k+1]] && !talkLemmas[lem[k+1]] {
			return true
		}
	}
	return false
}

// talkLemmas are the verbs (upper-case lemmas) of holding talks, a
// journey's purpose that keeps the one it is held with its target.
var talkLemmas = map[string]bool{
	"TALK": true, "NEGOTIATE": true, "DISCUSS": true, "CONSULT": true, "ATTEND": true, "HOLD": true,
}

// quotedAt reports a byte offset inside a direct quote of qs.
func quotedAt(qs []model.Quote, pos int) bool {
	for _, q := range qs {
		if q.Direct && pos >= q.Start && pos < q.End {
			return true
		}
	}
	return false
}

// addressing reports a CAMEO code of words addressed to someone: an
// appeal (02), a demand (10) or a threat (13).
func addressing(code string) bool {
	return strings.HasPrefix(code, "02") || strings.HasPrefix(code, "10") || strings.HasPrefix(code, "13")
}

// plainAddressee reports a verb followed by an object of plain nouns,
// ending in a plural, that names no actor and an infinitive ("warned foreign powers to stop",
// "called on donors to send"), with the token at start after that
// infinitive's "to": whoever is named at start is in the deed asked
// for, not the one asked. "All sides" and "both parties" are the
// parties of the conflict (sidesOf), not a plain noun.
func (a *article) plainAddressee(toks []model.Token, ms []actor.Mention, cl *clause, start int) bool {
	hi := min(cl.hi, len(toks))
	k := cl.vEnd
	if k < hi && (a.w.up[k] == "ON" || a.w.up[k] == "UPON") {
		k++
	}
	if a.sidesObject(cl) {
		return false
	}
	for k < hi && (toks[k].UPOS == "DET" || toks[k].UPOS == "ADJ" || toks[k].UPOS == "NUM") {
		k++
	}
	nouns := 0
	for k < hi && toks[k].UPOS == "NOUN" {
		k++
		nouns++
	}
	// A plural ("powers", "donors", "member states") names those
	// addressed; a singular is as often what is expressed ("expressed
	// reluctance to become involved").
	if nouns == 0 || toks[k-1].XPOS != "NNS" || k+1 >= hi || !strings.EqualFold(toks[k].Form, "to") || !isVerb(toks[k+1]) || start <= k {
		return false
	}
	for _, m := range ms {
		if m.Start < k && m.End > cl.vEnd {
			return false
		}
	}
	return true
}

// protectLemmas are the verbs whose object is kept from harm.
var protectLemmas = map[string]bool{"PROTECT": true, "DEFEND": true, "SAFEGUARD": true, "SHIELD": true}

// protected reports an actor m after verb v that is the object, or
// inside the object, of a verb of protecting after v ("to protect their
// rights", "to defend the interests of Chinese firms"), no other verb
// between them.
func (a *article) protected(toks []model.Token, m actor.Mention, v int) bool {
	for k := m.Start - 1; k > v; k-- {
		if protectLemmas[a.w.lem[k]] {
			return toks[k].UPOS == "VERB"
		}
		if u := toks[k].UPOS; u == "VERB" || u == "AUX" || u == "PUNCT" {
			return false
		}
	}
	return false
}

// statementLemmas state or restate a stance (upper-case lemmas).
var statementLemmas = map[string]bool{
	"SAY": true, "STATE": true, "CONFIRM": true, "REAFFIRM": true, "REITERATE": true,
	"EXPRESS": true, "VOICE": true, "DECLARE": true, "STRESS": true, "ADD": true,
}

// ownsUsed reports an actor m whose possessive ("Washington's") owns a
// noun phrase holding a word the pattern matched ("Washington's
// support", "Peru's firm backing").
func ownsUsed(toks []model.Token, m actor.Mention, cm *match) bool {
	k := m.End
	if k >= len(toks) || toks[k].XPOS != "POS" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if cm.uses(j) {
			return true
		}
		if u := toks[j].UPOS; u != "ADJ" && u != "ADV" && u != "NOUN" {
			return false
		}
	}
	return false
}

// proposalNouns name a proposal whose terms are not yet anyone's deeds
// (upper-case lemmas).
var proposalNouns = map[string]bool{
	"PLAN": true, "PROPOSAL": true, "DRAFT": true, "BLUEPRINT": true, "FRAMEWORK": true,
	"INITIATIVE": true, "SCHEME": true, "ROADMAP": true,
}

// proposalTerms reports a verb v under a modal in a sentence that opens
// "Under the plan," (a noun of proposalNouns before the first comma):
// the verb says what the proposal provides.
func proposalTerms(toks []model.Token, v int) bool {
	k := 0
	for k < v && isQuote(toks[k].Form) {
		k++
	}
	if k >= v || !strings.EqualFold(toks[k].Form, "under") {
		return false
	}
	named := false
	for k++; k < v && k < 12; k++ {
		if toks[k].Form == "," {
			break
		}
		if proposalNouns[strings.ToUpper(toks[k].Lemma)] {
			named = true
		}
	}
	if !named || k >= v || toks[k].Form != "," {
		return false
	}
	for j := v - 1; j > k && j >= v-4; j-- {
		switch plainWord(toks[j].Form) {
		case "will", "would", "shall", "could", "may", "might", "should", "'ll", "wo":
			return true
		}
		if u := toks[j].UPOS; u != "AUX" && u != "ADV" && u != "PART" {
			return false
		}
	}
	return false
}

// metNouns are what is met that is no one met (upper-case lemmas): a
// demand or goal satisfied, a response received.
var metNouns = map[string]bool{
	"OBLIGATION": true, "DEADLINE": true, "DEMAND": true, "REQUIREMENT": true,
	"CRITERION": true, "CRITERIA": true, "TARGET": true, "EXPECTATION": true,
	"STANDARD": true, "NEED": true, "CONDITION": true, "GOAL": true,
	"COMMITMENT": true, "QUOTA": true, "THRESHOLD": true, "COST": true,
	"APPROVAL": true, "RESISTANCE": true, "SKEPTICISM": true, "SCEPTICISM": true,
	"DISAPPROVAL": true, "FATE": true, "DEATH": true,
}

// metNoun reports an object of metNouns right after a meeting verb
// ending at vEnd: past "with", an article, a possessive ("its", "Chile's")
// and adjectives.
func metNoun(toks []model.Token, vEnd, hi int) bool {
	k := vEnd
	if k < hi && strings.EqualFold(toks[k].Form, "with") {
		k++
	}
	for ; k < hi; k++ {
		switch t := toks[k]; {
		case t.UPOS == "DET" || t.UPOS == "ADJ" || t.UPOS == "NUM" || t.UPOS == "ADV" || t.XPOS == "PRP$" || t.XPOS == "POS":
		case t.UPOS == "PROPN" && k+1 < hi && toks[k+1].XPOS == "POS":
		case t.UPOS == "NOUN" || t.UPOS == "PROPN":
			return metNouns[strings.ToUpper(t.Lemma)]
		default:
			return false
		}
	}
	return false
}

// noDeed reports a bare verb that names no deed of its own: TEND or "GO
// on" before a "to" infinitive ("tend to look down on", "went on to
// suggest"), "GO on" that only goes on (goesOn: "has gone on blaming
// Peru", "what goes on in the army"), BOTHER before an infinitive or gerund ("bothered to ask"),
// DEFEND a thing no actor names ("defending the state budget"),
// MEAN not before one ("what the vote means", not "meant to attack"),
// SERVE in or on a body ("served in the army"), "this
// applies to", a verb of learning before "that" ("learnt that he was a
// suspect") and DEAL with a noun no actor names ("deal with the surge
// of migrants").
func (a *article) noDeed(toks []model.Token, ms []actor.Mention, cl *clause) bool {
	k := cl.vEnd
	toInf := func(k int) bool {
		if k >= len(toks) || !strings.EqualFold(toks[k].Form, "to") {
			return false
		}
		for k++; k < len(toks) && toks[k].UPOS == "ADV"; k++ {
		}
		return k < len(toks) && toks[k].XPOS == "VB"
	}
	word := func(k int, ws ...string) bool {
		if k >= len(toks) {
			return false
		}
		for _, w := range ws {
			if strings.EqualFold(toks[k].Form, w) {
				return true
			}
		}
		return false
	}
	switch a.w.lem[cl.v] {
	case "TEND":
		return toInf(k)
	case "GO":
		return word(k, "on") && (toInf(k+1) || goesOn(toks, k+1))
	case "BOTHER":
		return toInf(k) || k < len(toks) && toks[k].XPOS == "VBG"
	case "MEAN":
		return !toInf(k)
	case "SERVE":
		return word(k, "in", "on")
	case "APPLY":
		j := cl.v - 1
		for j >= 0 && (toks[j].UPOS == "AUX" || toks[j].UPOS == "ADV") {
			j--
		}
		return word(k, "to") && !toInf(k) && j >= 0 && word(j, "this", "that", "it", "which")
	case "LEARN", "DISCOVER", "REALISE", "REALIZE", "NOTICE":
		return word(k, "that")
	case "DEFEND":
		// "lawmakers defending the state budget": speaking up for a
		// thing no actor names is no protection (074) of anyone
		// named further on. "defended Ukrainian territory" keeps it.
		return unnamedThing(toks, ms, k, false)
	case "DEAL":
		// "unequipped to deal with the surge of migrants": handling a
		// problem no actor names.
		return word(k, "with") && unnamedThing(toks, ms, k+1, true)
	}
	return false
}

// unnamedThing reports a common noun at k, past determiners (and
// adjectives, with pastAdj), that no actor mention in ms covers: a thing
// no actor names ("the state budget", "the surge of migrants").
func unnamedThing(toks []model.Token, ms []actor.Mention, k int, pastAdj bool) bool {
	for k < len(toks) && (toks[k].UPOS == "DET" || pastAdj && toks[k].UPOS == "ADJ") {
		k++
	}
	if k >= len(toks) || toks[k].UPOS != "NOUN" {
		return false
	}
	for _, m := range ms {
		if m.Start <= k && k < m.End {
			return false
		}
	}
	return true
}

// disjoined reports members of a compound joined by "or" or "nor"
// ("Peru or Chile"): either of them, not both together.
func disjoined(toks []model.Token, ms []actor.Mention, mem []int) bool {
	for i := 1; i < len(mem); i++ {
		for k := ms[mem[i-1]].End; k < ms[mem[i]].Start && k < len(toks); k++ {
			if w := plainWord(toks[k].Form); w == "or" || w == "nor" {
				return true
			}
		}
	}
	return false
}

// privateSector reports an actor code of a country's private sector
// (business, civilians, media, education, health, religion, farmers,
// labour), which speaks for no state.
func privateSector(code string) bool {
	if len(code) < 6 {
		return false
	}
	switch code[3:6] {
	case "BUS", "CVL", "MED", "EDU", "HLH", "REL", "AGR", "LAB":
		return true
	}
	return false
}

// givingCode reports a code of material cooperation, aid or yielding
// (CAMEO 06, 07, 08).
func givingCode(code string) bool {
	return strings.HasPrefix(code, "06") || strings.HasPrefix(code, "07") || strings.HasPrefix(code, "08")
}

// participleAgent reports a mention right after the "by" of a past
// participle ("a ship hijacked by Somali pirates").
func participleAgent(toks []model.Token, m actor.Mention) bool {
	k := m.Start - 1
	for k >= 0 && toks[k].UPOS == "DET" {
		k--
	}
	return k > 0 && strings.EqualFold(toks[k].Form, "by") && toks[k-1].XPOS == "VBN"
}

// reducedOnThing reports a past participle at v right after a common noun
// that no mention covers ("a ship hijacked by pirates"): the participle
// describes that noun.
func reducedOnThing(toks []model.Token, ms []actor.Mention, v int) bool {
	if v < 1 || toks[v].XPOS != "VBN" || toks[v-1].UPOS != "NOUN" {
		return false
	}
	for _, m := range ms {
		if m.Start <= v-1 && v-1 < m.End {
			return false
		}
	}
	return true
}
