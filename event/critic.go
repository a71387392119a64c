package event

import (
	"strings"

	"github.com/casus-project/casus/actor"
)

// critic is a criticism (CAMEO 11) the coder read with its source but no
// target, so it coded no event: "Kaja Kallas condemned what she called a
// disproportionate use of force". si is its sentence.
type critic struct {
	si int
	m  actor.Mention
}

// noteCritic records the clause of st as a critic when it is a
// disapproval (CAMEO 11) in the active voice with a source and no target:
// a later "rejected the criticism" may answer it.
func (a *article) noteCritic(st *coding) {
	cl := st.cl
	if !strings.HasPrefix(cl.code, "11") || cl.passive || cl.rev != "" || st.src < 0 {
		return
	}
	m := st.ms[st.src]
	if m.Code == "" || generic(m) {
		return
	}
	a.critics = append(a.critics, critic{si: a.si, m: m})
}

// untargetedCritic returns, for a reaction to "the criticism" or "the
// complaint" that no coded criticism of the reacting actor's side
// answers, the source of the latest criticism read in the reactionReach
// sentences before that named no target (noteCritic) by an actor not of
// the reacting actor's side: "The EU's foreign policy chief condemned what
// she called a disproportionate use of force ... Georgia's prime minister
// dismissed the criticism". The mention stands after the sentence's
// tokens (n); its entry says it comes from context. It returns false
// where there is none: a criticism no one was read to make is aimed at no
// one the coder can name.
func (a *article) untargetedCritic(src actor.Mention, n int) (actor.Mention, bool) {
	for i := len(a.critics) - 1; i >= 0; i-- {
		c := a.critics[i]
		if c.si < a.storyAt || c.si < a.si-reactionReach {
			break
		}
		if c.si >= a.si || ofSide(c.m.Code, src.Code) {
			continue
		}
		return movedToContext(c.m, n, "the source of the latest criticism that named no one ("+c.m.Entry+")"), true
	}
	return actor.Mention{}, false
}
