package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// reportsEvent decides whether the clause's verb reports an event at
// all. A verb that only introduces what is said, names what something
// is called, describes a noun or its subject's habit, or whose bare code
// the words around it belie ("China's economy is exploding"), codes
// nothing: it returns false. A bare verb whose object shows another
// sense is recoded here ("blasted the sanctions": 111). Its guards run
// in turn: saysSomething, inCodedSense, isPredicate.
func (a *article) reportsEvent(st *coding) bool {
	return a.saysSomething(st) && a.inCodedSense(st) && a.isPredicate(st)
}

// saysSomething reports false for a verb of saying that says nothing to
// anyone: a bare statement (010) of a verb that only reports, or in a
// clause opened by "as"; a reporting verb no pattern made specific that
// only introduces its "that" clause.
func (a *article) saysSomething(st *coding) bool {
	toks, cl, v := st.toks, st.cl, st.v
	if cl.code == "010" && cl.rev == "" && reportOnly[a.w.lem[v]] {
		return false
	}
	if a.w.lem[v] == "SPEAK" && cl.code == "040" && !a.spokenTo(toks, st.ms, cl) {
		return false
	}
	// "which, as we have mentioned, makes the army's job harder": a
	// statement's bare 010 in a clause opened by "as" only comments on
	// the sentence; it says nothing to anyone.
	if cl.code == "010" && cl.rev == "" && bareVerb(cl) && a.asMarked(v) {
		return false
	}
	// "Rama claimed that investigators had ...": a reporting verb that
	// no pattern made specific only introduces its complement clause.
	// A warning is no report: "warned that Japan would bear the
	// consequences" threatens Japan (warnedOf), nor is a demand:
	// "insisted that Peru withdraw" (mandatePattern), nor a denial of
	// one's own deed: "denied that its troops laid mines" (ownDenialPattern).
	if cl.score == 0 && sayLemmas[a.w.lem[v]] && !threat(cl.code) && cl.rule != ruleMandate && cl.rule != ruleOwnDenial && v+1 < len(toks) && strings.EqualFold(toks[v+1].Form, "that") {
		return false
	}
	return true
}

// inCodedSense reports false for a bare verb whose words show it is not
// used in the sense its bare code means: who dies, a deed tried for and
// prevented, calling someone a name, force on oneself, a participle of
// association, an economy that explodes, demonstrating a quality,
// expecting, striving or deciding to do something. It recodes blasting
// an act (111) and calling a charge false (016).
func (a *article) inCodedSense(st *coding) bool {
	toks, cl, v := st.toks, st.cl, st.v
	// "hundreds of people had died": who dies is the victim, and the
	// bare verb names no one who did it.
	// "Russia blasted the sanctions imposed by the EU": to blast an
	// act or words (a reaction's object) is to criticise them, not to
	// bomb; the bare verb's use of force is for places and forces.
	// So is blasting someone for a deed ("blasted Chile for smuggling
	// arms"), as the charge it makes says.
	if a.w.lem[v] == "BLAST" && bareVerb(cl) && strings.HasPrefix(cl.code, "19") && (a.reactionObject(toks, cl) >= 0 || a.blamedFor(v)) {
		cl.code, cl.rev = "111", ""
		cl.pattern += " (an act or a deed blasted: 111)"
	}
	if victimLemmas[a.w.lem[v]] && bareVerb(cl) {
		return false
	}
	// "lawmakers who sought to talk to protesters were prevented from
	// doing so", "tried to meet them but were stopped": a deed tried
	// for and prevented did not happen; nor did what a vetoed text
	// says ("vetoed a resolution demanding a ceasefire").
	if a.triedPrevented(v) || committedToDeed(toks, cl) || vetoedText(toks, a.w.lem, v) || a.blockedDeed(cl) {
		return false
	}
	// "received a letter from Chile's ambassador": who something is
	// received from sent it, and was not received as a guest.
	if a.receivedFrom(cl) {
		return false
	}
	// "Chile called the claim absurd": calling a charge false denies it
	// (016), aimed at who made it (accusers).
	if a.w.lem[v] == "CALL" && bareVerb(cl) && falseCharge(toks, &a.w, v+1) >= 0 {
		cl.code, cl.rev = "016", ""
		cl.pattern += " (a charge called false: 016)"
	} else if a.w.lem[v] == "CALL" && bareVerb(cl) && (a.namesObject(v) || a.namingParticiple(v)) {
		// "Beijing, which calls him a separatist": a call no pattern
		// made specific that names what its object is names, it does
		// not phone.
		return false
	}
	// "Bolivians willing to kill themselves to end the Chilean
	// occupation": force a bare verb turns on its own subject harms no
	// one else the sentence names.
	if bareVerb(cl) && (strings.HasPrefix(cl.code, "18") || strings.HasPrefix(cl.code, "19")) && a.reflexiveObject(v) {
		return false
	}
	// "patches associated with the Kurdish YPG": a participle of
	// association hung on what it describes, with no subject, auxiliary,
	// "by" agent or actor object of its own, says what the thing goes
	// with; no one associated with anyone.
	if associateLemmas[a.w.lem[v]] && bareVerb(cl) && a.namingParticiple(v) {
		return false
	}
	// "China's economy is exploding": a bare "explode" with no object
	// says what blew up or boomed, not who set off a blast.
	if a.w.lem[v] == "EXPLODE" && bareVerb(cl) && !cl.passive && a.intransitive(v) {
		return false
	}
	// "Chile demonstrated its commitment to the peace process": to
	// demonstrate something is to show it; only demonstrating with no
	// object is a protest (141).
	if a.w.lem[v] == "DEMONSTRATE" && bareVerb(cl) && a.showsObject(toks, v) {
		return false
	}
	// "Bolivian families settled in Peru": see settledHome.
	if a.w.lem[v] == "SETTLE" && bareVerb(cl) && settledHome(toks, v, cl.passive) {
		return false
	}
	// "Lima expects Chilean firms to raise output": what a bare verb of
	// expecting says others will do is no intent of the expecter's.
	if expectLemmas[a.w.lem[v]] && bareVerb(cl) && a.expectsOthers(v) {
		return false
	}
	// "parties battle to win the election": a bare verb of fighting
	// whose only complement is what its subject strives to do fights no
	// one.
	if striveLemmas[a.w.lem[v]] && bareVerb(cl) && a.strivesTo(v) {
		return false
	}
	// "the parliament voted to expel the ambassador", "decided to impose
	// sanctions": a bare verb of deciding whose only complement is what
	// its subject decided to do is no intent to cooperate (DECIDE's and
	// VOTE's bare 030); the infinitive is the event.
	if decideLemmas[a.w.lem[v]] && bareVerb(cl) && a.strivesTo(v) {
		return false
	}
	return true
}

// settledHome reports a bare verb of settling at v (passive if its clause
// is) that makes a home, not peace: settling in a place ("Bolivian
// families settled in Peru") or a place settled ("the coast was settled
// by German immigrants"). Only settling with someone (or a dispute)
// yields (080).
func settledHome(toks []model.Token, v int, passive bool) bool {
	return passive || v+1 < len(toks) && settlePlaceWords[strings.ToLower(toks[v+1].Form)]
}

// settlePlaceWords (lower-case) open the place a verb of settling makes a
// home in ("settled in Peru", "settled along the coast").
var settlePlaceWords = map[string]bool{"in": true, "on": true, "at": true, "along": true, "near": true, "among": true, "there": true, "here": true}

// showsObject reports a verb at v with an object: in the parse, or, in a
// sentence coded without one (see Parseable), a word right after the verb
// that begins an object or an adjective before its noun ("demonstrated a
// great deal of patience", "demonstrated remarkable restraint"). A verb
// followed by a preposition, an adverb or a bare time ("demonstrated
// outside the embassy", "demonstrated Monday") has none.
func (a *article) showsObject(toks []model.Token, v int) bool {
	if a.t.ok {
		return a.hasObject(v)
	}
	if v+1 >= len(toks) {
		return false
	}
	return objectWord(toks[v+1]) || toks[v+1].UPOS == "ADJ"
}

// isPredicate reports false for a verb that is no predicate of an event
// of the story: a participle used as an adjective, meeting a demand or a
// deadline, a verb that only says how often or next its subject does
// the infinitive after it, a relative clause that describes its actor,
// a clause that asks whether, the terms of a proposal.
func (a *article) isPredicate(st *coding) bool {
	toks, ms, cl, v := st.toks, st.ms, st.cl, st.v
	// "nominated two judges to replace retiring jurists", "armies and
	// suspected weapons programmes": a participle the parse makes an
	// adjective of a noun after it describes the noun; it is no
	// predicate.
	if a.t.ok && (toks[v].XPOS == "VBG" || coordinatedAdjective(toks, v)) && a.t.rel[v] == "amod" && a.t.head[v] > v {
		return false
	}
	// "Peru has met its obligations to Chile", "met the deadline set by
	// Chile", "meets with the approval of the EU": meeting a demand, a
	// goal or a response is no meeting.
	if a.w.lem[v] == "MEET" && bareVerb(cl) && metNoun(toks, cl.vEnd, cl.hi) {
		return false
	}
	// "The French tend to look down on", "went on to play nuclear
	// brinkmanship with India", "how little the word means": a verb
	// that only says how often or next its subject does the infinitive
	// after it, or what a word signifies, is no event; the infinitive
	// is.
	if bareVerb(cl) && a.noDeed(toks, ms, cl) {
		return false
	}
	// "Oman, which has mediated between Washington and Tehran, called
	// for restraint": a relative clause set off by a comma describes its
	// actor; it reports no event of the story.
	if a.nonRestrictive(v) || a.definingClause(ms, v) {
		return false
	}
	// "It is unclear whether Peru will recognise the junta": a deed a
	// clause asks about is no event (openQuestion).
	if a.openQuestion(v) {
		return false
	}
	// "it is counterproductive to punish Chile": the infinitive an
	// expletive "it" stands in for is judged, not done
	// (extraposedInfinitive).
	if a.extraposedInfinitive(v) {
		return false
	}
	// "Under the plan, Serbia would not object to Kosovo's membership":
	// what a proposal says its parties would do are its terms, no deed,
	// intent or refusal of theirs.
	if !a.c.Unrealised && proposalTerms(toks, v) {
		return false
	}
	return true
}

// recode corrects the code where the parties and their words show the
// verb's specific sense: joining an organisation (057), force for crowd
// control (175) or by a sanction (163), a military demonstration (150),
// air strikes by the military, threats of military means (138), military
// aid (072), refuge for people hosted (075). It returns false for a bare
// "host" of a thing, which hosts no one.
func (a *article) recode(st *coding) bool {
	toks, ms, cl, v, src, tgt := st.toks, st.ms, st.cl, st.v, st.src, st.tgt
	// "Finland formally joined NATO": joining an international
	// organisation, its bare name the verb's object, is acceding to its
	// founding treaty, a formal agreement (057), not a gathering.
	if tgt >= 0 && !cl.passive && a.w.lem[v] == "JOIN" && bareVerb(cl) && strings.HasPrefix(ms[tgt].Code, "IGO") && a.objectAt(toks, ms, cl, src) == tgt && !modifier(toks, ms[tgt].End) {
		cl.code, cl.rev = "057", ""
		cl.pattern += " (an organisation joined: 057)"
	}
	// "Slovakia's prime minister defended Orban": defending a person,
	// named as the verb's object, defends what he said or did, in words
	// (052, the codebook's "defend verbally"); military protection (074)
	// is for places, peoples and states.
	if tgt >= 0 && cl.code == "074" && !cl.passive && a.w.lem[v] == "DEFEND" && bareVerb(cl) && ms[tgt].Person && a.objectAt(toks, ms, cl, src) == tgt {
		cl.code, cl.rev = "052", ""
		cl.pattern += " (a person defended: 052)"
	}
	// "Greece recognised Kosovo", "Kosovo is recognised by Greece":
	// recognising a state or its government, named as the verb's object,
	// grants it diplomatic recognition (054). Recognising what it did
	// ("recognised Kenya's contribution") stays praise (051).
	if tgt >= 0 && cl.code == "051" && recognizeLemmas[a.w.lem[v]] && bareVerb(cl) && stateActor(ms[tgt].Code) && !modifier(toks, ms[tgt].End) && a.recognised(toks, ms, cl, src, tgt) {
		cl.code, cl.rev = "054", ""
		cl.pattern += " (a state recognised: 054)"
	}
	// "rebels have fought the government since 2007": an armed side
	// fighting the actor named as the verb's object uses force (190);
	// the verbal attack that CAMEO.2.0's "- * GOVERNMENT [111] # ATTACK"
	// reads in it is a politician's.
	if a.armedFight(st) {
		cl.code, cl.rev = "190", ""
		cl.pattern += " (an armed side's fight: 190)"
	}
	// "Kosovo police fired tear gas to disperse the crowd": force with
	// the means of crowd control is violent repression (175), as the
	// CAMEO codebook has it.
	if r := cl.code; (strings.HasPrefix(r, "18") || strings.HasPrefix(r, "19")) && a.crowdControl(cl) {
		cl.code, cl.rev = "175", ""
		cl.pattern += " (crowd control: 175)"
	}
	// "farmers hit by Chinese tariffs": force whose passive agent is a
	// sanction or tariff is the sanction itself (163), by the country
	// that imposed it.
	if r := cl.code; cl.passive && bareVerb(cl) && (strings.HasPrefix(r, "18") || strings.HasPrefix(r, "19")) && a.byPenalty(cl) {
		cl.code, cl.rev = "163", ""
		cl.pattern += " (by a sanction: 163)"
	}
	// "Chilean tariffs have hurt Peruvian farmers", "duties imposed by
	// Chile hit Peruvian exporters": force whose subject is a sanction
	// or tariff is the sanction itself (163), by the country that
	// imposed it.
	if r := cl.code; !cl.passive && bareVerb(cl) && (strings.HasPrefix(r, "18") || strings.HasPrefix(r, "19")) && a.penaltySubject(v) {
		cl.code, cl.rev = "163", ""
		cl.pattern += " (a sanction as subject: 163)"
	}
	// "Peru beat Chile 2-1", "aims to beat the United States to the
	// moon": one beats up people, not a country by its name; beating a
	// country outdoes it (beatenCountry).
	if tgt >= 0 && a.beatenCountry(toks, ms, cl, tgt) {
		return false
	}
	// "Chile will fight the tariffs at the WTO", "vowed to fight the
	// sanctions in court": force whose object is a sanction or tariff
	// contests a measure; it strikes no one.
	if r := cl.code; !cl.passive && bareVerb(cl) && (strings.HasPrefix(r, "18") || strings.HasPrefix(r, "19")) && a.contestsPenalty(v) {
		return false
	}
	// "China fired ballistic missiles into waters around Taiwan",
	// "Iran held large military exercises near the border": a missile
	// launched at no one and an exercise are demonstrations of military
	// power (150). Joint exercises, which the dictionary codes as
	// military cooperation (06x: "held joint military exercises with
	// Belarus"), stay cooperation.
	if !strings.HasPrefix(cl.code, "06") && a.demonstration(toks, cl, ms, tgt) {
		cl.code, cl.rev, cl.forces = "150", "", true
		cl.pattern += " (military demonstration: 150)"
		if tgt >= 0 && (selfEvent(ms[src], ms[tgt]) || own(ms[src], ms[tgt])) {
			tgt = -1
		}
	}
	// "a Chilean frigate joined the Peruvian navy's task force": an
	// armed force that joins another country's cooperates militarily
	// (062), not a meeting (JOIN's bare 040).
	if src >= 0 && tgt >= 0 && !cl.passive && bareVerb(cl) && cl.code == "040" && a.w.lem[v] == "JOIN" && armedSide(ms[src].Code) && armedSide(ms[tgt].Code) && !sameCountry(ms[src], ms[tgt]) {
		cl.code, cl.rev = "062", ""
		cl.pattern += " (an armed force joined: 062)"
	}
	// "Chilean officers trained Bolivian troops", "Chilean forces are
	// advising and assisting Bolivian rebels": training another's armed
	// force, or the advising and assisting of it, is military
	// cooperation (062); the dictionaries' bare TRAIN is preparing (030),
	// ASSIST material cooperation (060).
	if src >= 0 && tgt >= 0 && !cl.passive && bareVerb(cl) && a.forceTraining(cl, v) && armedSide(ms[tgt].Code) && !sameCountry(ms[src], ms[tgt]) && a.objectAt(toks, ms, cl, src) == tgt {
		cl.code, cl.rev = "062", ""
		cl.pattern += " (an armed force trained or advised: 062)"
	}
	// "Israel bombed targets in Syria": a state that bombs does so from
	// the air (195), as its air force; the dictionaries' bare BOMB is
	// unspecified force (190).
	// Anyone else's bombing ("Peruvian rebels bombed an army base") is
	// non-military bombing (183).
	if cl.code == "190" && src >= 0 && a.w.lem[v] == "BOMB" && bareVerb(cl) && !cl.passive {
		if stateForce(ms[src].Code) {
			cl.code, cl.rev, cl.forces = "195", "", true
			cl.pattern += " (a state's bombing: 195)"
		} else if ms[src].Code != "" {
			cl.code, cl.rev = "183", ""
			cl.pattern += " (a non-state bombing: 183)"
		}
	}
	// "Armenian and Azeri troops exchanged fire": fire exchanged or
	// traded, with no weapon named before it, is a clash of unspecified
	// force (190); the dictionaries' "- * FIRE [193:193]" made it small
	// arms, which "exchanged mortar fire" or "gunfire" does name.
	if cl.code == "193" && a.exchanged(v) && bareFire(toks, cl.vEnd) {
		cl.code = "190"
		if cl.rev != "" {
			cl.rev = "190"
		}
		cl.pattern += " (fire exchanged: 190)"
	}
	// "Three aid workers were freed by rebels": people released are
	// released persons (0841), not a release of no kind (080, 084).
	if a.releasedPeople(st) {
		cl.code, cl.rev = "0841", ""
		cl.pattern += " (people released: 0841)"
	}
	// "Chinese ships blocked the Philippine boat", "farmers blocked the
	// border crossing": a way blocked by a state or its forces restricts
	// movement (191), by anyone else it obstructs passage (144); the
	// dictionaries' bare BLOCK is coercion (170), and blocking a
	// resolution or a deal keeps it.
	if cl.code == "170" && src >= 0 && a.w.lem[v] == "BLOCK" && bareVerb(cl) && !cl.passive && a.blockedWay(cl) {
		cl.code, cl.rev = "144", ""
		if c := ms[src].Code; stateForce(c) || len(c) >= 6 && bareCountry(c[:3]) && c[3:6] == "COP" {
			cl.code = "191"
		}
		cl.pattern += " (a way blocked: " + cl.code + ")"
	}
	// "the rebels seized Sanaa": a city seized, named as the verb's
	// object, is territory occupied (192), not property (the bare
	// SEIZE's 171).
	// So is one seized in the passive ("Quito was captured by the
	// rebels"), its subject the town.
	if cl.code == "171" && tgt >= 0 && seizeLemmas[a.w.lem[v]] && bareVerb(cl) && ms[tgt].Capital && (!cl.passive && a.objectAt(toks, ms, cl, src) == tgt || cl.passive && a.townTaken(toks, v)) {
		cl.code, cl.rev = "192", ""
		cl.pattern += " (a city seized: 192)"
	}
	// A town taken (townTaken) is taken by force only by a state, its
	// forces, rebels or militants; "the festival took Lima" takes none.
	if cl.rule == ruleTown && (src < 0 || !forceSide(ms[src].Code)) {
		return false
	}
	// Only a state leaves an organisation (organisationLeft): its
	// officials or rebels leaving its seat leave no membership.
	if cl.rule == ruleLeft && (src < 0 || !stateActor(ms[src].Code)) {
		return false
	}
	// "Turkey carried out air strikes on rebel bases": air strikes are
	// flown by an air force, so a country that carries them out acts
	// through its military (the forces check below).
	if strings.HasPrefix(cl.code, "195") && a.airStrikes(cl) {
		cl.forces = true
	}
	// "Britain conducted 200 bombing raids on ISIL targets": raids or
	// strikes from the air employ aerial weapons (195), though the
	// light verb's pattern ("- * RAID") made them force of no kind. The
	// doer stays the pattern's: the real-text golds code the country
	// that conducts them.
	if cl.code == "190" && (a.airStrikes(cl) || a.bombingRaids(cl)) {
		cl.code, cl.rev = "195", ""
		cl.pattern += " (raids from the air: 195)"
	}
	// "China demanded that Japan withdraw its warships": what a verb of
	// demanding calls for is a demand (10), though the pattern it
	// matched is an appeal's (025).
	if d := demandOf(cl.code); d != "" && demandLemmas[a.w.lem[v]] {
		cl.code, cl.rev = d, ""
		cl.pattern += " (a demand: " + d + ")"
	}
	// "warned Ethiopia that it would defend every grain of its
	// sovereignty": a threat of military means is a threat to use
	// military force (138).
	if cl.code == "130" && a.militaryMeans(cl) {
		cl.code, cl.rev = "138", ""
		cl.pattern += " (military means: 138)"
	}
	// "Freedonia will provide Sylvania's coast guard with a ship": what
	// a verb of giving gives armed forces, named by no object of its own
	// (the verb's bare code, 060), is military aid (072), as the
	// dictionary's "- * &MILITARY [072]" codes it for an army or a navy.
	if cl.code == "060" && !cl.passive && bareVerb(cl) && givingVerbs[a.w.lem[v]] && src >= 0 && tgt >= 0 && armedForces(ms[tgt].Code) {
		cl.code, cl.rev = "072", ""
		cl.pattern += " (armed forces given to: 072)"
	}
	// "Albania has hosted several thousand members of the exiled
	// opposition": hosting people, not a visit, is giving them refuge
	// (075).
	if a.w.lem[v] == "HOST" && !cl.passive && a.hostsPeople(cl) {
		cl.code, cl.rev = "075", ""
		cl.pattern += " (people hosted: 075)"
	}
	// "whose government hosted several rounds of talks": a host of talks
	// that names no party of its own mediates between the talks' parties
	// (045), whom the story gives (sidesOf), and receives no visit.
	if a.w.lem[v] == "HOST" && !cl.passive && bareVerb(cl) && cl.code == "043" && a.hostsTalks(cl) {
		cl.code, cl.rev, tgt = "045", "", -1
		cl.pattern += " (talks hosted: 045)"
	}
	// "Chilean companies are hosting Peruvian government websites",
	// "hosted a Peruvian trade fair": a bare host whose object is a
	// thing, not a visitor or a party of visitors, hosts no one the
	// thing's modifiers name.
	if a.w.lem[v] == "HOST" && !cl.passive && bareVerb(cl) && tgt >= 0 && a.hostsThing(ms[tgt], v) {
		return false
	}
	// "the commission, which oversees the police", "according to
	// Chile", "the court awarded Peru the islets", "a committee began
	// serving subpoenas on the firms": overseeing, "according", a
	// court's award and serving no actor give no one material help
	// (their blocks' bare 060); only a pattern of theirs ("awarded Peru
	// recognition") codes a deed.
	if cl.code == "060" && bareVerb(cl) && a.noHelp(toks, ms, cl, v, src) {
		return false
	}
	// "offered to fly aid to Santiago": flying something somewhere is
	// no journey (FLY's "- * (TO)", 040) of the subject's.
	if a.w.lem[v] == "FLY" && strings.HasPrefix(cl.code, "04") && patternPrep(cl.m.p) == "TO" && a.t.object(v) >= 0 {
		return false
	}
	// "received criticism from Iran", "got the minister's backing":
	// only receiving a visitor hosts a visit (receivePattern's 043).
	if a.receivePattern(cl) && (a.w.lem[v] != "RECEIVE" || !a.receivesVisitor(ms, v, cl.passive)) {
		return false
	}
	st.tgt = tgt
	return true
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

// blamedFor reports a gerund marked "for" that names the deed the verb
// at v holds its object to account for ("blasted Chile for smuggling
// arms", gerundDeed).
func (a *article) blamedFor(v int) bool {
	for k := v + 1; k < len(a.toks); k++ {
		if _, gov := a.gerundDeed(k); gov == v {
			return true
		}
	}
	return false
}

// victimLemmas are verbs (upper-case lemmas) whose subject suffers the
// event: without a pattern that names the perpetrator, they code
// nothing.
var victimLemmas = map[string]bool{"DIE": true, "PERISH": true}

// noHelp reports a verb at v of a block whose bare code is material
// cooperation (060) used in a sense that gives no one anything:
// overseeing or "according", an award by a court (a ruling: "the court
// awarded Peru sovereignty"; a firm's award of a concession is
// business), and serving something that is no actor ("serving subpoenas
// on the firms", "serves Peru's interests"; "served Peru's president for
// a decade" still codes).
func (a *article) noHelp(toks []model.Token, ms []actor.Mention, cl *clause, v, src int) bool {
	switch a.w.lem[v] {
	case "OVERSEE", "ACCORD":
		return true
	case "AWARD":
		return src >= 0 && strings.Contains(ms[src].Code, "JUD")
	case "SERVE":
		if !a.t.ok {
			return a.objectAt(toks, ms, cl, src) < 0
		}
		o := a.t.object(v)
		return o < 0 || holding(ms, o) < 0
	}
	return false
}

// modifier reports a noun right after a name at end, which the name then
// only modifies ("the NATO summit").
func modifier(toks []model.Token, end int) bool {
	return end < len(toks) && (toks[end].UPOS == "NOUN" || toks[end].UPOS == "PROPN")
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

// wayNouns are the ways and craft (upper-case lemmas) whose blocking
// stops movement: roads, crossings, ports, convoys, ships.
var wayNouns = map[string]bool{
	"ROAD": true, "HIGHWAY": true, "STREET": true, "BORDER": true, "CROSSING": true,
	"CHECKPOINT": true, "PORT": true, "HARBOUR": true, "HARBOR": true, "BRIDGE": true,
	"ROUTE": true, "PASSAGE": true, "RAILWAY": true, "AIRPORT": true, "ACCESS": true,
	"ENTRANCE": true, "CONVOY": true, "SHIP": true, "BOAT": true, "VESSEL": true,
	"TRAFFIC": true, "STRAIT": true,
}

// blockedWay reports a way or craft among the first words after the
// verb, before any other verb or punctuation ("blocked the main border
// crossing", "blocked a Philippine supply boat").
func (a *article) blockedWay(cl *clause) bool {
	for k := cl.vEnd; k < cl.hi && k < cl.vEnd+6 && k < len(a.toks) && k < len(a.w.lem); k++ {
		if wayNouns[a.w.lem[k]] {
			return true
		}
		switch a.toks[k].UPOS {
		case "VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "ADP":
			return false
		}
	}
	return false
}

// seizeLemmas are the verbs (upper-case lemmas) of taking something by
// force whose bare code is seizing property (171). TAKE codes 171 only
// as TAKE OVER ("ISIL took over Mosul"), the bare TAKE coding nothing.
var seizeLemmas = map[string]bool{"SEIZE": true, "CAPTURE": true, "OVERRUN": true, "TAKE": true}

// stateForce reports a source that is a state or its armed forces: a
// bare country, its government or its military (ISR, ISRGOV, ISRMIL).
func stateForce(code string) bool {
	return stateActor(code) || len(code) == 6 && strings.HasSuffix(code, "MIL") && bareCountry(code[:3])
}

// airStrikes reports a verb's object, within the first words after it,
// that is air strikes or air raids ("carried out air strikes",
// "launched airstrikes", "conducted a series of air raids"), in
// upper-case lemmas.
func (a *article) airStrikes(cl *clause) bool {
	return a.nearObject(cl, func(k int) bool {
		switch a.w.lem[k] {
		case "AIRSTRIKE", "AIR-STRIKE", "AIRRAID", "AIR-RAID":
			return true
		case "AIR":
			return k+1 < len(a.w.lem) && (a.w.lem[k+1] == "STRIKE" || a.w.lem[k+1] == "RAID")
		}
		return false
	})
}

// bombingRaids reports a verb's object, within the first words after
// it, that is bombing raids or strikes ("conducted over 200 bombing
// raids"), in upper-case lemmas: raids from the air.
func (a *article) bombingRaids(cl *clause) bool {
	return a.nearObject(cl, func(k int) bool {
		return k+1 < cl.hi && k+1 < len(a.w.lem) && a.w.up[k] == "BOMBING" && (a.w.lem[k+1] == "RAID" || a.w.lem[k+1] == "STRIKE")
	})
}

// nearObject reports a word k of the first six after a verb's words, in
// its clause, for which match holds, walking no further than a verb, an
// auxiliary, punctuation, a conjunction, a pronoun or a proper noun: the
// words of the verb's object phrase, which airStrikes and bombingRaids
// read alike.
func (a *article) nearObject(cl *clause, match func(k int) bool) bool {
	for k := cl.vEnd; k < cl.hi && k < cl.vEnd+6 && k < len(a.toks) && k < len(a.w.lem); k++ {
		if match(k) {
			return true
		}
		switch a.toks[k].UPOS {
		case "VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PRON", "PROPN":
			return false
		}
	}
	return false
}

// forceTraining reports a verb at v that trains (TRAIN, bare 030), or
// assists beside advising ("advising and assisting", ASSIST's bare
// 060): what armed forces do for another's.
func (a *article) forceTraining(cl *clause, v int) bool {
	switch {
	case cl.code == "030" && a.w.lem[v] == "TRAIN":
		return true
	case cl.code == "060" && a.w.lem[v] == "ASSIST":
		return v >= 2 && a.w.up[v-1] == "AND" && a.w.lem[v-2] == "ADVISE" ||
			v+2 < len(a.w.lem) && a.w.up[v+1] == "AND" && a.w.lem[v+2] == "ADVISE"
	}
	return false
}

// armedFight reports a verb of physical conflict coded as a verbal
// attack (111) whose source is an armed side (armedSide) and whose target
// is the verb's object.
func (a *article) armedFight(st *coding) bool {
	cl, src, tgt := st.cl, st.src, st.tgt
	if src < 0 || tgt < 0 || cl.code != "111" || cl.passive || cl.block.Name != "PHYSICAL_CONFLICT" {
		return false
	}
	return armedSide(st.ms[src].Code) && a.objectAt(st.toks, st.ms, cl, src) == tgt
}

// armedSide reports the code of an armed force: a state's military or
// rebels.
func armedSide(code string) bool {
	return len(code) >= 6 && (code[3:6] == "MIL" || code[3:6] == "REB")
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

// sanctionNouns are the penalties one party lays on another (upper-case
// lemmas), CAMEO's sanctions, embargoes and boycotts (163): what a
// passive verb is done by ("hit by tariffs"), what is fought ("will
// battle the ban in court"), what a reaction or a threat answers. This
// is the one list of them; measureNoun adds the words that name a
// measure only where the context says it was taken against someone.
var sanctionNouns = map[string]bool{
	"SANCTION": true, "TARIFF": true, "EMBARGO": true, "BOYCOTT": true, "DUTY": true, "BAN": true,
	"PENALTY": true,
}

// measureNoun reports whether lemma (upper-case) names a measure taken
// against someone: one of the sanctionNouns, or a word that names such a
// measure only as the object of a reaction or an opposition ("condemned
// the measures", "opposed the listing of Chinese companies").
func measureNoun(lemma string) bool {
	switch lemma {
	case "MEASURE", "LISTING", "BLACKLISTING", "DESIGNATION":
		return true
	}
	return sanctionNouns[lemma]
}

// byPenalty reports a passive verb's clause whose "by" phrase, right
// after the verb, is headed by a sanction or tariff within four words
// ("hit by retaliatory Chinese tariffs").
func (a *article) byPenalty(cl *clause) bool {
	k := cl.vEnd
	if k >= cl.hi || k >= len(a.toks) || !strings.EqualFold(a.toks[k].Form, "by") {
		return false
	}
	for j := k + 1; j < cl.hi && j < len(a.w.lem) && j <= k+4; j++ {
		if sanctionNouns[a.w.lem[j]] {
			return true
		}
		if a.toks[j].UPOS == "PUNCT" || a.toks[j].UPOS == "ADP" || isVerb(a.toks[j]) {
			return false
		}
	}
	return false
}

// penaltySubject reports a verb at v whose subject in the parse is a
// sanction or tariff (sanctionNouns: "the tariffs hurt", "duties imposed
// by Chile have hit").
func (a *article) penaltySubject(v int) bool {
	if !a.t.ok {
		return false
	}
	sj := a.t.nsubj(v)
	return sj >= 0 && sj < len(a.w.lem) && sanctionNouns[a.w.lem[sj]]
}

// contestsPenalty reports a verb at v whose object in the parse is a
// penalty (sanctionNouns: "fight the tariffs", "will battle the ban in
// court").
func (a *article) contestsPenalty(v int) bool {
	o := a.t.object(v)
	return o >= 0 && o < len(a.w.lem) && sanctionNouns[a.w.lem[o]]
}

// hostsThing reports a verb at v whose object in the parse is a noun
// that no actor is, and no party of visitors or people (visitorNouns,
// peopleNouns), with the mention m only inside it as a modifier
// ("hosting Peruvian government websites"): see modifiedThing.
func (a *article) hostsThing(m actor.Mention, v int) bool {
	o := a.t.object(v)
	if o < 0 {
		return false
	}
	if hostedMedia[a.w.lem[o]] && a.toks[o].UPOS == "NOUN" && (o < m.Start || o >= m.End) {
		// The agents list makes "websites" a media actor of its own,
		// which modifiedThing refuses; a site is still a thing one
		// hosts, not a visitor.
		lo, hi := a.t.span(o)
		return m.Start >= lo && m.End <= hi
	}
	return a.modifiedThing(m, o, peopleNouns)
}

// hostedMedia are things a server hosts that the agents list codes as
// media actors (upper-case lemmas): hosting them receives no visitor.
var hostedMedia = map[string]bool{
	"WEBSITE": true, "SITE": true, "WEBPAGE": true, "PORTAL": true, "SERVER": true, "DOMAIN": true,
}

// modifiedThing reports a token o that is a common noun no actor is,
// nor a party of visitors (visitorNouns) nor one of others (upper-case
// lemmas), whose phrase in the parse holds the mention m, not at o
// itself: m only modifies the thing o names ("Peruvian government
// websites", "a shipment of grain from Ukraine").
func (a *article) modifiedThing(m actor.Mention, o int, others map[string]bool) bool {
	if a.toks[o].UPOS != "NOUN" || o >= m.Start && o < m.End || o < len(a.w.act) && a.w.act[o] ||
		visitorNouns[a.w.lem[o]] || others[a.w.lem[o]] {
		return false
	}
	lo, hi := a.t.span(o)
	return m.Start >= lo && m.End <= hi
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

// hostsTalks reports a clause whose object, right after the verb past
// articles, adjectives and numbers, is talks or negotiations, or rounds
// of them, that name no party after "with", "between" or "among"
// ("hosted several rounds of talks", "hosted the negotiations").
func (a *article) hostsTalks(cl *clause) bool {
	k := cl.vEnd
	for n := 0; k < len(a.toks) && n < 4; k, n = k+1, n+1 {
		switch a.toks[k].UPOS {
		case "DET", "ADJ", "NUM":
			continue
		}
		break
	}
	if k+2 < len(a.toks) && a.w.lem[k] == "ROUND" && a.w.up[k+1] == "OF" {
		k += 2
	}
	if k >= len(a.toks) || eventNoun(a.w.lem[k]) != nounTalks || a.toks[k].UPOS != "NOUN" {
		return false
	}
	if k+1 < len(a.toks) {
		switch a.w.up[k+1] {
		case "WITH", "BETWEEN", "AMONG":
			return false
		}
	}
	return true
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
		// named further on, nor is one's own ("defended its tariffs
		// on Peruvian copper", "its new rules"). "defended Ukrainian
		// territory" keeps it.
		if k < len(toks) && toks[k].XPOS == "PRP$" {
			// Past the possessive, the adjectives of one's own
			// thing that no actor names ("its new rules").
			k++
			for k < len(toks) && (toks[k].XPOS == "PRP$" || toks[k].UPOS == "ADJ" && holding(ms, k) < 0) {
				k++
			}
		}
		return unnamedThing(toks, ms, k, false)
	case "DEAL":
		// "unequipped to deal with the surge of migrants": handling a
		// problem no actor names.
		return word(k, "with") && unnamedThing(toks, ms, k+1, true)
	case "OFFER", "AUTHORIZE", "AUTHORISE", "ANNOUNCE", "APPROVE", "POST":
		// "is offering rewards for information on the smugglers",
		// "authorized a reward of up to $5 million for information
		// leading to their arrest": a bounty is on whom the
		// information is about, no offer to them. "offered Chile a
		// reward" (an indirect object) keeps its offer.
		o := a.t.object(cl.v)
		return o >= 0 && rewardNouns[a.w.lem[o]] && a.t.child(cl.v, "iobj") < 0
	}
	return false
}

// rewardNouns are bounties offered for information or a capture
// (upper-case lemmas).
var rewardNouns = map[string]bool{"REWARD": true, "BOUNTY": true}

// unnamedThing reports a common noun at k, past determiners (and
// adjectives, with pastAdj), that no actor mention in ms covers: a thing
// no actor names ("the state budget", "the surge of migrants").
func unnamedThing(toks []model.Token, ms []actor.Mention, k int, pastAdj bool) bool {
	for k < len(toks) && (toks[k].UPOS == "DET" || pastAdj && toks[k].UPOS == "ADJ") {
		k++
	}
	return k < len(toks) && toks[k].UPOS == "NOUN" && holding(ms, k) < 0
}

// recognizeLemmas recognise (upper-case lemmas).
var recognizeLemmas = map[string]bool{"RECOGNISE": true, "RECOGNIZE": true}

// stateActor reports a code for a state or its government: a bare
// country (KSV) or its government (KSVGOV).
func stateActor(code string) bool {
	return bareCountry(code) || len(code) == 6 && strings.HasSuffix(code, "GOV") && bareCountry(code[:3])
}

// beatenCountry reports a bare BEAT coded as force (18, 19) whose
// target tgt is a country by its own name ("Chile", "the United
// States"; not "Chileans", "Chile's ambassador" or "Chilean police").
func (a *article) beatenCountry(toks []model.Token, ms []actor.Mention, cl *clause, tgt int) bool {
	if a.w.lem[cl.v] != "BEAT" || !bareVerb(cl) || !strings.HasPrefix(cl.code, "18") && !strings.HasPrefix(cl.code, "19") {
		return false
	}
	m := ms[tgt]
	if m.Kind != actor.Named || !bareCountry(m.Code) || m.Start < 0 || m.End > len(toks) {
		return false
	}
	// A name of proper nouns alone: "Chile", "the United States", whose
	// "States" the tagger makes plural, but not "Chileans", one plural
	// word, or "three Chileans".
	names, plural := 0, false
	for k := m.Start; k < m.End; k++ {
		switch toks[k].XPOS {
		case "NNP":
			names++
		case "NNPS":
			names++
			plural = true
		case "DT":
		default:
			return false
		}
	}
	return names > 1 || names == 1 && !plural
}

// recognised reports the mention tgt as what the verb of the clause
// recognises: its object right after it, or the passive's subject.
func (a *article) recognised(toks []model.Token, ms []actor.Mention, cl *clause, src, tgt int) bool {
	if !cl.passive {
		return a.objectAt(toks, ms, cl, src) == tgt
	}
	t := &a.t
	if !t.ok || cl.v >= len(t.kids) {
		return false
	}
	for _, c := range t.kids[cl.v] {
		if t.rel[c] == "nsubj:pass" && t.mentionAt(ms, c) == tgt {
			return true
		}
	}
	return false
}

// spokenTo reports a verb of speaking at cl whose "to" follows it, past
// at most two adverbs, and is to an actor, not to something an actor
// owns: "spoke to Chile", "spoke briefly to Chile's president". "Peru's
// minister, speaking outside the parliament, called on Chile to
// withdraw" speaks to no one (the "to" is the infinitive's), nor does
// "the record speaks to Peru's character".
func (a *article) spokenTo(toks []model.Token, ms []actor.Mention, cl *clause) bool {
	j := cl.vEnd
	for n := 0; n < 2 && j < len(toks) && toks[j].UPOS == "ADV"; n++ {
		j++
	}
	if j >= len(toks) || a.w.up[j] != "TO" {
		return false
	}
	i := argAt(toks, ms, j+1)
	return i < 0 || !possessive(toks, ms[i])
}
