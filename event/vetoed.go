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
	return stops(lem[k], keepsText)
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

// stopUse names a way a verb of stopping keeps something from happening;
// each is read by one test.
type stopUse uint8

const (
	// keepsText: the verb keeps a text from being adopted ("vetoed a
	// resolution demanding"; vetoedText).
	keepsText stopUse = 1 << iota
	// stopsDeed: one sets out by the verb to stop a deed another would
	// do ("threatened to veto any move to"; blockedDeed).
	stopsDeed
	// keepsFrom: passive, the verb says its subject was kept from acting
	// ("tried to meet them but were prevented"; triedPrevented).
	keepsFrom
)

// stopVerbs are the verbs (upper-case lemmas) of stopping, blocking or
// keeping something from happening, each with the uses it is read in.
// One withdraws or shelves one's own text, so WITHDRAW and SHELVE keep a
// text but stop no one else's deed; the passive test reads only the
// verbs that say a person was kept from acting. A use missing from a
// verb was not tried there: adding it changes coding.
var stopVerbs = map[string]stopUse{
	"VETO":     keepsText | stopsDeed,
	"BLOCK":    keepsText | stopsDeed | keepsFrom,
	"REJECT":   keepsText | stopsDeed,
	"DEFEAT":   keepsText | stopsDeed,
	"SCUTTLE":  keepsText | stopsDeed,
	"TORPEDO":  keepsText | stopsDeed,
	"WITHDRAW": keepsText,
	"SHELVE":   keepsText,
	"OPPOSE":   stopsDeed,
	"PREVENT":  stopsDeed | keepsFrom,
	"STOP":     stopsDeed | keepsFrom,
	"THWART":   stopsDeed,
	"RESIST":   stopsDeed,
	"OBSTRUCT": stopsDeed,
	"FOIL":     stopsDeed,
	"BAR":      keepsFrom,
}

// stops reports a verb of stopVerbs (an upper-case lemma) read in use.
func stops(lem string, use stopUse) bool {
	return stopVerbs[lem]&use != 0
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
	last := cl.m.lastUsedAfter(cl.vEnd)
	blocked := false
	for x, steps := last, 0; x >= 0 && steps < len(t.head); steps++ {
		if x == cl.v {
			return blocked
		}
		if t.rel[x] == "conj" {
			return false
		}
		if x != last && a.toks[x].UPOS == "VERB" && stops(a.w.lem[x], stopsDeed) && !patternWord(cl.pattern, a.w.lem[x]) {
			blocked = true
		}
		x = t.head[x]
	}
	return false
}

// receivedFrom reports a pattern of receiving a guest (RECEIVE, a code
// of 04) whose last words after the verb hang, in the parse, in a "from"
// phrase ("received a letter from Chile's ambassador", "a painting the
// museum received from the Chilean ambassador"): the ambassador sent
// the thing received, and no one hosted a visit.
func (a *article) receivedFrom(cl *clause) bool {
	t := &a.t
	if !t.ok || a.w.lem[cl.v] != "RECEIVE" || !strings.HasPrefix(cl.code, "04") {
		return false
	}
	last := cl.m.lastUsedAfter(cl.vEnd)
	for x, steps := last, 0; x >= 0 && x != cl.v && steps < len(t.head); steps++ {
		if t.caseOf(&a.w, x) == "FROM" {
			return true
		}
		x = t.head[x]
	}
	return false
}

// lastUsedAfter returns the last token the pattern matched at or after
// vEnd (the end of its verb), or -1: the word the pattern's deed ends on,
// which blockedDeed and receivedFrom follow up the parse.
func (m *match) lastUsedAfter(vEnd int) int {
	last := -1
	for _, u := range m.used[:m.n] {
		if k := int(u[1]) - 1; k >= vEnd && k > last {
			last = k
		}
	}
	return last
}

// patternWord reports w as a whole word of a pattern's text: "- * TO
// STOP +" has STOP, but "- * BLOCKADE OF +" has no BLOCK. Words in the
// text are runs of upper-case letters; "_", "&", "+" and spaces part
// them. (The pattern's matched tokens, match.uses, are no substitute: an
// element such as "(TO IMPOSE &PENALTY)" spans the words between, so
// "threatened to veto any move to impose sanctions" would read "veto"
// as the pattern's own.)
func patternWord(pattern, w string) bool {
	if w == "" {
		return false
	}
	for i := 0; ; {
		j := strings.Index(pattern[i:], w)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(w)
		if (j == 0 || !upperLetter(pattern[j-1])) && (end == len(pattern) || !upperLetter(pattern[end])) {
			return true
		}
		i = j + 1
	}
}

// upperLetter reports an ASCII upper-case letter.
func upperLetter(b byte) bool {
	return 'A' <= b && b <= 'Z'
}
