package event

import (
	"slices"
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// sharedObjects are nouns that name something two parties did together
// (upper-case lemmas), each with the code families of the deeds it may
// name: a reaction to one ("Bolivia praised the agreement", "the UN
// welcomed the exchange") is aimed at both parties.
var sharedObjects = map[string][]string{
	"AGREEMENT": {"03", "05", "06"}, "ACCORD": {"03", "05", "06"}, "DEAL": {"03", "05", "06"},
	"PACT": {"03", "05", "06"}, "TREATY": {"03", "05", "06"}, "MEMORANDUM": {"03", "05", "06"},
	"SETTLEMENT": {"03", "05"}, "EXCHANGE": {"06", "08"}, "SWAP": {"06", "08"},
	"TRUCE": {"03", "05", "08"}, "CEASEFIRE": {"03", "05", "08"}, "ARMISTICE": {"03", "05", "08"},
	"TALKS": {"03", "04"}, "SUMMIT": {"04"}, "MEETING": {"04"},
	"RAPPROCHEMENT": {"03", "05"}, "NORMALISATION": {"03", "05"}, "NORMALIZATION": {"03", "05"},
}

// sharedLookback is how many sentences before the reaction its mutual
// event may stand in.
const sharedLookback = 3

// agreementParties returns, for a reaction whose clause names no target
// and whose object is a noun of sharedObjects ("Bolivia praised the
// agreement"), the two parties of the latest mutual event of the
// sentence or the sharedLookback sentences before it, or of an earlier
// sentence that names the same noun (namesThing): one coded both
// ways (A>B and B>A, the same code) in a family the noun may name,
// neither of them the reacting actor's country. A
// reaction to one's own agreement is aimed at no one in particular.
// The mentions stand after the sentence's tokens (n), their entries say
// they come from context.
func (a *article) agreementParties(toks []model.Token, src actor.Mention, cl *clause, n int) []actor.Mention {
	v := cl.v
	if cl.rev != "" || cl.passive || !reactionLemmas[a.w.lem[v]] {
		return nil
	}
	var families []string
	noun := ""
	for k := cl.vEnd; k < len(toks) && k < cl.hi && k < cl.vEnd+5; k++ {
		switch toks[k].UPOS {
		case "DET", "ADJ", "NUM":
			continue
		case "NOUN":
			families, noun = sharedObjects[a.w.lem[k]], toks[k].Form
		}
		break
	}
	if families == nil {
		return nil
	}
	from := a.recentEvents(sharedLookback)
	c := actor.CountryOf(src.Code)
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := a.events[i]
		if ev.Source == nil || ev.Target == nil || !slices.Contains(families, ev.Root) || !a.mirrored(i) {
			continue
		}
		if i < from && !a.namesThing(i, noun) {
			continue
		}
		sc, tc := actor.CountryOf(ev.Source.Code), actor.CountryOf(ev.Target.Code)
		if ev.Source.Code == src.Code || ev.Target.Code == src.Code || c != "" && (sc == c || tc == c) {
			return nil
		}
		var out []actor.Mention
		for _, p := range []*model.Actor{ev.Source, ev.Target} {
			out = append(out, contextMention(*p, n, actor.FromContext, "a party to the latest mutual event ("+ev.Code+" "+ev.Source.Code+"<>"+ev.Target.Code+")"))
		}
		return out
	}
	return nil
}

// namesThing reports whether the sentence of ev, a mutual event further
// back than sharedLookback, names the reaction's noun itself ("Armenia
// and Azerbaijan signed an agreement ... Russia criticised the
// agreement"): the definite noun takes up the one the story used, however
// many sentences came between, where another noun ("the accord") may
// name something else by then. The event must be the story's own, not
// found from context.
func (a *article) namesThing(i int, noun string) bool {
	return noun != "" && !a.tookSource(i) && namesWord(a.events[i].Sentence, noun)
}

// mirrored reports whether the article's event i has its mirror among
// the article's events: the same code from its target to its source.
func (a *article) mirrored(i int) bool {
	ev := a.events[i]
	for j := a.storyEvents; j < len(a.events); j++ {
		o := a.events[j]
		if j != i && o.Code == ev.Code && o.Source != nil && o.Target != nil &&
			o.Source.Code == ev.Target.Code && o.Target.Code == ev.Source.Code {
			return true
		}
	}
	return false
}

// agreedAmong drops the target of an agreement whose subject is a list
// of parties and whose target stands in the infinitive the agreement
// governs: "Peru and Chile agreed on Monday to double the flights
// carrying Peruvian workers home", "Peru and Chile agreed to take the
// dispute to The Hague". The parties agree with each other (pair codes
// them both ways); whom the agreed deed touches is that deed's own
// party, coded, if at all, by the deed's own clause. Only the verb's
// bare pattern (AGREE [050], no pattern word matched) is touched: a
// pattern that names what is agreed (a ceasefire, talks) places its
// target itself, and a partner named before the infinitive ("agreed
// with Bolivia to") stays the target.
func (a *article) agreedAmong(st *coding) {
	toks, ms, cl, src, tgt := st.toks, st.ms, st.cl, st.src, st.tgt
	if src < 0 || tgt < 0 || cl.score != 0 || cl.passive || a.w.lem[st.v] != "AGREE" || len(members(toks, ms, src)) < 2 {
		return
	}
	if to := pledgeInfinitive(toks, cl.vEnd, cl.hi); to >= 0 && ms[tgt].Start > to {
		st.tgt = -1
	}
}

// pledgeInfinitive returns the "to" of the infinitive that a verb of
// pledgeLemmas ending before from governs as its subject's own deed, or
// -1: the "to" after adverbs and a phrase of time or place (pledgeGap:
// "agreed on Thursday to", "agreed in Lima to"), before hi, with a verb
// after it, past an opening quotation mark ("agreed to \"calm
// tempers\"").
func pledgeInfinitive(toks []model.Token, from, hi int) int {
	hi = min(hi, len(toks))
	to := from
	for to < hi && !strings.EqualFold(toks[to].Form, "to") {
		to++
	}
	if to+1 >= hi || !pledgeGap(toks, from, to) {
		return -1
	}
	k := to + 1
	if isQuote(toks[k].Form) && k+1 < hi {
		k++
	}
	if !isVerb(toks[k]) {
		return -1
	}
	return to
}
