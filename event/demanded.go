package event

import (
	"strings"

	"github.com/casus-project/casus/cameo"
	"github.com/casus-project/casus/model"
)

// demandLemmas are the verbs (upper-case lemmas) whose appeals are
// demands: the dictionary's DEMAND block shares URGE's and WANT's
// patterns, whose codes are appeals (02), but what one demands is a
// demand (10).
var demandLemmas = map[string]bool{"DEMAND": true}

// demandOf returns the demand (10) that an appeal code (02) stands one
// apart from in the CAMEO codebook ("demanded that Chile withdraw",
// 025 -> 105; "demanded talks", 026 -> 106), or "" for another code.
func demandOf(code string) string {
	if !strings.HasPrefix(code, "02") {
		return ""
	}
	d := "10" + code[2:]
	if _, ok := cameo.Lookup(d); !ok {
		return ""
	}
	return d
}

// mandatingLemmas are the verbs (upper-case lemmas) of appeal and demand
// that a "that" clause with a bare verb can follow: "demanded that Chile
// withdraw", "urged that Peru release them".
var mandatingLemmas = map[string]bool{
	"DEMAND": true, "INSIST": true, "URGE": true, "ASK": true, "REQUEST": true,
}

// mandatedBy returns the verb of appeal or demand that the verb at v, a
// bare form or one after "should", answers through "that" and a subject
// of at most eight words ("demanded that the Chilean government
// withdraw its troops"), or -1. A verb after "not" is no deed called for.
func mandatedBy(toks []model.Token, v int) int {
	// A bare verb after a plural subject is tagged as a present one
	// ("demanded that the rebels withdraw").
	if v < 3 || toks[v].XPOS != "VB" && toks[v].XPOS != "VBP" {
		return -1
	}
	k := v - 1
	if strings.EqualFold(toks[k].Form, "should") {
		k--
	}
	for j := k; j >= 1 && j >= k-8; j-- {
		t := toks[j]
		if strings.EqualFold(t.Form, "that") && t.UPOS == "SCONJ" {
			g := j - 1
			if g >= 0 && isVerb(toks[g]) && mandatingLemmas[strings.ToUpper(toks[g].Lemma)] {
				return g
			}
			return -1
		}
		if isVerb(t) || t.UPOS == "AUX" || t.UPOS == "PART" || t.Form == "," || t.Form == ";" {
			return -1
		}
	}
	return -1
}

// mandatePattern opens the pattern of a demand made by a verb that
// codes nothing bare, through the "that" clause it mandates (mandates).
const mandatePattern = "<mandate> "

// mandates reports whether the verb at g governs a "that" clause whose
// verb is bare or follows "should" ("insisted that Peru withdraw its
// troops"), by mandatedBy: the clause calls for a deed, where one whose
// verb is finite ("insisted that Peru had withdrawn") reports a fact.
func mandates(toks []model.Token, g int) bool {
	for v := g + 2; v < len(toks) && v <= g+12; v++ {
		if mandatedBy(toks, v) == g {
			return true
		}
	}
	return false
}
