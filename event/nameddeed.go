package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// deedNoun returns the noun a reaction's clause names as what it reacts
// to when that noun is none of reactionObjects or sharedObjects (which
// reactedTo and agreementParties read by their own rules), else -1: the
// first noun after the verb in its clause, past articles, adjectives and
// possessives, or a gerund after an article ("condemned the burning
// of the flag", "criticised the deportations").
func (a *article) deedNoun(toks []model.Token, cl *clause) int {
	k := objectHeadAt(toks, cl)
	if k < 0 {
		return -1
	}
	switch toks[k].UPOS {
	case "NOUN":
		l := a.w.lem[k]
		if reactionObjects[l] || sharedObjects[l] != nil {
			return -1
		}
		return k
	case "VERB":
		// "the burning of the flag": a gerund after an article or
		// adjective is the deed's noun.
		if k > cl.vEnd && strings.HasSuffix(strings.ToLower(toks[k].Form), "ing") && (toks[k-1].UPOS == "DET" || toks[k-1].UPOS == "ADJ") {
			return k
		}
	}
	return -1
}

// namedDeed returns, for a reaction to a deed named by its own verb's
// noun ("Chile's navy shelled a Peruvian island ... Peru condemned the
// shelling", "Peru deported forty Bolivian workers ... Bolivia condemned
// the deportations"), the story's latest event whose verb is that noun's
// (sameStem): a reader takes the deed for the one the article told, done
// by that event's source, however far back and whoever was named since.
// It returns nil when no such event was coded, or when the latest one
// was done by the reacting actor's own side (others may judge it; it is
// no one's deed against the reactor).
func (a *article) namedDeed(noun string, src actor.Mention) *model.Event {
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := &a.events[i].Event
		if ev.Source == nil || ev.Target == nil || ev.Evidence.Predicate.End <= ev.Evidence.Predicate.Start {
			continue
		}
		p := ev.Evidence.Predicate
		if p.End > len(a.text) {
			continue
		}
		verb, _, _ := strings.Cut(a.text[p.Start:p.End], " ")
		if !sameStem(noun, verb) {
			continue
		}
		if ofSide(ev.Source.Code, src.Code) || a.tookSource(i) {
			return nil
		}
		return ev
	}
	return nil
}

// stemSuffixes are the endings stem drops, longest first: those of a
// noun made from a verb ("deportation", "burning", "seizure", "launches")
// and those of the verb's past and third person ("deported", "burns").
var stemSuffixes = []string{"ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ures", "ure", "als", "al", "ed", "es", "s", "e"}

// stem returns the lower-cased word w without the first of stemSuffixes
// it ends with, when at least three letters are left.
func stem(w string) string {
	w = strings.ToLower(w)
	for _, s := range stemSuffixes {
		if strings.HasSuffix(w, s) && len(w)-len(s) >= 3 {
			return w[:len(w)-len(s)]
		}
	}
	return w
}

// sameStem reports whether the noun and the verb form are one word's:
// after stem, one begins the other, the shorter of at least four letters
// and the longer no more than two letters longer ("capture"/"captured":
// capt, captur; "burning"/"burned": burn; not "test"/"testified").
func sameStem(noun, verb string) bool {
	n, v := stem(noun), stem(verb)
	if len(n) > len(v) {
		n, v = v, n
	}
	return len(n) >= 4 && len(v)-len(n) <= 2 && strings.HasPrefix(v, n)
}
