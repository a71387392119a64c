package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/model"
)

// dropForeignTarget drops a target that belongs to another clause or
// phrase than the verb's: an infinitive's subject after "for", a bound
// pronoun, a new clause after a comma, a name about an unknown object, a
// place a cordon closes off, a building that only modifies a noun.
func (a *article) dropForeignTarget(st *coding) {
	toks, ms, cl, v, src, tgt := st.toks, st.ms, st.cl, st.v, st.src, st.tgt
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
	st.ms, st.src, st.tgt = ms, src, tgt
}

// causesAndVisits finds a target the verb's own words do not name: who
// prompted the deed ("censured Iran, prompting Tehran to threaten"),
// whose name for a deed it is; it drops capitals and cities named as
// where, and lets visit turn a journey's place into its host. together
// records parties that travel together to negotiate with each other.
func (a *article) causesAndVisits(st *coding) {
	toks, ms, cl, v, src, tgt := st.toks, st.ms, st.cl, st.v, st.src, st.tgt
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
	// "Serbia and Kosovo held talks in Brussels": a city named as where
	// a list of parties meets, though the dictionaries code it as the
	// organisation seated there, is no party to their talks; they talk
	// with each other.
	if src >= 0 && tgt >= 0 && strings.HasPrefix(cl.code, "04") && locatedIn(toks, ms[tgt]) && len(members(toks, ms, src)) > 1 && a.cityNamed(toks, ms[tgt]) {
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
	// Going somewhere with no talks in view is each one's own (see
	// eachGoing).
	together := src >= 0 && reciprocal(cl.code) && strings.HasPrefix(cl.code, "04") && travelLemmas[a.w.lem[v]] && len(members(toks, ms, src)) > 1 && !a.eachGoing(cl)
	if together && tgt >= 0 && located(toks, ms[tgt]) {
		tgt = -1
	}
	if src >= 0 && !together {
		tgt = a.visit(toks, ms, cl, src, tgt)
	}
	st.tgt, st.together = tgt, together
}

// aim settles whom the event is aimed at, by the pattern's preposition
// (aimByPreposition), and drops the parties that only stand beside it
// (dropBystanders).
func (a *article) aim(st *coding) {
	a.aimByPreposition(st)
	a.dropBystanders(st)
}

// aimByPreposition aims the event at the actor after the pattern's
// preposition: past the source's own actor, past a matter a verb of
// discussing takes up, and at whom one discusses it "with"; a bare
// agent that labels a name gives way to the named actor.
func (a *article) aimByPreposition(st *coding) {
	toks, ms, cl, v, src, tgt := st.toks, st.ms, st.cl, st.v, st.src, st.tgt
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
	} else if src >= 0 && tgt >= 0 && prep == "" && selfEvent(ms[src], ms[tgt]) && cl.m.uses(ms[tgt].Start) {
		tgt = a.destination(ms, src, tgt, cl.hi)
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
	st.src, st.tgt = src, tgt
}

// destinationPreps are the prepositions that say where what a verb moves
// is sent: "sent troops to Poland". "Into" is left out: troops sent
// into a country invade it rather than help it.
var destinationPreps = map[string]bool{"TO": true}

// destination returns the mention the source's own forces or envoys,
// matched by a pattern as the verb's object (tgt: "sent troops", "- *
// &MILITARY"), are sent to: the first actor after tgt, before hi, that a
// preposition of destination introduces and that is not the source's
// own ("The United States sent troops to Poland" is aimed at Poland, not
// at USAMIL). With none it returns tgt, which the self-event check then
// drops.
func (a *article) destination(ms []actor.Mention, src, tgt, hi int) int {
	for i := tgt + 1; i < len(ms) && ms[i].Start < hi; i++ {
		if k := ms[i].Start - 1; k >= ms[tgt].End && destinationPreps[a.w.up[k]] && !selfEvent(ms[src], ms[i]) {
			return i
		}
	}
	return tgt
}

// dropBystanders drops parties that stand beside the event: a reporter
// or partner set aside, an ally (the target is then what "against"
// names), a participle's agent, an actor joined to a participle by a
// hyphen, the opponent of a cooperative deed, the subject of a clause
// "if" or "when" opens; a go-between's participle is aimed at the
// parties of the talks it hosted.
func (a *article) dropBystanders(st *coding) {
	toks, ms, cl, v, src, tgt := st.toks, st.ms, st.cl, st.v, st.src, st.tgt
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
	// "began its largest naval exercise with around 40 warships": the
	// forces a show of force is made with are its means, not its rival.
	if showMeans(toks, ms, src, tgt, v, cl.code) {
		tgt = -1
	}
	// "pledging 300 troops to an area": the counted forces a
	// cooperative deed gives are the source's (countedGift).
	if countedGift(toks, ms, tgt, v, cl.code) {
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
	// "Hundreds of farmers gathered outside the Chilean embassy": a
	// meeting (04) whose other party is named by a building the source
	// stands outside of or in front of is no meeting with those inside.
	if tgt >= 0 && strings.HasPrefix(cl.code, "04") && ms[tgt].Start > v && outsideOf(toks, ms[tgt]) {
		tgt = -1
	}
	// "imposed sanctions on three officers over attacks on Chilean
	// networks": the victim of the deed a phrase of reason names is no
	// party to the verb's (reasonVictim).
	if tgt >= 0 && ms[tgt].Start > v && !cl.m.uses(ms[tgt].Start) && a.reasonVictim(toks, ms[tgt], v) {
		tgt = -1
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
	st.src, st.tgt = src, tgt
}

// targetByCode checks the target against what the code means: a
// naming verb's quotation, a court legal action goes to, the source's
// own actors in a reaction, show of force or threat, the beneficiary of
// a threat, another's stance in a statement, a place or oblique actor of
// a reverse event, an actor inside a deed an appeal asks for, the own
// country where its people protest. A threat with no target is aimed at
// whom it warns of.
func (a *article) targetByCode(st *coding) {
	toks, ms, cl, v, src, tgt := st.toks, st.ms, st.cl, st.v, st.src, st.tgt
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
	// "will challenge the duties at the World Trade Organization",
	// "raised the dispute at the United Nations": an international
	// body named as where a deed is done is its venue, not whom the
	// deed is aimed at, unless the pattern itself aims the deed there.
	// What the body owns ("protested at the EU's decision") is no
	// venue.
	if tgt >= 0 && !cl.passive && ms[tgt].Start > v && ms[tgt].Kind == actor.Named && strings.HasPrefix(ms[tgt].Code, "IGO") && !force(cl.code) && wordBefore(toks, ms[tgt]) == "at" && !possessive(toks, ms[tgt]) && !cl.m.uses(ms[tgt].Start) {
		switch patternPrep(cl.m.p) {
		case "AT", "IN", "NEAR":
		default:
			tgt = -1
		}
	}
	// "condemned the shelling of El Fasher, a city in Sudan's Darfur
	// region, by the RSF": who did what an active reaction is about,
	// named after "by", is what it reacts to.
	if src >= 0 && !cl.passive && reactionLemmas[a.w.lem[v]] {
		if b := a.byAgent(toks, ms, cl); b >= 0 && b != src && !selfEvent(ms[src], ms[b]) {
			tgt = b
		}
	}
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
	st.tgt = tgt
}

// targetFromContext finds a target the sentence does not name: a town
// attacked (its country), then, from the text around, the accusers a
// denial answers, the party of an earlier event, the sides of an appeal,
// the rival a show of force is aimed at. Such a target is accuser: it
// is not spread over a list.
func (a *article) targetFromContext(st *coding) {
	if st.settled {
		return
	}
	toks, ms, cl, v, src, tgt, accuser, sides := st.toks, st.ms, st.cl, st.v, st.src, st.tgt, st.accuser, st.sides
	// "Chile asked Peru to return the boat. Peru refused.": whoever
	// made the request, whatever else the sentence names; a refusal of
	// nothing asked is aimed at no one.
	if cl.refused {
		tgt, accuser = -1, -1
		if src >= 0 {
			if m, code, ok := a.requester(ms[src], len(toks)); ok {
				ms = append(ms[:len(ms):len(ms)], m)
				tgt, accuser = len(ms)-1, len(ms)-1
				cl.code = code
			}
		}
		st.ms, st.tgt, st.accuser, st.settled = ms, tgt, accuser, true
		return
	}
	// "The RSF has besieged El Fasher", "shelled Pokrovsk": a town
	// only the gazetteer knows, attacked, is its country.
	if src >= 0 && tgt < 0 && !cl.passive && force(cl.code) {
		if m, ok := a.placeObject(toks, ms, cl); ok {
			ms = append(ms[:len(ms):len(ms)], m)
			tgt = len(ms) - 1
		}
	}
	// "Chile detained two Peruvian fishermen. Peru demanded their
	// release": whoever holds the people asked for, not the people.
	if src >= 0 && releaseAppeal(cl.code) && !cl.passive {
		if m, ok := a.captor(ms, src, tgt, len(toks)); ok {
			ms = append(ms[:len(ms):len(ms)], m)
			tgt, accuser = len(ms)-1, len(ms)-1
		}
	}
	// "accused Lima of dumping and said it would take the case to the
	// WTO": the first of two joined verbs' object.
	if src >= 0 && tgt < 0 && cl.dep && !cl.passive && !a.c.stems {
		tgt = a.conjunctTarget(ms, v, src, cl.code)
	}
	// "fired tear gas and arrested dozens of traders": the second of
	// two joined deeds of force names whom the first was aimed at.
	if src >= 0 && tgt < 0 && cl.dep && !cl.passive && !a.c.stems {
		tgt = a.nextConjunctTarget(ms, v, src, cl.code)
	}
	if src >= 0 && tgt < 0 {
		if accs := a.accusers(ms[src], cl, len(toks)); len(accs) > 0 {
			ms, sides, tgt = appendParties(ms, sides, accs)
			accuser = tgt
		} else if offs := a.offerers(toks, ms[src], cl, len(toks)); len(offs) > 0 {
			// "welcomed the offer of talks": all who made it.
			ms, sides, tgt = appendParties(ms, sides, offs)
			accuser = tgt
		} else if rt, ok := a.contextTarget(toks, ms[src], cl); ok {
			ms = append(ms[:len(ms):len(ms)], rt)
			tgt, accuser = len(ms)-1, len(ms)-1
		} else if rts := a.agreementParties(toks, ms[src], cl, len(toks)); len(rts) > 0 {
			n := len(ms)
			ms = append(ms[:n:n], rts...)
			tgt, accuser = n, n
			sides = append(sides, n, n+1)
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
			rt := contextMention(ms[r].Actor, len(toks), actor.FromContext, "the rival named after the show of force ("+ms[r].Entry+")")
			rt.Code = actor.CountryOf(ms[r].Code)
			ms = append(ms[:len(ms):len(ms)], rt)
			tgt, accuser = len(ms)-1, len(ms)-1
		} else if rt, ok := a.showRival(ms, src, v, len(toks), posture(cl.code) && !cl.passive); ok {
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
	// "Chile denied that its troops had entered Peruvian waters": a
	// denial of one's own deed that answers no accuser named before is
	// aimed at the other party the denied clause names.
	if src >= 0 && tgt < 0 && cl.rule == ruleOwnDenial {
		tgt = deniedParty(ms, src, cl.denied)
	}
	st.ms, st.tgt, st.accuser, st.sides = ms, tgt, accuser, sides
}

// appendParties appends the parties found in the text around (the
// accusers a denial answers, those who made an offer) to ms and returns
// ms, sides and the first one's index; two or more are sides each.
func appendParties(ms []actor.Mention, sides []int, found []actor.Mention) ([]actor.Mention, []int, int) {
	n := len(ms)
	ms = append(ms[:n:n], found...)
	if len(found) > 1 {
		for i := range found {
			sides = append(sides, n+i)
		}
	}
	return ms, sides, n
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

// learnLemmas are the verbs of hearing and learning of something.
var learnLemmas = map[string]bool{"HEAR": true, "LEARN": true}

// noComment reports a negated plain statement by a verb of answering
// ("Russia has not commented on the proposal", "did not immediately
// respond"): it answers, or fails to answer, the other country of the
// story's last sentences, whatever its object names.
func (a *article) noComment(toks []model.Token, cl *clause) bool {
	return cl.code == "010" && cl.rev == "" && answerLemmas[a.w.lem[cl.v]] && negated(toks, cl.v)
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

// hyphenModifier reports a mention joined by a hyphen to a participle
// after it ("Russia-brokered", "U.S.-backed", "Israeli-managed").
func hyphenModifier(toks []model.Token, m actor.Mention) bool {
	k := m.End
	return k+1 < len(toks) && toks[k].Form == "-" && toks[k].Start == toks[k-1].End &&
		(toks[k+1].XPOS == "VBN" || toks[k+1].XPOS == "VBD" || strings.HasSuffix(strings.ToLower(toks[k+1].Form), "ed"))
}

// posture reports a code of a show of force (CAMEO 15: military or
// police alert, mobilisation), whose object is the source's own forces.
func posture(code string) bool { return strings.HasPrefix(code, "15") }

// reverseOblique reports whether a mention stands right after a
// preposition (past a "the") other than "from", "by" or "of", which
// name who a reverse event's criticism, calls or sanctions come from. A
// possessor ("over its decision", "with Chile's navy") is the owner of
// the preposition's noun, not its object, and is not reported.
func reverseOblique(toks []model.Token, m actor.Mention) bool {
	if toks[m.Head].XPOS == "PRP$" || possessive(toks, m) {
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

// talksNouns are the nouns (upper-case lemmas) of parties' talks.
var talksNouns = map[string]bool{
	"TALKS": true, "TALK": true, "NEGOTIATION": true, "NEGOTIATIONS": true, "MEETING": true,
	"SUMMIT": true, "CONSULTATIONS": true, "CONSULTATION": true, "DISCUSSIONS": true,
}

// forTalks reports a clause that names talks after its verb ("arrived
// in Ankara for talks", "flew to Doha for a new round of negotiations"):
// parties that travel for them travel to meet each other.
func (a *article) forTalks(cl *clause) bool {
	for k := cl.v + 1; k < cl.hi && k < len(a.w.lem); k++ {
		if talksNouns[a.w.lem[k]] || talksNouns[a.w.up[k]] {
			return true
		}
	}
	return false
}

// possessive reports a mention followed by a possessive "'s" ("the EU's
// decision"): it owns the noun after it.
func possessive(toks []model.Token, m actor.Mention) bool {
	return m.End < len(toks) && possessiveMark(toks[m.End])
}

// possessiveMark reports the possessive "'s" (with either apostrophe),
// which the tokenizer splits off its noun.
func possessiveMark(t model.Token) bool { return t.Form == "'s" || t.Form == "’s" }
