package event

import (
	"slices"
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// tree is the dependency parse of one sentence with 0-based heads (-1 for
// the root) and each token's dependents, built once per sentence.
type tree struct {
	head []int
	rel  []string
	kids [][]int
	// ok reports a usable parse: every token has a head in range and
	// exactly one root.
	ok bool
	// namesFirst makes a named possessor the actor of a subject, as
	// TABARI reads the first actor of a phrase ("Dagolath's first Deputy
	// Prime Minister Telemar" is Dagolath); else it gives way to the
	// phrase's own actor (subjectAt).
	namesFirst bool
}

// reset rebuilds t for toks, reusing its storage.
func (t *tree) reset(toks []model.Token) {
	n := len(toks)
	t.head = t.head[:0]
	t.rel = t.rel[:0]
	if cap(t.kids) < n {
		t.kids = make([][]int, n)
	}
	t.kids = t.kids[:n]
	for i := range t.kids {
		t.kids[i] = t.kids[i][:0]
	}
	t.ok = n > 0
	roots := 0
	for i, tk := range toks {
		h := tk.Head - 1
		if tk.Head < 0 || h >= n || h == i {
			t.ok = false
			h = -1
		}
		if tk.Head == 0 {
			roots++
		}
		t.head = append(t.head, h)
		t.rel = append(t.rel, tk.DepRel)
	}
	if roots != 1 {
		t.ok = false
	}
	if t.ok {
		t.toldThat(toks)
		t.saidIt(toks)
		t.modalConj(toks)
		t.relativeObject(toks)
		t.openedClause(toks)
	}
	for i, h := range t.head {
		if h >= 0 {
			t.kids[h] = append(t.kids[h], i)
		}
	}
}

// saidIt reattaches a finite verb that the parser made an apposition to
// the object right before it ("said it \"strongly condemns\" the
// clashes", with "condemns" on "it"): no verb is a noun's apposition, and
// the object is the subject of the verb's clause, itself the complement
// of the verb that governed the object.
func (t *tree) saidIt(toks []model.Token) {
	for v := range t.head {
		h := t.head[v]
		if t.rel[v] != "appos" || h < 0 || h > v || t.rel[h] != "obj" {
			continue
		}
		switch toks[v].XPOS {
		case "VBZ", "VBD", "VBP":
		default:
			continue
		}
		g := t.head[h]
		if g < 0 || g > h {
			continue
		}
		between := true
		for k := h + 1; k < v; k++ {
			if u := toks[k].UPOS; u != "PUNCT" && u != "ADV" {
				between = false
			}
		}
		if between {
			t.head[v], t.rel[v] = g, "ccomp"
			t.head[h], t.rel[h] = v, "nsubj"
		}
	}
}

// modalConj reattaches a past-tense verb that the parser conjoined to a
// modal verb of a reported clause but that is a second verb of the
// reporting clause ("a spokesman said the country would take action and
// called for ...", with "called" on "take"): a past form (tagged VBD or
// VBN) cannot share the modal of the bare verb before it, so it shares
// the subject of the past-tense verb that clause is the complement of.
// A conjunct with a subject or an auxiliary of its own is left alone.
func (t *tree) modalConj(toks []model.Token) {
	for v := range t.head {
		h := t.head[v]
		if t.rel[v] != "conj" || h < 0 || h > v || toks[h].XPOS != "VB" || t.rel[h] != "ccomp" {
			continue
		}
		if x := toks[v].XPOS; x != "VBD" && x != "VBN" {
			continue
		}
		g := t.head[h]
		if g < 0 || g > h || toks[g].XPOS != "VBD" {
			continue
		}
		modal, own := false, false
		for k := range t.head {
			switch {
			case t.head[k] == h && base(t.rel[k]) == "aux":
				modal = modal || toks[k].XPOS == "MD"
			case t.head[k] == v:
				switch base(t.rel[k]) {
				case "nsubj", "aux", "expl", "csubj":
					own = true
				}
			}
		}
		if modal && !own {
			t.head[v] = g
		}
	}
}

// relativeObject relabels a relative pronoun that the parser made a
// second subject of the verb after it ("assets, which several member
// states want to spend", with both "which" and "states" the subjects of
// "want"): a clause has one subject, and the noun between the pronoun
// and the verb is it, so the pronoun stands for what the clause is
// about, an object.
func (t *tree) relativeObject(toks []model.Token) {
	for k := range t.head {
		v := t.head[k]
		if v <= k || t.rel[k] != "nsubj" || !relativePronoun(toks[k]) {
			continue
		}
		for j := k + 1; j < v; j++ {
			if t.head[j] == v && t.rel[j] == "nsubj" && !relativePronoun(toks[j]) {
				t.rel[k] = "obj"
				break
			}
		}
	}
}

// headSpan is span for the repairs, which run before the dependents are
// listed: the tokens [lo, hi) whose heads lead to k.
func (t *tree) headSpan(k int) (lo, hi int) {
	lo, hi = k, k+1
	for j := range t.head {
		x := j
		for n := 0; n < len(t.head) && x >= 0 && x != k; n++ {
			x = t.head[x]
		}
		if x == k {
			lo, hi = min(lo, j), max(hi, j+1)
		}
	}
	return lo, hi
}

// clauseOpeners are the words that open a clause of time as well as a
// prepositional phrase.
var clauseOpeners = map[string]bool{"after": true, "before": true, "since": true, "until": true, "once": true}

// openedClause reattaches a finite verb that the parser conjoined to the
// clause before it while making its subject the object of the word
// opening the clause ("warned the EU after the European Parliament
// voted to ...", with "Parliament" an oblique after "after" and "voted"
// a conjunct of "warned"): a noun phrase right before a finite verb with
// no subject and no conjunction of its own is that verb's subject, and
// the clause hangs on the verb as a clause of time.
func (t *tree) openedClause(toks []model.Token) {
	for v := range t.head {
		h := t.head[v]
		if t.rel[v] != "conj" || h < 0 || h > v {
			continue
		}
		switch toks[v].XPOS {
		case "VBD", "VBZ", "VBP":
		default:
			continue
		}
		n, opener, own := -1, -1, false
		for k := range t.head {
			if t.head[k] == v && k < v {
				switch base(t.rel[k]) {
				case "nsubj", "cc", "mark", "expl", "csubj":
					own = true
				}
			}
		}
		if own {
			continue
		}
		// The noun whose phrase ends right before the verb.
		for k := v - 1; k >= 0; k-- {
			if r := base(t.rel[k]); (r == "obl" || r == "nmod") && k < v {
				if lo, hi := t.headSpan(k); hi == v && lo < k && t.head[lo] == k && t.rel[lo] == "case" && clauseOpeners[strings.ToLower(toks[lo].Form)] {
					n, opener = k, lo
				}
				break
			}
			if t.head[k] < k || t.head[k] > v {
				break
			}
		}
		if n < 0 || opener < 0 {
			continue
		}
		t.head[n], t.rel[n] = v, "nsubj"
		t.head[opener], t.rel[opener] = v, "mark"
		t.rel[v] = "advcl"
	}
}

// tellLemmas are verbs whose object is told a content clause ("told
// reporters that ...").
var tellLemmas = map[string]bool{"tell": true, "inform": true, "assure": true, "warn": true, "remind": true, "notify": true}

// toldThat reattaches a clause that the parser hung on the object of a
// verb of telling as a modifier but that is the verb's complement: it
// opens with the conjunction "that" and has a subject of its own
// ("told reporters that Moscow's operation would continue"). A clause on
// any other noun ("the claim that Iran attacked") is left alone.
func (t *tree) toldThat(toks []model.Token) {
	for i := range t.head {
		h := t.head[i]
		if t.rel[i] != "acl" || h < 0 || h > i {
			continue
		}
		g := t.head[h]
		if g < 0 || g > h || !tellLemmas[strings.ToLower(toks[g].Lemma)] {
			continue
		}
		if r := t.rel[h]; r != "iobj" && r != "obj" {
			continue
		}
		that, subj := false, false
		for k := h + 1; k < len(t.head); k++ {
			if t.head[k] != i {
				continue
			}
			switch base(t.rel[k]) {
			case "mark":
				that = that || k < i && strings.EqualFold(toks[k].Form, "that")
			case "nsubj":
				subj = true
			}
		}
		if that && subj {
			t.head[i], t.rel[i] = g, "ccomp"
		}
	}
}

// base returns the relation without its subtype ("nsubj" of
// "nsubj:pass").
func base(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// caseOf returns the upper-case preposition ("case" or "mark" dependent)
// of token k, or "".
func (t *tree) caseOf(w *words, k int) string {
	for _, c := range t.kids[k] {
		if r := t.rel[c]; r == "case" || r == "mark" && c < k {
			return w.up[c]
		}
	}
	return ""
}

// span returns the tokens [lo, hi) that k dominates, with a step bound
// that keeps a cyclic parse from looping.
func (t *tree) span(k int) (lo, hi int) {
	lo, hi = k, k+1
	stack := []int{k}
	for steps := 0; len(stack) > 0 && steps < 4*len(t.head); steps++ {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		lo, hi = min(lo, x), max(hi, x+1)
		stack = append(stack, t.kids[x]...)
	}
	return lo, hi
}

// clausal reports relations that start a clause of their own, whose
// words a verb's patterns must not reach into.
func clausal(rel string) bool {
	switch base(rel) {
	case "conj", "advcl", "ccomp", "parataxis", "acl", "csubj":
		return true
	}
	return false
}

// verbal reports relations a verb that heads a codable clause can have.
func verbal(rel string) bool {
	switch base(rel) {
	case "root", "conj", "xcomp", "ccomp", "advcl", "acl", "parataxis", "csubj":
		return true
	}
	return false
}

// mentionAt returns the mention that holds token k or, failing that, the
// first mention among the tokens k dominates that is not inside a clause
// of its own; -1 for none.
func (t *tree) mentionAt(ms []actor.Mention, k int) int {
	return t.mentionIn(ms, k, false)
}

// subjectAt is mentionAt for a subject: a named possessor too is the
// owner, not the actor, unless the Coder reads phrases as TABARI does
// (namesFirst).
func (t *tree) subjectAt(ms []actor.Mention, k int) int {
	return t.mentionIn(ms, k, !t.namesFirst)
}

func (t *tree) mentionIn(ms []actor.Mention, k int, owners bool) int {
	for i, m := range ms {
		if k >= m.Start && k < m.End {
			return i
		}
	}
	lo, hi := t.span(k)
	poss, loose := -1, -1
	for i, m := range ms {
		if m.Start < lo || m.End > hi {
			continue
		}
		// Walk up from the mention's head: a relative clause or other
		// clause between it and k hides it, a possessor in it too
		// ("closed its border on Monday, days after accusing Chile of
		// violating its airspace").
		x, hidden := m.Head, false
		for steps := 0; x >= 0 && x != k && steps < len(t.head); steps++ {
			if clausal(t.rel[x]) || t.rel[x] == "nsubj" {
				hidden = true
				break
			}
			x = t.head[x]
		}
		if hidden {
			continue
		}
		// "their resumption of ties with Osgiliath", "Dagolath's first
		// Deputy Prime Minister Telemar": a possessor is the owner, not
		// the actor, unless nothing else is.
		// A mention that holds the possessed noun too ("Russia's
		// military intelligence service") is the phrase's own.
		if h := t.head[m.Head]; t.rel[m.Head] == "nmod:poss" && (h < m.Start || h >= m.End) && (m.Kind == actor.Pronoun || owners) {
			if poss < 0 {
				poss = i
			}
			continue
		}
		// "the board of governors of the IAEA": an agent no country
		// claims gives way to a named actor further into the phrase.
		if m.Kind == actor.Agent && m.Actor.Country == "" && m.Start != k {
			if loose < 0 {
				loose = i
			}
			continue
		}
		return i
	}
	if loose >= 0 {
		return loose
	}
	return poss
}

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
		if t.rel[v] == "acl" && a.toks[v].XPOS == "VBN" && !slices.ContainsFunc(t.kids[v], func(c int) bool { return t.rel[c] == "obj" }) && h >= 0 && t.head[h] >= 0 && isVerb(a.toks[t.head[h]]) {
			return h, -1, true
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
	if t.rel[v] == "acl:relcl" || a.nounClause(v) {
		// Only the noun's own words, not the clause's ("crowds
		// burned down its embassy": not "its").
		i := t.mentionAt(ms, h)
		if lo, hi := t.span(v); i >= 0 && ms[i].Head >= lo && ms[i].Head < hi {
			return h, -1, true
		}
		return h, i, true
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
	to := false
	for _, c := range t.kids[v] {
		to = to || base(t.rel[c]) == "mark" && a.w.up[c] == "TO"
	}
	if !to {
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
// "the attack killed", "the drills provoked", "the measures target".
var eventNouns = map[string]bool{
	"ATTACK": true, "STRIKE": true, "OFFENSIVE": true, "RAID": true, "INVASION": true,
	"DRILL": true, "EXERCISE": true, "VISIT": true, "TALK": true, "DECISION": true,
	"MOVE": true, "MEASURE": true, "SANCTION": true, "RESOLUTION": true, "PLAN": true,
	"BAN": true, "DEAL": true, "AGREEMENT": true, "STATEMENT": true, "PROPOSAL": true,
}

// eventSubject reports a verb at v whose subject is a noun naming an act
// with no actor of its own ("a Chinese attack", "U.S. military drills"):
// the actor only modifies it.
func (a *article) eventSubject(ms []actor.Mention, v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	for _, c := range t.kids[v] {
		if base(t.rel[c]) != "nsubj" {
			continue
		}
		if !eventNouns[a.w.lem[c]] || a.toks[c].UPOS != "NOUN" {
			return false
		}
		for _, m := range ms {
			if c >= m.Start && c < m.End {
				return false
			}
		}
		return true
	}
	return false
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
// security"): the clause names its doer, and it is no actor.
func (a *article) nounSubject(ms []actor.Mention, v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	for _, c := range t.kids[v] {
		if base(t.rel[c]) != "nsubj" {
			continue
		}
		if a.toks[c].UPOS != "NOUN" {
			return false
		}
		// Nor any actor between it and the verb ("Lions, tigers, and
		// Gondor welcomed": the parse may hang the compound elsewhere).
		lo, hi := t.span(c)
		hi = max(hi, v)
		for _, m := range ms {
			if m.Start < hi && m.End > lo {
				return false
			}
		}
		return true
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

// mentionEndingAt returns the mention that ends right before token k,
// or before the comma there, or -1.
func mentionEndingAt(ms []actor.Mention, toks []model.Token, k int) int {
	if k > 0 && toks[k-1].Form == "," {
		k--
	}
	for i, m := range ms {
		if m.End == k && m.Start < k {
			return i
		}
	}
	return -1
}

// nonRestrictive reports a verb at v heading a relative clause set off by
// a comma whose subject is "which" or "who" and that describes its noun
// ("Oman, which has mediated ...").
func (a *article) nonRestrictive(v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	// "North Macedonia, which remains blocked by": a complement of such
	// a clause's verb is in it.
	for n := 0; n < 4 && base(t.rel[v]) == "xcomp" && t.head[v] >= 0; n++ {
		v = t.head[v]
	}
	return a.commaRelative(v) && a.describing(v)
}

// describing reports whether the clause headed by v is in the present or
// the present perfect ("which remains blocked", "which has mediated"), as
// a clause that describes its actor is; a past one ("Chile, which
// attacked Peru last week") reports an event of its own. The tagger often
// takes such a past for a participle, so the tense is read from the
// auxiliaries and the verb's own tag together.
func (a *article) describing(v int) bool {
	t := &a.t
	for _, c := range t.kids[v] {
		if r := base(t.rel[c]); r != "aux" && r != "cop" {
			continue
		}
		switch strings.ToLower(a.toks[c].Form) {
		case "has", "have", "is", "are":
			return true
		case "had", "was", "were", "did":
			return false
		}
	}
	switch a.toks[v].XPOS {
	case "VBZ", "VBP":
		return true
	}
	return false
}

// definingClause reports a relative clause at v, not set off by a comma,
// whose subject is a relative pronoun and whose noun is a definite
// description the clause picks out ("the country that invaded Ukraine
// does not get to lecture anyone"): the clause says which actor is
// meant, and reports no event of the story.
func (a *article) definingClause(ms []actor.Mention, v int) bool {
	t := &a.t
	if !t.ok || t.head[v] < 0 {
		return false
	}
	c := a.relSubject(v)
	if c <= 0 || !relativePronoun(a.toks[c]) || a.toks[c-1].Form == "," {
		return false
	}
	i := t.mentionAt(ms, t.head[v])
	return i >= 0 && ms[i].Kind == actor.Description
}

// relSubject returns the subject of the relative clause at v, or -1 when v
// heads no relative clause or the clause has no subject.
func (a *article) relSubject(v int) int {
	t := &a.t
	if t.rel[v] != "acl:relcl" {
		return -1
	}
	for _, c := range t.kids[v] {
		if base(t.rel[c]) == "nsubj" {
			return c
		}
	}
	return -1
}

// commaRelativeSubject reports a verb at v whose subject is "who" or
// "which" right after a comma ("the rebels, who refused"), however the
// parse hangs its clause (a relative clause, a parataxis).
func (a *article) commaRelativeSubject(v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	for _, c := range t.kids[v] {
		if base(t.rel[c]) != "nsubj" || c == 0 || a.toks[c-1].Form != "," {
			continue
		}
		switch strings.ToLower(a.toks[c].Form) {
		case "who", "which":
			return true
		}
	}
	return false
}

// commaRelative reports a relative clause at v whose subject is "which" or
// "who" right after a comma ("Oman, which has mediated").
func (a *article) commaRelative(v int) bool {
	c := a.relSubject(v)
	if c <= 0 {
		return false
	}
	w := strings.ToLower(a.toks[c].Form)
	return (w == "which" || w == "who") && a.toks[c-1].Form == ","
}

// relativePronoun reports a relative pronoun ("that", "which", "who").
func relativePronoun(tk model.Token) bool {
	switch strings.ToLower(tk.Form) {
	case "that", "which", "who", "whom":
		return tk.XPOS == "WDT" || tk.XPOS == "WP" || tk.UPOS == "PRON"
	}
	return false
}

// relativeClause reports a relative clause at v whose subject is a
// relative pronoun: its subject is the noun it is on, an actor or not.
func (a *article) relativeClause(v int) bool {
	t := &a.t
	if t.rel[v] != "acl:relcl" {
		return false
	}
	for _, c := range t.kids[v] {
		if base(t.rel[c]) == "nsubj" && relativePronoun(a.toks[c]) {
			return true
		}
	}
	return false
}

// relativeOnThing reports a verb at v, which the parse does not make a
// relative clause, whose subject is a relative pronoun that no actor
// stands right before ("the budget approved by Republicans in April that
// boosted school spending", the clause hung elsewhere): the clause is on
// a thing, and no actor named before it is its subject.
func (a *article) relativeOnThing(ms []actor.Mention, v int) bool {
	t := &a.t
	if !t.ok || t.rel[v] == "acl:relcl" {
		return false
	}
	for _, c := range t.kids[v] {
		if base(t.rel[c]) == "nsubj" && c < v && relativePronoun(a.toks[c]) && mentionEndingAt(ms, a.toks, c) < 0 {
			return true
		}
	}
	return false
}

// ownSubject reports a clause at k whose subject is a word of its own,
// not a relative pronoun standing for the noun it is on.
func (a *article) ownSubject(k int) bool {
	t := &a.t
	for _, c := range t.kids[k] {
		if base(t.rel[c]) == "nsubj" {
			return !relativePronoun(a.toks[c]) && a.toks[c].XPOS != "WP"
		}
	}
	return false
}

// gapObject returns the noun a relative clause headed by the verb at v
// hangs on when that noun is the verb's missing object ("a ceasefire
// the two countries agreed", "the truce that Chile signed"): the clause
// has a subject of its own, no object, clause or infinitive, and no
// preposition left at its end ("the truce Chile agreed to"). It returns
// -1 otherwise.
func (a *article) gapObject(v int) int {
	t := &a.t
	if !t.ok || v >= len(t.rel) {
		return -1
	}
	if t.rel[v] == "acl" {
		return a.contactObject(v)
	}
	if t.rel[v] != "acl:relcl" || !a.ownSubject(v) {
		return -1
	}
	h := t.head[v]
	if h < 0 || h >= v || a.toks[h].UPOS != "NOUN" {
		return -1
	}
	for _, c := range t.kids[v] {
		switch base(t.rel[c]) {
		case "obj", "iobj", "ccomp", "xcomp":
			if !relativePronoun(a.toks[c]) {
				return -1
			}
		}
	}
	if k := v + 1; k < len(a.toks) && a.toks[k].UPOS == "ADP" && (k+1 == len(a.toks) || a.toks[k+1].UPOS == "PUNCT") {
		return -1
	}
	return h
}

// contactObject is gapObject for a relative clause the parse hung on its
// own subject ("a ceasefire the two countries agreed" with "agreed" a
// participle on "countries"): a past tense or participle at v on a noun
// with no object, clause or infinitive of its own, the noun right after
// another noun, only articles, numbers and adjectives between, that the
// parse hangs it on. It returns that other noun, else -1 ("the soldiers
// killed in the attack" has no noun before its own).
func (a *article) contactObject(v int) int {
	t := &a.t
	if x := a.toks[v].XPOS; x != "VBN" && x != "VBD" {
		return -1
	}
	s := t.head[v]
	if s < 0 || s >= v || a.toks[s].UPOS != "NOUN" && a.toks[s].UPOS != "PROPN" {
		return -1
	}
	h := t.head[s]
	if h < 0 || h >= s || a.toks[h].UPOS != "NOUN" {
		return -1
	}
	for k := h + 1; k < s; k++ {
		switch a.toks[k].UPOS {
		case "DET", "NUM", "ADJ", "PROPN", "NOUN":
		default:
			return -1
		}
	}
	// The subject's phrase begins with its own article or number right
	// after the object noun ("a ceasefire the two countries").
	if u := a.toks[h+1].UPOS; u != "DET" && u != "NUM" && h+1 != s {
		return -1
	}
	for _, c := range t.kids[v] {
		switch base(t.rel[c]) {
		case "obj", "iobj", "ccomp", "xcomp", "nsubj", "aux", "cop":
			return -1
		}
	}
	if k := v + 1; k < len(a.toks) && a.toks[k].UPOS == "ADP" && (k+1 == len(a.toks) || a.toks[k+1].UPOS == "PUNCT") {
		return -1
	}
	return h
}

// commaParticiple reports a present participle right after a comma
// (", accusing").
func commaParticiple(toks []model.Token, v int) bool {
	return v > 0 && toks[v].XPOS == "VBG" && toks[v-1].Form == ","
}

// finiteParticiple returns, for a past participle at v that the parse
// hangs on a noun (acl) with no auxiliary and no "by" agent, where that
// noun is the subject of a later verb joined to the participle's clause
// by "and" or "but" (the conjunction on that verb, or on a second
// subject of it), the noun: the tagger took a past tense for a
// participle, and the parse made its subject the next verb's ("Oman
// called for restraint and urged all parties"; "Thousands of Bolivians
// protested, and police responded"). So for a verb the parse joined,
// with no conjunction of its own, after a comma, to the verb of a
// relative clause set off by commas on that noun ("Oman, which has
// mediated between them, called for restraint and urged"). It returns
// -1 otherwise ("tankers linked to Israel were attacked"). A participle
// with an object on a noun that ", and" or ", but" joins to what went
// before is also its noun's verb (coordinatedSubject).
func (a *article) finiteParticiple(v int) int {
	t := &a.t
	var n int
	switch {
	case t.rel[v] == "acl" && a.toks[v].XPOS == "VBN":
		if a.participleAgent(v) >= 0 {
			return -1
		}
		for _, c := range t.kids[v] {
			if r := base(t.rel[c]); r == "aux" || r == "nsubj" || r == "cop" {
				return -1
			}
		}
		n = t.head[v]
		if a.coordinatedSubject(v, n) {
			return n
		}
	case t.rel[v] == "conj" && v > 0 && a.toks[v-1].Form == "," && isVerb(a.toks[v]):
		for _, c := range t.kids[v] {
			if r := base(t.rel[c]); r == "cc" || r == "aux" || r == "nsubj" || r == "cop" {
				return -1
			}
		}
		r := t.head[v]
		if r < 0 || !a.commaRelative(r) {
			return -1
		}
		n = t.head[r]
	default:
		return -1
	}
	if n < 0 || t.rel[n] != "nsubj" {
		return -1
	}
	h := t.head[n]
	if h <= v || !isVerb(a.toks[h]) {
		return -1
	}
	joins := func(k int) bool {
		f := strings.ToLower(a.toks[k].Form)
		return (f == "and" || f == "but") && t.rel[k] == "cc"
	}
	for k := v + 1; k < h; k++ {
		if !joins(k) {
			continue
		}
		switch g := t.head[k]; {
		case g == h:
			return n
		case g > k && g < h && t.head[g] == h && t.rel[g] == "nsubj":
			return n
		}
	}
	return -1
}

// particleWords are the adverbs of phrasal verbs that the parse may take
// for a preposition before the verb's object ("sealed off the embassy",
// "shut down the consulate"); phrasalVerb checks the dictionary has the
// pair.
var particleWords = map[string]bool{"OFF": true, "DOWN": true, "UP": true, "OUT": true}

// coordinatedSubject reports, for a past participle at v hung on the
// noun at n, that the noun opens a clause of its own: the noun is joined
// to an earlier word of the sentence (conj) by "and" or "but" right
// after a comma, and the participle takes an object, which a passive
// cannot, either as its object or as a noun right after a particle
// ("Diplomats left Tirana, and Albanian police sealed off the embassy":
// the tagger took the past tense for a participle on "police"). A
// participle with no object ("and officials detained in the raid")
// stays a modifier, as does one whose particle is no part of a
// dictionary verb ("and fishing boats seized off the coast").
func (a *article) coordinatedSubject(v, n int) bool {
	t := &a.t
	if n < 2 || n > v || t.rel[n] != "conj" {
		return false
	}
	cc := -1
	for _, c := range t.kids[n] {
		if t.rel[c] == "cc" {
			cc = c
			break
		}
	}
	if cc < 1 || a.toks[cc-1].Form != "," || a.w.up[cc] != "AND" && a.w.up[cc] != "BUT" {
		return false
	}
	for _, c := range t.kids[v] {
		if c < v {
			continue
		}
		if t.rel[c] == "obj" {
			return true
		}
		// "sealed off the embassy": the particle stands right after
		// the participle, and a determiner or a name's owner after it.
		if base(t.rel[c]) == "obl" && v+2 < len(a.toks) && particleWords[a.w.up[v+1]] && t.head[v+1] == c && a.phrasalVerb(v) {
			if x := a.toks[v+2].XPOS; x == "DT" || x == "PRP$" {
				return true
			}
		}
	}
	return false
}

// phrasalVerb reports that the verb at v and the word after it are a
// multi-word verb of the dictionary ("SEAL_OFF"), not a verb and a place's
// preposition ("anchored off the coast").
func (a *article) phrasalVerb(v int) bool {
	d := a.c.d
	for _, w := range [2]string{a.toks[v].Form, a.toks[v].Lemma} {
		for _, r := range d.Verbs(w) {
			vb := r.Verb
			if len(vb.Before) != 0 || len(vb.After) != 1 {
				continue
			}
			if end, ok := a.multi(vb, v); ok && end == v+2 {
				return true
			}
		}
	}
	return false
}

// ownsParticiple reports a noun at n that a finite verb the tagger took
// for a participle hangs on (finiteParticiple).
func (a *article) ownsParticiple(n int) bool {
	return slices.ContainsFunc(a.t.kids[n], func(k int) bool { return a.finiteParticiple(k) == n })
}

func isVerbTag(x string) bool { return strings.HasPrefix(x, "VB") }

// earlierClause reports a verb at v without a subject of its own that
// heads an adverbial clause before the verb it hangs on.
func (a *article) earlierClause(v int) bool {
	t := &a.t
	return base(t.rel[v]) == "advcl" && t.head[v] > v && !t.hasSubject(v)
}

// nounClause reports a verb at v without a subject of its own that
// heads a clause on a noun ("crowds burned down its embassy", "forces
// loyal to"): that noun is its subject.
func (a *article) nounClause(v int) bool {
	t := &a.t
	h := t.head[v]
	// A participle set off by a comma is its clause's adjunct, not the
	// noun's (commaParticiple).
	return h >= 0 && base(t.rel[v]) == "acl" && !t.hasSubject(v) && (!isVerbTag(a.xpos(h)) || !verbal(t.rel[h])) &&
		!(t.rel[v] == "acl" && commaParticiple(a.toks, v))
}

func (a *article) xpos(k int) string { return a.toks[k].XPOS }

// depTarget returns the target of the verb at v by the parse: the
// subject of a passive, else its object, indirect object or an oblique,
// an oblique whose preposition is prep preferred; -1 for none.
func (a *article) depTarget(ms []actor.Mention, v int, passive bool, prep string, src int) int {
	t := &a.t
	kids := t.kids[v]
	pick := func(ok func(c int, r string) bool) int {
		for _, c := range kids {
			if ok(c, t.rel[c]) {
				i := t.mentionAt(ms, c)
				// The source's own possession as the object ("renewing
				// his license in Michel Delving") is no target: look on.
				own := i >= 0 && src >= 0 && ms[i].Code == ms[src].Code && (t.rel[c] == "obj" || t.rel[c] == "iobj")
				if i >= 0 && i != src && !own {
					return i
				}
			}
		}
		return -1
	}
	if passive {
		if i := pick(func(_ int, r string) bool { return r == "nsubj:pass" }); i >= 0 {
			return i
		}
	} else if i := pick(func(_ int, r string) bool { return r == "obj" || r == "iobj" }); i >= 0 {
		return i
	}
	if prep != "" {
		if i := pick(func(c int, r string) bool { return base(r) == "obl" && t.caseOf(&a.w, c) == prep }); i >= 0 {
			return i
		}
	}
	// An oblique fronted before the verb's subject sets the scene ("In
	// Minas Tirith, the council said"); it is no target.
	subj := -1
	for _, c := range kids {
		if base(t.rel[c]) == "nsubj" && c < v {
			subj = c
		}
	}
	return pick(func(c int, r string) bool {
		// Not a time ("five years after crowds burned its embassy",
		// obl:tmod, obl:unmarked, obl:npmod, a phrase led by "after" or
		// "since") nor an agent.
		if base(r) != "obl" || r == "obl:tmod" || r == "obl:unmarked" || r == "obl:npmod" || r == "obl:agent" {
			return false
		}
		p := t.caseOf(&a.w, c)
		return p != "BY" && !timePrep(p) && !(subj >= 0 && c < subj)
	})
}

// timePrep reports a preposition that places an event in time ("after
// crowds burned its embassy", "since the war", "during talks"): the
// phrase it leads names no target.
func timePrep(p string) bool {
	switch p {
	case "AFTER", "SINCE", "UNTIL", "TILL", "DURING", "AMID", "AMIDST":
		return true
	}
	return false
}

// depPlausible reports whether the parse around the verb at v can be
// trusted: the sentence parsed and the verb heads a clause.
func (a *article) depPlausible(v int) bool {
	return a.t.ok && verbal(a.t.rel[v])
}

// depReach returns the end of the verb's own clause: the tokens after the
// verb up to the word that opens a clause coordinated with it or
// subordinate to it ("and expelled", "after crowds burned"), so that its
// patterns do not match another verb's words. Complement clauses stay in
// reach ("believes Dagolath can cope"), and a clause whose words do not
// start at its conjunction (a tangled parse) cuts nothing.
func (a *article) depReach(v, hi int) int {
	t := &a.t
	for c := v + 1; c < hi && c < len(t.head); c++ {
		// The verb's own clauses, and, for a complement clause, a
		// clause of another verb that follows it ("told reporters that
		// the operation would continue until its goals were met", with
		// "until" on "told"): its words are not the verb's either. An
		// open complement ("is about to restore ties ... after crowds
		// burned") reaches as far as the verb it completes.
		// A clause of time on a span of time ("closed its border on
		// Monday, days after accusing Chile") is an adverbial clause
		// wherever the parse hangs the span.
		span := a.timeSpan(c)
		// A finite verb the parse puts outside the clause of a
		// complement or adverbial verb before it ("vetoed a resolution
		// ..., saying the text failed to link a truce to the release of
		// hostages", with "failed" on "vetoed") heads a clause of its
		// own, wherever the parse hangs it.
		if r := base(t.rel[v]); (r == "ccomp" || r == "advcl") && t.head[c] != v && isFinite(a.toks[c]) && (verbal(t.rel[c]) || t.rel[c] == "goeswith") && !t.dominates(v, c) && !t.dominates(c, v) {
			if lo, _ := t.span(c); lo > v && lo < hi {
				hi = lo
			}
			continue
		}
		if !span && t.head[c] != v && (base(t.rel[v]) != "ccomp" || t.dominates(v, c) || !isVerb(a.toks[c])) {
			continue
		}
		switch base(t.rel[c]) {
		case "conj", "advcl", "parataxis":
		default:
			if !span {
				continue
			}
		}
		open := -1
		for _, d := range t.kids[c] {
			if d < c && (t.rel[d] == "cc" || t.rel[d] == "mark") {
				open = d
				break
			}
		}
		// A verb coordinated with a comma alone ("Peru, which attacked
		// Chile on Monday, called for talks", with "called" on
		// "attacked"): the comma opens its clause.
		if open < 0 && base(t.rel[c]) == "conj" {
			for _, d := range t.kids[c] {
				if d < c && t.rel[d] == "punct" && a.toks[d].Form == "," {
					open = d
					break
				}
			}
		}
		if open < 0 || a.toInfinitive(open) {
			continue
		}
		lo, _ := t.span(c)
		if lo < open-1 || lo > open {
			continue
		}
		if lo > v && lo < hi {
			hi = lo
		}
	}
	return hi
}

// dominates reports whether k is an ancestor of j.
func (t *tree) dominates(k, j int) bool {
	for steps := 0; j >= 0 && steps < len(t.head); steps++ {
		j = t.head[j]
		if j == k {
			return true
		}
	}
	return false
}

// toInfinitive reports the "to" of an infinitive, which opens no new
// clause for the verb's patterns: the parser often makes "called on
// Belgrade to de-escalate" an adverbial clause, and its words are what
// the pattern "(ON) &DEESCALATION" needs.
func (a *article) toInfinitive(k int) bool {
	return k < len(a.w.up) && a.w.up[k] == "TO"
}

// subordinate reports a verb that is not the main predicate of a clause
// the article asserts or reports: one that modifies a noun ("the talks
// hosted by Turkey", "a group which attacked"), an open complement of
// another verb, whose patterns code it ("agreed to withdraw", "promised
// to help"), or a verb under such a one. Main predicates are the root and
// the verbs joined to it as coordinated, complement ("said Iran had
// attacked") or adverbial clauses; a complement of a root that is no verb
// ("is about to restore") and a verb with a subject of its own under any
// other relation (a tangled parse) count as main too. It reports false
// when the parse is not usable.
func (a *article) subordinate(v int) bool {
	t := &a.t
	if !t.ok {
		return false
	}
	// The same participle is no noun's modifier: it is subordinate as
	// the verb of the clause before its comma is.
	if base(t.rel[v]) == "acl" && t.rel[v] != "acl:relcl" && commaParticiple(a.toks, v) {
		for pv := v - 2; pv >= 0; pv-- {
			if isVerb(a.toks[pv]) {
				return a.subordinate(pv)
			}
		}
		return false
	}
	// "prompting Tehran to threaten": what a cause moved its object to
	// do is an event of its own.
	if a.promptedBy(v) >= 0 {
		return false
	}
	// "Thousands of Bolivians protested, and police responded": a past
	// tense the parse hung on its subject is as main as the verb it is
	// joined to.
	if n := a.finiteParticiple(v); n >= 0 {
		// ", and police sealed off": a clause the comma and "and" open
		// is as main as the sentence's root, wherever the parse hung
		// its subject.
		if a.coordinatedSubject(v, n) {
			for r := range t.head {
				if t.head[r] < 0 {
					return r != v && a.subordinate(r)
				}
			}
		}
		return a.subordinate(t.head[n])
	}
	// "a ceasefire the two countries agreed", the clause hung on its
	// own subject: a clause with a subject of its own reports its event.
	if t.rel[v] == "acl" && a.contactObject(v) >= 0 {
		return false
	}
	for k, steps := v, 0; k >= 0 && steps < len(t.head); k, steps = t.head[k], steps+1 {
		switch r := base(t.rel[k]); r {
		case "advcl", "parataxis":
			// An infinitive ("urged Bree on Monday to help") is a
			// purpose or a complement, not an event of its own, also
			// when the parser sets it beside the clause ("agreed, at
			// the request of Washington, to take in").
			if t.infinitive(&a.w, k) {
				return true
			}
		case "root", "conj", "ccomp":
		case "acl":
			// "a bomb attack that Ankara blamed on Kurdish fighters",
			// "a ceasefire the two countries agreed": a relative clause
			// with a subject of its own that is no relative pronoun
			// asserts its event as a main clause does.
			// Not a free relative ("in what it said was").
			if t.rel[k] == "acl:relcl" && a.ownSubject(k) && t.head[k] >= 0 && !strings.HasPrefix(a.toks[t.head[k]].XPOS, "W") {
				return false
			}
			// "Bolivia criticised Chile, which attacked Peru last week":
			// a past clause set off by a comma reports an event of its
			// own; a present one describes its noun (nonRestrictive).
			if k == v && a.commaRelative(v) && !a.describing(v) {
				return false
			}
			return true
		case "xcomp":
			if h := t.head[k]; h >= 0 && isVerb(a.toks[h]) {
				return true
			}
		default:
			if !t.hasSubject(k) {
				return true
			}
		}
	}
	return false
}

// infinitive reports a verb at k marked by "to" (or by "after", "before",
// "while", "upon": a clause of time) and without a subject of its own.
func (t *tree) infinitive(w *words, k int) bool {
	to := false
	for _, c := range t.kids[k] {
		switch base(t.rel[c]) {
		case "mark":
			// "to help"; "after leaving Eriador", "before meeting":
			// a subjectless clause of time.
			switch w.up[c] {
			case "TO", "AFTER", "BEFORE", "WHILE", "UPON":
				to = true
			}
		case "nsubj", "csubj":
			return false
		}
	}
	return to
}

// hasSubject reports whether token k has a nominal or clausal subject.
func (t *tree) hasSubject(k int) bool {
	for _, c := range t.kids[k] {
		switch base(t.rel[c]) {
		case "nsubj", "csubj":
			return true
		}
	}
	return false
}

// conjDisagrees reports a verb at v coordinated with a verb whose present
// tense is of another number ("businesses agree that China has taken
// advantage and support the effort": "support" cannot be said of what
// "has" is): the two share no subject.
func (a *article) conjDisagrees(v int) bool {
	t := &a.t
	if !t.ok || v < 0 || v >= len(a.toks) || base(t.rel[v]) != "conj" {
		return false
	}
	h := t.head[v]
	if h < 0 || a.hasKid(v, "nsubj") || a.hasKid(v, "aux") || a.hasKid(v, "mark") {
		return false
	}
	do := false // the finite form is "do", whose bare verbs it shares
	num := func(k int) string {
		x := a.toks[k].XPOS
		for _, c := range t.kids[k] {
			if base(t.rel[c]) == "aux" {
				x = a.toks[c].XPOS
				do = strings.EqualFold(a.toks[c].Lemma, "do")
				break
			}
		}
		switch x {
		case "VBZ":
			return "one"
		case "VBP":
			return "many"
		}
		return ""
	}
	hn := num(h)
	switch a.toks[v].XPOS {
	case "VB":
		// A bare form shares "does" ("does not fight and
		// support"); after "has" or a finite verb it is a present.
		return hn == "one" && !do
	case "VBP":
		return hn == "one"
	case "VBZ":
		return hn == "many"
	}
	return false
}

// participleAgent returns the "by" agent of the past participle v when
// v is a reduced relative clause on a noun ("girls supplied to him by
// the smuggler"), or -1 when it has none or an object of its own.
func (a *article) participleAgent(v int) int {
	t := &a.t
	if t.rel[v] != "acl" || a.toks[v].XPOS != "VBN" {
		return -1
	}
	agent := -1
	for _, c := range t.kids[v] {
		r := t.rel[c]
		if r == "obj" {
			return -1
		}
		if agent < 0 && c > v && (r == "obl:agent" || (base(r) == "obl" || base(r) == "nmod") && t.caseOf(&a.w, c) == "BY") {
			agent = c
		}
	}
	return agent
}

// controlLemmas are verbs whose object does what their infinitive says
// ("forced Chile to withdraw", "helped the rebels to escape"), beside
// notYetLemmas ("asked France to expel").
var controlLemmas = map[string]bool{
	"FORCE": true, "COMPEL": true, "PERSUADE": true, "CONVINCE": true,
	"ALLOW": true, "PERMIT": true, "ENABLE": true, "HELP": true,
	"CAUSE": true, "GET": true, "LEAD": true, "PROMPT": true,
	"PRESSURE": true, "OBLIGE": true, "AUTHORIZE": true, "AUTHORISE": true,
	"INDUCE": true, "EMPOWER": true, "REQUIRE": true, "EXHORT": true,
}

// controller reports whether mention m, found in the object at obj of the
// verb at gov, does what the verb's open complement says. An object that
// is the mention itself ("asked France to expel", "brought the rebels to
// talk") does; one nested deeper in the object ("brought his love of
// television to trade talks", where the parse took the noun "trade" for
// an infinitive) does only under a verb whose object acts on it ("urged
// the leaders of Chile to withdraw").
func (a *article) controller(m actor.Mention, obj, gov int) bool {
	if obj >= m.Start && obj < m.End {
		return true
	}
	l := a.w.lem[gov]
	return notYetLemmas[l] || controlLemmas[l]
}

// asideGovernor returns, for an infinitive at v right after an aside set
// off by commas ("agreed, in principle, to meet"), the verb before the
// aside that governs it (see governor), else -1.
func asideGovernor(toks []model.Token, v int) int {
	if v < 3 || !strings.EqualFold(toks[v-1].Form, "to") || toks[v-2].Form != "," {
		return -1
	}
	g := governor(toks, v)
	if g < 0 || g >= v-3 || toks[g+1].Form != "," {
		return -1
	}
	return g
}

// placeInAgent reports a mention m inside the "by" agent phrase headed
// at c that only says where the agent acted: on the way up from m to c
// the parse passes a phrase that "near", "in", "at", "outside" or
// "around" opens ("killed by a coalition airstrike near Tacna, Peru").
// The place did not act; the agent, here no actor, did.
func (a *article) placeInAgent(m actor.Mention, c int) bool {
	t := &a.t
	if m.Head < 0 || m.Head >= len(t.head) || c < 0 || c >= len(a.toks) || a.toks[c].UPOS != "NOUN" || c >= m.Start && c < m.End {
		return false
	}
	x := m.Head
	for steps := 0; x >= 0 && x != c && steps < len(t.head); steps++ {
		switch t.caseOf(&a.w, x) {
		case "NEAR", "IN", "AT", "OUTSIDE", "AROUND":
			return true
		}
		x = t.head[x]
	}
	return false
}
