package event

import (
	"slices"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// stanceNoun is what a noun of one party's words about or to another
// codes: the event's code, what the evidence calls it, and the
// prepositions (upper-case) its target follows.
type stanceNoun struct {
	code, what string
	preps      []string
}

// stanceNouns are the nouns (upper-case lemmas) of a party's words about
// or to another that name the act as the verb would: "Peru's criticism
// of Chile" as "Peru criticised Chile".
var stanceNouns = map[string]stanceNoun{
	"CRITICISM":    {"111", "criticism", []string{"OF"}},
	"CONDEMNATION": {"111", "criticism", []string{"OF"}},
	"DENUNCIATION": {"111", "criticism", []string{"OF"}},
	"REBUKE":       {"111", "criticism", []string{"OF"}},
	"ACCUSATION":   {"112", "an accusation", []string{"AGAINST"}},
	"PRAISE":       {"051", "praise", []string{"OF", "FOR"}},
	"APOLOGY":      {"055", "an apology", []string{"TO"}},
	"THREAT":       {"130", "a threat", []string{"AGAINST"}},
}

// stanceLightLemmas are the verbs (upper-case lemmas) whose subject says
// the words their object names: "voiced criticism of", "levelled
// accusations against", "issued an apology to".
var stanceLightLemmas = map[string]bool{
	"VOICE": true, "EXPRESS": true, "LEVEL": true, "LEVELL": true, "ISSUE": true,
	"MAKE": true, "DELIVER": true, "HURL": true, "DIRECT": true, "AIM": true,
	"RENEW": true, "REPEAT": true, "OFFER": true, "EXTEND": true,
}

// nominalStance codes what a noun says one party said about or to
// another (stanceNouns): "Bolivia's criticism of Chile" (111), "Peru's
// accusations against Chile" (112), "Chile's apology to Peru" (055),
// "Peru's threats against Bolivia" (130; 1312 where the phrase names
// tariffs or sanctions). The speaker is the noun's owner, the actor
// after "by" or "from" in its phrase ("the criticism of Chile by
// Bolivia"), or the subject of a verb that voices it ("Bolivia levelled
// accusations against Chile"; stanceLightLemmas); the target is the
// actor right after the noun's preposition. A noun with no speaker or no
// target named in its sentence ("fears of criticism", "the criticism
// debate") is none; one the governing verb says is sought or expected
// is none (emitNominal), and its status is the clause's.
func (a *article) nominalStance(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, says []say, times []when.Expression) {
	sn, ok := stanceNouns[a.w.lem[k]]
	if !ok {
		return
	}
	end := nominalEnd(toks, k)
	src, tgt := a.nominalOwner(toks, ms, k), -1
	code := sn.code
	for j := k + 1; j < end; j++ {
		switch u := a.w.up[j]; {
		case slices.Contains(sn.preps, u):
			if tgt < 0 && j == k+1 {
				if i := argAt(toks, ms, j+1); i >= 0 && ms[i].Start < end {
					tgt = i
				}
			}
		case u == "BY" || u == "FROM":
			if i := argAt(toks, ms, j+1); i >= 0 && ms[i].Start < end && src < 0 {
				src = i
			}
		case sn.code == "130" && eventNoun(a.w.lem[j]) == nounTariff:
			// "Peru's threat of tariffs against Chile".
			code = "1312"
		}
	}
	if tgt < 0 && sn.code == "130" {
		// "Peru's threat of new tariffs against Chile": the target
		// follows the threatened means.
		for j := k + 1; j < end && tgt < 0; j++ {
			if a.w.up[j] == "AGAINST" && code == "1312" {
				if i := argAt(toks, ms, j+1); i >= 0 && ms[i].Start < end {
					tgt = i
				}
			}
		}
	}
	if tgt < 0 {
		return
	}
	if src < 0 {
		if v := a.stanceVerb(toks, k); v >= 0 && !isPassive(toks, v) {
			src = a.source(toks, ms, v)
		}
	}
	if src < 0 || src == tgt || ms[src].Code == "" || ms[tgt].Code == "" {
		return
	}
	if a.restates(s, code, ms[src], ms[tgt]) {
		return
	}
	a.emitNounPair(s, toks, ms, k, end, code, src, tgt, "<noun> "+a.w.up[k]+" "+a.w.up[k+1]+" + BY $", "noun "+toks[k].Form+": "+sn.what+" ("+code+")", says, times)
}

// stanceVerb returns the verb of stanceLightLemmas whose object the noun
// at k heads, right before it past its article, possessive, numbers,
// adjectives and nouns that name no actor ("voiced sharp criticism of",
// "renewed its threats against"), or -1.
func (a *article) stanceVerb(toks []model.Token, k int) int {
	p := a.beforePremods(toks, k, 4, premodDet|premodPoss|premodNum|premodAdj|premodNoun)
	if p < 0 || !isVerb(toks[p]) || !stanceLightLemmas[a.w.lem[p]] {
		return -1
	}
	return p
}
