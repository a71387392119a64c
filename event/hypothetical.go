package event

// Hypothetical events: deeds only planned, attempted, feared, supposed or
// put under a modal, a condition or a subjunctive.

import (
	"slices"
	"strings"

	"github.com/casus-project/casus/model"
)

// governor returns the verb governing an infinitive at v ("threatened to
// cut", "asked France to expel"), or -1. An infinitive joined to an
// earlier one has that one's governor ("agreed to reopen the border and
// exchange prisoners", see joinedInfinitive).
func governor(toks []model.Token, v int) int {
	if w := joinedInfinitive(toks, v); w >= 0 {
		return governor(toks, w)
	}
	k := v - 1
	// "to \"jointly and severally pay\"": adverbs, joined ones too, and
	// an opening quotation mark.
	for k >= 0 && (toks[k].UPOS == "ADV" || toks[k].Form == "be" || toks[k].Form == "have" || isQuote(toks[k].Form) ||
		toks[k].UPOS == "CCONJ" && k > 0 && toks[k-1].UPOS == "ADV" && toks[k+1].UPOS == "ADV") {
		k--
	}
	if k < 0 || !strings.EqualFold(toks[k].Form, "to") {
		return -1
	}
	// "decided, with effect from today, to break off": back over an
	// aside set off by commas to the verb before it.
	if k > 2 && toks[k-1].Form == "," {
		for j := k - 2; j > 0 && j >= k-9; j-- {
			if toks[j].Form == "," {
				if isVerb(toks[j-1]) {
					return j - 1
				}
				break
			}
		}
	}
	// Back over an object of at most five words to the governing verb.
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if isVerb(toks[j]) || toks[j].UPOS == "AUX" && strings.EqualFold(toks[j].Lemma, "be") {
			return j
		}
		if toks[j].Form == "," || toks[j].Form == ";" {
			break
		}
	}
	return -1
}

// joinedInfinitive returns, for a base form at v that "and" or "or"
// joins to an earlier infinitive, with its own "to" or sharing the
// first's, that earlier infinitive, or -1: "agreed to reopen the border
// and exchange prisoners", "pledged to share intelligence and to hold
// talks", "to reopen the border, exchange prisoners and resume trade".
// Both are deeds of the one verb that governs the first; without this,
// the second's "to" would find the first, no governor, as its verb.
// Walking back over the first's object stops at any other verb but an
// earlier member of the list, so "Peru began to talk and Chile
// attacked" (no base form) and "said he wanted to stay and fight"
// (joined) differ as they should.
func joinedInfinitive(toks []model.Token, v int) int {
	if v < 3 || toks[v].XPOS != "VB" {
		return -1
	}
	k := v - 1
	if strings.EqualFold(toks[k].Form, "to") {
		k--
	}
	if k < 2 || toks[k].UPOS != "CCONJ" || !strings.EqualFold(toks[k].Form, "and") && !strings.EqualFold(toks[k].Form, "or") {
		return -1
	}
	for j := k - 1; j >= 1 && j >= k-10; j-- {
		t := toks[j]
		switch {
		case t.Form == ";" || t.Form == ":" || isQuote(t.Form):
			return -1
		case t.XPOS == "VB" && strings.EqualFold(toks[j-1].Form, "to"):
			return j
		case t.XPOS == "VB" && toks[j-1].Form == ",":
			// an earlier member of a list of infinitives
		case isVerb(t) && (t.XPOS == "VBN" || t.XPOS == "VBG") && j+1 < k && (toks[j+1].UPOS == "NOUN" || toks[j+1].UPOS == "ADJ"):
			// "the disputed valley": a participle on a noun
		case isVerb(t) || t.UPOS == "AUX":
			return -1
		}
	}
	return -1
}

// attemptInfinitive reports an infinitive at v on a plan-like noun that a
// preposition opens, by word order ("in an attempt to force Chile", "in
// a bid to expel"), wherever the parse hangs it: a purpose, not a deed
// done.
func attemptInfinitive(toks []model.Token, v int) bool {
	k := toBefore(toks, v)
	if k < 2 || toks[k-1].UPOS != "NOUN" || !notYetNouns[strings.ToUpper(toks[k-1].Lemma)] {
		return false
	}
	j := k - 2
	for j >= 0 && (toks[j].UPOS == "DET" || toks[j].UPOS == "ADJ") {
		j--
	}
	return j >= 0 && toks[j].UPOS == "ADP"
}

// hypothetical finds modals, plans and calls, and conditions.
func (a *article) hypothetical(toks []model.Token, cl *clause) bool {
	v := cl.v
	for k := v - 1; k >= 0 && k >= v-5; k-- {
		if modals[plainWord(toks[k].Form)] {
			return true
		}
		u := toks[k].UPOS
		if u != "AUX" && u != "ADV" && u != "PART" {
			break
		}
	}
	if attemptInfinitive(toks, v) || warnedAgainst(toks, v) || likelyInfinitive(toks, v) || ownedPlanInfinitive(toks, v) {
		return true
	}
	// "saw the request as tantamount to investigating Biden": a deed
	// something is likened to is not done.
	if toks[v].XPOS == "VBG" && v > 1 && strings.EqualFold(toks[v-1].Form, "to") && likenedAdjectives[strings.ToLower(toks[v-2].Form)] {
		return true
	}
	// "remains committed to carrying out attacks": a deed one is
	// committed, devoted or close to has not happened by saying so.
	// Cooperation one is committed to ("is committed to supporting the
	// Iraqi government") is what one does now.
	if toks[v].XPOS == "VBG" && v > 1 && strings.EqualFold(toks[v-1].Form, "to") {
		if w := strings.ToLower(toks[v-2].Form); pendingAdjectives[w] && (w == "close" || !cooperativeCode(cl.code)) {
			return true
		}
	}
	// "would have objected to Ukraine opening an investigation": a
	// gerund a verb under a modal governs through a preposition has not
	// happened either.
	if forbiddenGerund(toks, v) {
		return true
	}
	if g := gerundGovernor(toks, v); g >= 0 {
		for k := g - 1; k >= 0 && k >= g-3; k-- {
			if modals[plainWord(toks[k].Form)] {
				return true
			}
		}
	}
	if g := governor(toks, v); g >= 0 {
		l := strings.ToUpper(toks[g].Lemma)
		if notYetLemmas[l] || strings.EqualFold(toks[g].Form, "about") || goingTo(toks, g) {
			return true
		}
		// "Chile has to release the fishermen": what one has to do
		// now is not done ("had to flee" is).
		if l == "HAVE" && (toks[g].XPOS == "VBZ" || toks[g].XPOS == "VBP") {
			return true
		}
		for k := g - 1; k >= 0 && k >= g-3; k-- {
			if modals[plainWord(toks[k].Form)] {
				return true
			}
		}
		// "attacked Peruvian forces to compel them to withdraw": what
		// an infinitive of compelling or persuading, itself an
		// infinitive of purpose, would make someone do has not happened
		// ("managed to force Chile to withdraw" has).
		if compelLemmas[l] && toks[g].XPOS == "VB" {
			if gg := governor(toks, g); gg >= 0 && strings.ToUpper(toks[gg].Lemma) != "MANAGE" {
				return true
			}
		}
		// "tried to force Chile to withdraw its troops", "urged
		// Peru to help Chile rebuild": an infinitive whose governor is
		// itself tried, planned or called for.
		if gg := governor(toks, g); gg >= 0 && (notYetLemmas[strings.ToUpper(toks[gg].Lemma)] || negLemmas[strings.ToUpper(toks[gg].Lemma)]) {
			// "failed to persuade Chile to attack Peru" too.
			return true
		}
		// "pressure must continue for Damascus to allow the U.N. to
		// deliver aid": a modal on the governor's own governor.
		if gg := forGovernor(toks, g); gg >= 0 {
			for k := gg - 1; k >= 0 && k >= gg-3; k-- {
				if modals[plainWord(toks[k].Form)] {
					return true
				}
			}
		}
	}
	// "warned that Japan would bear all the consequences": what a threat
	// says would happen has not.
	if threat(cl.code) && a.t.ok {
		for _, c := range a.t.kids[v] {
			if base(a.t.rel[c]) != "ccomp" {
				continue
			}
			for _, x := range a.t.kids[c] {
				if base(a.t.rel[x]) == "aux" && modals[plainWord(toks[x].Form)] {
					return true
				}
			}
		}
	}
	if a.underModal(toks, v) {
		return true
	}
	// "calling for Iran to be held accountable". A finite verb is no
	// part of what is called for: "called for calm and urged Chile to",
	// "called for a probe of the strike that killed five".
	for k := v - 1; k >= 0 && k >= v-8 && !finite(toks[v]); k-- {
		if strings.EqualFold(toks[k].Form, "for") && k > 0 && notYetLemmas[strings.ToUpper(toks[k-1].Lemma)] {
			return true
		}
	}
	// A condition: "if" or "unless" before the verb in its clause.
	for k := v - 1; k >= cl.lo; k-- {
		f := strings.ToLower(toks[k].Form)
		if f == "," {
			break
		}
		if f == "if" || f == "unless" {
			return true
		}
	}
	return a.joinedToCondition(v)
}

// joinedToCondition reports a verb at v that the parse joins to a verb
// of an "if" or "unless" clause past a comma: a conjunct without a
// subject of its own ("If the quarrel spreads, and comes to involve
// Bolivia"), or the infinitive such a conjunct or the conditional verb
// takes. The condition covers it as it covers the verb it opens.
func (a *article) joinedToCondition(v int) bool {
	return a.upChain(v, func(c, _ int) link {
		switch base(a.t.rel[c]) {
		case "conj":
			if a.hasKid(c, "nsubj") {
				return linkNo
			}
		case "xcomp":
		case "advcl":
			if !a.infinitive(c) {
				return linkNo
			}
		default:
			return linkNo
		}
		return linkOn
	}, a.markedIf)
}

// link is what one step up a chain of clauses (upChain) decides: climb
// on, or stop with a yes or a no.
type link int

const (
	linkOn link = iota
	linkYes
	linkNo
)

// upChain walks from the verb at v up the parse through at most four
// heads, the one walk underModal and joinedToCondition share: step
// judges each word c and its head h, and a step that climbs on reports
// yes if at holds for h. Without a parse it reports no.
func (a *article) upChain(v int, step func(c, h int) link, at func(h int) bool) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	for c, n := v, 0; n < 4; n++ {
		h := t.head[c]
		if h < 0 {
			return false
		}
		switch step(c, h) {
		case linkYes:
			return true
		case linkNo:
			return false
		}
		if at(h) {
			return true
		}
		c = h
	}
	return false
}

// compelLemmas are verbs (upper-case lemmas) of making someone do
// something: "to force Chile to withdraw".
var compelLemmas = map[string]bool{
	"FORCE": true, "COMPEL": true, "PERSUADE": true, "CONVINCE": true,
	"PRESSURE": true, "COERCE": true, "INDUCE": true, "GET": true,
}

// forGovernor returns the verb governing an infinitive at v, across "for"
// and the infinitive's own subject ("continue for Damascus to allow"), or
// -1.
func forGovernor(toks []model.Token, v int) int {
	if g := governor(toks, v); g >= 0 {
		return g
	}
	k := v - 1
	if k < 0 || !strings.EqualFold(toks[k].Form, "to") {
		return -1
	}
	// Back over the subject, at most four words, to "for" and the verb
	// right before it.
	for j := k - 1; j >= 1 && j >= k-5; j-- {
		if strings.EqualFold(toks[j].Form, "for") {
			if isVerb(toks[j-1]) {
				return j - 1
			}
			return -1
		}
		if isVerb(toks[j]) || toks[j].Form == "," {
			return -1
		}
	}
	return -1
}

// finite reports a verb in the past or present tense (VBD, VBZ, VBP).
func finite(t model.Token) bool {
	switch t.XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return false
}

// notYetNouns are the nouns (upper-case lemmas) whose infinitive has not
// happened: "efforts to get Peru to expel".
var notYetNouns = map[string]bool{
	"EFFORT": true, "ATTEMPT": true, "BID": true, "PLAN": true, "PUSH": true,
	"CALL": true, "DEMAND": true, "PROPOSAL": true, "OFFER": true, "THREAT": true,
	"PLEDGE": true, "PROMISE": true, "HOPE": true, "REQUEST": true, "WISH": true,
	"INTENTION": true, "DESIRE": true, "CAMPAIGN": true, "PRESSURE": true,
	"PLOT": true, "SCHEME": true, "CONSPIRACY": true,
}

// notYetAdjectives are the predicate adjectives (lower-case forms) whose
// infinitive has not happened: "is likely to face", "was eager to leave".
// The adjectives of readiness ("ready", "willing", "prepared") are
// pledgeAdjectives; notYetAdjective reads both.
var notYetAdjectives = map[string]bool{
	"likely": true, "unlikely": true, "eager": true, "keen": true,
	"poised": true, "set": true, "determined": true, "due": true,
	"reluctant": true, "expected": true, "anxious": true,
}

// notYetAdjective reports a predicate adjective (a word's lower-case
// form) whose infinitive has not happened: one of notYetAdjectives, or
// one of pledgeAdjectives ("is ready to leave": not yet left).
func notYetAdjective(w string) bool {
	return notYetAdjectives[w] || pledgeAdjectives[w]
}

// underModal reports a verb at v that the parse puts under a modal, a
// plan or a likelihood further up than its own auxiliaries: a verb joined
// to one under a modal ("can hire workers and pay them better"), a
// participle or infinitive that continues it ("would double its output,
// going from ...", "may choose to buy less, thereby hurting"), what a
// modal verb's complement says ("could mean that producers pay more"), and
// the infinitive of a plan-like noun or adjective ("efforts to get Peru
// to expel", "is likely to face"). A conjunct with its own subject, and a
// clause marked by anything but "if" or "unless", is a fact of its own.
func (a *article) underModal(toks []model.Token, v int) bool {
	t := &a.t
	return a.upChain(v, func(c, h int) link {
		switch base(t.rel[c]) {
		case "conj":
			if a.hasKid(c, "nsubj") {
				return linkNo
			}
		case "xcomp":
			if notYetNouns[a.w.lem[h]] && toks[h].UPOS == "NOUN" ||
				toks[h].UPOS == "ADJ" && notYetAdjective(strings.ToLower(toks[h].Form)) {
				return linkYes
			}
			// "needs to complete an assessment before providing
			// aid": a clause below the infinitive of a verb of
			// trying, needing or asking.
			if c != v && isVerb(toks[h]) && notYetLemmas[a.w.lem[h]] {
				return linkYes
			}
		case "advcl":
			// "is facing calls to resign", the infinitive of a
			// plan-like noun the parse hung on the noun's verb: it
			// has not happened either.
			if a.nounInfinitiveOf(toks, c, h) {
				return linkYes
			}
			// "must consult Bolivia before sending aid": what is to
			// come before or until a deed under a modal is no more
			// done than that deed.
			if !a.participle(c) && !a.markedIf(c) && !a.markedBefore(c) {
				return linkNo
			}
		case "ccomp":
			if a.subjunctive(toks, c, h) {
				return linkYes
			}
			// "was told by Bolton, his superior, to go": an
			// infinitive the parse hangs on a verb of telling or
			// asking too far back for governor.
			if notYetLemmas[a.w.lem[h]] && isVerb(toks[h]) && a.infinitive(c) {
				return linkYes
			}
			if sayLemmas[a.w.lem[h]] || reportOnly[a.w.lem[h]] {
				return linkNo
			}
		case "acl":
			// "efforts to get Peru to expel": the infinitive of a
			// plan-like noun.
			if toks[h].UPOS == "NOUN" && notYetNouns[a.w.lem[h]] && a.infinitive(c) {
				return linkYes
			}
			// "the idea that the U.S. is training them", "speculation
			// that Peru will attack": the content of a supposition.
			if toks[h].UPOS == "NOUN" && a.supposition(h) && h+1 < len(toks) &&
				strings.EqualFold(toks[h+1].Form, "that") && a.hasKid(c, "nsubj") {
				return linkYes
			}
			return linkNo
		default:
			return linkNo
		}
		return linkOn
	}, func(h int) bool {
		for _, x := range t.kids[h] {
			if base(t.rel[x]) == "aux" && modals[plainWord(toks[x].Form)] {
				return true
			}
		}
		return false
	})
}

// nounInfinitiveOf reports an infinitive at c, under the verb at h, whose
// "to" comes right after a plan-like noun (notYetNouns) that is h's
// object: "facing calls to resign", "stepped up efforts to expel".
func (a *article) nounInfinitiveOf(toks []model.Token, c, h int) bool {
	t := &a.t
	for _, x := range t.kids[c] {
		if base(t.rel[x]) != "mark" || a.w.up[x] != "TO" || x != c-1 && !(x == c-2 && toks[c-1].XPOS == "RB") {
			continue
		}
		n := x - 1
		return n >= 0 && t.head[n] == h && base(t.rel[n]) == "obj" && toks[n].UPOS == "NOUN" && notYetNouns[a.w.lem[n]]
	}
	return false
}

// hasKid reports whether the word at k has a dependent with the base
// relation rel.
func (a *article) hasKid(k int, rel string) bool {
	for _, x := range a.t.kids[k] {
		if base(a.t.rel[x]) == rel {
			return true
		}
	}
	return false
}

// participle reports an unmarked -ing clause at k ("..., thereby hurting").
func (a *article) participle(k int) bool {
	if a.xpos(k) != "VBG" {
		return false
	}
	return !a.hasKid(k, "mark")
}

// markedIf reports a clause at k marked "if" or "unless".
func (a *article) markedIf(k int) bool { return a.markedWith(k, "IF", "UNLESS") }

// markedBefore reports a clause at k marked "before" or "until".
func (a *article) markedBefore(k int) bool { return a.markedWith(k, "BEFORE", "UNTIL") }

// infinitive reports a clause at k marked "to".
func (a *article) infinitive(k int) bool { return a.markedWith(k, "TO") }

// markedWith reports a clause at k that one of words (upper-case) marks
// as its subordinating word ("if", "to", "by").
func (a *article) markedWith(k int, words ...string) bool {
	for _, x := range a.t.kids[k] {
		if base(a.t.rel[x]) == "mark" && slices.Contains(words, a.w.up[x]) {
			return true
		}
	}
	return false
}

// supposed reports a verb at v whose clause is the "that" clause of a
// supposition noun ("the idea that the U.S. is training them",
// "speculation that Peru will threaten Chile"): what may be, whatever
// its code, not an intent or a threat its subject expressed.
func (a *article) supposed(toks []model.Token, v int) bool {
	t := &a.t
	if !t.ok || v >= len(t.head) || base(t.rel[v]) != "acl" || !a.hasKid(v, "nsubj") {
		return false
	}
	h := t.head[v]
	return h >= 0 && h+1 < len(toks) && toks[h].UPOS == "NOUN" && a.supposition(h) && strings.EqualFold(toks[h+1].Form, "that")
}

// supposedNouns (upper-case lemmas) name a supposition, whose "that"
// clause says what may be, not what is: "the idea that", "speculation
// that".
var supposedNouns = map[string]bool{
	"IDEA": true, "NOTION": true, "POSSIBILITY": true, "SPECULATION": true,
	"THEORY": true, "RUMOUR": true, "RUMOR": true, "SUGGESTION": true,
	"PROSPECT": true, "HYPOTHESIS": true, "SCENARIO": true, "FEAR": true,
	"SUSPICION": true, "CONSPIRACY": true,
}

// evidenceNouns (upper-case lemmas) name what would show a fact; with
// "no" they say it is not shown: "there is no evidence that Peru
// attacked", "showed no sign that".
var evidenceNouns = map[string]bool{
	"EVIDENCE": true, "SIGN": true, "INDICATION": true, "PROOF": true,
}

// supposition reports a noun at h whose "that" clause says what may be,
// not what is: one of supposedNouns, or one of evidenceNouns with "no".
func (a *article) supposition(h int) bool {
	if supposedNouns[a.w.lem[h]] {
		return true
	}
	if !evidenceNouns[a.w.lem[h]] {
		return false
	}
	for _, x := range a.t.kids[h] {
		if base(a.t.rel[x]) == "det" && a.w.up[x] == "NO" {
			return true
		}
	}
	return false
}

// mandativeLemmas are the verbs whose "that" clause may say, in the
// subjunctive, what someone wants done: "suggested that Peru resume".
var mandativeLemmas = map[string]bool{
	"SUGGEST": true, "PROPOSE": true, "DEMAND": true, "INSIST": true,
	"RECOMMEND": true, "URGE": true, "ASK": true, "REQUEST": true, "REQUIRE": true,
}

// subjunctive reports a clause at c, the complement of a mandative verb
// at h, whose verb is a bare base form with a subject of its own and no
// auxiliary ("demanded that Chile withdraw its envoy"): what it says is
// wanted, not done. A tense ("insisted that Chile withdrew") is a claim.
// A present participle without an auxiliary has no tense either: it is
// what the parse left of a base form it took for a noun ("suggested that
// Chile resume buying", "resume" the subject).
func (a *article) subjunctive(toks []model.Token, c, h int) bool {
	if !mandativeLemmas[a.w.lem[h]] || toks[c].XPOS != "VB" && toks[c].XPOS != "VBG" || !a.hasKid(c, "nsubj") {
		return false
	}
	return !a.hasKid(c, "aux") && !a.hasKid(c, "cop")
}

// gerundGovernor returns the verb that governs the gerund at v through a
// preposition, past the gerund's own subject of at most four words
// ("objected to Ukraine opening", "objected to opening"), or -1.
func gerundGovernor(toks []model.Token, v int) int {
	if toks[v].XPOS != "VBG" {
		return -1
	}
	k := v - 1
	for n := 0; k >= 0 && n < 4; n++ {
		if u := toks[k].UPOS; u != "PROPN" && u != "NOUN" && u != "DET" && u != "ADJ" && u != "PART" {
			break
		}
		k--
	}
	if k < 1 || toks[k].UPOS != "ADP" {
		return -1
	}
	k--
	for k >= 0 && (toks[k].UPOS == "ADV" || isQuote(toks[k].Form)) {
		k--
	}
	if k >= 0 && isVerb(toks[k]) {
		return k
	}
	return -1
}

// forbidLemmas are verbs (upper-case lemmas) that keep someone from the
// deed a gerund after "from" names: "are barred from selling arms",
// "banned Chilean firms from providing services".
var forbidLemmas = map[string]bool{
	"PROHIBIT": true, "BAR": true, "BAN": true, "FORBID": true, "PREVENT": true,
	"STOP": true, "BLOCK": true, "PRECLUDE": true, "RESTRICT": true, "DEBAR": true,
}

// forbiddenGerund reports a gerund at v after "from" whose governor is a
// verb of forbidding or preventing (forbidLemmas): the deed one is kept
// from has not happened by being forbidden ("U.S. firms are prohibited
// from providing services to the government" provides nothing).
func forbiddenGerund(toks []model.Token, v int) bool {
	if toks[v].XPOS != "VBG" {
		return false
	}
	k := backOverAdverbs(toks, v-1)
	if k < 1 || !strings.EqualFold(toks[k].Form, "from") {
		return false
	}
	// The verb, before any object it keeps from the deed ("banned
	// Chilean firms from").
	k--
	for n := 0; k >= 0 && n < 4; n++ {
		if u := toks[k].UPOS; u != "PROPN" && u != "NOUN" && u != "DET" && u != "ADJ" && u != "PRON" && u != "ADV" {
			break
		}
		k--
	}
	return k >= 0 && isVerb(toks[k]) && forbidLemmas[strings.ToUpper(toks[k].Lemma)]
}

// likenedAdjectives (lower-case forms) liken something to a deed they
// name by a gerund after "to": "tantamount to investigating".
// pendingAdjectives (lower-case) say that the deed a gerund after "to"
// names is still to come: "committed to carrying out attacks", "close to
// signing a deal".
var pendingAdjectives = map[string]bool{
	"committed": true, "dedicated": true, "devoted": true, "determined": true, "close": true,
}

var likenedAdjectives = map[string]bool{
	"tantamount": true, "equivalent": true, "akin": true, "similar": true,
	"analogous": true, "comparable": true, "equal": true,
}

// backOverAdverbs returns the last token at or before k that is no
// adverb ("must" from "immediately" in "must immediately end"), or -1.
func backOverAdverbs(toks []model.Token, k int) int {
	for k >= 0 && toks[k].UPOS == "ADV" {
		k--
	}
	return k
}

// toBefore returns the "to" of an infinitive at v, past any adverbs
// between ("to quickly end"), or -1.
func toBefore(toks []model.Token, v int) int {
	k := backOverAdverbs(toks, v-1)
	if k < 0 || !strings.EqualFold(toks[k].Form, "to") {
		return -1
	}
	return k
}

// likelyInfinitive reports an infinitive at v right after an adjective
// that notYetAdjective reads, by word order ("is unlikely to attack Peru", "was
// eager to leave"), wherever the parse hangs it.
func likelyInfinitive(toks []model.Token, v int) bool {
	k := toBefore(toks, v)
	if k < 1 {
		return false
	}
	k = backOverAdverbs(toks, k-1)
	return k >= 0 && notYetAdjective(strings.ToLower(toks[k].Form))
}

// refusalNouns (upper-case lemmas) name a deed not done: "Chile's refusal
// to negotiate".
var refusalNouns = map[string]bool{"REFUSAL": true, "FAILURE": true, "RELUCTANCE": true, "UNWILLINGNESS": true}

// ownedPlanInfinitive reports an infinitive at v on a plan-like noun or a
// noun of refusal that a possessive owns ("Chile's refusal to negotiate",
// "its bid to join"), or on a noun of refusal whose owner an "of" phrase
// names ("the failure of the Peruvian army to disarm the rebels"),
// wherever the parse hangs it.
func ownedPlanInfinitive(toks []model.Token, v int) bool {
	k := toBefore(toks, v)
	if k < 2 {
		return false
	}
	if refusalOf(toks, k) {
		return true
	}
	if toks[k-1].UPOS != "NOUN" {
		return false
	}
	if l := strings.ToUpper(toks[k-1].Lemma); !notYetNouns[l] && !refusalNouns[l] {
		return false
	}
	j := k - 2
	for j >= 0 && toks[j].UPOS == "ADJ" {
		j--
	}
	return j >= 0 && (toks[j].XPOS == "POS" || toks[j].XPOS == "PRP$")
}

// refusalOf reports a "to" at k that follows "the" and a noun of refusal
// with an "of" phrase of a few words naming its owner: "the failure of
// the Peruvian army to disarm".
func refusalOf(toks []model.Token, k int) bool {
	for j := k - 1; j >= 2 && j >= k-6; j-- {
		switch toks[j].UPOS {
		case "NOUN", "PROPN", "ADJ", "DET", "PART":
			continue
		case "ADP":
			if !strings.EqualFold(toks[j].Form, "of") || j == k-1 {
				return false
			}
			n := j - 1
			return toks[n].UPOS == "NOUN" && refusalNouns[strings.ToUpper(toks[n].Lemma)] && strings.EqualFold(toks[n-1].Form, "the")
		}
		return false
	}
	return false
}
