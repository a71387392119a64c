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

// code finds the source and target of a matched verb and emits its
// events.
func (a *article) code(s *model.Sentence, toks []model.Token, ms []actor.Mention, cl *clause, says []say, times []when.Expression) {
	v := cl.v
	if cl.code == "010" && cl.rev == "" && reportOnly[a.w.lem[v]] {
		return
	}
	// "which, as we have mentioned, makes the army's job harder": a
	// statement's bare 010 in a clause opened by "as" only comments on
	// the sentence; it says nothing to anyone.
	if cl.code == "010" && cl.rev == "" && bareVerb(cl) && a.asMarked(v) {
		return
	}
	// "Rama claimed that investigators had ...": a reporting verb that
	// no pattern made specific only introduces its complement clause.
	// A warning is no report: "warned that Japan would bear the
	// consequences" threatens Japan (warnedOf).
	if cl.score == 0 && sayLemmas[a.w.lem[v]] && !threat(cl.code) && v+1 < len(toks) && strings.EqualFold(toks[v+1].Form, "that") {
		return
	}
	// "hundreds of people had died": who dies is the victim, and the
	// bare verb names no one who did it.
	// "Russia blasted the sanctions imposed by the EU": to blast an
	// act or words (a reaction's object) is to criticise them, not to
	// bomb; the bare verb's use of force is for places and forces.
	if a.w.lem[v] == "BLAST" && bareVerb(cl) && strings.HasPrefix(cl.code, "19") && a.reactionObject(toks, cl) >= 0 {
		cl.code, cl.rev = "111", ""
		cl.pattern += " (an act blasted: 111)"
	}
	if victimLemmas[a.w.lem[v]] && bareVerb(cl) {
		return
	}
	// "lawmakers who sought to talk to protesters were prevented from
	// doing so", "tried to meet them but were stopped": a deed tried
	// for and prevented did not happen; nor did what a vetoed text
	// says ("vetoed a resolution demanding a ceasefire").
	if a.triedPrevented(v) || committedToDeed(toks, cl) || vetoedText(toks, a.w.lem, v) {
		return
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
		return
	}
	// "Bolivians willing to kill themselves to end the Chilean
	// occupation": force a bare verb turns on its own subject harms no
	// one else the sentence names.
	if bareVerb(cl) && (strings.HasPrefix(cl.code, "18") || strings.HasPrefix(cl.code, "19")) && a.reflexiveObject(v) {
		return
	}
	// "patches associated with the Kurdish YPG": a participle of
	// association hung on what it describes, with no subject, auxiliary,
	// "by" agent or actor object of its own, says what the thing goes
	// with; no one associated with anyone.
	if associateLemmas[a.w.lem[v]] && bareVerb(cl) && a.namingParticiple(v) {
		return
	}
	// "China's economy is exploding": a bare "explode" with no object
	// says what blew up or boomed, not who set off a blast.
	if a.w.lem[v] == "EXPLODE" && bareVerb(cl) && !cl.passive && a.intransitive(v) {
		return
	}
	// "Chile demonstrated its commitment to the peace process": to
	// demonstrate something is to show it; only demonstrating with no
	// object is a protest (141).
	if a.w.lem[v] == "DEMONSTRATE" && bareVerb(cl) && a.hasObject(v) {
		return
	}
	// "Lima expects Chilean firms to raise output": what a bare verb of
	// expecting says others will do is no intent of the expecter's.
	if expectLemmas[a.w.lem[v]] && bareVerb(cl) && a.expectsOthers(v) {
		return
	}
	// "parties battle to win the election": a bare verb of fighting
	// whose only complement is what its subject strives to do fights no
	// one.
	if striveLemmas[a.w.lem[v]] && bareVerb(cl) && a.strivesTo(v) {
		return
	}
	// "the parliament voted to expel the ambassador", "decided to impose
	// sanctions": a bare verb of deciding whose only complement is what
	// its subject decided to do is no intent to cooperate (DECIDE's and
	// VOTE's bare 030); the infinitive is the event.
	if decideLemmas[a.w.lem[v]] && bareVerb(cl) && a.strivesTo(v) {
		return
	}
	// "nominated two judges to replace retiring jurists", "armies and
	// suspected weapons programmes": a participle the parse makes an
	// adjective of a noun after it describes the noun; it is no
	// predicate.
	if a.t.ok && (toks[v].XPOS == "VBG" || coordinatedAdjective(toks, v)) && a.t.rel[v] == "amod" && a.t.head[v] > v {
		return
	}
	// "Peru has met its obligations to Chile", "met the deadline set by
	// Chile", "meets with the approval of the EU": meeting a demand, a
	// goal or a response is no meeting.
	if a.w.lem[v] == "MEET" && bareVerb(cl) && metNoun(toks, cl.vEnd, cl.hi) {
		return
	}
	// "The French tend to look down on", "went on to play nuclear
	// brinkmanship with India", "how little the word means": a verb
	// that only says how often or next its subject does the infinitive
	// after it, or what a word signifies, is no event; the infinitive
	// is.
	if bareVerb(cl) && a.noDeed(toks, ms, cl) {
		return
	}
	// "Oman, which has mediated between Washington and Tehran, called
	// for restraint": a relative clause set off by a comma describes its
	// actor; it reports no event of the story.
	if a.nonRestrictive(v) || a.definingClause(ms, v) {
		return
	}
	// "Under the plan, Serbia would not object to Kosovo's membership":
	// what a proposal says its parties would do are its terms, no deed,
	// intent or refusal of theirs.
	if !a.c.Unrealised && proposalTerms(toks, v) {
		return
	}
	cl.passive = isPassive(toks, v)
	src, tgt := -1, -1
	if cl.m.src[1] > 0 {
		src = a.slot(ms, cl.m.src, v)
		// Of the actors before the verb in a '$' slot, the parse's
		// subject ("Gollum, centre of a row between Radagast the
		// Brown, called").
		if cl.m.src[0] < v && cl.dep && !isPassive(toks, v) {
			if d := a.depSource(ms, v, false); d >= 0 && ms[d].Start >= cl.m.src[0] && ms[d].End <= cl.m.src[1] {
				src = d
			}
		}
	}
	if cl.m.tgt[1] > 0 {
		tgt = a.slot(ms, cl.m.tgt, v)
	}
	if src < 0 && !cl.passive && cl.m.first < v && !(cl.m.p != nil && len(cl.m.p.Before) == 0 && a.gapObject(v) == cl.m.first) {
		// A pattern that used words before the verb ("SUGGESTED +
		// * REQUIRE"): the source stands before them. Not before the
		// noun a relative clause is on that a pattern of no words
		// before the verb matched as its object ("a ceasefire the two
		// countries agreed"): the clause's own subject is the source.
		src = a.source(toks, ms, cl.m.first)
		// "Greece put its navy on alert after talks with Turkey
		// collapsed": a source before the conjunction that opens the
		// verb's clause is the governing clause's, and there its
		// subject, not its object.
		if src >= 0 && cl.dep {
			if g := a.governingSubject(ms, v, cl.m.first); g >= 0 && ms[src].Start < cl.m.first-1 {
				src = g
			}
		}
	}
	noSubject := false
	// "accused Indian troops of firing across the Line of Control,
	// wounding two villagers": force that follows from a charged deed
	// is the accused's.
	if src < 0 && cl.dep && !cl.passive && forceCode(cl.code) {
		if d := a.chargeEffect(v); d >= 0 {
			src = a.t.mentionAt(ms, d)
		}
	}
	if cl.dep {
		if src < 0 {
			src = a.depSource(ms, v, cl.passive)
			// "after crowds burned down its embassy, an official
			// said": the parse says whose clause it is not, and no
			// actor before it did it either.
			// Nor does a clause on a noun ("crowds burned down its
			// embassy"): the noun did it, and it is no actor.
			// Nor a relative clause on a noun that is no actor
			// ("tariffs on countries that buy Venezuelan oil").
			noSubject = src < 0 && (a.earlierClause(v) || a.nounClause(v) || a.relativeClause(v) || a.actSubject(ms, v) || a.nounSubject(ms, v) || a.controlledByNonActor(ms, v) || a.objectParticiple(v) >= 0 || a.conjDisagrees(v))
		}
		if tgt < 0 {
			tgt = a.depTarget(ms, v, cl.passive, patternPrep(cl.m.p), src)
			// "blaming Pakistan for backing militants": an actor right
			// after an active verb is its object whatever the parse made
			// of it.
			if o := a.objectAt(toks, ms, cl, src); o >= 0 && !cl.passive && cl.m.tgt[1] == 0 {
				tgt = o
			}
		}
	}
	// "China's plan drew criticism from Britain": of a pattern that
	// codes only what the subject undergoes, a subject that is a thing
	// an actor owns stands for its owner, who is criticised.
	if src < 0 && cl.dep && !cl.passive && cl.code == "" && cl.rev != "" {
		if o := a.ownedSubject(ms, v); o >= 0 {
			src = o
		}
	}
	// "the budget approved in April that boosted school spending", a
	// relative clause the parse hung elsewhere (even as no clause): a
	// relative pronoun no actor stands before has no actor subject.
	if src < 0 && !cl.passive && a.relativeOnThing(ms, v) {
		noSubject = true
	}
	// "prosecutors alleged that John Smith abused girls": a person or
	// organisation the dictionaries do not know is the subject, and no
	// actor named before it is.
	if src < 0 && !cl.passive && !a.c.stems && a.unknownSubject(toks, v) {
		noSubject = true
	}
	if cl.passive {
		if src < 0 {
			src = a.byAgent(toks, ms, cl)
		}
		// "Two hostages held by the Taliban were released": who held
		// them let them go.
		if src < 0 && strings.HasPrefix(cl.code, "084") {
			if h, p := a.holder(toks, ms, cl.lo, v); h >= 0 {
				// What was released is the passive's subject, named
				// before the participle, not an actor after the verb
				// ("released in a swap for three insurgents").
				if t := a.left(toks, ms, cl.lo, p); t >= 0 {
					src, tgt = h, t
				}
			}
		}
		// "Sudan's membership of the African Union has been suspended":
		// the organisation suspended its member.
		if src < 0 && cl.code == "172" {
			if o, t := memberOf(toks, ms, cl.lo, v); o >= 0 {
				src, tgt = o, t
			}
		}
		// "a ship hijacked by Somali pirates": force or coercion in a participle
		// right after a noun no actor names is used on that noun, no
		// actor before it.
		// So a claim or a word on a thing: "a frigate entered waters
		// claimed by Greece" is a claim on the waters, not on the
		// frigate. Not giving ("Syria received weapons supplied by
		// Russia" still gives to Syria) nor protest ("mayors elected
		// in a vote boycotted by Serbs" boycotts who held the vote).
		if tgt < 0 && !(!givingCode(cl.code) && !strings.HasPrefix(cl.code, "14") && reducedOnThing(toks, ms, v)) {
			tgt = a.left(toks, ms, cl.lo, v)
			// "drafted by Britain and backed by the United States": the
			// agent of another participle is not what was acted on.
			if tgt >= 0 {
				if f := ms[members(toks, ms, tgt)[0]].Start; f > 0 && strings.EqualFold(toks[f-1].Form, "by") {
					tgt = -1
				}
			}
		}
	} else {
		if src < 0 && !noSubject {
			src = a.source(toks, ms, v)
		}
		if tgt < 0 {
			tgt = a.target(toks, ms, cl, src)
			// "suggested a new date, 'to help the Chilean people'":
			// words quoted after the verb are someone's own, and word
			// order finds no target in them.
			if tgt >= 0 && quoted(toks, v, ms[tgt].Start) {
				tgt = -1
			}
		}
	}
	// "the minister said the group attacked Peruvian soldiers", however
	// the parse hangs it: a common noun the dictionaries do not know,
	// right after a verb of saying, is the subject, and the speaker
	// before it did not do the deed.
	if src >= 0 && !cl.passive && ms[src].Start < v {
		if k := a.reportedNounSubject(toks, v); k >= 0 && ms[src].End <= k {
			src = -1
		}
	}
	// "The quality of water supplies in Chile, Peru and Bolivia went
	// down": a place where a thing is, after a noun no actor names, did
	// nothing (the parse may still make it the subject).
	if src >= 0 && !cl.passive && ms[src].Start < v && placeOfThing(toks, ms[members(toks, ms, src)[0]]) {
		src = -1
	}
	// "The collapse of Chile's currency hurt Peruvian farmers": the
	// owner of a thing a thing is of did nothing.
	if src >= 0 && !cl.passive && ms[src].Start < v && a.ownerInThing(toks, ms[src]) {
		src = -1
	}
	// "Chile was disappointed by Peru's refusal to negotiate": a verb
	// of feeling whose "by" agent is a deed or a thing, not an actor,
	// says how its subject takes another's deed; the subject is the
	// source, the actor behind the deed the target (a code the
	// dictionary reverses, OFFEND's [:110], already reads it so).
	if cl.passive && cl.rev == "" && feelingLemmas[a.w.lem[v]] && src >= 0 && tgt >= 0 && a.thingAgent(ms[src], v) {
		src, tgt = tgt, src
	}
	// "Syria is surrounded by Turkey, Iraq, Jordan and Israel": a country
	// surrounded by countries, no armed force of theirs, is a fact of
	// geography, no siege.
	if cl.passive && surroundLemmas[a.w.lem[v]] && src >= 0 && tgt >= 0 && bareCountry(ms[src].Code) && bareCountry(ms[tgt].Code) {
		return
	}
	// "Turkey is attacking people who defeated ISIS": a bare "people"
	// that a relative clause describes is whoever did what the clause
	// says, no people of a country, and is no source of it.
	if src >= 0 && !cl.passive && a.describedPeople(ms[src], v) {
		return
	}
	// "arrested 19 people suspected of working for Iranian
	// intelligence": people the verb acts on, named only by whom they
	// are suspected of working or spying for, are that actor's.
	// The people themselves, where an agent names them ("two men"),
	// are no target then.
	if src >= 0 && !cl.passive {
		if k, o := suspectedFor(toks, ms, a.w.lem, cl.vEnd); o >= 0 && o != src && !selfEvent(ms[src], ms[o]) && (tgt < 0 || ms[tgt].Start <= k && k < ms[tgt].End) {
			tgt = o
		}
	}
	// "“We thank the Chilean government,” said Peru's foreign
	// minister": the first person of a direct quote is its speaker.
	// Only what the speaker says was done: not what "we" could, would
	// not or decided to do ("We have decided, with effect from today,
	// to break off relations" is the breaking, not the deciding).
	if src < 0 && !cl.passive && firstPerson(toks, cl.lo, v) && !intentLemmas[a.w.lem[v]] && !negated(toks, v) && (!a.hypothetical(toks, cl) || future(toks, v) && !conditional(toks, v)) {
		src = a.quoteSpeaker(toks, ms, v, says)
		if src < 0 {
			// A quote that goes on from the sentence before, whose
			// speaker that sentence names.
			if m, ok := a.speakerBefore(toks, v, firstPersonAt(toks, cl.lo, v)); ok {
				ms = append(append([]actor.Mention(nil), ms...), m)
				src = len(ms) - 1
			}
		}
	}
	// "HANOI, Vietnam (AP) - Esper met with several top government
	// officials": bare officials a visitor meets in a story filed from
	// another country are that country's, not the visitor's own.
	if src >= 0 && tgt >= 0 && strings.HasPrefix(cl.code, "04") && a.dateline != nil && ms[tgt].Kind == actor.Agent && sameCountry(ms[src], ms[tgt]) {
		if c, own := a.dateline.Country, actor.CountryOf(ms[src].Code); len(c) == 3 && c != own && len(ms[tgt].Code) > 3 && strings.HasPrefix(ms[tgt].Code, own) {
			ms = append([]actor.Mention(nil), ms...)
			ms[tgt].Code, ms[tgt].Country = c+ms[tgt].Code[len(own):], c
		}
	}
	// "discussed a need for Ukraine to launch investigations": an actor
	// between "for" and an infinitive is that infinitive's subject, no
	// party to the verb, unless the verb calls on it ("called for
	// Bolivia to withdraw", an appeal or demand; TABARI's suite codes
	// such a pattern's target all the same).
	if tgt >= 0 && !cl.passive && !a.c.stems && ms[tgt].Start > v && forSubject(toks, ms[tgt]) && patternPrep(cl.m.p) != "FOR" &&
		!strings.HasPrefix(cl.code, "02") && !strings.HasPrefix(cl.code, "10") {
		tgt = -1
	}
	// "Peru and Chile are blocking them from food": a pronoun object
	// is not its own clause's subject, nor one of its members.
	if src >= 0 && tgt >= 0 && !cl.passive && ms[tgt].Kind == actor.Pronoun && ms[tgt].Start > v && boundPronoun(toks, ms, src, tgt, v) {
		tgt = -1
	}
	// "Peru and Chile are surrounded by territories unfriendly to
	// them": nor is a pronoun after a passive verb that stands for its
	// subject the agent that acted on it.
	if src >= 0 && tgt >= 0 && cl.passive && ms[src].Kind == actor.Pronoun && ms[src].Start > v && boundPronoun(toks, ms, tgt, src, v) {
		src = -1
	}
	// "I cringe when I hear it", "learned of it on July 18": what a verb
	// of hearing or learning takes as its bare object "it" is a thing
	// heard of, not an actor consulted (HEAR's 040).
	if tgt >= 0 && bareVerb(cl) && learnLemmas[a.w.lem[v]] && ms[tgt].Kind == actor.Pronoun && ms[tgt].Start > v && strings.EqualFold(toks[ms[tgt].Start].Form, "it") {
		tgt = -1
	}
	// "protested on Monday, and security forces fired tear gas": a
	// name after a comma and a conjunction begins a new clause,
	// whatever the parse made of it.
	if tgt >= 0 && !cl.passive && ms[tgt].Start > v && newClause(toks, ms[tgt].Start, cl.vEnd) {
		tgt = -1
	}
	// "asked Smith about concerns within the ministry", "bought
	// Acme, a firm that was part of Chile's strategy": the verb's
	// object is a person or organisation the dictionaries do not know,
	// and an actor named further on in words about it is no target.
	if tgt >= 0 && !cl.passive && cl.m.tgt[1] == 0 && ms[tgt].Start > v && a.unknownObject(toks, cl.vEnd, ms[tgt].Start) {
		tgt = -1
	}
	// "police sealed off the streets near the Israeli embassy",
	// "cordoned off the area around the French consulate": what a verb
	// of closing off or encircling closes is its object, a place; an
	// actor in a phrase after "near", "around" or "outside" that object
	// is where the place is (often what the cordon protects), not whom
	// it is aimed at.
	if tgt >= 0 && !cl.passive && ms[tgt].Start > v && cordonLemmas[a.w.lem[v]] && aroundObject(toks, ms[tgt].Start, cl.vEnd) {
		tgt = -1
	}
	// "deplored Peruvian settlement expansion", "criticised Chilean
	// prison conditions": a building or settlement named only to modify
	// the noun after it is no party; its country, if named, is. A
	// visit to one ("visited the settlement bloc") is to the place.
	if tgt >= 0 && !strings.HasPrefix(cl.code, "04") && facility(ms[tgt]) && ms[tgt].End < len(toks) && toks[ms[tgt].End].UPOS == "NOUN" && toks[ms[tgt].End-1].UPOS == "NOUN" {
		if c := ms[tgt].Country; len(c) == 3 && c != ms[tgt].Code && (src < 0 || ms[src].Country != c) {
			ms = append([]actor.Mention(nil), ms...)
			ms[tgt].Code, ms[tgt].Agent = c, ""
		} else {
			tgt = -1
		}
	}
	// "Chilean doctors offering to run the clinic noted abuses by the
	// police": a participle right after the noun it describes ends
	// where the sentence's own verb begins; an actor after that verb
	// is none of the participle's.
	if tgt >= 0 && !cl.passive && cl.m.tgt[1] == 0 && ms[tgt].Start > v && reducedRelative(toks, v) && finiteIn(toks, cl.vEnd, ms[tgt].Start) {
		tgt = -1
	}
	// "The board censured Iran, prompting Tehran to threaten a
	// response": what the cause's object does answers who caused it.
	if src >= 0 && tgt < 0 && cl.dep {
		if o := a.promptedBy(v); o >= 0 {
			c := a.depSource(ms, a.t.head[v], false)
			if c < 0 {
				// A tangled parse of the cause: the sentence's subject.
				c = a.depSource(ms, a.t.root(), false)
			}
			if c >= 0 && c != src && !selfEvent(ms[src], ms[c]) && !sameCountry(ms[src], ms[c]) {
				tgt = c
			}
		}
	}
	// "..., prompting South Korean troops to fire warning shots", the
	// infinitive taken for a noun and no parse of it: the same, the
	// cause found by word order (promptVerb).
	if src >= 0 && tgt < 0 && !cl.dep && v >= 2 && strings.EqualFold(toks[v-1].Form, "to") {
		if p := promptVerb(toks, v-2); p >= 0 && ms[src].Start > p {
			c := -1
			if a.t.ok && a.t.head[p] >= 0 {
				c = a.depSource(ms, a.t.head[p], false)
			}
			if c < 0 {
				c = a.source(toks, ms, p)
			}
			if c >= 0 && c != src && !selfEvent(ms[src], ms[c]) && !sameCountry(ms[src], ms[c]) {
				tgt = c
			}
		}
	}
	// "American Airlines offered to fly the cat to Portland": a city of
	// a firm's, a school's or a people's own country that something goes
	// to is where, not whom its deed is aimed at (a journey there is a
	// visit, below).
	if src >= 0 && tgt >= 0 && ms[tgt].Capital && wordBefore(toks, ms[tgt]) == "to" && ms[tgt].Code == actor.CountryOf(ms[src].Code) && privateSector(ms[src].Code) {
		tgt = -1
	}
	// "lodged a protest through diplomatic channels in Beijing", "held
	// talks in Washington": a capital named as where is no target (a
	// journey there is a visit, below).
	if tgt >= 0 && ms[tgt].Capital && locatedIn(toks, ms[tgt]) {
		tgt = -1
	}
	// "Greece staged what Turkey called a provocation": another's name
	// for a deed is aimed at who did it.
	if src >= 0 && tgt < 0 && cl.dep && namingLemmas[a.w.lem[v]] {
		if g := a.freeRelative(v); g >= 0 {
			if c := a.depSource(ms, g, false); c >= 0 && c != src && !sameCountry(ms[src], ms[c]) {
				tgt = c
			}
		}
	}
	// "Delegations from Sudan's army and the RSF arrived in Ankara for
	// talks": parties that travel together to negotiate negotiate with
	// each other; the journey is no visit of theirs to the host.
	together := src >= 0 && reciprocal(cl.code) && strings.HasPrefix(cl.code, "04") && travelLemmas[a.w.lem[v]] && len(members(toks, ms, src)) > 1
	if together && tgt >= 0 && located(toks, ms[tgt]) {
		tgt = -1
	}
	if src >= 0 && !together {
		tgt = a.visit(toks, ms, cl, src, tgt)
	}
	// An actor does not act on itself: "Russia fired cruise missiles
	// (RUSMIL) at Ukrainian power stations" is aimed at the next actor.
	// The pattern's preposition says where it is aimed.
	if prep := patternPrep(cl.m.p); src >= 0 && tgt >= 0 && prep != "" && selfEvent(ms[src], ms[tgt]) {
		for i := tgt + 1; i < len(ms) && ms[i].Start < cl.hi; i++ {
			if k := ms[i].Start - 1; k > 0 && a.w.up[k] == prep && !selfEvent(ms[src], ms[i]) {
				tgt = i
				break
			}
		}
	}
	// A bare agent right before a name ("human rights activists
	// Amnesty International") labels it: the named actor acts.
	src, tgt = labelled(ms, src), labelled(ms, tgt)
	// "attributed the theft from Chinese banks to North Korean hackers":
	// a pattern whose target is the object of its preposition ("- *
	// &BLAMEDACT (TO +)") is aimed at the actor after that preposition,
	// not at the first actor after the verb.
	// "the two presidents discussed Bolivia and Ecuador": what a bare
	// verb of taking up a matter has for its object is the matter, not
	// who is consulted.
	if tgt >= 0 && topicLemmas[a.w.lem[v]] && bareVerb(cl) && !cl.passive && a.objectMention(ms[tgt], v) {
		tgt = -1
	}
	prep := targetPrep(cl.m.p)
	if prep == "" && topicLemmas[a.w.lem[v]] && patternPrep(cl.m.p) == "WITH" {
		// "discussed Bolivia with his Peruvian counterpart": whom one
		// discusses a matter with is consulted, not the matter.
		prep = "WITH"
	}
	if prep != "" && src >= 0 && !cl.passive && (tgt < 0 || !afterPrep(toks, ms[tgt], prep)) {
		for i := range ms {
			// A possessive pronoun owns the preposition's object
			// ("with his Peruvian counterpart"); it is not the object.
			if i != src && ms[i].Start > v && ms[i].Start < cl.hi && afterPrep(toks, ms[i], prep) && !cl.m.uses(ms[i].Start) && toks[ms[i].Head].XPOS != "PRP$" {
				tgt = i
				break
			}
		}
	}
	// "..., according to Chinese state television": who reports an
	// event takes no part in it. "applied, together with Sweden": a
	// partner acts beside the source, it is not acted on.
	if src >= 0 && aside(toks, ms[src]) {
		src = -1
	}
	if tgt >= 0 && (aside(toks, ms[tgt]) || supported(toks, ms[tgt], &cl.m)) {
		// "fought on the side of Chile's army against Peru": the ally
		// stands beside the deed; what "against" names is the target of
		// a verb coded alone ("- * ALONGSIDE [062]" is aimed at the ally).
		p := tgt
		tgt = -1
		for i := p + 1; bareVerb(cl) && i < len(ms) && ms[i].Start < cl.hi; i++ {
			if i != src && afterPrep(toks, ms[i], "against") && !aside(toks, ms[i]) {
				tgt = i
				break
			}
		}
	}
	// "rescued the crew of a ship hijacked by Somali pirates": the agent
	// of a participle on the object of aid, a release or a concession
	// (CAMEO 06-08) did the participle's deed; it receives nothing.
	if tgt >= 0 && !cl.passive && ms[tgt].Start > v && givingCode(cl.code) && participleAgent(toks, ms[tgt]) {
		tgt = -1
	}
	// "a Russia-brokered ceasefire", "a U.S.-backed alliance": an actor
	// joined to a participle by a hyphen modifies a noun; it is no
	// party to the clause's event.
	if tgt >= 0 && hyphenModifier(toks, ms[tgt]) {
		tgt = -1
	}
	// "supported the campaign against Bolivia", "joined the fight
	// against Bolivia": whom a cooperative deed (CAMEO 03-07) is aimed
	// against is the partners' opponent, not their partner, unless the
	// pattern itself names "against". Ending what is aimed against it
	// ("called for an end to the sanctions against Iran") is done on its
	// behalf.
	if tgt >= 0 && ms[tgt].Start > v && cooperativeCode(cl.code) && wordBefore(toks, ms[tgt]) == "against" && patternPrep(cl.m.p) != "AGAINST" &&
		!endingWord(toks, cl.vEnd, ms[tgt].Start) {
		tgt = -1
	}
	// "a Chilean-backed alliance attacked": nor is it the source of
	// what the noun it modifies does, unless it leads that noun ("a
	// Saudi-led coalition" acts for the country that leads it).
	if src >= 0 && hyphenModifier(toks, ms[src]) && !strings.EqualFold(toks[ms[src].End+1].Form, "led") {
		src = -1
	}
	// "police would remove the barricades if NATO peacekeepers did
	// not": an actor right after "if", "unless", "because", "when" or
	// "while" is the subject of the clause it opens, whatever the parse
	// made of it.
	if tgt >= 0 && clauseOpener[wordBefore(toks, ms[tgt])] {
		tgt = -1
	}
	// "exchanged prisoners in a swap mediated by Qatar": the agent of a
	// participle on a noun of a reciprocal event's clause acts in the
	// participle's event, not between the parties ("Serbia criticised
	// the talks hosted by Turkey" is aimed at Turkey).
	if tgt >= 0 && cl.dep && reciprocal(cl.code) && a.otherAgent(ms[tgt], v) {
		tgt = -1
	}
	// The participle's event is aimed at the parties of what it
	// mediated or hosted (CAMEO 04): a compound subject, for what is
	// mediated lies between two at least ("Serbia criticised the talks
	// hosted by Turkey" names one).
	// So is that of a go-between's participle with its own agent, whatever
	// actor word order found before it ("Peru's and Chile's envoys came for
	// indirect talks hosted by Norway").
	if src >= 0 && (tgt < 0 || a.otherAgent(ms[tgt], -1) || thirdParty[a.w.lem[v]] && a.agentParticiple(v)) && cl.passive && (cl.dep || a.participleNoun(v) >= 0) && strings.HasPrefix(cl.code, "04") {
		if p := a.eventParties(ms, v); p >= 0 && p != src && !selfEvent(ms[src], ms[p]) && len(members(toks, ms, p)) > 1 {
			tgt = p
		}
	}
	// "Finland formally joined NATO": joining an international
	// organisation, its bare name the verb's object, is acceding to its
	// founding treaty, a formal agreement (057), not a gathering.
	if tgt >= 0 && !cl.passive && a.w.lem[v] == "JOIN" && bareVerb(cl) && strings.HasPrefix(ms[tgt].Code, "IGO") && a.objectAt(toks, ms, cl, src) == tgt && !modifier(toks, ms[tgt].End) {
		cl.code, cl.rev = "057", ""
		cl.pattern += " (an organisation joined: 057)"
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
	// "Turkey carried out air strikes on rebel bases": air strikes are
	// flown by an air force, so a country that carries them out acts
	// through its military (the forces check below).
	if strings.HasPrefix(cl.code, "195") && a.airStrikes(cl) {
		cl.forces = true
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
	// "Chilean companies are hosting Peruvian government websites",
	// "hosted a Peruvian trade fair": a bare host whose object is a
	// thing, not a visitor or a party of visitors, hosts no one the
	// thing's modifiers name.
	if a.w.lem[v] == "HOST" && !cl.passive && bareVerb(cl) && tgt >= 0 && a.hostsThing(ms[tgt], v) {
		return
	}
	// "called the decision \"an act of economic war against the
	// Venezuelan people\"": what a naming verb's quotation says the
	// object is holds no target; the object, or who made it, is.
	if tgt >= 0 && namingLemmas[a.w.lem[v]] && quoted(toks, v, ms[tgt].Start) {
		tgt = -1
		if cl.dep {
			if o := a.depTarget(ms, v, false, "", src); o >= 0 && !quoted(toks, v, ms[o].Start) {
				tgt = o
			}
		}
	}
	// "would take the matter to the World Trade Organization": the court
	// or body legal action is taken to is where, not against whom.
	if tgt >= 0 && cl.code == "115" && wordBefore(toks, ms[tgt]) == "to" {
		tgt = -1
	}
	// "condemned the shelling of El Fasher, a city in Sudan's Darfur
	// region, by the RSF": who did what an active reaction is about,
	// named after "by", is what it reacts to.
	if src >= 0 && !cl.passive && reactionLemmas[a.w.lem[v]] {
		if b := a.byAgent(toks, ms, cl); b >= 0 && b != src && !selfEvent(ms[src], ms[b]) {
			tgt = b
		}
	}
	accuser := -1
	// The parties an appeal to "all sides" is aimed at (sidesOf).
	var sides []int
	// "Iran condemned the expulsion of its diplomats": the source's own
	// actor inside a reaction's object is not what it reacts to.
	// Nor is the source's country's actor a nominal act was done to
	// ("opposed the listing of Chinese companies").
	// A country's people protesting against its state are no such
	// actor of the source's own (protestingPeople).
	if src >= 0 && tgt >= 0 && (selfEvent(ms[src], ms[tgt]) || sameCountry(ms[src], ms[tgt]) && wordBefore(toks, ms[tgt]) == "of") && (reactionLemmas[a.w.lem[v]] || a.w.lem[v] == "OPPOSE") && !protestingPeople(toks, cl.code, ms[src], ms[tgt]) {
		tgt = -1
	}
	// "Serbia placed its army on the highest level of combat
	// readiness": the forces a show of force (CAMEO 15) puts on alert
	// or mobilises are the source's own, not what it is aimed at.
	// So are those a threat promises to strengthen ("threatened to
	// strengthen Russia's military potential").
	if src >= 0 && tgt >= 0 && (posture(cl.code) || threat(cl.code)) && (selfEvent(ms[src], ms[tgt]) || own(ms[src], ms[tgt])) {
		tgt = -1
	}
	// "threatened to take measures to protect their rights": whom the
	// threatened deed would protect is the threat's beneficiary, not
	// what it is aimed at.
	if src >= 0 && tgt >= 0 && threat(cl.code) && !cl.passive && a.protected(toks, ms[tgt], v) {
		tgt = -1
	}
	// "saying Washington's support for the rebels had made it hollow":
	// a statement's noun of support or cooperation that another actor
	// owns is that actor's stance, not one the speaker shows it.
	if tgt >= 0 && !cl.passive && statementLemmas[a.w.lem[v]] && (strings.HasPrefix(cl.code, "03") || strings.HasPrefix(cl.code, "05")) && ownsUsed(toks, ms[tgt], &cl.m) {
		tgt = -1
	}
	// "their patrol came under fire near the Peruvian border": a place
	// named as where is not the source of a reverse event ("[:111]").
	if tgt >= 0 && cl.code == "" && cl.rev != "" && ms[tgt].Start > v && located(toks, ms[tgt]) {
		tgt = -1
	}
	// "faced criticism over the dispute with Chile", "is facing calls
	// to resign over the crisis with Chile": the source of a reverse
	// event is who the criticism or the calls come from ("from Chile",
	// "by Chile", "of Chile", "Chilean criticism"), not an actor behind
	// another preposition.
	if tgt >= 0 && cl.code == "" && cl.rev != "" && ms[tgt].Start > v && reverseOblique(toks, ms[tgt]) {
		tgt = -1
	}
	// "warned foreign powers to stop supplying them with weapons",
	// "urged donors to send aid to Sudan": an appeal, demand or threat
	// is aimed at whom it addresses, here a plain noun that names no
	// actor, not at an actor inside the deed asked for.
	if src >= 0 && tgt >= 0 && addressing(cl.code) && !cl.passive && a.plainAddressee(toks, ms, cl, ms[tgt].Start) {
		tgt = -1
	}
	if src >= 0 && tgt < 0 && threat(cl.code) {
		tgt = a.warnedOf(ms, v, src)
	}
	// "Thousands of Venezuelans took to the streets of Caracas",
	// "Bolivian students protested in La Paz": where a country's people
	// or a group of it protest in their own country is no target; their
	// state is (ownGovernment).
	if src >= 0 && tgt >= 0 && strings.HasPrefix(cl.code, "14") && !cl.passive && ms[tgt].Code == actor.CountryOf(ms[src].Code) && (ms[tgt].Capital || located(toks, ms[tgt]) || wordBefore(toks, ms[tgt]) == "of") &&
		(people(toks, ms[src]) || len(ms[src].Code) > 3 && !stateSector(ms[src].Code[3:])) {
		tgt = -1
	}
	// "The RSF has besieged El Fasher", "shelled Pokrovsk": a town
	// only the gazetteer knows, attacked, is its country.
	if src >= 0 && tgt < 0 && !cl.passive && force(cl.code) {
		if m, ok := a.placeObject(toks, ms, cl); ok {
			ms = append(ms[:len(ms):len(ms)], m)
			tgt = len(ms) - 1
		}
	}
	if src >= 0 && tgt < 0 {
		if accs := a.accusers(ms[src], cl, len(toks)); len(accs) > 0 {
			n := len(ms)
			ms = append(ms[:n:n], accs...)
			tgt, accuser = n, n
			if len(accs) > 1 {
				for i := range accs {
					sides = append(sides, n+i)
				}
			}
		} else if rt, ok := a.contextTarget(toks, ms[src], cl); ok {
			ms = append(ms[:len(ms):len(ms)], rt)
			tgt, accuser = len(ms)-1, len(ms)-1
		} else if rts := a.sidesOf(ms[src], cl, len(toks)); len(rts) > 0 {
			n := len(ms)
			ms = append(ms[:n:n], rts...)
			tgt, accuser = n, n
			for i := range rts {
				sides = append(sides, n+i)
			}
		} else if r := rivalAfter(toks, ms, src, v); r >= 0 && posture(cl.code) && !cl.passive {
			// "placed its army on alert after Turkish warships entered
			// disputed waters": the rival the sentence names.
			rt := contextMention(ms[r].Actor, len(toks), contextEntry+"the rival named after the show of force ("+ms[r].Entry+")")
			rt.Code = actor.CountryOf(ms[r].Code)
			ms = append(ms[:len(ms):len(ms)], rt)
			tgt, accuser = len(ms)-1, len(ms)-1
		} else if rt, ok := a.namedBefore(ms[src], len(toks), posture(cl.code)); ok && (posture(cl.code) || a.noComment(toks, cl)) && !cl.passive && actor.CountryOf(rt.Code) != "" {
			// Aimed at the other country, not at whichever of its
			// agents was named last.
			rt.Code = actor.CountryOf(rt.Code)
			ms = append(ms[:len(ms):len(ms)], rt)
			tgt, accuser = len(ms)-1, len(ms)-1
		}
	}
	// "Russia and China voted against it": a member of the source's
	// compound is not its target.
	// Nor is a pronoun that stands for one ("voted against it", "it"
	// taken for China).
	if src >= 0 && tgt >= 0 && tgt != src {
		for _, i := range members(toks, ms, src) {
			if i == tgt || i != src && ms[tgt].Kind == actor.Pronoun && ms[i].Code == ms[tgt].Code {
				tgt = -1
				break
			}
		}
	}
	// "Armenia and Azerbaijan accused each other": the members act on
	// each other, whatever the code.
	mutual := src >= 0 && tgt < 0 && (eachOther(toks, cl) || together) && len(members(toks, ms, src)) > 1
	var pairs [][2]int
	// "Previous talks in Jeddah, sponsored by Norway, collapsed in
	// 2023": talks whose breakdown names no party broke down between
	// the parties of the article's latest negotiation, each way (the
	// pattern's reverse code), both from context; a sponsor word order
	// took for the subject is none.
	if tgt < 0 && (src < 0 || ms[src].Start >= cl.m.first && ms[src].Start < v) && !cl.passive && cl.code == "164" && cl.m.first < v && partyless(toks, ms, cl.m.first, v) {
		if sm, tm, ok := a.lastTalks(len(toks)); ok {
			ms = append(ms[:len(ms):len(ms)], sm, tm)
			src, tgt = len(ms)-2, len(ms)-1
			pairs = append(pairs, [2]int{src, tgt})
		}
	}
	if comp := a.compound(ms, cl); len(comp) <= 1 && (src < 0 || tgt < 0) {
		if d := a.c.Default; d.Source != "" || d.Target != "" {
			n := len(ms)
			dms, dsrc, dtgt := a.defaults(toks, ms, cl, src, tgt)
			if dsrc >= 0 && dtgt >= 0 && (dsrc >= n || dtgt >= n) {
				ms, src, tgt = dms, dsrc, dtgt
				// Without PRIOR (AFTER) a compound after (before) the
				// verb stands for both actors: its first member acts
				// on the others ("Bree and Arnor are to restore
				// ties"). A default stands alone: no compound to
				// spread over.
				own := false
				var mem []int
				if src < n && tgt == n+1 {
					mem = a.spread(toks, ms, src)
					after := ms[src].Start > cl.v
					own = len(mem) > 1 && (after && !d.Prior || !after && !d.After)
				}
				if own {
					for _, t := range mem[1:] {
						pairs = append(pairs, [2]int{mem[0], t})
					}
				} else {
					for _, s := range a.spread(toks, ms, src) {
						for _, t := range a.spread(toks, ms, tgt) {
							pairs = append(pairs, [2]int{s, t})
						}
					}
				}
			}
		}
	}
	switch comp := a.compound(ms, cl); {
	case len(pairs) > 0:
	case len(comp) > 1:
		// A pattern's '%': the members of the compound act on each
		// other ("Gondor and Osgiliath have delayed their meeting",
		// "exchanged prisoners with Gondor and Osgiliath").
		for _, s := range comp {
			for _, t := range comp {
				if s != t {
					pairs = append(pairs, [2]int{s, t})
				}
			}
		}
		src = comp[0]
	case src >= 0 && tgt >= 0 && !(reciprocal(cl.code) && ms[tgt].Kind == actor.Agent && len(members(toks, ms, src)) > 1 && adjacent(toks, compoundEnd(toks, ms, src), v)):
		tms := []int{tgt}
		switch {
		case len(sides) > 0:
			tms = sides
		case tgt != accuser:
			tms = members(toks, ms, tgt)
		}
		for _, s := range members(toks, ms, src) {
			for _, t := range tms {
				pairs = append(pairs, [2]int{s, t})
			}
		}
	case (mutual || src >= 0 && (reciprocal(cl.code) || a.exchanged(v)) && ms[src].Kind != actor.Pronoun && (adjacent(toks, compoundEnd(toks, ms, src), v) || infinitiveOf(toks, compoundEnd(toks, ms, src), v)) && !a.oneWayDeed(cl.code, v)) && !disjoined(toks, ms, members(toks, ms, src)):
		// ("Peru or Chile will fight" names either of them, no pair.
		// "they" standing for a list, "Russia and China said they
		// did not recognise the vote", is no pair acting on each
		// other unless the clause says so.)
		// "Colombia and Venezuela restored relations": each member
		// towards the others. A bare agent after the verb is then what
		// they exchange, not a party ("Ukraine and Russia exchanged
		// prisoners of war").
		mem := members(toks, ms, src)
		for _, s := range mem {
			for _, t := range mem {
				if s != t {
					pairs = append(pairs, [2]int{s, t})
				}
			}
		}
	}
	if cl.code != "" && !a.c.stems {
		// "urged Chile to release the prisoners": the appeal (020) or
		// demand (100) is for that deed (0253), whoever does it.
		if g := governor(toks, v); g >= 0 {
			a.specifyAppeal(s, toks, g, cl.code)
		}
	}
	if len(pairs) == 0 {
		// "“The authorities must end the crackdown,” said X": a
		// demand of the deed's subject, whom the deed need not aim at
		// anyone.
		if src >= 0 && tgt < 0 && !mutual {
			a.mustDemand(s, toks, ms, cl, [][2]int{{src, -1}}, says, times)
		}
		return
	}
	status, attr := a.status(toks, ms, cl, says)
	if status == model.Hypothetical && strings.HasPrefix(cl.code, "04") && (intends(toks, v) || future(toks, v)) {
		// A meeting or visit someone plans, hopes or agrees to hold is
		// an intent to meet (036); mediation offered or planned is an
		// intent to mediate (039).
		cl.code, cl.rev = intentCode(cl.code), ""
		a.dropGovernor(s, toks, v)
		// "Peru agreed to hold talks with Chile", "offered to
		// mediate": an intent its source commits to is expressed by
		// that commitment, which happened, unless the commitment is
		// itself negated, under a modal, planned or called for ("could
		// agree to hold talks").
		if g := governor(toks, v); g >= 0 && committingLemmas[strings.ToUpper(toks[g].Lemma)] && !negated(toks, g) && !a.hypothetical(toks, &clause{v: g, lo: cl.lo, hi: cl.hi}) {
			status = model.Asserted
			if attr != nil {
				status = model.Claimed
			}
		}
	}
	if status == model.Negated && !negatedAux(toks, v) && !neitherNor(toks, cl.lo, v) {
		// "refused to negotiate with Chile", "declined to release the
		// prisoners": the refusal is the event (CAMEO 12), from the
		// source alone, as real as the refusing verb is.
		if g := governor(toks, v); g >= 0 && refusingLemmas[strings.ToUpper(toks[g].Lemma)] {
			if rc := refusalCode(cl.code); rc != "" {
				gcl := &clause{v: g, lo: cl.lo, hi: cl.hi}
				switch {
				case negated(toks, g):
				case a.hypothetical(toks, gcl):
					status = model.Hypothetical
				case attr != nil:
					status = model.Claimed
				default:
					status = model.Asserted
				}
				if status != model.Negated {
					cl.code, cl.rev = rc, ""
					// "welcomed the rebels, who have long refused to
					// negotiate with Peru": a refusal in a clause set
					// off by a comma and "who" or "which" is a stance
					// its actor holds, an event of its own beside
					// the main clause's, not a complement of it.
					if a.commaRelativeSubject(g) {
						cl.sub = false
					}
				}
			}
		}
	}
	if status == model.Negated && negatedAux(toks, v) && future(toks, v) && !conditional(toks, v) && !conditionIn(toks) && !a.c.stems {
		// "Serbia would never recognise Kosovo's independence", "Peru
		// will not meet Chile's envoy": a meeting, cooperation, aid or
		// concession its source says it will not give is refused now
		// (CAMEO 12, as "refused to"), not a deed negated.
		if rc := refusalCode(cl.code); rc != "" {
			cl.code, cl.rev = rc, ""
			status = model.Asserted
			if attr != nil {
				status = model.Claimed
			}
		}
	}
	if ic := intentCode(cl.code); status == model.Hypothetical && ic != "" && !strings.HasPrefix(cl.code, "04") && future(toks, v) && !conditional(toks, v) && !a.c.Unrealised && !a.c.stems {
		// Cooperation, aid or a concession someone will give is an
		// intent to give it ("the US will provide Peru's navy with a
		// ship": 0332), the same both ways where the deed is mutual;
		// as words of intent, it is no deed that may happen (below).
		// Coding deeds that may happen as deeds (Unrealised) or as
		// TABARI does (stems), "will contribute dollars" stays 071, as
		// the peers code it.
		cl.code, cl.rev = ic, intentCode(cl.rev)
	}
	if status == model.Hypothetical && !a.c.Unrealised && a.supposed(toks, v) {
		// "described the idea that Peru is training the rebels as
		// absurd": a supposition reports no deed, intent or threat.
		return
	}
	unreal := func(code string) bool { return material(code) || spoken(code) }
	if status == model.Hypothetical && (unreal(cl.code) || cl.code == "" && unreal(cl.rev)) && !a.c.Unrealised && !(future(toks, v) && !conditional(toks, v)) && !intends(toks, v) && !afterGoingTo(toks, v) {
		// "firms can pay their Chilean workers more", "if Peru imposes
		// a tariff", "efforts to get Bolivia to investigate": a deed
		// that may or should happen has not;
		// CAMEO codes what is said of it (an appeal, a demand, a
		// threat) from the verbs that say it. See Coder.Unrealised.
		// Words that may be said have not been either: "measures that
		// could include calling for a debate", and a reverse event's
		// ("is likely to face questions from senators"). What a
		// speaker says an actor must do is the speaker's demand.
		a.mustDemand(s, toks, ms, cl, pairs, says, times)
		return
	}
	date, x, hasX := a.date(toks, cl, times)
	defer a.accusedDeed(s, toks, ms, cl, pairs, status, times)
	// "fired across the border, wounding two civilians, in violation of
	// a ceasefire": force the sentence says breaks a ceasefire is a
	// ceasefire violation (196), aimed at the other party, whose
	// civilians are no party to it.
	truceBroken := (strings.HasPrefix(cl.code, "18") || strings.HasPrefix(cl.code, "19")) && breaksTruce(toks, cl.vEnd)
	if truceBroken {
		cl.code = "196"
	}
	for _, p := range pairs {
		if distantIt(toks, s, ms, ms[p[0]], cl.code) || distantIt(toks, s, ms, ms[p[1]], cl.code) {
			continue
		}
		sms, tms := []actor.Mention{ms[p[0]]}, []actor.Mention{ms[p[1]]}
		if strings.Contains(ms[p[0]].Code, "/") || strings.Contains(ms[p[1]].Code, "/") {
			sms, tms = group(ms[p[0]]), group(ms[p[1]])
		}
		if truceBroken {
			for i := range tms {
				if private(tms[i].Code) {
					tms[i].Code, tms[i].Agent = actor.CountryOf(tms[i].Code), ""
				}
			}
		}
		for _, sm := range sms {
			for _, tm := range tms {
				if cl.code != "" && !pressContact(cl.code, sm, tm) && !unplacedFacility(cl.code, tm) {
					a.emit(s, toks, cl, sm, tm, p[0] == src, privateViolence(cl.code, sm, tm), status, attr, date, x, hasX)
				}
				if cl.rev != "" && !(cl.rev == "043" && facility(tm)) && !pressContact(cl.rev, tm, sm) {
					a.emit(s, toks, cl, tm, sm, false, privateViolence(cl.rev, tm, sm), status, attr, date, x, hasX)
				}
			}
		}
	}
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
