package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/model"
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
	// settled marks a target the clause has decided, none included,
	// which no step guesses from context (condemnedDoer).
	settled bool
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
//   - agreedAmong: a list's agreement is among its members, not with a
//     party of the agreed deed;
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
	a.noSubject = a.noSubject || st.src < 0 && st.noSubject
	a.heldAgain(st)
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
	a.agreedAmong(st)
	a.pair(st)
	if cl.code != "" && !a.c.stems {
		// "urged Chile to release the prisoners": the appeal (020) or
		// demand (100) is for that deed (0253), whoever does it.
		g := governor(toks, cl.v)
		if g < 0 {
			// "demanded that Chile withdraw its troops"
			g = mandatedBy(toks, cl.v)
		}
		if g >= 0 {
			a.specifyAppeal(toks, g, cl.code, a.w.lem[cl.v])
		}
		// "accused Seoul of firing artillery": the accusation (112) is
		// of that deed's kind (1123).
		if _, gov := a.gerundDeed(cl.v); gov >= 0 && chargeLemmas[a.w.lem[gov]] {
			victim := ""
			if st.tgt >= 0 {
				victim = st.ms[st.tgt].Code
			}
			a.specifyAccusation(toks, gov, cl.code, victim)
		}
	}
	if len(st.pairs) == 0 {
		// "“The authorities must end the crackdown,” said X": a
		// demand of the deed's subject, whom the deed need not aim at
		// anyone.
		if st.src >= 0 && st.tgt < 0 && !st.mutual {
			a.mustDemand(s, toks, st.ms, cl, [][2]int{{st.src, -1}}, says, times)
			a.noteCritic(st)
		}
		return
	}
	if !a.decideStatus(st) {
		return
	}
	a.emitPairs(st)
	a.accusedDeed(s, toks, st.ms, cl, st.pairs, st.status, times)
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

// homeTrip reports a meeting or a visit (CAMEO 040-046) between a country,
// read as a place, and its own people or private bodies ("This man has
// never visited the US", "they met in Buenos Aires" of two Argentine
// lawyers): going to or meeting in one's own country is no event between
// them. A state's own trips at home ("the president visited Mombasa")
// are left to selfEvent's rules.
func homeTrip(code string, s, t actor.Mention) bool {
	if !strings.HasPrefix(code, "04") {
		return false
	}
	c := actor.CountryOf(s.Code)
	if c == "" || c != actor.CountryOf(t.Code) {
		return false
	}
	switch {
	case len(s.Code) == 3:
		return privatePeople(t.Code)
	case len(t.Code) == 3:
		return privatePeople(s.Code)
	}
	return false
}

// homeBallot reports a vote (VOTE's own 030) cast at home by no organ of
// the state, for a party, leader or measure of the same country ("Many
// farmers voted for President Garcia", "voters who voted for Bush"): a
// ballot in an election, which pledges no cooperation between actors.
func (a *article) homeBallot(cl *clause, code string, s, t actor.Mention) bool {
	if code != "030" || a.w.lem[cl.v] != "VOTE" {
		return false
	}
	c := actor.CountryOf(s.Code)
	if c == "" || c != actor.CountryOf(t.Code) || len(s.Code) < 6 {
		return false
	}
	return !stateSector(s.Code[3:])
}

// privatePeople reports an actor code of a country's private sector or
// of its people at large ("Peruvians", refugees): no one who acts for a
// state.
func privatePeople(code string) bool {
	return privateSector(code) || len(code) >= 6 && (code[3:6] == "PPL" || code[3:6] == "REF")
}

// sectorOf reports an actor code whose role after its country is sector
// ("USACOP" of "COP").
func sectorOf(code, sector string) bool {
	return len(code) >= 6 && code[3:6] == sector
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
				// "calling them \"a political decision\"": a phrase
				// in quotation marks that the parse hangs on the
				// object as its apposition.
				if t.rel[d] == "appos" && d > c {
					if lo, _ := t.span(d); lo > c {
						switch a.toks[lo].Form {
						case "\"", "“", "``":
							pred = true
						}
					}
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

// answerLemmas are verbs of answering (upper-case lemmas): not doing so
// is declining comment.
var answerLemmas = map[string]bool{"COMMENT": true, "RESPOND": true, "REPLY": true}

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

// quoted reports a token k after the verb at v inside quotation marks
// that open after the verb.
func quoted(toks []model.Token, v, k int) bool {
	return quoteMarks(toks, v+1, k)%2 == 1
}

// threat reports a code of a threat (CAMEO 13).
func threat(code string) bool { return strings.HasPrefix(code, "13") }

// aside reports a mention that stands beside an event rather than in it:
// the source of a report ("according to Chinese state television",
// "according to a statement from the Council of the EU"), who asked
// for the deed ("at the request of Chile", "at Chile's request") or a
// partner of the source ("together with Sweden", "along with Japan",
// "alongside Britain", "on the side of Chile"), or a witness ("in the
// presence of a Kazakh envoy"). Articles, modifiers and
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
	case w == "of" && prev == "presence" && k >= 3 && strings.EqualFold(toks[k-2].Form, "the") && strings.EqualFold(toks[k-3].Form, "in"):
		// "signed the deal in the presence of a Kazakh envoy": a
		// witness, not a party.
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
	case w == "for" && fightWords[prev]:
		// "volunteers fought for Bolivia": whom the fighting serves,
		// as "on the side of".
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

// regionWords name a part of a country before its name (lower case:
// "northern Syria").
var regionWords = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
}

// travelLemmas are the verbs (upper-case lemmas) of going somewhere or
// meeting someone, which are a visit (042) where the place is another
// country's.
var travelLemmas = map[string]bool{
	"ARRIVE": true, "TRAVEL": true, "FLY": true, "COME": true, "GO": true,
	"JOURNEY": true, "TOUR": true, "VISIT": true, "MEET": true,
}

// isQuote reports a quotation mark.
func isQuote(f string) bool {
	switch f {
	case "\"", "“", "”", "'", "‘", "’", "``", "''":
		return true
	}
	return false
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

// force reports a code of material conflict by force: assault, fight or
// mass violence (CAMEO roots 18, 19 and 20).
func force(code string) bool {
	return strings.HasPrefix(code, "18") || strings.HasPrefix(code, "19") || strings.HasPrefix(code, "20")
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
