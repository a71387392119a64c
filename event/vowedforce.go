package event

import (
	"strings"

	"github.com/casus-project/casus/model"
)

// defeatLemmas are the verbs (upper-case lemmas) of overcoming an enemy
// by force, which the dictionaries code as force (19): "defeat",
// "destroy", "crush".
var defeatLemmas = map[string]bool{
	"DEFEAT": true, "DESTROY": true, "CRUSH": true, "ERADICATE": true,
	"ANNIHILATE": true, "VANQUISH": true,
}

// defeatVowedBy returns the word by which the subject of the deed at v,
// force (19) by a verb of defeatLemmas, vows it, or -1: a verb or noun
// of pledge (pledgedBy: "vowed to defeat the rebels", "reiterated its
// commitment to defeating them") or an adjective of commitment before
// "to" ("is determined to destroy", "remains committed to defeating").
// CAMEO codes such a vow a threat of military force (138), as the
// annotators of real press texts do: the vow is made, the defeat is not,
// and no cooperation (03) is promised to anyone. A commitment said not to
// hold ("is not committed to") is none.
func defeatVowedBy(toks []model.Token, v int, lemma, code string) int {
	if !defeatLemmas[lemma] || !strings.HasPrefix(code, "19") {
		return -1
	}
	if g := pledgedBy(toks, v); g >= 0 {
		return g
	}
	if v < 2 || !strings.EqualFold(toks[v-1].Form, "to") {
		return -1
	}
	w := strings.ToLower(toks[v-2].Form)
	if !pendingAdjectives[w] || w == "close" || negated(toks, v-2) {
		return -1
	}
	if b := readyVerbBefore(toks, v-2); b < 0 || negated(toks, b) {
		return -1
	}
	return v - 2
}
