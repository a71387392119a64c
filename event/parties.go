package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/cameo"
	"github.com/casus-project/casus/model"
)

// findParties finds the source and target: the pattern's own slots
// first (slotParties), then the parse around the verb (parseParties),
// then word order (orderParties: source before an active verb, the "by"
// agent of a passive one).
func (a *article) findParties(st *coding) {
	st.cl.passive = isPassive(st.toks, st.v) || a.sharedPassive(st.v) >= 0 || a.removedFrom(st.toks, st.v)
	a.slotParties(st)
	a.parseParties(st)
	a.orderParties(st)
	// "strongly condemns the attack on the Turkish embassy": the actor
	// the pattern's '^' passed over is no target, whatever found it.
	if k := st.cl.m.skipped; st.tgt >= 0 && k[1] > 0 && st.ms[st.tgt].Start >= k[0] && st.ms[st.tgt].End <= k[1] {
		st.tgt = -1
	}
	// "condemned the attack on Chilean border guards": whoever attacked,
	// not the guards.
	if st.tgt >= 0 && disapproval(st.cl.code) {
		a.condemnedDoer(st)
	}
}

// slotParties sets the source and target the matched pattern's '$' and
// '+' slots hold, and a source before words a pattern used before the
// verb; -1 for none.
func (a *article) slotParties(st *coding) {
	toks, ms, cl, v := st.toks, st.ms, st.cl, st.v
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
		if tgt >= 0 && cl.m.tgt[0] < v && otherConjunctObject(toks, ms[tgt], cl.m.tgt[0], v) {
			tgt = -1
		}
	}
	if src < 0 && !cl.passive && cl.m.first < v && !(cl.m.p != nil && len(cl.m.p.Before) == 0 && a.gapObject(v) == cl.m.first) {
		// A pattern that used words before the verb ("SUGGESTED +
		// * REQUIRE"): the source stands before them. Not before the
		// noun a relative clause is on that a pattern of no words
		// before the verb matched as its object ("a ceasefire the two
		// countries agreed"): the clause's own subject is the source.
		src = a.source(toks, ms, cl.m.first)
		if i := patternWordSubject(toks, ms, cl, v); i >= 0 {
			src = i
		}
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
	st.src, st.tgt = src, tgt
}

// parseParties fills a missing source and target from the parse around
// the verb, and notes a subject that names no actor (noSubject), so that
// word order takes no actor further back for it.
func (a *article) parseParties(st *coding) {
	toks, ms, cl, v, src, tgt := st.toks, st.ms, st.cl, st.v, st.src, st.tgt
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
			noSubject = src < 0 && (a.earlierClause(v) || a.nounClause(v) || a.relativeClause(v) || a.actSubject(ms, v) || a.nounSubject(ms, v) || a.controlledByNonActor(ms, v) || a.actAsSubject(ms, v) || a.objectParticiple(v) >= 0 || a.conjDisagrees(v) || a.passiveConjunct(v) >= 0 || a.imperative(v))
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
	st.src, st.tgt, st.noSubject = src, tgt, noSubject
}

// orderParties fills a missing source and target by word order: for a
// passive verb its "by" agent and what it acted on before it, for an
// active one the actor before it and the object after it.
func (a *article) orderParties(st *coding) {
	toks, ms, cl, v, src, tgt, noSubject := st.toks, st.ms, st.cl, st.v, st.src, st.tgt, st.noSubject
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
			// "Accused by Baku of sabotage, Armenia denied": the
			// subject after the opening participle's comma.
			if tgt < 0 && !a.c.stems {
				tgt = frontedPassiveTarget(toks, ms, v)
			}
		}
	} else {
		if src < 0 && !noSubject {
			src = a.source(toks, ms, v)
		}
		if tgt < 0 {
			tgt = a.relativeTarget(ms, v, false)
		}
		if tgt < 0 || tgt == src {
			tgt = a.target(toks, ms, cl, src)
			// "suggested a new date, 'to help the Chilean people'":
			// words quoted after the verb are someone's own, and word
			// order finds no target in them.
			if tgt >= 0 && quoted(toks, v, ms[tgt].Start) {
				tgt = -1
			}
		}
	}
	tgt = a.deedTarget(toks, ms, cl, src, tgt)
	st.src, st.tgt = src, tgt
}

// reviewSource takes a second look at the source and the parties
// around it: a speaker before a reported subject, a place or owner of a
// thing, a feeling's agent, a quote's first person. It returns false
// where the parties show the clause is no event (a country surrounded by
// countries, people a relative clause describes).
func (a *article) reviewSource(st *coding) bool {
	toks, ms, cl, says, v, src, tgt := st.toks, st.ms, st.cl, st.says, st.v, st.src, st.tgt
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
	// "A shipment of grain from Ukraine arrived in Egypt": goods that
	// travel make no journey of the actor they are from.
	if src >= 0 && !cl.passive && ms[src].Start < v && a.thingTravels(ms[src], v) {
		return false
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
		return false
	}
	// "the general retired from the army", "an analyst who retired from
	// the CIA": to retire from an institution (an actor with a type, no
	// bare country or place) is to end a career there, no withdrawal
	// (RETIRE is a synonym of WITHDRAW); forces retire from a place.
	if a.w.lem[v] == "RETIRE" && tgt >= 0 && !bareCountry(ms[tgt].Code) {
		return false
	}
	// "Turkey is attacking people who defeated ISIS": a bare "people"
	// that a relative clause describes is whoever did what the clause
	// says, no people of a country, and is no source of it.
	if src >= 0 && !cl.passive && a.describedPeople(ms[src], v) {
		return false
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
			// Else "we" outside any quote in a statement that
			// opened in an actor's voice.
			w := firstPersonAt(toks, cl.lo, v)
			m, ok := a.speakerBefore(toks, v, w)
			if !ok {
				m, ok = a.quoteOwnSpeaker(toks, v, w)
			}
			if !ok {
				m, ok = a.voiceWe(toks, w)
			}
			if ok {
				ms = append(append([]actor.Mention(nil), ms...), m)
				src = len(ms) - 1
			}
		}
	}
	// "HANOI, Vietnam (AP) - Esper met with several top government
	// officials": bare officials a visitor meets in a story filed from
	// another country are that country's, not the visitor's own.
	if src >= 0 && tgt >= 0 && strings.HasPrefix(cl.code, "04") && a.dateline != nil && ms[tgt].Kind == actor.Agent && sameCountry(ms[src], ms[tgt]) {
		if c, own := a.c.placeCountry(a.dateline.Country, cameo.CAMEOCountry(a.dateline.Country)), actor.CountryOf(ms[src].Code); len(c) >= 3 && actor.CountryOf(c) != own && len(ms[tgt].Code) > 3 && strings.HasPrefix(ms[tgt].Code, own) {
			ms = append([]actor.Mention(nil), ms...)
			ms[tgt].Code, ms[tgt].Country = c+ms[tgt].Code[len(own):], actor.CountryOf(c)
		}
	}
	st.ms, st.src, st.tgt = ms, src, tgt
	return true
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
	if j >= len(toks) || !possessiveMark(toks[j]) || !thing(j+1) {
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
		if m.Code == "" || m.Kind == actor.Pronoun || !near {
			continue
		}
		if !a.namesSpeaker(m, name) {
			continue
		}
		return firstPersonFor(m, toks, w, "speaker of the quote before"), true
	}
	return actor.Mention{}, false
}

// namesSpeaker reports whether the mention m, an actor named in the
// text, names the speaker a quote gives as name: its words are the name
// or a part of it, or it is the title right before the name.
func (a *article) namesSpeaker(m actor.Mention, name string) bool {
	if m.Span.End > len(a.text) || m.Span.Start >= m.Span.End {
		return false
	}
	t := a.text[m.Span.Start:m.Span.End]
	return strings.Contains(t, name) || strings.Contains(name, t) || a.titleOf(m.Span.End, name)
}

// firstPersonFor returns m, an actor's mention, moved to the "we" or "I"
// at token w that stands for it, its own words kept as the antecedent and
// its entry saying why (see speakerBefore, voiceWe).
func firstPersonFor(m actor.Mention, toks []model.Token, w int, why string) actor.Mention {
	m.Antecedent = m.Span
	m.Span = model.Span{Start: toks[w].Start, End: toks[w].End}
	m.Start, m.End, m.Head, m.Kind = w, w+1, w, actor.Pronoun
	m.Entry, m.Origin = why+" ("+m.Entry+")", actor.InText
	return m
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

// reducedOnThing reports a past participle at v right after a common noun
// that no mention covers ("a ship hijacked by pirates"): the participle
// describes that noun.
func reducedOnThing(toks []model.Token, ms []actor.Mention, v int) bool {
	if v < 1 || toks[v].XPOS != "VBN" || toks[v-1].UPOS != "NOUN" {
		return false
	}
	return holding(ms, v-1) < 0
}
