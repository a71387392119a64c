package event

import (
	"slices"
	"testing"

	"github.com/casus-project/casus/actor"
)

// tangled builds tokens as depToks does, then sets each token's form (and
// its lemma and upper-case word for the coder), part-of-speech tags and
// returns an article whose parse is built from them.
func tangled(heads []int, rels []string, forms []string, xpos map[int]string, upos map[int]string) *article {
	toks := depToks(heads, rels)
	a := &article{}
	for i := range toks {
		toks[i].Form, toks[i].Lemma = forms[i], forms[i]
		if x, ok := xpos[i]; ok {
			toks[i].XPOS = x
		}
		toks[i].UPOS = upos[i]
	}
	a.toks = toks
	for _, tk := range toks {
		a.w.up = append(a.w.up, upper(tk.Form))
		a.w.lem = append(a.w.lem, upper(tk.Lemma))
	}
	a.t.reset(toks)
	return a
}

// TestTreeRepairs checks the clauses the tree reattaches: a "that" clause
// with its own subject hung on the object of a verb of telling, a finite
// verb hung on an object as its apposition, a past verb conjoined to
// the modal verb of a reported clause, a relative pronoun made a second
// subject, and a clause of time whose subject was made the object of its
// opening word.
func TestTreeRepairs(t *testing.T) {
	tests := []struct {
		name      string
		heads     []int
		rels      []string
		forms     []string
		xpos      map[int]string
		upos      map[int]string
		v         int
		head      int
		rel       string
		obj, oRel string // the object's relation after the repair
		objAt     int
	}{
		{
			name:  "told reporters that Gondor would attack",
			heads: []int{2, 0, 2, 7, 7, 7, 3},
			rels:  []string{"nsubj", "root", "iobj", "mark", "nsubj", "aux", "acl"},
			forms: []string{"Ent", "tell", "reporters", "that", "Gondor", "would", "attack"},
			v:     6, head: 1, rel: "ccomp", objAt: 2, oRel: "iobj",
		},
		{
			name:  "a clause on another noun stays",
			heads: []int{2, 0, 2, 7, 7, 7, 3},
			rels:  []string{"nsubj", "root", "obj", "mark", "nsubj", "aux", "acl"},
			forms: []string{"Ent", "reject", "claim", "that", "Gondor", "would", "attack"},
			v:     6, head: 2, rel: "acl", objAt: 2, oRel: "obj",
		},
		{
			name:  "a clause without a subject stays",
			heads: []int{2, 0, 2, 6, 6, 3},
			rels:  []string{"nsubj", "root", "iobj", "mark", "aux", "acl"},
			forms: []string{"Ent", "tell", "reporters", "that", "would", "attack"},
			v:     5, head: 2, rel: "acl", objAt: 2, oRel: "iobj",
		},
		{
			name:  `said it "strongly condemns" the raid`,
			heads: []int{2, 0, 2, 6, 6, 3, 6},
			rels:  []string{"nsubj", "root", "obj", "punct", "advmod", "appos", "obj"},
			forms: []string{"Council", "said", "it", `"`, "strongly", "condemns", "raid"},
			xpos:  map[int]string{5: "VBZ"},
			upos:  map[int]string{3: "PUNCT", 4: "ADV", 5: "VERB"},
			v:     5, head: 1, rel: "ccomp", objAt: 2, oRel: "nsubj",
		},
		{
			name:  "a noun in apposition stays",
			heads: []int{2, 0, 2, 3},
			rels:  []string{"nsubj", "root", "obj", "appos"},
			forms: []string{"Council", "named", "envoy", "Ent"},
			v:     3, head: 2, rel: "appos", objAt: 2, oRel: "obj",
		},
		{
			name:  "a verb after other words stays",
			heads: []int{2, 0, 2, 3, 3},
			rels:  []string{"nsubj", "root", "obj", "nmod", "appos"},
			forms: []string{"Council", "said", "it", "today", "condemns"},
			xpos:  map[int]string{4: "VBZ"},
			upos:  map[int]string{3: "NOUN", 4: "VERB"},
			v:     4, head: 2, rel: "appos", objAt: 2, oRel: "obj",
		},
		{
			name:  "said Gondor would act and called for",
			heads: []int{2, 0, 5, 5, 2, 5, 8, 5, 10, 8},
			rels:  []string{"nsubj", "root", "nsubj", "aux", "ccomp", "obj", "cc", "conj", "case", "obl"},
			forms: []string{"spokesman", "said", "Gondor", "would", "take", "action", "and", "called", "for", "Rohan"},
			xpos:  map[int]string{1: "VBD", 3: "MD", 4: "VB", 7: "VBD"},
			v:     7, head: 1, rel: "conj", objAt: 5, oRel: "obj",
		},
		{
			name:  "a participle tag moves too",
			heads: []int{2, 0, 5, 5, 2, 5, 8, 5, 10, 8},
			rels:  []string{"nsubj", "root", "nsubj", "aux", "ccomp", "obj", "cc", "conj", "case", "obl"},
			forms: []string{"spokesman", "said", "Gondor", "would", "take", "action", "and", "called", "for", "Rohan"},
			xpos:  map[int]string{1: "VBD", 3: "MD", 4: "VB", 7: "VBN"},
			v:     7, head: 1, rel: "conj", objAt: 5, oRel: "obj",
		},
		{
			name:  "a past verb after a past verb stays",
			heads: []int{2, 0, 5, 5, 2, 5, 8, 5, 10, 8},
			rels:  []string{"nsubj", "root", "nsubj", "advmod", "ccomp", "obj", "cc", "conj", "case", "obl"},
			forms: []string{"spokesman", "said", "Gondor", "then", "took", "action", "and", "called", "for", "Rohan"},
			xpos:  map[int]string{1: "VBD", 3: "RB", 4: "VBD", 7: "VBD"},
			v:     7, head: 4, rel: "conj", objAt: 5, oRel: "obj",
		},
		{
			name:  "a conjunct with its own subject stays",
			heads: []int{2, 0, 5, 5, 2, 5, 9, 9, 5, 11, 9},
			rels:  []string{"nsubj", "root", "nsubj", "aux", "ccomp", "obj", "cc", "nsubj", "conj", "case", "obl"},
			forms: []string{"spokesman", "said", "Gondor", "would", "take", "action", "and", "Rohan", "called", "for", "Mordor"},
			xpos:  map[int]string{1: "VBD", 3: "MD", 4: "VB", 8: "VBD"},
			v:     8, head: 4, rel: "conj", objAt: 5, oRel: "obj",
		},
		{
			name:  "a bare verb shares the modal",
			heads: []int{2, 0, 5, 5, 2, 5, 8, 5, 10, 8},
			rels:  []string{"nsubj", "root", "nsubj", "aux", "ccomp", "obj", "cc", "conj", "case", "obl"},
			forms: []string{"spokesman", "said", "Gondor", "would", "take", "action", "and", "call", "for", "Rohan"},
			xpos:  map[int]string{1: "VBD", 3: "MD", 4: "VB", 7: "VB"},
			v:     7, head: 4, rel: "conj", objAt: 5, oRel: "obj",
		},
		{
			name:  "assets which Rohan wanted, two subjects",
			heads: []int{2, 0, 2, 6, 6, 3},
			rels:  []string{"nsubj", "root", "obj", "nsubj", "nsubj", "acl:relcl"},
			forms: []string{"Gondor", "seized", "assets", "which", "Rohan", "wanted"},
			xpos:  map[int]string{3: "WDT"},
			upos:  map[int]string{3: "PRON"},
			v:     3, head: 5, rel: "obj", objAt: 4, oRel: "nsubj",
		},
		{
			name:  "a relative pronoun as the only subject stays",
			heads: []int{2, 0, 2, 5, 3, 5},
			rels:  []string{"nsubj", "root", "obj", "nsubj", "acl:relcl", "obj"},
			forms: []string{"Gondor", "seized", "assets", "which", "angered", "Rohan"},
			xpos:  map[int]string{3: "WDT"},
			upos:  map[int]string{3: "PRON"},
			v:     3, head: 4, rel: "nsubj", objAt: 5, oRel: "obj",
		},
		{
			name:  "warned Rohan after the council voted",
			heads: []int{2, 0, 2, 6, 6, 2, 2},
			rels:  []string{"nsubj", "root", "obj", "case", "det", "obl", "conj"},
			forms: []string{"Gondor", "warned", "Rohan", "after", "the", "council", "voted"},
			xpos:  map[int]string{1: "VBD", 6: "VBD"},
			v:     6, head: 1, rel: "advcl", objAt: 5, oRel: "nsubj",
		},
		{
			name:  "a conjunct with its conjunction stays",
			heads: []int{2, 0, 2, 6, 6, 2, 8, 2},
			rels:  []string{"nsubj", "root", "obj", "case", "det", "obl", "cc", "conj"},
			forms: []string{"Gondor", "warned", "Rohan", "after", "the", "vote", "and", "left"},
			xpos:  map[int]string{1: "VBD", 7: "VBD"},
			v:     7, head: 1, rel: "conj", objAt: 5, oRel: "obl",
		},
		{
			name:  "a phrase no clause opens stays",
			heads: []int{2, 0, 2, 6, 6, 2, 2},
			rels:  []string{"nsubj", "root", "obj", "case", "det", "obl", "conj"},
			forms: []string{"Gondor", "fought", "Rohan", "in", "the", "north", "burned"},
			xpos:  map[int]string{1: "VBD", 6: "VBD"},
			v:     6, head: 1, rel: "conj", objAt: 5, oRel: "obl",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tangled(tt.heads, tt.rels, tt.forms, tt.xpos, tt.upos)
			if !a.t.ok {
				t.Fatal("parse not usable")
			}
			if h, r := a.t.head[tt.v], a.t.rel[tt.v]; h != tt.head || r != tt.rel {
				t.Errorf("token %d on %d as %s, want on %d as %s", tt.v, h, r, tt.head, tt.rel)
			}
			if r := a.t.rel[tt.objAt]; r != tt.oRel {
				t.Errorf("object is %s, want %s", r, tt.oRel)
			}
			// The dependents follow the new heads.
			for k, h := range a.t.head {
				if h >= 0 && !slices.Contains(a.t.kids[h], k) {
					t.Errorf("token %d missing from the dependents of %d", k, h)
				}
			}
		})
	}
}

// TestDepReachTangled checks where a verb's words end when the parse
// hangs the next clause elsewhere.
func TestDepReachTangled(t *testing.T) {
	// 0 Ent 1 told 2 reporters 3 that 4 war 5 would 6 continue 7 until
	// 8 goals 9 were 10 met, with "met" on "told".
	until := func(rel string) *article {
		return tangled([]int{2, 0, 2, 7, 7, 7, 2, 11, 11, 11, 2},
			[]string{"nsubj", "root", "iobj", "mark", "nsubj", "aux", rel, "mark", "nsubj:pass", "aux:pass", "advcl"},
			[]string{"Ent", "told", "reporters", "that", "war", "would", "continue", "until", "goals", "were", "met"},
			map[int]string{1: "VBD", 6: "VB", 9: "VBD", 10: "VBN"},
			map[int]string{1: "VERB", 6: "VERB", 9: "AUX", 10: "VERB"})
	}
	// 0 Ent 1 vetoed 2 plan 3 , 4 saying 5 text 6 failed 7 to 8 link
	// 9 truce 10 to 11 release, with "failed" on "vetoed".
	saying := tangled([]int{2, 0, 2, 5, 2, 5, 2, 9, 7, 9, 12, 9},
		[]string{"nsubj", "root", "obj", "punct", "advcl", "obj", "goeswith", "mark", "xcomp", "obj", "case", "obl"},
		[]string{"Ent", "vetoed", "plan", ",", "saying", "text", "failed", "to", "link", "truce", "to", "release"},
		map[int]string{1: "VBD", 4: "VBG", 6: "VBD", 8: "VB"},
		map[int]string{1: "VERB", 3: "PUNCT", 4: "VERB", 6: "VERB", 8: "VERB"})
	// 0 Peru 1 closed 2 border 3 on 4 Monday 5 , 6 days 7 after
	// 8 accusing 9 Chile, with "days" on the comma.
	span := tangled([]int{2, 0, 2, 5, 2, 5, 6, 9, 7, 9},
		[]string{"nsubj", "root", "obj", "case", "obl", "punct", "obl:unmarked", "mark", "acl", "obj"},
		[]string{"Peru", "closed", "border", "on", "Monday", ",", "day", "after", "accusing", "Chile"},
		map[int]string{1: "VBD", 8: "VBG"},
		map[int]string{1: "VERB", 4: "PROPN", 5: "PUNCT", 6: "NOUN", 8: "VERB"})
	// 0 Peru 1 , 2 which 3 attacked 4 Chile 5 on 6 Monday 7 , 8 called
	// 9 for 10 talks, with "called" on "attacked".
	commaConj := tangled([]int{0, 1, 4, 1, 4, 7, 4, 9, 4, 11, 9},
		[]string{"root", "punct", "nsubj", "acl:relcl", "obj", "case", "obl", "punct", "conj", "case", "obl"},
		[]string{"Peru", ",", "which", "attacked", "Chile", "on", "Monday", ",", "called", "for", "talks"},
		map[int]string{3: "VBD", 8: "VBD"},
		map[int]string{1: "PUNCT", 3: "VERB", 7: "PUNCT", 8: "VERB"})
	tests := []struct {
		name string
		a    *article
		v    int
		want int
	}{
		{"a complement clause ends at the next clause of its governor", until("ccomp"), 6, 7},
		{"an open complement reaches as far as its governor", until("xcomp"), 6, 11},
		{"the governor ends at its own clause of time", until("ccomp"), 1, 7},
		{"a participle ends at a finite verb hung elsewhere", saying, 4, 6},
		{"a clause of time on a span ends the verb it dates", span, 1, 7},
		{"a verb coordinated by a comma alone opens its clause there", commaConj, 3, 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.depReach(tt.v, len(tt.a.toks)); got != tt.want {
				t.Errorf("depReach(%d) = %d, want %d", tt.v, got, tt.want)
			}
		})
	}
	// The span's clause is done by the subject of the verb it dates.
	if got := span.depSource([]actor.Mention{{Start: 0, End: 1, Head: 0}, {Start: 9, End: 10, Head: 9}}, 8, false); got != 0 {
		t.Errorf("source of the clause on the span = %d, want 0", got)
	}
}

// TestTangledParties checks sources and targets that a tangled parse
// must not give: a possessor inside another clause, the subject of the
// verb a participle on its object hangs on.
func TestTangledParties(t *testing.T) {
	// 0 Peru 1 closed 2 border 3 on 4 Monday 5 , 6 days 7 after
	// 8 accusing 9 Chile 10 of 11 violating 12 its 13 airspace.
	possessor := tangled([]int{2, 0, 2, 5, 2, 5, 6, 9, 7, 9, 12, 9, 14, 12},
		[]string{"nsubj", "root", "obj", "case", "obl", "punct", "obl:unmarked", "mark", "acl", "obj", "mark", "advcl", "nmod:poss", "obj"},
		[]string{"Peru", "closed", "border", "on", "Monday", ",", "day", "after", "accusing", "Chile", "of", "violating", "its", "airspace"},
		map[int]string{1: "VBD", 8: "VBG", 11: "VBG", 12: "PRP$"},
		map[int]string{1: "VERB", 5: "PUNCT", 8: "VERB", 11: "VERB", 12: "PRON"})
	its := []actor.Mention{{Start: 0, End: 1, Head: 0}, {Start: 12, End: 13, Head: 12, Kind: actor.Pronoun}}
	if got := possessor.depTarget(its, 1, false, "", 0); got != -1 {
		t.Errorf("target of closed = %d, want none (its is in another clause)", got)
	}
	// 0 Ent 1 vetoed 2 resolution 3 demanding 4 ceasefire (5 , before
	// "demanding" in the second parse).
	onObject := tangled([]int{2, 0, 2, 2, 4},
		[]string{"nsubj", "root", "obj", "advcl", "obj"},
		[]string{"Ent", "vetoed", "resolution", "demanding", "ceasefire"},
		map[int]string{1: "VBD", 3: "VBG"},
		map[int]string{1: "VERB", 3: "VERB"})
	comma := tangled([]int{2, 0, 2, 5, 2, 5},
		[]string{"nsubj", "root", "obj", "punct", "advcl", "obj"},
		[]string{"Ent", "vetoed", "resolution", ",", "demanding", "ceasefire"},
		map[int]string{1: "VBD", 4: "VBG"},
		map[int]string{1: "VERB", 3: "PUNCT", 4: "VERB"})
	ent := []actor.Mention{{Start: 0, End: 1, Head: 0}}
	if got := onObject.depSource(ent, 3, false); got != -1 {
		t.Errorf("source of a participle right after the object = %d, want none", got)
	}
	if got := comma.depSource(ent, 4, false); got != 0 {
		t.Errorf("source of a participle after a comma = %d, want 0", got)
	}
}

// TestParataxisInfinitive checks that an infinitive the parse sets beside
// its clause is no main predicate, while a clause with its own subject
// is.
func TestParataxisInfinitive(t *testing.T) {
	// 0 Ent 1 agreed 2 , 3 at 4 request 5 , 6 to 7 take 8 members
	inf := tangled([]int{2, 0, 8, 5, 8, 8, 8, 2, 8},
		[]string{"nsubj", "root", "punct", "case", "obl", "punct", "mark", "parataxis", "obl"},
		[]string{"Ent", "agreed", ",", "at", "request", ",", "to", "take", "members"},
		map[int]string{1: "VBD", 7: "VB"},
		map[int]string{1: "VERB", 7: "VERB"})
	// 0 Ent 1 agreed 2 ; 3 Gondor 4 took 5 members
	own := tangled([]int{2, 0, 5, 5, 2, 5},
		[]string{"nsubj", "root", "punct", "nsubj", "parataxis", "obj"},
		[]string{"Ent", "agreed", ";", "Gondor", "took", "members"},
		map[int]string{1: "VBD", 4: "VBD"},
		map[int]string{1: "VERB", 4: "VERB"})
	if !inf.subordinate(7) {
		t.Error("an infinitive beside its clause counted as a main predicate")
	}
	if own.subordinate(4) {
		t.Error("a clause with its own subject beside another counted as subordinate")
	}
}

// TestCommaConjunctWords checks that a relative clause's verb takes no
// pattern words from a verb the parse coordinates with it by a comma.
func TestCommaConjunctWords(t *testing.T) {
	evs := code(t, "Peru, which attacked Chile on Monday, called for talks.", nil, nil)
	if hasTriple(evs, "PER>CHL:111") {
		t.Errorf("the attack took the words of the call for talks: %s", describe(evs))
	}
}

// TestDefiningClause checks that a relative clause picking out a
// definite description ("the country that invaded Georgia") codes
// nothing, while the same deed told of the named actor does.
func TestDefiningClause(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Russia massed troops near its border on Monday. \"The country that invaded Georgia does not get to lecture anyone,\" he said.", false},
		{"Russia massed troops near its border on Monday. \"Russia invaded Georgia and does not get to lecture anyone,\" he said.", true},
	}
	for _, tt := range tests {
		evs := code(t, tt.text, nil, nil)
		if got := hasTriple(evs, "RUS>GEO:*"); got != tt.want {
			t.Errorf("%q: RUS>GEO coded = %v, want %v (%s)", tt.text, got, tt.want, describe(evs))
		}
	}
}
