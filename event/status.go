package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// sayLemmas are the reporting verbs (upper-case lemmas): what follows them
// is someone's claim.
var sayLemmas = map[string]bool{
	"SAY": true, "TELL": true, "CLAIM": true, "ALLEGE": true, "ACCUSE": true,
	"REPORT": true, "ANNOUNCE": true, "INSIST": true, "DENY": true, "STATE": true,
	"ADD": true, "WARN": true, "ARGUE": true, "ASSERT": true, "BELIEVE": true,
	"WRITE": true, "TWEET": true, "CONFIRM": true, "NOTE": true, "STRESS": true,
	"SUGGEST": true, "MAINTAIN": true, "CONTEND": true, "ACKNOWLEDGE": true,
}

// reportOnly are the verbs (upper-case lemmas) that report what someone
// said, wrote or estimated without saying anything of their own: a plain
// statement (CAMEO 010) coded from them would only repeat the quotation
// or claim they introduce, so they code nothing unless a pattern makes
// them more specific ("described the move as 'illegal'" is 111).
var reportOnly = map[string]bool{
	"SAY": true, "TELL": true, "ADD": true, "WRITE": true, "TWEET": true,
	"NOTE": true, "STRESS": true, "STATE": true, "ESTIMATE": true,
	"EXPLAIN": true, "REPORT": true, "SPEAK": true, "DESCRIBE": true,
}

// notYetLemmas govern an infinitive that has not happened (yet): "threatened
// to cut", "calling for Iran to be held accountable".
var notYetLemmas = map[string]bool{
	"PLAN": true, "INTEND": true, "THREATEN": true, "WANT": true, "SEEK": true,
	"HOPE": true, "AIM": true, "VOW": true, "PLEDGE": true, "PROMISE": true,
	"EXPECT": true, "AGREE": true, "CALL": true, "URGE": true, "DEMAND": true,
	"ASK": true, "PROPOSE": true, "OFFER": true, "PREPARE": true, "WISH": true,
	"DECIDE": true, "PRESS": true, "APPEAL": true, "PUSH": true, "TRY": true,
	"ATTEMPT": true, "NEED": true, "WOULD": true, "LIKE": true,
	// "told the envoy to meet", "invited the president to visit": what
	// one is told, advised or invited to do has not happened.
	"TELL": true, "ADVISE": true, "ENCOURAGE": true, "INVITE": true, "REQUEST": true,
	// "warned foreign powers to stop arming Peru": what one is warned
	// to do has not happened either.
	"WARN": true,
	// "ordered the defendants to pay", "directed the army to withdraw":
	// what one is ordered to do has not happened by the order.
	"ORDER": true, "DIRECT": true, "INSTRUCT": true, "COMMAND": true,
}

// negLemmas govern an infinitive that did not happen.
var negLemmas = map[string]bool{"FAIL": true, "REFUSE": true, "DECLINE": true}

var modals = map[string]bool{
	"will": true, "would": true, "could": true, "may": true, "might": true,
	"should": true, "shall": true, "'ll": true, "must": true, "wo": true,
	"can": true,
}

// status decides an event's claim status and who it is attributed to.
func (a *article) status(toks []model.Token, ms []actor.Mention, cl *clause, says []say) (string, *model.Actor) {
	v := cl.v
	attr := a.attribution(toks, ms, cl, says)
	switch {
	case invertedCondition(toks, v), unmetStop(toks, v), askedNotTo(toks, v):
		return model.Hypothetical, attr
	case negated(toks, v), neitherNor(toks, cl.lo, v), a.deniedClause(v):
		return model.Negated, attr
	case a.hypothetical(toks, cl):
		return model.Hypothetical, attr
	case a.disputed(toks, cl):
		return model.Disputed, attr
	}
	// "Peru rejected accusations that it armed the rebels", "exposed to
	// charges that it favours Chile": what a charge says was done is
	// alleged, denied where the charge is.
	if k := a.chargeContent(toks, v); k >= 0 {
		if a.chargeDenied(toks, k) {
			return model.Negated, attr
		}
		return model.Disputed, attr
	}
	switch {
	case attr != nil:
		return model.Claimed, attr
	}
	return model.Asserted, nil
}

// plainWord returns a word lower-cased with its typographic apostrophes
// made plain, so that "n’t" and "’ll" read as "n't" and "'ll".
func plainWord(s string) string {
	return strings.ToLower(strings.ReplaceAll(s, "’", "'"))
}

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
	// "received no reply from Chile", "signed no agreement".
	if noObject(toks, v) {
		return true
	}
	// "avoid travelling to Japan", "refrained from attacking".
	return avoidedGerund(toks, v)
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
// recognizing Israel", "opposed sending troops".
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
	for k >= 0 && toks[k].UPOS == "ADV" {
		k--
	}
	if k >= 0 && isVerb(toks[k]) && avoidLemmas[strings.ToUpper(toks[k].Lemma)] {
		return k
	}
	return -1
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

// negatedAux looks for "not", "n't", "never" in the verb's auxiliaries.
func negatedAux(toks []model.Token, v int) bool {
	for k := v - 1; k >= 0 && k >= v-5; k-- {
		f := plainWord(toks[k].Form)
		switch f {
		case "not", "n't", "never", "no", "neither", "nor":
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

// governor returns the verb governing an infinitive at v ("threatened to
// cut", "asked France to expel"), or -1.
func governor(toks []model.Token, v int) int {
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

// attemptInfinitive reports an infinitive at v on a plan-like noun that a
// preposition opens, by word order ("in an attempt to force Chile", "in
// a bid to expel"), wherever the parse hangs it: a purpose, not a deed
// done.
func attemptInfinitive(toks []model.Token, v int) bool {
	k := v - 1
	for k >= 0 && toks[k].UPOS == "ADV" {
		k--
	}
	if k < 2 || !strings.EqualFold(toks[k].Form, "to") || toks[k-1].UPOS != "NOUN" || !notYetNouns[strings.ToUpper(toks[k-1].Lemma)] {
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
	return false
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

// disputed looks for a scare-quoted or distanced term in the clause. A
// statement, appeal, demand, disapproval, rejection or threat (CAMEO 01 to
// 13) quotes its source's own words ("called Iran's conduct \"a troubling
// precedent\"", "protest against what it called \"baseless\"
// accusations"): quotation marks and "what it called" in its clause are
// the speaker's, not the outlet's doubt, and only words such as
// "so-called" or "alleged" dispute it ("so-called" before a name only
// labels the name: "attributed the theft to the so-called Lazarus
// Group").
func (a *article) disputed(toks []model.Token, cl *clause) bool {
	lo, hi := toks[cl.v].Start, toks[max(cl.hi-1, cl.v)].End
	verbal := len(cl.code) >= 2 && cl.code[:2] < "14"
	for _, f := range a.framing {
		if verbal {
			continue
		}
		if f.Start >= lo && f.End <= hi && (f.Kind == "scare_quote" || f.Kind == "distancing") {
			return true
		}
	}
	// "the so-called Lazarus Group": "so-called" before a name labels
	// the name; it does not doubt the event.
	named := func(k int) bool {
		return k+1 < len(toks) && (toks[k+1].UPOS == "PROPN" || toks[k+1].Form != "" && toks[k+1].Form[0] >= 'A' && toks[k+1].Form[0] <= 'Z')
	}
	for k := cl.lo; k < cl.hi; k++ {
		switch strings.ToLower(toks[k].Form) {
		case "so-called":
			if !named(k) {
				return true
			}
		case "alleged", "allegedly", "purported", "purportedly", "supposed":
			return true
		case "called":
			// "so-called" split at its hyphen.
			if (k > 0 && (toks[k-1].Form == "-" || strings.EqualFold(toks[k-1].Form, "so") && toks[k-1].End == toks[k].Start) ||
				k > 1 && toks[k-1].Form == "-" && strings.EqualFold(toks[k-2].Form, "so")) && !named(k) {
				return true
			}
		}
	}
	return false
}

// attribution returns who an event is reported through: the speaker of a
// quotation holding the verb, a reporting verb's subject before it or
// after it, or "according to".
func (a *article) attribution(toks []model.Token, ms []actor.Mention, cl *clause, says []say) *model.Actor {
	v := cl.v
	pos := toks[v].Start
	for _, q := range a.quotes {
		if pos >= q.Start && pos < q.End && q.Speaker.Name != "" {
			if !q.Direct && a.besideCue(toks, says, q.Cue, v) {
				continue
			}
			x := model.Actor{Code: q.Speaker.Actor, Name: q.Speaker.Name, Country: q.Speaker.Country}
			if x.Code == "" {
				if i := a.namedSpeaker(ms, q); i >= 0 {
					x.Code, x.Country, x.Entry, x.Span = ms[i].Code, ms[i].Country, ms[i].Entry, ms[i].Span
				}
			}
			return &x
		}
	}
	for k := 0; k+2 < len(toks); k++ {
		if strings.EqualFold(toks[k].Form, "according") && strings.EqualFold(toks[k+1].Form, "to") {
			for _, m := range ms {
				if m.Start > k+1 && m.Start <= k+4 {
					x := m.Actor
					return &x
				}
			}
		}
	}
	if sayLemmas[a.w.lem[v]] && !strings.EqualFold(a.w.lem[v], "ACCUSE") {
		return nil
	}
	// "condemned Russia for shelling Ukrainian cities": the deed is the
	// word of who holds Russia to account.
	if _, gov := a.gerundDeed(v); gov >= 0 && chargeLemmas[a.w.lem[gov]] {
		if i := a.depSource(ms, gov, false); i >= 0 {
			x := ms[i].Actor
			return &x
		}
	}
	// So is what follows from the deed ("accused Indian troops of
	// firing ..., wounding two villagers").
	if a.t.ok && forceCode(cl.code) && a.chargeEffect(v) >= 0 {
		if i := a.depSource(ms, a.t.head[v], false); i >= 0 {
			x := ms[i].Actor
			return &x
		}
	}
	for i := len(says) - 1; i >= 0; i-- {
		sv := says[i]
		// With a usable parse, only what the reporting verb reports:
		// "announced the decision, ordering diplomats to leave" and
		// "announced the suspension and expelled advisers" are acts
		// beside the announcement, not its content.
		if a.t.ok && sv.v != v && !a.reports(sv.v, v) {
			continue
		}
		if sv.v < v {
			// "Beijing announced it was suspending talks": announcing
			// one's own act does it; no one else's word is needed.
			if a.w.lem[sv.v] == "ANNOUNCE" && a.t.ok {
				if s := a.depSource(ms, v, false); s >= 0 && s != sv.who && ms[s].Code == ms[sv.who].Code {
					return nil
				}
			}
			x := ms[sv.who].Actor
			return &x
		}
		// "..., Rama said." after the verb; "..., the health ministry
		// said." too, the words before the name being the speaker's.
		if sv.v > v && ms[sv.who].Start > v && (ms[sv.who].Start > sv.v || afterComma(toks, v, ms[sv.who].Start)) {
			if ownAnnouncement(toks, ms, cl, sv.v, sv.who) {
				return nil
			}
			x := ms[sv.who].Actor
			return &x
		}
	}
	// "..., the army said on Tuesday." and "..., said the health
	// ministry." close the sentence with who reports all of it, however
	// the parse hangs the report.
	if i, sv := closingSpeaker(toks, ms, v); i >= 0 {
		// "..., both companies announced": announcing one's own act
		// does it, as above.
		if ownAnnouncement(toks, ms, cl, sv, i) {
			return nil
		}
		x := ms[i].Actor
		return &x
	}
	// "..., witnesses said.", "..., according to diplomatic sources.":
	// a speaker no dictionary knows still makes it a claim, theirs.
	if lo, hi := uncodedSpeaker(toks, ms, v); lo >= 0 {
		var name []string
		for k := lo; k < hi; k++ {
			name = append(name, toks[k].Form)
		}
		return &model.Actor{Name: strings.Join(name, " ")}
	}
	return nil
}

// namedSpeaker returns the mention of the current sentence, outside the
// quote q, whose words are the speaker's name or part of it ("A
// spokesman for the Chilean army" said what q holds: the army's
// spokesman, CHLMIL), the one nearest the quote; -1 for none. The quotes
// a Coder is given name their speakers but need not code them.
func (a *article) namedSpeaker(ms []actor.Mention, q model.Quote) int {
	best, dist := -1, 0
	for i, m := range ms {
		sp := m.Span
		if m.Code == "" || sp.End > q.Start && sp.Start < q.End || sp.Start < 0 || sp.End > len(a.text) || sp.Start >= sp.End {
			continue
		}
		if !strings.Contains(q.Speaker.Name, a.text[sp.Start:sp.End]) {
			continue
		}
		d := q.Start - sp.End
		if sp.Start >= q.End {
			d = sp.Start - q.End
		}
		if best < 0 || d < dist {
			best, dist = i, d
		}
	}
	return best
}

// uncodedSpeaker returns the words lo to hi of a speaker that closes the
// sentence after the verb at v but names no actor: ", witnesses said",
// ", the report said on Friday", ", according to local sources". Its
// determiners are left out; the phrase ends with a noun, and nothing but
// words without a verb follow it (see closingSpeaker). It returns -1, -1
// if there is none.
func uncodedSpeaker(toks []model.Token, ms []actor.Mention, v int) (int, int) {
	hi := -1
	for k := len(toks) - 1; k > v+1; k-- {
		t := toks[k]
		if t.UPOS == "AUX" || strings.EqualFold(t.Form, "that") || t.Form == "\"" || t.Form == "“" || t.Form == "”" {
			return -1, -1
		}
		if strings.EqualFold(t.Form, "to") && strings.EqualFold(toks[k-1].Form, "according") && k-2 > v && toks[k-2].Form == "," {
			// ", according to local sources."
			end := k + 1
			for end < len(toks) && nounPhraseWord(toks[end]) && toks[end].XPOS != "IN" {
				end++
			}
			if end < len(toks) && toks[end].Form != "." {
				return -1, -1
			}
			return speakerWords(toks, ms, k+1, end)
		}
		if !isVerb(t) {
			continue
		}
		if !trailingLemmas[strings.ToUpper(t.Lemma)] {
			return -1, -1
		}
		hi = k
		break
	}
	if hi < 0 {
		return -1, -1
	}
	lo := hi
	for lo-1 > v && lo > hi-5 && nounPhraseWord(toks[lo-1]) && toks[lo-1].Form != "," {
		lo--
	}
	if lo-1 <= v || toks[lo-1].Form != "," {
		return -1, -1
	}
	return speakerWords(toks, ms, lo, hi)
}

// speakerWords trims the determiners off the speaker's words lo to hi and
// checks that they end with a noun and hold no actor.
func speakerWords(toks []model.Token, ms []actor.Mention, lo, hi int) (int, int) {
	for lo < hi && toks[lo].XPOS == "DT" {
		lo++
	}
	if lo >= hi || !strings.HasPrefix(toks[hi-1].XPOS, "NN") {
		return -1, -1
	}
	for _, m := range ms {
		if m.Start < hi && m.End > lo {
			return -1, -1
		}
	}
	return lo, hi
}

// ownAnnouncement reports a closing "..., both companies announced" at sv
// whose speaker ms[who] is of no country or of the country of one named
// before the verb in its clause ("Kenya and Uganda signed a pact, the two
// governments announced"): announcing one's own act does it; no one
// else's word is needed.
func ownAnnouncement(toks []model.Token, ms []actor.Mention, cl *clause, sv, who int) bool {
	if !strings.EqualFold(toks[sv].Lemma, "announce") {
		return false
	}
	sp := ms[who]
	if sp.Country == "" {
		return true
	}
	for _, m := range ms {
		if m.Start >= cl.lo && m.End <= cl.v && (m.Code == sp.Code || m.Country == sp.Country) {
			return true
		}
	}
	return false
}

// trailingLemmas are the reporting verbs (upper-case lemmas) of a
// sentence-closing attribution (", officials said."). Denying, believing
// and accusing are not plain reports.
var trailingLemmas = map[string]bool{
	"SAY": true, "TELL": true, "CLAIM": true, "ALLEGE": true, "REPORT": true,
	"ANNOUNCE": true, "INSIST": true, "STATE": true, "ADD": true, "WRITE": true,
	"TWEET": true, "CONFIRM": true, "ASSERT": true, "MAINTAIN": true,
}

// closingSpeaker returns the index in ms of the speaker of an
// attribution that closes the sentence after the verb at v: a comma,
// then the speaker and a reporting verb (", the health ministry said",
// ", a spokesman for the army told reporters") or the verb and the
// speaker (", said Amnesty International"), then nothing but words
// without a verb but a participle on a noun to the sentence's end (",
// ... said on Tuesday in a statement issued in Geneva.", trailingVerb).
// It returns the speaker and the reporting verb, or -1, -1.
func closingSpeaker(toks []model.Token, ms []actor.Mention, v int) (int, int) {
	sv := trailingVerb(toks, v)
	if sv < 0 {
		return -1, -1
	}
	for i, m := range ms {
		switch {
		case m.End == sv && m.Start > v && afterComma(toks, v, m.Start):
			return i, sv // ", the health ministry said"
		case sv > v+1 && toks[sv-1].Form == "," && m.Start > sv && nounPhraseGap(toks, sv+1, m.Start):
			return i, sv // ", said the health ministry"
		}
	}
	return -1, -1
}

// nounPhraseGap reports whether the tokens from lo up to hi are words that
// may open a noun phrase ("the", "a senior", "Nigeria's").
func nounPhraseGap(toks []model.Token, lo, hi int) bool {
	if hi-lo > 5 {
		return false
	}
	for k := lo; k < hi; k++ {
		if !nounPhraseWord(toks[k]) {
			return false
		}
	}
	return true
}

// nounPhraseWord reports a determiner, possessive, number, adjective or
// noun, or "for" and "of" that join one noun to another ("a spokesman
// for the ministry").
func nounPhraseWord(t model.Token) bool {
	switch {
	case t.XPOS == "DT" || t.XPOS == "PRP$" || t.XPOS == "POS" || t.XPOS == "CD":
		return true
	case strings.HasPrefix(t.XPOS, "JJ") || strings.HasPrefix(t.XPOS, "NN"):
		return true
	case t.XPOS == "IN" && (strings.EqualFold(t.Form, "for") || strings.EqualFold(t.Form, "of")):
		return true
	}
	return false
}

// afterComma reports whether the mention starting at token start opens a
// phrase that follows a comma after the verb at v: the comma right before
// it, or before a few words of the same noun phrase (", the health
// ministry said", ", a senior military spokesman said", ", a spokesman
// for the army said").
func afterComma(toks []model.Token, v, start int) bool {
	for k, n := start-1, 0; k > v && n <= 5; k, n = k-1, n+1 {
		switch t := toks[k]; {
		case t.Form == ",":
			return true
		case !nounPhraseWord(t):
			return false
		}
	}
	return false
}

// besideCue reports a verb at v that an indirect quotation's span holds
// but that its cue ("said") does not report by the parse ("said its
// fighters were responding ... and accused the military": the
// accusation is the spokesman's own act).
func (a *article) besideCue(toks []model.Token, says []say, cue string, v int) bool {
	if !a.t.ok {
		return false
	}
	for _, sv := range says {
		if sv.v != v && strings.EqualFold(toks[sv.v].Form, cue) {
			return !a.reports(sv.v, v)
		}
	}
	return false
}

// commaSpeaker reports a reporting verb at sv whose subject opens its
// clause right after a comma (", officials said").
func (a *article) commaSpeaker(sv int) bool {
	t := &a.t
	for _, c := range t.kids[sv] {
		if base(t.rel[c]) != "nsubj" || c > sv {
			continue
		}
		// The comma may hang on the subject itself (the parse's
		// choice of where punctuation attaches varies), so that the
		// subject's span opens with it.
		lo, _ := t.span(c)
		return a.toks[lo].Form == "," || lo > 0 && a.toks[lo-1].Form == ","
	}
	return false
}

// reports reports whether the verb at v is what the reporting verb at sv
// reports: in its complement ("said Iran had attacked", "said that",
// "accused X of attacking"), or the verb the report is a parenthesis to
// ("Iran attacked, Rama said").
func (a *article) reports(sv, v int) bool {
	t := &a.t
	if t.head[sv] == v {
		switch base(t.rel[sv]) {
		case "parataxis", "advcl", "conj":
			return true
		case "ccomp":
			// "Chile criticised Bolivia, officials said on Monday":
			// the parse may take the report after the comma for the
			// verb's complement.
			if sv > v && a.commaSpeaker(sv) {
				return true
			}
		}
	}
	for c, n := v, 0; c >= 0 && n < len(t.head); c, n = t.head[c], n+1 {
		// "said its fighters were responding ... and accused the
		// military": a past-tense verb the parse joins to a verb of
		// another form is joined to the reporting verb, beside it.
		if h := t.head[c]; h >= 0 && base(t.rel[c]) == "conj" && a.xpos(c) == "VBD" && a.xpos(h) != "VBD" && a.xpos(h) != "VBZ" && a.xpos(h) != "VBP" {
			return false
		}
		if t.head[c] != sv {
			continue
		}
		switch base(t.rel[c]) {
		case "ccomp", "parataxis", "csubj", "obj", "xcomp":
			return true
		case "nsubj":
			return a.secondSubject(sv, c, v)
		case "advcl", "acl":
			// "accused Iran of launching": a clause marked "of" or
			// "that" is the charge.
			for _, m := range t.kids[c] {
				if t.rel[m] == "mark" && (a.w.up[m] == "OF" || a.w.up[m] == "THAT") {
					return true
				}
			}
		}
		return false
	}
	return false
}

// date picks the event's time expression: the nearest one after the verb
// in its clause, else one before it in the clause, else one of a clause
// the verb's clause continues ("severed ties on Wednesday, accusing
// Tehran of ...": the accusation is Wednesday's), else any in the
// sentence, else the paragraph's explicit past date, else the story's day
// (see storyDay); failing all, the article's date. A verb in the present
// tense takes neither the paragraph's date nor the story's day: it tells
// of the time of writing. A time expression in
// a clause of its own below the verb dates that clause, not the verb
// ("accusing Tehran of orchestrating an attack in July": July is the
// attack's, not the accusation's; "attacked the ship that had docked on
// Monday").
func (a *article) date(toks []model.Token, cl *clause, times []when.Expression) (model.Date, when.Expression, bool) {
	heads := a.timeClauses(toks, times)
	asked := a.askedDeed(cl)
	own := func(i int) bool {
		if a.preNominalTime(toks, times[i], cl.v) {
			return false
		}
		return heads[i] < 0 || heads[i] != asked && !a.nestedClause(cl.v, heads[i])
	}
	vb := toks[cl.v].Start
	hiB := toks[max(cl.hi-1, cl.v)].End
	loB := toks[cl.lo].Start
	best := -1
	for i, x := range times {
		if x.Start >= vb && x.End <= hiB && own(i) {
			best = i
			break
		}
	}
	if best < 0 {
		for i, x := range times {
			if x.Start >= loB && x.End <= vb && own(i) {
				best = i
			}
		}
	}
	if best < 0 {
		best = a.governorTime(cl.v, heads)
	}
	if best < 0 {
		for i := range times {
			if own(i) {
				best = i
				break
			}
		}
	}
	if best >= 0 && a.laterThanArticle(toks, cl.v, times[best]) {
		return model.Date{}, when.Expression{}, false
	}
	if best >= 0 {
		x := times[best]
		return model.Day(x.From), x, true
	}
	if a.datedSubject(cl.v, times, heads) {
		// "The armistice signed in 1953 ended the fighting": the
		// subject is a deed of its own past time, so the verb tells of
		// history, not of the story's day; when is not known.
		return model.Date{}, when.Expression{}, false
	}
	if when.CountsFromBefore(a.text[loB:hiB]) {
		// "The army struck back the same day" with no day named
		// before: some other day than the article's, not known.
		return model.Date{}, when.Expression{}, false
	}
	if a.paraDate != nil && !a.present(cl.v) {
		x := *a.paraDate
		x.Reason = "inherited from the paragraph: " + x.Reason
		return model.Day(x.From), x, true
	}
	if a.storyDay != nil && !a.present(cl.v) {
		x := *a.storyDay
		x.Reason = "the story's day, from its lede: " + x.Reason
		return model.Day(x.From), x, true
	}
	if a.ref.IsZero() {
		return model.Date{}, when.Expression{}, false
	}
	return model.Day(a.ref), when.Expression{}, false
}

// datedSubject reports a time expression before the article's week that
// dates a participle on the subject of the verb at v, a noun of a deed ("The armistice
// signed in 1953", "The deal reached in 2015"), for a verb with no time
// of its own: the verb tells of that subject's history, so neither the
// paragraph's date nor the story's day is its date.
func (a *article) datedSubject(v int, times []when.Expression, heads []int) bool {
	t := &a.t
	if !t.ok || a.ref.IsZero() {
		return false
	}
	for i, x := range times {
		c := heads[i]
		if c < 0 || c == v || !when.Background(x, a.ref) {
			continue
		}
		// A participle on a noun of a deed, not a relative clause on a
		// person ("the minister, who was appointed in 2021, met ...":
		// the meeting is still the story's).
		if n := t.head[c]; n >= 0 && t.rel[c] == "acl" && t.head[n] == v && base(t.rel[n]) == "nsubj" &&
			eventNoun(strings.ToUpper(a.toks[n].Lemma)) != nounNone {
			return true
		}
	}
	return false
}

// preNominalTime reports a time expression that stands before an event
// noun after the verb at v and modifies it ("denied any role in the Nov.
// 13 bombing", "condemned Saturday's attack", "since the 2008 war",
// "condemned the 1990s conflict"): it dates that noun's event, not the
// verb's, unless the verb fights or wages it ("fought the 1990s war"). A time after the noun ("the
// attack on Monday") may be the verb's too, and dates it as before. The
// lemma is read from toks, as the words of the sentence may not be set
// yet (Coder.Code's setStoryDay).
func (a *article) preNominalTime(toks []model.Token, x when.Expression, v int) bool {
	t := &a.t
	k := a.expressionTop(toks, x)
	if k < 0 {
		return false
	}
	h := t.head[k]
	if h <= k || h <= v || h == v || toks[h].UPOS != "NOUN" {
		return false
	}
	l := strings.ToUpper(toks[h].Lemma)
	return (eventNoun(l) != nounNone || timedDeedNouns[l]) && !fightsNoun(toks, v)
}

// askedDeed returns, for an appeal, demand or threat (CAMEO 02, 10, 13),
// the deed it asks of its object (askedInfinitive), else -1.
func (a *article) askedDeed(cl *clause) int {
	if !addressing(cl.code) {
		return -1
	}
	return a.askedInfinitive(cl.v)
}

// askedInfinitive returns, for a verb at v with an object and an
// infinitive complement ("urged Peru to approve the bid before the
// summit in July", "told Chile to withdraw its troops by Friday"), that
// infinitive: the deed asked of the object, whose time is when it should
// be done, not when it was asked. Else -1 ("applied to join the EU in
// 2009" has no object: the time dates the application).
func (a *article) askedInfinitive(v int) int {
	t := &a.t
	if !t.ok || v < 0 || v >= len(t.kids) {
		return -1
	}
	obj, inf := false, -1
	for _, c := range t.kids[v] {
		switch base(t.rel[c]) {
		case "obj", "iobj":
			obj = true
		case "xcomp":
			if c > v && strings.HasPrefix(a.xpos(c), "VB") {
				inf = c
			}
		}
	}
	if !obj {
		return -1
	}
	return inf
}

// askLemmas are verbs (upper-case lemmas) that ask their object to do
// the deed of their infinitive: "urged Peru to approve", "asked Chile to
// withdraw".
var askLemmas = map[string]bool{
	"URGE": true, "ASK": true, "CALL": true, "PRESS": true, "TELL": true,
	"ORDER": true, "INSTRUCT": true, "INVITE": true, "ENCOURAGE": true,
	"WARN": true, "REQUEST": true, "PUSH": true,
}

// timeClauses returns, for each time expression, the head of the clause
// the parse puts it in: the nearest ancestor of the expression's top word
// that heads a clause; -1 where the parse is unusable or the expression
// lies outside toks.
func (a *article) timeClauses(toks []model.Token, times []when.Expression) []int {
	heads := a.timeHeads[:0]
	for _, x := range times {
		heads = append(heads, a.timeClause(toks, x))
	}
	a.timeHeads = heads
	return heads
}

func (a *article) timeClause(toks []model.Token, x when.Expression) int {
	t := &a.t
	k := a.expressionTop(toks, x)
	if k < 0 {
		return -1
	}
	for c, steps := t.head[k], 0; c >= 0 && steps < len(toks); c, steps = t.head[c], steps+1 {
		if a.headsClause(c) {
			return c
		}
	}
	return -1
}

// expressionTop returns the top word of the time expression x in the
// parse: its first token, then up its heads while they lie inside x; -1
// where the parse is unusable or x lies outside toks.
func (a *article) expressionTop(toks []model.Token, x when.Expression) int {
	t := &a.t
	if !t.ok {
		return -1
	}
	k := -1
	for i, tk := range toks {
		if tk.Start >= x.Start && tk.End <= x.End {
			k = i
			break
		}
	}
	if k < 0 {
		return -1
	}
	inside := func(i int) bool { return i >= 0 && toks[i].Start >= x.Start && toks[i].End <= x.End }
	for steps := 0; inside(t.head[k]) && steps < len(toks); steps++ {
		k = t.head[k]
	}
	return k
}

// headsClause reports a word that heads a clause: a verb's relation, a
// conjunct only if it is a verb ("on Monday and Tuesday" is no clause).
func (a *article) headsClause(c int) bool {
	r := base(a.t.rel[c])
	if r == "root" {
		return true
	}
	return verbal(r) && (r != "conj" || strings.HasPrefix(a.xpos(c), "VB"))
}

// nestedClause reports whether the clause headed by c lies below the
// predicate at v, in a clause of its own: not v's own clause, not a bare
// participle v's clause goes on with ("attacked the town, killing nine on
// Monday" is one event's time), not v's infinitive complement and not a
// clause on an event noun.
func (a *article) nestedClause(v, c int) bool {
	t := &a.t
	if c == v || !t.dominates(v, c) {
		return false
	}
	// "a cyberattack that disrupted services in August": a clause on an
	// event noun tells of that event.
	if !strings.HasPrefix(a.xpos(v), "VB") && t.head[c] == v && base(t.rel[c]) == "acl" {
		return false
	}
	if t.head[c] == v && base(t.rel[c]) == "advcl" && (a.xpos(c) == "VBG" || a.xpos(c) == "VBN") && a.t.caseOf(&a.w, c) == "" {
		return false
	}
	// "applied to join the EU in 2009": the parser hangs the time on
	// the infinitive as often as on the verb that governs it.
	if t.head[c] == v && base(t.rel[c]) == "xcomp" {
		return false
	}
	return true
}

// present reports a verb in the simple present or the present
// progressive ("Tehran denies", "are protesting"), which tells of the
// article's time, not of a past its paragraph dates.
func (a *article) present(v int) bool {
	if v >= len(a.toks) {
		return false
	}
	switch a.xpos(v) {
	case "VBZ", "VBP":
		return true
	case "VBG":
		for _, c := range a.t.kids[v] {
			if base(a.t.rel[c]) == "aux" && (a.xpos(c) == "VBZ" || a.xpos(c) == "VBP") {
				return true
			}
		}
	}
	return false
}

// governorTime returns the time expression of the nearest clause that the
// clause of v continues, through a participle, an infinitive or a
// conjunct ("severed ties on Wednesday, accusing ..."; "agreed on Monday
// to release"); -1 for none. Reported speech does not pass its time down:
// "said on Wednesday that Iran had attacked" dates the saying only.
func (a *article) governorTime(v int, heads []int) int {
	t := &a.t
	if !t.ok {
		return -1
	}
	for c, steps := v, 0; c >= 0 && steps < len(t.head); steps++ {
		switch base(t.rel[c]) {
		case "xcomp", "conj", "acl":
		case "advcl":
			// "met on Friday after Iran fired": a clause marked
			// "after", "before", "because" has a time of its own.
			if a.t.caseOf(&a.w, c) != "" {
				return -1
			}
		default:
			return -1
		}
		g := t.head[c]
		for i, h := range heads {
			if h == g {
				return i
			}
		}
		c = g
	}
	return -1
}

// notYetNouns are the nouns (upper-case lemmas) whose infinitive has not
// happened: "efforts to get Peru to expel".
var notYetNouns = map[string]bool{
	"EFFORT": true, "ATTEMPT": true, "BID": true, "PLAN": true, "PUSH": true,
	"CALL": true, "DEMAND": true, "PROPOSAL": true, "OFFER": true, "THREAT": true,
	"PLEDGE": true, "PROMISE": true, "HOPE": true, "REQUEST": true, "WISH": true,
	"INTENTION": true, "DESIRE": true, "CAMPAIGN": true, "PRESSURE": true,
}

// notYetAdjectives are the predicate adjectives (lower-case forms) whose
// infinitive has not happened: "is likely to face", "was eager to leave".
var notYetAdjectives = map[string]bool{
	"likely": true, "unlikely": true, "eager": true, "keen": true, "ready": true,
	"willing": true, "poised": true, "set": true, "determined": true, "due": true,
	"reluctant": true, "expected": true, "anxious": true,
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
	if !t.ok {
		return false
	}
	for c, n := v, 0; n < 4; n++ {
		h := t.head[c]
		if h < 0 {
			return false
		}
		switch base(t.rel[c]) {
		case "conj":
			if a.hasKid(c, "nsubj") {
				return false
			}
		case "xcomp":
			if notYetNouns[a.w.lem[h]] && toks[h].UPOS == "NOUN" ||
				toks[h].UPOS == "ADJ" && notYetAdjectives[strings.ToLower(toks[h].Form)] {
				return true
			}
			// "needs to complete an assessment before providing
			// aid": a clause below the infinitive of a verb of
			// trying, needing or asking.
			if c != v && isVerb(toks[h]) && notYetLemmas[a.w.lem[h]] {
				return true
			}
		case "advcl":
			// "is facing calls to resign", the infinitive of a
			// plan-like noun the parse hung on the noun's verb: it
			// has not happened either.
			if a.nounInfinitiveOf(toks, c, h) {
				return true
			}
			// "must consult Bolivia before sending aid": what is to
			// come before or until a deed under a modal is no more
			// done than that deed.
			if !a.participle(c) && !a.markedIf(c) && !a.markedBefore(c) {
				return false
			}
		case "ccomp":
			if a.subjunctive(toks, c, h) {
				return true
			}
			// "was told by Bolton, his superior, to go": an
			// infinitive the parse hangs on a verb of telling or
			// asking too far back for governor.
			if notYetLemmas[a.w.lem[h]] && isVerb(toks[h]) && a.infinitive(c) {
				return true
			}
			if sayLemmas[a.w.lem[h]] || reportOnly[a.w.lem[h]] {
				return false
			}
		case "acl":
			// "efforts to get Peru to expel": the infinitive of a
			// plan-like noun.
			if toks[h].UPOS == "NOUN" && notYetNouns[a.w.lem[h]] && a.infinitive(c) {
				return true
			}
			// "the idea that the U.S. is training them", "speculation
			// that Peru will attack": the content of a supposition.
			if toks[h].UPOS == "NOUN" && a.supposition(h) && h+1 < len(toks) &&
				strings.EqualFold(toks[h+1].Form, "that") && a.hasKid(c, "nsubj") {
				return true
			}
			return false
		default:
			return false
		}
		for _, x := range t.kids[h] {
			if base(t.rel[x]) == "aux" && modals[plainWord(toks[x].Form)] {
				return true
			}
		}
		c = h
	}
	return false
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
func (a *article) markedIf(k int) bool {
	for _, x := range a.t.kids[k] {
		if base(a.t.rel[x]) == "mark" && (a.w.up[x] == "IF" || a.w.up[x] == "UNLESS") {
			return true
		}
	}
	return false
}

// markedBefore reports a clause at k marked "before" or "until".
func (a *article) markedBefore(k int) bool {
	for _, x := range a.t.kids[k] {
		if base(a.t.rel[x]) == "mark" && (a.w.up[x] == "BEFORE" || a.w.up[x] == "UNTIL") {
			return true
		}
	}
	return false
}

// infinitive reports a clause at k marked "to".
func (a *article) infinitive(k int) bool {
	for _, x := range a.t.kids[k] {
		if base(a.t.rel[x]) == "mark" && a.w.up[x] == "TO" {
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
	case "acl":
		// "denied reports that its troops had attacked Peru".
		g := t.head[h]
		return g >= 0 && g < h && base(t.rel[h]) == "obj" && a.w.lem[g] == "DENY" && a.hasKid(v, "nsubj")
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

// likelyInfinitive reports an infinitive at v right after an adjective of
// notYetAdjectives, by word order ("is unlikely to attack Peru", "was
// eager to leave"), wherever the parse hangs it.
func likelyInfinitive(toks []model.Token, v int) bool {
	k := v - 1
	for k >= 0 && toks[k].UPOS == "ADV" {
		k--
	}
	if k < 1 || !strings.EqualFold(toks[k].Form, "to") {
		return false
	}
	k--
	for k >= 0 && toks[k].UPOS == "ADV" {
		k--
	}
	return k >= 0 && notYetAdjectives[strings.ToLower(toks[k].Form)]
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
	k := v - 1
	for k >= 0 && toks[k].UPOS == "ADV" {
		k--
	}
	if k < 2 || !strings.EqualFold(toks[k].Form, "to") {
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
