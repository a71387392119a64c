package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
)

// investigatedCodes refine a bare investigation (090) by the charge it
// looks into, the CAMEO codebook's accusations (1121-1124) and
// investigations (091-094) going in step: an accusation of aggression
// (1123) is investigated as military action (093).
var investigatedCodes = map[string]string{"1121": "091", "1122": "092", "1123": "093", "1124": "094"}

// investigatedOf returns, for an investigation (CAMEO 09) whose clause
// names no one ("The U.S. Navy said it was investigating"), the accused
// of the article's latest accusation (112) made by another than the
// investigator's country against another, as a mention after the
// sentence's tokens (n) whose entry says it comes from context; a bare
// investigation (090) takes the code the latest charge against the
// accused gives it (investigatedCodes).
func (a *article) investigatedOf(src actor.Mention, cl *clause, n int) (actor.Mention, bool) {
	c := actor.CountryOf(src.Code)
	if !strings.HasPrefix(cl.code, "09") || cl.rev != "" || cl.passive || c == "" {
		return actor.Mention{}, false
	}
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := a.events[i]
		if !strings.HasPrefix(ev.Code, "112") || ev.Source == nil || ev.Target == nil {
			continue
		}
		if actor.CountryOf(ev.Target.Code) == c || actor.CountryOf(ev.Source.Code) == c {
			continue
		}
		// The charge: the latest that names one against the same
		// accused ("accused Iran of launching a drone attack", 1123,
		// then "blaming Iran", 112).
		for j := i; j >= 0 && cl.code == "090"; j-- {
			e := a.events[j]
			if e.Target == nil || e.Target.Code != ev.Target.Code {
				continue
			}
			if ic, ok := investigatedCodes[e.Code]; ok {
				cl.code = ic
				cl.pattern += " (into a charge " + e.Code + ": " + ic + ")"
			}
		}
		return contextMention(*ev.Target, n, actor.FromContext, "the accused of the latest accusation ("+ev.Code+") by "+ev.Source.Code), true
	}
	return actor.Mention{}, false
}
