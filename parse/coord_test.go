package parse

import (
	"strconv"
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestCoordinateClauses checks the repair on trees as the parser builds
// them for a second clause joined without a comma, given as
// form/XPOS/head/deprel items, and the trees it must leave alone.
func TestCoordinateClauses(t *testing.T) {
	tests := []struct {
		name, in, want string // want: each token's head and deprel
	}{
		{"object's conjunct before a past tense",
			"Russia/NNP/2/nsubj expelled/VBD/0/root two/CD/4/nummod diplomats/NNS/2/obj and/CC/6/cc Britain/NNP/4/conj summoned/VBD/2/xcomp the/DT/9/det envoy/NN/7/obj ././2/punct",
			"2 nsubj|0 root|4 nummod|2 obj|7 cc|7 nsubj|2 conj|9 det|7 obj|2 punct"},
		{"an oblique's conjunct, a comma and a present tense",
			"Police/NNS/2/nsubj fired/VBD/0/root at/IN/4/case crowds/NNS/2/obl ,/,/7/punct but/CC/7/cc protesters/NNS/4/conj stay/VBP/4/amod ././2/punct",
			"2 nsubj|0 root|4 case|2 obl|8 punct|8 cc|8 nsubj|2 conj|2 punct"},
		{"a participle is left alone",
			"Russia/NNP/2/nsubj expelled/VBD/0/root diplomats/NNS/2/obj and/CC/5/cc staff/NN/3/conj trained/VBN/5/acl abroad/RB/6/advmod ././2/punct",
			"2 nsubj|0 root|2 obj|5 cc|3 conj|5 acl|6 advmod|2 punct"},
		{"a verb with a subject of its own is left alone",
			"Chile/NNP/2/nsubj sent/VBD/0/root aid/NN/2/obj and/CC/5/cc Peru/NNP/3/conj it/PRP/7/nsubj said/VBD/5/acl:relcl ././2/punct",
			"2 nsubj|0 root|2 obj|5 cc|3 conj|7 nsubj|5 acl:relcl|2 punct"},
		{"a verb below the finite verb is left alone, not made its head",
			"Chile/NNP/2/nsubj sent/VBD/6/advcl aid/NN/2/obj and/CC/5/cc Peru/NNP/3/conj thanked/VBD/9/dep ,/,/9/punct officials/NNS/9/nsubj said/VBD/0/root ././9/punct",
			"2 nsubj|6 advcl|2 obj|5 cc|3 conj|9 dep|9 punct|9 nsubj|0 root|9 punct"},
		{"an oblique's conjunct before a verb hung as an adverbial clause",
			"Troops/NNS/2/nsubj shelled/VBD/0/root the/DT/4/det town/NN/2/obj on/IN/6/case Monday/NNP/2/obl and/CC/9/cc rebel/NN/9/compound fighters/NNS/6/conj returned/VBD/2/advcl fire/NN/10/obj ././2/punct",
			"2 nsubj|0 root|4 det|2 obj|6 case|2 obl|10 cc|9 compound|10 nsubj|2 conj|10 obj|2 punct"},
		{"an adverbial clause with a subordinator is left alone",
			"Troops/NNS/2/nsubj shelled/VBD/0/root the/DT/4/det town/NN/2/obj and/CC/6/cc houses/NNS/4/conj because/IN/8/mark burned/VBD/2/advcl ././2/punct",
			"2 nsubj|0 root|4 det|2 obj|6 cc|4 conj|8 mark|2 advcl|2 punct"},
		{"a bare infinitive after a causative verb is left alone",
			"Let/VB/0/root your/PRP$/3/nmod:poss friends/NNS/1/obj and/CC/5/cc neighbours/NNS/3/conj know/VBP/1/parataxis ././1/punct",
			"0 root|3 nmod:poss|1 obj|5 cc|3 conj|1 parataxis|1 punct"},
		{"a conjunct of the subject is left alone",
			"Chile/NNP/4/nsubj and/CC/3/cc Peru/NNP/1/conj signed/VBD/0/root ././4/punct",
			"4 nsubj|3 cc|1 conj|0 root|4 punct"},
	}
	for _, tc := range tests {
		checkMend(t, tc.name, tc.in, tc.want, coordinateClauses)
	}
}

// TestInfinitiveConjunct checks that a finite verb the parser joined to
// an infinitive becomes the conjunct of the finite verb above it, on
// trees as the parser builds them, and the trees it must leave alone.
func TestInfinitiveConjunct(t *testing.T) {
	tests := []struct {
		name, in, want string // want: each token's head and deprel
	}{
		{"a past tense joined to an infinitive of the object",
			"Chile/NNP/2/nsubj told/VBD/0/root envoys/NNS/2/obj to/TO/5/mark go/VB/3/acl and/CC/7/cc cut/VBD/5/conj trade/NN/7/obj ././2/punct",
			"2 nsubj|0 root|2 obj|5 mark|3 acl|7 cc|2 conj|7 obj|2 punct"},
		{"a past tense joined to an infinitive of purpose",
			"Peru/NNP/2/nsubj asked/VBD/0/root monitors/NNS/2/obj to/TO/5/mark visit/VB/2/advcl and/CC/7/cc blamed/VBD/5/conj Chile/NNP/7/obj ././2/punct",
			"2 nsubj|0 root|2 obj|5 mark|2 advcl|7 cc|2 conj|7 obj|2 punct"},
		{"two infinitives are left alone",
			"Chile/NNP/2/nsubj told/VBD/0/root envoys/NNS/2/obj to/TO/5/mark go/VB/3/acl and/CC/7/cc cut/VB/5/conj trade/NN/7/obj ././2/punct",
			"2 nsubj|0 root|2 obj|5 mark|3 acl|7 cc|5 conj|7 obj|2 punct"},
		{"a finite verb with its own subject is left alone",
			"Chile/NNP/2/nsubj told/VBD/0/root envoys/NNS/2/obj to/TO/5/mark go/VB/3/acl and/CC/8/cc Peru/NNP/8/nsubj cut/VBD/5/conj trade/NN/8/obj ././2/punct",
			"2 nsubj|0 root|2 obj|5 mark|3 acl|8 cc|8 nsubj|5 conj|8 obj|2 punct"},
		{"a base form without to is left alone",
			"Chile/NNP/2/nsubj let/VBD/0/root envoys/NNS/4/nsubj go/VB/2/xcomp and/CC/6/cc cut/VBD/4/conj trade/NN/6/obj ././2/punct",
			"2 nsubj|0 root|4 nsubj|2 xcomp|6 cc|4 conj|6 obj|2 punct"},
	}
	for _, tc := range tests {
		checkMend(t, tc.name, tc.in, tc.want, infinitiveConjunct)
	}
}

// TestObjectClause checks the mend of a second clause read as the
// complement of a verb that takes none, on trees as the parser builds
// them, and the trees it must leave alone.
func TestObjectClause(t *testing.T) {
	tests := []struct {
		name, in, want string // want: each token's head and deprel
	}{
		{"a coordinated subject of a complement of shell",
			"Troops/NNS/troops/2/nsubj shelled/VBD/shell/0/root the/DT/the/4/det village/NN/village/8/nsubj and/CC/and/7/cc rebel/NN/rebel/7/compound fighters/NNS/fighter/4/conj returned/VBD/return/2/ccomp fire/NN/fire/8/obj ./././2/punct",
			"2 nsubj|0 root|4 det|2 obj|8 cc|7 compound|8 nsubj|2 conj|8 obj|2 punct"},
		{"a comma before the coordinator moves with it",
			"Police/NNS/police/2/nsubj detained/VBD/detain/0/root leaders/NNS/leader/7/nsubj ,/,/,/6/punct but/CC/but/6/cc crowds/NNS/crowd/3/conj marched/VBD/march/2/ccomp ./././2/punct",
			"2 nsubj|0 root|2 obj|7 punct|7 cc|7 nsubj|2 conj|2 punct"},
		{"a verb of saying keeps its complement",
			"Officials/NNS/official/2/nsubj said/VBD/say/0/root the/DT/the/4/det village/NN/village/7/nsubj and/CC/and/6/cc forces/NNS/force/4/conj fought/VBD/fight/2/ccomp ./././2/punct",
			"2 nsubj|0 root|4 det|7 nsubj|6 cc|4 conj|2 ccomp|2 punct"},
		{"a verb with an object of its own is left alone",
			"Troops/NNS/troops/2/nsubj told/VBD/tell/0/root villagers/NNS/villager/2/obj the/DT/the/5/det town/NN/town/8/nsubj and/CC/and/7/cc farms/NNS/farm/5/conj burned/VBD/burn/2/ccomp ./././2/punct",
			"2 nsubj|0 root|2 obj|5 det|8 nsubj|7 cc|5 conj|2 ccomp|2 punct"},
		{"a complement with a subordinator is left alone",
			"Troops/NNS/troops/2/nsubj shelled/VBD/shell/0/root until/IN/until/8/mark the/DT/the/5/det town/NN/town/8/nsubj and/CC/and/7/cc farms/NNS/farm/5/conj burned/VBD/burn/2/ccomp ./././2/punct",
			"2 nsubj|0 root|8 mark|5 det|8 nsubj|7 cc|5 conj|2 ccomp|2 punct"},
	}
	for _, tc := range tests {
		checkMend(t, tc.name, tc.in, tc.want, objectClause)
	}
}

// checkMend builds a tree from in, form/XPOS/head/deprel items (or
// form/XPOS/lemma/head/deprel; the lemma is the lower-cased form when
// left out), runs mend on it and compares each token's head and
// relation with want.
func checkMend(t *testing.T, name, in, want string, mend func([]model.Token)) {
	t.Helper()
	var toks []model.Token
	for _, f := range strings.Fields(in) {
		p := strings.Split(f, "/")
		if len(p) == 4 {
			p = []string{p[0], p[1], strings.ToLower(p[0]), p[2], p[3]}
		}
		toks = append(toks, model.Token{Form: p[0], XPOS: p[1], Lemma: p[2], Head: mustAtoi(t, p[3]), DepRel: p[4]})
	}
	mend(toks)
	var got []string
	for _, tok := range toks {
		got = append(got, strconv.Itoa(tok.Head)+" "+tok.DepRel)
	}
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("%s:\n got %s\nwant %s", name, g, want)
	}
}

// TestParseCoordinatedClause checks the embedded model end to end on a
// sentence of the kind coordinateClauses mends.
func TestParseCoordinatedClause(t *testing.T) {
	m := defaultModel(t)
	toks := tagged("Russia/NNP/PROPN expelled/VBD/VERB two/CD/NUM British/JJ/ADJ diplomats/NNS/NOUN and/CC/CCONJ Britain/NNP/PROPN summoned/VBD/VERB the/DT/DET Russian/JJ/ADJ ambassador/NN/NOUN ././PUNCT")
	m.Parse(toks)
	if toks[6].Head != 8 || toks[6].DepRel != "nsubj" || toks[7].Head != 2 || toks[7].DepRel != "conj" {
		t.Errorf("Britain -> %d %s, summoned -> %d %s; want nsubj of summoned, conj of expelled",
			toks[6].Head, toks[6].DepRel, toks[7].Head, toks[7].DepRel)
	}
}

func mustAtoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
