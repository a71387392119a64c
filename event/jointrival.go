package event

import (
	"github.com/casus-project/casus/actor"
)

// showRival returns the rival of an active show of force by ms[src] at
// the verb v that names none (show), as a mention after the sentence's n
// tokens: the target of the source's deed before it in the sentence
// ("demanded that Kosovo free the officers and put its army on alert",
// jointRival), else the one other country of the headline of a story
// that opens with it ("NATO on Monday began its largest naval exercise"
// under "Russia protests as NATO begins exercise", headlineRival). It
// looks for neither unless show.
func (a *article) showRival(ms []actor.Mention, src, v, n int, show bool) (actor.Mention, bool) {
	if !show {
		return actor.Mention{}, false
	}
	if rt, ok := a.jointRival(ms[src], v, n); ok {
		return rt, true
	}
	return a.headlineRival(ms, src, n)
}

// jointRival returns, for a show of force (CAMEO 15) by src that names no
// target, the country its source's own earlier deed in the same sentence
// is aimed at: "Chile demanded that Peru free the fishermen and put its
// navy on alert" puts the navy on alert against Peru. A sentence that
// joins a demand, a threat or a protest to a show of force tells one
// quarrel, whatever the parse makes of the second verb (it often hangs it
// on the first verb's reported clause, "free ... and put"). Only an
// event of the same source coded before the verb counts, and only a
// target of another country; the mention stands after the sentence's
// tokens (n), as a target taken from context does.
func (a *article) jointRival(src actor.Mention, v, n int) (actor.Mention, bool) {
	c := actor.CountryOf(src.Code)
	if c == "" || v < 0 || v >= len(a.toks) {
		return actor.Mention{}, false
	}
	at := a.toks[v].Start
	for i := len(a.events) - 1; i >= a.sentenceFirst(); i-- {
		e := &a.events[i]
		if e.Source == nil || e.Target == nil || e.Evidence.Predicate.Start >= at || e.Source.Code != src.Code {
			continue
		}
		tc := actor.CountryOf(e.Target.Code)
		if tc == "" || tc == c {
			continue
		}
		m := contextMention(*e.Target, n, actor.FromContext, "the target of the source's deed before it in the sentence ("+e.Code+" "+e.Target.Code+")")
		m.Code = tc
		return m, true
	}
	return actor.Mention{}, false
}
