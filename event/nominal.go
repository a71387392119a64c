package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// nominalReach bounds how many tokens after its noun a nominal event's
// arguments may stand.
const nominalReach = 12

// nominals codes events that a noun names rather than a verb (not with
// TABARI dictionaries, whose suite codes verbs only):
//
//   - a visit or trip of someone to a country or its city: "a visit to
//     Moscow by President X", "X's visit to Beijing" (042);
//   - talks or negotiations between two parties: "talks between Serbia and
//     Kosovo" (046, each towards the other).
//
// They are coded after the sentence's verbs have had their events
// weighed, and no verb's event gives way to them.
func (a *article) nominals(s *model.Sentence, toks []model.Token, ms []actor.Mention, says []say, times []when.Expression) {
	for k := 0; k < len(toks); k++ {
		if toks[k].UPOS != "NOUN" || a.w.act[k] {
			continue
		}
		switch a.w.lem[k] {
		case "VISIT", "TRIP":
			a.nominalVisit(s, toks, ms, k, says, times)
		case "TALK", "NEGOTIATION":
			if strings.HasSuffix(strings.ToLower(toks[k].Form), "s") {
				a.nominalTalks(s, toks, ms, k, says, times)
			}
		}
	}
}

// argAt returns the mention that begins at token p (an article may stand
// before it), or -1.
func argAt(toks []model.Token, ms []actor.Mention, p int) int {
	if p < len(toks) && (strings.EqualFold(toks[p].Form, "the") || strings.EqualFold(toks[p].Form, "a")) {
		p++
	}
	for i, m := range ms {
		if m.Start == p {
			return i
		}
	}
	return -1
}

// nominalEnd is where the arguments of the noun at k may stand: up to
// nominalReach tokens, not past a clause's punctuation or a finite verb.
func nominalEnd(toks []model.Token, k int) int {
	e := k + 1
	for ; e < len(toks) && e <= k+nominalReach; e++ {
		f := toks[e].Form
		if f == "," || f == ";" || f == ":" || f == "." || toks[e].UPOS == "VERB" || toks[e].UPOS == "AUX" {
			break
		}
	}
	return e
}

func (a *article) nominalVisit(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, says []say, times []when.Expression) {
	src, place := -1, -1
	// "Pelosi's visit", "his visit".
	if p := k - 1; p > 0 && (toks[p].Form == "'s" || toks[p].Form == "’s") {
		for i, m := range ms {
			if m.End == p {
				src = i
			}
		}
	} else if p > 0 && toks[p].UPOS == "PRON" {
		for i, m := range ms {
			if m.Start == p {
				src = i
			}
		}
	}
	end := nominalEnd(toks, k)
	for j := k + 1; j < end; j++ {
		switch a.w.up[j] {
		case "TO":
			if i := argAt(toks, ms, j+1); i >= 0 && place < 0 {
				place = i
			}
		case "BY":
			if i := argAt(toks, ms, j+1); i >= 0 && src < 0 {
				src = i
			}
		}
	}
	if src < 0 || place < 0 {
		return
	}
	pc := actor.CountryOf(ms[place].Code)
	if sc := actor.CountryOf(ms[src].Code); pc == "" || sc == "" || sc == pc {
		return
	}
	tm := ms[place]
	if len(tm.Code) != 3 {
		// A visit to a country's leader is a visit to the country.
		tm.Code = pc
	}
	cl := &clause{v: k, vEnd: k + 1, lo: k, hi: end, code: "042", src: src, tgt: place,
		pattern: "<noun> VISIT TO + BY $", entries: []string{"noun " + toks[k].Form + ": a visit (042)"}}
	a.emitNominal(s, toks, ms, cl, ms[src], tm, says, times)
}

func (a *article) nominalTalks(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, says []say, times []when.Expression) {
	end := nominalEnd(toks, k)
	j := k + 1
	if j >= end || a.w.up[j] != "BETWEEN" {
		return
	}
	x := argAt(toks, ms, j+1)
	if x < 0 {
		return
	}
	mem := members(toks, ms, x)
	if len(mem) < 2 {
		return
	}
	cl := &clause{v: k, vEnd: k + 1, lo: k, hi: end, code: "046", src: mem[0], tgt: mem[1],
		pattern: "<noun> TALKS BETWEEN $ AND +", entries: []string{"noun " + toks[k].Form + ": negotiations (046)"}}
	for _, p := range mem {
		for _, q := range mem {
			if p != q {
				a.emitNominal(s, toks, ms, cl, ms[p], ms[q], says, times)
			}
		}
	}
}

// emitNominal emits a nominal event with its status and date.
func (a *article) emitNominal(s *model.Sentence, toks []model.Token, ms []actor.Mention, cl *clause, sm, tm actor.Mention, says []say, times []when.Expression) {
	status, attr := a.status(toks, ms, cl, says)
	date, x, hasX := a.date(toks, cl, times)
	a.emit(s, toks, cl, sm, tm, true, cl.code, status, attr, date, x, hasX)
}
