package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// viewingLemmas are the verbs (upper-case lemmas) of judging something
// "as" what it is: "viewed the move as", "described the decision as".
// Each is in the verb dictionary, so Coder.Parseable parses their
// sentences already.
var viewingLemmas = map[string]bool{
	"VIEW": true, "SEE": true, "REGARD": true, "CONSIDER": true, "DESCRIBE": true,
}

// actNouns are the nouns (upper-case) of something an actor did or
// decided, which a judgement "as" a wrong is levelled at.
var actNouns = map[string]bool{
	"MOVE": true, "DECISION": true, "STEP": true, "ACTION": true, "ACTIONS": true,
	"POLICY": true, "PLAN": true, "ANNOUNCEMENT": true, "RECOGNITION": true,
	"MEASURE": true, "MEASURES": true, "DEPLOYMENT": true, "REMARKS": true,
	"STATEMENT": true, "LAUNCH": true, "TEST": true,
}

// wrongWords are the words (upper-case) that judge an act a wrong:
// unlawful, hostile or dangerous.
var wrongWords = map[string]bool{
	"VIOLATION": true, "VIOLATING": true, "BREACH": true, "CONTRADICTING": true, "CONTRARY": true,
	"ILLEGAL": true, "UNLAWFUL": true, "ILLEGITIMATE": true, "PROVOCATION": true, "PROVOCATIVE": true,
	"HOSTILE": true, "UNACCEPTABLE": true, "DANGEROUS": true, "DESTABILIZING": true, "DESTABILISING": true,
	"AGGRESSION": true, "INTERFERENCE": true, "MEDDLING": true, "THREAT": true,
}

// viewedAs codes a judgement of what another actor did as a wrong
// ("Russia's foreign ministry said it viewed Washington's move as another
// measure contradicting international law", "Peru described Chile's
// decision as a provocation") as the judge's criticism of that actor
// (111): the verb's subject judges, and the actor is the one named, by
// possessive or modifier, right before the act's noun (actNouns) that
// the verb takes; the word of wrong (wrongWords) stands within six words
// after "as". A judgement negated or that may be made codes none, nor one
// the sentence's verbs coded already between the two.
func (a *article) viewedAs(s *model.Sentence, toks []model.Token, ms []actor.Mention, says []say, times []when.Expression, first int) {
	for v := a.from; v < len(toks); v++ {
		if !isVerb(toks[v]) || !viewingLemmas[a.w.lem[v]] {
			continue
		}
		q := v + 1
		for q < len(toks) && q <= v+6 && !strings.EqualFold(toks[q].Form, "as") {
			q++
		}
		if q >= len(toks) || q > v+6 || q < v+3 || !actNouns[a.w.up[q-1]] {
			continue
		}
		// The actor: a mention ending right before the noun, or
		// before its possessive ("Washington's move", "the Chilean
		// decision").
		tgt := -1
		for i, m := range ms {
			if m.Start > v && (m.End == q-1 || m.End == q-2 && possessiveMark(toks[q-2])) {
				tgt = i
			}
		}
		if tgt < 0 || !wrongAfter(a.w.up, q+1) {
			continue
		}
		src := a.source(toks, ms, v)
		if src < 0 || src == tgt || ms[src].Code == "" || ms[tgt].Code == "" || ms[src].Code == ms[tgt].Code || a.coded(first, ms[src].Code, ms[tgt].Code, "11") {
			continue
		}
		cl := &clause{v: v, vEnd: v + 1, lo: 0, hi: q + 1, code: "111", src: src, tgt: tgt,
			pattern: "- " + a.w.lem[v] + " + " + a.w.up[q-1] + " AS <wrong> [111]",
			entries: []string{"judged " + toks[q-1].Form + " a wrong"}}
		status, attr := a.status(toks, ms, cl, says)
		if status == model.Negated || status == model.Hypothetical {
			continue
		}
		date, x, hasX := a.date(toks, cl, times)
		a.emit(s, toks, cl, ms[src], ms[tgt], true, "111", status, attr, date, x, hasX)
	}
}

// wrongAfter reports a word of wrongWords within six words from k, past
// articles, adjectives, nouns and quotation marks, before any
// punctuation that ends the phrase.
func wrongAfter(up []string, k int) bool {
	for j := k; j < len(up) && j < k+6; j++ {
		if wrongWords[up[j]] {
			return true
		}
		switch up[j] {
		case ",", ";", ".", ":":
			return false
		}
	}
	return false
}

// coded reports an event of src on tgt whose code starts with root among
// the events of the current sentence (from first on).
func (a *article) coded(first int, src, tgt, root string) bool {
	for i := first; i < len(a.events); i++ {
		e := &a.events[i]
		if e.Source != nil && e.Target != nil && e.Source.Code == src && e.Target.Code == tgt && strings.HasPrefix(e.Code, root) {
			return true
		}
	}
	return false
}

// falseWords are the words (upper-case) that call a charge false.
var falseWords = map[string]bool{
	"FALSE": true, "UNTRUE": true, "BASELESS": true, "GROUNDLESS": true, "UNFOUNDED": true,
	"ABSURD": true, "NONSENSE": true, "LIE": true, "LIES": true, "FABRICATED": true,
	"FABRICATION": true, "RIDICULOUS": true,
}

// falseCharge returns, from token k, the noun of a charge (chargeNouns,
// past its article and its owner's name: "the claim", "Peru's
// accusations") that the words after it call false (falseWords, past
// "as", "is" or "was", adverbs and quotation marks: "the claim absurd",
// "Peru's claim was “patently false”"), or -1.
func falseCharge(toks []model.Token, w *words, k int) int {
	up := w.up
	n := -1
	for j := k; j < len(toks) && j < k+5; j++ {
		if chargeNouns[w.lem[j]] && toks[j].UPOS == "NOUN" {
			n = j
			break
		}
		switch toks[j].UPOS {
		case "DET", "PROPN", "PART", "ADJ", "PRON":
			continue
		}
		return -1
	}
	if n < 0 {
		return -1
	}
	for j := n + 1; j < len(toks) && j < n+6; j++ {
		if falseWords[up[j]] {
			return n
		}
		switch {
		case up[j] == "AS" || up[j] == "IS" || up[j] == "WAS" || up[j] == "ARE" || up[j] == "WERE",
			toks[j].UPOS == "ADV", isQuote(toks[j].Form), toks[j].UPOS == "DET":
			continue
		}
		return -1
	}
	return -1
}

// saidFalse codes a speaker's saying that a charge is false ("Chile said
// Peru's claim was patently false", "Lima said the accusations were
// baseless") as the speaker's denial (016): aimed at the charge's owner
// named before it, else at who made the latest such charge against the
// speaker (accusers). A denial the verbs coded already codes none.
func (a *article) saidFalse(s *model.Sentence, toks []model.Token, ms []actor.Mention, says []say, times []when.Expression, first int) {
	for _, sv := range says {
		if sv.v+1 >= len(toks) || ms[sv.who].Code == "" || negated(toks, sv.v) {
			continue
		}
		k := sv.v + 1
		if strings.EqualFold(toks[k].Form, "that") {
			k++
		}
		n := falseCharge(toks, &a.w, k)
		if n < 0 {
			continue
		}
		sm := ms[sv.who]
		cl := &clause{v: sv.v, vEnd: sv.v + 1, lo: 0, hi: n + 1, code: "016", src: sv.who, tgt: -1,
			pattern: "<speaker> SAYS + <charge> " + a.w.up[n] + " <false> [016]",
			entries: []string{"said the " + toks[n].Form + " false"}}
		var tms []actor.Mention
		for _, m := range ms {
			if m.Start >= k && (m.End == n || m.End == n-1 && possessiveMark(toks[n-1])) {
				tms = []actor.Mention{m}
			}
		}
		if tms == nil {
			tms = a.accusers(sm, cl, len(toks))
		}
		for _, tm := range tms {
			if tm.Code == "" || tm.Code == sm.Code || a.coded(first, sm.Code, tm.Code, "016") {
				continue
			}
			date, x, hasX := a.date(toks, cl, times)
			a.emit(s, toks, cl, sm, tm, true, "016", model.Asserted, nil, date, x, hasX)
		}
	}
}
