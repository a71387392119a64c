package event

import (
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestActSubjectAndHyphenParticiples checks that a participle or a
// coordinated verb whose clause's subject names an act has no source of
// its own, and that a participle joined by a hyphen to the noun before
// it modifies the noun after it and is no predicate.
func TestActSubjectAndHyphenParticiples(t *testing.T) {
	tests := []eventCase{
		// The act allows; no actor does (and the attack that could
		// happen has not: a hypothetical deed codes nothing).
		{"Peru said a Chilean attack on Bolivia could constitute a threat to Argentina, allowing its forces to act.", nil, []string{"CHL>ARGMIL:080", "CHL>ARG:080", "CHL>BOL:190"}},
		{"Peru said the Chilean attack on Bolivia constituted a threat to Argentina, allowing its forces to act.", []string{"CHL>BOL:190"}, []string{"CHL>ARGMIL:080", "CHL>ARG:080"}},
		// "survival-threatening" is an adjective, no threat.
		{"Peru said a Chilean attack on Bolivia would create a survival-threatening situation for Argentina.", nil, []string{"CHL>ARG:130", "CHL>BOL:190"}},
		{"Peru said the Chilean attack on Bolivia created a survival-threatening situation for Argentina.", []string{"CHL>BOL:190"}, []string{"CHL>ARG:130"}},
		// "Chile-backed" modifies "militia"; the militia's attack stays,
		// and the militia is of the story's country, not its backer's.
		{"Bolivia protested on Sunday. A Chile-backed militia attacked Peruvian troops on Monday.", []string{"BOLUAF>PERMIL:190"}, []string{"CHL>CHLUAF:050", "CHLUAF>PERMIL:190"}},
		{"A Chile-backed militia attacked Peruvian troops on Monday.", nil, []string{"CHL>CHLUAF:050", "CHLUAF>PERMIL:190"}},
		// Nor is a backer the source of what the noun it modifies does;
		// a country that leads it is.
		{"A Chilean-backed alliance attacked Peruvian troops on Monday.", nil, []string{"CHL>PERMIL:190"}},
		{"A Chilean-dominated alliance attacked Peruvian troops on Monday.", nil, []string{"CHL>PERMIL:190"}},
		{"A Chilean-led alliance attacked Peruvian troops on Monday.", []string{"CHL>PERMIL:190"}, nil},
		// A subject that is an actor still acts in its participle.
		{"Chilean troops shelled the town, killing two Bolivian soldiers.", []string{"CHLMIL>BOLMIL:190"}, nil},
	}
	checkEventCases(t, tests)
}

// TestAdverbAdjectival checks that a participle with an "-ly" adverb
// between it and the article, conjunction or adjective before it, and a
// noun after it, is an adjective ("remotely piloted aircraft"), and that
// an adverb after a subject leaves the verb a predicate.
func TestAdverbAdjectival(t *testing.T) {
	tests := []struct {
		words string
		v     int
		want  bool
	}{
		{"strikes using fighter and remotely piloted aircraft", 5, true},
		{"welcomed a newly elected parliament", 3, true},
		{"Chile quickly attacked Peru", 2, false},
	}
	for _, tt := range tests {
		var toks []model.Token
		for i, w := range strings.Fields(tt.words) {
			tk := model.Token{Form: w, UPOS: "NOUN", XPOS: "NN"}
			switch {
			case i == tt.v:
				tk.UPOS, tk.XPOS = "VERB", "VBN"
				if tt.v == 2 {
					tk.XPOS = "VBD"
				}
			case strings.HasSuffix(w, "ly"):
				tk.UPOS, tk.XPOS = "ADV", "RB"
			case w == "and":
				tk.UPOS, tk.XPOS = "CCONJ", "CC"
			case w == "a":
				tk.UPOS, tk.XPOS = "DET", "DT"
			case w == "Chile" || w == "Peru":
				tk.UPOS, tk.XPOS = "PROPN", "NNP"
			}
			toks = append(toks, tk)
		}
		if got := adjectival(toks, tt.v); got != tt.want {
			t.Errorf("%q: adjectival = %v, want %v", tt.words, got, tt.want)
		}
	}
}
