package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// releaseAppeal reports a code of asking for people to be let go: an
// appeal (0253) or a demand (1053) for their release.
func releaseAppeal(code string) bool {
	return strings.HasPrefix(code, "0253") || strings.HasPrefix(code, "1053")
}

// releaseCode reports an event code of letting people go: a release of
// persons (0841) or one not specified (084), which RELEASE's bare
// pattern gives.
func releaseCode(code string) bool {
	return code == "084" || strings.HasPrefix(code, "0841")
}

// holdingCode reports an event code of holding people: an arrest or
// detention (173) or an abduction (181).
func holdingCode(code string) bool {
	return strings.HasPrefix(code, "173") || strings.HasPrefix(code, "181")
}

// captor returns, for an appeal or demand for a release (releaseAppeal)
// by ms[src] whose target is no one, the source's own people, a pronoun,
// or the very people the article says another country holds, whoever
// holds them: the source of the article's latest arrest, detention or
// abduction (holdingCode) of that target's people (of the source's own
// when there is no target) by an actor of another country. "Chile
// detained two Peruvian fishermen. Peru demanded their release" and
// "... demanded the release of the fishermen" ask Chile, not the
// fishermen; a holder that is the state's navy, police or another organ
// but its government is asked as its state (Chile, not Chile's navy). The mention stands after the sentence's tokens (n); its
// entry says it comes from context. It returns false where no one else
// holds them: a named holder ("demanded that Chile release them")
// stands.
func (a *article) captor(ms []actor.Mention, src, tgt, n int) (actor.Mention, bool) {
	sc := actor.CountryOf(ms[src].Code)
	held := sc
	if tgt >= 0 {
		held = actor.CountryOf(ms[tgt].Code)
	}
	if held == "" {
		return actor.Mention{}, false
	}
	for i := len(a.events) - 1; i >= a.storyEvents; i-- {
		ev := a.events[i]
		if ev.Source == nil || ev.Target == nil || !holdingCode(ev.Code) || actor.CountryOf(ev.Target.Code) != held {
			continue
		}
		hc := actor.CountryOf(ev.Source.Code)
		if hc == "" || hc == held || hc == sc {
			return actor.Mention{}, false
		}
		if tgt >= 0 && ms[tgt].Kind != actor.Pronoun && held != sc && ms[tgt].Code != ev.Target.Code {
			return actor.Mention{}, false
		}
		m := contextMention(*ev.Source, n, actor.FromContext, "who holds "+ev.Target.Code+" (the latest arrest or abduction, "+ev.Code+")")
		if rest := strings.TrimPrefix(m.Code, hc); rest != m.Code && stateSector(rest) && !strings.HasPrefix(rest, "GOV") {
			// The demand is made of the state whose navy or police
			// hold them: "Chile's navy detained two Peruvian
			// fishermen. Peru demanded their release" asks Chile.
			m.Code = hc
		}
		return m, true
	}
	return actor.Mention{}, false
}

// heldAgain finds the parties of a passive arrest, detention or
// abduction (holdingCode, or an arrest verb's bare 171) that names no
// holder: no agent ("by ..."), and a subject that is a plural common
// noun after "the" ("Chile's navy detained nine Peruvian fishermen. Peru
// said the men were arrested on Saturday"). Such a clause tells again
// the latest holding deed of the two sentences before (heldReach), so
// it takes that deed's source, which stands after the sentence's tokens
// with an entry that says it comes from context, and its target. The
// subject is those people unless the dictionaries name other ones ("the
// Peruvian men" after Bolivian fishermen were held); a guess of the
// resolver from the article so far gives way to the deed's people. With
// no such deed just before, who held whom stays unknown.
//
// A passive release (releaseCode) with no agent, of "the men" or of
// "they" ("Chile detained five Peruvian fishermen. They were released on
// Friday"), is let go by whoever held them: it takes the same deed's
// source and target, and its code is a release of persons (0841).
func (a *article) heldAgain(st *coding) {
	cl, v := st.cl, st.v
	release := releaseCode(cl.code)
	if !cl.passive || st.src >= 0 || cl.rev != "" || !holdingCode(cl.code) && !(cl.code == "171" && arrestLemmas[a.w.lem[v]]) && !release {
		return
	}
	if _, agent := a.parseSubject(st.ms, v, true); agent {
		return
	}
	c := a.definitePlural(v, release)
	if c < 0 {
		return
	}
	// "were arrested in Peruvian waters": a place is where, not whom.
	// A subject the dictionaries name ("the Peruvian men") must be the
	// people of the deed told again; one the resolver only guessed from
	// the article so far (an agent noun, a description) is those people.
	held, subj := "", -1
	if st.tgt >= 0 {
		switch m := st.ms[st.tgt]; {
		case located(st.toks, m):
		case m.Start <= c && c < m.End:
			subj = st.tgt
			if m.Kind == actor.Named {
				held = m.Code
			}
		default:
			return
		}
	}
	for i := len(a.events) - 1; i >= a.recentEvents(heldReach); i-- {
		ev := a.events[i]
		if ev.Source == nil || ev.Target == nil || !holdingCode(ev.Code) || ev.Status == model.Negated || ev.Status == model.Hypothetical {
			continue
		}
		if actor.CountryOf(ev.Source.Code) == "" || actor.CountryOf(ev.Target.Code) == "" || held != "" && held != ev.Target.Code {
			return
		}
		n, k := len(st.toks), len(st.ms)
		st.ms = append(st.ms[:k:k], contextMention(*ev.Source, n, actor.FromContext, "who held them (the latest arrest or abduction, "+ev.Code+")"))
		st.src = k
		switch {
		case subj >= 0 && held == "":
			// The subject stays where it stands, as the people held.
			st.ms[subj].Actor = *ev.Target
			st.ms[subj].Origin = actor.FromContext
			st.ms[subj].Entry = originEntry(actor.FromContext) + "who were held (the latest arrest or abduction, " + ev.Code + ")"
		case subj < 0:
			st.ms = append(st.ms, contextMention(*ev.Target, n, actor.FromContext, "who were held (the latest arrest or abduction, "+ev.Code+")"))
			st.tgt = k + 1
		}
		switch {
		case release:
			// The people held are who is let go.
			cl.code = "0841"
		case !holdingCode(cl.code):
			cl.code = ev.Code
		}
		return
	}
}

// arrestLemmas are verbs (upper-case lemmas) whose bare pattern codes a
// seizure of property (171) but which, said of people, hold them (173).
var arrestLemmas = map[string]bool{"ARREST": true, "DETAIN": true, "JAIL": true, "IMPRISON": true}

// heldReach is how many sentences back heldAgain looks for the deed a
// passive clause tells again.
const heldReach = 2

// definitePlural returns the passive subject of the verb at v when it
// is a plural common noun after "the" ("the men", "the fishermen"), or,
// when they is true, the pronoun "they", and -1 otherwise. A second
// passive verb with no subject of its own ("they had been questioned
// and released") has the first one's (sharedPassive).
func (a *article) definitePlural(v int, they bool) int {
	t := &a.t
	subjects := t.kids[v]
	if s := a.sharedPassive(v); s >= 0 {
		subjects = []int{s}
	}
	for _, c := range subjects {
		if t.rel[c] != "nsubj:pass" {
			continue
		}
		if they && strings.EqualFold(a.toks[c].Form, "they") {
			return c
		}
		if a.toks[c].XPOS != "NNS" {
			return -1
		}
		for _, d := range t.kids[c] {
			if t.rel[d] == "det" && strings.EqualFold(a.toks[d].Form, "the") {
				return c
			}
		}
		return -1
	}
	return -1
}
