package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// endDemand codes what a speaker says an actor must or should end, when
// it is a use of force or a repression that an event noun names ("“The
// authorities must end this crackdown,” said X", "Peru's president said
// Chile has to stop its attacks"): the speaker's demand (100) of the
// ending verb's subject, claimed on the speaker's word (demandSpeaker).
// A demand the sentence's verbs coded already between the two, "we", a
// pronoun subject and "must not end" code none.
func (a *article) endDemand(s *model.Sentence, toks []model.Token, ms []actor.Mention, says []say, times []when.Expression, first int) {
	for v := a.from; v+1 < len(toks); v++ {
		if !isVerb(toks[v]) || !stoppingLemmas[a.w.lem[v]] || !obliged(toks, v) && !shouldBefore(toks, v) || negated(toks, v) || firstPerson(toks, 0, v) {
			continue
		}
		k := endedNoun(toks, v)
		if k < 0 {
			continue
		}
		subj := a.source(toks, ms, v)
		if subj < 0 || ms[subj].Kind == actor.Pronoun || ms[subj].Code == "" {
			continue
		}
		sp := a.demandSpeaker(toks, ms, v, says)
		if sp < 0 || sp == subj || ms[sp].Code == ms[subj].Code || a.demanded(first, ms[sp].Code, ms[subj].Code) {
			continue
		}
		cl := &clause{v: v, vEnd: v + 1, lo: 0, hi: k + 1, code: "100", src: sp, tgt: subj,
			pattern: "<speaker> SAYS + MUST " + a.w.up[v] + " <noun> " + a.w.up[k] + " [100]",
			entries: []string{"noun " + toks[k].Form + ": a use of force or repression to end"}}
		attr := ms[sp].Actor
		date, x, hasX := a.date(toks, cl, times)
		a.emit(s, toks, cl, ms[sp], ms[subj], true, "100", model.Claimed, &attr, date, x, hasX)
	}
}

// endedNoun returns the noun of a use of force or a repression (an
// attack, strike or deed noun of eventNoun) that the object of the verb
// at v ends in, past its article, possessive and adjectives ("end this
// brutal and deadly crackdown", "stop its attacks"), or -1.
func endedNoun(toks []model.Token, v int) int {
	k := v + 1
	for k < len(toks) && k <= v+6 {
		switch toks[k].UPOS {
		case "DET", "ADJ", "CCONJ", "ADV":
			k++
			continue
		case "PRON":
			if toks[k].XPOS == "PRP$" {
				k++
				continue
			}
		}
		break
	}
	if k >= len(toks) || toks[k].UPOS != "NOUN" {
		return -1
	}
	switch eventNoun(strings.ToUpper(toks[k].Lemma)) {
	case nounAttack, nounStrike, nounDeed:
		return k
	}
	return -1
}

// demanded reports a demand (CAMEO 10) of src on tgt among the events of
// the current sentence (from first on).
func (a *article) demanded(first int, src, tgt string) bool {
	return a.coded(first, src, tgt, "10")
}

// toldDemand codes "X told Y they must (had to, would need to) do
// something", whatever the deed, as X's demand (100) of Y, asserted as
// the telling is: what one tells someone they must do is demanded of
// them. The words are read in their order, which a parse of such a
// sentence often tangles: the verb of telling, Y right after it
// (toldAddressee), "they" or "it" standing for Y, then "must", "have to"
// or "need to" and the deed ("told visiting officials they would need to
// “deliver”"). A deed the verbs coded already ("told Chile it must
// withdraw its troops", 1056), "did not have to", a negated telling and
// a demand the sentence holds already between the two code none here.
func (a *article) toldDemand(s *model.Sentence, toks []model.Token, ms []actor.Mention, says []say, times []when.Expression, first int) {
	for h := a.from; h < len(toks); h++ {
		if !isVerb(toks[h]) || a.w.lem[h] != "TELL" || negated(toks, h) {
			continue
		}
		sp := -1
		for _, sv := range says {
			if sv.v == h {
				sp = sv.who
			}
		}
		addr, p := toldAddressee(toks, ms, h)
		if sp < 0 || addr < 0 || addr == sp || ms[sp].Code == "" || ms[addr].Code == "" || ms[addr].Code == ms[sp].Code {
			continue
		}
		v := toldDeed(toks, a.w.lem, p+1)
		if v < 0 || a.demanded(first, ms[sp].Code, ms[addr].Code) {
			continue
		}
		cl := &clause{v: h, vEnd: h + 1, lo: 0, hi: v + 1, code: "100", src: sp, tgt: addr,
			pattern: "<speaker> TELL + PRON MUST [100]",
			entries: []string{"told " + toks[ms[addr].Head].Form + " " + toks[p].Form + " must " + toks[v].Form}}
		date, x, hasX := a.date(toks, cl, times)
		a.emit(s, toks, cl, ms[sp], ms[addr], true, "100", model.Asserted, nil, date, x, hasX)
	}
}

// toldAddressee returns, for a verb of telling at h, the mention of whom
// it tells, right after the verb past at most two modifiers ("told
// visiting officials"), and the token of the subject of what it tells
// right after that mention, past "that": "they" or "it", which stands for
// the addressee ("told Chile it must", "told officials that they had
// to"); -1, -1 for none.
func toldAddressee(toks []model.Token, ms []actor.Mention, h int) (int, int) {
	for i, m := range ms {
		if m.Start <= h || m.Start > h+3 || m.End >= len(toks) {
			continue
		}
		p := m.End
		if strings.EqualFold(toks[p].Form, "that") && p+1 < len(toks) {
			p++
		}
		if toks[p].UPOS == "PRON" && (strings.EqualFold(toks[p].Form, "they") || strings.EqualFold(toks[p].Form, "it")) {
			return i, p
		}
		return -1, -1
	}
	return -1, -1
}

// toldDeed returns the first verb from k on, within six words, past
// auxiliaries, adverbs and the "have to" or "need to" before it, when
// "must", "have to" or "need to" governs it (obliged, past quotation
// marks: "would need to “deliver”") and no "not" or "never" stands
// between; else -1.
func toldDeed(toks []model.Token, lem []string, k int) int {
	for v := k; v < len(toks) && v <= k+6; v++ {
		switch f := plainWord(toks[v].Form); {
		case negWord(f):
			return -1
		case !isVerb(toks[v]):
			continue
		case (lem[v] == "HAVE" || lem[v] == "NEED") && v+1 < len(toks) && strings.EqualFold(toks[v+1].Form, "to"):
			continue
		}
		o := v
		for o > k && isQuote(toks[o-1].Form) {
			o--
		}
		if obliged(toks, o) {
			return v
		}
		return -1
	}
	return -1
}
