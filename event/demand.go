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
	for i := first; i < len(a.events); i++ {
		e := &a.events[i]
		if e.Source != nil && e.Target != nil && e.Source.Code == src && e.Target.Code == tgt && strings.HasPrefix(e.Code, "10") {
			return true
		}
	}
	return false
}
