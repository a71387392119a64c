package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
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
	st.tgt, st.together = tgt, together
}

// aim settles whom the event is aimed at by the pattern's preposition
// and the phrases around the parties: not the source's own actor, the
// actor after the pattern's preposition, not a reporter, partner or
// ally set aside, nor an actor that only modifies a noun or opens
// another clause. It also finds the parties of talks a go-between's
// participle hosted or mediated.
func (a *article) aim(st *coding) {
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
	toks, ms, cl, v, src, tgt, accuser, sides := st.toks, st.ms, st.cl, st.v, st.src, st.tgt, st.accuser, st.sides
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
	st.ms, st.tgt, st.accuser, st.sides = ms, tgt, accuser, sides
}
