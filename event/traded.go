package event

import (
	"strings"

	"github.com/casus-project/casus/model"
)

// exchangeLemmas are verbs whose object passes between the members of a
// compound subject, whatever the deed: "India and Pakistan traded
// accusations", "exchanged threats", "swapped prisoners"; and QUARREL,
// which its doers do with each other ("Peru and Chile quarrelled").
var exchangeLemmas = map[string]bool{"EXCHANGE": true, "TRADE": true, "SWAP": true, "QUARREL": true}

// exchanged reports an exchanging verb at v (exchangeLemmas): a compound
// subject's members then act on each other for any code, an accusation
// (112) or threat (130) as much as a prisoner swap, where reciprocal keeps
// verbal conflict one way ("Peru and Chile condemned Bolivia").
func (a *article) exchanged(v int) bool {
	return a.verbIn(exchangeLemmas, v)
}

// verbIn reports whether set holds the verb at v by its dictionary lemma,
// the tagger's lemma or its upper-case form.
func (a *article) verbIn(set map[string]bool, v int) bool {
	return set[a.w.lem[v]] || set[strings.ToUpper(a.toks[v].Lemma)] || set[a.w.up[v]]
}

// bareFire reports "fire" at k, right after an exchanging verb, with no
// weapon named before it: "exchanged fire" is a clash of unspecified
// force (190), "exchanged mortar fire" names the weapon.
func bareFire(toks []model.Token, k int) bool {
	return k < len(toks) && strings.EqualFold(toks[k].Form, "fire")
}
