package event

import (
	"slices"
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// offerNouns are reactionObjects (upper-case lemmas) of something one
// actor puts to another, which names what it is for after "of" or
// "for": "the offer of talks", "the call for a ceasefire".
var offerNouns = map[string]bool{
	"OFFER": true, "PROPOSAL": true, "INVITATION": true, "CALL": true,
	"REQUEST": true, "DEMAND": true, "PLAN": true,
}

// offeredThing returns the noun that names what an offer is for, right
// after the reaction's object and "of" or "for" ("welcomed the offer of
// talks": talks; articles and adjectives may stand before it), or -1.
func (a *article) offeredThing(toks []model.Token, obj int) int {
	if !offerNouns[a.w.lem[obj]] || obj+2 >= len(toks) {
		return -1
	}
	switch strings.ToLower(toks[obj+1].Form) {
	case "of", "for":
	default:
		return -1
	}
	for k := obj + 2; k < len(toks) && k < obj+6; k++ {
		switch toks[k].UPOS {
		case "DET", "ADJ", "NUM":
			continue
		case "NOUN":
			return k
		}
		return -1
	}
	return -1
}

// offerers returns, for a reaction to an offer that says what it is for
// ("He welcomed the offer of talks", after "The five presidents called on
// the Taliban to join talks on the river"), the sources of the story's
// latest event before the sentence aimed at the reacting actor's side by
// another whose sentence names that thing (sameStem), and of the others
// of its code and target in that sentence: a reader finds the offer by
// what it offered, however far back, not as the latest deed of any kind
// (a promise of wheat since), and it was made by all who made it. The mentions stand after the sentence's tokens (n),
// their entries say they come from context. It returns nil where there
// is no such event.
func (a *article) offerers(toks []model.Token, src actor.Mention, cl *clause, n int) []actor.Mention {
	if cl.rev != "" || cl.passive || !reactionLemmas[a.w.lem[cl.v]] {
		return nil
	}
	obj := a.reactionObject(toks, cl)
	if obj < 0 {
		return nil
	}
	k := a.offeredThing(toks, obj)
	if k < 0 || a.si >= len(a.sentEvents) {
		return nil
	}
	thing := toks[k].Form
	for i := a.sentEvents[a.si] - 1; i >= a.storyEvents; i-- {
		ev := a.events[i]
		if ev.Source == nil || ev.Target == nil || ofSide(ev.Source.Code, src.Code) || !ofSide(ev.Target.Code, src.Code) ||
			a.tookSource(i) || !namesWord(ev.Sentence, thing) {
			continue
		}
		var out []actor.Mention
		var seen []string
		for j := i; j >= a.storyEvents; j-- {
			o := a.events[j]
			if o.Evidence.Sentence != ev.Evidence.Sentence {
				break
			}
			if o.Source == nil || o.Target == nil || o.Code != ev.Code || o.Target.Code != ev.Target.Code || slices.Contains(seen, o.Source.Code) {
				continue
			}
			seen = append(seen, o.Source.Code)
			out = append(out, contextMention(*o.Source, n, actor.FromContext, "who made the offer ("+o.Code+") of "+strings.ToLower(thing)))
		}
		slices.Reverse(out)
		return out
	}
	return nil
}

// namesWord reports a sentence with a word of the same stem as w
// (sameStem, or the very word).
func namesWord(sentence, w string) bool {
	for _, f := range strings.FieldsFunc(sentence, func(r rune) bool {
		return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '-')
	}) {
		if strings.EqualFold(f, w) || sameStem(w, f) {
			return true
		}
	}
	return false
}
