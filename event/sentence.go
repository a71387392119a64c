package event

// One sentence: its words, actors and speakers, the verbs it codes, and the
// clauses it drops once all are coded.

import (
	"slices"
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// sentence codes the events of one sentence with its actor mentions ms
// and upper-cased words up: it reads the sentence's words, sets aside a
// headline glued to its lede, skips a sentence in the writer's own voice
// (writersOwn), codes each verb the dictionaries know
// (codeVerbs), then keeps the events the sentence's reading allows and
// adds those of the sentence as a whole (settle).
func (a *article) sentence(s *model.Sentence, ms []actor.Mention, up []string) {
	toks := s.Tokens
	if len(toks) > maxTokens {
		toks = toks[:maxTokens]
	}
	if len(toks) == 0 {
		return
	}
	a.readWords(toks, up)
	sentTimes := a.timesIn(s.Span)
	a.setParaDate(toks, sentTimes)
	ms = a.afterHeadline(toks, ms)
	if len(ms) == 0 {
		// "Near Mosul, two strikes destroyed a bridge": a line of a
		// strike report may name no actor.
		a.actorlessTally(s, toks, sentTimes)
		return
	}
	if a.writersOwn(toks, ms) {
		return
	}
	a.markActors(toks, ms)
	if !a.c.stems {
		// TABARI gives an agent only to the member it is written
		// with.
		ms = spreadAgent(toks, ms)
		ms = a.speakerIt(toks, ms)
	}
	a.reportedConj(ms)
	says := a.speakers(toks, ms)
	first, nouns := a.codeVerbs(s, toks, ms, says, sentTimes)
	a.settle(s, toks, ms, says, sentTimes, first, nouns)
	a.noteVoice(toks, ms)
}

// readWords sets the article's per-sentence word tables for toks (upper
// case, lemmas, auxiliaries, names) and resets its parse tree and cached
// places.
func (a *article) readWords(toks []model.Token, up []string) {
	a.w.up = up
	a.w.lem = a.w.lem[:0]
	a.w.aux = a.w.aux[:0]
	for i, t := range toks {
		a.w.aux = append(a.w.aux, t.UPOS == "AUX" || t.UPOS == "PART")
		l := t.Lemma
		if l == "" || l == t.Form {
			a.w.lem = append(a.w.lem, up[i])
			continue
		}
		a.w.lem = append(a.w.lem, strings.ToUpper(l))
	}
	a.toks = toks
	a.markNames(toks)
	a.t.reset(toks)
	a.t.namesFirst = a.c.stems
	clear(a.locs)
}

// setParaDate makes the sentence's own explicit past date, in its main
// clause, the date of the rest of its paragraph, and a recent one in its
// main clause ends the past date the paragraph had ("In 2019, Peru
// accused Chile. On Monday, Chile expelled two diplomats. It also ..."
// is Monday's news again). A sentence whose main verb is in the present
// or the present perfect tells of the time of writing, and a clause with
// a modal of what may come ("talks would resume in June"): neither
// dates the paragraph.
func (a *article) setParaDate(toks []model.Token, sentTimes []when.Expression) {
	if r := a.t.root(); r >= 0 && a.presentTense(r) {
		return
	}
	for i := range sentTimes {
		x := sentTimes[i]
		if x.Possessive || !a.mainClauseTime(toks, x) || a.modalTime(toks, x) {
			continue // "Sunday's election" is the election's day
		}
		switch {
		case when.Background(x, a.ref):
			a.paraDate = &x
		case !x.From.After(a.ref):
			a.paraDate = nil
		default:
			continue
		}
		return
	}
}

// afterHeadline sets a.from to the first token after a headline glued to
// the lede it heads ("Lankan president accepts invitation COLOMBO: Sri
// Lankan President ... has accepted", which repeats the lede in short;
// only the lede codes) and returns the mentions from there on.
func (a *article) afterHeadline(toks []model.Token, ms []actor.Mention) []actor.Mention {
	a.from = headlineEnd(toks) + 1
	if a.from > 0 {
		kept := ms[:0:0]
		for _, m := range ms {
			if m.Start >= a.from {
				kept = append(kept, m)
			}
		}
		ms = kept
	}
	return ms
}

// markActors flags the tokens of toks inside an actor mention (a.w.act)
// and inside a mention listed together with another (a.w.comp).
func (a *article) markActors(toks []model.Token, ms []actor.Mention) {
	a.w.comp = a.w.comp[:0]
	a.w.act = a.w.act[:0]
	for range toks {
		a.w.comp = append(a.w.comp, false)
		a.w.act = append(a.w.act, false)
	}
	for i := range ms {
		for k := ms[i].Start; k < ms[i].End && k < len(toks); k++ {
			a.w.act[k] = true
		}
		if i > 0 && together(toks, ms[i-1], ms[i]) || i+1 < len(ms) && together(toks, ms[i], ms[i+1]) {
			for k := ms[i].Start; k < ms[i].End && k < len(toks); k++ {
				a.w.comp[k] = true
			}
		}
	}
}

// speakers returns the reporting verbs of the sentence from a.from on,
// with their speaker.
func (a *article) speakers(toks []model.Token, ms []actor.Mention) []say {
	var says []say
	for v := a.from; v < len(toks); v++ {
		if !isVerb(toks[v]) {
			continue
		}
		if sayLemmas[a.w.lem[v]] {
			if src := a.source(toks, ms, v); src >= 0 {
				says = append(says, say{v: v, who: src})
			}
		}
	}
	return says
}

// codeVerbs codes each verb of the sentence from a.from on that a verb
// dictionary knows, unless its words show it is no predicate (an
// adjective, a name, a charge's gerund...). It returns the index of the
// sentence's first event and the starts of the verb words the tagger
// took for nouns.
func (a *article) codeVerbs(s *model.Sentence, toks []model.Token, ms []actor.Mention, says []say, sentTimes []when.Expression) (int, []int) {
	first := len(a.events)
	a.sentFirst = first
	var prev []*clause // clauses coded so far whose patterns used words
	var nouns []int    // starts of TABARI verb words the tagger took for nouns
	for v := a.from; v < len(toks); v++ {
		noun := !isVerb(toks[v]) && !mistaggedInfinitive(toks, v) && !mistaggedPassive(toks, v)
		if noun && !a.c.stems || adjectival(toks, v) || goingTo(toks, v) || prepositional(toks, v) || usedBy(prev, v) || naming(toks, a.w.lem, v) || soCalled(toks, v) || extraposed(toks, v) || a.predication(toks, v) || a.changeOfAmount(toks, v) || anonymity(toks, v) || compoundHalf(toks, v) {
			continue
		}
		// "was in an accord with": a word the tagger took for a noun
		// right after an article is one.
		if noun && v > 0 && isArticle(toks[v-1]) {
			continue
		}
		cl, ok := a.verb(toks, v)
		if !ok || noun && !nounVerb(cl) && !afterActor(toks, ms, v) {
			continue
		}
		// "blaming Pakistan for backing militants", "an officer accused
		// of attacking officials": the charge is the event; only a
		// use of force or coercion it names with an accuser is one of its own.
		charged, accuser := a.chargedDeed(v)
		if charged && (!accuser || !forceCode(cl.code)) {
			continue
		}
		if cl.m.n > 0 && a.c.stems {
			prev = append(prev, cl)
		}
		// "a swap mediated by Qatar": a participle with an agent that
		// mediates (045) reports the agent's deed. So does the use of
		// force an accuser charges ("Pakistan accused India of attacking
		// Pakistani soldiers"): the deed is the accused's event, claimed
		// by the accuser, beside the accusation, wherever the parse hung
		// the gerund.
		// "issued a statement condemning Sudan": what the text says
		// is its author's deed (issuedText).
		cl.sub = a.subordinate(v) && !cl.charge && !(charged && accuser) && !(strings.HasPrefix(cl.code, "045") && a.agentParticiple(v)) && a.issuedText(v) < 0
		if noun && !afterActor(toks, ms, v) {
			nouns = append(nouns, toks[v].Start)
		}
		a.code(s, toks, ms, cl, says, sentTimes)
	}
	return first, nouns
}

// settle keeps, of the sentence's events from first on, those the
// Coder's CodeBy and the sentence as a whole allow (no noun taken for a
// verb, no statement beside its content, no complement beside its
// governor, no bare appeal beside a specific one), and adds the events
// of the sentence as a whole: demands, charges, nominal events.
func (a *article) settle(s *model.Sentence, toks []model.Token, ms []actor.Mention, says []say, sentTimes []when.Expression, first int, nouns []int) {
	switch a.c.CodeBy {
	case CodeAll:
		return
	case CodeSentence:
		a.keepFirst(first)
		return
	}
	a.dropNouns(first, nouns)
	a.dropSpeech(first, toks)
	a.dropComplements(first, toks)
	a.dropBareAppeals(first)
	if !a.c.stems {
		a.endDemand(s, toks, ms, says, sentTimes, first)
		a.toldDemand(s, toks, ms, says, sentTimes, first)
		a.viewedAs(s, toks, ms, says, sentTimes, first)
		a.saidFalse(s, toks, ms, says, sentTimes, first)
		a.abuseCharge(s, toks, ms, says, sentTimes, first)
		a.borderBuildup(s, toks, ms, says, sentTimes, first)
		a.fightDeployment(s, toks, ms, says, sentTimes, first)
		a.handedOver(s, toks, ms, says, sentTimes)
		a.nominals(s, toks, ms, says, sentTimes)
	}
}

// dropBareAppeals removes, from the events of the current sentence
// (from first on), an unspecified appeal (020) whose source and target
// another event of the sentence appeals to more specifically ("called
// for restraint and urged all parties to avoid escalation": the call for
// de-escalation, 0256, is what the urging asks as well; "urged Peru to
// release the prisoners and called on it to act" is 0253 alone).
func (a *article) dropBareAppeals(first int) {
	specific := func(e *model.Event) bool {
		if e.Source == nil || e.Target == nil || e.Code == "020" || !strings.HasPrefix(e.Code, "02") {
			return false
		}
		return true
	}
	drop := func(e *model.Event) bool {
		if e.Code != "020" || e.Source == nil || e.Target == nil {
			return false
		}
		for j := first; j < len(a.events); j++ {
			o := &a.events[j].Event
			if specific(o) && o.Source.Code == e.Source.Code && o.Target.Code == e.Target.Code {
				return true
			}
		}
		return false
	}
	a.dropEvents(first, func(i int) bool { return drop(&a.events[i].Event) })
}

// dropComplements removes the events of the current sentence (from
// first on) coded from a verb that completes another verb whose events
// stay ("called on Gondor to be allowed to leave Lorien": the call, not
// the leaving), following xcomp links up the parse, and the deed an
// appeal or demand (CAMEO 02, 10) asks of its object when the parse
// made the infinitive an adverbial clause ("pressured Chile to stop the
// attacks": the pressure, not a ceasefire; appealedInfinitive).
func (a *article) dropComplements(first int, toks []model.Token) {
	if !a.t.ok || len(a.events)-first < 2 {
		return
	}
	preds := make(map[int]bool, len(a.events)-first)
	appeals := make(map[int]bool)
	for i := first; i < len(a.events); i++ {
		if k := predicateToken(toks, &a.events[i].Event); k >= 0 {
			preds[k] = true
			if c := a.events[i].Code; strings.HasPrefix(c, "02") || strings.HasPrefix(c, "10") {
				appeals[k] = true
			}
		}
	}
	drop := func(e *model.Event) bool {
		k := predicateToken(toks, e)
		if k >= 0 && a.appealedInfinitive(toks, k) && appeals[a.t.head[k]] {
			return true
		}
		for steps := 0; k >= 0 && steps < 8 && base(a.t.rel[k]) == "xcomp"; steps++ {
			k = a.t.head[k]
			if preds[k] {
				return true
			}
		}
		return false
	}
	a.dropEvents(first, func(i int) bool { return drop(&a.events[i].Event) })
}

// appealedInfinitive reports a verb at k that is an infinitive ("to"
// and a bare verb) the parse hung as an adverbial clause on a verb with
// a direct object before it: "pressured Chile to stop the attacks",
// where the object is who is to do the infinitive's deed.
func (a *article) appealedInfinitive(toks []model.Token, k int) bool {
	h := a.t.head[k]
	if h < 0 || base(a.t.rel[k]) != "advcl" || toks[k].XPOS != "VB" || k < 1 || !strings.EqualFold(toks[k-1].Form, "to") {
		return false
	}
	o := a.t.object(h)
	return o > h && o < k
}

// predicateToken returns the index in toks of the token at which e's
// predicate starts, or -1: the verb or noun that coded e, for the parse
// to be read at.
func predicateToken(toks []model.Token, e *model.Event) int {
	for k := range toks {
		if toks[k].Start == e.Evidence.Predicate.Start {
			return k
		}
	}
	return -1
}

// keepFirst keeps, of the current sentence's events (from first on),
// those of the first verb that coded.
func (a *article) keepFirst(first int) {
	if len(a.events)-first < 2 {
		return
	}
	p := a.events[first].Evidence.Predicate.Start
	a.dropEvents(first, func(i int) bool { return a.events[i].Evidence.Predicate.Start != p })
}

// dropNouns removes the events of the current sentence (from first on)
// coded from TABARI verb words the tagger took for nouns (the predicates
// starting at the byte offsets in nouns) when another verb of the
// sentence codes an event: "an anti- Gondor parade" is the event of
// "participated in" only when that verb codes none.
func (a *article) dropNouns(first int, nouns []int) {
	if len(nouns) == 0 {
		return
	}
	isNoun := func(e *model.Event) bool { return slices.Contains(nouns, e.Evidence.Predicate.Start) }
	other := false
	for i := first; i < len(a.events); i++ {
		other = other || !isNoun(&a.events[i].Event)
	}
	if !other {
		return
	}
	a.dropEvents(first, func(i int) bool { return isNoun(&a.events[i].Event) })
}

// dropSpeech keeps the main events of the sentence whose events start
// at first. The statement events (CAMEO 010-019 from a reporting verb)
// go when the sentence codes another event: by PETRARCH's convention
// "Rama said Iran attacked" is the attack, claimed by Rama, not a
// statement. Events of subordinate verbs ("the talks hosted by Turkey")
// go when a main predicate of the sentence codes an event: a sentence
// reports what its main clauses say. A deed done beside the main clause
// ("after meeting Iranian officials", doneAside) stays, and removes
// nothing; so does a refusal of a request the sentence makes
// ("offered to mediate, but Peru declined", answersRequest).
func (a *article) dropSpeech(first int, toks []model.Token) {
	other, main := false, false
	for i := first; i < len(a.events); i++ {
		e := &a.events[i]
		other = other || !e.speech
		main = main || !e.sub && !a.doneAside(toks, &e.Event) && !answersRequest(e.rule)
	}
	// A statement more specific than a plain one (a denial, 016) gives
	// way only to an event that stays: "The UAE denies arming the RSF"
	// keeps the denial, and its subordinate "arming" goes.
	stays := false
	for i := first; i < len(a.events); i++ {
		stays = stays || !a.events[i].speech && !(main && a.events[i].sub)
	}
	if !other && !main {
		return
	}
	a.dropEvents(first, func(i int) bool {
		e := &a.events[i]
		disp := other
		if e.Code != "010" {
			disp = stays
		}
		return disp && e.speech || main && e.sub
	})
}

// dropEvents removes the current sentence's events (from first on) for
// which drop, asked of each before any goes, reports true, forgetting
// the dropped events in a.seen.
func (a *article) dropEvents(first int, drop func(i int) bool) {
	gone := make([]bool, len(a.events)-first)
	some := false
	for i := range gone {
		gone[i] = drop(first + i)
		some = some || gone[i]
	}
	if !some {
		return
	}
	out := a.events[:first]
	for i := first; i < len(a.events); i++ {
		e := &a.events[i]
		if gone[i-first] {
			delete(a.seen, eventKey(e.Source.Code, e.Target.Code, e.Code, e.Date, e.Sentence))
			continue
		}
		out = append(out, *e)
	}
	a.events = out
}

// markNames fills a.w.name and a.w.glued for the sentence toks (see
// words).
func (a *article) markNames(toks []model.Token) {
	a.w.name = a.w.name[:0]
	a.w.glued = a.w.glued[:0]
	for k, t := range toks {
		a.w.name = append(a.w.name, 0)
		a.w.glued = append(a.w.glued, k > 1 && (t.XPOS == "VBN" || t.XPOS == "VBG") && toks[k-1].XPOS == "HYPH" &&
			toks[k-1].End == t.Start && toks[k-2].End == toks[k-1].Start && isWordToken(toks[k-2]) ||
			attributive(toks, k))
	}
	if len(toks) == 0 {
		return
	}
	lo, hi := toks[0].Start, toks[len(toks)-1].End
	var id int16
	for _, e := range a.ents {
		if e.End <= lo || e.Start >= hi {
			continue
		}
		switch e.Kind {
		case model.Person, model.Organization, model.Location:
		default:
			continue
		}
		id++
		for k, t := range toks {
			if t.Start >= e.Start && t.End <= e.End {
				a.w.name[k] = id
			}
		}
	}
	markCitations(toks, a.w.name, id)
}

// markCitations numbers in name, after the names numbered up to id, each
// citation of a numbered instrument no entity holds: two or more
// capitalised words, not the sentence's first, before a number
// ("under Executive Order 13582", "Security Council Resolution 2254").
// Its words are a title, not the pattern nouns they spell ("providing
// services ... under Executive Order 13582" orders no one).
func markCitations(toks []model.Token, name []int16, id int16) {
	for k := 2; k < len(toks); k++ {
		if !allDigits(toks[k].Form) || name[k] != 0 {
			continue
		}
		j := k
		for j > 1 && name[j-1] == 0 && isCapitalised(toks[j-1].Form) && isWordToken(toks[j-1]) &&
			(toks[j-1].UPOS == "PROPN" || toks[j-1].UPOS == "NOUN" || toks[j-1].UPOS == "ADJ") {
			j--
		}
		if k-j < 2 {
			continue
		}
		id++
		for i := j; i <= k; i++ {
			name[i] = id
		}
	}
}
