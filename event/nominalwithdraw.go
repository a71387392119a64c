package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// withdrawnCodes give the code of a withdrawal, suspension or closure
// (nounWithdrawal) by what is withdrawn, suspended or closed (upper-case
// lemma), after the CAMEO codebook: envoys and embassies reduce
// diplomatic relations (161), aid is material aid stopped (162), troops
// withdrawn are a military retreat (0874, a withdrawal only).
var withdrawnCodes = map[string]string{
	"AMBASSADOR": "161", "ENVOY": "161", "DIPLOMAT": "161", "EMBASSY": "161", "CONSULATE": "161",
	"AID": "162", "ASSISTANCE": "162", "FUNDING": "162",
	"TROOP": "0874", "FORCE": "0874", "SOLDIER": "0874",
}

// nominalWithdrawal codes "announced the withdrawal of its ambassador
// from Bolivia", "the suspension of aid to Bolivia", "the closure of its
// embassy in Bolivia": what is withdrawn, right after "of" past a
// possessive pronoun (the doer's own), article or adjectives, gives the
// code (withdrawnCodes); the doer is the noun's owner or the subject of
// the verb announcing or ordering it (orderingVerb); the target is the
// first actor after the thing withdrawn of another country. A thing owned
// by someone else ("the withdrawal of the Chilean ambassador") is left:
// who withdraws it the noun does not say.
func (a *article) nominalWithdrawal(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, says []say, times []when.Expression) {
	end := nominalEnd(toks, k)
	if k+2 >= end || a.w.up[k+1] != "OF" {
		return
	}
	p := k + 2
	for p < end && p < k+6 && (toks[p].UPOS == "DET" || toks[p].UPOS == "ADJ" && !a.w.act[p] || toks[p].XPOS == "PRP$") {
		p++
	}
	if p >= end {
		return
	}
	thing := a.w.lem[p]
	code := withdrawnCodes[thing]
	if code == "" && toks[p].XPOS == "NNS" {
		// "troops", which the lemmatizer may leave whole.
		thing = strings.TrimSuffix(thing, "S")
		code = withdrawnCodes[thing]
	}
	if code == "" || code == "0874" && a.w.lem[k] != "WITHDRAWAL" {
		return
	}
	src, ordered := a.nominalOwner(toks, ms, k), -1
	if src < 0 {
		if v := orderingVerb(toks, &a.w, k); v >= 0 {
			src, ordered = a.source(toks, ms, v), v
		}
	}
	if src < 0 {
		return
	}
	tgt := -1
	for i := range ms {
		m := &ms[i]
		if m.Start <= k || m.Start >= end || m.Kind == actor.Pronoun {
			continue
		}
		if m.Start < p {
			// "the withdrawal of the Chilean ambassador": another's.
			return
		}
		if m.Start == p && m.End <= p+1 {
			// "its consulate": the thing itself, its owner's. One
			// running on ("its ambassador from Bolivia", resolved as
			// the place left) is the target.
			continue
		}
		if m.Country != "" && m.Country != ms[src].Country {
			tgt = i
			break
		}
	}
	if a.emitNounPair(s, toks, ms, k, end, code, src, tgt, "<noun> "+a.w.lem[k]+" OF "+thing+" +", "noun "+toks[k].Form+" of "+toks[p].Form+": "+code, says, times) && ordered >= 0 {
		// What the announcing said is the deed: no statement (010).
		a.dropStatement(s, toks[ordered].Start)
	}
}
