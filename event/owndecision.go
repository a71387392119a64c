package event

import (
	"github.com/casus-project/casus/actor"
)

// decisionNouns are reactionObjects (upper-case lemmas) that name a deed
// someone decided on: "the decision", "the move", "the measures".
var decisionNouns = map[string]bool{
	"DECISION": true, "MOVE": true, "STEP": true, "ACTION": true, "MEASURE": true,
	"BAN": true, "SUSPENSION": true, "ORDER": true,
}

// decidedRoot reports an event root of a deed decided on rather than
// words said: diplomatic and material cooperation (CAMEO 05 to 09) and
// material conflict (15 to 20), not statements, appeals, threats or
// accusations.
func decidedRoot(r string) bool {
	return r >= "05" && r <= "09" || r >= "15" && r <= "20"
}

// ownStateDecision returns, for a reaction to a decision (decisionNouns)
// by an actor of country c outside its state (a union, business, the
// opposition, civilians: "Peru imposed duties on Chinese steel ... the
// steelworkers' union praised the decision"), the organ of c's state
// that made the story's latest deed decided on (decidedRoot), a country
// named bare standing for its government. A reader takes the decision
// for the deed the story reported, not for the last words another
// country said about it. It returns false when a later such deed was
// another country's against c (reactedTo reads that one), or when
// there is none.
func (a *article) ownStateDecision(src actor.Mention, n int) (actor.Mention, bool) {
	c := actor.CountryOf(src.Code)
	if c == "" || len(src.Code) <= 3 || stateSector(src.Code[3:]) {
		return actor.Mention{}, false
	}
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := a.events[i]
		if ev.Source == nil || ev.Target == nil || !decidedRoot(ev.Root) || a.tookSource(i) {
			continue
		}
		s := ev.Source.Code
		if actor.CountryOf(s) == c && (s == c || stateSector(s[3:])) {
			m := contextMention(*ev.Source, n, actor.FromContext, "the state whose latest deed ("+ev.Code+") the decision is")
			if s == c {
				m.Code = c + "GOV"
			}
			return m, true
		}
		if !ofSide(s, src.Code) && ofSide(ev.Target.Code, src.Code) {
			return actor.Mention{}, false
		}
	}
	return actor.Mention{}, false
}
