package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// nominalReach bounds how many tokens after its noun a nominal event's
// arguments may stand.
const nominalReach = 12

// nominals codes events that a noun names rather than a verb (not with
// TABARI dictionaries, whose suite codes verbs only):
//
//   - a visit or trip of someone to a country or its city: "a visit to
//     Moscow by President X", "X's visit to Beijing" (042), or "to the
//     island", the country named last before (islandBefore);
//   - an attack, offensive, assault, invasion, incursion, raid, ambush,
//     onslaught, cyberattack, bombardment, bombing or shelling by
//     someone on someone: "Chile's offensive against Peru", "an ELN
//     attack on a military base", "the raid on Lima by Chile", "the
//     shelling of Lima by Chile" (194 for shelling, 176 for a
//     cyberattack), or by the subject of a light verb: "Chile mounted
//     an assault on Peru" (190); one naming neither that a use of force
//     answers, by that force's target on its source (answeredAttack);
//   - an arrest or detention (173), expulsion or deportation (174),
//     kidnapping or abduction (181), release (0841: "welcomed the release
//     of two sailors by Chile") of someone by someone, or someone's
//     crackdown on someone (170), as the verbs code them: "China's
//     detention of two Canadians", "the expulsion of Chilean diplomats
//     by Peru", or by the subject of a verb of announcing or ordering
//     whose object it is, in place of that verb's statement: "Chile
//     announced the expulsion of two Peruvian diplomats" (174), or by
//     the subject of a light verb whose object it is ("carried out
//     arrests of", "launched a crackdown on"; lightVerb);
//   - a withdrawal, suspension or closure of the doer's own envoys or
//     embassy (161), aid (162) or troops (0874, withdrawn only) with
//     respect to another country, by the noun's owner or the subject of
//     a verb announcing or ordering it: "Peru announced the withdrawal
//     of its ambassador from Bolivia" (161; nominalWithdrawal);
//   - strikes by someone (or a light verb's subject: "carried out drone
//     strikes on") on someone ("Chilean strikes on Lima", 190), an
//     air, drone or missile strike also against someone ("a Chilean
//     drone strike on Peru", 195); not a labour strike "against" or
//     "over" anything;
//   - talks or negotiations between two parties: "talks between Serbia and
//     Kosovo" (046, each towards the other);
//   - an agreement, deal, treaty, accord, pact or convention between two
//     parties that its own phrase dates in the past: "the 1994 treaty
//     between Peru and Chile" (057, each towards the other;
//     nominalAgreement);
//   - clashes, fighting or skirmishes between two parties, as the
//     subject of their clause or breaking out "between" them: "Clashes
//     between Peruvian and Chilean troops killed four" (190, each on the
//     other; nominalClash), not ones prevented, feared or ended;
//   - a telephone call with someone, made by the clause's subject or the
//     call's owner: "In a telephone call with Borrell, the minister said"
//     (041);
//   - a call, conversation or meeting between two parties, past a short
//     place phrase, or a meeting of two: "the phone call between Peru and
//     Chile" (041), "a conversation in Lima between X and Y", "a meeting
//     of their foreign ministers" (040), each towards the other; a
//     meeting "planned", "scheduled", "upcoming" or "expected" is each
//     one's intent to meet (036), one "proposed" or "next" none;
//   - a meeting held with someone of another country, which a
//     preposition of time or place opens, by the clause's subject or
//     the meeting's owner: "announced the deal during a meeting in the
//     Oval Office with Liu He" (040); a meeting cancelled, planned or
//     sought is none;
//   - tariffs, duties, sanctions or an embargo imposed by someone on
//     another country or its goods: "Argentine tariffs on Brazilian
//     steel", "Chile's embargo on Bolivian oil" (163; nominalTariff);
//   - an investigation by someone into someone: "Peru is under
//     investigation by Chilean prosecutors", "Chile's probe into Peru"
//     (090, 091 for crime; nominalProbe);
//   - words of one party about or to another: "Bolivia's criticism of
//     Chile" (111), "Peru's accusations against Chile" (112), "Chile's
//     apology to Peru" (055; nominalStance);
//   - talks or a meeting with someone that the clause's subject is ready
//     for or open to: "Peru is open to dialogue with Chile" (036;
//     nominalReadyTalks).
//
// They are coded after the sentence's verbs have had their events
// weighed, and no verb's event gives way to them.
func (a *article) nominals(s *model.Sentence, toks []model.Token, ms []actor.Mention, says []say, times []when.Expression) {
	for k := a.from; k < len(toks); k++ {
		// "Chile's offensive against Peru": the tagger may take the noun
		// for an adjective; a preposition after it says it is none.
		noun := toks[k].UPOS == "NOUN" || toks[k].UPOS == "ADJ" && k+1 < len(toks) && toks[k+1].UPOS == "ADP" ||
			clashOpening(toks, a.w.up, k)
		if a.w.act[k] {
			continue
		}
		// "the fall of Mosul to ISIL", "Kabul fell to the insurgents".
		a.townFallen(s, toks, ms, k, says, times)
		// "is ready for talks with Chile", "open to dialogue with" (the
		// tagger may take "to dialogue" for a verb).
		a.nominalReadyTalks(s, toks, ms, k, says, times)
		if !noun {
			continue
		}
		// "The attacks demonstrate the barbarity of the regime", in a
		// minister's statement.
		a.shownStance(s, toks, ms, k, says, times)
		switch kind := eventNoun(a.w.lem[k]); {
		case kind == nounVisit:
			a.nominalVisit(s, toks, ms, k, says, times)
		case kind == nounAttack:
			a.nominalAttack(s, toks, ms, k, says, times)
		case kind == nounStrike:
			a.nominalStrike(s, toks, ms, k, says, times)
		case kind == nounDeed:
			a.nominalDeed(s, toks, ms, k, says, times)
		case kind == nounWithdrawal:
			a.nominalWithdrawal(s, toks, ms, k, says, times)
		case kind == nounCall:
			phone := k > 0 && (a.w.up[k-1] == "TELEPHONE" || a.w.up[k-1] == "PHONE")
			if a.nominalBetween(s, toks, ms, k, phone, says, times) {
				continue
			}
			if phone {
				a.nominalCall(s, toks, ms, k, says, times)
			} else if a.w.lem[k] == "CONVERSATION" && (a.heldAt(toks, k) || a.ownHeld(toks, ms, k)) {
				// "his conversation with the Chilean president",
				// "during a conversation with": held, as a meeting.
				a.nominalMeeting(s, toks, ms, k, false, says, times)
			}
		case kind == nounMeeting, kind == nounNone && a.w.lem[k] == "SUMMIT":
			// A summit is coded as a meeting, but is no event
			// noun for dates: "spoke with X at Monday's summit"
			// is dated by the summit's day (date.go).
			if a.nominalBetween(s, toks, ms, k, false, says, times) {
				continue
			}
			if a.heldAt(toks, k) || a.ownHeld(toks, ms, k) {
				a.nominalMeeting(s, toks, ms, k, false, says, times)
			}
		case kind == nounCeasefire:
			a.nominalCeasefire(s, toks, ms, k, says, times)
		case kind == nounWar:
			a.nominalWar(s, toks, ms, k, says, times)
		case kind == nounAgreement:
			a.nominalAgreement(s, toks, ms, k, says, times)
		case kind == nounClash:
			a.nominalClash(s, toks, ms, k, says, times)
		case kind == nounTariff:
			a.nominalTariff(s, toks, ms, k, says, times)
		case kind == nounProbe:
			a.nominalProbe(s, toks, ms, k, says, times)
		case kind == nounStance:
			a.nominalStance(s, toks, ms, k, says, times)
		case kind == nounMediation:
			a.nominalMediation(s, toks, ms, k, says, times)
		case kind == nounTalks:
			if !strings.HasSuffix(strings.ToLower(toks[k].Form), "s") {
				continue
			}
			if k+1 < len(toks) && a.w.up[k+1] == "BETWEEN" {
				a.nominalTalks(s, toks, ms, k, says, times)
			} else if a.heldAt(toks, k) || a.ownHeld(toks, ms, k) {
				n := len(a.events)
				a.nominalMeeting(s, toks, ms, k, true, says, times)
				if len(a.events) == n && a.afterTalks(toks, k) {
					a.storyTalks(s, toks, ms, k, says, times)
				}
			} else if a.talksResumed(toks, k) {
				a.storyTalks(s, toks, ms, k, says, times)
			}
		}
	}
}

// The kinds of event a noun codes (see article.nominals).
const (
	nounNone = iota
	nounVisit
	nounAttack
	nounCall
	nounTalks
	nounMeeting
	nounStrike
	nounDeed
	nounCeasefire
	nounWar
	nounWithdrawal
	nounClash
	nounAgreement
	nounTariff
	nounProbe
	nounStance
	nounMediation
)

// eventNoun returns the kind of event a noun with the upper-cased lemma
// lem may code, or nounNone. It is the one list of event nouns, read by
// article.nominals and by Coder.Parseable.
func eventNoun(lem string) int {
	switch lem {
	case "VISIT", "TRIP":
		return nounVisit
	case "ATTACK", "OFFENSIVE", "ASSAULT", "INVASION", "RAID", "BOMBARDMENT", "BOMBING", "SHELLING", "AMBUSH", "INCURSION", "ONSLAUGHT", "CYBERATTACK", "CYBER-ATTACK":
		return nounAttack
	case "STRIKE", "AIRSTRIKE":
		return nounStrike
	case "ARREST", "DETENTION", "EXPULSION", "DEPORTATION", "KIDNAPPING", "ABDUCTION", "CRACKDOWN", "RELEASE":
		return nounDeed
	case "WITHDRAWAL", "SUSPENSION", "CLOSURE":
		return nounWithdrawal
	case "CALL", "CONVERSATION":
		return nounCall
	case "TALK", "NEGOTIATION":
		return nounTalks
	case "MEETING":
		return nounMeeting
	case "CEASEFIRE", "TRUCE", "ARMISTICE":
		return nounCeasefire
	case "WAR":
		return nounWar
	case "CLASH", "FIGHTING", "FIGHT", "SKIRMISH", "GUNFIGHT", "FIREFIGHT":
		return nounClash
	case "AGREEMENT", "DEAL", "TREATY", "ACCORD", "PACT", "CONVENTION":
		return nounAgreement
	case "TARIFF", "LEVY", "DUTY", "SANCTION", "EMBARGO", "BAN":
		return nounTariff
	case "INVESTIGATION", "PROBE", "INQUIRY", "SCRUTINY":
		return nounProbe
	case "MEDIATION":
		return nounMediation
	}
	if _, ok := stanceNouns[lem]; ok {
		return nounStance
	}
	return nounNone
}

// clashOpening reports "Clashes between" or "Fighting between" opening
// the sentence at k, which the tagger may read as a verb: no verb of
// clashing or fighting opens a sentence before "between", so the word
// is the noun.
func clashOpening(toks []model.Token, up []string, k int) bool {
	if k != 0 || k+1 >= len(toks) || up[k+1] != "BETWEEN" || toks[k].UPOS != "VERB" {
		return false
	}
	switch up[k] {
	case "CLASHES", "FIGHTING", "SKIRMISHES":
		return true
	}
	return false
}

// argAt returns the mention that begins at token p (an article may stand
// before it, or begin it: "the two countries"), or -1.
func argAt(toks []model.Token, ms []actor.Mention, p int) int {
	for i, m := range ms {
		if m.Start == p {
			return i
		}
	}
	if p < len(toks) && (strings.EqualFold(toks[p].Form, "the") || strings.EqualFold(toks[p].Form, "a")) {
		p++
	}
	for i, m := range ms {
		if m.Start == p {
			return i
		}
	}
	return -1
}

// nominalEnd is where the arguments of the noun at k may stand: up to
// nominalReach tokens, not past a clause's punctuation or a finite verb.
func nominalEnd(toks []model.Token, k int) int {
	e := k + 1
	for ; e < len(toks) && e <= k+nominalReach; e++ {
		f := toks[e].Form
		if f == "," || f == ";" || f == ":" || f == "." || toks[e].UPOS == "VERB" || toks[e].UPOS == "AUX" {
			break
		}
	}
	return e
}

func (a *article) nominalVisit(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, says []say, times []when.Expression) {
	// "Pelosi's visit", "his visit".
	src, place := a.nominalOwner(toks, ms, k), -1
	end := nominalEnd(toks, k)
	for j := k + 1; j < end; j++ {
		switch a.w.up[j] {
		case "TO":
			if i := argAt(toks, ms, j+1); i >= 0 && place < 0 {
				place = i
			} else if place < 0 {
				if m, ok := a.islandBefore(toks, ms, j+1); ok {
					ms = append(ms[:len(ms):len(ms)], m)
					place = len(ms) - 1
				}
			}
		case "BY":
			if i := argAt(toks, ms, j+1); i >= 0 && src < 0 {
				src = i
			}
		}
	}
	if src < 0 && place >= 0 {
		src = onVisit(toks, ms, k)
	}
	if src < 0 || place < 0 {
		return
	}
	pc := actor.CountryOf(ms[place].Code)
	if sc := actor.CountryOf(ms[src].Code); pc == "" || sc == "" || sc == pc {
		return
	}
	tm := ms[place]
	if len(tm.Code) != 3 {
		// A visit to a country's leader is a visit to the country.
		tm.Code = pc
	}
	cl := &clause{v: k, vEnd: k + 1, lo: k, hi: end, code: "042", src: src, tgt: place,
		pattern: "<noun> VISIT TO + BY $", entries: []string{"noun " + toks[k].Form + ": a visit (042)"}}
	a.emitNominal(s, toks, ms, cl, ms[src], tm, says, times)
}

// islandBefore returns, for a bare "the island" at p (not "the island
// of ..."), the country named last by its name before it in its
// sentence, else in the sentence before ("drills around Taiwan ... in
// response to a visit to the island"), as a mention at those words.
func (a *article) islandBefore(toks []model.Token, ms []actor.Mention, p int) (actor.Mention, bool) {
	up := a.w.up
	if p+1 >= len(toks) || up[p] != "THE" || up[p+1] != "ISLAND" || p+2 < len(toks) && up[p+2] == "OF" {
		return actor.Mention{}, false
	}
	named := func(m actor.Mention) bool {
		return m.Kind == actor.Named && !m.Person && len(m.Code) == 3 && m.Code == actor.CountryOf(m.Code)
	}
	var found *actor.Mention
	for i := range ms {
		if ms[i].End <= p && named(ms[i]) && (found == nil || ms[i].Start > found.Start) {
			found = &ms[i]
		}
	}
	if found == nil && a.si > a.storyAt && a.si-1 < len(a.mentions) {
		prev := a.mentions[a.si-1]
		for i := len(prev) - 1; i >= 0; i-- {
			if named(prev[i]) {
				found = &prev[i]
				break
			}
		}
	}
	if found == nil {
		return actor.Mention{}, false
	}
	m := *found
	m.Start, m.End, m.Head = p, p+2, p+1
	m.Span = model.Span{Start: toks[p].Start, End: toks[p+1].End}
	m.Entry, m.Origin = "the island: the country named last before ("+found.Entry+")", actor.InText
	return m, true
}

func (a *article) nominalAttack(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, says []say, times []when.Expression) {
	o := k
	if k > 0 && a.w.up[k-1] == "CYBER" {
		// "Chile's cyber attack on Peru".
		o = k - 1
	}
	// "Chile's drone attack on Peru", "bombing raids on Peru": an attack
	// or raid from the air (aerialAttack); its owner stands before the
	// weapon.
	aerial := aerialAttack(a.w.up, a.w.lem, k)
	if aerial {
		o = k - 1
	}
	src, tgt, tj := a.nominalOwner(toks, ms, o), -1, -1
	end := nominalEnd(toks, k)
	for j := k + 1; j < end; j++ {
		switch a.w.up[j] {
		case "ON", "AGAINST", "OF", "INTO":
			if i := argAt(toks, ms, j+1); i >= 0 && tgt < 0 {
				tgt, tj = i, j
			}
		case "BY":
			if i := argAt(toks, ms, j+1); i >= 0 && src < 0 {
				src = i
			}
		}
	}
	if src < 0 && tgt >= 0 {
		// "an attack on the embassy carried out by the rebels in
		// 2019": the agent's phrase and its time are the noun's.
		if src = a.phraseParticipleAgent(toks, ms, end, lightLemmas); src >= 0 {
			end = nominalEnd(toks, ms[src].End-1)
		}
	}
	if src < 0 && tgt < 0 {
		a.answeredAttack(s, toks, ms, k, end, says, times)
		return
	}
	srcs := []int{src}
	if src < 0 && tj == k+1 {
		// "Peru launched an offensive against Chile", "carried out a
		// raid on": the light verb's subject attacks, each member of
		// a list of them ("Peru and Chile mounted an assault on"), its
		// target named right after the noun ("launched an attack in
		// support of the government of Peru" attacks no one named).
		if v := lightVerb(toks, &a.w, k); v >= 0 {
			if src = a.source(toks, ms, v); src >= 0 {
				srcs = members(toks, ms, src)
			}
		}
	}
	if src < 0 || tgt < 0 {
		return
	}
	// Shelling is artillery fire (194, as the verb SHELL codes); an
	// invasion occupies territory (192, as the verb INVADE codes); a
	// cyberattack or cyber attack is a cybernetic one (176).
	code, what := "190", "use of force (190)"
	switch {
	case a.w.lem[k] == "SHELLING":
		code, what = "194", "artillery (194)"
	case a.w.lem[k] == "INVASION":
		code, what = "192", "occupying territory (192)"
	case a.w.lem[k] == "CYBERATTACK" || a.w.lem[k] == "CYBER-ATTACK" || k > 0 && a.w.up[k-1] == "CYBER":
		code, what = "176", "cyberattack (176)"
	case aerial:
		code, what = "195", "aerial weapons (195)"
	}
	// "Chile's 1995 invasion of Peru": a bare year before the noun
	// dates it, as no time expression does.
	lo, p := k, a.phraseStart(toks, o)
	if x, ok := a.bareYear(toks, p, k); ok {
		times, lo = append(times[:len(times):len(times)], x), p
	}
	for _, src := range srcs {
		if src == tgt {
			continue
		}
		cl := &clause{v: k, vEnd: k + 1, lo: lo, hi: end, code: code, src: src, tgt: tgt,
			pattern: "<noun> ATTACK ON + BY $", entries: []string{"noun " + toks[k].Form + ": " + what}}
		a.emitNominal(s, toks, ms, cl, ms[src], ms[tgt], says, times)
	}
}

// responseNouns are the nouns (upper-case lemmas) of a deed done in
// answer to another.
var responseNouns = map[string]bool{
	"RESPONSE": true, "RETALIATION": true, "REPRISAL": true, "REVENGE": true,
}

// forceNouns are the nouns (upper-case lemmas) of a use of force that
// "the strikes were a response to ..." may name again.
var forceNouns = map[string]bool{
	"STRIKE": true, "AIRSTRIKE": true, "ATTACK": true, "BOMBING": true, "SHELLING": true,
	"BOMBARDMENT": true, "RAID": true, "OFFENSIVE": true,
}

// answeredAttack codes an attack noun at k that names neither party and
// that a use of force answers ("the strikes were a response to what it
// called a terrorist attack on the Kerch bridge", "shelled the city in
// retaliation for an attack on its border posts"): the attack answered
// was by the answering force's target on its source, each as its
// country. The answering force is the article's latest use of force
// between two countries where a definite noun of force is the response
// noun's subject ("the strikes were a response"), or the sentence's own
// latest use of force between two countries where the response noun
// hangs on a verb ("in retaliation for"). "Terrorist" before the noun
// makes it unconventional violence (180), else it is a use of force
// (190); both parties are from context. It reads the parse, and a
// sentence naming one actor code is parsed for it only if needsTree sees
// a response noun: a new key word here belongs there too.
func (a *article) answeredAttack(s *model.Sentence, toks []model.Token, ms []actor.Mention, k, end int, says []say, times []when.Expression) {
	t := &a.t
	if !t.ok {
		return
	}
	resp := -1
	for h, n := t.head[k], 0; h >= 0 && n < 4; h, n = t.head[h], n+1 {
		if responseNouns[a.w.lem[h]] {
			resp = h
			break
		}
	}
	// "in retaliation for an attack": the parse may hang the attack on
	// the verb beside the response noun rather than on it.
	for _, c := range t.kids[k] {
		if resp < 0 && base(t.rel[c]) == "case" && (a.w.up[c] == "FOR" || a.w.up[c] == "TO") && c > 0 && responseNouns[a.w.lem[c-1]] && t.head[c-1] == t.head[k] {
			resp = c - 1
		}
	}
	if resp < 0 || resp > k {
		return
	}
	// "a rocket attack from Lebanon", "a Hezbollah attack": an attack
	// whose phrase names an actor is that actor's business.
	for _, m := range ms {
		if m.Start < end && m.End > k-3 && m.Start != m.End {
			return
		}
	}
	// Which use of force answers: that of the article the response's
	// subject names again, or the sentence's own.
	from, own := 0, true
	for _, c := range t.kids[resp] {
		if base(t.rel[c]) != "nsubj" {
			continue
		}
		if !forceNouns[a.w.lem[c]] || c == 0 || a.w.up[c-1] != "THE" && a.w.up[c-1] != "THESE" {
			return
		}
		own = false
	}
	if own {
		h := t.head[resp]
		if h < 0 || !isVerb(toks[h]) || base(t.rel[resp]) != "obl" {
			return
		}
		from = len(a.events)
		for from > 0 && a.events[from-1].Evidence.Sentence.Start == s.Start {
			from--
		}
	}
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := a.events[i]
		if !own && ev.Evidence.Sentence.Start == s.Start {
			continue
		}
		if own && i < from {
			return
		}
		if ev.Source == nil || ev.Target == nil || ev.Root != "18" && ev.Root != "19" && ev.Root != "20" {
			continue
		}
		sc, tc := actor.CountryOf(ev.Source.Code), actor.CountryOf(ev.Target.Code)
		if sc == "" || tc == "" || sc == tc {
			continue
		}
		n := len(toks)
		why := "the answered party of the use of force that responds (" + ev.Code + " " + ev.Source.Code + ">" + ev.Target.Code + ")"
		sm := contextMention(model.Actor{Code: tc, Name: ev.Target.Name, Country: tc}, n, actor.FromContext, why)
		tm := contextMention(model.Actor{Code: sc, Name: ev.Source.Name, Country: sc}, n, actor.FromContext, why)
		code, what := "190", "use of force (190)"
		for p := k - 1; p >= 0 && p >= k-3; p-- {
			if a.w.up[p] == "TERRORIST" {
				code, what = "180", "unconventional violence (180)"
			}
		}
		ext := append(ms[:len(ms):len(ms)], sm, tm)
		cl := &clause{v: k, vEnd: k + 1, lo: k, hi: end, code: code, src: len(ext) - 2, tgt: len(ext) - 1,
			pattern: "<noun> ATTACK ANSWERED BY " + a.w.up[resp], entries: []string{"noun " + toks[k].Form + ": " + what + " answered by " + toks[resp].Form}}
		a.emitNominal(s, toks, ext, cl, sm, tm, says, times)
		return
	}
}

// deedCodes are the codes of the deeds a noun of nounDeed names, as the
// verb's (ARREST, EXPEL, KIDNAP, CRACK DOWN) bare codes give them; a
// release is of people (RELEASE's "- * PRISONERS [0841]"), since the
// noun codes only one of an actor.
var deedCodes = map[string]string{
	"ARREST": "173", "DETENTION": "173", "EXPULSION": "174", "DEPORTATION": "174",
	"KIDNAPPING": "181", "ABDUCTION": "181", "CRACKDOWN": "170", "RELEASE": "0841",
}

// nominalDeed codes a deed a noun names (see nominals): on the actor
// after "of" ("on" or "against" for a crackdown), by the noun's owner or
// the actor after "by".
func (a *article) nominalDeed(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, says []say, times []when.Expression) {
	code := deedCodes[a.w.lem[k]]
	crack := a.w.lem[k] == "CRACKDOWN"
	src, tgt, tj := a.nominalOwner(toks, ms, k), -1, -1
	end := nominalEnd(toks, k)
	for j := k + 1; j < end; j++ {
		switch a.w.up[j] {
		case "OF", "ON", "AGAINST":
			if (a.w.up[j] == "OF") == crack {
				continue
			}
			// "of two Canadians", "of several Chilean diplomats".
			p := j + 1
			for p < end && p < j+4 && (toks[p].UPOS == "NUM" || toks[p].UPOS == "DET" || toks[p].UPOS == "ADJ" && !a.w.act[p]) {
				p++
			}
			if i := argAt(toks, ms, p); i >= 0 && tgt < 0 {
				tgt, tj = i, j
			}
		case "BY":
			if i := argAt(toks, ms, j+1); i >= 0 && src < 0 {
				src = i
			}
		}
	}
	ordered := -1
	if src < 0 && tgt >= 0 && !crack {
		// "Chile announced the expulsion of two Peruvian diplomats",
		// "ordered the arrest of": who orders or announces it does it.
		if v := orderingVerb(toks, &a.w, k); v >= 0 {
			src, ordered = a.source(toks, ms, v), v
		}
	}
	if src < 0 && tgt >= 0 && tj == k+1 {
		// "Peruvian police carried out arrests of", "launched a
		// crackdown on": the light verb's subject does the deed.
		if v := lightVerb(toks, &a.w, k); v >= 0 {
			src = a.source(toks, ms, v)
		}
	}
	if a.emitNounPair(s, toks, ms, k, end, code, src, tgt, "<noun> "+a.w.lem[k]+" OF + BY $", "noun "+toks[k].Form+": "+code, says, times) && ordered >= 0 {
		// The deed is what the announcing said: no statement (010) of
		// its own, by PETRARCH's convention.
		a.dropStatement(s, toks[ordered].Start)
	}
}

// orderingLemmas are the verbs (upper-case lemmas) of ordering or
// announcing a deed that its subject does by them.
var orderingLemmas = map[string]bool{
	"ANNOUNCE": true, "ORDER": true, "DECREE": true, "AUTHORIZE": true, "AUTHORISE": true,
}

// orderingVerb returns the verb of orderingLemmas whose object the noun
// at k heads, right before it past its article, numbers and adjectives
// ("announced the expulsion", "ordered the immediate arrest"), or -1.
func orderingVerb(toks []model.Token, w *words, k int) int {
	p := k - 1
	for p >= 0 && p >= k-4 && (toks[p].UPOS == "DET" || toks[p].UPOS == "NUM" || toks[p].UPOS == "ADJ" && !w.act[p]) {
		p--
	}
	if p < 0 || !isVerb(toks[p]) || !orderingLemmas[w.lem[p]] {
		return -1
	}
	return p
}

// lightLemmas are the verbs (upper-case lemmas) whose subject does the
// deed their object noun names, the noun carrying the meaning: "carried
// out arrests", "launched an offensive", "conducted air strikes",
// "mounted a raid", "made arrests".
var lightLemmas = map[string]bool{
	"CARRY": true, "CONDUCT": true, "LAUNCH": true, "MOUNT": true, "STAGE": true,
	"UNDERTAKE": true, "PERFORM": true, "EXECUTE": true, "UNLEASH": true, "MAKE": true,
	"BEGIN": true, "START": true, "RESUME": true,
}

// lightVerb returns the verb of lightLemmas whose object the noun at k
// heads, right before it past its article, numbers, adjectives and
// nouns that name no actor, and a verb's particle ("carried out a
// raid", "launched a new offensive", "carried out a ground assault",
// "conducted two air strikes" with k at "air"), or -1. CARRY counts
// only with "out".
func lightVerb(toks []model.Token, w *words, k int) int {
	p := k - 1
	for p >= 0 && p >= k-4 && !w.act[p] && (toks[p].UPOS == "DET" || toks[p].UPOS == "NUM" || toks[p].UPOS == "ADJ" || toks[p].UPOS == "NOUN") {
		p--
	}
	out := p >= 0 && w.up[p] == "OUT" && (toks[p].UPOS == "ADP" || toks[p].UPOS == "PART" || toks[p].UPOS == "ADV")
	if out {
		p--
	}
	if p < 0 || !isVerb(toks[p]) || !lightLemmas[w.lem[p]] || (w.lem[p] == "CARRY") != out {
		return -1
	}
	return p
}

// dropStatement removes the plain statements (010) of sentence s whose
// predicate starts at byte pos.
func (a *article) dropStatement(s *model.Sentence, pos int) {
	a.dropEvents(a.sentenceFirst(), func(i int) bool {
		e := &a.events[i]
		return e.Code == "010" && e.Evidence.Sentence == s.Span && e.Evidence.Predicate.Start == pos
	})
}

// aerialAttack reports an attack or a raid at k (upper-case words up,
// lemmas lem) that an aerial word (aerialWords) or "bombing" right
// before it says is made from the air: "a drone attack", "air raids",
// "bombing raids" employ aerial weapons (CAMEO 195), as the verbs that
// name them do ("carried out air raids").
func aerialAttack(up, lem []string, k int) bool {
	if k < 1 || lem[k] != "ATTACK" && lem[k] != "RAID" {
		return false
	}
	return aerialWords[up[k-1]] || up[k-1] == "BOMBING"
}

// airWeapons are the nouns of an air strike before "strike" ("a drone
// strike").
var airWeapons = map[string]bool{"AIR": true, "DRONE": true, "MISSILE": true, "ROCKET": true}

// nominalStrike codes strikes by someone on someone (see nominals): on
// an actor after "on", or "against" one after an air weapon; the owner
// before the noun, past the air weapon, or "by" after it is the source.
func (a *article) nominalStrike(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, says []say, times []when.Expression) {
	air := a.w.lem[k] == "AIRSTRIKE"
	o := k
	for o > 0 && o > k-2 && airWeapons[a.w.up[o-1]] && toks[o-1].UPOS == "NOUN" {
		air = true
		o--
	}
	src, tgt, tj := a.nominalOwner(toks, ms, o), -1, -1
	end := nominalEnd(toks, k)
	// "conducted 15 strikes using fighter and remotely piloted aircraft
	// against Hamas targets": the means used stand between the strikes
	// and their target, which is named right after them; aircraft make
	// them air strikes.
	after := k + 1
	if e, aircraft, ok := usedMeans(toks, &a.w, end); ok {
		air = air || aircraft
		after, end = e, nominalEnd(toks, e-1)
	}
	// "launched strikes against Hamas": a strike against someone that
	// armed forces carry out; one begun or staged is a labour one.
	military := air
	if !military {
		if v := lightVerb(toks, &a.w, o); v >= 0 && !labourStrikeLemmas[a.w.lem[v]] {
			military = true
			// Under a title of air strikes, such strikes are air
			// strikes.
			air = a.airTitle
		}
	}
	for j := k + 1; j < end; j++ {
		switch a.w.up[j] {
		case "ON", "AGAINST":
			if a.w.up[j] == "AGAINST" && !military {
				continue
			}
			if i := argAt(toks, ms, j+1); i >= 0 && tgt < 0 {
				tgt, tj = i, j
			}
		case "BY":
			if i := argAt(toks, ms, j+1); i >= 0 && src < 0 {
				src = i
			}
		}
	}
	// "the coalition's four airstrikes delivered 24 bombs against
	// rebel targets": strikes that are a verb's subject are aimed at
	// whom that verb's clause names after "against" or "on", when
	// they are an armed force's or air strikes, not a labour strike.
	if tgt < 0 && src >= 0 && (military || armedCode(ms[src].Code)) {
		tgt = a.subjectStrikeTarget(toks, ms, k)
	}
	// "conducted eight strikes coordinated with the government using
	// fighter aircraft against rebel targets": the target of strikes an
	// armed force carries out may follow a phrase the parse hangs on
	// the noun (phraseTarget).
	own := tj >= 0 && a.t.ok && k < len(a.t.head) && inSpan(&a.t, k, tj)
	if tgt < 0 && (military || src >= 0 && armedCode(ms[src].Code)) {
		if i, aircraft := a.phraseTarget(toks, ms, k); i >= 0 {
			tgt, own, air = i, true, air || aircraft
		}
	}
	srcs := []int{src}
	if src < 0 && tgt >= 0 && (tj == k+1 || tj == after || own) {
		// "Chile carried out drone strikes on Peru": the light verb's
		// subject strikes, each member of a list of them ("Peru, Chile
		// and Bolivia launched strikes on"); a strike staged is a
		// labour one.
		if v := lightVerb(toks, &a.w, o); v >= 0 && !labourStrikeLemmas[a.w.lem[v]] {
			if src = a.source(toks, ms, v); src >= 0 {
				srcs = members(toks, ms, src)
			}
		}
	}
	// "Near Mosul, three strikes engaged an ISIL unit": a tally of
	// strikes no one owns in a report of strikes whose doer the article
	// has named (tallyStrikes).
	var tally []string
	if src < 0 {
		if sm, tm, reported, ok := a.tallyStrikes(toks, ms, k, tgt); ok {
			ms = append(ms[:len(ms):len(ms)], sm)
			src, srcs = len(ms)-1, []int{len(ms) - 1}
			if tgt < 0 {
				ms = append(ms, tm)
				tgt = len(ms) - 1
			}
			air = air || reported.Code == "195"
			tally = []string{"source from the article's strike report: " + reported.Sentence}
		}
	}
	// "Coalition nations which have conducted strikes in Iraq include
	// Australia and Canada": strikes that the members a list names of a
	// class carried out, with no target of their own, in a report of
	// strikes on a target the article has named.
	if src < 0 && tgt < 0 {
		if v := lightVerb(toks, &a.w, o); v >= 0 && !labourStrikeLemmas[a.w.lem[v]] {
			if d, rep := a.listedDoers(ms, v), a.latestStrike(); d >= 0 && rep != nil {
				src, srcs = d, members(toks, ms, d)
				ms = append(ms[:len(ms):len(ms)], contextMention(*rep.Target, len(toks), actor.FromContext, "the strikes of the article's report"))
				tgt = len(ms) - 1
				air = air || rep.Code == "195"
				tally = []string{"target from the article's strike report: " + rep.Sentence}
			}
		}
	}
	if src < 0 || tgt < 0 {
		return
	}
	if !air && tj >= 0 && a.w.up[tj] == "AGAINST" && (workplace(ms[tgt].Code) || private(ms[src].Code)) {
		// "miners launched a strike against the mining company"
		return
	}
	code, what := "190", "use of force (190)"
	if air {
		code, what = "195", "aerial weapons (195)"
	}
	for _, src := range srcs {
		if src == tgt || sameCountry(ms[src], ms[tgt]) && !air {
			continue
		}
		cl := &clause{v: k, vEnd: k + 1, lo: o, hi: end, code: code, src: src, tgt: tgt,
			pattern: strikePattern, entries: append([]string{"noun " + toks[k].Form + ": " + what}, tally...)}
		a.emitNominal(s, toks, ms, cl, ms[src], ms[tgt], says, times)
		// "conducted eight strikes in support of the Iraqi
		// government": whom the strikes support, the doer
		// cooperates with militarily. Built as the strike's clause
		// above is, not by emitNounPair: its phrase starts at the
		// owner o, not the noun, and one country on both sides is
		// tested as the strike's is (sameCountry).
		if p := a.supportedParty(toks, ms, k); p >= 0 && p != tgt && p != src && !sameCountry(ms[src], ms[p]) {
			cl := &clause{v: k, vEnd: k + 1, lo: o, hi: end, code: "062", src: src, tgt: p,
				pattern: "<noun> STRIKE IN SUPPORT OF +", entries: []string{"noun " + toks[k].Form + ": strikes in support of another (062)"}}
			a.emitNominal(s, toks, ms, cl, ms[src], ms[p], says, times)
		}
	}
}

// strikePattern is the pattern nominalStrike's events name.
const strikePattern = "<noun> STRIKE ON + BY $"

// subjectStrikeTarget returns the actor after "against" or "on" in the
// clause of the verb whose subject is the strike noun at k (by the
// parse, or a verb right after the noun), or -1.
func (a *article) subjectStrikeTarget(toks []model.Token, ms []actor.Mention, k int) int {
	h := a.strikeVerb(toks, k)
	if h < 0 {
		return -1
	}
	end := nominalEnd(toks, h)
	for j := h + 1; j < end; j++ {
		if a.w.up[j] == "AGAINST" || a.w.up[j] == "ON" {
			return argAt(toks, ms, j+1)
		}
	}
	return -1
}

// strikeVerb returns the verb whose subject is the strike noun at k, by
// the parse or a verb right after the noun, else -1.
func (a *article) strikeVerb(toks []model.Token, k int) int {
	// "the coalition's airstrikes delivered 24 bombs against ...": a
	// verb right after the noun is its own, though the parse may take
	// it for a participle on the noun and the noun for the subject of a
	// verb of saying further on.
	if k+1 < len(toks) && isVerb(toks[k+1]) {
		switch toks[k+1].XPOS {
		case "VBD", "VBZ", "VBP", "VBN":
			return k + 1
		}
	}
	if t := &a.t; t.ok && k < len(t.head) && base(t.rel[k]) == "nsubj" && t.head[k] > k && isVerb(toks[t.head[k]]) {
		return t.head[k]
	}
	return -1
}

// usedMeans reads a "using" phrase at j after a noun of force ("using
// attack, bomber and remotely piloted aircraft"): the token after it,
// whether it names an aircraft, and whether there is one, a list of
// nouns and their modifiers that ends before a preposition.
func usedMeans(toks []model.Token, w *words, j int) (int, bool, bool) {
	if j >= len(toks) || w.up[j] != "USING" {
		return 0, false, false
	}
	aircraft := false
	e := j + 1
	for ; e < len(toks) && e <= j+nominalReach; e++ {
		switch toks[e].UPOS {
		case "NOUN", "ADJ", "ADV", "CCONJ", "NUM", "PROPN":
			aircraft = aircraft || aircraftLemmas[w.lem[e]]
			continue
		case "VERB":
			if toks[e].XPOS == "VBN" {
				continue
			}
		case "PUNCT":
			if toks[e].Form == "," {
				continue
			}
		case "ADP":
			return e, aircraft, e > j+1
		}
		return 0, false, false
	}
	return 0, false, false
}

// aircraftLemmas are the nouns (upper-case lemmas) of aircraft, whose
// strikes are air strikes.
var aircraftLemmas = map[string]bool{
	"AIRCRAFT": true, "JET": true, "WARPLANE": true, "PLANE": true, "BOMBER": true,
	"DRONE": true, "HELICOPTER": true,
}

// workplace reports an actor code of a company, a union or a school,
// which a strike against is a labour one.
func workplace(code string) bool {
	if len(code) < 6 {
		return false
	}
	switch code[3:6] {
	case "BUS", "LAB", "EDU":
		return true
	}
	return false
}

// labourStrikeLemmas are the light verbs (upper-case lemmas) of a
// strike that workers hold: "staged a strike against the reform",
// "began a strike against pay cuts".
var labourStrikeLemmas = map[string]bool{"STAGE": true, "BEGIN": true, "START": true, "RESUME": true, "MAKE": true}

// nominalOwner returns the actor that a noun at k is written as the act
// of, before it: a possessive ("Chile's offensive", "its raid") or a
// modifier, adjectives and numbers allowed between ("an ELN attack",
// "Chile's 1995 invasion"; "a Chilean missile attack" is not: a noun
// between is another thing); else -1.
func (a *article) nominalOwner(toks []model.Token, ms []actor.Mention, k int) int {
	p := k - 1
	// "Chile's 1995 invasion", "Peru's two raids": a number names no
	// other thing.
	for p > 0 && (toks[p].UPOS == "ADJ" || toks[p].UPOS == "NUM") && !a.w.act[p] {
		p--
	}
	if p < 0 {
		return -1
	}
	if possessiveMark(toks[p]) {
		p--
	}
	for i, m := range ms {
		if p >= m.Start && p < m.End && m.End == p+1 {
			return i
		}
	}
	return -1
}

// unheld reports a noun at k that a word before it, past adjectives and
// the phone of a phone call, says is yet to be held or will not be ("a
// planned meeting", "the proposed phone call", "a cancelled meeting").
func unheld(up []string, k int) bool {
	for p := k - 1; p >= 0 && p >= k-3; p-- {
		switch up[p] {
		case "PLANNED", "PROPOSED", "POSSIBLE", "POTENTIAL", "EXPECTED", "UPCOMING", "SCHEDULED",
			"FUTURE", "CANCELLED", "CANCELED", "POSTPONED", "DELAYED", "PROSPECTIVE", "MOOTED", "NEXT":
			return true
		case "THE", "A", "AN", "ITS", "THEIR":
			return false
		}
	}
	return false
}

// unheldLemmas govern a noun of an event that has not been held: one
// expected, planned or put off.
var unheldLemmas = map[string]bool{
	"EXPECT": true, "SCHEDULE": true, "PLAN": true, "PROPOSE": true,
	"ARRANGE": true, "SEEK": true, "POSTPONE": true, "CANCEL": true,
	"DELAY": true, "CALL": true, "URGE": true, "DEMAND": true,
	"RESCHEDULE": true,
}

// endingLemmas govern a noun of a deed that stops with the governing
// verb's event ("ended its crackdown", "suspended the offensive").
var endingLemmas = map[string]bool{
	"END": true, "HALT": true, "STOP": true, "CEASE": true, "SUSPEND": true,
	"LIFT": true, "ABANDON": true,
}

// unheldByClause reports a noun at k whose relative clause or participle
// says it was not held: "a meeting that was canceled", "the talks,
// postponed twice". The parse may hang the clause on the last word of
// the noun's phrase (up to hi) instead: "a meeting between the two
// presidents that was canceled"; there only a passive participle counts,
// since "the delegation that postponed the vote" says nothing of the
// meeting.
func (a *article) unheldByClause(k, hi int) bool {
	if !a.t.ok {
		return false
	}
	for h := k; h < hi && h < len(a.t.kids); h++ {
		for _, c := range a.t.kids[h] {
			if base(a.t.rel[c]) != "acl" || h != k && a.toks[c].XPOS != "VBN" {
				continue
			}
			// Not every unheldLemma: "an emergency meeting called by
			// France" was held.
			switch a.w.lem[c] {
			case "CANCEL", "POSTPONE", "DELAY", "RESCHEDULE":
				return true
			}
		}
	}
	return false
}

// intended reports a noun at k that unheld reads and that a word before
// it says is planned or set ("a planned meeting", "the scheduled
// meeting", "an upcoming meeting"), not merely proposed, possible or
// called off.
func intended(up []string, k int) bool {
	for p := k - 1; p >= 0 && p >= k-3; p-- {
		switch up[p] {
		case "PLANNED", "SCHEDULED", "UPCOMING", "EXPECTED":
			return true
		case "THE", "A", "AN", "ITS", "THEIR":
			return false
		}
	}
	return false
}

// premodKinds is a set of the kinds of word that stand between a noun and
// the word before its phrase: its article, a possessive, numbers,
// adjectives, nouns and symbols ("raised its 25 percent steel tariffs").
type premodKinds uint8

const (
	premodDet  premodKinds = 1 << iota // "a", "the"
	premodPoss                         // "its", "their"
	premodNum                          // "25"
	premodAdj                          // "new", "criminal"
	premodNoun                         // "steel", "corruption"
	premodSym                          // "%"
	// premodActor walks past the words of actors' mentions too
	// ("during a Peruvian state visit"); without it the walk stops
	// at them.
	premodActor
)

// has reports whether tok is a word of one of the kinds of ks.
func (ks premodKinds) has(tok model.Token) bool {
	var k premodKinds
	switch {
	case tok.XPOS == "PRP$":
		k = premodPoss
	case tok.UPOS == "DET":
		k = premodDet
	case tok.UPOS == "NUM":
		k = premodNum
	case tok.UPOS == "ADJ":
		k = premodAdj
	case tok.UPOS == "NOUN":
		k = premodNoun
	case tok.UPOS == "SYM":
		k = premodSym
	}
	return ks&k != 0
}

// beforePremods returns the word right before the premodifiers of the
// noun at k, or -1: back past at most n words of the kinds ks (the
// governing verb of "opened a corruption probe", the preposition of
// "during their meeting", the possessive of "its 25 percent tariffs").
func (a *article) beforePremods(toks []model.Token, k, n int, ks premodKinds) int {
	p := k - 1
	for p >= 0 && p >= k-n && (ks&premodActor != 0 || !a.w.act[p]) && ks.has(toks[p]) {
		p--
	}
	return p
}

// emitNounPair emits the event that the noun at k names, over its phrase
// up to end, coded code from ms[src] on ms[tgt], unless a side is
// missing, both are one mention, or they are one party (selfEvent):
// pattern is written as the verb pattern it stands for ("<noun> TARIFF ON
// + BY $") and entry says what the noun is ("noun tariffs: tariffs
// imposed (163)"). It reports whether an event was added.
func (a *article) emitNounPair(s *model.Sentence, toks []model.Token, ms []actor.Mention, k, end int, code string, src, tgt int, pattern, entry string, says []say, times []when.Expression) bool {
	if src < 0 || tgt < 0 || src == tgt || selfEvent(ms[src], ms[tgt]) {
		return false
	}
	cl := &clause{v: k, vEnd: k + 1, lo: k, hi: end, code: code, src: src, tgt: tgt, pattern: pattern, entries: []string{entry}}
	n := len(a.events)
	a.emitNominal(s, toks, ms, cl, ms[src], ms[tgt], says, times)
	return len(a.events) > n
}

// emitNominal emits a nominal event with its status and date.
func (a *article) emitNominal(s *model.Sentence, toks []model.Token, ms []actor.Mention, cl *clause, sm, tm actor.Mention, says []say, times []when.Expression) {
	// The status is that of the clause the noun stands in: "a Chinese
	// attack on Taiwan could ..." is hypothetical.
	st := *cl
	if c := a.t.child(cl.v, "cop"); c >= 0 {
		// "officials said Peru and Chile were in talks": a noun that
		// is its clause's predicate has the status of its copula,
		// which stands in the clause of saying.
		st.v, st.vEnd = c, c+1
	} else if a.t.ok {
		for h, n := a.t.head[cl.v], 0; h >= 0 && n < 8; h, n = a.t.head[h], n+1 {
			if isVerb(toks[h]) {
				// "agreed to withdraw troops after talks between
				// their commanders": what a deed yet to be done
				// follows has been held; the noun takes the status
				// of the verb the infinitive hangs on, not the
				// infinitive's.
				if g := a.t.head[h]; g >= 0 && a.precedes(cl.v, h) && base(a.t.rel[h]) == "xcomp" && a.infinitive(h) && isVerb(toks[g]) {
					h = g
				}
				st.v, st.vEnd = h, h+1
				break
			}
		}
	}
	// "talks between Peru and Chile are expected next week", "postponed
	// a call between them": a consultation the governing verb says is
	// yet to be held, or will not be, is none.
	// A name given ("what it called a terrorist attack") is no call
	// for one.
	if st.v != cl.v && unheldLemmas[a.w.lem[st.v]] && !(a.w.lem[st.v] == "CALL" && a.namesObject(st.v)) {
		return
	}
	// "a meeting between them in Chile that was canceled": a clause on
	// the noun may say the same.
	if a.unheldByClause(cl.v, cl.hi) {
		return
	}
	// "Iran ended its crackdown on protesters", "halted its offensive
	// against the rebels": force or coercion that the governing verb
	// says has stopped is no deed of the day; the stopping is the
	// news, and the noun codes nothing.
	if st.v != cl.v && endingLemmas[a.w.lem[st.v]] && cl.code >= "14" {
		return
	}
	// "X met Y in Beijing on Monday, the highest-level visit to China
	// by a U.S. official": a noun that names again what a verb of its
	// sentence coded, between the same countries, is no event of its
	// own.
	if a.restates(s, cl.code, sm, tm) {
		return
	}
	status, attr := a.status(toks, ms, &st, says)
	// "a Chinese attack on Taiwan could constitute a crisis": a deed
	// that may happen has not, as for a verb (code).
	if status == model.Hypothetical && material(cl.code) && !a.c.Unrealised {
		return
	}
	date, x, hasX := a.date(toks, cl, times)
	if status == model.Negated && hasX && when.Background(x, a.ref) {
		// "Georgia has not forgotten the 2008 war between Russia and
		// Georgia": a deed the noun dates in the past happened,
		// whatever the verb it hangs on denies of its own subject.
		status = model.Asserted
		if attr != nil {
			status = model.Claimed
		}
	}
	a.emit(s, toks, cl, sm, tm, true, cl.code, status, attr, date, x, hasX)
}

// restates reports an event of sentence s already coded with code
// between the countries of sm and tm.
func (a *article) restates(s *model.Sentence, code string, sm, tm actor.Mention) bool {
	sc, tc := actor.CountryOf(sm.Code), actor.CountryOf(tm.Code)
	if sc == "" || tc == "" {
		return false
	}
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		e := &a.events[i]
		if e.Evidence.Sentence.Start != s.Start {
			break
		}
		if e.Code == code && e.Source != nil && e.Target != nil && actor.CountryOf(e.Source.Code) == sc && actor.CountryOf(e.Target.Code) == tc {
			return true
		}
	}
	return false
}

// precedingWords are the prepositions (upper-case) by which a noun names
// what happened before the deed it qualifies.
var precedingWords = map[string]bool{"AFTER": true, "FOLLOWING": true, "SINCE": true}

// precedes reports a noun at k that a preposition of precedingWords
// introduces in the parse, itself or a noun it hangs on below the verb at
// v ("after talks", "after a new round of talks").
func (a *article) precedes(k, v int) bool {
	for n := 0; k >= 0 && k != v && n < 8; k, n = a.t.head[k], n+1 {
		for _, c := range a.t.kids[k] {
			if base(a.t.rel[c]) == "case" && precedingWords[a.w.up[c]] {
				return true
			}
		}
	}
	return false
}

// onVisit returns the visitor of a visit noun at k that follows "on"
// ("on a three-day state visit to"): the mention right before "is on",
// "was on" or ", on" ("The Iranian president is on a state visit to
// Venezuela", "Modi, on a visit to Paris, said"), or -1.
func onVisit(toks []model.Token, ms []actor.Mention, k int) int {
	j := k - 1
	for j >= 0 {
		switch u := toks[j].UPOS; {
		case u == "ADJ" || u == "NUM" || u == "DET" || u == "NOUN" || toks[j].Form == "-":
			j--
			continue
		}
		break
	}
	if j < 1 || !strings.EqualFold(toks[j].Form, "on") {
		return -1
	}
	j--
	if toks[j].Form != "," && toks[j].UPOS != "AUX" {
		return -1
	}
	for i, m := range ms {
		if m.End == j {
			return i
		}
	}
	return -1
}
