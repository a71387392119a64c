package event

import (
	"iter"
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// pair turns the source and target into the source-target pairs to
// emit (st.pairs): a member of the source's list is no target, a list
// acting on "each other" is mutual, and brokenTalks, defaultPairs and
// listPairs, in turn, pair the parties.
func (a *article) pair(st *coding) {
	toks, ms, cl, src, tgt, together := st.toks, st.ms, st.cl, st.src, st.tgt, st.together
	// "Russia and China voted against it": a member of the source's
	// compound is not its target.
	// Nor is a pronoun that stands for one ("voted against it", "it"
	// taken for China).
	var list []int // the source's list (members)
	if src >= 0 {
		list = members(toks, ms, src)
	}
	if src >= 0 && tgt >= 0 && tgt != src {
		for _, i := range list {
			if i == tgt || i != src && ms[tgt].Kind == actor.Pronoun && ms[i].Code == ms[tgt].Code || len(list) > 1 && listPronoun(toks, ms[tgt]) && actor.CountryOf(ms[i].Code) == actor.CountryOf(ms[tgt].Code) {
				tgt = -1
				break
			}
		}
	}
	if src >= 0 && tgt >= 0 && len(list) > 1 && strangersOf(ms, list, ms[tgt]) {
		tgt = -1
	}
	// "Armenia and Azerbaijan accused each other": the members act on
	// each other, whatever the code, and whatever else the clause names
	// ("attacked each other's policies in a TV debate").
	onEachOther := len(list) > 1 && eachOther(toks, cl)
	if onEachOther {
		tgt = -1
	}
	mutual := len(list) > 1 && tgt < 0 && (onEachOther || together)
	st.ms, st.src, st.tgt, st.mutual = ms, src, tgt, mutual
	a.brokenTalks(st)
	a.defaultPairs(st)
	a.listPairs(st)
}

// strangersOf reports a target t that is a bare noun of civilians
// ("villagers", "residents") whose country, which only the story so far
// gave it, is none of the list's members': "Both sides evacuated
// thousands of villagers" evacuated their own people, not those of the
// country named last.
func strangersOf(ms []actor.Mention, list []int, t actor.Mention) bool {
	if t.Kind != actor.Agent || !strings.HasSuffix(t.Code, "CVL") {
		return false
	}
	c := actor.CountryOf(t.Code)
	for _, i := range list {
		if actor.CountryOf(ms[i].Code) == c {
			return false
		}
	}
	return true
}

// listPronoun reports a mention m that is "their", "them" or "they", or
// an agent that "their" owns: with a list for the clause's subject it
// stands for the list, or for what the list owns, whatever country its
// resolution gave it ("Peru and Bolivia met and agreed to pull back
// their artillery": their own artillery, no target).
func listPronoun(toks []model.Token, m actor.Mention) bool {
	k := m.Start
	if m.Kind == actor.Agent {
		k--
	} else if m.Kind != actor.Pronoun {
		return false
	}
	if k < 0 || k >= len(toks) {
		return false
	}
	switch strings.ToLower(toks[k].Form) {
	case "their", "them", "they", "theirs", "themselves":
		return true
	}
	return false
}

// brokenTalks pairs the parties of the article's latest negotiation,
// each way, for talks whose breakdown (164) names no party ("Previous
// talks in Jeddah, sponsored by Norway, collapsed in 2023").
func (a *article) brokenTalks(st *coding) {
	toks, ms, cl, v, src, tgt, pairs := st.toks, st.ms, st.cl, st.v, st.src, st.tgt, st.pairs
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
	st.ms, st.src, st.tgt, st.pairs = ms, src, tgt, pairs
}

// defaultPairs fills a missing source or target with the Coder's
// default actors (Default) and pairs them, spreading a list over the
// default unless PRIOR or AFTER says the list stands for both actors.
func (a *article) defaultPairs(st *coding) {
	toks, ms, cl, src, tgt, pairs := st.toks, st.ms, st.cl, st.src, st.tgt, st.pairs
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
	st.ms, st.src, st.tgt, st.pairs = ms, src, tgt, pairs
}

// listPairs pairs the parties when no earlier step did: the members of a
// pattern's compound ('%') with each other, each member of the source's
// list with each of the target's (or the sides an appeal is aimed at),
// or the members of a mutual or reciprocal list with each other.
func (a *article) listPairs(st *coding) {
	toks, ms, cl, v, src, tgt, accuser, sides, mutual, pairs := st.toks, st.ms, st.cl, st.v, st.src, st.tgt, st.accuser, st.sides, st.mutual, st.pairs
	switch comp := a.compound(ms, cl); {
	case len(pairs) > 0:
	case tgt >= 0 && a.unknownDoer(toks, ms, src, v, cl.code):
		// "A and B exchanged fire, killing a farmer": no member's deed.
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
	case src >= 0 && tgt >= 0 && !(reciprocal(cl.code) && ms[tgt].Kind == actor.Agent && len(members(toks, ms, src)) > 1 && (adjacent(toks, compoundEnd(toks, ms, src), v) || infinitiveOf(toks, compoundEnd(toks, ms, src), v))):
		tms := []int{tgt}
		switch {
		case len(sides) > 0:
			tms = sides
		case tgt != accuser:
			tms = members(toks, ms, tgt)
		}
		for _, s := range apposed(toks, ms, members(toks, ms, src), src) {
			for _, t := range tms {
				pairs = append(pairs, [2]int{s, t})
			}
		}
	case (mutual || src >= 0 && (reciprocal(cl.code) || a.exchanged(v)) && !a.eachGoing(cl) && (ms[src].Kind != actor.Pronoun || a.resumedList(toks, ms, src)) && (besideVerb(toks, compoundEnd(toks, ms, src), v) || infinitiveOf(toks, compoundEnd(toks, ms, src), v) || a.signatories(ms, src, v, cl.code) || a.sharedList(toks, compoundEnd(toks, ms, src), v)) && !a.oneWayDeed(cl.code, v) && !a.ownThing(cl, v) && !exemplified(toks, ms, members(toks, ms, src))) && !disjoined(toks, ms, members(toks, ms, src)):
		// ("Peru or Chile will fight" names either of them, no pair.
		// "they" standing for a list, "Russia and China said they
		// did not recognise the vote", is no pair acting on each
		// other unless the clause says so; a "they" that opens a
		// later sentence about the list, "Kenya and Uganda met on
		// Monday. They signed a trade pact", is, as the list would
		// be: see resumedList.)
		// Members named as examples of a class ("countries like Peru
		// and Chile promote trade") each act for themselves
		// (exemplified).
		// "Colombia and Venezuela restored relations": each member
		// towards the others. A bare agent after the verb is then what
		// they exchange, not a party ("Ukraine and Russia exchanged
		// prisoners of war").
		mem := apposed(toks, ms, members(toks, ms, src), src)
		for _, s := range mem {
			for _, t := range mem {
				if s != t {
					pairs = append(pairs, [2]int{s, t})
				}
			}
		}
	}
	st.ms, st.src, st.tgt, st.mutual, st.pairs = ms, src, tgt, mutual, pairs
	st.src, st.pairs = src, pairs
}

// decideStatus decides whether the event happened (asserted, claimed,
// negated, hypothetical) and, from that, the code of intents and
// refusals: a planned meeting is an intent to meet (036), "refused to
// negotiate" a refusal (12). It returns false for a deed that only may
// or should happen, coding instead what is demanded of it
// (mustDemand), or a supposition.
func (a *article) decideStatus(st *coding) bool {
	s, toks, ms, cl, says, times, v, pairs := st.s, st.toks, st.ms, st.cl, st.says, st.times, st.v, st.pairs
	status, attr := a.status(toks, ms, cl, says)
	if !a.workIntent(toks, ms, st.tgt, cl, status) {
		return false
	}
	if status == model.Hypothetical && a.w.lem[v] == "WORK" && future(toks, v) && !conditional(toks, v) && !conditionIn(toks) {
		// "Tokyo would work with Washington": the intent to cooperate
		// (030, workIntent) is expressed by saying so, as below.
		status = saidStatus(attr)
	}
	if status == model.Hypothetical && a.scheduledVisit(toks, cl, st.times) {
		// "is due to visit Quito next week": the visit, hypothetical;
		// the host has received no one yet.
		cl.code, cl.rev = "042", ""
	} else if status == model.Hypothetical && strings.HasPrefix(cl.code, "04") && (intends(toks, v) || future(toks, v) || pledgedBy(toks, v) >= 0) {
		// A meeting or visit someone plans, hopes or agrees to hold is
		// an intent to meet (036); mediation offered or planned is an
		// intent to mediate (039).
		cl.code, cl.rev = intentCode(cl.code), ""
		a.dropGovernor(toks, v)
		// "Peru agreed to hold talks with Chile", "offered to
		// mediate": an intent its source commits to is expressed by
		// that commitment, which happened, unless the commitment is
		// itself negated, under a modal, planned or called for ("could
		// agree to hold talks").
		if g := pledgedBy(toks, v); g >= 0 && !a.hypothetical(toks, &clause{v: g, lo: cl.lo, hi: cl.hi}) {
			status = model.Asserted
			if attr != nil {
				status = model.Claimed
			}
			a.rankPledged(cl, g)
		}
	}
	if st, ok := a.pledgedIntent(s, toks, cl, status, attr); ok {
		// "Peru and Chile agreed to withdraw troops": the pledge, an
		// intent (0356), not the withdrawal.
		status = st
	}
	if status == model.Negated && !negatedAux(toks, v) && !neitherNor(toks, cl.lo, v) {
		// "refused to negotiate with Chile", "declined to release the
		// prisoners", "ruled out joining the alliance": the refusal is
		// the event (CAMEO 12), from the source alone, as real as the
		// refusing verb is.
		if g := refusingVerb(toks, v); g >= 0 {
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
	if status == model.Negated && negatedAux(toks, v) && future(toks, v) && !perfectModal(toks, v) && !conditionIn(toks) && !a.c.stems {
		// "Serbia would never recognise Kosovo's independence", "Peru
		// will not meet Chile's envoy": a meeting, cooperation, aid or
		// concession its source says it will not give is refused now
		// (CAMEO 12, as "refused to"), not a deed negated. "Kuwait
		// would not discuss the border" with no verb of saying is
		// still a refusal (not conditional's consequence of an unsaid
		// condition); "would not have met" looks back at a deed that
		// did not happen.
		if rc := refusalCode(cl.code); rc != "" {
			cl.code, cl.rev = rc, ""
			status = model.Asserted
			if attr != nil {
				status = model.Claimed
			}
		}
	}
	if ic := intentCode(cl.code); status == model.Hypothetical && ic != "" && !strings.HasPrefix(cl.code, "04") && cl.code != "057" && future(toks, v) && !conditional(toks, v) && !a.c.Unrealised && !a.c.stems {
		// Cooperation, aid or a concession someone will give is an
		// intent to give it ("the US will provide Peru's navy with a
		// ship": 0332), the same both ways where the deed is mutual;
		// an agreement the parties will sign stays the signing (057),
		// hypothetical, as the golds write it ("the two countries
		// would sign agreements on energy");
		// as words of intent, it is no deed that may happen (below).
		// Coding deeds that may happen as deeds (Unrealised) or as
		// TABARI does (stems), "will contribute dollars" stays 071, as
		// the peers code it.
		cl.code, cl.rev = ic, intentCode(cl.rev)
		// The intent is expressed by the words that say the deed
		// will come, which were said: asserted, or its speaker's
		// claim, as for an intent pledged above. An intent on a
		// condition ("if Chile agrees, Peru will lend") stays
		// hypothetical.
		if !conditionIn(toks) {
			status = saidStatus(attr)
		}
	}
	if status == model.Hypothetical && !a.c.Unrealised && a.supposed(toks, v) {
		// "described the idea that Peru is training the rebels as
		// absurd": a supposition reports no deed, intent or threat.
		return false
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
		return false
	}
	st.status, st.attr = status, attr
	return true
}

// emitPairs emits the event, and its reverse, for each pair, dated by the
// clause's time; force that breaks a ceasefire is a violation of it
// (196), aimed at the other party rather than its civilians.
func (a *article) emitPairs(st *coding) {
	s, toks, ms, cl, times, src, pairs, status, attr := st.s, st.toks, st.ms, st.cl, st.times, st.src, st.pairs, st.status, st.attr
	date, x, hasX := a.date(toks, cl, times)
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
				// "summoned Chile's envoy and handed him a protest
				// note": an official complaint the sentence has
				// already coded between the same countries is the
				// same complaint. For 114 alone: restates compares
				// countries, and for other codes one verb's parties
				// of one country ("lawmakers and officials in Peru
				// welcomed") are events each; dropping restated
				// events of every code lost 3 PETRARCH records and
				// demo, holdout and holdout2..4 exact matches.
				if cl.code == "114" && a.restates(s, cl.code, sm, tm) {
					continue
				}
				if cl.code != "" && !pressContact(cl.code, sm, tm) && !unplacedFacility(cl.code, tm) {
					a.emit(s, toks, cl, a.nationWe(sm, cl.code), a.nationWe(tm, cl.code), p[0] == src, privateViolence(cl.code, sm, tm), status, attr, date, x, hasX)
				}
				if cl.rev != "" && !(cl.rev == "043" && facility(tm)) && !pressContact(cl.rev, tm, sm) && !pairPhrase(ms, p[1], p[0]) && !visitPair(cl.code, cl.rev) && !contactPair(cl.code, cl.rev) {
					a.emit(s, toks, cl, a.nationWe(tm, cl.rev), a.nationWe(sm, cl.rev), false, privateViolence(cl.rev, tm, sm), status, attr, date, x, hasX)
				}
			}
		}
	}
}

// visitPair reports a visit coded with its host's reverse, or a hosting
// with its guest's ("[042:043]", "[043:042]"): one visit is one event,
// the visitor's 042 or the host's 043 as the sentence tells it ("Peru's
// president visited Chile" is Peru's visit, "Chile hosted Peru's
// president" Chile's hosting), not both.
func visitPair(code, rev string) bool {
	return code == "042" && rev == "043" || code == "043" && rev == "042"
}

// contactPair reports a meeting or consultation (040) or a telephone call
// (041) coded with its own reverse ("[041:041]"): one party's contact with
// another is told one way, as the sentence tells it ("Peru's president
// spoke by telephone with Chile's", "met with Chilean officials" is
// Peru's alone), while two parties named together as meeting or calling
// ("Peru and Chile spoke by telephone") are paired each way by listPairs,
// not by the reverse.
func contactPair(code, rev string) bool {
	return code == rev && (code == "040" || code == "041")
}

// pairPhrase reports a target ms[t] that is one of the parties a pair
// phrase stands for ("both sides", "the two governments": a description
// whose tokens another mention shares), of which the source ms[src] is
// none: a third party's reciprocal deed with them ("said he had spoken
// with both sides by telephone") is its own, to each side, not theirs
// with it.
func pairPhrase(ms []actor.Mention, t, src int) bool {
	m := ms[t]
	if m.Kind != actor.Description {
		return false
	}
	s := ms[src]
	if s.Start == m.Start && s.End == m.End {
		return false
	}
	for i, o := range ms {
		if i != t && o.Start == m.Start && o.End == m.End {
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

// dropGovernor removes the events of the current sentence coded from
// the verb governing the infinitive at v: "hoped to visit" is the intent
// to visit, not a hope.
func (a *article) dropGovernor(toks []model.Token, v int) {
	g := governor(toks, v)
	if g < 0 {
		return
	}
	at := toks[g].Start
	a.dropEvents(a.sentenceFirst(), func(i int) bool {
		return a.events[i].Evidence.Predicate.Start == at // as codedAt
	})
}

// sentenceFirst is the index in a.events of the current sentence's first
// event (a.sentFirst, which codeVerbs sets).
func (a *article) sentenceFirst() int { return a.sentFirst }

// codedAt yields, in order, the current sentence's events coded from the
// word whose first byte is at (their predicate's evidence starts there):
// what a verb's own pattern made of it, which the mechanisms that read or
// recode another verb's events look for. Only the current sentence's
// events are searched (sentenceFirst); byte offsets are the document's,
// so an offset names one word. The events may be changed in place, not
// added or dropped while the sequence runs.
func (a *article) codedAt(at int) iter.Seq[*model.Event] {
	return func(yield func(*model.Event) bool) {
		for i := a.sentenceFirst(); i < len(a.events); i++ {
			if e := &a.events[i].Event; e.Evidence.Predicate.Start == at && !yield(e) {
				return
			}
		}
	}
}

// goingLemmas are verbs (upper-case lemmas) of going somewhere.
var goingLemmas = map[string]bool{
	"ARRIVE": true, "TRAVEL": true, "FLY": true, "COME": true, "GO": true,
	"JOURNEY": true, "TOUR": true, "VISIT": true, "RETURN": true, "HEAD": true,
}

// eachGoing reports a clause of going somewhere with no talks in view,
// which the members of a list do each on their own, not to each other:
// "Latvia and Estonia went further", "the two ministers arrived on
// Monday" pair no one, while "arrived in Ankara for talks" and "visited
// each other" (see mutual) do.
func (a *article) eachGoing(cl *clause) bool {
	return a.verbIn(goingLemmas, cl.v) && !a.forTalks(cl)
}

// mutualLemmas are verbs whose deed, done to a war or a battle, is still
// done between the doers: "Peru and Chile fought a war", "waged a war";
// and so are the exchanging verbs (exchangeLemmas: "exchanged fire",
// "traded blows"). Fighting another thing ("pledged to fight drug
// trafficking", "fought the fires") is each doer's own (see
// conflictObject).
var mutualLemmas = map[string]bool{"FIGHT": true, "WAGE": true}

// conflictNouns are the nouns (upper-case lemmas) of a fight between
// sides, which a list that fights or wages one fights with each other.
var conflictNouns = map[string]bool{
	"WAR": true, "BATTLE": true, "CONFLICT": true, "SKIRMISH": true, "CLASH": true,
	"DUEL": true, "FIGHT": true, "FIREFIGHT": true, "GUNFIGHT": true,
}

// conflictObject reports a verb at v whose direct object is a fight
// between sides ("fought a border war", "waged two wars").
func (a *article) conflictObject(v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	for _, c := range t.kids[v] {
		if t.rel[c] == "obj" && conflictNouns[a.w.lem[c]] {
			return true
		}
	}
	return false
}

// oneWayDeed reports a yielding (but a de-escalation, 087), fighting or
// aid pledge (CAMEO 08, 19, 033) whose verb at v has a direct object and is not mutual by nature:
// "France and Germany bombed the rebel camps", "lifted the ban", "offered
// economic aid" are done by each to the thing, not to each other.
func (a *article) oneWayDeed(code string, v int) bool {
	// A ceasefire agreed or a truce signed (087) is between the doers.
	if !strings.HasPrefix(code, "08") && !strings.HasPrefix(code, "19") && !strings.HasPrefix(code, "033") || strings.HasPrefix(code, "087") {
		return false
	}
	return a.hasObject(v) && !(a.verbIn(mutualLemmas, v) && a.conflictObject(v)) && !a.exchanged(v) && !(strings.HasPrefix(code, "0841") && a.prisonersObject(v))
}

// ownThing reports an intent or a cooperative deed (CAMEO 03, 05) that a
// bare verb codes (no pattern word names what it is done to, "PROMISE
// [030]", "PROMOTE [050]") and whose verb at v has a direct object: "Peru
// and Chile promised reforms", "promote tourism" are each one's own
// promise or promotion of a thing, not one made to the other. A pattern
// that names the thing ("signed a deal", "restored relations") says the
// deed is between them, and so may "agreed to cooperate", which has no
// object.
func (a *article) ownThing(cl *clause, v int) bool {
	if !strings.HasPrefix(cl.code, "03") && !strings.HasPrefix(cl.code, "05") {
		return false
	}
	return bareVerb(cl) && a.hasObject(v) && !a.exchanged(v)
}

// prisonerNouns are the nouns (upper-case lemmas) of people held by the
// other side, whose release by a list of two is a swap.
var prisonerNouns = map[string]bool{
	"PRISONER": true, "DETAINEE": true, "CAPTIVE": true, "POW": true, "POWS": true,
}

// prisonersObject reports a verb at v whose object is prisoners not
// named before, directly or as what a number or quantity is of ("freed
// 90 detainees", "released dozens of prisoners of war"): "Peru and Chile
// freed prisoners" is a swap, each releasing the other's, as "exchanged
// prisoners" is. "Released the prisoners" are ones the story has named,
// whoever held them.
func (a *article) prisonersObject(v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	for _, c := range t.kids[v] {
		if t.rel[c] != "obj" || a.definite(c) {
			continue
		}
		if prisonerNouns[a.w.lem[c]] {
			return true
		}
		for _, n := range t.kids[c] {
			if base(t.rel[n]) == "nmod" && prisonerNouns[a.w.lem[n]] && !a.definite(n) {
				return true
			}
		}
	}
	return false
}

// definite reports a noun at k with a definite determiner ("the",
// "these", "those") among its dependents.
func (a *article) definite(k int) bool {
	for _, d := range a.t.kids[k] {
		if a.t.rel[d] == "det" {
			switch a.w.up[d] {
			case "THE", "THESE", "THOSE":
				return true
			}
		}
	}
	return false
}

// unplacedFacility reports a visit or a trip (CAMEO 036, 04) to a
// building or settlement that no country is named with ("made a trip to
// the hospital", "paid a visit to the city's prison"): the country the
// text so far gives it is a guess, and a building met no one; what
// country the place is in the coder does not know, so it codes no visit.
func unplacedFacility(code string, tm actor.Mention) bool {
	return (code == "036" || strings.HasPrefix(code, "04")) && tm.Kind == actor.Agent && facility(tm)
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

// resumedList reports a pronoun whose antecedent is in an earlier
// sentence of the paragraph, or the sentence before ("Kenya and Uganda
// met on Monday. They signed a trade pact"): the sentence goes on about
// what that one named, so a reciprocal deed of a list it stands for is
// between the list's members, as it would be with the list named there.
// A "they" in its list's own sentence ("Russia and China said they did
// not recognise the vote") is not, nor one for a list that acted on a
// third party named after it ("Israel and the United States struck Iran.
// They fought for hours": allies, no two sides); a capital after it is
// where they were ("met in Lima").
func (a *article) resumedList(toks []model.Token, ms []actor.Mention, i int) bool {
	m := ms[i]
	if m.Kind != actor.Pronoun || len(toks) == 0 || m.Antecedent.End == 0 || m.Antecedent.End > toks[0].Start {
		return false
	}
	// The list's members: what each mention of the pronoun stands for.
	list := map[model.Span]bool{}
	for _, x := range ms {
		if x.Kind == actor.Pronoun && x.Start == m.Start {
			list[x.Antecedent] = true
		}
	}
	for si := a.si - 1; si >= 0 && (si >= a.paraAt || si == a.si-1); si-- {
		prev := a.mentions[si]
		for k, b := range prev {
			if b.Span != m.Antecedent {
				continue
			}
			own := map[string]bool{}
			for _, x := range prev[k:] {
				if list[x.Span] {
					own[actor.CountryOf(x.Code)] = true
				}
			}
			for _, x := range prev[k:] {
				if !list[x.Span] && !x.Capital && !own[actor.CountryOf(x.Code)] {
					return false
				}
			}
			return true
		}
	}
	return false
}
