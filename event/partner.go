package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// relationsPartner returns, for a reduction of relations (CAMEO 16)
// whose clause names no one it is aimed at and whose object is a
// relation ("New Delhi suspended its participation in the Indus Waters
// Treaty", "Russia cut ties": relationsObject), the other side of the
// story's latest earlier event between the source's country and one
// other country, in either direction (the partner whose relations are
// reduced). Events
// whose own party came from context do not count, nor does an event of
// the source's country with itself or with no country. The mention
// stands after the sentence's tokens (n); its entry says it comes from
// context, and the event's confidence is lower. A source of no country
// codes nothing: its partner is too loose a guess. So do a gerund, a
// source named after the verb and a pair ("the two countries").
func (a *article) relationsPartner(toks []model.Token, src actor.Mention, cl *clause, n int) (actor.Mention, bool) {
	if !strings.HasPrefix(cl.code, "16") || cl.rev != "" || cl.passive {
		return actor.Mention{}, false
	}
	// Only a finite verb's own subject, named before it: not a gerund
	// ("a fabrication aimed at sabotaging diplomacy") nor a source found
	// after the verb ("The two countries broke off ties in 2019, when
	// Venezuelan President Maduro expelled").
	if toks[cl.v].XPOS == "VBG" || src.End > cl.v {
		return actor.Mention{}, false
	}
	// "The two countries broke off ties", "both governments suspended":
	// a pair's members reduce relations with each other, not with a
	// partner of one of them.
	if k := src.Start; k+1 < len(toks) && (a.w.up[k] == "BOTH" || a.w.up[k] == "THE" && (a.w.up[k+1] == "TWO" || a.w.up[k+1] == "THREE")) {
		return actor.Mention{}, false
	}
	if !a.relationsObject(toks, cl) {
		return actor.Mention{}, false
	}
	c := actor.CountryOf(src.Code)
	if c == "" {
		return actor.Mention{}, false
	}
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := a.events[i]
		if ev.Source == nil || ev.Target == nil || a.tookSource(i) || a.tookTarget(i) {
			continue
		}
		sc, tc := actor.CountryOf(ev.Source.Code), actor.CountryOf(ev.Target.Code)
		switch {
		case sc == c && tc != "" && tc != c:
			return contextMention(*ev.Target, n, actor.FromContext, "the other party of the latest event ("+ev.Code+") of "+ev.Source.Code+" with "+ev.Target.Code), true
		case tc == c && sc != "" && sc != c:
			return contextMention(*ev.Source, n, actor.FromContext, "the other party of the latest event ("+ev.Code+") of "+ev.Source.Code+" with "+ev.Target.Code), true
		}
	}
	return actor.Mention{}, false
}

// relationLemmas are nouns (upper-case lemmas) of a relation between
// parties, whose reduction has another party by its nature.
var relationLemmas = map[string]bool{
	"PARTICIPATION": true, "TIE": true, "TIES": true, "RELATION": true, "RELATIONS": true,
	"COOPERATION": true, "TREATY": true, "AGREEMENT": true, "ACCORD": true, "PACT": true,
	"DEAL": true, "CONTACT": true,
}

// relationsObject reports a noun of relationLemmas as the first noun
// after the verb of cl, past determiners, possessives and modifiers
// ("suspended its participation", "cut all ties", "froze diplomatic
// relations"): the reduction is of a relation, not a bare verb's
// ("revoked an executive order", "felt betrayed") or a border's.
func (a *article) relationsObject(toks []model.Token, cl *clause) bool {
	for k := cl.vEnd; k < len(toks) && k < cl.vEnd+4; k++ {
		switch toks[k].UPOS {
		case "DET", "PRON", "ADJ", "NUM", "ADV":
			continue
		case "NOUN":
			return relationLemmas[a.w.lem[k]] || relationLemmas[a.w.up[k]]
		}
		return false
	}
	return false
}
