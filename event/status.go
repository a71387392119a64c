package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// sayLemmas are the reporting verbs (upper-case lemmas): what follows them
// is someone's claim.
var sayLemmas = map[string]bool{
	"SAY": true, "TELL": true, "CLAIM": true, "ALLEGE": true, "ACCUSE": true,
	"REPORT": true, "ANNOUNCE": true, "INSIST": true, "DENY": true, "STATE": true,
	"ADD": true, "WARN": true, "ARGUE": true, "ASSERT": true, "BELIEVE": true,
	"WRITE": true, "TWEET": true, "CONFIRM": true, "NOTE": true, "STRESS": true,
	"SUGGEST": true, "MAINTAIN": true, "CONTEND": true, "ACKNOWLEDGE": true,
}

// reportOnly are the verbs (upper-case lemmas) that report what someone
// said, wrote or estimated without saying anything of their own: a plain
// statement (CAMEO 010) coded from them would only repeat the quotation
// or claim they introduce, so they code nothing unless a pattern makes
// them more specific ("described the move as 'illegal'" is 111).
var reportOnly = map[string]bool{
	"SAY": true, "TELL": true, "ADD": true, "WRITE": true, "TWEET": true,
	"NOTE": true, "STRESS": true, "STATE": true, "ESTIMATE": true,
	"EXPLAIN": true, "REPORT": true, "SPEAK": true, "DESCRIBE": true,
	// "the statements mentioned Iraq": what is mentioned is the
	// topic, not whom the words are addressed to.
	"MENTION": true,
}

// notYetLemmas govern an infinitive that has not happened (yet): "threatened
// to cut", "calling for Iran to be held accountable".
var notYetLemmas = map[string]bool{
	"PLAN": true, "INTEND": true, "THREATEN": true, "WANT": true, "SEEK": true,
	"HOPE": true, "AIM": true, "VOW": true, "PLEDGE": true, "PROMISE": true,
	"EXPECT": true, "AGREE": true, "CALL": true, "URGE": true, "DEMAND": true,
	"ASK": true, "PROPOSE": true, "OFFER": true, "PREPARE": true, "WISH": true,
	"DECIDE": true, "PRESS": true, "APPEAL": true, "PUSH": true, "TRY": true,
	"ATTEMPT": true, "NEED": true, "WOULD": true, "LIKE": true,
	// "told the envoy to meet", "invited the president to visit": what
	// one is told, advised or invited to do has not happened.
	"TELL": true, "ADVISE": true, "ENCOURAGE": true, "INVITE": true, "REQUEST": true,
	// "warned foreign powers to stop arming Peru": what one is warned
	// to do has not happened either.
	"WARN": true,
	// "ordered the defendants to pay", "directed the army to withdraw":
	// what one is ordered to do has not happened by the order.
	"ORDER": true, "DIRECT": true, "INSTRUCT": true, "COMMAND": true,
}

// negLemmas govern an infinitive that did not happen.
var negLemmas = map[string]bool{"FAIL": true, "REFUSE": true, "DECLINE": true}

var modals = map[string]bool{
	"will": true, "would": true, "could": true, "may": true, "might": true,
	"should": true, "shall": true, "'ll": true, "must": true, "wo": true,
	"can": true,
}

// status decides an event's claim status and who it is attributed to.
func (a *article) status(toks []model.Token, ms []actor.Mention, cl *clause, says []say) (string, *model.Actor) {
	v := cl.v
	attr := a.attribution(toks, ms, cl, says)
	switch {
	case invertedCondition(toks, v), unmetStop(toks, v), askedNotTo(toks, v):
		return model.Hypothetical, attr
	case negated(toks, v), neitherNor(toks, cl.lo, v), a.deniedClause(v):
		return model.Negated, attr
	case a.hypothetical(toks, cl):
		return model.Hypothetical, attr
	case a.disputed(toks, cl):
		return model.Disputed, attr
	}
	// "Peru rejected accusations that it armed the rebels", "exposed to
	// charges that it favours Chile": what a charge says was done is
	// alleged, denied where the charge is.
	if k := a.chargeContent(toks, v); k >= 0 {
		if a.chargeDenied(toks, k) {
			return model.Negated, attr
		}
		return model.Disputed, attr
	}
	switch {
	case attr != nil:
		return model.Claimed, attr
	}
	return model.Asserted, nil
}

// plainWord returns a word lower-cased with its typographic apostrophes
// made plain, so that "n’t" and "’ll" read as "n't" and "'ll".
func plainWord(s string) string {
	return strings.ToLower(strings.ReplaceAll(s, "’", "'"))
}
