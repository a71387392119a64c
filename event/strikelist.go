package event

import (
	"strings"
	"unicode"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// tallyStrikes reads a line of a strike report that counts strikes no one
// owns, the subject of a verb of damage ("Near Mosul, three strikes
// engaged two rebel units and destroyed a mortar", "one strike destroyed
// a bridge"): they are strikes of the report whose doer the article's
// latest strike event named ("coalition forces conducted 23 strikes
// against the rebels"), by that doer. Their target is the first actor the
// verb's objects name, else that event's target, as such a report says
// all its strikes were against it; tgt >= 0 says the sentence names the
// target itself. It returns the source and target (context mentions after
// the sentence's tokens, or a mention of the sentence for the target),
// the event reported before, and whether the noun at k is such a tally.
// It reads the parse, and a line naming one actor code is parsed for it
// only if needsTree sees the line (tallyLine): a new test here belongs
// there too.
func (a *article) tallyStrikes(toks []model.Token, ms []actor.Mention, k, tgt int) (actor.Mention, actor.Mention, *model.Event, bool) {
	var none actor.Mention
	if k == 0 || toks[k-1].UPOS != "NUM" || !a.t.ok {
		return none, none, nil, false
	}
	h := a.strikeVerb(toks, k)
	if h < 0 || !damageLemmas[a.w.lem[h]] {
		return none, none, nil, false
	}
	rep := a.latestStrike()
	if rep == nil {
		return none, none, nil, false
	}
	n := len(toks)
	sm := contextMention(*rep.Source, n, actor.InText, "the strikes of the article's report")
	if tgt >= 0 {
		return sm, none, rep, true
	}
	if o := a.struckActor(toks, ms, h); o >= 0 {
		return sm, ms[o], rep, true
	}
	return sm, contextMention(*rep.Target, n, actor.FromContext, "the strikes of the article's report"), rep, true
}

// damageLemmas are the verbs (upper-case lemmas) a strike report says its
// strikes did to what they hit.
var damageLemmas = map[string]bool{
	"ENGAGE": true, "DESTROY": true, "STRIKE": true, "HIT": true, "TARGET": true,
	"DAMAGE": true, "SUPPRESS": true, "DISABLE": true,
}

// latestStrike returns the story's latest event of strikes (force coded
// from a strike noun, or by a pattern that names strikes: "conducted air
// strikes against") by an armed force or from the air, or nil.
func (a *article) latestStrike() *model.Event {
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := &a.events[i].Event
		if force(ev.Code) && strings.Contains(ev.Pattern, "STRIKE") && ev.Source != nil && ev.Target != nil && (armedCode(ev.Source.Code) || ev.Code == "195") {
			return ev
		}
	}
	return nil
}

// struckActor returns the first actor named in an object of the verb at h
// or of a verb joined to it ("engaged two rebel units and destroyed a
// depot"), not after a preposition of place ("a bridge near Mosul"), or
// -1.
func (a *article) struckActor(toks []model.Token, ms []actor.Mention, h int) int {
	t := &a.t
	verbs := []int{h}
	for _, c := range t.kids[h] {
		if base(t.rel[c]) == "conj" && isVerb(toks[c]) {
			verbs = append(verbs, c)
		}
	}
	for _, v := range verbs {
		for _, c := range t.kids[v] {
			if t.rel[c] != "obj" {
				continue
			}
			lo, hi := t.span(c)
			for i, m := range ms {
				if m.Start >= lo && m.End <= hi && !(m.Start > 0 && placePreps[strings.ToLower(toks[m.Start-1].Form)]) {
					return i
				}
			}
		}
	}
	return -1
}

// phraseTarget returns the actor after "against" within the words the
// parse hangs on the strike noun at k ("strikes coordinated with the
// government using fighter aircraft against rebel targets"), or -1, and
// whether aircraft are named after "using" before it: air strikes.
func (a *article) phraseTarget(toks []model.Token, ms []actor.Mention, k int) (int, bool) {
	t := &a.t
	if !t.ok || k >= len(t.head) {
		return -1, false
	}
	_, hi := t.span(k)
	using, aircraft := false, false
	for j := k + 1; j < hi && j+1 < len(toks); j++ {
		switch {
		case a.w.up[j] == "USING":
			using = true
		case using && aircraftLemmas[a.w.lem[j]]:
			aircraft = true
		case a.w.up[j] == "AGAINST":
			return argAt(toks, ms, j+1), aircraft
		}
	}
	return -1, false
}

// inSpan reports a token j among the words the parse hangs on k.
func inSpan(t *tree, k, j int) bool {
	lo, hi := t.span(k)
	return j >= lo && j < hi
}

// namesStrikes reports a sentence with a strike noun (toks with up their
// upper-cased forms).
func namesStrikes(toks []model.Token, up []string) bool {
	for k := range toks[:min(len(toks), len(up))] {
		if toks[k].UPOS == "NOUN" && eventNoun(upperLemma(toks[k], up[k])) == nounStrike {
			return true
		}
	}
	return false
}

// tallyLine reports a sentence that counts strikes as the subject of a
// verb of damage ("Near Mosul, two strikes destroyed a bridge"), which
// a strike report's line may be with no actor named: a strike noun after
// a number, and a verb of damageLemmas after it.
func tallyLine(toks []model.Token, up []string) bool {
	toks = toks[:min(len(toks), len(up))]
	for k := 1; k < len(toks); k++ {
		if toks[k].UPOS != "NOUN" || toks[k-1].UPOS != "NUM" || eventNoun(upperLemma(toks[k], up[k])) != nounStrike {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if isVerb(toks[j]) && damageLemmas[upperLemma(toks[j], up[j])] {
				return true
			}
		}
	}
	return false
}

// actorlessTally codes the strike tallies of a sentence that names no
// actor (tallyLine), a line of a strike report whose doer and target the
// report named before it (tallyStrikes).
func (a *article) actorlessTally(s *model.Sentence, toks []model.Token, times []when.Expression) {
	if a.c.stems || !a.t.ok || !tallyLine(toks, a.w.up) {
		return
	}
	a.markActors(toks, nil)
	for k := a.from; k < len(toks); k++ {
		if toks[k].UPOS == "NOUN" && eventNoun(a.w.lem[k]) == nounStrike {
			a.nominalStrike(s, toks, nil, k, nil, times)
		}
	}
}

// airStrikeTitle reports a title that speaks of air strikes or air raids
// ("Military airstrikes continue against the rebels"): a report whose
// body then counts "strikes" by an armed force counts air strikes.
func airStrikeTitle(title string) bool {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	for i, w := range words {
		switch w {
		case "airstrike", "airstrikes", "air-strike", "air-strikes", "airraid", "airraids":
			return true
		case "air":
			if i+1 < len(words) && (strings.HasPrefix(words[i+1], "strike") || strings.HasPrefix(words[i+1], "raid")) {
				return true
			}
		}
	}
	return false
}

// supportedParty returns the actor that "in support of" or "coordinated
// with" names after the strike noun at k, in the rest of its clause
// ("eight strikes coordinated with and in support of the government of
// Iraq", "delivered 24 munitions against rebel targets in support of
// government troops"), or -1.
func (a *article) supportedParty(toks []model.Token, ms []actor.Mention, k int) int {
	for j := k + 1; j+2 < len(toks); j++ {
		switch toks[j].Form {
		case ";", ".", ":":
			return -1
		}
		n := 0
		switch {
		case a.w.up[j] == "IN" && a.w.up[j+1] == "SUPPORT" && a.w.up[j+2] == "OF":
			n = 3
		case a.w.up[j] == "COORDINATED" && a.w.up[j+1] == "WITH":
			n = 2
		}
		if n == 0 {
			continue
		}
		if i := argAt(toks, ms, j+n); i >= 0 {
			return i
		}
	}
	return -1
}
