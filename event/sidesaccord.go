package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// sidesAccord codes an agreement or a ceasefire at k (code 057 or 0871)
// that a participle right after it says was agreed, signed, reached or
// declared at a time it names, but that names no parties ("a violation of
// the ceasefire agreed in November 2024", "under an agreement signed in
// 2016"), as made between the two sides of the article's latest conflict
// (conflictSides), each with the other, dated by that time: what the
// parties of a conflict agree ends or eases it. An accord whose phrase
// names a party ("between", "with") is the other rules' (nominalAgreement,
// nominalCeasefire), and one sought ("talks on a deal signed") was not
// made.
func (a *article) sidesAccord(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, code string, says []say, times []when.Expression) {
	v := k + 1
	if v >= len(toks) || toks[v].XPOS != "VBN" && toks[v].XPOS != "VBD" || !truceLemmas[a.w.lem[v]] {
		return
	}
	// The time, past a short phrase of place ("signed in Pretoria in
	// November 2022"), with no party named before it.
	end := -1
	for j := v + 1; j < len(toks) && j <= v+5 && end < 0; j++ {
		switch a.w.up[j] {
		case "BETWEEN", "WITH", "BY", ",", ";":
			return
		}
		for _, x := range times {
			if x.Start == toks[j].Start {
				end = j
				for end < len(toks) && toks[end].End <= x.End {
					end++
				}
				break
			}
		}
	}
	if end < 0 {
		return
	}
	lo := a.phraseStart(toks, k)
	if lo > 0 && soughtWords[a.w.up[lo-1]] {
		return
	}
	times, ok := a.phraseTimes(toks, lo, k, end, times, true)
	if !ok {
		return
	}
	ps := a.conflictSides(len(toks), "a side of the latest conflict")
	if ps == nil {
		return
	}
	cl := &clause{v: k, vEnd: k + 1, lo: lo, hi: end, code: code, src: -1, tgt: -1,
		pattern: "<noun> " + a.w.up[k] + " " + a.w.up[v] + " <the conflict's sides>", entries: []string{"noun " + toks[k].Form + " " + toks[v].Form + ", dated, of no party named: made by the sides of the latest conflict (" + code + ")"}}
	a.emitNominal(s, toks, ms, cl, ps[0], ps[1], says, times)
	a.emitNominal(s, toks, ms, cl, ps[1], ps[0], says, times)
}

// conflictSides returns, as two mentions after the sentence's n tokens
// whose entries say why (and which event), the sides of the article's
// latest conflictual event (CAMEO roots 11 to 20): two countries, a
// state's organ standing for its state and rebels or an opposition for
// themselves (as in sidesOf), or, within one country, the state, as its
// government, and the rebels or opposition it fought or they it. It
// returns nil where there is no such event.
func (a *article) conflictSides(n int, why string) []actor.Mention {
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := &a.events[i]
		if ev.Source == nil || ev.Target == nil || ev.Root < "11" || ev.Root > "20" {
			continue
		}
		sc, tc := actor.CountryOf(ev.Source.Code), actor.CountryOf(ev.Target.Code)
		if sc == "" || tc == "" {
			continue
		}
		domestic := sc == tc
		if domestic && challenger(ev.Source.Code[len(sc):]) == challenger(ev.Target.Code[len(tc):]) {
			continue
		}
		entry := why + " (" + ev.Code + " " + ev.Source.Code + ">" + ev.Target.Code + ")"
		out := make([]actor.Mention, 0, 2)
		for _, p := range []*model.Actor{ev.Source, ev.Target} {
			m := contextMention(*p, n, actor.FromContext, entry)
			pc := actor.CountryOf(p.Code)
			switch rest := strings.TrimPrefix(p.Code, pc); {
			case challenger(rest):
			case domestic:
				m.Code = pc + "GOV"
			default:
				m.Code = pc
			}
			out = append(out, m)
		}
		return out
	}
	return nil
}
