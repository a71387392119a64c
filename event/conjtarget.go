package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// conjunctTarget returns, for a verb at v that names no target and whose
// clause is a second verb joined to a first with the same subject, or
// what that second verb says or means to do ("China's ministry accused
// Lima of dumping and said it would take the case to the WTO", "Peru's
// minister met his Bolivian counterpart and signed a trade agreement"),
// the first verb's object when it is an actor of another country: the
// second deed follows from the first and is aimed at the same party.
// src is the verb's source and code its deed's. A cooperative deed (an
// intent, cooperation, aid or a concession: CAMEO 03 to 08) after a
// meeting, a call or talks is aimed at the other party of the meeting,
// however the first verb names it ("held talks with Bolivia and agreed
// to reopen the border"). It returns -1 otherwise.
func (a *article) conjunctTarget(ms []actor.Mention, v, src int, code string) int {
	t := &a.t
	if !t.ok || src < 0 || v < 0 || v >= len(t.head) {
		return -1
	}
	// Up from the verb through what a verb says or means ("said it
	// would take", "promised to sign") to the second of the joined verbs.
	x := v
	for n := 0; n < 2 && x >= 0 && base(t.rel[x]) != "conj"; n++ {
		switch base(t.rel[x]) {
		case "ccomp", "xcomp":
			x = t.head[x]
		default:
			return -1
		}
	}
	if x < 0 || base(t.rel[x]) != "conj" || t.hasSubject(x) {
		return -1
	}
	h := t.head[x]
	// A finite first verb, not one of saying, whose object is what was
	// said ("said U.S. drills had provoked Pyongyang and urged").
	if h < 0 || h > x || !isVerb(a.toks[h]) || isPassive(a.toks, h) {
		return -1
	}
	for _, c := range t.kids[h] {
		if base(t.rel[c]) == "ccomp" && c < x {
			return -1
		}
	}
	switch a.toks[h].XPOS {
	case "VBD", "VBZ", "VBP", "VBN":
	default:
		return -1
	}
	// The verb's own subject, if any, is the one both verbs share.
	if x != v {
		if s := t.nsubj(v); s >= 0 {
			if i := t.mentionAt(ms, s); i < 0 || ms[i].Code != ms[src].Code {
				return -1
			}
		}
	}
	if s := a.depSource(ms, h, false); s < 0 || ms[s].Code != ms[src].Code {
		return -1
	}
	// "said it would defend its islands": a deed on the source's own
	// thing is aimed at no one else.
	for _, c := range t.kids[v] {
		if t.rel[c] == "obj" && a.ownedBySource(ms, c, src) {
			return -1
		}
	}
	// "held talks with Bolivia and agreed to reopen the border", "met
	// his Bolivian counterpart and agreed": the other party of a
	// meeting coded at the first verb.
	if i := a.codedPartner(ms, h, src, meeting); i >= 0 && (cooperativeCode(code) || strings.HasPrefix(code, "08")) && i != src && !sameCountry(ms[src], ms[i]) && !selfEvent(ms[src], ms[i]) {
		return i
	}
	// "joined ECOWAS sanctions against Mali and closed the border": a
	// sanction or force after a sanction or force coded at the first
	// verb is aimed at the same party.
	if i := a.codedPartner(ms, h, src, punitive); i >= 0 && punitive(code) && i != src && !sameCountry(ms[src], ms[i]) && !selfEvent(ms[src], ms[i]) {
		return i
	}
	// The object itself, not an actor in words about it ("condemned
	// the attack on Mali"), nor "it"; or, whatever the parse made of it,
	// an actor right after the verb ("accused Lima of dumping steel")
	// that is no compound modifier of the object ("joined ECOWAS
	// sanctions against Mali and closed the border" closed it on Mali,
	// not on ECOWAS).
	i := -1
	for j, m := range ms {
		if m.Start == h+1 && base(t.rel[m.Head]) != "compound" {
			i = j
		}
	}
	for _, c := range t.kids[h] {
		if i >= 0 || t.rel[c] != "obj" {
			continue
		}
		for j, m := range ms {
			if m.Start <= c && c < m.End {
				i = j
			}
		}
	}
	// Not an actor the text names only through an earlier one ("the
	// preachers" of a country named before).
	if i < 0 || i == src || ms[i].Kind == actor.Pronoun || ms[i].Antecedent != (model.Span{}) || base(t.rel[ms[i].Head]) == "nsubj" || sameCountry(ms[src], ms[i]) || selfEvent(ms[src], ms[i]) {
		return -1
	}
	return i
}

// ownedBySource reports a noun at k whose possessor is a pronoun that
// stands for the source src ("its islands", "their border").
func (a *article) ownedBySource(ms []actor.Mention, k, src int) bool {
	t := &a.t
	for _, p := range t.kids[k] {
		if t.rel[p] != "nmod:poss" || a.toks[p].UPOS != "PRON" {
			continue
		}
		i := t.mentionAt(ms, p)
		return i < 0 || ms[i].Code == ms[src].Code
	}
	return false
}

// codedPartner returns the mention of ms that is the target of an event
// coded from the verb at h with src's actor as its source and a code kind
// accepts (a meeting, a call or talks: the party src's actor meets), or
// -1.
func (a *article) codedPartner(ms []actor.Mention, h, src int, kind func(code string) bool) int {
	for e := range a.codedAt(a.toks[h].Start) {
		if !kind(e.Code) || e.Source == nil || e.Target == nil || e.Source.Code != ms[src].Code {
			continue
		}
		for j, m := range ms {
			if m.Start < m.End && m.End <= len(a.toks) && a.toks[m.Start].Start == e.Evidence.Target.Start && m.Code == e.Target.Code {
				return j
			}
		}
	}
	return -1
}

// nextConjunctTarget returns, for a deed of coercion or force (CAMEO 17
// to 20) by armed forces, rebels or police at v that names no target and
// is joined by "and" to a second verb with no subject of its own, the
// second verb's object when it is an actor other than the source:
// "police fired tear gas and arrested dozens of traders" fired the gas
// at the traders. The deeds are one action against one party, the first
// naming only its means. Other sources are left alone: "goes into a war
// zone and evacuates its citizens" fights no one. It returns -1
// otherwise.
func (a *article) nextConjunctTarget(ms []actor.Mention, v, src int, code string) int {
	t := &a.t
	if !t.ok || src < 0 || v < 0 || v >= len(t.head) || !coercion(code) || !forceWielder(ms[src].Code) {
		return -1
	}
	// A finite first verb, as in conjunctTarget: a participle's
	// ("footage shows police using tear gas and beating protesters")
	// describes, and its deeds are coded from their own words.
	switch a.toks[v].XPOS {
	case "VBD", "VBZ", "VBP":
	default:
		return -1
	}
	for _, c := range t.kids[v] {
		if base(t.rel[c]) == "obj" && t.mentionAt(ms, c) >= 0 {
			// The first verb's object is an actor: its own target
			// or none, not the second verb's.
			return -1
		}
	}
	for _, x := range t.kids[v] {
		if base(t.rel[x]) != "conj" || x < v || !isVerb(a.toks[x]) || t.hasSubject(x) || isPassive(a.toks, x) {
			continue
		}
		for _, c := range t.kids[x] {
			if t.rel[c] != "obj" {
				continue
			}
			i := t.mentionAt(ms, c)
			if i < 0 || i == src || ms[i].Kind == actor.Pronoun || ms[i].Code == ms[src].Code || selfEvent(ms[src], ms[i]) {
				return -1
			}
			return i
		}
		return -1
	}
	return -1
}

// meeting reports a meeting, a call or talks (CAMEO 04).
func meeting(code string) bool { return strings.HasPrefix(code, "04") }

// punitive reports a sanction (CAMEO 16) or coercion and force (17 to
// 20).
func punitive(code string) bool { return strings.HasPrefix(code, "16") || coercion(code) }

// coercion reports a code of coercion or force (CAMEO roots 17 to 20).
func coercion(code string) bool {
	return strings.HasPrefix(code, "17") || force(code)
}

// forceWielder reports the code of those who wield force: a state's
// military or police, or rebels.
func forceWielder(code string) bool {
	return armedSide(code) || len(code) >= 6 && code[3:6] == "COP"
}
