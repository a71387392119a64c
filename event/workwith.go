package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// workIntent handles a clause of WORK (the supplement's "- * WITH +",
// 050) at cl.v: one that speaks of what may come is an intent to
// cooperate ("Tokyo would work with Washington", "is ready to work with
// Peru": 030, as CAMEO.verbpatterns.150430.txt's "- * TO WORK WITH +
// [030] # READY" codes it), and workIntent sets that code; one that
// tells of work done or under way ("the UN is working in particular with
// the coalition forces", "long before working with Boeing") names ties
// and jobs, too vague for an event, and its "with" phrase often names the
// partner through something of its ("worked in tandem with Hamas's
// terrorism"): workIntent reports false, and the clause is not coded.
// So it does when the target ms[tgt] is not what "with" governs ("will
// work with the international community to end the regime's abuses").
func (a *article) workIntent(toks []model.Token, ms []actor.Mention, tgt int, cl *clause, status string) bool {
	if a.w.lem[cl.v] != "WORK" {
		return true
	}
	if status != model.Hypothetical || tgt < 0 || !withPartner(toks, cl.v, ms[tgt].Start) {
		return false
	}
	cl.code, cl.rev = intentCode(cl.code), ""
	return true
}

// withPartner reports whether the token at start opens the noun phrase of
// the first "with" after the verb at v: only determiners, adjectives,
// adverbs and numbers stand between ("work closely with the new Peruvian
// government").
func withPartner(toks []model.Token, v, start int) bool {
	k := v + 1
	for k < start && !strings.EqualFold(toks[k].Form, "with") {
		k++
	}
	if k >= start {
		return false
	}
	for k++; k < start; k++ {
		switch toks[k].UPOS {
		case "DET", "ADJ", "ADV", "NUM":
		default:
			return false
		}
	}
	return true
}
