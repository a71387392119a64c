package event

// Targets from context: the party a clause names no one for, taken from the
// story so far (the protesters' country, the accused, the latest rival).

import (
	"slices"
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// protesters returns, for violent repression (CAMEO 175) whose clause
// names no target ("Thousands of Venezuelans took to the streets, and
// security forces responded with tear gas"), the protesters it is aimed
// at: the source of the article's latest protest (CAMEO 14) by a
// non-state actor of the repressing actor's country. Like the accuser of
// a denial, the mention stands after the sentence's tokens (n) and its
// entry says it comes from context.
func (a *article) protesters(src actor.Mention, cl *clause, n int) (actor.Mention, bool) {
	c := actor.CountryOf(src.Code)
	if !strings.HasPrefix(cl.code, "175") || cl.rev != "" || cl.passive || c == "" {
		return actor.Mention{}, false
	}
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := a.events[i]
		if ev.Source == nil || ev.Target == nil || ev.Root != "14" {
			continue
		}
		s := ev.Source.Code
		if actor.CountryOf(s) != c || len(s) > 3 && stateSector(s[3:]) || len(s) == 3 {
			continue
		}
		return contextMention(*ev.Source, n, actor.FromContext, "the source of the latest protest ("+ev.Code+") in "+c), true
	}
	return actor.Mention{}, false
}

// accusers returns, for a denial whose clause names no target ("The
// Indian army denied the allegation", "a charge Azerbaijan denies"), the
// actor who made the accusation it answers: the source of the article's
// latest accusation or criticism (CAMEO 111, 112) whose target is the
// denier or its country. The mention stands after the sentence's tokens
// (n), so it has no span of its own, and it is never joined to another.
// Accusers who made it together ("the Russian and Syrian defence
// ministries accused U.S. forces") are each one: the sources of the
// latest accusation or criticism of the denier and of the others of the
// same code in its sentence.
func (a *article) accusers(src actor.Mention, cl *clause, n int) []actor.Mention {
	if !strings.HasPrefix(cl.code, "016") || cl.rev != "" {
		return nil
	}
	var out []actor.Mention
	var at model.Span
	code := ""
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := a.events[i]
		if ev.Source == nil || ev.Target == nil || !strings.HasPrefix(ev.Code, "11") {
			continue
		}
		if ev.Code != "111" && !strings.HasPrefix(ev.Code, "112") {
			continue
		}
		if code != "" && (ev.Evidence.Sentence != at || ev.Code != code) {
			break
		}
		t := ev.Target.Code
		// A charge laid against the country ("Chile accused Peru of
		// spying") is not one its opposition or rebels answer ("Peru's
		// opposition leader denies the charge" answers one against
		// her).
		if !ofSide(t, src.Code) || actor.NonState(src.Code) && t != src.Code {
			continue
		}
		at, code = ev.Evidence.Sentence, ev.Code
		dup := false
		for _, m := range out {
			dup = dup || m.Code == ev.Source.Code
		}
		if dup {
			continue
		}
		m := contextMention(*ev.Source, n, actor.InText, "the accuser of "+t+" earlier in the article")
		out = append(out, m)
	}
	// In the order the accusers were named.
	slices.Reverse(out)
	return out
}

// contextEntry begins the entry of a target the sentence does not name,
// taken from the article's earlier events (reactedTo).
const contextEntry = "target from context: "

// tookSource reports whether the source of a.events[i] is a party
// the coder took from context (actor.FromContext), not one its
// sentence names: an event found so is no deed a later sentence takes
// up again.
func (a *article) tookSource(i int) bool {
	return a.events[i].origins[0] == actor.FromContext
}

// tookTarget reports whether the target of a.events[i] is a party the
// coder took from context (see tookSource).
func (a *article) tookTarget(i int) bool {
	return a.events[i].origins[1] == actor.FromContext
}

// contextMention returns a mention of the actor a that the coder took from
// the article's context for a sentence of n tokens: it stands after the
// sentence's tokens (n), its origin says in which role, and its entry
// says so (originEntry) and then why, where it came from.
func contextMention(a model.Actor, n int, from actor.Origin, why string) actor.Mention {
	m := actor.Mention{Actor: a, Start: n, End: n, Head: -1, Kind: actor.Named, Origin: from}
	m.Entry = originEntry(from) + why
	return m
}

// originEntry opens the entry of a mention the coder made with origin
// from: the origin is the record, the entry its printed form.
func originEntry(from actor.Origin) string {
	switch from {
	case actor.FromContext:
		return contextEntry
	case actor.SourceFromContext:
		return sourceContextEntry
	case actor.StatementSpeaker:
		return statementWhy + " "
	}
	return ""
}

// movedToContext returns the mention m of an earlier sentence as a
// mention the coder took from context for a sentence of n tokens: it
// keeps m's actor and kind, stands after the sentence's tokens (n) with
// no head, its text span dropped (contextMention keeps the span of the
// actor it is given), and its entry says it came from context and why.
func movedToContext(m actor.Mention, n int, why string) actor.Mention {
	m.Start, m.End, m.Head, m.Span = n, n, -1, model.Span{}
	m.Entry, m.Origin = originEntry(actor.FromContext)+why, actor.FromContext
	return m
}

// reactionLemmas react to something another actor did or proposed
// (upper-case lemmas).
var reactionLemmas = map[string]bool{
	"CONDEMN": true, "DENOUNCE": true, "DECRY": true, "CRITICISE": true, "CRITICIZE": true,
	"REJECT": true, "DISMISS": true, "WELCOME": true, "HAIL": true, "PRAISE": true,
	"REFUSE": true, "PROTEST": true, "SLAM": true, "BLAST": true,
}

// reactionObjects are nouns that name an action, decision or proposal of
// someone (upper-case lemmas), what a reaction is about.
var reactionObjects = map[string]bool{
	"DECISION": true, "MOVE": true, "STEP": true, "ACTION": true, "MEASURE": true,
	"EXPULSION": true, "PROPOSAL": true, "PLAN": true, "OFFER": true, "REQUEST": true,
	"DEMAND": true, "CALL": true, "PROTEST": true, "ATTACK": true, "STRIKE": true,
	"RESOLUTION": true, "SANCTION": true, "BAN": true, "ANNOUNCEMENT": true,
	"STATEMENT": true, "REMARK": true, "COMMENT": true, "ULTIMATUM": true, "THREAT": true,
	"INVITATION": true, "RULING": true, "VERDICT": true, "JUDGMENT": true, "JUDGEMENT": true, "ORDER": true, "SUSPENSION": true,
	"DEPLOYMENT": true, "ARREST": true, "DETENTION": true, "CONDOLENCE": true,
	"CRITICISM": true, "COMPLAINT": true, "RELEASE": true,
	"SEIZURE": true, "CAPTURE": true, "KIDNAPPING": true, "ABDUCTION": true,
}

// acceptLemmas answer an invitation, offer or proposal (upper-case
// lemmas). They are no reactionLemmas: accepting something is no
// reaction to an actor named inside it.
var acceptLemmas = map[string]bool{"ACCEPT": true, "DECLINE": true}

// offerObjects are the nouns (upper-case lemmas) of what someone offers
// another, which the other accepts or declines.
var offerObjects = map[string]bool{"INVITATION": true, "OFFER": true, "PROPOSAL": true}

// offerer returns, for an acceptance whose clause names no target ("Benin
// accepted the invitation": a verb of acceptLemmas whose object is a
// noun of offerObjects with no actor of its own), who made the offer:
// the source of the article's latest intent to cooperate or consultation
// (CAMEO 03, 04, where invitations and offers are coded) aimed at the
// accepting actor or its country by an actor of another country. Talks
// coded both ways ("brokered talks between the neighbours") are no one's
// offer. Unlike a reaction it looks no further: an acceptance of nothing
// offered before is aimed at no one the coder can name.
func (a *article) offerer(toks []model.Token, src actor.Mention, cl *clause, n int) (actor.Mention, bool) {
	if cl.rev != "" || cl.passive || !acceptLemmas[a.w.lem[cl.v]] {
		return actor.Mention{}, false
	}
	obj := a.reactionObject(toks, cl)
	if obj < 0 || !offerObjects[a.w.lem[obj]] {
		return actor.Mention{}, false
	}
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := a.events[i]
		if ev.Source == nil || ev.Target == nil || ev.Root != "03" && ev.Root != "04" || a.mirrored(i) {
			continue
		}
		s, t := ev.Source.Code, ev.Target.Code
		if ofSide(s, src.Code) {
			continue
		}
		if !ofSide(t, src.Code) {
			continue
		}
		return contextMention(*ev.Source, n, actor.FromContext, "the source of the latest offer ("+ev.Code+") to "+t), true
	}
	return actor.Mention{}, false
}

// contextTarget finds the target of a clause that names none, for the
// source src, from the article's earlier events, trying in turn: the
// actor a reaction answers (reactedTo), who made the offer accepted
// (offerer), the organisation applied to (membershipOf), whom a threat
// answers (threatenedOf), whom the threatener was just pressing
// (threatPressed), the actor complained of (complainedOf), the recipient
// of the latest aid (aidedBefore), the other party of the latest talks
// (talksPartner), the accused an investigation looks into
// (investigatedOf), the police or military whose force a riot answers
// (forcesBefore), the protesters a repression is aimed at (protesters),
// the other party of a reduction of relations (relationsPartner), the
// target of the sanctions lifted (sanctionsLifted), and the government
// of the country protesting in its own streets (ownGovernment).
func (a *article) contextTarget(toks []model.Token, src actor.Mention, cl *clause) (actor.Mention, bool) {
	n := len(toks)
	if m, ok := a.alsoReacted(toks, src, cl, n); ok {
		return m, true
	}
	if m, ok := a.reactedTo(toks, src, cl, n); ok {
		return m, true
	}
	if m, ok := a.offerer(toks, src, cl, n); ok {
		return m, true
	}
	if m, ok := a.membershipOf(toks, cl, n); ok {
		return m, true
	}
	if m, ok := a.threatenedOf(toks, src, cl, n); ok {
		return m, true
	}
	if m, ok := a.threatPressed(toks, src, cl, n); ok {
		return m, true
	}
	if m, ok := a.complainedOf(src, cl, n); ok {
		return m, true
	}
	if m, ok := a.aidedBefore(src, cl, n); ok {
		return m, true
	}
	if m, ok := a.talksPartner(src, cl, n); ok {
		return m, true
	}
	if m, ok := a.investigatedOf(src, cl, n); ok {
		return m, true
	}
	if m, ok := a.forcesBefore(src, cl, n); ok {
		return m, true
	}
	if m, ok := a.protesters(src, cl, n); ok {
		return m, true
	}
	if m, ok := a.defeatConceded(toks, src, cl); ok {
		return m, true
	}
	if m, ok := a.relationsPartner(toks, src, cl, n); ok {
		return m, true
	}
	if m, ok := a.sanctionsLifted(toks, src, cl, n); ok {
		return m, true
	}
	return ownGovernment(toks, src, cl, n)
}

// recentEvents returns the index in a.events of the first event coded in
// the reach sentences before the current one, or in the story when it
// began later. After a dateline that is a sentence of its own the story
// begins at a sentence not read yet, whose events begin where the
// story's do.
func (a *article) recentEvents(reach int) int {
	from := a.storyEvents
	if k := max(a.si-reach, a.storyAt, 0); k < len(a.sentEvents) {
		from = max(from, a.sentEvents[k])
	}
	return from
}

// reactedTo returns, for a reaction whose clause names no target ("Baku
// rejected the protest", "the government welcomed the decision": a verb
// of reactionLemmas whose object is a noun of reactionObjects with no
// actor of its own), the actor reacted to: the source of the article's
// latest event whose source is not of the reacting actor's country. Like
// the accuser of a denial, the mention stands after the sentence's
// tokens (n); its entry says it comes from context, and the event's
// confidence is lower.
func (a *article) reactedTo(toks []model.Token, src actor.Mention, cl *clause, n int) (actor.Mention, bool) {
	v := cl.v
	if cl.rev != "" || cl.passive || !reactionLemmas[a.w.lem[v]] && !(namingLemmas[a.w.lem[v]] && strings.HasPrefix(cl.code, "11")) {
		return actor.Mention{}, false
	}
	obj := a.reactionObject(toks, cl)
	if obj < 0 {
		// A deed named by its own verb's noun ("condemned the
		// shelling") is the one the article told (namedDeed).
		if k := a.deedNoun(toks, cl); k >= 0 {
			if ev := a.namedDeed(toks[k].Form, src); ev != nil {
				return contextMention(*ev.Source, n, actor.FromContext, "the source of the deed the noun names ("+ev.Code+")"), true
			}
		}
		return actor.Mention{}, false
	}
	c := actor.CountryOf(src.Code)
	other := func(code string) bool {
		return code != "" && !ofSide(code, src.Code)
	}
	// An attack or strike is the latest use of force (CAMEO 18-20) by
	// another; anything else the latest event that befell the reacting
	// actor or its country.
	force := attackNouns[a.w.lem[obj]]
	// Measures and sanctions are the latest such (CAMEO 16-17) aimed at
	// the reacting actor's country, where the article has one
	// ("dismissed the measures" after "the EU adopted sanctions against
	// Russia", not a later claim that others helped Russia).
	if measureNoun(a.w.lem[obj]) {
		measure := func(ev *model.Event) bool { return ev.Root == "16" || ev.Root == "17" }
		if ev := a.latestAimedAt(src, other, measure); ev != nil {
			return contextMention(*ev.Source, n, actor.FromContext, "the source of the latest measure ("+ev.Code+") aimed at "+ev.Target.Code), true
		}
	}
	// A protest is the latest disapproval (CAMEO 11, where an
	// official complaint is) or demonstration (14) aimed at the
	// reacting actor or its country by another ("Manila lodged a
	// protest with Beijing ... China rejected the protest"), not
	// whatever another did to it since; else read as any deed.
	if a.w.lem[obj] == "PROTEST" {
		protest := func(ev *model.Event) bool { return ev.Root == "11" || ev.Root == "14" }
		if ev := a.latestAimedAt(src, other, protest); ev != nil {
			return contextMention(*ev.Source, n, actor.FromContext, "the source of the latest protest ("+ev.Code+") against "+ev.Target.Code), true
		}
	}
	// Criticism or a complaint is the latest disapproval (CAMEO 11)
	// of the reacting actor or its country by another ("Norway
	// accused Russia ... Moscow rejected the complaint"), and
	// nothing else: what an actor did to the reacting one is no
	// criticism of it.
	if criticismNouns[a.w.lem[obj]] {
		disapproval := func(ev *model.Event) bool { return ev.Root == "11" }
		if ev := a.latestAimedAt(src, other, disapproval); ev != nil {
			return contextMention(*ev.Source, n, actor.FromContext, "the source of the latest criticism ("+ev.Code+") of "+ev.Target.Code), true
		}
		return a.untargetedCritic(src, n)
	}
	// A release is the latest release (CAMEO 0841), detention (173)
	// or abduction (181) of the reacting actor's people by another
	// ("Chile released two Peruvian fishermen. Peru welcomed the
	// release"): whoever held them let them go. Else the story's
	// latest release by another. Nothing else is.
	if a.w.lem[obj] == "RELEASE" {
		if ev := a.latestAimedAt(src, other, func(ev *model.Event) bool { return heldCode(ev.Code) }); ev != nil {
			return contextMention(*ev.Source, n, actor.FromContext, "who held "+ev.Target.Code+" in the latest release or detention ("+ev.Code+")"), true
		}
		// A third party's welcome ("The African Union welcomed the
		// release") is of the story's latest release by another.
		for i := len(a.events) - 1; i >= a.storyEvents; i-- {
			ev := a.events[i]
			if ev.Source == nil || ev.Target == nil || !other(ev.Source.Code) || !strings.HasPrefix(ev.Code, "0841") {
				continue
			}
			return contextMention(*ev.Source, n, actor.FromContext, "the source of the latest release ("+ev.Code+") of "+ev.Target.Code), true
		}
		return actor.Mention{}, false
	}
	// An expulsion is the latest expulsion (CAMEO 174 or 166) of the
	// reacting actor's people by another ("Poland expelled Russian
	// diplomats"), or withdrawal of them from another's country ("the
	// last Iranian diplomats left Albania"): aimed at the country that
	// expelled them.
	if a.w.lem[obj] == "EXPULSION" && c != "" {
		for i := len(a.events) - 1; i >= a.storyEvents; i-- {
			ev := a.events[i]
			if ev.Source == nil || ev.Target == nil || !strings.HasPrefix(ev.Code, "174") && !strings.HasPrefix(ev.Code, "166") {
				continue
			}
			var by *model.Actor
			switch {
			case other(ev.Source.Code) && actor.CountryOf(ev.Target.Code) == c:
				by = ev.Source
			case strings.HasPrefix(ev.Code, "166") && actor.CountryOf(ev.Source.Code) == c && other(ev.Target.Code):
				by = ev.Target
			default:
				continue
			}
			return contextMention(*by, n, actor.FromContext, "who expelled the reacting actor's people in the latest expulsion ("+ev.Code+")"), true
		}
	}
	// A ruling is a court's (courtRuled), or no one's the coder knows.
	if rulingNouns[a.w.lem[obj]] {
		return a.courtRuled(src, n)
	}
	// A domestic actor's reaction to a decision is to its own state's
	// latest deed where no other country's came after it.
	if decisionNouns[a.w.lem[obj]] {
		if m, ok := a.ownStateDecision(src, n); ok {
			return m, true
		}
	}
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := a.events[i]
		if ev.Source == nil || ev.Target == nil || !other(ev.Source.Code) {
			continue
		}
		// An attack the coder found only by context ("a response to
		// what it called a terrorist attack") is not what a later
		// reaction names again.
		if force && a.tookSource(i) {
			continue
		}
		if force {
			if r := ev.Root; r != "18" && r != "19" && r != "20" {
				continue
			}
		} else if t := ev.Target.Code; !ofSide(t, src.Code) {
			continue
		}
		return contextMention(*ev.Source, n, actor.FromContext, "the source of the latest event ("+ev.Code+") aimed at "+ev.Target.Code), true
	}
	// Else what another did in the sentences just before: "Chile
	// expelled two Peruvian diplomats. Bolivia condemned the
	// decision" condemns Chile, who decided, not the last actor named.
	if !force {
		from := a.recentEvents(reactionReach)
		for i := len(a.events) - 1; i >= from; i-- {
			ev := a.events[i]
			if ev.Source == nil || ev.Target == nil || !other(ev.Source.Code) || a.tookSource(i) {
				continue
			}
			return contextMention(*ev.Source, n, actor.FromContext, "the source of the latest event ("+ev.Code+") by another"), true
		}
	}
	// Else the last actor of another country named in the sentences
	// just before.
	return a.namedBefore(src, n, false)
}

// alsoReacted returns, for a reaction whose object is "it" and whose
// actor "also" reacts ("The AU welcomed the release. The United States
// also welcomed it"), the target of the same reaction (the same code)
// by another actor in the sentence just before: "also" says the deed
// reacted to is the one the other reacted to. The mention stands after
// the sentence's tokens (n); its entry says it comes from context.
func (a *article) alsoReacted(toks []model.Token, src actor.Mention, cl *clause, n int) (actor.Mention, bool) {
	v := cl.v
	if cl.rev != "" || cl.passive || cl.code == "" || !reactionLemmas[a.w.lem[v]] || cl.vEnd >= len(toks) || !strings.EqualFold(toks[cl.vEnd].Form, "it") {
		return actor.Mention{}, false
	}
	if v < 1 || !strings.EqualFold(toks[v-1].Form, "also") {
		return actor.Mention{}, false
	}
	for i := len(a.events) - 1; i >= a.recentEvents(1); i-- {
		ev := a.events[i]
		if ev.Source == nil || ev.Target == nil || ev.Code != cl.code || ev.Source.Code == src.Code {
			continue
		}
		if sameCountryCode(src.Code, ev.Target.Code) {
			return actor.Mention{}, false
		}
		return contextMention(*ev.Target, n, actor.FromContext, "what the same reaction ("+ev.Code+") by "+ev.Source.Code+" was aimed at"), true
	}
	return actor.Mention{}, false
}

// latestAimedAt returns the story's latest event with both actors whose
// source by accepts, whose target is src or of src's country, and that
// kind accepts, or nil: the deed a reaction to a named kind of deed
// (measures, criticism, a release) answers.
func (a *article) latestAimedAt(src actor.Mention, by func(string) bool, kind func(*model.Event) bool) *model.Event {
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := &a.events[i].Event
		if ev.Source == nil || ev.Target == nil || !by(ev.Source.Code) || !kind(ev) {
			continue
		}
		if t := ev.Target.Code; !ofSide(t, src.Code) {
			continue
		}
		return ev
	}
	return nil
}

// ownGovernment returns, for a protest (CAMEO 14) whose clause names no
// target by an actor of a country that is neither the state nor the
// country itself ("Serbs put up the barricades", "Iranian students
// protested on Monday") or by the country's people ("thousands of
// Venezuelans took to the streets", coded as opposition by emit), that
// country's government, as a mention after the sentence's tokens (n)
// whose entry says it comes from context.
func ownGovernment(toks []model.Token, src actor.Mention, cl *clause, n int) (actor.Mention, bool) {
	c := actor.CountryOf(src.Code)
	if !strings.HasPrefix(cl.code, "14") || cl.rev != "" || cl.passive || c == "" || !strings.HasPrefix(src.Code, c) {
		return actor.Mention{}, false
	}
	if len(src.Code) <= 3 && !people(toks, src) || len(src.Code) > 3 && stateSector(src.Code[3:]) {
		return actor.Mention{}, false
	}
	gov := model.Actor{Code: c + "GOV", Name: src.Name, Country: c}
	return contextMention(gov, n, actor.FromContext, "the government of the protesters' own country ("+src.Code+")"), true
}

// sidesOf returns, for an appeal (CAMEO 02) whose clause names no target
// and that is made to "all sides", "both sides", "the two parties" and
// the like ("NATO urged all sides to show restraint"), or that calls for
// de-escalation (0256) of no one named ("Oman called for restraint"), and
// for mediation (045, 039) between no one named ("the African Union had
// offered to mediate"), the
// two parties of the conflict the story reports: the countries of the
// source and target of the article's latest conflictual event (CAMEO 11
// to 20) between two countries, neither the appealing actor's (rebels or
// an opposition stay themselves, not their country), as
// mentions after the sentence's tokens (n) whose entries say they come
// from context. It returns nil where there is no such event.
func (a *article) sidesOf(src actor.Mention, cl *clause, n int) []actor.Mention {
	// "The treaty, brokered by the World Bank in 1960": a go-between's
	// participle whose agent is the source mediates as the active verb
	// does.
	// So does a host of talks that names no parties ("whose government
	// hosted several rounds of talks", recode): the talks are the latest
	// event's parties'.
	mediated := cl.passive && thirdParty[a.w.lem[cl.v]] && a.agentParticiple(cl.v) ||
		!cl.passive && a.w.lem[cl.v] == "HOST" && cl.code == "045"
	if cl.rev != "" || cl.passive && !mediated {
		return nil
	}
	switch {
	case strings.HasPrefix(cl.code, "02") && (cl.code == "0256" || a.sidesObject(cl)):
	case strings.HasPrefix(cl.code, "045") || strings.HasPrefix(cl.code, "039"):
		// "the African Union had offered to mediate": mediation
		// between no one named is between the conflict's parties.
	default:
		return nil
	}
	c := actor.CountryOf(src.Code)
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := a.events[i]
		// What a participle says was mediated ("the deal, mediated by
		// China") lies between the parties of the latest event of any
		// kind; an appeal or offer to mediate, of the latest conflict.
		if ev.Source == nil || ev.Target == nil || !mediated && (ev.Root < "11" || ev.Root > "20") {
			continue
		}
		sc, tc := actor.CountryOf(ev.Source.Code), actor.CountryOf(ev.Target.Code)
		if sc == "" || tc == "" || sc == tc {
			continue
		}
		// "Russia and China blamed Washington ... China's envoy urged
		// all sides to exercise restraint": a party appeals to the
		// others and itself, no one in particular.
		if sc == c || tc == c {
			return nil
		}
		var out []actor.Mention
		for _, p := range []*model.Actor{ev.Source, ev.Target} {
			m := contextMention(*p, n, actor.FromContext, "a party to the latest conflictual event ("+ev.Code+" "+ev.Source.Code+">"+ev.Target.Code+")")
			pc := actor.CountryOf(p.Code)
			if !challenger(strings.TrimPrefix(p.Code, pc)) {
				// A state's organ stands for its state; rebels or an
				// opposition are a side of their own ("Riyadh and the
				// Houthis"), not their country.
				m.Code = pc
			}
			m.Country = pc
			out = append(out, m)
		}
		return out
	}
	if mediated {
		return nil
	}
	return a.domesticSides(c, n)
}

// domesticSides returns, for an appeal to all sides by an actor of
// country c (or of none) in an article whose conflicts are all within one
// country, the two sides of the latest of them between the state and its
// opposition or rebels ("Police fired tear gas at opposition supporters
// ... The U.S. embassy urged all sides to avoid violence"): the
// government, or the armed forces where they fought, and the opposition
// or rebels, as mentions after the sentence's tokens (n) whose entries
// say they come from context. It returns nil where there is no such
// conflict or c is its country.
func (a *article) domesticSides(c string, n int) []actor.Mention {
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := a.events[i]
		if ev.Source == nil || ev.Target == nil || ev.Root < "11" || ev.Root > "20" {
			continue
		}
		sc := actor.CountryOf(ev.Source.Code)
		if sc == "" || sc != actor.CountryOf(ev.Target.Code) {
			continue
		}
		state, other := ev.Source, ev.Target
		if !stateSector(state.Code[3:]) {
			state, other = other, state
		}
		if !stateSector(state.Code[3:]) || !challenger(other.Code[3:]) {
			continue
		}
		if sc == c {
			return nil
		}
		entry := "a side of the latest conflict within " + sc + " (" + ev.Code + " " + ev.Source.Code + ">" + ev.Target.Code + ")"
		sm := contextMention(*state, n, actor.FromContext, entry)
		if !strings.HasPrefix(state.Code[3:], "MIL") {
			sm.Code = sc + "GOV"
		}
		return []actor.Mention{sm, contextMention(*other, n, actor.FromContext, entry)}
	}
	return nil
}

// challenger reports an actor code's remainder after the country that
// names those who contest the state: the opposition or rebels.
func challenger(rest string) bool {
	return strings.HasPrefix(rest, "OPP") || strings.HasPrefix(rest, "REB")
}

// sidesWords are the nouns (upper-case) that, after "all", "both" or
// "the two", name the parties to a conflict ("all sides", "both
// parties").
var sidesWords = map[string]bool{"SIDES": true, "PARTIES": true}

// sidesObject reports a clause whose verb's object, after an "on" or
// "upon" of its own ("called on"), is the parties to a conflict named by
// no name: "all sides", "both parties", "the two sides", "all the
// warring parties".
func (a *article) sidesObject(cl *clause) bool {
	up := a.w.up
	hi := min(cl.hi, len(up))
	i := cl.vEnd
	if i < hi && (up[i] == "ON" || up[i] == "UPON") {
		i++
	}
	switch {
	case i+1 < hi && up[i] == "ALL" && up[i+1] == "THE", i+1 < hi && up[i] == "THE" && up[i+1] == "TWO":
		i += 2
	case i < hi && (up[i] == "ALL" || up[i] == "BOTH"):
		i++
	default:
		return false
	}
	if i < hi && (up[i] == "WARRING" || up[i] == "RIVAL" || up[i] == "OPPOSING") {
		i++
	}
	return i < hi && sidesWords[up[i]]
}

// namedBefore returns the last actor of a country other than src's named
// in the sentences just before the current one, as a mention after the
// sentence's tokens (n) whose entry says it comes from context. With
// paired, only the sentence just before in the same paragraph ("Turkish
// warships entered disputed waters. Greece placed its army on alert")
// or one that names src's country as well counts ("He called on
// Belgrade and Pristina to de-escalate" before "Serbia put its army on
// alert"): a show of force is aimed at a rival the story sets beside the
// source, not at whoever an earlier paragraph named last.
func (a *article) namedBefore(src actor.Mention, n int, paired bool) (actor.Mention, bool) {
	c := actor.CountryOf(src.Code)
	for si := a.si - 1; si >= a.storyAt && si >= a.si-reactionReach; si-- {
		ms := a.mentions[si]
		if paired && (si < a.si-1 || si < a.paraAt) && !namesCountry(ms, c) && !(si == a.si-1 && a.si == a.paraAt && armedRival(ms, c)) {
			continue
		}
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if m.Code == "" || ofSide(m.Code, src.Code) || generic(m) || m.Kind == actor.Pronoun {
				continue
			}
			return movedToContext(m, n, "the last actor named before ("+m.Entry+")"), true
		}
	}
	return actor.Mention{}, false
}

// armedRival reports mentions that name one country other than c, and
// its armed forces among them ("Turkish warships entered disputed
// waters" before a paragraph that opens "Greece placed its army on
// alert"): the last paragraph's closing sentence sets that one rival's
// forces in motion, so a show of force that opens the next paragraph is
// aimed at it. A sentence of no armed forces, or of two foreign
// countries, lends no target across the paragraph break.
func armedRival(ms []actor.Mention, c string) bool {
	rival, armed := "", false
	for _, m := range ms {
		if m.Code == "" || generic(m) || m.Kind == actor.Pronoun {
			continue
		}
		mc := actor.CountryOf(m.Code)
		if mc == "" || mc == c {
			continue
		}
		if rival != "" && mc != rival {
			return false
		}
		rival = mc
		armed = armed || armedCode(m.Code)
	}
	return armed
}

// armedCode reports an actor code of a country's armed forces (a MIL
// sector: "TURMIL", "CHNGOVMIL" is its defence ministry and is not).
func armedCode(code string) bool {
	return len(code) == 6 && code[3:] == "MIL"
}

// rivalAfter returns, for a show of force at v by ms[src] that names no
// target, the armed forces of another country that a clause of time or
// cause after the verb opens with ("Greece placed its army on alert
// after Turkish warships entered disputed waters"): the rival it
// answers. Another actor ("after France sent a frigate", "after talks
// with Turkey") or one named only as where something happened ("after
// clashes in Kosovo") is none. -1 for none.
func rivalAfter(toks []model.Token, ms []actor.Mention, src, v int) int {
	c := actor.CountryOf(ms[src].Code)
	for k := v + 1; k < len(toks); k++ {
		switch strings.ToLower(toks[k].Form) {
		case "after", "following", "amid":
		default:
			continue
		}
		for i, m := range ms {
			// The clause's subject, right after the conjunction or its
			// article: not an object ("days after accusing U.S. spy
			// planes").
			if m.Start != k+1 && !(m.Start == k+2 && toks[k+1].UPOS == "DET") {
				continue
			}
			mc := actor.CountryOf(m.Code)
			if m.Kind == actor.Pronoun || generic(m) || mc == "" || mc == c || located(toks, m) || !armedCode(m.Code) {
				return -1
			}
			return i
		}
		return -1
	}
	return -1
}

// namesCountry reports mentions of which one, not a generic agent,
// names an actor of country c ("" names none).
func namesCountry(ms []actor.Mention, c string) bool {
	if c == "" {
		return false
	}
	for _, m := range ms {
		if m.Code != "" && !generic(m) && actor.CountryOf(m.Code) == c {
			return true
		}
	}
	return false
}

// reactionReach is how many sentences back reactedTo looks for an actor
// named before.
const reactionReach = 3

// attackNouns are reactionObjects that name a use of force.
var attackNouns = map[string]bool{"ATTACK": true, "STRIKE": true}

// criticismNouns are reactionObjects that name someone's disapproval of
// another.
var criticismNouns = map[string]bool{"CRITICISM": true, "COMPLAINT": true}

// heldCode reports an event code of holding people or letting them go:
// release (0841), arrest or detention (173), abduction (181).
func heldCode(code string) bool {
	return strings.HasPrefix(code, "0841") || strings.HasPrefix(code, "173") || strings.HasPrefix(code, "181")
}

// reactionObject returns the object of a verb when it is one of
// reactionObjects, else -1: the first noun after the verb in its clause
// (articles, adjectives and possessives may stand between).
func (a *article) reactionObject(toks []model.Token, cl *clause) int {
	if k := objectHeadAt(toks, cl); k >= 0 && toks[k].UPOS == "NOUN" && reactionObjects[a.w.lem[k]] {
		return k
	}
	return -1
}

// objectHeadAt returns the first word after the verb of cl, in its clause
// and within five words, past articles, possessives, adjectives, adverbs
// and numbers ("the sanctions", "its remaining economic sanctions"): where
// the verb's object has its head when it is a short noun phrase. It
// returns -1 when there is no such word.
func objectHeadAt(toks []model.Token, cl *clause) int {
	for k := cl.vEnd; k < len(toks) && k < cl.hi && k < cl.vEnd+5; k++ {
		switch toks[k].UPOS {
		case "DET", "ADJ", "ADV", "PRON", "NUM":
			continue
		}
		return k
	}
	return -1
}
