package event

import (
	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
)

// voiceSentences is how many sentences from the top noteVoice reads for
// the statement a document opens with.
const voiceSentences = 4

// noteVoice records the actor in whose voice the document speaks, when
// one of its first sentences is that actor's own statement in the
// present tense, outside any quotation, as government statements and
// press releases open ("The United States condemns the attack on ...",
// "Australia welcomes the agreement"): the main verb is in the simple
// present, not a verb of reporting ("Russia says" is a headline's report
// of what someone said), and its subject names an actor. The first such
// sentence decides; the voice is kept in a.voice for the "we" of later
// sentences (voiceWe).
func (a *article) noteVoice(toks []model.Token, ms []actor.Mention) {
	if a.voiceRead || a.si >= voiceSentences || !a.t.ok {
		return
	}
	r := a.t.root()
	if r < 0 || sayLemmas[a.w.lem[r]] || reportOnly[a.w.lem[r]] || quotedAt(a.quotes, toks[r].Start) {
		return
	}
	if x := a.xpos(r); x != "VBZ" && x != "VBP" {
		return
	}
	for _, k := range a.t.kids[r] {
		if base(a.t.rel[k]) != "nsubj" {
			continue
		}
		for _, m := range ms {
			if m.Code != "" && m.Kind != actor.Pronoun && m.Start <= k && k < m.End {
				a.voice, a.voiceRead = m, true
				return
			}
		}
		// A subject that names no actor ("The report finds") opens
		// no statement of an actor's: the document has no voice.
		a.voiceRead = true
		return
	}
}

// voiceWe returns the document's voice (see noteVoice) as the mention of
// the "we" at w, which must stand outside any quotation: in a statement
// that opened in an actor's voice, "we" is that actor ("The United
// States condemns the attack. We call on the Taliban to ...").
func (a *article) voiceWe(toks []model.Token, w int) (actor.Mention, bool) {
	if w < 0 || a.voice.Code == "" || plainWord(toks[w].Form) != "we" || quotedAt(a.quotes, toks[w].Start) {
		return actor.Mention{}, false
	}
	m := a.voice
	m.Antecedent = m.Span
	m.Span = model.Span{Start: toks[w].Start, End: toks[w].End}
	m.Start, m.End, m.Head, m.Kind = w, w+1, w, actor.Pronoun
	m.Entry = "the voice of the statement (" + m.Entry + ")"
	return m, true
}
