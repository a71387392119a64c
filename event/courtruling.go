package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
)

// rulingNouns are reactionObjects (upper-case lemmas) that name what a
// court decides.
var rulingNouns = map[string]bool{"RULING": true, "VERDICT": true, "JUDGMENT": true, "JUDGEMENT": true}

// judicial reports an actor code of a court or the judiciary: a country's
// JUD sector ("RUSJUD") or an international court ("IGOUNOJUDICJ").
func judicial(code string) bool {
	return len(code) > 3 && strings.Contains(code[3:], "JUD")
}

// courtRuled returns, for a reaction to a ruling or verdict (rulingNouns)
// that names no court ("The Organization of American States welcomed
// the ruling"), the court that gave it: the source of the story's
// latest event by a court not of the reacting actor's side, else the
// court the story last named by name in the sentences before (the
// International Court of Justice of the lede, not "the court" some later
// sentence resolved as it could), else by an agent phrase. A reader
// takes a ruling for a court's, never for the deed of whichever country
// acted last. It returns false where the story names no court; reactedTo
// then codes no target.
func (a *article) courtRuled(src actor.Mention, n int) (actor.Mention, bool) {
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := a.events[i]
		if ev.Source == nil || ev.Target == nil || !judicial(ev.Source.Code) || ofSide(ev.Source.Code, src.Code) || a.tookSource(i) {
			continue
		}
		return contextMention(*ev.Source, n, actor.FromContext, "the court of the latest ruling ("+ev.Code+")"), true
	}
	// A court named by name first, then one named by an agent phrase
	// ("a court in Lima").
	for _, named := range []bool{true, false} {
		for si := a.si - 1; si >= a.storyAt && si >= 0; si-- {
			ms := a.mentions[si]
			for i := len(ms) - 1; i >= 0; i-- {
				m := ms[i]
				if named && m.Kind != actor.Named || m.Kind == actor.Pronoun || !judicial(m.Code) || ofSide(m.Code, src.Code) {
					continue
				}
				return movedToContext(m, n, "the court named last ("+m.Entry+")"), true
			}
		}
	}
	return actor.Mention{}, false
}
