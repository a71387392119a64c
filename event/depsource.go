package event

// The source from the parse: a clause's subject (depSource, parseSubject),
// or one taken from an adjunct, its governor or the verb it hangs on.

import (
	"slices"
	"strings"

	"github.com/casus-project/casus/actor"
)

// depSource returns the mention that is the source of the verb at v by
// the parse: its subject (the "by" agent of a passive), or for a
// coordinated verb, a participle or an infinitive the subject of the
// governing verb ("asked France to expel": the governor's object). It
// returns -1 when the parse names none.
func (a *article) depSource(ms []actor.Mention, v int, passive bool) int {
	t := &a.t
	for depth := 0; depth < 4 && v >= 0; depth++ {
		if m, ok := a.parseSubject(ms, v, passive); ok {
			return m
		}
		if passive && depth == 0 {
			return -1
		}
		h := t.head[v]
		if h < 0 {
			return -1
		}
		switch base(t.rel[v]) {
		case "conj":
			// Coordinated verbs share the subject, unless their
			// present tenses disagree in number (conjDisagrees).
			if depth == 0 && a.conjDisagrees(v) {
				return -1
			}
			// "Peru was backed by Chile and attacked Bolivia": the
			// passive's subject, not its agent.
			if depth == 0 && !passive {
				if s := a.passiveConjunct(v); s >= 0 {
					return t.subjectAt(ms, s)
				}
			}
		case "xcomp":
			// Object control: "asked France to expel".
			for _, c := range t.kids[h] {
				if t.rel[c] == "obj" || t.rel[c] == "iobj" {
					if i := t.mentionAt(ms, c); i >= 0 && a.controller(ms[i], c, h) {
						return i
					}
				}
			}
		case "advcl", "acl":
			next, m, ok := a.adjunctSource(ms, v, h, depth)
			if ok {
				return m
			}
			h = next
		default:
			return -1
		}
		v = h
		passive = false
	}
	return -1
}

// ownSubject returns the source the parse gives the verb at v among its
// own dependents: its subject, or the "by" agent of a passive. It
// reports false when the verb has none there, or when its subject is a
// relative pronoun of the clause's own noun, so that depSource climbs to
// the verb's governor; true with -1 when its subject is an act, not an
// actor.
func (a *article) parseSubject(ms []actor.Mention, v int, passive bool) (int, bool) {
	t := &a.t
	for _, c := range t.kids[v] {
		r := t.rel[c]
		if passive {
			if r == "obl:agent" || base(r) == "obl" && t.caseOf(&a.w, c) == "BY" || base(r) == "nmod" && t.caseOf(&a.w, c) == "BY" {
				if i := t.mentionAt(ms, c); i < 0 || !a.placeInAgent(ms[i], c) {
					return i, true
				}
				return -1, true
			}
			continue
		}
		// "North Korea test-fired", a past tense the tagger split
		// and the parse read as a passive with no auxiliary: its
		// subject is still the subject.
		if r == "nsubj" || r == "nsubj:pass" && !isPassive(a.toks, v) {
			// "Thousands of Bolivians protested, and police
			// responded": a subject whose own verb the parse hung
			// on it as a participle (finiteParticiple) is not the
			// subject of the verb that has a second one.
			if r == "nsubj" && a.ownsParticiple(c) && slices.ContainsFunc(t.kids[v], func(o int) bool { return o > c && t.rel[o] == "nsubj" }) {
				continue
			}
			// "a Chinese attack on Taiwan could constitute", "U.S.
			// military drills had provoked": an act is the subject,
			// and who does it is not the verb's source.
			// So is an act that a participle or a coordinated verb
			// takes its subject from ("a Chinese attack could
			// constitute a threat, allowing its forces to act").
			if a.eventSubject(ms, v) {
				return -1, true
			}
			// "the report on the Bolivian elections criticized
			// Peru": an actor the subject is about is not its doer.
			if a.topicSubject(ms, c) {
				return -1, true
			}
			// "countries that buy Venezuelan oil": a relative
			// pronoun stands for the noun the clause is on, also
			// for a verb coordinated with the clause's ("Hou, who
			// conceded defeat and apologised").
			if t.rel[v] == "acl:relcl" && relativePronoun(a.toks[c]) {
				return -1, false
			}
			// The parse may hang such a clause elsewhere ("Chilean
			// rebels, who attacked Peru", as a parataxis): the
			// pronoun still stands for the actor right before it.
			if relativePronoun(a.toks[c]) {
				if m := mentionEndingAt(ms, a.toks, c); m >= 0 {
					return m, true
				}
			}
			return a.besideSubject(ms, t.subjectAt(ms, c), v), true
		}
	}
	// "China has repeatedly criticized Japan", with "has" tagged a
	// verb and the subject hung on it: an auxiliary's subject is its
	// verb's.
	if !passive {
		for _, c := range t.kids[v] {
			if base(t.rel[c]) != "aux" || c > v {
				continue
			}
			for _, s := range t.kids[c] {
				if t.rel[s] == "nsubj" {
					return a.besideSubject(ms, t.subjectAt(ms, s), v), true
				}
			}
		}
	}
	return -1, false
}

// adjunctSource decides where the source of the verb at v is when the
// parse makes it an adverbial clause or a clause on a noun (advcl, acl)
// of h, at the given depth of depSource's climb. It returns the source
// and true when the clause's own shape decides it (whom a cause moves, a
// participle's noun or agent, a relative clause's noun, or -1 for none),
// else the token to climb to (h, or the verb governing a comma aside, a
// span of time or "with") and false.
func (a *article) adjunctSource(ms []actor.Mention, v, h, depth int) (int, int, bool) {
	t := &a.t
	// "agreed, in principle, to meet": an infinitive after an
	// aside set off by commas, which the parse hung on a noun
	// of the aside, is the verb's before the aside.
	if g := asideGovernor(a.toks, v); depth == 0 && t.rel[v] == "acl" && g >= 0 && g < h && h < v {
		return g, -1, false
	}
	// "expressed its willingness to release", "reaffirmed their
	// commitment to send": an infinitive on a noun of pledge that a
	// verb voices (pledgedBy) is that verb's subject's deed.
	if g := pledgedBy(a.toks, v); depth == 0 && t.rel[v] == "acl" && g >= 0 && g == t.head[h] && pledgeNouns[strings.ToLower(a.toks[h].Form)] {
		return g, -1, false
	}
	// "prompting Tehran to threaten": whom a cause moves acts.
	if depth == 0 {
		if o := a.promptedBy(v); o >= 0 {
			return h, t.mentionAt(ms, o), true
		}
		// "condemned Russia for shelling": the deed is the
		// object's.
		if o, _ := a.gerundDeed(v); o >= 0 {
			return h, t.mentionAt(ms, o), true
		}
		// "tankers linked to Israel": the noun a past
		// participle is on had it done to it; with no "by"
		// agent, no one is named who did it. One with an
		// object of its own is no passive ("after Blinken
		// hosted Armenia's foreign minister", a past tense
		// the parse hung on a noun).
		// Nor is one on a noun that no verb governs ("Peruvian
		// troops fired on ...", a root noun): that participle
		// is the sentence's verb.
		// "Oman, which has mediated, called for restraint and
		// urged all parties", "Thousands of Bolivians protested,
		// and police responded": a past tense the tagger read
		// as a participle on the subject of the verb it is
		// coordinated with is that subject's own verb
		// (finiteParticiple).
		if f := a.finiteParticiple(v); f >= 0 {
			return h, t.subjectAt(ms, f), true
		}
		// So is one on a noun in an "of" phrase a verb governs
		// ("hundreds of Peruvians evacuated from Chile arrived").
		if t.rel[v] == "acl" && a.toks[v].XPOS == "VBN" && !slices.ContainsFunc(t.kids[v], func(c int) bool { return t.rel[c] == "obj" }) && h >= 0 {
			if g := t.head[a.phraseHead(h)]; g >= 0 && isVerb(a.toks[g]) {
				return h, -1, true
			}
		}
		// "girls supplied to him by the smuggler": a "by"
		// agent, wherever it stands after the participle, makes
		// it a passive on the noun, whatever governs the noun;
		// the agent did it.
		if c := a.participleAgent(v); c >= 0 {
			return h, t.mentionAt(ms, c), true
		}
	}
	// "..., accusing it of": a participle takes the governing
	// clause's subject; a relative clause ("Iran, which
	// attacked") its noun.
	// A head the parse uses as a noun (an oblique, an object)
	// is a noun whatever its tag ("after crowds burned").
	// A participle set off by a comma ("severed relations with
	// Iran, accusing Tehran of ...") is an adjunct of its
	// clause however the parse hangs it: word order finds its
	// subject.
	if depth == 0 && t.rel[v] == "acl" && commaParticiple(a.toks, v) {
		return h, -1, true
	}
	// "Egypt released a letter condemning Sudan": a participle on a
	// text its governing verb's subject issues is that subject's.
	if depth == 0 {
		if g := a.issuedText(v); g >= 0 {
			return g, -1, false
		}
	}
	// "vetoed a resolution demanding a ceasefire": the
	// participle is on the object it follows.
	if depth == 0 {
		if o := a.objectParticiple(v); o >= 0 {
			return h, t.mentionAt(ms, o), true
		}
	}
	// "fired a missile on Wednesday, days after accusing U.S.
	// spy planes": a clause of time on a span of time is the
	// clause's the span dates.
	if a.timeSpan(v) {
		h = t.head[h]
		// The parse may hang the span on a comma or on the
		// time before it ("on Monday, days after"): climb to
		// the verb.
		for n := 0; n < 4 && h >= 0 && !isVerb(a.toks[h]); n++ {
			if u := a.toks[h].UPOS; u != "PUNCT" && u != "NOUN" && u != "PROPN" {
				break
			}
			h = t.head[h]
		}
		if h < 0 {
			return h, -1, true
		}
		return h, -1, false
	}
	// "France worked with the rebels and the army to ensure a
	// truce": an infinitive the parse hung on the object of
	// "with" (or on a noun joined to it) is the purpose of the
	// verb "with" hangs on, done by that verb's subject.
	if g := a.withGovernor(v); depth == 0 && g >= 0 {
		h = g
		return h, -1, false
	}
	if s := a.appositiveSubject(ms, v); depth == 0 && s >= 0 {
		return h, s, true
	}
	// "Countries that have sent troops include France and Chad": the
	// list the class of the clause's noun holds did it.
	if m := a.listedDoers(ms, v); m >= 0 {
		return h, m, true
	}
	if t.rel[v] == "acl:relcl" || a.nounClause(v) {
		// Only the noun's own words, not the clause's ("crowds
		// burned down its embassy": not "its").
		i := t.mentionAt(ms, h)
		// "Peru was the first country to condemn Chile", "is the
		// only state that recognises Kosovo": a noun naming no
		// actor that a copula predicates of a subject is that
		// subject; the subject of the copula did it.
		if i < 0 {
			if p := a.predicateNoun(h); p >= 0 {
				return p, -1, false
			}
		}
		if lo, hi := t.span(v); i >= 0 && ms[i].Head >= lo && ms[i].Head < hi {
			return h, -1, true
		}
		return h, i, true
	}
	// "After meeting Egypt's president, the secretary flew to
	// Israel": a gerund or perfect participle opening the
	// sentence leaves its subject to the clause it hangs on.
	if depth == 0 && a.frontedNonFinite(v) {
		return h, -1, false
	}
	// A clause before the verb it hangs on ("after crowds
	// burned down its embassy, an official said") is not
	// done by that verb's subject.
	if base(t.rel[v]) == "advcl" && h > v {
		return h, -1, true
	}
	return h, -1, false
}

// withGovernor returns, for an infinitive at v without a subject of its
// own that the parse hung on a noun that is the object of "with" on a
// verb, or on a noun coordinated with one ("worked with the rebels and
// the army to ensure"), that verb; else -1.
func (a *article) withGovernor(v int) int {
	t := &a.t
	if t.rel[v] != "acl" || t.hasSubject(v) || !t.infinitive(&a.w, v) {
		return -1
	}
	n := t.head[v]
	for steps := 0; n >= 0 && base(t.rel[n]) == "conj" && steps < len(t.head); steps++ {
		n = t.head[n]
	}
	if g := a.withVerb(n); g >= 0 {
		return g
	}
	// "working with the rebels, who said they need to enter the city,
	// as well as the government to ensure": a noun added by ", as well
	// as" after a clause on the object of "with" is joined to that
	// object, however the parse hangs it inside the clause; the verb
	// is the nearest above it with such an object before the clause.
	h := t.head[v]
	if !slices.ContainsFunc(t.kids[h], func(c int) bool {
		return base(t.rel[c]) == "cc" && c > 0 && c+2 < h && a.w.up[c] == "AS" && a.w.up[c+1] == "WELL" && a.w.up[c+2] == "AS" && a.toks[c-1].Form == ","
	}) {
		return -1
	}
	for g, steps := t.head[h], 0; g >= 0 && steps < len(t.head); g, steps = t.head[g], steps+1 {
		for _, c := range t.kids[g] {
			if c < h && a.withVerb(c) == g {
				return g
			}
		}
	}
	return -1
}

// withVerb returns the verb the noun at n hangs on as the object of
// "with" ("worked with the rebels"), else -1.
func (a *article) withVerb(n int) int {
	t := &a.t
	if n < 0 || base(t.rel[n]) != "obl" || t.head[n] < 0 || !isVerb(a.toks[t.head[n]]) {
		return -1
	}
	for _, c := range t.kids[n] {
		if base(t.rel[c]) == "case" && a.w.up[c] == "WITH" {
			return t.head[n]
		}
	}
	return -1
}

// root returns the root token of the parse, -1 for none.
func (t *tree) root() int {
	for i, h := range t.head {
		if h < 0 && t.rel[i] == "root" {
			return i
		}
	}
	return -1
}

// predicateNoun returns, for a noun at h that is predicated of a
// subject, the word that subject depends on: h itself when a copula
// and a subject hang on it ("Peru was the first country"), the verb
// when h completes "become" or "remain" ("Peru became the first
// country"); else -1.
func (a *article) predicateNoun(h int) int {
	t := &a.t
	if a.toks[h].UPOS != "NOUN" {
		return -1
	}
	if g := t.head[h]; g >= 0 && (t.rel[h] == "xcomp" || t.rel[h] == "obj") && (a.w.lem[g] == "BECOME" || a.w.lem[g] == "REMAIN") {
		return g
	}
	if t.child(h, "cop") >= 0 && t.child(h, "nsubj") >= 0 {
		return h
	}
	return -1
}
