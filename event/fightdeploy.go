package event

import (
	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// deployLemmas are the verbs (upper-case lemmas) by which armed forces go
// or are sent somewhere.
var deployLemmas = map[string]bool{
	"DEPLOY": true, "REDEPLOY": true, "SEND": true, "DISPATCH": true, "ARRIVE": true,
	"DEPART": true, "LEAVE": true,
}

// fightDeployment codes armed forces sent, deployed or arriving to fight a
// named enemy ("Chilean jets arrived in Peru to join the fight against
// Bolivian rebels", "sent 300 troops to Peru to fight the rebels",
// "departed for a deployment to support operations against the rebels")
// as a mobilisation of armed forces (154) against that enemy: the verb's
// subject is an armed force, or its object names forces. A deed the
// verbs coded already between the two, and a plan or a denial, code
// none.
func (a *article) fightDeployment(s *model.Sentence, toks []model.Token, ms []actor.Mention, says []say, times []when.Expression, first int) {
	for v := a.from; v < len(toks); v++ {
		if !isVerb(toks[v]) || !deployLemmas[a.w.lem[v]] {
			continue
		}
		tgt := a.foughtEnemy(toks, ms, v)
		if tgt < 0 {
			continue
		}
		src := a.source(toks, ms, v)
		if src < 0 || ms[src].Code == "" {
			continue
		}
		forces := armedCode(ms[src].Code)
		for k := v + 1; k < len(toks) && k <= v+6 && !forces; k++ {
			forces = forceNounsMoved[a.w.up[k]] || armyNouns[a.w.up[k]]
		}
		sc, tc := actor.CountryOf(ms[src].Code), actor.CountryOf(ms[tgt].Code)
		if !forces || sc == tc && len(ms[tgt].Code) <= 3 || a.coded(first, ms[src].Code, tc, "15") {
			continue
		}
		cl := &clause{v: v, vEnd: v + 1, lo: 0, hi: ms[tgt].End, code: "154", src: src, tgt: tgt,
			pattern: "- " + a.w.lem[v] + " * &MILITARY (TO FIGHT) [154]",
			entries: []string{"forces sent to fight " + ms[tgt].Code}}
		status, attr := a.status(toks, ms, cl, says)
		if status == model.Negated || status == model.Hypothetical {
			continue
		}
		date, x, hasX := a.date(toks, cl, times)
		a.emit(s, toks, cl, ms[src], ms[tgt], true, "154", status, attr, date, x, hasX)
	}
}

// fightNouns are the nouns (upper-case) of fighting that "join the ...
// against" or "support ... against" names.
var fightNouns = map[string]bool{"FIGHT": true, "OPERATIONS": true, "CAMPAIGN": true, "WAR": true, "BATTLE": true, "OFFENSIVE": true}

// foughtEnemy returns the actor a purpose after the verb at v says is to
// be fought: "to fight X", "to battle X", "to join the fight against X",
// "to support (ongoing) operations against X"; -1 for none.
func (a *article) foughtEnemy(toks []model.Token, ms []actor.Mention, v int) int {
	for j := v + 1; j+1 < len(toks) && j <= v+20; j++ {
		switch toks[j].Form {
		case ";", ".", ":":
			return -1
		}
		if a.w.up[j] != "TO" || !isVerb(toks[j+1]) {
			continue
		}
		switch a.w.lem[j+1] {
		case "FIGHT", "BATTLE", "COMBAT":
			return argAt(toks, ms, j+2)
		case "JOIN", "SUPPORT":
			for k := j + 2; k+1 < len(toks) && k <= j+5; k++ {
				if fightNouns[a.w.up[k]] && a.w.up[k+1] == "AGAINST" {
					return argAt(toks, ms, k+2)
				}
			}
		}
		return -1
	}
	return -1
}
