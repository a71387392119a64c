package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// sourceContextEntry begins the entry of a source the sentence does not
// name, taken from the article's earlier events.
const sourceContextEntry = "source from context: "

// partyless reports whether the words [first, v) before a verb, its
// subject, name no actor but a place ("talks in Geneva") or an agent
// after "by" ("talks sponsored by Norway and Qatar"): no party to the
// subject's talks.
func partyless(toks []model.Token, ms []actor.Mention, first, v int) bool {
	by := -1
	for k := first; k < v && k < len(toks); k++ {
		if by < 0 && strings.EqualFold(toks[k].Form, "by") {
			by = k
		}
	}
	for _, m := range ms {
		if m.Start < first || m.Start >= v {
			continue
		}
		if !located(toks, m) && !(by >= 0 && by < m.Start) {
			return false
		}
	}
	return true
}

// lastTalks returns the source and target of the article's latest
// negotiation (CAMEO 046) between two actors ("Sudan's army and the RSF
// arrived in Ankara for indirect talks"), as mentions after the
// sentence's tokens (n) whose entries say they come from context.
func (a *article) lastTalks(n int) (src, tgt actor.Mention, ok bool) {
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := a.events[i]
		if !strings.HasPrefix(ev.Code, "046") || ev.Source == nil || ev.Target == nil || ev.Source.Code == ev.Target.Code {
			continue
		}
		src = contextMention(*ev.Source, n, actor.SourceFromContext, "a party of the latest talks ("+ev.Code+")")
		tgt = contextMention(*ev.Target, n, actor.FromContext, "the other party of the latest talks ("+ev.Code+") with "+ev.Source.Code)
		return src, tgt, true
	}
	return src, tgt, false
}
