package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// chargeLemmas hold someone to account for a deed named by a gerund after
// "of" or "for" (upper-case lemmas): "accused Iran of attacking",
// "condemned Russia for shelling", "blaming Pakistan for backing".
var chargeLemmas = map[string]bool{
	"ACCUSE": true, "BLAME": true, "CHARGE": true, "CONDEMN": true,
	"CRITICIZE": true, "CRITICISE": true, "DENOUNCE": true, "FAULT": true,
	"SUSPECT": true, "CONVICT": true, "INDICT": true, "REBUKE": true,
	"CENSURE": true, "REPRIMAND": true, "SLAM": true, "CHASTISE": true, "BLAST": true,
	"PUNISH": true, "SANCTION": true, "PENALISE": true, "PENALIZE": true,
}

// gerundDeed reports, for a gerund at v marked "of" or "for" that names
// the deed of the noun before it ("condemned Russia for shelling
// Ukrainian cities", "praised Qatar for mediating", "accused Indian
// troops of firing", "an officer accused of attacking"), the token of
// whoever did the deed and the verb that names it: the object of the
// governing verb, or the noun the gerund or its passive governing verb
// hangs on. It returns -1 where the parse says no such thing.
func (a *article) gerundDeed(v int) (doer, gov int) {
	t := &a.t
	if !t.ok || a.toks[v].XPOS != "VBG" || t.head[v] < 0 {
		return -1, -1
	}
	if r := base(t.rel[v]); r != "advcl" && r != "acl" {
		return -1, -1
	}
	marked := false
	for _, c := range t.kids[v] {
		switch base(t.rel[c]) {
		case "mark":
			marked = marked || a.w.up[c] == "OF" || a.w.up[c] == "FOR"
		case "nsubj", "csubj":
			return -1, -1
		}
	}
	if !marked {
		return -1, -1
	}
	h := t.head[v]
	if !isVerb(a.toks[h]) {
		// "accused Indian troops of firing": the gerund hangs on the
		// object it names the deed of.
		if t.rel[h] != "obj" || t.head[h] < 0 {
			return -1, -1
		}
		return h, t.head[h]
	}
	// "a former officer accused of attacking": the noun the passive
	// participle is on.
	if base(t.rel[h]) == "acl" && a.toks[h].XPOS == "VBN" && t.head[h] >= 0 {
		return t.head[h], h
	}
	// "Qatar was thanked for mediating": the passive's subject.
	passive := isPassive(a.toks, h)
	for _, c := range t.kids[h] {
		if t.rel[c] == "obj" || passive && t.rel[c] == "nsubj:pass" {
			return c, h
		}
	}
	return -1, -1
}

// chargedDeed reports a gerund at v that names the deed a charge holds
// its object to account for ("blaming Pakistan for backing militants"),
// and whether the charge has a subject of its own (an accuser). The charge
// is the accuser's event; the deed is only what the accuser says the
// accused did.
func (a *article) chargedDeed(v int) (charged, accuser bool) {
	// "accused Chile of stoking the unrest by arming the rebels": the
	// means of a charged deed is part of the charge too.
	if h := a.meansOf(v); h >= 0 {
		return a.chargedDeed(h)
	}
	_, gov := a.gerundDeed(v)
	if gov < 0 || !chargeLemmas[a.w.lem[gov]] {
		return false, false
	}
	return true, !isPassive(a.toks, gov) && !(base(a.t.rel[gov]) == "acl" && a.toks[gov].XPOS == "VBN")
}

// meansOf returns, for a gerund at v marked "by" that says how the
// gerund it hangs on was done ("stoking the unrest by arming the
// rebels"), that gerund; else -1.
func (a *article) meansOf(v int) int {
	t := &a.t
	if !t.ok || a.toks[v].XPOS != "VBG" || base(t.rel[v]) != "advcl" {
		return -1
	}
	h := t.head[v]
	if h < 0 || h > v || a.toks[h].XPOS != "VBG" || !a.markedWith(v, "BY") {
		return -1
	}
	return h
}

// chargeEffect returns, for a participle at v set off by a comma after
// a charge that names a deed ("accused Indian troops of firing across
// the Line of Control, wounding two villagers"), the accused who did the
// deed, or -1: what follows from the deed is theirs, not the accuser's.
func (a *article) chargeEffect(v int) int {
	t := &a.t
	if !t.ok || a.toks[v].XPOS != "VBG" || base(t.rel[v]) != "advcl" || !commaParticiple(a.toks, v) || t.hasSubject(v) || sayLemmas[a.w.lem[v]] {
		return -1
	}
	h := t.head[v]
	if h < 0 || !chargeLemmas[a.w.lem[h]] {
		return -1
	}
	for k := h + 1; k < v; k++ {
		if doer, gov := a.gerundDeed(k); gov == h && doer >= 0 {
			return doer
		}
	}
	return -1
}

// forceCode reports a code of CAMEO's coercion and force roots (17 to
// 20), the deeds a charge reports as events of their own, claimed by the
// accuser.
func forceCode(code string) bool {
	return len(code) >= 2 && code[:2] >= "17" && code[:2] <= "20"
}

// otherAgent reports a mention that is the "by" agent of a participle
// other than the verb at v, on a noun of v's clause ("exchanged
// prisoners in a swap mediated by Qatar", "held talks hosted by
// Turkey") or set off after the clause by a comma ("held talks in
// Geneva, mediated by Norway", however the parse hangs it): it acts in
// the participle's event, not in v's.
func (a *article) otherAgent(m actor.Mention, v int) bool {
	t := &a.t
	k := m.Head
	if !t.ok || k < 0 || k >= len(t.head) {
		return false
	}
	k = t.firstConjunct(k, 4)
	if t.rel[k] != "obl:agent" && !(base(t.rel[k]) == "obl" && t.caseOf(&a.w, k) == "BY") {
		return false
	}
	p := t.head[k]
	if p < 1 || p == v || a.toks[p].XPOS != "VBN" || !thirdParty[a.w.lem[p]] {
		return false
	}
	switch base(t.rel[p]) {
	case "acl":
		return true
	case "parataxis", "advcl":
		return a.toks[p-1].Form == "," && !t.hasSubject(p) && !a.hasKid(p, "aux") && !a.hasKid(p, "aux:pass")
	}
	return false
}

// thirdParty are the verbs (upper-case lemmas) whose agent stands
// outside the event it brings about between others: mediating,
// brokering, hosting or sponsoring talks, a swap, a deal.
var thirdParty = map[string]bool{
	"MEDIATE": true, "BROKER": true, "HOST": true, "SPONSOR": true,
	"FACILITATE": true, "CONVENE": true, "CHAIR": true, "ARRANGE": true,
}

// eventParties returns, for a passive participle at v on a noun that a
// verb governs ("exchanged prisoners in a swap mediated by Qatar",
// "held talks hosted by Turkey"), the mention of that verb's subject:
// who took part in what the participle's agent mediated or hosted. It
// returns -1 where the parse says no such thing.
func (a *article) eventParties(ms []actor.Mention, v int) int {
	t := &a.t
	g := a.participleNoun(v)
	if g < 0 {
		return -1
	}
	for n := 0; n < 4 && g >= 0 && !isVerb(a.toks[g]); n++ {
		switch base(t.rel[g]) {
		case "obj", "obl", "nmod":
			g = t.head[g]
		default:
			return -1
		}
	}
	if g < 0 || !isVerb(a.toks[g]) {
		return -1
	}
	return a.depSource(ms, g, isPassive(a.toks, g))
}

// participleNoun returns the noun a past participle at v is on: its head
// when the parse hangs it on a noun (acl), else, where the parse hung it
// elsewhere (as a modifier of a later noun: "a swap mediated by the
// UAE, officials said"), the noun right before it when "by" follows
// it. It returns -1 otherwise.
func (a *article) participleNoun(v int) int {
	t := &a.t
	if !t.ok || a.toks[v].XPOS != "VBN" {
		return -1
	}
	if base(t.rel[v]) == "acl" {
		return t.head[v]
	}
	if t.rel[v] == "amod" && v > 0 && a.toks[v-1].UPOS == "NOUN" && v+1 < len(a.toks) && strings.EqualFold(a.toks[v+1].Form, "by") {
		return v - 1
	}
	return -1
}

// agentParticiple reports a passive participle at v on a noun with a
// "by" agent of its own ("a swap mediated by Qatar", "the treaty,
// brokered by Norway").
func (a *article) agentParticiple(v int) bool {
	t := &a.t
	if !t.ok || a.toks[v].XPOS != "VBN" {
		return false
	}
	if t.rel[v] != "acl" {
		// A participle the parse hung elsewhere, right after its noun
		// and before its agent (participleNoun).
		return a.participleNoun(v) >= 0 && v+1 < len(a.toks) && strings.EqualFold(a.toks[v+1].Form, "by")
	}
	for _, c := range t.kids[v] {
		if t.rel[c] == "obl:agent" || base(t.rel[c]) == "obl" && t.caseOf(&a.w, c) == "BY" {
			return true
		}
	}
	return false
}

// warnedOf returns, for a threat or warning at v whose clause names no
// target, the first actor of another country than the source's named in
// its "that" clause ("warned that Japan would bear all the
// consequences"), or -1: what the threat says will befall is aimed at
// whom it names, not at the speaker's own ("warned that the country
// would never give up its deterrent").
func (a *article) warnedOf(ms []actor.Mention, v, src int) int {
	t := &a.t
	if !t.ok {
		return -1
	}
	// The "that" clause, or what a participle of speech on the threat
	// says ("threatened to strengthen its forces, saying Russia would
	// take countermeasures if NATO forces were deployed").
	var comps []int
	heads := []int{v}
	for _, c := range t.kids[v] {
		if base(t.rel[c]) == "xcomp" {
			heads = append(heads, c) // "threatened to strengthen ..., saying"
		}
	}
	for _, h := range heads {
		for _, c := range t.kids[h] {
			switch r := base(t.rel[c]); {
			case r == "ccomp" && h == v:
				comps = append(comps, c)
			case r == "advcl" && a.conditional(c):
				// "threatened to designate European armies as
				// terrorist groups if the bloc goes ahead": who the
				// condition is on is who is threatened.
				comps = append(comps, c)
			case r == "advcl":
				if sayLemmas[a.w.lem[c]] && a.toks[c].XPOS == "VBG" {
					for _, d := range t.kids[c] {
						if base(t.rel[d]) == "ccomp" {
							comps = append(comps, d)
						}
					}
				}
			}
		}
	}
	for _, c := range comps {
		lo, hi := t.span(c)
		for i, m := range ms {
			// A description is too loose a name for a country ("the
			// country" may be the speaker's own), not for an
			// organisation named before ("if the bloc goes ahead").
			if i == src || m.Head < lo || m.Head >= hi || m.Kind == actor.Pronoun || m.Kind == actor.Description && !strings.HasPrefix(m.Code, "IGO") || generic(m) || sameCountry(ms[src], m) || selfEvent(ms[src], m) {
				continue
			}
			return i
		}
	}
	return -1
}

// conditional reports a clause at c opened by "if" or "unless".
func (a *article) conditional(c int) bool {
	for _, d := range a.t.kids[c] {
		if d < c && base(a.t.rel[d]) == "mark" {
			switch strings.ToLower(a.toks[d].Form) {
			case "if", "unless":
				return true
			}
		}
	}
	return false
}

// aidedBefore returns, for aid (CAMEO 07) whose clause names no
// recipient ("The United States also resumed its food assistance"), the
// recipient of the article's latest aid by another source ("The WFP
// resumed food distributions in Ethiopia"), as a mention after the
// sentence's tokens (n) whose entry says it comes from context.
func (a *article) aidedBefore(src actor.Mention, cl *clause, n int) (actor.Mention, bool) {
	if !strings.HasPrefix(cl.code, "07") || cl.passive {
		return actor.Mention{}, false
	}
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := a.events[i]
		if ev.Root != "07" || ev.Source == nil || ev.Target == nil || ev.Source.Code == src.Code || sameCountryCode(ev.Target.Code, src.Code) {
			continue
		}
		return contextMention(*ev.Target, n, actor.FromContext, "the recipient of the latest aid ("+ev.Code+") by "+ev.Source.Code), true
	}
	return actor.Mention{}, false
}

// talksPartner returns, for talks halted (CAMEO 164) with no one named
// ("President Petro suspended the talks", "Trump scuttled the talks"),
// the other party of the article's latest consultation or negotiation
// (04) that the source, or its country with another country, held
// ("Colombia's government and the ELN resumed peace talks", "Washington
// and the Taliban had been holding direct talks"), as a mention after
// the sentence's tokens (n) whose entry says it comes from context.
func (a *article) talksPartner(src actor.Mention, cl *clause, n int) (actor.Mention, bool) {
	c := actor.CountryOf(src.Code)
	if cl.code != "164" || cl.passive || c == "" {
		return actor.Mention{}, false
	}
	// "Peru's talks with Bolivia collapsed": the partner the talks'
	// own phrase names, not the latest talks' partner.
	if m, ok := a.talksWith(src, cl); ok {
		return m, true
	}
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := a.events[i]
		if ev.Root != "04" || ev.Source == nil || ev.Target == nil {
			continue
		}
		sc, tc := actor.CountryOf(ev.Source.Code), actor.CountryOf(ev.Target.Code)
		var other *model.Actor
		switch {
		case ev.Source.Code == src.Code && ev.Target.Code != src.Code:
			other = ev.Target
		case ev.Target.Code == src.Code && ev.Source.Code != src.Code:
			other = ev.Source
		case sc == c && tc != "" && tc != c:
			other = ev.Target
		case tc == c && sc != "" && sc != c:
			other = ev.Source
		default:
			continue
		}
		return contextMention(*other, n, actor.FromContext, "the other party of the latest talks ("+ev.Code+") with "+src.Code), true
	}
	return actor.Mention{}, false
}

// talksWith returns, for talks halted whose subject is the talks
// themselves ("Peru's talks with Bolivia collapsed", "Colombia's talks
// with the ELN collapsed"), the actor other than src named right after
// "with" in the words between the talks and the verb.
func (a *article) talksWith(src actor.Mention, cl *clause) (actor.Mention, bool) {
	if a.si >= len(a.mentions) {
		return actor.Mention{}, false
	}
	ms := a.mentions[a.si]
	up := a.w.up
	talks := -1
	for j := max(cl.lo, 0); j < cl.v && j < len(up); j++ {
		switch {
		case a.w.lem[j] == "TALK" || a.w.lem[j] == "NEGOTIATION":
			talks = j
		case talks >= 0 && up[j] == "WITH" && j == talks+1:
			for _, m := range ms {
				if m.Start == j+1 || m.Start == j+2 && (up[j+1] == "THE" || up[j+1] == "A") {
					if m.Code == "" || m.Code == src.Code || m.Kind == actor.Pronoun {
						return actor.Mention{}, false
					}
					return m, true
				}
			}
		}
	}
	return actor.Mention{}, false
}

// defeatConceded returns, for a concession (CAMEO 08) of defeat that
// names no one it is conceded to ("Lai won ..., ahead of Hou, who
// conceded defeat"), the first actor its sentence names that is neither
// the source nor of the source's own code: the winner the sentence leads
// with.
func (a *article) defeatConceded(toks []model.Token, src actor.Mention, cl *clause) (actor.Mention, bool) {
	v := cl.v
	if !strings.HasPrefix(cl.code, "08") || cl.passive || a.w.lem[v] != "CONCEDE" || a.si >= len(a.mentions) {
		return actor.Mention{}, false
	}
	k := cl.vEnd
	for k < len(toks) && k < cl.vEnd+2 && (a.w.up[k] == "HIS" || a.w.up[k] == "HER" || a.w.up[k] == "THEIR" || a.w.up[k] == "ITS") {
		k++
	}
	if k >= len(toks) || a.w.lem[k] != "DEFEAT" {
		return actor.Mention{}, false
	}
	for _, m := range a.mentions[a.si] {
		if m.Start >= v {
			break
		}
		if m.Code == "" || m.Code == src.Code || m.Kind == actor.Pronoun || m.Start == src.Start {
			continue
		}
		return m, true
	}
	return actor.Mention{}, false
}

// forcesBefore returns, for violent protest (CAMEO 145) whose clause
// names no target ("people threw petrol bombs"), the source of the
// article's latest coercion or force (17, 18, 19) by the rioters'
// country's own police or military against people of that country
// ("besieged by police, who fired round after round of teargas at
// protesters"): the forces the crowd fights, as a mention after the
// sentence's tokens (n) whose entry says it comes from context.
func (a *article) forcesBefore(src actor.Mention, cl *clause, n int) (actor.Mention, bool) {
	c := actor.CountryOf(src.Code)
	if !strings.HasPrefix(cl.code, "145") || cl.rev != "" || cl.passive || c == "" {
		return actor.Mention{}, false
	}
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := a.events[i]
		if ev.Source == nil || ev.Target == nil || ev.Root != "17" && ev.Root != "18" && ev.Root != "19" {
			continue
		}
		sc := ev.Source.Code
		if sc == src.Code || actor.CountryOf(sc) != c || actor.CountryOf(ev.Target.Code) != c || !strings.HasSuffix(sc, "COP") && !strings.HasSuffix(sc, "MIL") {
			continue
		}
		return contextMention(*ev.Source, n, actor.FromContext, "the forces of the latest coercion or force ("+ev.Code+") against "+ev.Target.Code), true
	}
	return actor.Mention{}, false
}

// sameCountryCode reports two actor codes of one country.
func sameCountryCode(x, y string) bool {
	c := actor.CountryOf(x)
	return c != "" && c == actor.CountryOf(y)
}

// ofSide reports a code that is side's own or of side's country: the
// event of an actor aimed at it, or at its country, is aimed at side.
func ofSide(code, side string) bool {
	return code == side || sameCountryCode(side, code)
}

// complainedOf returns, for an official complaint (CAMEO 114), legal
// action (115) or refusal to yield (124) that names no one ("Tokyo
// lodged a protest through diplomatic channels", "would take the matter
// to the World Trade Organization", "has refused to withdraw her
// comments"), the source of the article's latest event aimed at the
// complaining actor's country by another country ("North Korea
// test-fired a missile over the Sea of Japan"), or rather its country,
// as a mention after the sentence's tokens (n) whose entry says it comes
// from context.
func (a *article) complainedOf(src actor.Mention, cl *clause, n int) (actor.Mention, bool) {
	c := actor.CountryOf(src.Code)
	if cl.code != "114" && cl.code != "115" && cl.code != "124" || cl.passive || c == "" {
		return actor.Mention{}, false
	}
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := a.events[i]
		if ev.Source == nil || ev.Target == nil || actor.CountryOf(ev.Target.Code) != c {
			continue
		}
		sc := actor.CountryOf(ev.Source.Code)
		if sc == "" || sc == c {
			continue
		}
		// Aimed at the country, not at whichever of its agents acted.
		m := contextMention(*ev.Source, n, actor.FromContext, "the country of the source of the latest event ("+ev.Code+") aimed at "+c)
		m.Code = sc
		return m, true
	}
	return actor.Mention{}, false
}

// membershipOf returns, for an appeal (CAMEO 02) for membership that
// names no organisation ("Finland applied for membership in May last
// year"), the last international organisation named in the sentences
// just before ("Finland formally joined NATO"), as a mention after the
// sentence's tokens (n) whose entry says it comes from context.
func (a *article) membershipOf(toks []model.Token, cl *clause, n int) (actor.Mention, bool) {
	if !strings.HasPrefix(cl.code, "02") || cl.passive {
		return actor.Mention{}, false
	}
	member := false
	for k := cl.vEnd; k < cl.hi && k < len(toks); k++ {
		member = member || a.w.lem[k] == "MEMBERSHIP"
	}
	if !member {
		return actor.Mention{}, false
	}
	for si := a.si - 1; si >= a.storyAt && si >= a.si-reactionReach; si-- {
		ms := a.mentions[si]
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if !strings.HasPrefix(m.Code, "IGO") || m.Kind == actor.Pronoun {
				continue
			}
			return movedToContext(m, n, "the organisation named before ("+m.Entry+")"), true
		}
	}
	return actor.Mention{}, false
}
