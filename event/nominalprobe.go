package event

import (
	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// probeOpeners are the verbs (upper-case lemmas) whose subject opens or
// holds the investigation their object names: "launched a probe into",
// "opened an investigation of", "is conducting an inquiry into".
var probeOpeners = map[string]bool{
	"LAUNCH": true, "OPEN": true, "BEGIN": true, "START": true, "ANNOUNCE": true,
	"ORDER": true, "CONDUCT": true, "CARRY": true, "INITIATE": true, "EXPAND": true,
	"WIDEN": true, "LEAD": true, "HEAD": true,
}

// crimeWords are the words (upper-case) before or after an investigation
// noun that make it one of crime or corruption (091) rather than an
// investigation not specified (090).
var crimeWords = map[string]bool{
	"CRIMINAL": true, "CORRUPTION": true, "FRAUD": true, "BRIBERY": true, "POLICE": true,
	"MONEY-LAUNDERING": true, "LAUNDERING": true, "EMBEZZLEMENT": true, "TAX": true,
}

// nominalProbe codes an investigation that a noun names (09): of the one
// it looks into by the one who holds it, each named in the sentence.
//
//   - "Peru is under investigation by Chilean prosecutors", "came under
//     scrutiny from the regulator": the subject before "under" is looked
//     into, the actor after "by" or "from" looks;
//   - "Peru faces an investigation by Chilean prosecutors", "is facing
//     scrutiny from": the subject of "face" is looked into;
//   - "Chile's investigation into Peru", "a probe by Chile into Peru",
//     "Chile opened an inquiry into Peru" (probeOpeners): the owner, the
//     actor after "by" or the opening verb's subject looks into the
//     actor after "into", "of" or "on".
//
// An investigation of crime or corruption, by its words (crimeWords) or
// by a police or judicial investigator, is 091; any other 090. Scrutiny
// is looked into only "under" it or "faced". An investigation that its
// governing verb says is yet to be held or is called for is none
// (emitNominal).
func (a *article) nominalProbe(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, says []say, times []when.Expression) {
	lem := a.w.lem[k]
	end := nominalEnd(toks, k)
	src, tgt := -1, -1
	from := false // src follows "from", not "by"
	for j := k + 1; j < end; j++ {
		switch a.w.up[j] {
		case "BY", "FROM":
			if i := argAt(toks, ms, j+1); i >= 0 && src < 0 {
				src, from = i, a.w.up[j] == "FROM"
			}
		case "INTO", "OF", "ON":
			if i := argAt(toks, ms, j+1); i >= 0 && tgt < 0 && lem != "SCRUTINY" {
				tgt = i
			}
		}
	}
	gov := a.probeGovernor(toks, k)
	if gov >= 0 && a.t.ok && a.markedIf(gov) {
		// "if Chile opens an inquiry into Peru": a condition.
		return
	}
	switch {
	case k > 0 && a.w.up[k-1] == "UNDER" || gov >= 0 && a.w.lem[gov] == "FACE" && !isPassive(toks, gov):
		// "X is under investigation by Y", "X faces a probe by Y": the
		// subject is looked into; the noun's own object is no other.
		if tgt >= 0 || src < 0 {
			return
		}
		v := k - 1
		if gov >= 0 && a.w.lem[gov] == "FACE" {
			v = gov
		}
		tgt = a.source(toks, ms, v)
	case lem == "SCRUTINY":
		return
	default:
		// "Chile's investigation into Peru", "Chile launched a probe
		// into Peru": from "by" only in the phrase ("an inquiry from a
		// reader" is a question).
		if from {
			src = -1
		}
		if src < 0 {
			src = a.nominalOwner(toks, ms, k)
		}
		if src < 0 && gov >= 0 && probeOpeners[a.w.lem[gov]] && !isPassive(toks, gov) {
			src = a.source(toks, ms, gov)
		}
	}
	if src < 0 || tgt < 0 || src == tgt || selfEvent(ms[src], ms[tgt]) {
		return
	}
	code := "090"
	if crime := a.crimeProbe(toks, k, end); crime || sectorOf(ms[src].Code, "COP") || sectorOf(ms[src].Code, "JUD") {
		code = "091"
	}
	// "Chile launched an inquiry into Peru": the verb's pattern may
	// have coded the investigation already, under another code.
	for _, c := range []string{"090", "091", "092", "093", "094"} {
		if a.restates(s, c, ms[src], ms[tgt]) {
			return
		}
	}
	a.emitNounPair(s, toks, ms, k, end, code, src, tgt, "<noun> "+lem+" INTO + BY $", "noun "+toks[k].Form+": an investigation ("+code+")", says, times)
}

// crimeProbe reports a word of crime or corruption (crimeWords) among the
// two words before the noun at k or in its phrase up to end.
func (a *article) crimeProbe(toks []model.Token, k, end int) bool {
	for j := max(k-2, 0); j < end; j++ {
		if crimeWords[a.w.up[j]] {
			return true
		}
	}
	return false
}

// probeGovernor returns the verb whose object the noun at k is, before it
// past its article, numbers, adjectives and nouns ("faces a criminal
// investigation", "opened a corruption probe"), or -1.
func (a *article) probeGovernor(toks []model.Token, k int) int {
	p := a.beforePremods(toks, k, 4, premodDet|premodPoss|premodNum|premodAdj|premodNoun)
	if p >= 0 && a.w.up[p] == "OUT" {
		p--
	}
	if p >= 0 && isVerb(toks[p]) {
		return p
	}
	return -1
}
