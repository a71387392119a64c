package event

import (
	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/model"
)

// passiveComplement reports whether m's pattern ends in a target and a
// word ("- * + HELD [173] # ORDER") that m found as a past participle
// (VBN) with an auxiliary or a verb right before it. The participle is
// then the predicate of a passive clause of its own ("ordered that talks
// with Chile be held"), not a complement of the pattern's verb that
// describes its object ("ordered the Peruvian consul held").
func passiveComplement(toks []model.Token, m *match) bool {
	after := m.p.After
	n := len(after)
	if n < 2 || after[n-2].Kind != dict.Target || after[n-1].Kind != dict.Noun {
		return false
	}
	at := m.tgt[1]
	if at <= m.tgt[0] || at >= len(toks) || toks[at].XPOS != "VBN" {
		return false
	}
	switch toks[at-1].UPOS {
	case "AUX", "VERB":
		return true
	}
	return false
}
