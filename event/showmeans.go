package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// showMeans reports a target of a show of force (CAMEO 15) by src that is
// the show's means, not its rival: forces of no country, or of src's
// own, that "with" brings after the verb at v ("began its largest naval
// exercise with around 40 warships", "held drills with 9,000 troops").
func showMeans(toks []model.Token, ms []actor.Mention, src, tgt, v int, code string) bool {
	if src < 0 || tgt < 0 || !posture(code) || ms[tgt].Start <= v {
		return false
	}
	m := ms[tgt]
	if c := actor.CountryOf(m.Code); c != "" && c != actor.CountryOf(ms[src].Code) {
		return false
	}
	if m.Kind != actor.Agent && m.Kind != actor.Pronoun {
		return false
	}
	// Back over the count ("around 40", "some 9,000") to "with".
	for k := m.Start - 1; k > v; k-- {
		f := strings.ToLower(toks[k].Form)
		switch {
		case f == "with":
			return true
		case toks[k].UPOS == "NUM", toks[k].UPOS == "DET", approximators[f]:
			continue
		}
		return false
	}
	return false
}

// approximators are the words that may stand before a count ("around
// 40 warships").
var approximators = map[string]bool{
	"around": true, "about": true, "some": true, "nearly": true, "almost": true,
	"roughly": true, "approximately": true, "over": true, "more": true, "than": true,
	"up": true, "to": true, "at": true, "least": true,
}
