package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
)

// releaseAppeal reports a code of asking for people to be let go: an
// appeal (0253) or a demand (1053) for their release.
func releaseAppeal(code string) bool {
	return strings.HasPrefix(code, "0253") || strings.HasPrefix(code, "1053")
}

// holdingCode reports an event code of holding people: an arrest or
// detention (173) or an abduction (181).
func holdingCode(code string) bool {
	return strings.HasPrefix(code, "173") || strings.HasPrefix(code, "181")
}

// captor returns, for an appeal or demand for a release (releaseAppeal)
// by ms[src] whose target is no one, the source's own people, a pronoun,
// or the very people the article says another country holds, whoever
// holds them: the source of the article's latest arrest, detention or
// abduction (holdingCode) of that target's people (of the source's own
// when there is no target) by an actor of another country. "Chile
// detained two Peruvian fishermen. Peru demanded their release" and
// "... demanded the release of the fishermen" ask Chile, not the
// fishermen. The mention stands after the sentence's tokens (n); its
// entry says it comes from context. It returns false where no one else
// holds them: a named holder ("demanded that Chile release them")
// stands.
func (a *article) captor(ms []actor.Mention, src, tgt, n int) (actor.Mention, bool) {
	sc := actor.CountryOf(ms[src].Code)
	held := sc
	if tgt >= 0 {
		held = actor.CountryOf(ms[tgt].Code)
	}
	if held == "" {
		return actor.Mention{}, false
	}
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := a.events[i]
		if ev.Source == nil || ev.Target == nil || !holdingCode(ev.Code) || actor.CountryOf(ev.Target.Code) != held {
			continue
		}
		hc := actor.CountryOf(ev.Source.Code)
		if hc == "" || hc == held || hc == sc {
			return actor.Mention{}, false
		}
		if tgt >= 0 && ms[tgt].Kind != actor.Pronoun && held != sc && ms[tgt].Code != ev.Target.Code {
			return actor.Mention{}, false
		}
		return contextMention(*ev.Source, n, contextEntry+"who holds "+ev.Target.Code+" (the latest arrest or abduction, "+ev.Code+")"), true
	}
	return actor.Mention{}, false
}
