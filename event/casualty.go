package event

import (
	"github.com/casus-project/casus/model"
)

// dropCasualties removes, from the events of the current sentence (from
// first on), the use of force coded from a participle that counts the
// toll of an attack the same source made earlier in the sentence:
// "Rebels shelled the garrison on Monday, killing five soldiers" is one
// attack, the shelling, and its dead are its outcome, not a second
// deed. The participle's victims take their country from the story, not
// from the attack ("soldiers" of the host country where the garrison
// was a foreign force's), so keeping them adds a deed with a wrong
// target as often as a duplicate. The participle is known by its form
// (-ing after a comma), since the parse often hangs it on the wrong
// word ("struck targets, killing three": an acl of the subject).
func (a *article) dropCasualties(first int, toks []model.Token) {
	if len(a.events)-first < 2 {
		return
	}
	drop := func(i int) bool {
		e := &a.events[i]
		if !force(e.Code) || e.Source == nil {
			return false
		}
		k := predicateToken(toks, e)
		if k < 1 || toks[k].XPOS != "VBG" || toks[k-1].Form != "," {
			return false
		}
		for j := first; j < len(a.events); j++ {
			o := &a.events[j]
			if j == i || !force(o.Code) || o.Source == nil || o.Source.Code != e.Source.Code {
				continue
			}
			if p := predicateToken(toks, o); p >= 0 && p < k-1 && toks[p].XPOS != "VBG" {
				return true
			}
		}
		return false
	}
	a.dropEvents(first, drop)
}
