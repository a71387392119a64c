package event

import (
	"strings"

	"github.com/casus-project/casus/model"
)

// A state that leaves an international organisation or alliance
// ("Mali quit ECOWAS", "Burundi withdrew from the International
// Criminal Court") reduces its relations with the
// body (CAMEO 161), as CAMEO.2.0.txt's own "- * (FROM COALITION) [161]"
// and "- * (FROM &TREATY) [161]" code withdrawing from a coalition or a
// treaty. A pattern cannot name a class of actors, so the verbs of
// leaving code nothing of the kind by the dictionaries (QUIT and LEAVE
// alone code nothing, a bare WITHDRAW yields, 080); the organisation the
// verb leaves says which sense is meant.

// leftPattern opens the pattern of a bare verb of leaving coded as an
// organisation left.
const leftPattern = "<an organisation left> "

// leaveLemmas are the verbs (upper-case lemmas) of leaving a body: by
// their object (QUIT, LEAVE, EXIT) or by "from" (WITHDRAW).
var leaveLemmas = map[string]bool{"QUIT": true, "LEAVE": true, "EXIT": true, "WITHDRAW": true}

// leftWord returns the head of what the verb at v leaves, or -1: the
// object of QUIT, LEAVE or EXIT, the oblique after "from" of WITHDRAW.
// A relative pronoun stands for the noun its clause hangs on, or
// the word before its comma ("ECOWAS, which Mali quit in January").
func (a *article) leftWord(toks []model.Token, v int) int {
	t := &a.t
	if !t.ok || v >= len(t.kids) {
		return -1
	}
	lem := a.w.lem[v]
	k := -1
	switch lem {
	case "QUIT", "LEAVE", "EXIT":
		k = t.object(v)
	case "WITHDRAW":
		for _, c := range t.kids[v] {
			if c > v && base(t.rel[c]) == "obl" && a.hasCase(c, "FROM") {
				k = c
				break
			}
		}
	}
	if k >= 0 && toks[k].UPOS == "PRON" && (a.w.up[k] == "WHICH" || a.w.up[k] == "THAT") {
		switch {
		case t.rel[v] == "acl:relcl":
			k = t.head[v]
		case k > 1 && toks[k-1].Form == ",":
			// The parse hung the relative clause elsewhere: the
			// word before its comma.
			k -= 2
		}
	}
	return k
}

// hasCase reports whether token k has a "case" dependent prep (upper
// case).
func (a *article) hasCase(k int, prep string) bool {
	for _, c := range a.t.kids[k] {
		if a.t.rel[c] == "case" && a.w.up[c] == prep {
			return true
		}
	}
	return false
}

// organisationLeft reports whether what the verb at v leaves
// (leftWord) is a word of a mention of an international organisation
// (an IGO code) in the sentence: its head noun may be the name's first
// ("the Economic Community of West African States"). A city that
// stands for a body ("left Brussels") is a place left.
func (a *article) organisationLeft(toks []model.Token, v int) bool {
	if !leaveLemmas[a.w.lem[v]] || a.si >= len(a.mentions) {
		return false
	}
	k := a.leftWord(toks, v)
	if k < 0 {
		return false
	}
	for _, m := range a.mentions[a.si] {
		if m.Start <= k && k < m.End && strings.HasPrefix(m.Code, "IGO") && !m.Capital && !a.placeName(toks[k]) {
			return true
		}
	}
	return false
}

// placeName reports whether the names model found tok inside the name of
// a place ("Brussels").
func (a *article) placeName(tok model.Token) bool {
	for _, e := range a.ents {
		if e.Kind == model.Location && e.Start <= tok.Start && tok.End <= e.End {
			return true
		}
	}
	return false
}
