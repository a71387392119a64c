package event

// Vetoes on a matched verb: times and particles after it, denied charges,
// obliged or planned deeds, and past or cooperative readings (used by
// belied and keepCode).

import (
	"cmp"
	"slices"
	"strings"

	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// timeParticle reports a pattern whose first word after the verb, a
// preposition, opens a time expression or is followed by one ("on
// Monday", "in 2020").
func (a *article) timeParticle(toks []model.Token, m *match, vEnd int) bool {
	for _, u := range m.used[:m.n] {
		at, end := int(u[0]), int(u[1])
		if at < vEnd {
			continue
		}
		if end >= len(toks) {
			return false
		}
		return a.timeAt(toks[at].Start) || a.timeAt(toks[end].Start)
	}
	return false
}

// timeWordPattern reports a pattern whose one word, after the verb, is a
// preposition of time (timePrep: "- * SINCE"): it can only mean the
// preposition without the date it may open.
func timeWordPattern(p *dict.Pattern) bool {
	if len(p.Before) != 0 || len(p.After) != 1 {
		return false
	}
	e := p.After[0]
	switch e.Kind {
	case dict.Prep:
		return len(e.Objects) == 0 && timePrep(e.Prep)
	case dict.Noun:
		return len(e.Terms) == 1 && timePrep(e.Terms[0].Word)
	}
	return false
}

// particleNext reports a pattern whose first word after the verb comes
// right after it, past adverbs and asides only ("called again on Peru",
// "called (in a letter) on Peru").
func particleNext(toks []model.Token, m *match, vEnd int) bool {
	first := -1
	for _, u := range m.used[:m.n] {
		if at := int(u[0]); at >= vEnd && (first < 0 || at < first) {
			first = at
		}
	}
	if first < 0 {
		return true
	}
	for k := vEnd; k < first && k < len(toks); k++ {
		// An aside in brackets or between commas: "called (in a
		// letter) on Peru", "called, in a letter, on Peru".
		closer := ""
		switch toks[k].Form {
		case "(":
			closer = ")"
		case ",":
			closer = ","
		}
		if closer != "" {
			j := k + 1
			for j < first && toks[j].Form != closer {
				j++
			}
			if j < first {
				k = j
				continue
			}
		}
		if toks[k].UPOS != "ADV" {
			return false
		}
	}
	return true
}

// namedTime reports a match whose words after the verb (vEnd on) hold a
// proper noun inside a time expression: the month or day a date names
// ("led an intervention in Bolivia in March 2015") is no noun of the
// pattern (LEAD's "- * MARCH [141]").
func (a *article) namedTime(toks []model.Token, m *match, vEnd int) bool {
	for _, u := range m.used[:m.n] {
		for k := max(int(u[0]), vEnd); k < int(u[1]) && k < len(toks); k++ {
			if toks[k].XPOS == "NNP" && a.inTime(toks[k].Start) {
				return true
			}
		}
	}
	return false
}

// inTime reports a time expression that holds byte offset off.
func (a *article) inTime(off int) bool {
	i, found := slices.BinarySearchFunc(a.times, off, func(x when.Expression, off int) int { return cmp.Compare(x.Start, off) })
	return found || i > 0 && off < a.times[i-1].End
}

// timeAt reports a time expression that starts at byte offset off.
func (a *article) timeAt(off int) bool {
	_, ok := slices.BinarySearchFunc(a.times, off, func(x when.Expression, off int) int { return cmp.Compare(x.Start, off) })
	return ok
}

// timesIn returns the time expressions within span.
func (a *article) timesIn(sp model.Span) []when.Expression {
	lo := 0
	for lo < len(a.times) && a.times[lo].Start < sp.Start {
		lo++
	}
	hi := lo
	for hi < len(a.times) && a.times[hi].End <= sp.End {
		hi++
	}
	return a.times[lo:hi]
}

// denyLemmas reject a charge (upper-case lemmas).
var denyLemmas = map[string]bool{"DENY": true, "REJECT": true, "DISMISS": true, "REFUTE": true}

// chargeNouns name an accusation (upper-case lemmas).
var chargeNouns = map[string]bool{
	"CHARGE": true, "ACCUSATION": true, "ALLEGATION": true, "CLAIM": true, "ASSERTION": true,
}

// deniedCharge reports a denial verb at v in a relative clause whose
// object is a charge named just before its subject: "a charge Azerbaijan
// denies", "allegations which Moscow rejects". The verb denies
// responsibility (016) though it has no object of its own.
func (a *article) deniedCharge(toks []model.Token, v int) bool {
	if !denyLemmas[a.w.lem[v]] {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-7; k-- {
		if chargeNouns[a.w.lem[k]] && toks[k].UPOS == "NOUN" {
			return k+1 < v
		}
		if isVerb(toks[k]) || toks[k].Form == "," || toks[k].Form == ";" {
			return false
		}
	}
	return false
}

// prepositional reports a participle at v that, with the preposition
// after it, is a preposition itself ("based on some 3,000 migrants in
// custody", "compared with Chile", "depending on Peru", "given how
// little it means"): no predicate.
func prepositional(toks []model.Token, v int) bool {
	if v+1 >= len(toks) {
		return false
	}
	next := strings.ToLower(toks[v+1].Form)
	switch strings.ToLower(toks[v].Form) {
	case "based":
		return next == "on" || next == "upon"
	case "compared":
		return next == "with" || next == "to"
	case "depending":
		return next == "on" || next == "upon"
	case "given":
		return givenAsPreposition(toks, v)
	}
	return false
}

// givenOpeners are the words after which "given", opening its phrase,
// gives a reason ("given that", "given the tensions", "given how little
// ... and how much ... guns") rather than a thing given to someone.
var givenOpeners = map[string]bool{
	"that": true, "the": true, "how": true, "what": true, "its": true,
	"their": true, "his": true, "her": true, "our": true, "this": true,
	"these": true, "those": true, "such": true, "all": true,
}

// givenAsPreposition reports "given" at v that opens a phrase of its own
// (at the sentence's start, after a comma or dash, or after "and" or
// "but") before one of givenOpeners: a preposition ("given how little the
// law means"), not the verb of "Chile has given Bolivia tanks" or
// "weapons given to the rebels", which follow an auxiliary or a noun.
func givenAsPreposition(toks []model.Token, v int) bool {
	if !givenOpeners[strings.ToLower(toks[v+1].Form)] {
		return false
	}
	if v == 0 {
		return true
	}
	prev := toks[v-1]
	switch strings.ToLower(prev.Form) {
	case ",", ";", "-", "--", "(":
		return true
	case "and", "but", "or":
		// "has trained and given the rebels tanks": after another
		// verb, "and given" is that verb's conjunct.
		return v < 2 || !isVerb(toks[v-2])
	}
	return false
}

// obligedDeed reports a verb among the words a pattern matched that
// "must", or "have to" or "need to" in any form, comes right before
// (past adverbs): "told Chile it must withdraw", "that it had to
// release".
func obligedDeed(toks []model.Token, m match) bool {
	for _, u := range m.used[:m.n] {
		k := int(u[0])
		if k >= len(toks) || !isVerb(toks[k]) {
			continue
		}
		if obliged(toks, k) {
			return true
		}
	}
	return false
}

// toldInfinitive reports a verb among the words a pattern of the telling verb
// at v matched that is an infinitive after whom it is told to ("told
// Peru to withdraw its troops", "told the mission to pull out"): "to"
// right before it (past adverbs), with words between it and the verb.
func toldInfinitive(toks []model.Token, v int, m match) bool {
	for _, u := range m.used[:m.n] {
		k := int(u[0])
		if k >= len(toks) || !isVerb(toks[k]) {
			continue
		}
		j := k - 1
		for j > v && toks[j].UPOS == "ADV" {
			j--
		}
		if j > v+1 && strings.EqualFold(toks[j].Form, "to") && toks[j].UPOS == "PART" {
			return true
		}
	}
	return false
}

// namedDeedSubject reports, among the words a pattern matched, a verb
// that "must", "have to" or "need to" governs (obligedDeed) whose
// subject right before the modal is a name or a noun, not a pronoun
// ("that Chile must release", not "that it must release").
func namedDeedSubject(toks []model.Token, m match) bool {
	for _, u := range m.used[:m.n] {
		k := int(u[0])
		if k >= len(toks) || !isVerb(toks[k]) || !obliged(toks, k) {
			continue
		}
		j := k - 1
		for j >= 0 && toks[j].UPOS == "ADV" {
			j--
		}
		if j >= 0 && strings.EqualFold(toks[j].Form, "to") {
			j -= 2 // "has to", "need to"
		} else {
			j-- // "must"
		}
		for j >= 0 && (toks[j].UPOS == "AUX" || toks[j].UPOS == "ADV") {
			j--
		}
		return j >= 0 && (toks[j].UPOS == "PROPN" || toks[j].UPOS == "NOUN")
	}
	return false
}

// planLemmas are the verbs (upper-case lemmas) whose bare code says
// nothing of the infinitive that follows them: a plan, which, unlike a
// promise or a pledge, commits to no cooperation (030: "plans to expel",
// "is preparing to attack", "aims to overtake Chile as the top
// exporter"), and a failure, which rejects nothing (120: "failed to
// attack Peru" is a negated attack).
var planLemmas = map[string]bool{"PLAN": true, "PREPARE": true, "INTEND": true, "AIM": true, "FAIL": true}

// selfNeedLemmas are the verbs (upper-case lemmas) of the CAMEO.2.0
// DEMAND block, and HOPE and WISH, that code an appeal or demand with an
// object ("wants Chile to withdraw", "needs help") but none when their
// subject's own infinitive follows ("wants to withdraw", "hopes to turn
// the region into a battlefield").
var selfNeedLemmas = map[string]bool{"WANT": true, "NEED": true, "HOPE": true, "WISH": true}

// ownInfinitive reports a verb at cl.v followed, past adverbs, by "to"
// and a verb: the infinitive is the subject's own deed.
func (a *article) ownInfinitive(toks []model.Token, cl *clause) bool {
	k := cl.vEnd
	for k < len(toks) && toks[k].UPOS == "ADV" {
		k++
	}
	return k+1 < len(toks) && strings.EqualFold(toks[k].Form, "to") && isVerb(toks[k+1])
}

// aspectLemmas begin or go on with the deed of the gerund after them
// (upper-case lemmas).
var aspectLemmas = map[string]bool{"BEGIN": true, "START": true, "CONTINUE": true, "KEEP": true}

// pastGerund reports a pattern match m for clause cl whose first word
// after the verb lies past an -ing verb right after it (adverbs between)
// that the dictionary codes ("kept attacking Chilean positions" matching
// POSITION).
func (a *article) pastGerund(toks []model.Token, m *match, cl *clause) bool {
	g := cl.vEnd
	for g < cl.hi && toks[g].UPOS == "ADV" {
		g++
	}
	if g >= cl.hi || toks[g].XPOS != "VBG" {
		return false
	}
	first := -1
	for _, u := range m.used[:m.n] {
		if k := int(u[0]); k >= cl.vEnd && (first < 0 || k < first) {
			first = k
		}
	}
	if first <= g {
		return false
	}
	return len(a.c.d.Verbs(toks[g].Lemma)) > 0 || len(a.c.d.Verbs(toks[g].Form)) > 0
}

// planNouns are the nouns (upper-case lemmas) whose "to" infinitive says
// what they would do: "the decision to sell weapons", "plans to expel".
var planNouns = map[string]bool{
	"DECISION": true, "MOVE": true, "PLAN": true, "EFFORT": true, "ATTEMPT": true,
	"BID": true, "PROPOSAL": true, "OFFER": true, "THREAT": true, "PROMISE": true,
	"PLEDGE": true, "REFUSAL": true, "READINESS": true, "WILLINGNESS": true,
	"INTENTION": true, "PUSH": true, "CAMPAIGN": true, "RIGHT": true,
}

// pastPlanInfinitive reports a pattern match m for clause cl that uses a
// word after the verb past the "to" infinitive of a plan-like noun
// (planNouns) that the pattern does not itself name: "slammed the
// decision to sell weapons" matching WEAPON. A pattern that names the
// noun or the "to" ("- * PROPOSAL ... TALKS", "- * DEAL TO PURCHASE")
// reads the infinitive as its own.
func (a *article) pastPlanInfinitive(toks []model.Token, m *match, cl *clause) bool {
	last := -1
	for _, u := range m.used[:m.n] {
		if k := int(u[1]) - 1; k >= cl.vEnd && k > last {
			last = k
		}
	}
	for k := max(cl.vEnd, 1); k+1 < len(toks) && k < last; k++ {
		if !strings.EqualFold(toks[k].Form, "to") || toks[k+1].XPOS != "VB" || m.uses(k) {
			continue
		}
		if toks[k-1].UPOS == "NOUN" && planNouns[a.w.lem[k-1]] && !m.uses(k-1) {
			return true
		}
	}
	return false
}

// pastThat reports a pattern match m for clause cl whose first word after
// the verb lies past a "that" after the verb's object ("told reporters
// that Chile had agreed"), the tagger's relative pronoun too.
func pastThat(toks []model.Token, m *match, cl *clause) bool {
	first := -1
	for _, u := range m.used[:m.n] {
		if k := int(u[0]); k >= cl.vEnd && (first < 0 || k < first) {
			first = k
		}
	}
	for k := cl.vEnd; k < first; k++ {
		if strings.EqualFold(toks[k].Form, "that") && toks[k].UPOS != "DET" {
			return true
		}
	}
	return false
}

// cooperative reports a code of intent, consultation or support (CAMEO
// 03, 04, 05).
func cooperative(code string) bool {
	return strings.HasPrefix(code, "03") || strings.HasPrefix(code, "04") || strings.HasPrefix(code, "05")
}

// coordinatedAdjective reports a past participle at v right after "and"
// or "or" that follows a noun, with a noun or adjective after it: the
// second of two noun phrases ("armies and suspected weapons
// programmes"), whose participle describes its noun.
func coordinatedAdjective(toks []model.Token, v int) bool {
	if toks[v].XPOS != "VBN" || v < 2 || v+1 >= len(toks) || toks[v-1].UPOS != "CCONJ" || toks[v-2].UPOS != "NOUN" {
		return false
	}
	switch toks[v+1].UPOS {
	case "NOUN", "ADJ":
		return true
	}
	return false
}

// goesOn reports the word at k after "go on" that makes the phrase mean
// to continue or to happen, not a journey: a gerund ("has gone on
// blaming Peru"), a preposition other than one of direction ("what goes
// on in the army"), an adverb, a conjunction or the end of the clause.
func goesOn(toks []model.Token, k int) bool {
	if k >= len(toks) {
		return true
	}
	t := toks[k]
	switch t.UPOS {
	case "PUNCT", "ADV", "SCONJ", "CCONJ":
		return true
	case "ADP":
		switch strings.ToLower(t.Form) {
		case "to", "into", "towards", "toward":
			return false
		}
		return true
	}
	return t.XPOS == "VBG"
}

// positionPlaces are the words (upper-case) before "position" that make
// it a place troops hold, not a stance.
var positionPlaces = map[string]bool{
	"DEFENSIVE": true, "DEFENCE": true, "DEFENSE": true, "FORWARD": true, "FORTIFIED": true,
	"FIRING": true, "FIGHTING": true, "FRONT-LINE": true, "FRONTLINE": true, "ARTILLERY": true,
	"MILITARY": true, "ARMY": true, "BATTLE": true, "ENEMY": true,
}

// placedPosition reports a pattern match m that uses "position" after a
// word of positionPlaces: "maintained their defensive positions", "held
// forward positions" name ground troops hold, not a stance kept (the
// dictionary's MAINTAIN "- * POSITION" [124]) or backed (051).
func (a *article) placedPosition(m *match) bool {
	for _, u := range m.used[:m.n] {
		for k := int(u[0]); k < int(u[1]) && k < len(a.w.lem); k++ {
			if a.w.lem[k] == "POSITION" && k > 0 && positionPlaces[a.w.up[k-1]] {
				return true
			}
		}
	}
	return false
}
