package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// outsideOf reports a mention right after "outside", "opposite" or "in
// front of", across its article and modifiers ("outside the Chilean
// embassy", "in front of the parliament building"): a building named as
// where people stand.
func outsideOf(toks []model.Token, m actor.Mention) bool {
	k := m.Start - 1
	for k >= 0 && k >= m.Start-4 && (toks[k].UPOS == "DET" || toks[k].UPOS == "ADJ") {
		k--
	}
	if k < 0 {
		return false
	}
	switch strings.ToLower(toks[k].Form) {
	case "outside", "opposite":
		return true
	case "of":
		return k >= 2 && strings.EqualFold(toks[k-1].Form, "front") && strings.EqualFold(toks[k-2].Form, "in")
	}
	return false
}
