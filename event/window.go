package event

// A verb's reach: multi-word verbs, the span of tokens its patterns may
// match in, and the tests for verbs and finite verbs that bound it.

import (
	"strings"

	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/model"
)

// multi checks the other words of a multi-word verb around v and returns
// the end of the verb's tokens.
func (a *article) multi(vb *dict.Verb, v int) (int, bool) {
	for j, b := range vb.Before {
		k := v - len(vb.Before) + j
		if k < 0 || !a.w.is(k, b) {
			return 0, false
		}
	}
	end := v + 1
	k := v + 1
	for _, x := range vb.After {
		found := false
		// A particle may follow a short object: "cut them off".
		for ; k < len(a.w.up) && k <= end+3; k++ {
			if a.w.is(k, x) {
				found = true
				k++
				break
			}
		}
		if !found {
			return 0, false
		}
		end = k
	}
	if end == v+1 || len(vb.After) == 0 {
		return v + 1, true
	}
	// The verb's tokens are only v itself and an adjacent particle.
	if end == v+2 {
		return end, true
	}
	return v + 1, true
}

// window returns the clause around the verb at v: from the sentence start
// or the last ';' before it to the next clause boundary after it.
func (a *article) window(toks []model.Token, v, vEnd int) (lo, hi int) {
	for lo = v; lo > 0; lo-- {
		if toks[lo-1].Form == ";" {
			break
		}
	}
	rel := relativeVerb(toks, v) || objectRelative(toks, v)
	for hi = vEnd; hi < len(toks); hi++ {
		f := toks[hi].Form
		if f == ";" {
			break
		}
		// "victims who are suing his estate will find the interview
		// given by Prince Andrew": a relative clause ends where the
		// verb of the clause around it begins.
		if rel && hi > vEnd && (toks[hi].XPOS == "MD" || isFinite(toks[hi])) {
			break
		}
		lf := strings.ToLower(f)
		if boundaryWords[lf] && hi > vEnd && !repetition(toks, hi) {
			break
		}
		if f == "," && hi+1 < len(toks) && (toks[hi+1].XPOS == "VBG" || boundaryWords[strings.ToLower(toks[hi+1].Form)]) {
			break
		}
		if lf == "and" && hi+1 < len(toks) && isFinite(toks[hi+1]) {
			break
		}
		// "asked Peru to explain the delay as Bolivia sent aid": "as"
		// before a subject and its finite verb opens a clause of its
		// own, though "as" alone is more often a preposition ("as a
		// gesture").
		if lf == "as" && hi > vEnd && subjectAfter(toks, hi+1) {
			break
		}
		// "phone calls with leaders (several were placed on a
		// server)": a clause in brackets is an aside with a verb of
		// its own, not the verb's words; a short name in brackets
		// ("(ELN)") is no clause and the window goes on.
		if f == "(" && hi > vEnd && bracketClause(toks, hi) {
			break
		}
	}
	return lo, hi
}

// subjectThat reports a relative "that" at k that is its clause's
// subject: a past verb follows it ("a war that killed", "a raid that
// had left"). A "that" which opens a reported clause ("said that Chile
// attacked") is no relative pronoun.
func subjectThat(toks []model.Token, k int) bool {
	if !strings.EqualFold(toks[k].Form, "that") || toks[k].XPOS != "WDT" {
		return false
	}
	j := k + 1
	for j < len(toks) && (toks[j].UPOS == "ADV" || strings.EqualFold(toks[j].Form, "had") || strings.EqualFold(toks[j].Form, "has") || strings.EqualFold(toks[j].Form, "have")) {
		j++
	}
	return j < len(toks) && (toks[j].XPOS == "VBD" || toks[j].XPOS == "VBN")
}

// objectRelative reports a verb whose relative clause opens with its
// object's pronoun and then its subject ("the bloc, which Chad, Sudan
// and Libya quit in March, urged ..."): like a subject's relative
// clause (relativeVerb), it ends where the verb of the clause around
// it begins.
func objectRelative(toks []model.Token, v int) bool {
	k := v - 1
	for k >= 0 && (toks[k].UPOS == "AUX" || toks[k].UPOS == "ADV" || toks[k].UPOS == "PART") {
		k--
	}
	subj := k
	for k >= 0 && (nounPhraseWord(toks[k]) || toks[k].XPOS == "PRP" || toks[k].UPOS == "CCONJ" || toks[k].Form == ",") {
		k--
	}
	if k < 0 || k == subj {
		return false
	}
	switch strings.ToLower(toks[k].Form) {
	case "which", "whom", "that":
		return toks[k].XPOS == "WP" || toks[k].XPOS == "WDT"
	}
	return false
}

// bracketClause reports whether the brackets opened at k hold a finite
// verb before they close.
func bracketClause(toks []model.Token, k int) bool {
	for j := k + 1; j < len(toks) && toks[j].Form != ")"; j++ {
		if isFinite(toks[j]) {
			return true
		}
	}
	return false
}

// repetition reports a word at k set between two copies of one word, a
// noun by sense ("round after round", "day after day"): it repeats the noun and opens
// no clause.
func repetition(toks []model.Token, k int) bool {
	if k == 0 || k+1 >= len(toks) || !strings.EqualFold(toks[k-1].Form, toks[k+1].Form) {
		return false
	}
	switch toks[k-1].UPOS {
	case "PRON", "DET", "PUNCT", "SCONJ", "CCONJ", "AUX", "VERB":
		return false
	}
	return true
}

var boundaryWords = map[string]bool{
	"which": true, "who": true, "whom": true, "whose": true, "after": true, "before": true,
	"because": true, "while": true, "when": true, "although": true, "though": true,
	"whereas": true, "since": false, "until": true, "unless": true, "if": true,
}

func isVerb(t model.Token) bool {
	if t.UPOS == "AUX" {
		return false
	}
	if t.UPOS == "VERB" {
		return true
	}
	return strings.HasPrefix(t.XPOS, "VB") && t.UPOS == ""
}

// mistaggedInfinitive reports a word at v that the tagger took for an
// adjective or a singular noun although it is an infinitive: a base
// form (its lemma) right after "to" that follows a verb of intent
// (intentLemmas: "had offered to mediate", "agreed to intervene", "agreed
// to free the fishermen"), or the object of a verb of asking (askedObject:
// "urged Chile to free the fishermen", "called on Peru to free them"),
// and that ends its phrase or opens its object (punctuation, a
// preposition, an adverb, a conjunction, a determiner, a number or a
// pronoun follows, or nothing). "agreed to peace talks" and "offered to
// Chile" are no such words.
func mistaggedInfinitive(toks []model.Token, v int) bool {
	if v < 2 || toks[v].UPOS != "ADJ" && toks[v].UPOS != "NOUN" || toks[v].XPOS != "JJ" && toks[v].XPOS != "NN" {
		return false
	}
	if !strings.EqualFold(toks[v].Form, toks[v].Lemma) || !strings.EqualFold(toks[v-1].Form, "to") {
		return false
	}
	// "prompting South Korean troops to fire warning shots": after the
	// object of a verb that moves it to act, whatever follows.
	if promptVerb(toks, v-2) >= 0 {
		return true
	}
	if v+1 < len(toks) {
		switch toks[v+1].UPOS {
		case "PUNCT", "ADP", "ADV", "CCONJ", "DET", "NUM", "PRON":
		default:
			return false
		}
	}
	if askedObject(toks, v-2) {
		return true
	}
	g := v - 2
	for g > 0 && toks[g].UPOS == "ADV" {
		g--
	}
	return isVerb(toks[g]) && intentLemmas[strings.ToUpper(toks[g].Lemma)]
}

// promptLemmas move their object to act, and "to" after that object
// always opens an infinitive (upper-case lemmas): "prompting troops to
// fire", "forced Peru to withdraw". Not "led the troops to victory".
var promptLemmas = map[string]bool{"PROMPT": true, "FORCE": true, "COMPEL": true, "SPUR": true}

// promptVerb returns the verb of promptLemmas whose object ends at k,
// the object a few words of a noun phrase ("prompting South Korean
// troops"), else -1.
func promptVerb(toks []model.Token, k int) int {
	for n := 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		switch toks[k].UPOS {
		case "ADJ", "DET", "NOUN", "PROPN", "NUM", "PART":
			continue
		}
		if n > 0 && isVerb(toks[k]) && promptLemmas[strings.ToUpper(toks[k].Lemma)] {
			return k
		}
		return -1
	}
	return -1
}

// askedObject reports an object of a few words ending at k that a verb
// of asking (askLemmas) asks to act: "urged Chile", "asked the two
// governments", and with its preposition "called on Peru", "appealed to
// Peru". "to" after it opens the deed asked for.
func askedObject(toks []model.Token, k int) bool {
	for n := 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		switch toks[k].UPOS {
		case "ADJ", "DET", "NOUN", "PROPN", "NUM", "PART":
			continue
		}
		if n == 0 {
			return false
		}
		l := ""
		if k > 0 && isVerb(toks[k-1]) {
			l = strings.ToUpper(toks[k-1].Lemma)
		}
		switch p := strings.ToLower(toks[k].Form); {
		case p == "on" || p == "upon":
			return l == "CALL"
		case p == "to":
			return l == "APPEAL"
		}
		// Not INVITE: after its object "to" opens where or what one
		// is invited to more often than a deed ("invited Chile to
		// dinner", "to talks"), and a noun there is no infinitive.
		verb := strings.ToUpper(toks[k].Lemma)
		return isVerb(toks[k]) && askLemmas[verb] && verb != "INVITE"
	}
	return false
}

// isFinite reports a finite verb: a tensed one (finite) or a modal.
func isFinite(t model.Token) bool { return finite(t) || t.XPOS == "MD" }

// subjectClause returns where a clause with a subject of its own opens
// within [vEnd, hi) after the verb at v, else hi: one joined to v's
// clause that is not v's (joinedClause), or the clause above v itself. The
// words from there on are that clause's, not v's: "Chile asked Peru to
// explain the delay, and Bolivia and Ecuador said they would send aid"
// is no request for aid (ASK's "- * AID"), though the parse hangs "said"
// on "asked" with no conjunction of its own (the "and" before "Bolivia"
// hangs on a noun), where depReach looks for one; nor are "... the
// delay -- Bolivia said it would send aid", "... the delay, even as
// Bolivia said ..." and "... the delay, Bolivia said it would send aid"
// (with "asked" the complement of "said"). The clause opens where the
// run of its own words up to its verb begins, its subject among them, at
// a conjunction or a clause's punctuation or right after one, so that a
// tangled parse ("burned down its embassy, a clearly drunk official
// said", with "embassy" the subject of "said") cuts nothing.
func (a *article) subjectClause(v, vEnd, hi int) int {
	t := &a.t
	for c := vEnd; c < hi && c < len(t.head); c++ {
		above := t.dominates(c, v)
		if !above && !a.joinedClause(v, c) {
			continue
		}
		s := -1
		for _, d := range t.kids[c] {
			if base(t.rel[d]) == "nsubj" && d < c {
				s = d
				break
			}
		}
		if s < vEnd {
			continue
		}
		// The clause's own words back from its verb: c's, and not
		// v's when c is above v.
		open := c
		for open > vEnd {
			k := open - 1
			if !t.dominates(c, k) || above && (k == v || t.dominates(v, k)) {
				break
			}
			open = k
		}
		if open > s || !clauseJoint(a.toks[open]) && !clauseJoint(a.toks[open-1]) {
			continue
		}
		hi = min(hi, open)
	}
	return hi
}

// joinedClause reports a clause at c that may open after the verb at v
// and is not v's: one coordinated with v's clause or with a clause above
// it; an adverbial clause on v or on its open complement ("asked Peru to
// explain the delay so that Bolivia could send aid", "... to reopen the
// border, with Bolivia offering military aid"); or a relative clause on
// a noun of v's clause, which subjectClause cuts only where a joint
// opens it ("... the border, where Bolivia sent aid"): one right after
// its noun has none, and may hold the verb's words ("urged them to
// avoid steps that could raise tensions").
func (a *article) joinedClause(v, c int) bool {
	t := &a.t
	h := t.head[c]
	if t.rel[c] == "acl:relcl" {
		return t.dominates(v, c)
	}
	switch base(t.rel[c]) {
	case "conj", "parataxis":
		return h == v || h >= 0 && t.dominates(h, v)
	case "advcl":
		for h != v && h >= 0 && t.rel[h] == "xcomp" {
			h = t.head[h]
		}
		return h == v
	}
	return false
}

// clauseJoint reports a word that may open a clause after another: a
// conjunction, or a comma, colon, semicolon or dash.
func clauseJoint(t model.Token) bool {
	switch t.UPOS {
	case "CCONJ", "SCONJ":
		return true
	}
	switch t.Form {
	case ",", ":", ";", "--", "—", "–":
		return true
	}
	return false
}

// subjectAfter reports a subject from k, a pronoun or a noun phrase,
// followed by a finite verb: a clause opens at k.
func subjectAfter(toks []model.Token, k int) bool {
	j := k
	if j < len(toks) && toks[j].XPOS == "PRP" {
		j++
	} else {
		for j < len(toks) && nounPhraseWord(toks[j]) {
			j++
		}
	}
	return j > k && j < len(toks) && isFinite(toks[j])
}
