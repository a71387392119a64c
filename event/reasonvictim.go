package event

import (
	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// reasonVictim reports a mention m that is the victim of a deed named in
// a phrase of reason after the verb at v ("imposed sanctions on three
// officers over attacks on Chilean networks", "expelled the envoy over
// the killing of Peruvian fishermen"): the phrase says why the verb's
// deed was done, and the deed's victim is no party to it. Who did the
// deed ("over Bolivia's attacks") is not ruled out.
func (a *article) reasonVictim(toks []model.Token, m actor.Mention, v int) bool {
	k := m.Start - 1
	for k > v && (toks[k].UPOS == "DET" || toks[k].UPOS == "NUM" || toks[k].UPOS == "ADJ") {
		k--
	}
	if k <= v+1 {
		return false
	}
	switch a.w.up[k] {
	case "ON", "OF", "AGAINST":
	default:
		return false
	}
	n := k - 1
	if toks[n].UPOS != "NOUN" || !victimDeeds[a.w.lem[n]] {
		return false
	}
	j := n - 1
	for j > v && (toks[j].UPOS == "DET" || toks[j].UPOS == "ADJ" || toks[j].UPOS == "NUM") {
		j--
	}
	return j > v && a.w.up[j] == "OVER"
}
