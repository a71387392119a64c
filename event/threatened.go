package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// threatenedOf returns, for a threat (CAMEO 13) whose clause names no
// one and says, in an infinitive right after the verb, what its source
// would do ("China said it opposed the listing and threatened to take
// necessary measures", "Peru threatened to retaliate"), the actor it
// answers: the source of the article's latest earlier event, of
// another country, aimed at the threatener or its country (the
// sanctions, attack or expulsion the threat is the response to). The
// mention stands after the sentence's tokens (n); its entry says it
// comes from context, and the event's confidence is lower. A threat
// with no such event before it codes nothing: the last actor merely
// named is too loose a guess at whom one threatens, and a thing
// threatened ("settlements threaten the viability of a solution") is no
// threat of a deed. A threat joined to opposing measures ("opposed the
// listing of Chinese companies and threatened to take measures") answers
// the source of the latest measure (CAMEO 16-17) of another country,
// whomever it was aimed at (opposesMeasures).
func (a *article) threatenedOf(toks []model.Token, src actor.Mention, cl *clause, n int) (actor.Mention, bool) {
	if !threat(cl.code) || cl.rev != "" || cl.passive || !infinitiveAfter(toks, cl.vEnd) {
		return actor.Mention{}, false
	}
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := a.events[i]
		if ev.Source == nil || ev.Target == nil || a.tookSource(i) {
			continue
		}
		s, t := ev.Source.Code, ev.Target.Code
		if s == "" || ofSide(s, src.Code) {
			continue
		}
		if !ofSide(t, src.Code) {
			continue
		}
		return contextMention(*ev.Source, n, actor.FromContext, "the source of the latest event ("+ev.Code+") aimed at "+t+", which the threat answers"), true
	}
	// "China said it opposed the listing of Chinese companies and
	// threatened to take measures", after "the EU adopted sanctions
	// against Russia, adding companies to its blacklist": a threat
	// joined to opposing measures answers whoever took the latest
	// such, whomever they were aimed at.
	if !a.opposesMeasures(cl.v) {
		return actor.Mention{}, false
	}
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := a.events[i]
		if ev.Source == nil || ev.Target == nil || a.tookSource(i) || ev.Root != "16" && ev.Root != "17" {
			continue
		}
		if s := ev.Source.Code; s == "" || ofSide(s, src.Code) {
			continue
		}
		return contextMention(*ev.Source, n, actor.FromContext, "the source of the latest measure ("+ev.Code+"), which the threat answers"), true
	}
	return actor.Mention{}, false
}

// opposesMeasures reports a verb at v joined (conj) to an earlier verb of
// reaction or opposition whose object is a noun of measures
// (measureNoun: "opposed the listing of Chinese companies and
// threatened", "condemned the sanctions and threatened").
func (a *article) opposesMeasures(v int) bool {
	t := &a.t
	if !t.ok || t.rel[v] != "conj" {
		return false
	}
	h := t.head[v]
	if h < 0 || h > v || !reactionLemmas[a.w.lem[h]] && a.w.lem[h] != "OPPOSE" {
		return false
	}
	for _, k := range t.kids[h] {
		if t.rel[k] == "obj" && measureNoun(a.w.lem[k]) {
			return true
		}
	}
	return false
}

// infinitiveAfter reports "to" and a bare verb at k, adverbs before them
// read past ("threatened again to retaliate").
func infinitiveAfter(toks []model.Token, k int) bool {
	for k < len(toks) && toks[k].UPOS == "ADV" {
		k++
	}
	return k+1 < len(toks) && strings.EqualFold(toks[k].Form, "to") && toks[k+1].XPOS == "VB"
}

// pressedRoots are the roots of the hostile acts a threat may carry on:
// a demand, disapproval, rejection, threat, reduction of relations or
// coercion (CAMEO 10-13, 16, 17).
var pressedRoots = map[string]bool{"10": true, "11": true, "12": true, "13": true, "16": true, "17": true}

// threatPressed returns, for a threat (CAMEO 13) whose clause names no
// one and says what its source would do, in an infinitive or a "that"
// clause right after the verb, the actor its source was just pressing:
// the target, of another country, of the latest hostile act (pressedRoots)
// by the threatener or an actor of its country in this sentence or the
// one before ("Bolivia's foreign ministry accused Chile of spying. It
// threatened to expel its diplomats", "She warned that Bolivia would
// respond"). A second sentence of a statement carries on against whom
// the first was aimed. Such an act of another actor of the same country
// counts, since a spokesman's government speaks for the country. The
// mention stands after the sentence's tokens (n); its entry says it
// comes from context.
func (a *article) threatPressed(toks []model.Token, src actor.Mention, cl *clause, n int) (actor.Mention, bool) {
	if !threat(cl.code) || cl.rev != "" || cl.passive || !infinitiveAfter(toks, cl.vEnd) && !thatAfter(toks, cl.vEnd) {
		return actor.Mention{}, false
	}
	for i := len(a.events) - 1; i >= a.recentEvents(1); i-- {
		ev := a.events[i]
		if ev.Source == nil || ev.Target == nil || !pressedRoots[ev.Root] || a.tookTarget(i) {
			continue
		}
		s, t := ev.Source.Code, ev.Target.Code
		if !ofSide(s, src.Code) {
			continue
		}
		if ofSide(t, src.Code) {
			continue
		}
		return contextMention(*ev.Target, n, actor.FromContext, "the target of the threatener's latest hostile act ("+ev.Code+"), which the threat carries on"), true
	}
	return actor.Mention{}, false
}

// thatAfter reports "that" at k, adverbs before it read past ("warned
// again that it would respond").
func thatAfter(toks []model.Token, k int) bool {
	for k < len(toks) && toks[k].UPOS == "ADV" {
		k++
	}
	return k < len(toks) && strings.EqualFold(toks[k].Form, "that")
}
