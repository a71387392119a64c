package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// condemnedDoer sets the target of a disapproval (CAMEO 11, not an
// accusation, 112, whose patterns place their target) whose target is
// the victim of a deed named as the verb's object: "condemned the attack
// on Chilean border guards" disapproves of whoever attacked, not of the
// guards. The deed's doer is the target where the words name it: before
// the deed ("the Bolivian attack on", "Bolivia's bombing of") or after
// the victim ("the shelling of Chilean positions by Bolivian troops");
// else the source of the story's latest use of force (CAMEO 18-20) or
// detention (173) against the victim's country, by another country's
// actor; else there is none, and no other target is guessed from
// context (st.settled). Any other target is left alone.
func (a *article) condemnedDoer(st *coding) {
	toks, ms, v := st.toks, st.ms, st.v
	victim := ms[st.tgt]
	n := a.victimDeed(toks, victim, v)
	if n < 0 {
		return
	}
	st.settled = true
	// The doer named as the deed's owner, past an air weapon ("the
	// Bolivian drone strike on"), as nominalStrike reads it, or by "by".
	o := n
	for o > v+1 && airWeapons[a.w.up[o-1]] && toks[o-1].UPOS == "NOUN" {
		o--
	}
	st.tgt = a.nominalOwner(toks, ms, o)
	if st.tgt < 0 {
		st.tgt = byAgent(toks, ms, a.w.up, victim.End)
	}
	c := actor.CountryOf(victim.Code)
	if st.tgt >= 0 || c == "" {
		return
	}
	other := func(code string) bool { return actor.CountryOf(code) != c }
	deed := func(ev *model.Event) bool { return force(ev.Code) || strings.HasPrefix(ev.Code, "173") }
	if ev := a.latestAimedAt(victim, other, deed); ev != nil {
		st.ms = append(ms[:len(ms):len(ms)], contextMention(*ev.Source, len(toks), actor.FromContext, "the doer of the latest deed ("+ev.Code+") against "+ev.Target.Code))
		st.tgt = len(st.ms) - 1
	}
}

// byAgent returns the mention that a "by" names right after the victim
// ending at token end ("the shelling of Chilean positions by Bolivian
// troops"), before any comma or verb, or -1.
func byAgent(toks []model.Token, ms []actor.Mention, up []string, end int) int {
	for k := end; k < len(toks) && k < end+8; k++ {
		if toks[k].Form == "," || isVerb(toks[k]) {
			return -1
		}
		if up[k] == "BY" {
			return argAt(toks, ms, k+1)
		}
	}
	return -1
}

// victimDeed returns the token of the deed noun whose victim m is, the
// deed being the object of the verb at v ("condemned the attack on
// Chilean border guards", "criticised the arrest of two journalists"),
// or -1.
func (a *article) victimDeed(toks []model.Token, m actor.Mention, v int) int {
	k := m.Start - 1
	for k > v && (toks[k].UPOS == "DET" || toks[k].UPOS == "NUM" || toks[k].UPOS == "ADJ") {
		k--
	}
	if k <= v+1 {
		return -1
	}
	switch a.w.up[k] {
	case "ON", "OF", "AGAINST":
	default:
		return -1
	}
	n := k - 1
	if toks[n].UPOS != "NOUN" || !victimDeeds[a.w.lem[n]] || n-v > 7 {
		return -1
	}
	// Only a noun phrase lies between the verb and the deed: "the
	// latest deadly missile strike on", "Bolivia's bombing of".
	for j := v + 1; j < n; j++ {
		switch toks[j].UPOS {
		case "DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "ADV":
		default:
			return -1
		}
	}
	return n
}

// victimDeeds are nouns (upper-case lemmas) of deeds done to someone,
// whose victim follows "on", "of" or "against".
var victimDeeds = map[string]bool{
	"ATTACK": true, "STRIKE": true, "AIRSTRIKE": true, "BOMBING": true, "SHELLING": true,
	"KILLING": true, "MURDER": true, "MASSACRE": true, "ASSAULT": true, "SHOOTING": true,
	"ARREST": true, "DETENTION": true, "KIDNAPPING": true, "ABDUCTION": true, "EXECUTION": true,
	"INVASION": true, "OCCUPATION": true, "BLOCKADE": true, "SEIZURE": true, "RAID": true,
	"EXPULSION": true, "DEPORTATION": true, "PERSECUTION": true, "HARASSMENT": true,
	"TORTURE": true, "ASSASSINATION": true, "BOMBARDMENT": true, "INCURSION": true,
}

// disapproval reports a code of disapproval (11) other than an
// accusation (112).
func disapproval(code string) bool {
	return strings.HasPrefix(code, "11") && !strings.HasPrefix(code, "112")
}
