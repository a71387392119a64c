package event

import (
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
		t.relativeConj(toks)
		t.asideVerb(toks)
		t.whoseClause(toks)
		t.antecedentSubject(toks)
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

// relativeConj reattaches a verb that the parser conjoined to the verb
// of a relative clause set off by commas, with ", and" or ", but" before
// it ("Nigeria praised the soldiers, who freed the hostages on Friday,
// and thanked Chad", with "thanked" on "freed"): the comma closes the
// relative clause, and the verb goes on with the clause the relative
// clause's noun stands in. It joins the nearest verb above that noun of
// its own form (sameForm; a past tense to a past tense: "denied
// supporting the rebels, who ..., and accused" is joined to "denied");
// without such a
// verb, without the comma ("who freed the hostages and thanked Chad"),
// or after another verb of the relative clause ("who freed the hostages,
// fed them, and thanked Chad") it stays.
func (t *tree) relativeConj(toks []model.Token) {
	for v := range t.head {
		h := t.head[v]
		if t.rel[v] != "conj" || h < 0 || h > v || !strings.HasPrefix(toks[v].XPOS, "VB") {
			continue
		}
		comma, subj, other := false, -1, false
		for k := range t.head {
			switch {
			case t.head[k] == v && k < v && base(t.rel[k]) == "cc":
				comma = k > 0 && toks[k-1].Form == ","
			case t.head[k] == h && k < h && base(t.rel[k]) == "nsubj":
				subj = k
			case t.head[k] == h && k > h && k < v && base(t.rel[k]) == "conj":
				other = true
			}
		}
		if !comma || other || subj < 2 || !relativePronoun(toks[subj]) || toks[subj-1].Form != "," {
			continue
		}
		for n, steps := t.head[subj-2], 0; n >= 0 && n < subj && steps < len(t.head); n, steps = t.head[n], steps+1 {
			if n == h || n == v {
				break
			}
			if isVerb(toks[n]) && sameForm(toks[n].XPOS, toks[v].XPOS) {
				t.head[v] = n
				break
			}
		}
	}
}

// asideVerb makes the sentence's verb the root when the parser left a
// noun as the root and hung the verb, after a comma, inside an aside set
// off by commas after that noun ("Algeria, in a statement issued on
// Friday, condemned Morocco", with "condemned" a participle on
// "statement"; "Kenya, citing security concerns, closed its border"): a
// past form with an object of its own and no subject or auxiliary, after
// the aside's closing comma, is the clause's verb, the root noun its
// subject and the aside an oblique of it, or an adverbial clause when a
// verb heads it; a relative clause on the noun stays on it.
func (t *tree) asideVerb(toks []model.Token) {
	r := -1
	for k, h := range t.head {
		if h < 0 {
			r = k
		}
	}
	if r < 0 || toks[r].UPOS != "PROPN" && toks[r].UPOS != "NOUN" {
		return
	}
	// The aside's opening comma, with no verb between it and the noun.
	open := -1
	for k := r + 1; k < len(toks) && open < 0; k++ {
		switch {
		case toks[k].Form == ",":
			open = k
		case isVerb(toks[k]):
			return
		}
	}
	if open < 0 {
		return
	}
	for v := open + 3; v < len(toks); v++ {
		// "The report, approved by the Senate, condemned Russia": an
		// aside with a "by" agent is a passive participle's, weighed
		// by byAside, not an oblique.
		if strings.EqualFold(toks[v-1].Form, "by") {
			return
		}
		if toks[v-1].Form != "," || !isVerb(toks[v]) || toks[v].XPOS != "VBD" && toks[v].XPOS != "VBN" {
			continue
		}
		obj, own := false, false
		for k, h := range t.head {
			if h != v {
				continue
			}
			switch base(t.rel[k]) {
			case "obj":
				obj = obj || k > v
			case "nsubj", "aux", "expl", "csubj", "cop":
				own = true
			}
		}
		if !obj || own {
			return
		}
		// Up from the verb to the root through the aside's words.
		top := v
		for steps := 0; t.head[top] != r; steps++ {
			top = t.head[top]
			if top <= r || top >= v || steps > len(toks) {
				return
			}
		}
		if top == v {
			return
		}
		t.reroot(r, v)
		t.head[r], t.rel[r] = v, "nsubj"
		switch {
		case t.rel[top] == "acl:relcl":
			// "Ethiopia, which has denied the charge, accused":
			// a relative clause stays on its noun.
		case isVerb(toks[top]):
			t.head[top], t.rel[top] = v, "advcl"
		default:
			t.head[top], t.rel[top] = v, "obl"
		}
		return
	}
}

// reroot makes v the root in place of old, which the caller hangs
// somewhere again: old's dependents after v become v's.
func (t *tree) reroot(old, v int) {
	for k, h := range t.head {
		if h == old && k > v {
			t.head[k] = v
		}
	}
	t.head[v], t.rel[v] = -1, "root"
}

// whoseClause undoes a parse that made the verb of a relative clause
// opened by ", whose" the root, and its noun one of that verb's
// dependents ("Serbia, whose troops were placed on alert, accused
// Kosovo", with "placed" the root, Serbia a second subject of it and
// "accused" joined to it): the relative clause hangs on its noun, and
// the first verb after its closing comma, a finite or past form with no
// subject or auxiliary of its own, is the root, the noun its subject.
func (t *tree) whoseClause(toks []model.Token) {
	for w := 2; w < len(toks); w++ {
		if !strings.EqualFold(toks[w].Form, "whose") || toks[w-1].Form != "," {
			continue
		}
		a, n := w-2, t.head[w]
		if n < 0 {
			return
		}
		h := t.head[n]
		if h < 0 || t.head[h] >= 0 || t.head[a] != h || toks[a].UPOS != "PROPN" && toks[a].UPOS != "NOUN" {
			return
		}
		for v := h + 1; v < len(toks); v++ {
			if toks[v-1].Form != "," || !isVerb(toks[v]) {
				continue
			}
			switch toks[v].XPOS {
			case "VBD", "VBN", "VBZ", "VBP":
			default:
				return
			}
			for k, g := range t.head {
				if g == v && k < v {
					switch base(t.rel[k]) {
					case "nsubj", "aux", "expl", "csubj", "cop", "mark", "cc":
						return
					}
				}
			}
			// The verb stands in the relative clause's verb's words.
			x := v
			for steps := 0; x >= 0 && x != h && steps < len(toks); steps++ {
				x = t.head[x]
			}
			if x != h {
				return
			}
			t.reroot(h, v)
			t.head[h], t.rel[h] = a, "acl:relcl"
			t.head[a], t.rel[a] = v, "nsubj"
			return
		}
		return
	}
}

// antecedentSubject undoes a parse that made a name a subject of the
// relative clause set off after it by ", which" or ", who" ("Chile,
// which Peru attacked last week, said", with "Chile" and "which" both
// subjects of "attacked"; "Chile, which Peru had attacked", with
// "Chile" its passive subject and "which" its object): a clause's verb
// has one subject, and the pronoun opening the clause stands for the
// name. The clause hangs on the name, and the name is the subject of
// the verb the clause sits in when that verb follows it and has no
// subject of its own; when the parse made the clause's verb the root,
// of the first verb after the clause's closing comma, as whoseClause
// does.
func (t *tree) antecedentSubject(toks []model.Token) {
	for w := 2; w < len(toks); w++ {
		f := strings.ToLower(toks[w].Form)
		if f != "which" && f != "who" || toks[w-1].Form != "," || !relativePronoun(toks[w]) || base(t.rel[w]) != "nsubj" && t.rel[w] != "obj" {
			continue
		}
		a, h := w-2, t.head[w]
		if h <= w || t.head[a] != h || base(t.rel[a]) != "nsubj" || toks[a].UPOS != "PROPN" && toks[a].UPOS != "NOUN" {
			continue
		}
		v := t.head[h]
		if v < 0 {
			v = t.verbAfterClause(toks, h)
		}
		if v <= h || !isVerb(toks[v]) || t.hasNsubj(v, a) {
			continue
		}
		if t.head[h] < 0 {
			t.reroot(h, v)
		}
		t.head[h], t.rel[h] = a, "acl:relcl"
		t.head[a], t.rel[a] = v, "nsubj"
	}
}

// verbAfterClause returns the first verb after the comma that closes
// the relative clause headed by h, which the parse made the root: a
// past or present form, after at most its auxiliaries and adverbs, that
// lies among h's words; or -1.
func (t *tree) verbAfterClause(toks []model.Token, h int) int {
	k := h + 1
	for k < len(toks) && toks[k].Form != "," {
		k++
	}
	for k++; k < len(toks) && (toks[k].UPOS == "AUX" || toks[k].UPOS == "ADV"); k++ {
	}
	if k >= len(toks) || !isVerb(toks[k]) {
		return -1
	}
	switch toks[k].XPOS {
	case "VBD", "VBN", "VBZ", "VBP":
	default:
		return -1
	}
	x := k
	for steps := 0; x >= 0 && x != h && steps < len(toks); steps++ {
		x = t.head[x]
	}
	if x != h {
		return -1
	}
	return k
}

// hasNsubj reports whether the verb at v has a subject other than a,
// as the parse stands before the dependents are listed.
func (t *tree) hasNsubj(v, a int) bool {
	for k, g := range t.head {
		if g == v && k != a && base(t.rel[k]) == "nsubj" {
			return true
		}
	}
	return false
}

// sameForm reports two verb tags of one form: both past (the tagger
// tells a past tense from a participle poorly), both present, or the same
// other form.
func sameForm(x, y string) bool {
	form := func(x string) string {
		switch x {
		case "VBD", "VBN":
			return "past"
		case "VBZ", "VBP":
			return "present"
		}
		return x
	}
	return form(x) == form(y)
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

// holding returns the first of ms whose words hold token k, or -1.
func holding(ms []actor.Mention, k int) int {
	for i, m := range ms {
		if k >= m.Start && k < m.End {
			return i
		}
	}
	return -1
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
	if i := holding(ms, k); i >= 0 {
		return i
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
