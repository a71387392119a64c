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
	case negated(toks, v), neitherNor(toks, cl.lo, v), a.deniedClause(v), disallowed(toks, v):
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

// saidStatus is the status of words that were said, an intent or a
// refusal expressed: the outlet's report (asserted), or the claim of the
// speaker attr it is attributed to.
func saidStatus(attr *model.Actor) string {
	if attr != nil {
		return model.Claimed
	}
	return model.Asserted
}

// plainWord returns a word lower-cased with its typographic apostrophes
// made plain, so that "n’t" and "’ll" read as "n't" and "'ll".
func plainWord(s string) string {
	return strings.ToLower(strings.ReplaceAll(s, "’", "'"))
}

// firstHand reports a claim whose speaker attr speaks for a party to
// the event it reports: its source ("the army said troops killed seven
// rebels", "Peru's foreign ministry said it had summoned Chile's
// envoy", "accused Chile of spying, the ministry said"), or, for
// cooperation (CAMEO quad classes 1 and 2), its target ("Peru agreed to
// hold talks with the agency, the agency's chief said"). A party's word
// on its own act is the outlet's report of that act, asserted, as the
// demo's conventions read it; a third party's word, or a victim's on a
// deed against it, stays a claim. The speaker speaks for a party when it
// is the party, or an organ of the state (government, military, police,
// intelligence) whose country or organ the party is. A country speaks
// for itself where its own name or capital is the speaker ("Chile said
// it had ..."); a country's word on a speaker ("a Chilean source said",
// "the Chilean side said", "diplomats in Lima said": see countrySpeaks)
// tells only where the speaker is from, not for whom it speaks. An
// agent that names no country ("the health ministry said", "the army
// said", entry "agent ...") may have taken its country from the very
// party it reports on ("Peruvian jets bombed a village, the health
// ministry said" resolves the ministry as Peru's), so it speaks only
// for the same organ ("Peruvian troops killed six rebels, the army
// said").
func firstHand(toks []model.Token, attr *model.Actor, source, target string, quad int) bool {
	if attr == nil || len(attr.Code) < 3 || len(attr.Code) == 3 && !countrySpeaks(toks, attr) {
		return false
	}
	for k, party := range []string{source, target} {
		if k == 1 && quad != 1 && quad != 2 {
			break
		}
		if speaksFor(attr.Code, party) && (attr.Code == party || !actor.AgentEntry(attr.Entry)) {
			return true
		}
	}
	return false
}

// speaksFor reports a speaker's actor code that is an organisation's of
// no country and party's, or a state or an executive organ of it where
// party is that state or one of its executive organs ("PERGOV" speaks
// for "PER", "PERGOV" and "PERMIL"; "PER" for the same). A country's people, firms or
// workers ("PERCVL", "PERBUS") speak for no one but themselves, and a
// code shared by strangers says nothing of that.
func speaksFor(speaker, party string) bool {
	c := actor.CountryOf(speaker)
	if c == "" {
		// An organisation ("IGOUNOIAE", "NGOHRIAMN") speaks for itself.
		return speaker == party && speaker != ""
	}
	if actor.CountryOf(party) != c || len(speaker) > 3 && !executive(speaker[3:]) {
		return false
	}
	return len(party) == 3 || executive(party[3:])
}

// executive reports an actor code's remainder after the country that
// names an organ acting for the state: government, military, police,
// intelligence ("GOV", "GOVMED" state media). A legislature or court
// speaks for itself, not for the state's deeds.
func executive(rest string) bool {
	if len(rest) < 3 {
		return false
	}
	switch rest[:3] {
	case "GOV", "MIL", "COP", "SPY":
		return true
	}
	return false
}

// countrySpeaks reports a bare country's attribution that is the
// speaker itself: a mention in the sentence toks whose next word is no
// noun or adjective it would qualify ("Chile said", "Santiago told
// reporters", not "a Chilean source said" or "the Chilean side said"),
// and that no preposition puts after another noun ("officials in Lima
// said"). A quotation's speaker carries its name but no span: its words
// are found by the name.
func countrySpeaks(toks []model.Token, attr *model.Actor) bool {
	k, e := speakerTokens(toks, attr)
	if k < 0 || k > 0 && toks[k-1].UPOS == "ADP" {
		return false
	}
	if e < len(toks) {
		switch toks[e].UPOS {
		case "NOUN", "PROPN", "ADJ", "NUM":
			return false
		}
	}
	return true
}

// speakerTokens returns the tokens [k, e) of toks that are attr's
// mention, by its span or, where it has none, by its name's words; -1,
// -1 if toks do not hold it.
func speakerTokens(toks []model.Token, attr *model.Actor) (int, int) {
	if attr.Start < attr.End {
		for k, t := range toks {
			if t.Start == attr.Start {
				e := k
				for e < len(toks) && toks[e].End <= attr.End {
					e++
				}
				return k, e
			}
		}
		return -1, -1
	}
	words := strings.Fields(attr.Name)
	if len(words) == 0 {
		return -1, -1
	}
	for k := 0; k+len(words) <= len(toks); k++ {
		match := true
		for j, w := range words {
			if !strings.EqualFold(toks[k+j].Form, w) {
				match = false
				break
			}
		}
		if match {
			return k, k + len(words)
		}
	}
	return -1, -1
}
