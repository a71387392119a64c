package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// sanctionsLifted returns, for an easing of sanctions (CAMEO 085) whose
// clause names no one it is aimed at and whose object is a sanction
// noun ("The bloc lifted the sanctions", "Washington eased the embargo":
// liftedObject), the target of the sanctions lifted: the story's latest
// sanctions (163) imposed by the source or an actor of its country, else
// the story's latest sanctions by anyone aimed at neither the source nor
// its country ("Chad joined AU sanctions against Sudan. The bloc lifted
// the sanctions"). Sanctions lift from whoever they were aimed at, and
// a definite "the sanctions" are those the story spoke of. Events whose
// own party came from context do not count. The mention stands after
// the sentence's tokens (n); its entry says it comes from context, and
// the event's confidence is lower.
func (a *article) sanctionsLifted(toks []model.Token, src actor.Mention, cl *clause, n int) (actor.Mention, bool) {
	if !strings.HasPrefix(cl.code, "085") || cl.rev != "" || cl.passive || !a.liftedObject(toks, cl) {
		return actor.Mention{}, false
	}
	var other *model.Event
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := &a.events[i].Event
		if ev.Source == nil || ev.Target == nil || !strings.HasPrefix(ev.Code, "163") ||
			a.tookSource(i) || a.tookTarget(i) || ofSide(ev.Target.Code, src.Code) {
			continue
		}
		if ofSide(ev.Source.Code, src.Code) {
			return contextMention(*ev.Target, n, actor.FromContext, "the target of the source's latest sanctions ("+ev.Code+")"), true
		}
		if other == nil {
			other = ev
		}
	}
	if other == nil {
		return actor.Mention{}, false
	}
	return contextMention(*other.Target, n, actor.FromContext, "the target of the latest sanctions ("+other.Code+") by "+other.Source.Code), true
}

// liftedLemmas are nouns (upper-case lemmas) of sanctions, whose easing
// is aimed at whoever they were imposed on.
var liftedLemmas = map[string]bool{
	"SANCTION": true, "SANCTIONS": true, "EMBARGO": true, "MEASURE": true, "RESTRICTION": true,
	"PENALTY": true, "BLOCKADE": true,
}

// liftedObject reports a noun of liftedLemmas as the first noun after
// the verb of cl, past determiners, possessives and modifiers ("lifted
// the sanctions", "eased its remaining economic sanctions").
func (a *article) liftedObject(toks []model.Token, cl *clause) bool {
	k := objectHeadAt(toks, cl)
	return k >= 0 && toks[k].UPOS == "NOUN" && (liftedLemmas[a.w.lem[k]] || liftedLemmas[a.w.up[k]])
}
