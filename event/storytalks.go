package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// resumedLemmas are the verbs (upper-case lemmas) by which talks, their
// subject, are said to have been held: they resumed, began, opened or
// went on.
var resumedLemmas = map[string]bool{"RESUME": true, "BEGIN": true, "START": true, "OPEN": true, "CONTINUE": true}

// talksResumed reports talks at k that are the subject of a verb of
// resumedLemmas in the past tense ("Talks resumed in September", "The
// negotiations began on Monday"): talks that were held. The parse may
// read the past tense as a participle on the noun, which then heads the
// sentence, as in a headline ("Talks resumed/VBN in September").
func (a *article) talksResumed(toks []model.Token, k int) bool {
	if !a.t.ok || k+1 >= len(a.t.head) {
		return false
	}
	if h := a.t.head[k]; h > k && base(a.t.rel[k]) == "nsubj" {
		return resumedLemmas[a.w.lem[h]] && toks[h].XPOS == "VBD"
	}
	v := k + 1
	return a.t.head[k] < 0 && a.t.head[v] == k && base(a.t.rel[v]) == "acl" && resumedLemmas[a.w.lem[v]] && toks[v].XPOS == "VBN"
}

// afterTalks reports talks at k that a preposition of time opens, past
// their article and modifiers ("after talks in Tehran", "during two days
// of talks" is not: the talks are days'): talks that were held, where
// "officials involved in the negotiations" names no talks held.
func (a *article) afterTalks(toks []model.Token, k int) bool {
	p := a.beforePremods(toks, k, 4, premodDet|premodAdj|premodNoun)
	if p < 0 {
		return false
	}
	switch a.w.up[p] {
	case "AFTER", "FOLLOWING", "DURING":
		return true
	}
	return false
}

// storyTalks codes talks at k that were held but name no party of their
// own, no "with", "between" or "by" in their phrase and no actor or
// possessive right before them ("after talks in Tehran", "Talks resumed in
// September"), as negotiations (046) between the two parties of the
// article's latest cooperation (CAMEO roots 03 to 08) between two of them:
// in a story about two parties, talks named alone are theirs.
func (a *article) storyTalks(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, says []say, times []when.Expression) {
	end := nominalEnd(toks, k)
	for j := k + 1; j < end; j++ {
		switch a.w.up[j] {
		case "WITH", "BETWEEN", "BY", "AMONG":
			return
		}
	}
	if k > 0 && (possessiveMark(toks[k-1]) || toks[k-1].XPOS == "PRP$" || mentionAt(ms, k-1)) {
		return
	}
	ps := a.latestPartners(len(toks))
	if ps == nil {
		return
	}
	cl := &clause{v: k, vEnd: k + 1, lo: k, hi: end, code: "046", src: -1, tgt: -1,
		pattern: "<noun> TALKS <the story's parties>", entries: []string{"noun " + toks[k].Form + ": talks held (046) between the parties of the latest cooperation"}}
	a.emitNominal(s, toks, ms, cl, ps[0], ps[1], says, times)
	a.emitNominal(s, toks, ms, cl, ps[1], ps[0], says, times)
}

// mentionAt reports a mention of ms that covers the token at j.
func mentionAt(ms []actor.Mention, j int) bool {
	for _, m := range ms {
		if m.Start <= j && j < m.End {
			return true
		}
	}
	return false
}

// latestPartners returns, as two mentions after the sentence's n tokens
// whose entries say they come from context, the parties of the article's
// latest cooperation (CAMEO roots 03 to 08) between two countries or a
// country and an international organisation: a state's organ stands for
// its state, rebels or an opposition for themselves (as in sidesOf). It
// returns nil where there is none.
func (a *article) latestPartners(n int) []actor.Mention {
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := &a.events[i]
		if ev.Source == nil || ev.Target == nil || ev.Root < "03" || ev.Root > "08" {
			continue
		}
		sp, tp := party(ev.Source.Code), party(ev.Target.Code)
		if sp == "" || tp == "" || sp == tp {
			continue
		}
		why := "a party to the latest cooperation (" + ev.Code + " " + ev.Source.Code + ">" + ev.Target.Code + ")"
		return []actor.Mention{sideMention(*ev.Source, n, why), sideMention(*ev.Target, n, why)}
	}
	return nil
}

// sideMention returns the party p as a mention after a sentence's n
// tokens whose entry says it comes from context and why: a state's organ
// stands for its state, rebels or an opposition for themselves (as in
// sidesOf), an international organisation for itself.
func sideMention(p model.Actor, n int, why string) actor.Mention {
	m := contextMention(p, n, actor.FromContext, why)
	if pc := actor.CountryOf(p.Code); pc != "" && !challenger(strings.TrimPrefix(p.Code, pc)) {
		m.Code = pc
	}
	return m
}

// party returns the side an actor code takes in talks: its country, or an
// international organisation's own code; "" for neither.
func party(code string) string {
	if c := actor.CountryOf(code); c != "" {
		return c
	}
	if strings.HasPrefix(code, "IGO") {
		return code
	}
	return ""
}
