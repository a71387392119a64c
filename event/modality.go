package event

// Modality: plans, intentions, conditions, refusals, appeals and demands, which
// make an event hypothetical or recode it.

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/cameo"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// tryLemmas are verbs (upper-case lemmas) of trying or seeking to do
// what their infinitive says.
var tryLemmas = map[string]bool{"SEEK": true, "TRY": true, "ATTEMPT": true}

// triedPrevented reports, by a usable parse, a verb of trying at v, or
// the infinitive (or a verb joined to it) of one, whose
// subject was then prevented: the trying verb is a relative clause on
// the subject of a passive verb of preventing ("a bishop who sought to
// talk to protesters was prevented"), or is joined to one ("tried to
// meet them but were prevented"), or its infinitive governs one (a
// parse of the relative clause's form).
func (a *article) triedPrevented(v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	// The trying verb itself, whose pattern read its infinitive
	// ("sought to talk"), or the verb of the infinitive.
	g := v
	if !tryLemmas[a.w.lem[g]] {
		x := v
		if t.rel[x] == "conj" && t.head[x] >= 0 {
			x = t.head[x]
		}
		g = t.head[x]
		if t.rel[x] != "xcomp" || g < 0 || !tryLemmas[a.w.lem[g]] {
			return false
		}
	}
	prevented := func(p int) bool {
		return p >= 0 && stops(a.w.lem[p], keepsFrom) && isPassive(a.toks, p)
	}
	for _, c := range t.kids[g] {
		switch t.rel[c] {
		case "conj":
			if prevented(c) {
				return true
			}
		case "xcomp":
			// "a bishop who sought to talk to protesters were
			// prevented": the parse may hang the passive verb of
			// preventing on the infinitive.
			for _, d := range t.kids[c] {
				if prevented(d) {
					return true
				}
			}
		}
	}
	if t.rel[g] != "acl:relcl" {
		return false
	}
	n := t.head[g]
	for k := 0; k < 3 && n >= 0 && t.rel[n] == "conj"; k++ {
		n = t.head[n]
	}
	return n >= 0 && base(t.rel[n]) == "nsubj" && prevented(t.head[n])
}

// expectLemmas are verbs of expecting (upper-case lemmas).
var expectLemmas = map[string]bool{"EXPECT": true, "ANTICIPATE": true, "PREDICT": true, "FORESEE": true}

// expectsOthers reports a verb at v that, by a usable parse, expects
// something of an object ("expects producers to increase efficiency") or
// of a clause ("expects that prices will rise"), not of its subject.
func (a *article) expectsOthers(v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	obj, comp := false, false
	for _, c := range t.kids[v] {
		switch base(t.rel[c]) {
		case "obj":
			obj = true
		case "xcomp":
			comp = true
		case "ccomp":
			return true
		}
	}
	if obj && comp {
		return true
	}
	// The parse may hang the infinitive elsewhere: a noun phrase of at
	// most six words, then "to" and a bare verb.
	toks := a.toks
	for k := v + 2; k < len(toks) && k <= v+7; k++ {
		if strings.EqualFold(toks[k].Form, "to") {
			return k+1 < len(toks) && toks[k+1].XPOS == "VB"
		}
		if isVerb(toks[k]) || toks[k].UPOS == "PUNCT" || toks[k].UPOS == "ADP" {
			return false
		}
	}
	return false
}

// striveLemmas are verbs of fighting (upper-case lemmas) that also
// mean striving: "battle to win", "struggled to pay".
var striveLemmas = map[string]bool{"BATTLE": true, "FIGHT": true, "STRUGGLE": true, "WRESTLE": true, "GRAPPLE": true}

// decideLemmas are verbs of deciding (upper-case lemmas): bare, before an
// infinitive, what was decided is the event, not the decision.
var decideLemmas = map[string]bool{"DECIDE": true, "VOTE": true}

// strivesTo reports a verb at v that, by a usable parse, has no object
// and goes on to an infinitive of what its subject strives to do
// ("battle to win the election"), rather than to an opponent.
func (a *article) strivesTo(v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	for _, c := range t.kids[v] {
		if base(t.rel[c]) == "obj" {
			return false
		}
	}
	toks := a.toks
	k := v + 1
	if k < len(toks) && toks[k].UPOS == "ADV" {
		k++
	}
	return k+1 < len(toks) && strings.EqualFold(toks[k].Form, "to") && toks[k+1].XPOS == "VB"
}

// journeyLemmas are the travelLemmas of going somewhere, whose visit is
// to the place gone to.
var journeyLemmas = map[string]bool{
	"ARRIVE": true, "TRAVEL": true, "FLY": true, "COME": true, "GO": true, "JOURNEY": true, "TOUR": true,
}

// intentLemmas govern an infinitive their subject means to carry out:
// "hoped to visit", "agreed to hold talks", "is due to meet".
var intentLemmas = map[string]bool{
	"PLAN": true, "INTEND": true, "HOPE": true, "AGREE": true, "EXPECT": true,
	"WANT": true, "SEEK": true, "OFFER": true, "PROPOSE": true, "PREPARE": true,
	"DECIDE": true, "DUE": true, "AIM": true, "PLEDGE": true, "PROMISE": true,
}

// readyWord reports an adjective (lower-case) whose infinitive its
// subject means to carry out: one of pledgeAdjectives ("is ready to
// talk", "was willing to negotiate", "is prepared to talk") or "due",
// which schedules the deed without pledging it ("are due to meet"). It
// reads pledgeAdjectives rather than a copy of it, so that an adjective
// of readiness added there is an intent here too.
func readyWord(w string) bool {
	return w == "due" || pledgeAdjectives[w]
}

// intends reports an infinitive at v governed by a verb of intent, or by
// an adjective of readyWord ("are due to meet", "is ready to talk").
func intends(toks []model.Token, v int) bool {
	if v >= 2 && strings.EqualFold(toks[v-1].Form, "to") && readyWord(strings.ToLower(toks[v-2].Form)) {
		// "is not (yet) ready to meet" means no meeting.
		for k := v - 3; k >= 0 && k >= v-5; k-- {
			if negWord(plainWord(toks[k].Form)) {
				return false
			}
			if u := toks[k].UPOS; u != "ADV" && u != "PART" {
				break
			}
		}
		return true
	}
	g := governor(toks, v)
	if g < 0 || !intentLemmas[strings.ToUpper(toks[g].Lemma)] {
		return false
	}
	// "want Congress to investigate", "expects Chile to pay": an object
	// before "to" is whom the intent is of others; its deed is not its
	// own source's intent.
	k := g + 1
	for k < v && (toks[k].UPOS == "DET" || toks[k].UPOS == "ADJ" || toks[k].UPOS == "NUM") {
		k++
	}
	if k < v {
		switch toks[k].UPOS {
		case "NOUN", "PROPN", "PRON":
			return false
		}
	}
	return true
}

// scheduledVisit reports a visit (042) that its source will make, or is
// due to make, at a time named after the verb ("will visit Lima next
// week", "is due to travel to Quito on Monday", "will send a delegation
// to Quito next month", "is due to lead a trade mission to Peru and
// Chile next month"): a trip set for a day is the visit itself,
// hypothetical until it is made, not only an intent to meet (036). A
// meeting ("will meet again in Quito next month"), a hope or wish to go
// ("hopes to visit Lima soon") and a trip with no time ("would travel
// to Lima as soon as conditions allow") stay intents.
func (a *article) scheduledVisit(toks []model.Token, cl *clause, times []when.Expression) bool {
	v := cl.v
	if cl.code != "042" && !(cl.code == "036" && a.journeyObject(toks, cl)) || a.w.lem[v] == "MEET" {
		return false
	}
	due := v >= 2 && strings.EqualFold(toks[v-1].Form, "to") && strings.EqualFold(toks[v-2].Form, "due")
	if !due && !future(toks, v) || conditional(toks, v) {
		return false
	}
	return a.setTime(toks, v, times, toks[max(cl.hi-1, v)].End)
}

// journeyNouns are nouns (upper-case lemmas) of a party's journey
// somewhere, which a pattern may code as an intent to meet ("- *
// MISSION [036]").
var journeyNouns = map[string]bool{"MISSION": true, "DELEGATION": true, "TRIP": true, "VISIT": true, "TOUR": true}

// journeyObject reports a noun of a journey right after the verb of cl,
// past its determiners and modifiers, that goes "to" somewhere ("lead a
// trade mission to Peru").
func (a *article) journeyObject(toks []model.Token, cl *clause) bool {
	for k := cl.vEnd; k+1 < len(toks) && k < cl.vEnd+4; k++ {
		if journeyNouns[a.w.lem[k]] {
			return strings.EqualFold(toks[k+1].Form, "to")
		}
		if u := toks[k].UPOS; u != "DET" && u != "ADJ" && u != "NOUN" && u != "PROPN" {
			return false
		}
	}
	return false
}

// setTime reports a time expression of times after the verb at v,
// inside its clause (to byte offset hi), that no verb, subordinate
// clause, relative word or break comes before (timeInClause): the time
// the trip is set for, after a list of places ("will visit Lima and
// Quito next week") as after one. Unlike followingTime it lets "and"
// join the places and keeps a time before an event noun.
func (a *article) setTime(toks []model.Token, v int, times []when.Expression, hi int) bool {
	for _, x := range times {
		if x.Start < toks[v].End {
			continue
		}
		return x.End <= hi && timeInClause(toks, v, x, true)
	}
	return false
}

// future reports a verb at v marked for the future by its auxiliaries
// ("will meet", "would travel", "shall visit").
func future(toks []model.Token, v int) bool {
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		switch plainWord(toks[k].Form) {
		case "will", "would", "shall", "'ll", "wo":
			return true
		}
		if u := toks[k].UPOS; u != "AUX" && u != "ADV" && u != "PART" {
			return false
		}
	}
	return false
}

// perfectModal reports a verb at v after "have" among its auxiliaries
// ("would not have met", "will have left"): a deed looked back on.
func perfectModal(toks []model.Token, v int) bool {
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		if strings.EqualFold(toks[k].Form, "have") || strings.EqualFold(toks[k].Form, "'ve") {
			return true
		}
		if u := toks[k].UPOS; u != "AUX" && u != "ADV" && u != "PART" {
			return false
		}
	}
	return false
}

// conditional reports a verb at v whose future is only "would" in a
// sentence that reports no words ("To win the state, he would need the
// support of its voters"): a condition's consequence, not what its
// subject says it will do ("said it would impose sanctions").
func conditional(toks []model.Token, v int) bool {
	would := false
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		switch plainWord(toks[k].Form) {
		case "would", "wo", "'d":
			would = true
		case "will", "shall", "'ll":
			return false
		}
	}
	if !would {
		return false
	}
	for k := range toks {
		l := strings.ToUpper(toks[k].Lemma)
		if k != v && isVerb(toks[k]) && (sayLemmas[l] || intentLemmas[l]) || isQuote(toks[k].Form) {
			return false
		}
	}
	return true
}

// infinitiveOf reports an infinitive at v whose governing verb directly
// follows a subject ending at end: "Peru and Chile agreed to hold talks".
func infinitiveOf(toks []model.Token, end, v int) bool {
	g := governor(toks, v)
	return g >= 0 && adjacent(toks, end, g)
}

// specifyAppeal gives an unspecified appeal (020), demand (100) or
// threat (130) that the verb at g made in the current sentence the code
// of the deed it calls for or threatens (see appealCode, threatCode): "urged
// Chile to release the prisoners" is an appeal for release (0253),
// "called on Chile to lift sanctions" one for easing sanctions (0254),
// "threatened to cut ties with Chile" a threat to break relations
// (1313); lemma is the deed's verb ("threatened to attack Chile" is a
// threat of force, forceThreat).
func (a *article) specifyAppeal(toks []model.Token, g int, deed, lemma string) {
	a.recodeAt(toks, g, func(have string) string { return forceThreat(have, deed, lemma) })
}

// recodeAt gives each event that the verb at g made in the current
// sentence (codedAt) the code pick returns for its own, where pick
// returns one ("" keeps it).
func (a *article) recodeAt(toks []model.Token, g int, pick func(have string) string) {
	for e := range a.codedAt(toks[g].Start) {
		code := pick(e.Code)
		if code == "" {
			continue
		}
		key := eventKey(e.Source.Code, e.Target.Code, code, e.Date, e.Sentence)
		if a.seen[key] {
			continue
		}
		delete(a.seen, eventKey(e.Source.Code, e.Target.Code, e.Code, e.Date, e.Sentence))
		a.seen[key] = true
		e.Code, e.Plover = code, nil
		if c, ok := cameo.Lookup(code); ok {
			e.Root, e.Base, e.QuadClass, e.Goldstein = c.Root, c.Base, int(c.QuadClass), c.Goldstein
			if c.Plover.Event != "" {
				e.Plover = &model.Plover{Event: c.Plover.Event, Mode: c.Plover.Mode, Context: c.Plover.Context}
			}
		}
	}
}

// appealCode returns the appeal (root "02") or demand (root "10") for a
// deed, by the CAMEO codebook's matching entries, or "" for a deed no
// entry names or one whose verbs say too little to tell it (diplomatic
// cooperation, 05: "urged Turkey to approve the application"; a bare
// yield, 080; a bare 040 or a visit, which going somewhere may be too:
// "pressured Bolivia to leave the town"): talks (041, 044, 046) are
// 026/106, mediation (045) 028/108,
// material cooperation (06) 021/101 and their children, aid (07) 023/103
// and their children, political reform (083 and its children) 024/104
// and theirs, the named concessions (081, 082, 084-087) the children of
// 025/105.
func appealCode(root, deed string) string {
	full := deed
	if len(deed) > 3 {
		deed = deed[:3]
	}
	if len(deed) < 3 || root != "02" && root != "10" {
		return ""
	}
	// The 02 code of each entry; 10 has the same entries one apart.
	var c string
	switch {
	case deed == "083":
		// Political reform keeps its kind: resigning (0831) answers an
		// appeal for a change in leadership (0241), a new law (0834)
		// one for a change in institutions (0244).
		c = "024" + full[3:]
	case deed == "045":
		c = "028"
	case deed == "041", deed == "044", deed == "046":
		c = "026"
	case deed == "060", deed == "065", deed == "066":
		c = "021"
	case deed[:2] == "06":
		c = "021" + string(deed[2])
	case deed == "070", deed == "075":
		c = "023"
	case deed[:2] == "07":
		c = "023" + string(deed[2])
	case deed == "081" || deed == "082":
		c = "025" + string(deed[2])
	case deed >= "084" && deed <= "087":
		c = "025" + string(deed[2]-1)
	default:
		return ""
	}
	if root == "02" {
		return c
	}
	// 021 -> 101, 0213 -> 1013, 026 -> 106.
	return "10" + c[2:]
}

// conditionIn reports a sentence with a condition ("if", "unless")
// anywhere in it.
func conditionIn(toks []model.Token) bool {
	for _, t := range toks {
		if f := strings.ToLower(t.Form); f == "if" || f == "unless" {
			return true
		}
	}
	return false
}

// refusingVerb returns the verb by which the subject refuses the deed at
// v: the governor of its infinitive among the verbs of refusal that take
// one (refusalInfinitive: "refused to meet", "declined to release"), or the verb of
// rejection its gerund follows ("rejected joining the alliance", "ruled
// out releasing the prisoners"); else -1. Opposing or stopping a deed (avoidVerb's other
// verbs) refuses nothing asked of the subject.
func refusingVerb(toks []model.Token, v int) int {
	if g := governor(toks, v); g >= 0 && refusalInfinitive[strings.ToUpper(toks[g].Lemma)] {
		return g
	}
	if g := avoidVerb(toks, v); g >= 0 && (strings.EqualFold(toks[g].Lemma, "reject") || ruleOut(toks, g)) {
		return g
	}
	return -1
}

// refusalCode returns the rejection (12) that refusing a meeting,
// cooperation, aid or a concession (04-08) is, by the CAMEO codebook's
// matching entries, or "" for other codes: a meeting or negotiation
// (04) is 125, diplomatic cooperation (05) 120, material cooperation
// (06) 121 and its children, aid (07) 122 and its children, a
// concession (08) 124 and its children (a reform, 083, 123).
func refusalCode(code string) string {
	if len(code) > 3 {
		code = code[:3] // "release prisoners" (0841) is 084's
	}
	if len(code) < 3 {
		return ""
	}
	switch code {
	case "061":
		return "1211"
	case "062":
		return "1212"
	}
	switch code[:2] {
	case "04":
		return "125"
	case "05":
		return "120"
	case "06":
		return "121"
	}
	if code == "083" {
		return "123"
	}
	if c := aidOrConcessionChild(code, "122", "124"); c != "" {
		return c
	}
	switch code[:2] {
	case "07":
		return "122"
	case "08":
		return "124"
	}
	return ""
}

// intentCode returns the intent (03) that a meeting, mediation,
// cooperation, aid or concession (04, 050, 06, 07, 08) someone will
// or means to hold or give expresses, by the CAMEO codebook's matching
// entries, or "" for other codes: 045 mediate is 039, another 04 code
// 036; unspecified diplomatic cooperation (050, "will cooperate with")
// the unspecified intent to cooperate, 030; rallying support,
// recognition and a formal agreement (053, 054, 057) the intent to
// cooperate diplomatically, 032; 060-064 are 031 and its children, 070-074 033 and its children,
// 081-087 (and their children) the children of 035, 080 035. Asylum (075) and a 083 reform
// have no intent of their own here.
func intentCode(code string) string {
	switch {
	case code == "045":
		return "039"
	case strings.HasPrefix(code, "04"):
		return "036"
	}
	if len(code) > 3 {
		code = code[:3] // "release prisoners" (0841) is 084's
	}
	switch code {
	case "050":
		// "Peru will cooperate with Chile": the unspecified
		// cooperation's intent is the unspecified intent to cooperate.
		return "030"
	case "053", "054", "057":
		// "agreed to recognise Palestine", "pledged to restore
		// diplomatic relations", "will sign an agreement": rallying
		// support, recognition and agreements are the diplomatic
		// cooperation whose intent is 032.
		return "032"
	case "060":
		return "031"
	case "061", "062", "063", "064":
		return "031" + code[2:]
	case "070":
		return "033"
	case "080":
		return "035"
	}
	return aidOrConcessionChild(code, "033", "035")
}

// aidOrConcessionChild returns the child of aid, for an aid code
// (071-074), or of concession, for a concession code (081, 082,
// 084-087), that CAMEO numbers alike in the families of intent (033,
// 035) and rejection (122, 124): the same last digit, one less past
// 083, a reform, which both families code elsewhere (034, 123). ""
// for other codes.
func aidOrConcessionChild(code, aid, concession string) string {
	switch code {
	case "071", "072", "073", "074":
		return aid + code[2:]
	case "081", "082":
		return concession + code[2:]
	case "084", "085", "086", "087":
		return concession + string(code[2]-1)
	}
	return ""
}

// afterGoingTo reports an infinitive at v after "going to" ("is going to
// expel"): a future its subject means to bring about.
func afterGoingTo(toks []model.Token, v int) bool {
	return v >= 2 && goingTo(toks, v-2)
}

// demandSayers are the verbs (upper-case lemmas) of saying whose
// speaker, saying what an actor must do, demands it.
var demandSayers = map[string]bool{
	"SAY": true, "TELL": true, "ADD": true, "INSIST": true, "STRESS": true,
	"WRITE": true, "TWEET": true, "STATE": true, "ARGUE": true,
}

// mustDemand codes a deed that a speaker says an actor must do ("“Peru
// must withdraw its troops,” said Chile's foreign minister", "Chile's
// president said Peru must release the prisoners") as the speaker's
// demand of that actor: 100, or the demand for the deed where its code
// tells (appealCode: 1056, 1052), claimed on the speaker's word. A deed
// the actor must, or should, stop ("told Chile it should stop arming the
// rebels") is a demand (100) that it stop, whatever the deed. The
// speaker is a direct quote's (quoteSpeaker) or the subject of the verb
// of saying the clause completes; the actor is the deed's subject, not
// a pronoun, "we" or the speaker itself, and not a passive's.
func (a *article) mustDemand(s *model.Sentence, toks []model.Token, ms []actor.Mention, cl *clause, pairs [][2]int, says []say, times []when.Expression) {
	v := cl.v
	if cl.passive || cl.code == "" || a.c.stems {
		return
	}
	code := appealCode("10", cl.code)
	if k := stoppedAt(toks, v); k >= 0 {
		// "Chile should stop arming the rebels": the demand is that
		// the deed stop, which the deed's own code does not name.
		v, code = k, "100"
	} else if !obliged(toks, v) {
		return
	}
	if firstPerson(toks, cl.lo, v) || negated(toks, v) {
		return
	}
	sp := a.demandSpeaker(toks, ms, v, says)
	if sp < 0 {
		return
	}
	if code == "" {
		code = "100"
	}
	done := map[int]bool{}
	for _, p := range pairs {
		subj := p[0]
		if done[subj] || subj == sp || ms[subj].Kind == actor.Pronoun || ms[subj].Start > v || ms[subj].Code == ms[sp].Code {
			continue
		}
		done[subj] = true
		dcl := *cl
		dcl.code, dcl.rev, dcl.src, dcl.tgt = code, "", sp, subj
		dcl.pattern, dcl.rule = "<speaker> SAYS + MUST ["+code+"]", noRule
		attr := ms[sp].Actor
		date, x, hasX := a.date(toks, &dcl, times)
		a.emit(s, toks, &dcl, ms[sp], ms[subj], true, code, model.Claimed, &attr, date, x, hasX)
	}
}

// demandSpeaker returns the mention that says what the verb at v says
// must be done: a direct quote's speaker (quoteSpeaker), or the subject
// of the verb of saying (demandSayers) the clause completes ("said Chile
// has to release", "told Chile it must"); -1 for none or for one with no
// actor code.
func (a *article) demandSpeaker(toks []model.Token, ms []actor.Mention, v int, says []say) int {
	sp := a.quoteSpeaker(toks, ms, v, says)
	if sp < 0 && a.t.ok && !quotedAt(a.quotes, toks[v].Start) {
		h := a.t.head[v]
		// "said Chile has to release": the saying governs "has".
		if h >= 0 && (a.w.lem[h] == "HAVE" || a.w.lem[h] == "NEED") && h < v {
			h = a.t.head[h]
		}
		if h >= 0 && demandSayers[a.w.lem[h]] {
			for _, sv := range says {
				if sv.v == h {
					sp = sv.who
				}
			}
		}
	}
	if sp < 0 {
		sp = a.toldThat(toks, ms, v, says)
	}
	if sp < 0 || ms[sp].Code == "" {
		return -1
	}
	return sp
}

// toldThat returns, read in word order, the speaker of a verb of saying
// (demandSayers) whose "that" clause holds the verb at v ("told the
// Peruvian envoy that Chile must release", which a parse may hang on the
// envoy as a relative clause): the "that" stands within six words before
// v, right after the verb of saying or an actor it is told to right
// after that verb; -1 for none.
func (a *article) toldThat(toks []model.Token, ms []actor.Mention, v int, says []say) int {
	t := -1
	for k := v - 1; k >= 0 && k >= v-6; k-- {
		if strings.EqualFold(toks[k].Form, "that") {
			t = k
			break
		}
	}
	if t < 1 {
		return -1
	}
	h := t - 1
	for _, m := range ms {
		if m.End == t && m.Start > 0 && m.Start <= t-1 {
			h = m.Start - 1
			for h > 0 && (toks[h].UPOS == "DET" || toks[h].UPOS == "ADJ") {
				h--
			}
		}
	}
	if h < 0 || !isVerb(toks[h]) || !demandSayers[a.w.lem[h]] {
		return -1
	}
	for _, sv := range says {
		if sv.v == h {
			return sv.who
		}
	}
	return -1
}

// stoppingLemmas are the verbs (upper-case lemmas) of stopping a deed
// that an actor may be told it must or should do.
var stoppingLemmas = map[string]bool{"STOP": true, "CEASE": true, "QUIT": true, "END": true, "HALT": true}

// stoppedAt returns, for a gerund at v after a verb of stopping that
// "must", "has to", "needs to", "should" or "ought to" governs ("should
// stop arming", "must cease attacking"), that verb; else -1.
func stoppedAt(toks []model.Token, v int) int {
	k := avoidVerb(toks, v)
	if k < 0 || !stoppingLemmas[strings.ToUpper(toks[k].Lemma)] || !obliged(toks, k) && !shouldBefore(toks, k) {
		return -1
	}
	return k
}

// mustBefore reports "must" right before the verb at v, past adverbs
// ("must immediately end").
func mustBefore(toks []model.Token, v int) bool {
	k := backOverAdverbs(toks, v-1)
	return k >= 0 && strings.EqualFold(toks[k].Form, "must")
}

// obliged reports "must", or "have to" or "need to" in any form, right
// before the verb at v (past adverbs): "must withdraw", "has to
// release", "needed to apologise".
func obliged(toks []model.Token, v int) bool {
	if mustBefore(toks, v) {
		return true
	}
	j := v - 1
	for j >= 0 && toks[j].UPOS == "ADV" {
		j--
	}
	if j < 1 || !strings.EqualFold(toks[j].Form, "to") {
		return false
	}
	l := strings.ToUpper(toks[j-1].Lemma)
	return l == "HAVE" || l == "NEED"
}
