package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/cameo"
	"github.com/casus-project/casus/model"
)

// Refusals that name nothing: "Chile asked Peru to return the boat. Peru
// refused." The refusing verb says no more than that a request made
// just before was turned down; what was asked, and by whom, is the
// request's.

// refusalInfinitive maps each verb (upper-case lemma) that refuses what
// was asked of its subject to whether it takes the refused deed as an
// infinitive ("refused to meet", "declined to release"; refusingVerb):
// "reject" takes it as a noun or a gerund ("rejected the offer",
// "rejected joining the alliance"), never as an infinitive, so its value
// is false though it is a verb of refusal (isRefusal). It is named for
// its value so that an index reads as what it reports. Both bareRefusal
// and refusingVerb read this one list, so that a verb added to it
// refuses in both.
var refusalInfinitive = map[string]bool{"REFUSE": true, "DECLINE": true, "REJECT": false}

// bareRefusal reports a verb of refusal (isRefusal), active and not
// negated, that no pattern matched and the parse gives nothing refused
// of its own: no object but a relative pronoun ("which Peru refused"),
// no infinitive or clause ("refused to meet" is the meeting's refusal),
// no noun right after it or that it describes, no charge it denies
// (deniedCharge). It reads the parse, and a sentence naming one actor
// code is parsed for it only if needsTree sees a verb of refusal: a new
// key word here belongs there too.
func (a *article) bareRefusal(toks []model.Token, cl *clause) bool {
	v := cl.v
	if cl.score != 0 || cl.passive || cl.charge || !isRefusal(a.w.lem[v]) || !a.t.ok || negated(toks, v) {
		return false
	}
	t := &a.t
	relative := false
	for _, c := range t.kids[v] {
		switch base(t.rel[c]) {
		case "obj":
			if f := strings.ToLower(toks[c].Form); f != "which" && f != "that" {
				return false
			}
			relative = true
		case "xcomp", "ccomp", "iobj", "csubj":
			return false
		}
	}
	// "an allegation Lima rejected", "the terms Peru refused": the
	// noun the clause is on is what was refused, no request before.
	if base(t.rel[v]) == "acl" && !relative {
		return false
	}
	if e := cl.vEnd; e < len(toks) {
		switch toks[e].UPOS {
		case "NOUN", "PROPN", "PRON", "DET", "NUM", "ADJ", "PART":
			return false
		}
	}
	return true
}

// isRefusal reports whether the upper-case lemma is a verb of refusal,
// one of refusalInfinitive's keys whatever its value.
func isRefusal(lemma string) bool {
	_, ok := refusalInfinitive[lemma]
	return ok
}

// requestPattern opens the pattern of a bare refusal's event.
const requestPattern = "<request> SUBJECT "

// answersRequest reports an event a bare refusal coded (the rule of its
// clause, ruleRequest): it answers an event before it, and displaces
// none of its sentence (dropSpeech).
func answersRequest(r rule) bool {
	return r == ruleRequest
}

// requestReach is how many sentences back a bare refusal's request may
// stand: the sentence before, or the refusal's own.
const requestReach = 1

// requester returns, for a bare refusal by src (bareRefusal), who made
// the request refused and the rejection it is: the source of the latest
// appeal, demand or offer (CAMEO 02, 10, 03) in the refusal's sentence
// or the one before, aimed at src or its country by an actor of another
// country. It reports false when there is none: a refusal of nothing
// asked is aimed at no one the coder can name.
func (a *article) requester(src actor.Mention, n int) (actor.Mention, string, bool) {
	for i := len(a.events) - 1; i >= a.recentEvents(requestReach); i-- {
		ev := a.events[i]
		if ev.Source == nil || ev.Target == nil || a.mirrored(i) {
			continue
		}
		code := rejectionOf(ev.Code)
		if code == "" {
			continue
		}
		s, t := ev.Source.Code, ev.Target.Code
		if ofSide(s, src.Code) {
			continue
		}
		if !ofSide(t, src.Code) {
			continue
		}
		return contextMention(*ev.Source, n, actor.FromContext, "the source of the latest request ("+ev.Code+") to "+t), code, true
	}
	return actor.Mention{}, "", false
}

// rejectionOf returns the rejection (CAMEO 12) of an appeal, demand or
// offer (02, 10, 03) by the codebook's matching entries, or "" for any
// other code: what is asked or offered (the third digit) keeps its
// kind, material cooperation (1) 121, diplomatic cooperation (2) 120,
// aid (3) 122, political reform (4) 123, yielding (5) 124, a meeting
// (6) 125, settling a dispute (7) 127, mediation (8, 9) 126, anything
// else (0) 120; a fourth digit stays where the rejection has the same
// child ("asked for military aid", 0232, refused: 1222).
func rejectionOf(code string) string {
	if len(code) < 3 {
		return ""
	}
	switch code[:2] {
	case "02", "10", "03":
	default:
		return ""
	}
	var c string
	switch code[2] {
	case '1':
		c = "121"
	case '3':
		c = "122"
	case '4':
		c = "123"
	case '5':
		c = "124"
	case '6':
		c = "125"
	case '7':
		c = "127"
	case '8', '9':
		c = "126"
	default:
		c = "120"
	}
	// The codebook gives 120, 125, 126 and 127 no children, so the
	// lookup keeps them as they are.
	if len(code) > 3 {
		if _, ok := cameo.Lookup(c + code[3:]); ok {
			return c + code[3:]
		}
	}
	return c
}
