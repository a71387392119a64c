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
		{"a conjunct of the subject is left alone",
			"Chile/NNP/4/nsubj and/CC/3/cc Peru/NNP/1/conj signed/VBD/0/root ././4/punct",
			"4 nsubj|3 cc|1 conj|0 root|4 punct"},
	}
	for _, tc := range tests {
		var toks []model.Token
		for _, f := range strings.Fields(tc.in) {
			p := strings.Split(f, "/")
			toks = append(toks, model.Token{Form: p[0], XPOS: p[1], Head: mustAtoi(t, p[2]), DepRel: p[3]})
		}
		coordinateClauses(toks)
		var got []string
		for _, tok := range toks {
			got = append(got, strconv.Itoa(tok.Head)+" "+tok.DepRel)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, g, tc.want)
		}
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
