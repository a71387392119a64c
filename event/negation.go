package event

// Negation: verbs negated, avoided, warned against or stopped short of,
// clauses and charges denied, and deeds asked not to be done.

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// negated looks for "not", "n't", "never" in the verb's auxiliaries, and
// for a governor that says the infinitive did not happen ("failed to
// respond").
func negated(toks []model.Token, v int) bool {
	if negatedAux(toks, v) {
		return true
	}
	// "failed to respond", "refused to meet".
	if g := governor(toks, v); g >= 0 && negLemmas[strings.ToUpper(toks[g].Lemma)] {
		return true
	}
	// "was unable to stop", "unwilling to criticise".
	if unableTo(toks, v) {
		return true
	}
	// "received no reply from Chile", "signed no agreement".
	if noObject(toks, v) {
		return true
	}
	// "avoid travelling to Japan", "refrained from attacking".
	return avoidedGerund(toks, v)
}

// unableLemmas (upper-case) are the adjectives that govern an infinitive
// that did not happen, as negLemmas are the verbs: "was unable to stop
// the smugglers", "has been unwilling to criticise Chile", "proved
// powerless to prevent the attack".
var unableLemmas = map[string]bool{"UNABLE": true, "UNWILLING": true, "POWERLESS": true}

// unableTo reports an infinitive at v (or one "and" joins to it) whose
// "to", past adverbs, follows an adjective of unableLemmas, or "able"
// negated ("was not able to", "has never been able to").
func unableTo(toks []model.Token, v int) bool {
	if w := joinedInfinitive(toks, v); w >= 0 {
		v = w
	}
	k := toBefore(toks, v)
	if k < 1 {
		return false
	}
	k = backOverAdverbs(toks, k-1)
	if k < 0 || toks[k].UPOS != "ADJ" {
		return false
	}
	l := strings.ToUpper(toks[k].Lemma)
	// "was not able to stop", "has never been able to".
	return unableLemmas[l] || l == "ABLE" && negatedAux(toks, k)
}

// noObject reports a verb at v whose object, right after it, opens with
// "no": the deed did not happen ("received no reply", "signed no
// agreement"). "no fewer than", "no more than", "no less than" count,
// they do not negate. After a verb of saying "no" opens what is said
// ("warned no country could attack Chile"), not a missing object.
func noObject(toks []model.Token, v int) bool {
	k := v + 1
	if k+1 >= len(toks) || !strings.EqualFold(toks[k].Form, "no") || sayLemmas[strings.ToUpper(toks[v].Lemma)] {
		return false
	}
	switch strings.ToLower(toks[k+1].Form) {
	case "fewer", "less", "more", "longer", "sooner":
		return false
	}
	return true
}

// avoidLemmas govern a gerund that does not happen: "avoid travelling",
// "refrain from attacking", "stopped sending", "ceased funding", "reject
// recognizing Israel", "opposed sending troops" (and "ruled out joining",
// ruleOut).
var avoidLemmas = map[string]bool{
	"AVOID": true, "REFRAIN": true, "STOP": true, "CEASE": true, "QUIT": true,
	"REJECT": true, "OPPOSE": true, "RESIST": true,
}

// avoidedGerund reports a gerund at v right after a verb of avoidLemmas,
// past adverbs and the "from" of "refrain from".
func avoidedGerund(toks []model.Token, v int) bool {
	return avoidVerb(toks, v) >= 0
}

// avoidVerb returns the verb of avoidLemmas a gerund at v follows (as
// avoidedGerund), or -1.
func avoidVerb(toks []model.Token, v int) int {
	if toks[v].XPOS != "VBG" {
		return -1
	}
	k := v - 1
	if k >= 0 && strings.EqualFold(toks[k].Form, "from") {
		k--
	}
	// "stopped short of condemning", "fell short of recognising".
	if k >= 2 && strings.EqualFold(toks[k].Form, "of") && strings.EqualFold(toks[k-1].Form, "short") {
		if l := strings.ToUpper(toks[k-2].Lemma); isVerb(toks[k-2]) && (l == "STOP" || l == "FALL") {
			return k - 2
		}
		return -1
	}
	// "ruled out joining the alliance": the particle of "rule out",
	// whichever tag it has.
	if k >= 1 && strings.EqualFold(toks[k].Form, "out") && ruleOut(toks, k-1) {
		return k - 1
	}
	k = backOverAdverbs(toks, k)
	if k >= 0 && isVerb(toks[k]) && (avoidLemmas[strings.ToUpper(toks[k].Lemma)] || ruleOut(toks, k)) {
		return k
	}
	return -1
}

// ruleOut reports "rule out" at k, a verb of the lemma RULE with "out"
// right after it: what is ruled out is not done.
func ruleOut(toks []model.Token, k int) bool {
	return k+1 < len(toks) && isVerb(toks[k]) && strings.EqualFold(toks[k].Lemma, "rule") && strings.EqualFold(toks[k+1].Form, "out")
}

// warnedAgainstLemmas govern a gerund after "against" that they advise
// against: "warned Chile against attacking Peru".
var warnedAgainstLemmas = map[string]bool{
	"WARN": true, "CAUTION": true, "ADVISE": true, "COUNSEL": true, "URGE": true,
}

// warnedAgainst reports a gerund at v after "against" whose verb, back
// over an object of at most five words, is one of warnedAgainstLemmas:
// what one is warned against has not been done.
func warnedAgainst(toks []model.Token, v int) bool {
	if toks[v].XPOS != "VBG" || v < 2 || !strings.EqualFold(toks[v-1].Form, "against") {
		return false
	}
	for j := v - 2; j >= 0 && j >= v-7; j-- {
		if isVerb(toks[j]) {
			return warnedAgainstLemmas[strings.ToUpper(toks[j].Lemma)]
		}
		if toks[j].Form == "," || toks[j].Form == ";" {
			return false
		}
	}
	return false
}

// unmetStop reports a gerund at v after a verb of avoidLemmas that is
// itself only asked for or warned of ("warned foreign powers to stop
// arming Peru", "urged Chile to stop shelling"), or said to be owed
// ("should stop arming", "must stop", "ought to stop"): the deed goes on, and
// its stopping has not happened; it is no more negated than done.
func unmetStop(toks []model.Token, v int) bool {
	k := avoidVerb(toks, v)
	if k < 0 || negatedAux(toks, v) {
		return false
	}
	// "the United States should stop arming Taiwan": a stopping one
	// says must happen has not either.
	if obliged(toks, k) || shouldBefore(toks, k) {
		return true
	}
	g := governor(toks, k)
	return g >= 0 && notYetLemmas[strings.ToUpper(toks[g].Lemma)]
}

// shouldBefore reports "should" or "ought to" right before the verb at
// v, past adverbs ("should stop", "ought now to stop").
func shouldBefore(toks []model.Token, v int) bool {
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		switch f := plainWord(toks[k].Form); {
		case f == "should" || f == "ought":
			return true
		case f == "to" && k > 0 && plainWord(toks[k-1].Form) == "ought", toks[k].UPOS == "ADV":
			continue
		}
		return false
	}
	return false
}

// negWord reports a plain word (plainWord) that negates the verb or
// predicate it stands before: "not", "n't", "never". Callers that also
// count "no", "neither" or "nor" add them (negatedAux, pledgedBy).
func negWord(f string) bool {
	switch f {
	case "not", "n't", "never":
		return true
	}
	return false
}

// negatedAux looks for a negWord, or "no", "neither" or "nor", in the
// verb's auxiliaries and adverbs ("has not met", "no longer supports").
func negatedAux(toks []model.Token, v int) bool {
	for k := v - 1; k >= 0 && k >= v-5; k-- {
		f := plainWord(toks[k].Form)
		if negWord(f) || f == "no" || f == "neither" || f == "nor" {
			return true
		}
		u := toks[k].UPOS
		if u != "AUX" && u != "ADV" && u != "PART" {
			break
		}
	}
	return false
}

// neitherNor reports a verb at v whose subject opens its clause with "not"
// or "neither" and joins its members with "nor" ("Not the U.S. nor its
// allies are preventing", "Neither Peru nor Chile attacked"): no one of
// them did it.
func neitherNor(toks []model.Token, lo, v int) bool {
	nor := false
	k := v - 1
	for ; k >= lo; k-- {
		f := plainWord(toks[k].Form)
		if f == "," || f == ";" || f == ":" || isFinite(toks[k]) && toks[k].UPOS != "AUX" {
			break
		}
		if f == "nor" {
			nor = true
		}
	}
	for k++; k < v && (isQuote(toks[k].Form) || toks[k].UPOS == "PUNCT"); k++ {
	}
	if !nor || k >= v {
		return false
	}
	f := plainWord(toks[k].Form)
	return f == "not" || f == "neither"
}

// invertedCondition reports a verb at v in a condition that puts
// "should" before its subject ("threats should China not accede", "should
// Peru refuse"), or "had" at the start of a clause before the subject of
// a participle ("Had Chile attacked Peru, ..."): an if-clause, whatever
// its negation.
func invertedCondition(toks []model.Token, v int) bool {
	subject := false
	for k := v - 1; k >= 0 && k >= v-6; k-- {
		if plainWord(toks[k].Form) == "should" {
			return subject
		}
		if plainWord(toks[k].Form) == "had" && subject && toks[v].XPOS == "VBN" && (k == 0 || toks[k-1].Form == "," || toks[k-1].Form == ";" || toks[k-1].UPOS == "CCONJ") {
			return true
		}
		switch toks[k].UPOS {
		case "PROPN", "NOUN", "PRON":
			subject = true
		case "DET", "ADJ", "ADV", "PART":
		default:
			return false
		}
	}
	return false
}

// disallowed reports an infinitive at v that a negated verb of allowing
// governs ("did not allow the rebels to launch attacks from its soil",
// "never let Chile use its ports"): what was not allowed was not done.
func disallowed(toks []model.Token, v int) bool {
	g := governor(toks, v)
	if g < 0 {
		g = letGovernor(toks, v)
	}
	return g >= 0 && allowLemmas[strings.ToUpper(toks[g].Lemma)] && negated(toks, g)
}

// allowLemmas are the verbs of allowing (upper-case lemmas).
var allowLemmas = map[string]bool{"ALLOW": true, "PERMIT": true, "LET": true}

// letGovernor returns the "let" that governs a bare infinitive at v over
// its object of at most five words ("did not let the rebels attack
// Chile", "refused to let Chile use its ports"), or -1: such an
// infinitive has no "to" for governor to find.
func letGovernor(toks []model.Token, v int) int {
	// The tagger may read the bare form as a present tense.
	if x := toks[v].XPOS; x != "VB" && x != "VBP" {
		return -1
	}
	for j := v - 1; j >= 0 && j >= v-6; j-- {
		f := toks[j].Form
		if f == "," || f == ";" || strings.EqualFold(f, "to") || toks[j].UPOS == "AUX" {
			return -1
		}
		if isVerb(toks[j]) {
			if strings.EqualFold(toks[j].Lemma, "let") {
				return j
			}
			return -1
		}
	}
	return -1
}

// deniedClause reports a verb at v whose clause is what a verb of denial
// says did not happen ("Bolivia denied that it had attacked Peru", "denied
// reports that its troops had attacked Peru"): its
// deed is negated on the denier's word, not claimed by it.
func (a *article) deniedClause(v int) bool {
	t := &a.t
	if !t.ok || v >= len(t.head) {
		return false
	}
	h := t.head[v]
	if h < 0 || h > v {
		return false
	}
	switch base(t.rel[v]) {
	case "ccomp":
		return a.w.lem[h] == "DENY"
	case "xcomp":
		// "Chile denied sending troops to Peru": the gerund a denial
		// takes is the deed it says was not done.
		return a.w.lem[h] == "DENY" && a.toks[v].XPOS == "VBG"
	case "acl":
		// "denied reports that its troops had attacked Peru".
		g := t.head[h]
		return g >= 0 && g < h && base(t.rel[h]) == "obj" && a.w.lem[g] == "DENY" && a.hasKid(v, "nsubj")
	}
	return false
}

// ownDenialPattern opens the pattern of a denial of one's own deed
// (ownDeedDenied), which a verb of saying with no pattern of its own
// reads through its "that" clause.
const ownDenialPattern = "<own deed denied> "

// ownDeedDenied returns the head of the clause of a verb of denial
// (DENY) at v, its "that" clause or the clause of the reports or claims
// it denies, whose subject is a personal pronoun or a noun a possessive
// pronoun owns ("denied that it had armed the rebels", "denies claims
// that its troops entered Peru"): the deed denied is the denier's own.
// It returns -1 for none. (DENY's own "- * REPORTS [016]" and the like
// already code a denial of reports.)
func (a *article) ownDeedDenied(toks []model.Token, v int) int {
	t := &a.t
	if !t.ok || v >= len(t.head) || a.w.lem[v] != "DENY" || negated(toks, v) {
		return -1
	}
	for _, c := range t.kids[v] {
		switch base(t.rel[c]) {
		case "ccomp":
			if a.pronounSubject(c) {
				return c
			}
		case "obj":
			for _, d := range t.kids[c] {
				if base(t.rel[d]) == "acl" && a.pronounSubject(d) {
					return d
				}
			}
		}
	}
	return -1
}

// deniedParty returns the first mention of ms, in the tokens [lo, hi)
// of the clause that a denial of one's own deed denies (clause.denied),
// of a country other than the denier's, ms[src] ("denied that its
// troops had entered Peruvian waters": Peru); -1 for none.
func deniedParty(ms []actor.Mention, src int, denied [2]int) int {
	lo, hi := denied[0], denied[1]
	own := actor.CountryOf(ms[src].Code)
	for i, m := range ms {
		if country := actor.CountryOf(m.Code); i != src && m.Start >= lo && m.Start < hi && country != "" && country != own {
			return i
		}
	}
	return -1
}

// pronounSubject reports a clause at v whose subject is a personal
// pronoun ("it", "they") or a noun with a possessive pronoun ("its
// troops", "their forces").
func (a *article) pronounSubject(v int) bool {
	t := &a.t
	for _, s := range t.kids[v] {
		if base(t.rel[s]) != "nsubj" {
			continue
		}
		if a.toks[s].XPOS == "PRP" {
			return true
		}
		for _, d := range t.kids[s] {
			if t.rel[d] == "nmod:poss" && a.toks[d].XPOS == "PRP$" {
				return true
			}
		}
		return false
	}
	return false
}

// chargeContent returns the charge noun (chargeNouns: "accusations",
// "allegations", "claims") whose "that" opens the clause of the verb at v
// ("accusations that Peru had armed the rebels"), a subject and
// auxiliaries at most between "that" and the verb, or -1.
func (a *article) chargeContent(toks []model.Token, v int) int {
	for k := v - 1; k >= 1 && k >= v-6; k-- {
		if strings.EqualFold(toks[k].Form, "that") {
			if n := k - 1; toks[n].UPOS == "NOUN" && chargeNouns[a.w.lem[n]] {
				return n
			}
			return -1
		}
		if isVerb(toks[k]) || toks[k].UPOS == "PUNCT" || toks[k].UPOS == "ADP" {
			return -1
		}
	}
	return -1
}

// chargeDenied reports a charge noun at n that is the object of a verb of
// denial (denyLemmas) right before it, articles, adjectives and
// possessives between ("rejected the accusations", "dismissed such
// claims").
func (a *article) chargeDenied(toks []model.Token, n int) bool {
	for k := n - 1; k >= 0 && k >= n-4; k-- {
		switch toks[k].UPOS {
		case "DET", "ADJ", "PRON", "ADV":
			continue
		}
		return isVerb(toks[k]) && denyLemmas[a.w.lem[k]] && !negatedAux(toks, k)
	}
	return false
}

// askedNotTo reports an infinitive at v after "not" (or "never") that a
// verb of asking, telling or planning governs ("advised its citizens not
// to travel to Chile", "urged Peru not to retaliate"): what one is asked
// not to do is asked, neither done nor denied.
func askedNotTo(toks []model.Token, v int) bool {
	if v < 2 || !strings.EqualFold(toks[v-1].Form, "to") {
		return false
	}
	if f := plainWord(toks[v-2].Form); f != "not" && f != "never" {
		return false
	}
	g := governor(toks, v)
	return g >= 0 && notYetLemmas[strings.ToUpper(toks[g].Lemma)]
}
