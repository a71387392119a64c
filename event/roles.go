package event

// Who an event is between: the source and target slots and the subject a
// clause takes from its governor (list members are in members.go).

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// unknownSubject reports a name of a person or organisation that no
// mention resolved right before the verb at v (past its auxiliaries and
// adverbs): the verb's subject, whom the dictionaries do not know. So is
// "he" or "she" that no mention resolved ("The bloc's envoy, Ana Ruiz,
// urged Peru and Chile to talk and said she would visit Lima"): a person
// the dictionaries do not know, not the country named last before it.
func (a *article) unknownSubject(toks []model.Token, v int) bool {
	k := v - 1
	// "Smith \"sexually exploited and abused\"": a quotation may begin
	// between the name and its verb, and the verb may be the second of
	// two joined right after the name.
	for conj := false; k >= 0; k-- {
		switch {
		case toks[k].UPOS == "AUX", toks[k].UPOS == "ADV", toks[k].UPOS == "PART", isQuote(toks[k].Form):
			continue
		case !conj && toks[k].UPOS == "CCONJ" && k > 0 && isVerb(toks[k-1]):
			conj = true
			k--
			continue
		}
		break
	}
	if a.unknownPronounSubject(toks, v) {
		return true
	}
	if k < 0 || k < len(a.w.act) && a.w.act[k] {
		return false
	}
	if unresolvedPerson(toks, k) {
		return true
	}
	if toks[k].UPOS != "PROPN" {
		return false
	}
	switch a.nameKind(toks[k]) {
	case model.Person, model.Organization:
		return true
	}
	return false
}

// unresolvedPerson reports "he" or "she" at k, which the caller has
// found no mention resolved.
func unresolvedPerson(toks []model.Token, k int) bool {
	f := strings.ToLower(toks[k].Form)
	return f == "he" || f == "she"
}

// indefinitePerson reports "someone", "anyone", "nobody", "no one" and
// their kin at k: no one the text names, so no actor either ("Lima said
// someone had attacked the Chilean embassy" is no deed of Lima's).
func indefinitePerson(toks []model.Token, k int) bool {
	switch strings.ToLower(toks[k].Form) {
	case "someone", "somebody", "anyone", "anybody", "nobody", "everyone", "everybody", "whoever":
		return true
	case "one":
		return k > 0 && strings.EqualFold(toks[k-1].Form, "no")
	}
	return false
}

// unknownPronounSubject reports a verb at v whose subject in the parse,
// its own or, up a chain of joined verbs, the first verb's, is "he" or
// "she" that no mention resolved ("She returned to Kuwait recently and
// observed that ..."), or an indefinite person (indefinitePerson): a
// person the dictionaries do not know, however far before the verb, so
// the country named between is not its source.
func (a *article) unknownPronounSubject(toks []model.Token, v int) bool {
	t := &a.t
	if !t.ok || v >= len(t.kids) {
		return false
	}
	for u, n := v, 0; u >= 0 && n < 4; u, n = t.head[u], n+1 {
		if c := t.child(u, "nsubj"); c >= 0 {
			return !(c < len(a.w.act) && a.w.act[c]) && (unresolvedPerson(toks, c) || indefinitePerson(toks, c))
		}
		if t.rel[u] != "conj" {
			return false
		}
	}
	return false
}

// imperative reports a verb at v that is, or is joined to, a command
// that opens the sentence with no subject ("Boycott Israel and support
// the Palestinians"): the parse's root in the base form, with no subject,
// auxiliary or "to" of its own. Whoever is told to act is not named,
// and the actor the first verb acts on is not the second one's source.
func (a *article) imperative(v int) bool {
	t := &a.t
	if !t.ok || v >= len(t.kids) {
		return false
	}
	u := t.firstConjunct(v, 4)
	if t.head[u] >= 0 || a.toks[u].XPOS != "VB" {
		return false
	}
	// Before it only "please" or a list's number or mark ("2) Target
	// ...").
	for k := 0; k < u; k++ {
		switch a.toks[k].UPOS {
		case "PUNCT", "NUM", "SYM", "X":
			continue
		}
		if !strings.EqualFold(a.toks[k].Form, "please") {
			return false
		}
	}
	for _, c := range t.kids[u] {
		switch base(t.rel[c]) {
		case "nsubj", "csubj", "expl", "aux", "mark":
			return false
		}
	}
	return true
}

// firstConjunct returns the first word of the list that k is joined to
// ("Target Chile and encourage ...": "Target" for "encourage"), walking
// up at most n "conj" heads; k itself when it is joined to nothing.
func (t *tree) firstConjunct(k, n int) int {
	for ; n > 0 && t.rel[k] == "conj" && t.head[k] >= 0; n-- {
		k = t.head[k]
	}
	return k
}

// reportedNounSubject returns, for a verb at v right after a lower-case
// common noun that is no actor, with "the", "this" or "that" before it,
// and a verb of saying (and perhaps "that") before those ("said the group
// attacked"), the index of the determiner; else -1.
func (a *article) reportedNounSubject(toks []model.Token, v int) int {
	k := v - 1
	for k >= 0 && (toks[k].UPOS == "AUX" || toks[k].UPOS == "ADV" || toks[k].UPOS == "PART") {
		k--
	}
	if k < 2 || toks[k].UPOS != "NOUN" || toks[k].Form != strings.ToLower(toks[k].Form) || k < len(a.w.act) && a.w.act[k] {
		return -1
	}
	d := k - 1
	switch strings.ToLower(toks[d].Form) {
	case "the", "this", "that":
	default:
		return -1
	}
	s := d - 1
	if s > 0 && strings.EqualFold(toks[s].Form, "that") {
		s--
	}
	if !isVerb(toks[s]) || !sayLemmas[a.w.lem[s]] {
		return -1
	}
	return d
}

// nameKind returns the kind of the name (package ner's entities) that
// holds token t, or "".
func (a *article) nameKind(t model.Token) string {
	for _, e := range a.ents {
		if e.Start <= t.Start && t.End <= e.End {
			return e.Kind
		}
	}
	return ""
}

// labelled returns, for an agent mention ms[i] right before a named
// actor, the named actor; else i.
func labelled(ms []actor.Mention, i int) int {
	if i >= 0 && i+1 < len(ms) && ms[i].Kind == actor.Agent && ms[i+1].Kind == actor.Named && ms[i+1].Start == ms[i].End {
		return i + 1
	}
	return i
}

// group returns the actors a mention stands for: itself, or for a name
// the dictionaries code as several actors ("FRO/BIL/SAM" of "the
// Shire") one mention each.
func group(m actor.Mention) []actor.Mention {
	if !strings.Contains(m.Code, "/") {
		return []actor.Mention{m}
	}
	var out []actor.Mention
	for _, c := range strings.Split(m.Code, "/") {
		if c == "" {
			continue
		}
		x := m
		x.Code, x.Country = c, actor.CountryOf(c)
		out = append(out, x)
	}
	return out
}

// defaults fills in a missing source or target from Coder.Default: ms
// gains two mentions, the default source and the default target (a
// default is never joined to a neighbour), and the indexes returned may
// point at them. Without Prior, a source missing before the verb is the
// actor the target slot found, and the target is then missing.
func (a *article) defaults(toks []model.Token, ms []actor.Mention, cl *clause, src, tgt int) ([]actor.Mention, int, int) {
	d := a.c.Default
	n := len(ms)
	out := make([]actor.Mention, n, n+2)
	copy(out, ms)
	end := len(toks)
	out = append(out,
		actor.Mention{Actor: model.Actor{Code: d.Source, Name: d.Source}, Start: end, End: end, Head: -1},
		actor.Mention{Actor: model.Actor{Code: d.Target, Name: d.Target}, Start: end, End: end, Head: -1})
	if src < 0 && !d.Prior && tgt >= 0 && ms[tgt].Start > cl.v {
		src, tgt = tgt, -1
	}
	if src < 0 && d.Source != "" {
		src = n
	}
	if tgt < 0 && d.Target != "" {
		tgt = n + 1
	}
	return out, src, tgt
}

// spread returns the members of the compound around mention i, or i
// alone for a default (the last two mentions).
func (a *article) spread(toks []model.Token, ms []actor.Mention, i int) []int {
	if i >= len(ms)-2 {
		return []int{i}
	}
	return members(toks, ms[:len(ms)-2], i)
}

// compound returns the members of the compound actor a pattern's '%'
// matched, or nil. A '%' after the verb makes the members each other's
// targets in TABARI ("exchanged prisoners with Gondor and Osgiliath");
// PETRARCH reads it as a compound target ("agrees with the Philippines
// and France"), which the usual source and target give.
func (a *article) compound(ms []actor.Mention, cl *clause) []int {
	if cl.m.comp[1] == 0 || cl.m.compAfter && !a.c.stems {
		return nil
	}
	for i, m := range ms {
		if m.Start >= cl.m.comp[0] && m.Start < cl.m.comp[1] {
			return members(a.toks, ms, i)
		}
	}
	return nil
}

// slot returns the mention in a pattern's slot: the first one inside it
// after the verb, the last one before it.
func (a *article) slot(ms []actor.Mention, r [2]int, v int) int {
	if r[0] > v {
		for i, m := range ms {
			if m.Start >= r[0] && m.Start < r[1] {
				return i
			}
		}
		return -1
	}
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].Start >= r[0] && ms[i].End <= r[1] {
			return i
		}
	}
	return -1
}

// left returns the nearest mention before v and not before lo, preferring
// one that is not the object of a preposition.
func (a *article) left(toks []model.Token, ms []actor.Mention, lo, v int) int {
	first := -1
	// The opener of a clause of time v heads, which the parse took for
	// a preposition on its subject ("after Chile seized"): one for all
	// the mentions below.
	opener := -1
	if !a.c.stems && a.t.ok {
		opener = a.timeClauseOpener(v)
	}
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.End > v || serialObject(toks, m, v) || openingPhrase(toks, m, lo, v) {
			continue
		}
		if m.Start < lo {
			break
		}
		if first < 0 && !located(toks, m) {
			first = i
		}
		if m.Start > 0 {
			p := toks[m.Start-1]
			// Not "after" opening a clause ("after North Korea
			// test-fired"): its subject follows (TABARI, which skips
			// it, aside).
			// So too an opener the parse took for a preposition on
			// the subject (opener).
			mark := !a.c.stems && a.t.ok && m.Start-1 < len(a.t.rel) && (a.t.rel[m.Start-1] == "mark" || opener == m.Start-1)
			// Nor a conjunction that can only open a clause ("said
			// that police had beaten", "asked whether the army
			// fired"), whatever the parse made of it: the mention
			// after it is that clause's subject, no preposition's
			// object.
			if p.XPOS == "IN" && !strings.EqualFold(p.Form, "by") && !mark && !clauseOnly(p) ||
				strings.EqualFold(p.Form, "the") && m.Start > 1 && toks[m.Start-2].XPOS == "IN" && !clauseOnly(toks[m.Start-2]) {
				continue
			}
		}
		// A possessor is not the subject: "Iran's conduct".
		if m.End < v && possessiveMark(toks[m.End]) {
			continue
		}
		return i
	}
	return first
}

// clauseOnlyWords are the subordinating conjunctions (lower case),
// tagged IN, that never work as prepositions: what follows them opens a
// clause.
var clauseOnlyWords = map[string]bool{
	"that": true, "whether": true, "if": true, "because": true,
	"although": true, "though": true, "unless": true, "whereas": true,
}

// clauseOnly reports a token tagged IN that is one of clauseOnlyWords.
func clauseOnly(t model.Token) bool {
	return t.XPOS == "IN" && clauseOnlyWords[strings.ToLower(t.Form)]
}

// source finds the source of an active verb at v.
func (a *article) source(toks []model.Token, ms []actor.Mention, v int) int {
	return a.sourceDepth(toks, ms, v, 0)
}

func (a *article) sourceDepth(toks []model.Token, ms []actor.Mention, v, depth int) int {
	lo := 0
	for k := v - 1; k >= 0; k-- {
		// "claimed that investigators had found": the complement clause
		// has a subject of its own, actor or not.
		if toks[k].Form == ";" || strings.EqualFold(toks[k].Form, "that") && toks[k].XPOS == "IN" && plainSubject(toks, ms, k+1, v) {
			lo = k + 1
			break
		}
	}
	// "..., accusing it of": the governing clause's subject.
	if depth < 3 && v > 1 && toks[v].XPOS == "VBG" && toks[v-1].Form == "," {
		for pv := v - 2; pv >= lo; pv-- {
			// "..., he said, accusing Belgrade of stalling": the speaker
			// whose reporting verb the participle follows.
			if isVerb(toks[pv]) && (!sayLemmas[strings.ToUpper(toks[pv].Lemma)] || pv == v-2) {
				return a.sourceDepth(toks, ms, pv, depth+1)
			}
		}
	}
	return a.asideSource(toks, ms, lo, v, a.left(toks, ms, lo, v))
}

// governingSubject returns, for an adverbial clause's verb at v whose
// words begin at first, right after a conjunction of time ("after",
// "when"; the parse may read it as a preposition on the clause's
// subject), the actor subject of the verb the clause hangs on, when that
// subject stands before the conjunction; -1 otherwise.
func (a *article) governingSubject(ms []actor.Mention, v, first int) int {
	t := &a.t
	if !t.ok || t.rel[v] != "advcl" || t.head[v] < 0 || first < 1 || !timeOpener[a.w.up[first-1]] {
		return -1
	}
	for _, c := range t.kids[t.head[v]] {
		if base(t.rel[c]) == "nsubj" && c < first-1 {
			return t.subjectAt(ms, c)
		}
	}
	return -1
}

// timeOpener are the words (upper-case) that open a clause of time.
var timeOpener = map[string]bool{
	"AFTER": true, "BEFORE": true, "WHEN": true, "SINCE": true, "UNTIL": true,
	"ONCE": true, "AS": true, "WHILE": true,
}

// ownedSubject returns, for a verb at v whose subject in the parse is a
// common noun with a possessor that is an actor ("China's plan", "the
// Kremlin's decision"), that possessor's mention; -1 otherwise.
func (a *article) ownedSubject(ms []actor.Mention, v int) int {
	t := &a.t
	if !t.ok {
		return -1
	}
	for _, c := range t.kids[v] {
		if base(t.rel[c]) != "nsubj" || a.toks[c].UPOS != "NOUN" {
			continue
		}
		for _, p := range t.kids[c] {
			if t.rel[p] == "nmod:poss" && p < c {
				return t.mentionAt(ms, p)
			}
		}
		return -1
	}
	return -1
}

// byAgent returns the agent of a passive: the mention after "by", or
// after "at the hands of", which names the doer as "by" does ("were
// killed at the hands of Somali militants").
func (a *article) byAgent(toks []model.Token, ms []actor.Mention, cl *clause) int {
	for k := cl.vEnd; k < cl.hi; k++ {
		if !strings.EqualFold(toks[k].Form, "by") && !atHandsOf(toks, k) {
			continue
		}
		for i, m := range ms {
			if m.Start > k && m.Start <= k+3 {
				return i
			}
		}
	}
	return -1
}

// atHandsOf reports whether the token at k is the "of" that ends "at the
// hands of" (or "at the hand of").
func atHandsOf(toks []model.Token, k int) bool {
	if k < 3 || !strings.EqualFold(toks[k].Form, "of") {
		return false
	}
	h := strings.ToLower(toks[k-1].Form)
	return (h == "hands" || h == "hand") && strings.EqualFold(toks[k-2].Form, "the") && strings.EqualFold(toks[k-3].Form, "at")
}

// target returns the first mention after the verb in its clause that is
// not the subject of an embedded clause.
func (a *article) target(toks []model.Token, ms []actor.Mention, cl *clause, src int) int {
	poss := -1
	for i, m := range ms {
		if m.Start < cl.vEnd || i == src {
			continue
		}
		if m.Start >= cl.hi {
			break
		}
		// "welcomed their resumption of ties with Osgiliath"; not the
		// source's own ("resumed its food assistance").
		if m.Kind == actor.Pronoun && toks[m.Head].XPOS == "PRP$" {
			if poss < 0 && !(src >= 0 && selfEvent(ms[src], m)) {
				poss = i
			}
			continue
		}
		// "protested on Monday, and security forces fired tear gas":
		// a name after a comma and a conjunction begins a new clause.
		if newClause(toks, m.Start, cl.vEnd) || verbAfterComma(toks, cl.vEnd, m.Start) {
			return poss
		}
		// "fought a war in 1995 that killed many people in Lima": a
		// relative clause whose "that" is its subject has parties of
		// its own (its words may still date the verb's deed).
		for k := cl.vEnd; k < m.Start; k++ {
			if subjectThat(toks, k) {
				return poss
			}
		}
		// "blocked aid in an attempt to force Chile to leave": what
		// follows a noun's infinitive is that infinitive's.
		if nounInfinitive(toks, cl.vEnd, m.Start) {
			return poss
		}
		// "arrived in the capital to join the fight against Bolivia":
		// whom the purpose of a journey is aimed at is not where it
		// went, unless the purpose is to meet or visit ("arrived to
		// meet Peruvian officials").
		if travelLemmas[a.w.lem[cl.v]] && purposeInfinitive(toks, a.w.lem, cl.vEnd, m.Start) {
			return poss
		}
		// "said Albania had acted": Albania is the subject of "acted".
		// Of a verb that does not report speech, the subject of a
		// "that" clause that only says what it is is what the verb is
		// about ("allowed that Mordor isn't a pleasant place").
		// "went to the heart of what the minister's plan meant": the
		// possessor of a clause's subject is no more the target than
		// the subject itself.
		if k := possessedEnd(toks, m.End, cl.hi); k > m.End && (isFinite(toks[k]) || toks[k].UPOS == "AUX") {
			return -1
		}
		// "..., Peru and Bolivia said": so is a list's first member,
		// the verb after the list's last.
		if k := compoundEnd(toks, ms, i); k < len(toks) && (isFinite(toks[k]) || toks[k].UPOS == "AUX") {
			// "test-fired what it called a new missile over the Sea
			// of Japan": who names the object names no target; the
			// object's words go on.
			if m.Start > 0 && strings.EqualFold(toks[m.Start-1].Form, "what") && namingLemmas[a.w.lem[k]] {
				continue
			}
			if m.Start > 0 && strings.EqualFold(toks[m.Start-1].Form, "that") && m.Start-1 == cl.vEnd &&
				!sayLemmas[a.w.lem[cl.v]] && strings.EqualFold(toks[k].Lemma, "be") {
				return i
			}
			return -1
		}
		if k := m.End; k+1 < len(toks) && possessiveMark(toks[k]) {
			// "called Iran's conduct": the possessor is the target.
			return i
		}
		return i
	}
	return poss
}

// clauseOpener are the conjunctions (lower-case) that open an adverbial
// clause with a subject of its own.
var clauseOpener = map[string]bool{
	"if": true, "unless": true, "because": true, "when": true, "while": true,
	"although": true, "though": true, "whereas": true, "whether": true,
}

// isPassive reports a past participle after a form of "be" or "get",
// or "as" ("as expressed in the interview"), or one that "by" follows
// without a "have" before it ("the treaty, brokered by the World Bank").
func isPassive(toks []model.Token, v int) bool {
	if toks[v].XPOS != "VBN" && !mistaggedPassive(toks, v) {
		return false
	}
	// "as expressed in the interview", "as agreed last year": a clause
	// of comparison that leaves out its subject and "was".
	if v > 0 && strings.EqualFold(toks[v-1].Form, "as") {
		return true
	}
	if v+1 < len(toks) && strings.EqualFold(toks[v+1].Form, "by") &&
		(v == 0 || !strings.EqualFold(toks[v-1].Lemma, "have")) {
		return true
	}
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		l := strings.ToLower(toks[k].Lemma)
		f := strings.ToLower(toks[k].Form)
		if l == "be" || l == "get" || f == "was" || f == "were" || f == "been" || f == "is" || f == "are" || f == "being" {
			return true
		}
		if toks[k].UPOS != "ADV" && toks[k].UPOS != "AUX" && toks[k].UPOS != "PART" {
			return false
		}
	}
	return false
}

// removalLemmas are the verbs (upper-case lemmas) of removing people
// from a place, which in the active take whom they remove as their
// object: "Chile deported the migrants", "expelled two diplomats".
var removalLemmas = map[string]bool{
	"DEPORT": true, "EXPEL": true, "EVACUATE": true, "EXTRADITE": true,
	"REPATRIATE": true, "BANISH": true,
}

// removedFrom reports a verb of removal at v in the past with no
// auxiliary, "from" right after it and no object in the parse
// ("Thousands of Bolivians deported from Chile", "Peruvian diplomats
// expelled from Chile"): a headline's or caption's passive without
// "were", whichever past form the tagger gave it. Its subject was
// removed, and where from is no one it removed. "Chile expelled from its
// territory two Peruvian diplomats" has its object after the place.
func (a *article) removedFrom(toks []model.Token, v int) bool {
	if x := toks[v].XPOS; x != "VBD" && x != "VBN" || !removalLemmas[strings.ToUpper(toks[v].Lemma)] {
		return false
	}
	if v+1 >= len(toks) || !strings.EqualFold(toks[v+1].Form, "from") || v > 0 && toks[v-1].UPOS == "AUX" {
		return false
	}
	return a.t.ok && a.t.object(v) < 0
}

// compoundEnd returns the end of the compound actor around ms[i]: the
// end of its last member.
func compoundEnd(toks []model.Token, ms []actor.Mention, i int) int {
	mem := members(toks, ms, i)
	return ms[mem[len(mem)-1]].End
}

// objectAt returns the mention that starts right after the verb (after
// an article: "freed the Chilean sailors", "released a French tourist"),
// unless it is the subject of a clause of its own ("said Iran had acted")
// or a possessor ("condemned Iran's conduct" is handled by the parse); -1
// if none. After "a" or "an" a mention that only modifies the noun after
// it is no object ("bombed a peasant settlement").
func (a *article) objectAt(toks []model.Token, ms []actor.Mention, cl *clause, src int) int {
	k := cl.vEnd
	indefinite := k < len(toks) && isArticle(toks[k]) && !strings.EqualFold(toks[k].Form, "the")
	if k < len(toks) && isArticle(toks[k]) {
		k++
	}
	for i, m := range ms {
		if m.Start != k || i == src || m.Kind == actor.Pronoun && toks[m.Head].XPOS == "PRP$" {
			continue
		}
		if indefinite && modifier(toks, m.End) {
			return -1
		}
		if e := m.End; e < len(toks) && (isFinite(toks[e]) || toks[e].UPOS == "AUX" || possessiveMark(toks[e])) {
			return -1
		}
		return i
	}
	return -1
}

// plainSubject reports a clause from lo to the verb at v whose subject is
// a noun phrase that names no actor: "(that) investigators had found".
func plainSubject(toks []model.Token, ms []actor.Mention, lo, v int) bool {
	noun := false
	for k := lo; k < v; k++ {
		if holding(ms, k) >= 0 {
			return false
		}
		switch toks[k].UPOS {
		case "DET", "ADJ", "NUM":
		case "NOUN":
			noun = true
		default:
			return noun
		}
	}
	return noun
}

// boundPronoun reports an object pronoun at ms[tgt] ("them", not
// "their" nor "themselves") of the verb at v that stands for the source
// ms[src] or a member of its compound, or for an actor named between
// the source and the verb ("Russia and the [Syrian] regime are blocking
// them"), or, standing for a list, for any member of such.
func boundPronoun(toks []model.Token, ms []actor.Mention, src, tgt, v int) bool {
	switch plainWord(toks[ms[tgt].Head].Form) {
	case "him", "her", "them", "it":
	default:
		return false
	}
	subj := map[model.Span]bool{}
	for _, i := range members(toks, ms, src) {
		subj[ms[i].Span] = true
	}
	// The actor that ends the subject right before the verb, past its
	// auxiliaries and a closing bracket.
	k := v - 1
	for k >= 0 && (toks[k].UPOS == "AUX" || toks[k].UPOS == "ADV" || toks[k].UPOS == "PART" || toks[k].Form == "]" || toks[k].Form == ")") {
		k--
	}
	if ms[src].Start < v {
		for _, m := range ms {
			if m.Kind != actor.Pronoun && m.End == k+1 && m.Start >= ms[src].Start {
				subj[m.Span] = true
			}
		}
	}
	for _, m := range ms {
		if m.Kind == actor.Pronoun && m.Start == ms[tgt].Start && subj[m.Antecedent] {
			return true
		}
	}
	return false
}

// holdLemmas are the participles (upper-case lemmas) that say who holds
// someone captive: "held by", "kidnapped by".
var holdLemmas = map[string]bool{
	"HOLD": true, "DETAIN": true, "KIDNAP": true, "ABDUCT": true, "CAPTURE": true,
	"IMPRISON": true, "JAIL": true, "SEIZE": true,
}

// holder returns, in toks[lo:v], the actor after "by" of a participle of
// holding captive ("hostages held by the Taliban", "who had been
// kidnapped by rebels") and the participle's index; -1, -1 for none.
func (a *article) holder(toks []model.Token, ms []actor.Mention, lo, v int) (int, int) {
	for k := lo; k+1 < v; k++ {
		if toks[k].XPOS != "VBN" || !holdLemmas[a.w.lem[k]] || a.w.up[k+1] != "BY" {
			continue
		}
		for i, m := range ms {
			if m.Start > k+1 && m.Start <= k+4 && m.End <= v {
				return i, k
			}
		}
	}
	return -1, -1
}

// forSubject reports a mention right after "for" and right before "to"
// and a base form: the subject of a "for ... to" infinitive ("a need for
// Ukraine to launch").
func forSubject(toks []model.Token, m actor.Mention) bool {
	return m.Start > 0 && strings.EqualFold(toks[m.Start-1].Form, "for") && m.End+1 < len(toks) &&
		strings.EqualFold(toks[m.End].Form, "to") && toks[m.End+1].XPOS == "VB"
}

// memberOf returns, for "X's membership of (in) Y" before the verb at v
// (from lo), the mentions of the organisation Y and of its member X, or
// -1, -1.
func memberOf(toks []model.Token, ms []actor.Mention, lo, v int) (org, member int) {
	for k := lo + 1; k+2 < v; k++ {
		if !strings.EqualFold(toks[k].Form, "membership") {
			continue
		}
		p := k + 1
		if f := strings.ToLower(toks[p].Form); f != "of" && f != "in" {
			continue
		}
		o := argAt(toks, ms, p+1)
		if o < 0 {
			continue
		}
		// The member: a possessive right before the noun ("Sudan's").
		for i, m := range ms {
			if m.End == k-1 && toks[k-1].XPOS == "POS" || m.End == k && strings.HasSuffix(toks[k-1].Form, "'s") {
				return o, i
			}
		}
	}
	return -1, -1
}

// appositiveSubject returns, for a finite verb at v that the parse hung
// on a noun as a clause with no subject, the name right before the verb
// that a comma sets off from the words before it and that the parse
// read as an apposition ("After talks with Peru, Bolivia accused Chile":
// Bolivia, not the talks or Peru, accused); -1 otherwise.
func (a *article) appositiveSubject(ms []actor.Mention, v int) int {
	t := &a.t
	if !t.ok || t.rel[v] != "acl" || t.hasSubject(v) {
		return -1
	}
	switch a.toks[v].XPOS {
	case "VBD", "VBZ", "VBP":
	default:
		return -1
	}
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.End > v {
			continue
		}
		if !adjacent(a.toks, m.End, v) || m.Start == 0 || a.toks[m.Start-1].Form != "," || t.rel[m.Head] != "appos" {
			return -1
		}
		return i
	}
	return -1
}

// besideSubject returns, for the mention s the parse made the subject of
// the verb at v, the name after it that a bare comma sets off and that
// the verb follows, when s is the object of a verb or preposition of an
// opening phrase (nextSubject: "After meeting Peru, Bolivia accused
// Chile", the parse reading Bolivia as Peru's apposition); else s.
func (a *article) besideSubject(ms []actor.Mention, s, v int) int {
	if s < 0 || s+1 >= len(ms) {
		return s
	}
	n := ms[s+1]
	if n.End > v || !adjacent(a.toks, n.End, v) || !nextSubject(a.toks, ms[s], n) {
		return s
	}
	return s + 1
}

// deedTarget returns the target of a pattern whose words after the verb
// name the deed ("travelled to Peru to fight against Bolivia", WENT_TO's
// "- * &FIGHT"): an actor the deed word takes as its object or after
// "against" is the target, not a place between the verb and the deed
// word that the verb goes to; a place the verb goes to is no target
// when the deed word names none ("went to Peru to fight for Bolivia").
// It returns tgt otherwise.
func (a *article) deedTarget(toks []model.Token, ms []actor.Mention, cl *clause, src, tgt int) int {
	t := &a.t
	if !t.ok || cl.m.p == nil || cl.m.tgt[1] > 0 || cl.m.n == 0 || tgt < 0 || cl.passive {
		return tgt
	}
	u := int(cl.m.used[cl.m.n-1][0])
	if u <= cl.v || u >= len(toks) || !isVerb(toks[u]) || ms[tgt].End > u || ms[tgt].Start < cl.v {
		return tgt
	}
	if f := ms[tgt].Start; f == 0 || !strings.EqualFold(toks[f-1].Form, "to") {
		return tgt
	}
	for _, c := range t.kids[u] {
		r := base(t.rel[c])
		if r != "obj" && !(r == "obl" && t.caseOf(&a.w, c) == "AGAINST") {
			continue
		}
		if i := t.mentionAt(ms, c); i >= 0 && i != src && ms[i].Start > u {
			return i
		}
	}
	return -1
}

// serialObject reports a mention m that is the object of a verb right
// before it and is followed by a comma and then the verb at v itself:
// "did not invade Peru, threaten Bolivia and ...", "had kidnapped
// citizens from Peru, and had kidnapped two Bolivians". The verbs share
// a subject before the first; the first verb's object is none of the
// second's.
func serialObject(toks []model.Token, m actor.Mention, v int) bool {
	if m.Start < 1 || m.End >= v || toks[m.End].Form != "," {
		return false
	}
	k := m.End + 1
	if k < v && strings.EqualFold(toks[k].Form, "and") {
		k++
	}
	for k < v && toks[k].UPOS == "AUX" {
		k++
	}
	if k != v {
		return false
	}
	p := m.Start - 1
	if p > 0 && toks[p].UPOS == "ADP" && toks[p-1].UPOS == "NOUN" {
		// "citizens from Peru": the verb's object is the noun before.
		p -= 2
		for p >= 0 && (toks[p].UPOS == "DET" || toks[p].UPOS == "ADJ" || toks[p].UPOS == "NUM") {
			p--
		}
	}
	return p >= 0 && isVerb(toks[p])
}

// patternWordSubject returns the mention that holds the first word a
// pattern used before the verb and ends right before it: the subject
// itself, not an actor before it ("Kenya said Ugandan troops attacked
// rebels", ATTACK's "- &MILITARY *", is the troops' deed, not Kenya's);
// -1 for none.
func patternWordSubject(toks []model.Token, ms []actor.Mention, cl *clause, v int) int {
	f := cl.m.first
	for i, m := range ms {
		if m.Start <= f && f < m.End && m.End <= v && adjacent(toks, m.End, v) {
			return i
		}
	}
	return -1
}

// openingPhrase reports a mention m inside a prepositional phrase that
// opens the clause at lo and that a comma closes before the verb at v:
// "In support of the Peruvian army, coalition forces attacked": the
// phrase's actor is not the clause's subject, whoever else is.
func openingPhrase(toks []model.Token, m actor.Mention, lo, v int) bool {
	if lo >= m.Start || toks[lo].UPOS != "ADP" {
		return false
	}
	for k := lo + 1; k < m.Start; k++ {
		if isVerb(toks[k]) || toks[k].Form == "," {
			return false
		}
	}
	for k := m.End; k < v; k++ {
		if toks[k].Form == "," {
			return true
		}
	}
	return false
}

// bareTimeWords are the words (upper-case) of a time that may follow a verb
// with no preposition ("said Monday", "announced yesterday").
var bareTimeWords = map[string]bool{
	"MONDAY": true, "TUESDAY": true, "WEDNESDAY": true, "THURSDAY": true, "FRIDAY": true,
	"SATURDAY": true, "SUNDAY": true, "TODAY": true, "YESTERDAY": true, "TONIGHT": true,
	"JANUARY": true, "FEBRUARY": true, "MARCH": true, "APRIL": true, "MAY": true, "JUNE": true,
	"JULY": true, "AUGUST": true, "SEPTEMBER": true, "OCTOBER": true, "NOVEMBER": true,
	"DECEMBER": true, "LAST": true, "THIS": true, "EARLIER": true, "LATER": true,
}

// objectWord reports a word right after a verb that begins its object:
// a name, a noun or a determiner that is no time ("accused Argentina",
// not "said Monday" nor "said last week").
func objectWord(t model.Token) bool {
	switch t.UPOS {
	case "PROPN", "NOUN", "DET", "PRON":
		return !bareTimeWords[strings.ToUpper(t.Form)]
	}
	return false
}

// fightWords are the forms (lower-case) of "fight" and "battle" after
// which "for" names whom the fighting serves, not its target (see
// aside).
var fightWords = map[string]bool{
	"fight": true, "fights": true, "fought": true, "fighting": true,
	"battle": true, "battles": true, "battled": true, "battling": true,
}
