package event

// Subjects the parse gives wrongly or leaves out: the object of a verb of
// cause, time and event nouns, nouns as subjects, participles on an object.

import (
	"github.com/casus-project/casus/actor"
)

// causeLemmas move their object to act (upper-case lemmas): "prompting
// Tehran to threaten", "forced Russia to withdraw".
var causeLemmas = map[string]bool{
	"PROMPT": true, "FORCE": true, "COMPEL": true, "LEAD": true, "PUSH": true,
	"DRIVE": true, "SPUR": true, "CAUSE": true, "PRESSURE": true,
}

// promptedBy returns, for an infinitive at v whose governing verb is a
// cause with an object ("prompting Tehran to threaten"), that object's
// token, or, for one the parse gave that object as its own subject,
// the subject's (promptedSubject); else -1.
func (a *article) promptedBy(v int) int {
	t := &a.t
	if !t.ok {
		return -1
	}
	if !t.infinitive(&a.w, v) {
		return a.promptedSubject(v)
	}
	h := t.head[v]
	if h < 0 || h > v || !causeLemmas[a.w.lem[h]] {
		return -1
	}
	switch base(t.rel[v]) {
	case "advcl", "xcomp":
	default:
		return -1
	}
	// The parse may call the one moved an indirect object ("prompting
	// Lima[iobj] to threaten"): a verb of cause has but the one.
	for _, c := range t.kids[h] {
		if (t.rel[c] == "obj" || t.rel[c] == "iobj") && c < v {
			return c
		}
	}
	return -1
}

// promptedSubject returns, for an infinitive at v whose subject's words
// (but for adjectives and articles) come right after a verb of cause ("prompting President Smith to
// renew", parsed with the name the infinitive's subject and the
// infinitive hung elsewhere), that subject's token, else -1.
func (a *article) promptedSubject(v int) int {
	t := &a.t
	if !a.infinitive(v) {
		return -1
	}
	for _, c := range t.kids[v] {
		if base(t.rel[c]) != "nsubj" || c > v {
			continue
		}
		// The name's modifiers may be parsed outside it ("prompting
		// Peruvian President Dina Boluarte", "Peruvian" hung apart).
		lo, _ := t.span(c)
		p := lo - 1
		for p >= 0 && lo-p <= 3 && (a.toks[p].UPOS == "ADJ" || a.toks[p].UPOS == "DET") {
			p--
		}
		if p >= 0 && causeLemmas[a.w.lem[p]] && isVerb(a.toks[p]) {
			return c
		}
		return -1
	}
	return -1
}

// timeNouns are spans of time (upper-case lemmas) a clause of time can
// hang on: "days after accusing", "hours before meeting".
var timeNouns = map[string]bool{
	"MINUTE": true, "HOUR": true, "DAY": true, "WEEK": true, "MONTH": true, "YEAR": true,
}

// timeSpan reports a clause at v marked "after", "before" or "since"
// that the parse hangs on a span of time ("days after accusing").
func (a *article) timeSpan(v int) bool {
	t := &a.t
	h := t.head[v]
	if h < 0 || base(t.rel[v]) != "acl" || !timeNouns[a.w.lem[h]] || t.hasSubject(v) {
		return false
	}
	for _, c := range t.kids[v] {
		if t.rel[c] == "mark" {
			switch a.w.up[c] {
			case "AFTER", "BEFORE", "SINCE":
				return true
			}
		}
	}
	return false
}

// eventNouns name acts (upper-case lemmas) that may be a verb's subject:
// "the attack killed", "the drills provoked", "the measures target". A
// statement is not among them: what it does is said by whoever issued
// it ("A Peruvian foreign ministry statement accused Bolivia" is Peru's
// government accusing), as a report's is.
var eventNouns = map[string]bool{
	"ATTACK": true, "STRIKE": true, "OFFENSIVE": true, "RAID": true, "INVASION": true,
	"DRILL": true, "EXERCISE": true, "VISIT": true, "TALK": true, "DECISION": true,
	"MOVE": true, "MEASURE": true, "SANCTION": true, "RESOLUTION": true, "PLAN": true,
	"BAN": true, "DEAL": true, "AGREEMENT": true, "PROPOSAL": true,
	// "the Peru war has hampered Chilean trade": a war, a crisis or
	// a blockade named after a country is no deed of that country's.
	"WAR": true, "CONFLICT": true, "CRISIS": true, "DISPUTE": true,
	"BLOCKADE": true, "EMBARGO": true, "OCCUPATION": true, "CRACKDOWN": true,
}

// eventSubject reports a verb at v whose subject is a noun naming an act
// with no actor of its own ("a Chinese attack", "U.S. military drills"):
// the actor only modifies it.
func (a *article) eventSubject(ms []actor.Mention, v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	c := t.nsubj(v)
	if c < 0 || !eventNouns[a.w.lem[c]] || a.toks[c].UPOS != "NOUN" {
		return false
	}
	return holding(ms, c) < 0
}

// actSubject reports a verb at v that has, or takes from the clause it
// is coordinated with or a participle of, a subject naming an act
// (eventSubject): "the strikes had killed civilians and hit a hospital",
// "a Chinese attack could constitute a threat, allowing its forces to
// act" name no doer of "hit" or "allowing".
func (a *article) actSubject(ms []actor.Mention, v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	for n := 0; n < 4 && v >= 0; n++ {
		if a.eventSubject(ms, v) {
			return true
		}
		if t.hasSubject(v) {
			return false
		}
		switch base(t.rel[v]) {
		case "conj":
		case "advcl":
			if x := a.toks[v].XPOS; x != "VBG" && x != "VBN" {
				return false
			}
		default:
			return false
		}
		v = t.head[v]
	}
	return false
}

// nounSubject reports a verb at v whose subject is a common noun phrase
// that holds no actor ("regional countries could guarantee their own
// security"), also a number or quantity of such a noun ("two of the
// trucks"): the clause names its doer, and it is no actor. An actor in a
// clause on the noun is none of the phrase's ("the trucks Bolivia sent
// went to Chile": the trucks went). A verb with no subject of its own
// that is coordinated with another takes that one's ("the floods hit
// Peru and killed Chilean tourists": the floods killed, not Peru).
func (a *article) nounSubject(ms []actor.Mention, v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	for n := 0; n < 4 && !t.hasSubject(v) && base(t.rel[v]) == "conj" && t.head[v] >= 0; n++ {
		if a.auxOnlyOn(t.head[v], v) {
			return false
		}
		v = t.head[v]
	}
	c := t.nsubj(v)
	if c < 0 {
		return false
	}
	n := c
	switch a.toks[c].UPOS {
	case "NUM", "ADJ", "PRON":
		n = t.ofNoun(&a.w, c)
	}
	if n < 0 || a.toks[n].UPOS != "NOUN" {
		return false
	}
	// Nor any actor between it and the verb ("Lions, tigers, and
	// Gondor welcomed": the parse may hang the compound elsewhere).
	lo, hi := t.span(c)
	hi = max(hi, v)
	for _, m := range ms {
		if m.Start < hi && m.End > lo && !t.inClauseOn(m.Head, c) && !a.aboutAnother(m.Head, c) {
			return false
		}
	}
	return true
}

// auxOnlyOn reports a reported clause's verb h (ccomp) with an auxiliary
// that the verb v coordinated with it lacks: "Lima said the storm had hit
// the coast and accused Chile", where the parse hung the sayer's second
// verb on what was said, does not share the clause's subject.
func (a *article) auxOnlyOn(h, v int) bool {
	return base(a.t.rel[h]) == "ccomp" && a.hasKid(h, "aux") && !a.hasKid(v, "aux")
}

// topicPreps mark a phrase on a noun that says what the noun is about
// (upper-case forms): "a report on Peru", "talks over Bolivia's debt",
// "an inquiry into the Chilean navy".
var topicPreps = map[string]bool{
	"ON": true, "ABOUT": true, "OVER": true, "INTO": true, "REGARDING": true,
	"CONCERNING": true, "AGAINST": true, "TOWARD": true, "TOWARDS": true,
}

// aboutAnother reports a token x, in the phrase headed by n, that names
// a party the phrase is about or tied to rather than the phrase itself,
// in one walk up the parse from x to n:
//   - inside a phrase that a topic preposition hangs on a noun of the
//     phrase or on n ("Bolivian" in "the report on the Bolivian
//     elections" is what the report is about, not who wrote it);
//   - the possessor of a relation noun (relationNouns), or inside an
//     "of" phrase on one ("Peru" in "Peru's allies", "government" in
//     "critics of the Peruvian government"): the party the noun is tied
//     to, not the noun.
func (a *article) aboutAnother(x, n int) bool {
	t := &a.t
	for steps := 0; x >= 0 && x != n && steps < len(t.head); steps++ {
		if base(t.rel[x]) == "nmod" && topicPreps[t.caseOf(&a.w, x)] {
			return true
		}
		h := t.head[x]
		if h >= 0 && a.toks[h].UPOS == "NOUN" && relationNouns[a.w.lem[h]] && (t.rel[x] == "nmod:poss" || base(t.rel[x]) == "nmod" && t.caseOf(&a.w, x) == "OF") {
			return true
		}
		x = h
	}
	return false
}

// relationNouns (upper-case lemmas) name parties by their tie to
// another: "Peru's allies", "Chile's neighbours", "critics of the
// government" are not Peru, Chile or the government. Supporters are
// not among them: "supporters of the opposition marched" is the
// opposition's own march, as annotators code it.
var relationNouns = map[string]bool{
	"ALLY": true, "NEIGHBOR": true, "NEIGHBOUR": true, "RIVAL": true,
	"ENEMY": true, "FOE": true, "ADVERSARY": true, "OPPONENT": true,
	"CRITIC": true, "DETRACTOR": true, "PARTNER": true,
}

// topicSubject reports a subject at c that is a common noun no actor
// names, whose actors all sit in phrases saying what it is about ("the
// report on the Bolivian elections", "a study into Peru's fisheries") or
// whom it is tied to (aboutAnother: "Peru's allies", "critics of the
// Chilean government"): such a subject names no doer, and the actors it
// is about or tied to are none.
func (a *article) topicSubject(ms []actor.Mention, c int) bool {
	t := &a.t
	if a.toks[c].UPOS != "NOUN" || holding(ms, c) >= 0 {
		return false
	}
	lo, hi := t.span(c)
	about := false
	for _, m := range ms {
		if m.Start >= hi || m.End <= lo {
			continue
		}
		if !a.aboutAnother(m.Head, c) {
			return false
		}
		about = true
	}
	return about
}

// phraseHead returns the noun whose "of" phrase holds noun k, climbing
// such phrases ("Peruvians" in "hundreds of Peruvians" gives
// "hundreds"), or k itself.
func (a *article) phraseHead(k int) int {
	t := &a.t
	for n := 0; n < 3 && base(t.rel[k]) == "nmod" && t.head[k] >= 0 && t.head[k] < k && t.caseOf(&a.w, k) == "OF"; n++ {
		k = t.head[k]
	}
	return k
}

// ofNoun returns the noun an "of" phrase hangs on token k ("two of the
// trucks", "most of the ships"), or -1.
func (t *tree) ofNoun(w *words, k int) int {
	for _, c := range t.kids[k] {
		if base(t.rel[c]) == "nmod" && t.caseOf(w, c) == "OF" {
			return c
		}
	}
	return -1
}

// inClauseOn reports a token x in the subject of a clause (acl,
// acl:relcl) on a noun of the phrase headed by n: "Bolivia" in "the
// trucks Bolivia sent" does the clause's deed to the trucks, it is not
// the trucks. An actor elsewhere in such a clause may say what the noun
// is ("the delegation, which included U.S. officials") and is not
// hidden.
func (t *tree) inClauseOn(x, n int) bool {
	from := -1
	for steps := 0; x >= 0 && x != n && steps < len(t.head); steps++ {
		if base(t.rel[x]) == "acl" {
			return from >= 0 && base(t.rel[from]) == "nsubj"
		}
		from, x = x, t.head[x]
	}
	return false
}

// controlledByNonActor reports an open complement at v ("crowds burned
// down", parsed as "crowds" with "burned" its complement) whose governing
// verb has a subject of its own that is no actor: who does it is that
// subject, not an actor found by word order.
func (a *article) controlledByNonActor(ms []actor.Mention, v int) bool {
	t := &a.t
	if !t.ok || base(t.rel[v]) != "xcomp" || t.head[v] < 0 {
		return false
	}
	h := t.head[v]
	for _, c := range t.kids[h] {
		if base(t.rel[c]) != "nsubj" {
			continue
		}
		// Object control ("asked France to expel") takes its source from
		// the object: only a verb without one counts.
		for _, o := range t.kids[h] {
			if r := t.rel[o]; r == "obj" || r == "iobj" {
				return false
			}
		}
		lo, hi := t.span(c)
		for _, m := range ms {
			if m.Start < hi && m.End > lo {
				return false
			}
		}
		return true
	}
	return false
}

// actAsSubject reports a verb at v with no subject of its own that names
// an act which is itself the subject of another clause ("arming Bolivian
// rebels would prolong the war", "it is no longer wise to criticise
// Chile"), or is coordinated with such a verb or its infinitive of
// purpose ("it is vital to work with Bolivia and to protect Peruvian
// farmers"): the act is anyone's, and an actor word order finds before
// it (the sayer, the first verb's object) is not its doer. A subject
// given by "for" that names no actor ("for everyone to work", "for all
// parties to coordinate") is no doer either; one that names an actor
// ("for Peru to attack Chile") is the parse's subject, found before this
// is asked.
func (a *article) actAsSubject(ms []actor.Mention, v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	for n := 0; n < 4 && v >= 0; n++ {
		if s := t.nsubj(v); s >= 0 {
			return base(t.rel[v]) == "csubj" && !a.namesActor(ms, s)
		}
		if t.hasSubject(v) {
			return false
		}
		switch base(t.rel[v]) {
		case "csubj":
			return true
		case "acl":
			// "for everyone to work": the parse may hang the
			// infinitive on its own "for" subject.
			h := t.head[v]
			return h >= 0 && a.infinitive(v) && t.caseOf(&a.w, h) == "FOR" && !a.namesActor(ms, h)
		case "conj":
		case "advcl", "xcomp":
			if !a.infinitive(v) {
				return false
			}
		default:
			return false
		}
		v = t.head[v]
	}
	return false
}

// namesActor reports whether an actor's words lie among those of the
// phrase headed by k, outside any clause of its own.
func (a *article) namesActor(ms []actor.Mention, k int) bool {
	return a.t.mentionAt(ms, k) >= 0
}

// objectParticiple returns the object or oblique of the verb governing v
// when v is a present participle without a subject, mark or comma of its
// own that follows that noun right away ("vetoed a resolution demanding
// a ceasefire", "threw stones at troops guarding a town hall"): the
// parse makes it a clause of the verb, but it is the noun's modifier,
// done by the noun. It returns -1 otherwise.
func (a *article) objectParticiple(v int) int {
	t := &a.t
	if !t.ok || base(t.rel[v]) != "advcl" || a.toks[v].XPOS != "VBG" || t.head[v] < 0 || t.head[v] > v {
		return -1
	}
	for _, c := range t.kids[v] {
		switch base(t.rel[c]) {
		case "mark", "nsubj", "csubj":
			return -1
		}
		if c < v && t.rel[c] == "punct" {
			return -1
		}
	}
	for _, c := range t.kids[t.head[v]] {
		if r := t.rel[c]; r != "obj" && base(r) != "obl" {
			continue
		}
		if _, hi := t.span(c); hi == v {
			return c
		}
	}
	return -1
}
