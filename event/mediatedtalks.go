package event

import (
	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// mediatedTalks codes talks at k that a third party's participle right
// after the noun says someone mediated, brokered or hosted ("freed 200
// prisoners after talks mediated by Norway", "signed a deal after talks
// hosted by Qatar") as negotiations (046) between the members of the
// governing clause's list subject, each way: talks a go-between stands
// outside are held between two parties at least, and the clause names
// them. The go-between's own deed is its participle's event. A clause
// whose subject is one party names no pair, and codes nothing here.
func (a *article) mediatedTalks(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, says []say, times []when.Expression) {
	p := k + 1
	if !a.t.ok || p+1 >= len(toks) || toks[p].XPOS != "VBN" || !thirdParty[a.w.lem[p]] || a.w.up[p+1] != "BY" {
		return
	}
	h := -1
	for x, n := a.t.head[k], 0; x >= 0 && n < 8; x, n = a.t.head[x], n+1 {
		if isVerb(toks[x]) {
			h = x
			break
		}
	}
	if h < 0 || h == p {
		return
	}
	src := a.depSource(ms, h, false)
	if src < 0 {
		return
	}
	mem := members(toks, ms, src)
	if len(mem) < 2 || disjoined(toks, ms, mem) {
		return
	}
	cl := &clause{v: k, vEnd: k + 1, lo: k, hi: p, code: "046", src: mem[0], tgt: mem[1],
		pattern: "<noun> TALKS " + a.w.up[p] + " BY", entries: []string{"noun " + toks[k].Form + ": negotiations (046) a third party " + toks[p].Form + " between the clause's parties"}}
	a.emitMutual(s, toks, ms, cl, mem, says, times)
}
