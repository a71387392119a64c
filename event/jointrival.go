package event

import (
	"github.com/casus-project/casus/actor"
)

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
		m := contextMention(*e.Target, n, contextEntry+"the target of the source's deed before it in the sentence ("+e.Code+" "+e.Target.Code+")")
		m.Code = tc
		return m, true
	}
	return actor.Mention{}, false
}
