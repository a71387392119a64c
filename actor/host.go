package actor

import (
	"strings"

	"github.com/casus-project/casus/model"
)

// This file holds the host of foreign forces: "French troops left Mali
// last year. The junta turned to Russia" speaks of Mali's junta, though
// the sentence before led with France. A sentence led by a country's
// forces or police acting in another country it names ("French troops
// left Mali", "Kenyan police arrived in Haiti") is about that other
// country, the host, and the agents that only a country's own people can
// be (its junta, its rebels, its gangs) are the host's,
// not the foreign forces' country's.

// foreignForces reports a mention of a country's forces or police named
// with that country's own word ("French troops", "Kenyan police"): the
// forces the next country the sentence names may host. A bare agent
// resolved through another mention is not.
func foreignForces(m Mention) bool {
	if m.Kind == Pronoun || m.Person || m.Agent == "" || m.Country == "" || m.Antecedent != (model.Span{}) || m.backer {
		return false
	}
	if len(m.Code) <= 3 || CountryOf(m.Code) != m.Country {
		return false
	}
	role := m.Code[3:]
	return strings.HasPrefix(role, "MIL") || strings.HasPrefix(role, "COP")
}

// hostMention reports a mention in toks that can be the host of foreign
// forces of country forces: a country or city of another country, named
// by its proper name (not by a people's word: "backed by American
// advisers") or by a description that stands for one named before ("left
// the country" after "Mali": see describedAt), as the object of a verb
// ("left Mali", "shelled northern Iraq") or of a preposition that puts
// the forces there ("in", "into", "from", "to"), not one that only says
// what they are near ("near Oman").
func hostMention(toks []model.Token, m Mention, forces string) bool {
	if m.Kind != Named && m.Kind != Description || m.Person || m.Agent != "" || m.backer || m.aside ||
		m.Country == "" || m.Country == forces || m.Code != m.Country {
		return false
	}
	if m.Start == 0 || m.Head >= len(toks) || m.Kind == Named && toks[m.Head].UPOS != "PROPN" {
		return false
	}
	// "shelled northern Iraq", "in eastern Congo".
	k := m.Start - 1
	for k > 0 && compass[strings.ToUpper(toks[k].Form)] {
		k--
	}
	prep := strings.ToUpper(toks[k].Form)
	if (prep == "ON" || prep == "OF") && k > 0 && forceDeeds[strings.ToUpper(toks[k-1].Form)] {
		// "the US assault on Fallujah", "the invasion of Chad".
		return true
	}
	return toks[k].UPOS == "VERB" || hostPreps[prep]
}

// forceDeeds are the upper-case nouns of a state's armed deed against a
// place, after which "on" or "of" names where its forces are ("the US
// assault on Fallujah", "the French invasion of Chad").
var forceDeeds = map[string]bool{
	"ASSAULT": true, "OFFENSIVE": true, "INVASION": true, "OCCUPATION": true,
	"INCURSION": true, "BOMBARDMENT": true, "SIEGE": true,
}

// forceDeed reports a country named by itself right before one of
// forceDeeds ("the US assault on Fallujah"): the country's forces, whose
// host the place the deed is on or of is, as it is of forces named so
// (foreignForces).
func forceDeed(toks []model.Token, m Mention) bool {
	if m.Kind != Named || m.Person || m.Agent != "" || m.backer || m.Country == "" || m.Code != m.Country {
		return false
	}
	return m.End < len(toks) && forceDeeds[strings.ToUpper(toks[m.End].Form)]
}

// hostPreps are the prepositions (upper-case) before a country that say
// foreign forces are, go or come from there.
var hostPreps = map[string]bool{"IN": true, "INTO": true, "FROM": true, "TO": true, "INSIDE": true, "ACROSS": true}

// localAgent reports an agent that only the people of the country it is
// in can be, whatever foreign forces act there: a junta rules its own
// country, and rebels, insurgents, militias and gangs are of the country
// they fight in. A government, its army, police and officials are not: a
// state's forces and officials act abroad. Nor is an opposition: "Russian
// forces shelled Kharkiv. The opposition accused the Kremlin" is as often
// the forces' own country's.
func localAgent(phrase, code string) bool {
	if strings.Contains(phrase, "JUNTA") {
		return true
	}
	if strings.Contains(code, "GOV") || strings.Contains(code, "MIL") {
		return false
	}
	return fighters(code) || strings.Contains(code, "CRM")
}

// host returns the host mention of the foreign forces whose country c a
// bare local agent (localAgent) at token i would take: those that lead
// its own sentence before it, or, when its sentence has named no
// country before it, those that led the last sentence. It returns nil
// when c is no such forces' country, so the agent keeps c.
func (st *state) host(phrase, code, c string, i int) *Mention {
	if c == "" {
		return nil
	}
	if ruler(phrase) {
		if h := st.coupHost(c, i); h != nil {
			return h
		}
	}
	if !localAgent(phrase, code) {
		return nil
	}
	return st.sentenceCue(c, i, st.curHost, st.leadHost)
}

// storyHost returns the place the last sentence led with, for a bare
// local agent (localAgent) at token i that would take country c, when c
// is the country of a state's forces that lead the agent's own sentence
// and that sentence names no host of theirs (curHost): "Fallujah was shut
// by a strike. US troops there clashed with guerrillas" speaks of Iraq's
// guerrillas, who fight the troops where the story is, not of the
// troops' own country's. The place must be a country or city named by
// itself, of another country than c, that led the last sentence; else
// it returns nil and the agent keeps c ("Peru closed a border crossing.
// Peruvian troops clashed with rebels" are Peru's).
func (st *state) storyHost(phrase, code, c string, i int) *Mention {
	if c == "" || c != st.cur || !st.curForces || st.curHost != nil || st.r.Local || !localAgent(phrase, code) {
		return nil
	}
	h := st.leadM
	if h == nil || h.Kind == Pronoun || h.Person || h.Agent != "" || h.backer ||
		h.Country == "" || h.Code != h.Country || h.Country != st.lead || h.Country == c {
		return nil
	}
	return h
}

// sentenceCue returns the mention that stands, for an agent at token i
// that would take country c, for another country: cur, found in its own
// sentence, when c is the country that sentence leads with and cur comes
// before i; or, when its sentence has named no country yet, lead, found
// in the last sentence, when c is the country that one led with. It
// returns nil when there is none or it names c itself, so the agent
// keeps c. host and coupHost read their cues through it.
func (st *state) sentenceCue(c string, i int, cur, lead *Mention) *Mention {
	var h *Mention
	switch {
	case st.cur != "":
		if c == st.cur && cur != nil && cur.Start < i {
			h = cur
		}
	case c == st.lead:
		h = lead
	}
	if h == nil || h.Country == c {
		return nil
	}
	return h
}

// fighters reports a non-state armed agent code: rebels, insurgents,
// militias, separatists (armedTypes), anywhere in code.
func fighters(code string) bool {
	for _, t := range armedTypes {
		if strings.Contains(code, t) {
			return true
		}
	}
	return false
}

// countryFighters reports a mention of a country's non-state fighters:
// a country's code with a fighters' agent after it ("PERREB").
func countryFighters(m *Mention) bool {
	return m.Country != "" && len(m.Code) > 3 && fighters(m.Code[3:])
}

// lastFighters returns the last mention before the current sentence of a
// country's non-state fighters named with their own words ("the M23
// rebels", "fighters in eastern Congo"), or nil: a later bare "the
// rebels" in a sentence that names no country before it fights where
// they do, not for the country the last sentence led with ("Rwanda
// denied backing the fighters in eastern Congo. The rebels ...").
func (st *state) lastFighters() *Mention {
	for h := st.curAt - 1; h >= 0; h-- {
		m := &st.history[h]
		// Mercenaries fight for hire far from home ("Russian
		// mercenaries attacked a village in Mali").
		if countryFighters(m) && m.Antecedent == (model.Span{}) && !m.backer &&
			!strings.Contains(m.Agent, "MERCENAR") {
			return m
		}
	}
	return nil
}

// lastArmedGroup returns the last mention, in this sentence or the last,
// of an armed international group ("Islamic State", "al Qaeda": CAMEO's
// IMG, of no country), when no country's non-state fighters were named
// after it; else nil. Bare "militants" or "fighters" after it are its
// own: a military's statement calls the group's members by such words
// ("The strike killed three militants"), and the group, not the
// country of the forces that fight it, is whom they fight for.
func (st *state) lastArmedGroup() *Mention {
	for h := len(st.history) - 1; h >= 0 && h >= st.prevAt; h-- {
		m := &st.history[h]
		if strings.HasPrefix(m.Code, "IMG") && m.Country == "" {
			return m
		}
		if countryFighters(m) {
			return nil
		}
	}
	return nil
}

// demonstrative reports "these" or "those" before the agent phrase at
// token i, past adjectives ("these brutal terrorists").
func (st *state) demonstrative(toks []model.Token, i int) bool {
	k := i - 1
	for k >= 0 && k < len(toks) && toks[k].UPOS == "ADJ" {
		k--
	}
	return k >= 0 && k < len(st.up) && (st.up[k] == "THESE" || st.up[k] == "THOSE")
}

// namedFighters returns the last mention before, in the whole text read
// so far, of an armed group of no country ("ISIL": CAMEO's IMG) or of a
// country's non-state fighters named with their own words ("the Shining
// Path rebels"), for a later "these terrorists" or "those militants";
// nil when there is none.
func (st *state) namedFighters() *Mention {
	for h := len(st.history) - 1; h >= 0; h-- {
		m := &st.history[h]
		if m.Kind == Pronoun || m.Antecedent != (model.Span{}) {
			continue
		}
		if strings.HasPrefix(m.Code, "IMG") && m.Country == "" || countryFighters(m) && !m.backer && !strings.Contains(m.Agent, "MERCENAR") {
			return m
		}
	}
	return nil
}

// coupWords are the words (upper-case) for a coup or for those who rule
// after one.
var coupWords = map[string]bool{
	"COUP": true, "PUTSCH": true, "TAKEOVER": true, "JUNTA": true,
	"RULERS": true, "PUTSCHISTS": true, "COUP-LEADERS": true,
}

// ruler reports an agent phrase (upper-case) for those who took power
// in a coup: a junta, military rulers, coup leaders, putschists, a
// military government.
func ruler(phrase string) bool {
	for _, w := range [...]string{"JUNTA", "RULER", "PUTSCH", "COUP", "MILITARY GOVERNMENT", "MILITARY REGIME"} {
		if strings.Contains(phrase, w) {
			return true
		}
	}
	return false
}

// coupCue reports a country mention that names where a coup happened or
// whose rulers took power: "the coup in Niger", "the military rulers of
// Mali", "Mali's coup", "the Gabon coup", or a mention whose own agent is
// such rulers ("Niger's junta", "coup leaders in Burkina Faso"). up holds
// the sentence's upper-case words.
func coupCue(up []string, m Mention) bool {
	if m.Kind == Pronoun || m.Person || m.backer || m.Country == "" {
		return false
	}
	if m.Agent != "" {
		return ruler(m.Agent)
	}
	if m.Code != m.Country {
		return false
	}
	// "the coup in Niger", "the rulers of Mali".
	if s := m.Start; s >= 2 && (up[s-1] == "IN" || up[s-1] == "OF") && coupWords[up[s-2]] {
		return true
	}
	// "Mali's coup", "Mali's military rulers", "the Gabon coup".
	k := m.End
	if k < len(up) && (possessiveUp(up[k]) || up[k] == "'") {
		k++
	}
	if k < len(up) && up[k] == "MILITARY" {
		k++
	}
	return k < len(up) && coupWords[up[k]]
}

// coupHost returns the country mention a bare junta or military rulers
// at token i, who would take country c, rule instead: the coup's country
// named before it in its own sentence, or, when its sentence has named
// no country before it, in the last sentence ("Germany criticised the
// coup in Niger. The junta ..." is Niger's). It returns nil when no
// coup names another country, so the agent keeps c.
func (st *state) coupHost(c string, i int) *Mention {
	return st.sentenceCue(c, i, st.curCoup, st.leadCoup)
}
