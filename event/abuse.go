package event

import (
	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// abuseNouns are the nouns (upper-case lemmas) of an abuse of human
// rights, which naming is accusing: what is a wrong in itself.
var abuseNouns = map[string]bool{
	"TORTURE": true, "ATROCITY": true, "MASSACRE": true, "ABUSE": true,
}

// wrongfulKillings are the words (upper-case) that make killings, arrests
// or executions an abuse: "unlawful killings", "extrajudicial executions".
var wrongfulKillings = map[string]bool{
	"UNLAWFUL": true, "EXTRAJUDICIAL": true, "ILLEGAL": true, "ARBITRARY": true,
}

// abuseCharge codes an abuse of human rights that a speaker names as
// someone's ("reveal a pattern of unlawful killings by Iranian security
// forces, said Amnesty International", "Chile said torture by Peruvian
// police was widespread") as the speaker's accusation of it (1122): a
// noun of abuseNouns, or killings, executions or detentions that
// wrongfulKillings qualify, with "by" and the actor right after it. The
// speaker says the sentence: the subject of its verb of saying before
// the noun, or the actor that a verb of saying set off by a comma after
// it names ("..., said Amnesty International"). A speaker of the abuser's
// own country, and an accusation the verbs coded already, code none.
func (a *article) abuseCharge(s *model.Sentence, toks []model.Token, ms []actor.Mention, says []say, times []when.Expression, first int) {
	for k := a.from; k+2 < len(toks); k++ {
		if toks[k].UPOS != "NOUN" || !a.abuseNoun(k) || a.w.up[k+1] != "BY" {
			continue
		}
		tgt := argAt(toks, ms, k+2)
		if tgt < 0 || ms[tgt].Code == "" {
			continue
		}
		sv, sp := a.sentenceSpeaker(toks, ms, says, k)
		if sp < 0 || ms[sp].Code == "" || ms[sp].Code == ms[tgt].Code || a.coded(first, ms[sp].Code, ms[tgt].Code, "112") {
			continue
		}
		cl := &clause{v: sv, vEnd: sv + 1, lo: 0, hi: len(toks), code: "1122", src: sp, tgt: tgt,
			pattern: "<speaker> SAYS + <abuse> " + a.w.up[k] + " BY $ [1122]",
			entries: []string{"noun " + toks[k].Form + ": an abuse of human rights named as the actor's"}}
		status, attr := a.status(toks, ms, &clause{v: sv, vEnd: sv + 1, lo: 0, hi: len(toks)}, says)
		if status == model.Negated || status == model.Hypothetical {
			continue
		}
		if status == model.Claimed {
			status, attr = model.Asserted, nil
		}
		// The accusation is dated by its verb of saying, not by a time of
		// the abuse it names ("a massacre by Chilean troops in 1973").
		date, x, hasX := a.date(toks, &clause{v: sv, vEnd: sv + 1, lo: sv, hi: sv + 1, src: sp, tgt: tgt}, times)
		a.emit(s, toks, cl, ms[sp], ms[tgt], true, "1122", status, attr, date, x, hasX)
	}
}

// abuseNoun reports a noun at k of abuseNouns, or killings, executions
// or detentions that a word of wrongfulKillings right before it
// qualifies.
func (a *article) abuseNoun(k int) bool {
	lem := a.w.lem[k]
	if abuseNouns[lem] {
		return true
	}
	switch lem {
	case "KILLING", "EXECUTION", "DETENTION":
		return k > 0 && wrongfulKillings[a.w.up[k-1]]
	}
	return false
}

// sentenceSpeaker returns the verb of saying that reports the word at k
// and its speaker: the subject of one before it (says), or the actor
// right after one set off by a comma after it ("..., said Amnesty
// International"); -1, -1 for none.
func (a *article) sentenceSpeaker(toks []model.Token, ms []actor.Mention, says []say, k int) (int, int) {
	for _, sv := range says {
		m := ms[sv.who]
		if sv.v < k && m.End <= sv.v {
			return sv.v, sv.who
		}
		// "..., the group said": a speaker set off by a comma after.
		if sv.v > k && m.Start > k && m.End <= sv.v && (toks[m.Start-1].Form == "," || m.Start > 1 && toks[m.Start-2].Form == "," && toks[m.Start-1].UPOS == "DET") {
			return sv.v, sv.who
		}
	}
	for v := k + 1; v+1 < len(toks); v++ {
		if toks[v-1].Form != "," || !isVerb(toks[v]) || !sayLemmas[a.w.lem[v]] {
			continue
		}
		for i, m := range ms {
			if m.Start == v+1 {
				return v, i
			}
		}
	}
	return -1, -1
}
