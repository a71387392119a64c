package event

import (
	"strings"

	"github.com/casus-project/casus/model"
)

// vetoedText reports a present participle at v that says what a text
// would have done ("a resolution demanding a ceasefire", "a statement
// condemning the attack") when the text is the object of a verb that
// kept it from being adopted ("vetoed", "blocked", "rejected"): the
// body never demanded or condemned anything, so the participle reports
// no event. The text is the noun right before the participle; the verb
// comes right before the text's noun phrase.
func vetoedText(toks []model.Token, lem []string, v int) bool {
	if toks[v].XPOS != "VBG" || v < 2 || !textNouns[strings.ToUpper(toks[v-1].Lemma)] {
		return false
	}
	k := v - 2
	for k >= 0 && inTextPhrase(toks[k]) {
		k--
	}
	if k < 0 || toks[k].UPOS != "VERB" {
		// "voted down a resolution": the verb before its particle.
		if k > 0 && strings.EqualFold(toks[k].Form, "down") && toks[k-1].UPOS == "VERB" && lem[k-1] == "VOTE" {
			return true
		}
		return false
	}
	return vetoLemmas[lem[k]]
}

// inTextPhrase reports a token that can stand inside the noun phrase of
// a text before its head noun: a determiner, adjective, number, name,
// noun, possessive or hyphen ("a U.N. Security Council draft",
// "Bolivia's proposal").
func inTextPhrase(t model.Token) bool {
	switch t.UPOS {
	case "DET", "ADJ", "NUM", "PROPN", "NOUN":
		return true
	}
	return t.XPOS == "POS" || t.XPOS == "PRP$" || t.XPOS == "HYPH"
}

// textNouns are the texts a body adopts or not (upper-case lemmas).
var textNouns = map[string]bool{
	"RESOLUTION": true, "DRAFT": true, "MOTION": true, "BILL": true,
	"STATEMENT": true, "TEXT": true, "PROPOSAL": true, "DECLARATION": true,
	"AMENDMENT": true,
}

// vetoLemmas are the verbs (upper-case lemmas) that keep a text from
// being adopted.
var vetoLemmas = map[string]bool{
	"VETO": true, "BLOCK": true, "REJECT": true, "DEFEAT": true,
	"SCUTTLE": true, "TORPEDO": true, "WITHDRAW": true, "SHELVE": true,
}

// blockLemmas are the verbs (upper-case lemmas) by which one sets out to
// stop a deed another would do.
var blockLemmas = map[string]bool{
	"VETO": true, "BLOCK": true, "OPPOSE": true, "REJECT": true, "DEFEAT": true,
	"PREVENT": true, "STOP": true, "THWART": true, "SCUTTLE": true, "TORPEDO": true,
	"RESIST": true, "OBSTRUCT": true, "FOIL": true,
}

// blockedDeed reports a pattern whose last words after the verb hang,
// in the parse, under a verb of blocking that is none of the pattern's
// own words and hangs under the verb itself ("threatened to veto any
// move to impose sanctions on Peru" is no threat of sanctions on Peru):
// the deed the pattern names is the one the subject would stop. A deed
// joined to the blocking verb ("threatened to reject the deal and impose
// sanctions") is the subject's own.
func (a *article) blockedDeed(cl *clause) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	last := -1
	for _, u := range cl.m.used[:cl.m.n] {
		if k := int(u[1]) - 1; k >= cl.vEnd && k > last {
			last = k
		}
	}
	blocked := false
	for x, steps := last, 0; x >= 0 && steps < len(t.head); steps++ {
		if x == cl.v {
			return blocked
		}
		if t.rel[x] == "conj" {
			return false
		}
		if x != last && a.toks[x].UPOS == "VERB" && blockLemmas[a.w.lem[x]] && !strings.Contains(cl.pattern, a.w.lem[x]) {
			blocked = true
		}
		x = t.head[x]
	}
	return false
}
