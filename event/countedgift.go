package event

import (
	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// countedGift reports a target of a cooperative deed (CAMEO 03-07) by
// the verb at v that is a counted bare agent right after it, which the
// story alone gave a country ("pledging 300 troops to an area",
// "offered 50 police officers"): what is pledged, sent or given is the
// source's own contribution, not the party it is given to.
func countedGift(toks []model.Token, ms []actor.Mention, tgt, v int, code string) bool {
	if tgt < 0 || !cooperativeCode(code) {
		return false
	}
	m := ms[tgt]
	if m.Kind != actor.Agent || m.Antecedent == (model.Span{}) || m.Start <= v || m.Start-v > 3 {
		return false
	}
	return m.Start > 0 && toks[m.Start-1].XPOS == "CD"
}
