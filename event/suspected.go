package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// suspectNouns name people only by number or sex (upper-case lemmas).
var suspectNouns = map[string]bool{
	"PEOPLE": true, "PERSON": true, "MAN": true, "WOMAN": true, "INDIVIDUAL": true, "SUSPECT": true,
}

// spyingWork are the words, of either tag, for working or spying for
// someone.
var spyingWork = map[string]bool{"working": true, "spying": true}

// suspectedFor returns the mention an object right after the verb ending
// at vEnd is said to work or spy for: "19 people suspected of working
// for Iranian intelligence", "two men accused of spying for Russia"
// (an article, a number and adjectives may open the object), and the
// position of the object's noun; else -1, -1. lem holds the tokens'
// upper-case lemmas.
func suspectedFor(toks []model.Token, ms []actor.Mention, lem []string, vEnd int) (int, int) {
	k := vEnd
	for n := 0; k < len(toks) && n < 4 && (toks[k].UPOS == "DET" || toks[k].UPOS == "NUM" || toks[k].UPOS == "ADJ"); n++ {
		k++
	}
	if k+5 >= len(toks) || toks[k].UPOS != "NOUN" || !suspectNouns[lem[k]] {
		return -1, -1
	}
	switch strings.ToLower(toks[k+1].Form) {
	case "suspected", "accused":
	default:
		return -1, -1
	}
	if !strings.EqualFold(toks[k+2].Form, "of") || !spyingWork[strings.ToLower(toks[k+3].Form)] || !strings.EqualFold(toks[k+4].Form, "for") {
		return -1, -1
	}
	n, k := k, k+5
	if toks[k].UPOS == "DET" {
		k++
	}
	for i, m := range ms {
		if m.Start == k {
			return n, i
		}
	}
	return -1, -1
}
