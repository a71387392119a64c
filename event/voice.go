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
// present, a verb by which a statement takes a stand (stanceLemmas: not
// a headline's deed, "Israel strikes Gaza", nor its report of what
// someone said, "Russia says"), and its subject names an actor. The
// first sentence in the present decides; the voice is kept in a.voice
// for the "we" of later sentences (voiceWe).
func (a *article) noteVoice(toks []model.Token, ms []actor.Mention) {
	if a.voiceRead || a.si >= voiceSentences || !a.t.ok {
		return
	}
	r := a.t.root()
	if r < 0 || quotedAt(a.quotes, toks[r].Start) {
		return
	}
	if x := a.xpos(r); x != "VBZ" && x != "VBP" {
		return
	}
	if !stanceLemmas[a.w.lem[r]] {
		// The document opens with another present: a report
		// ("The report finds", "Russia says") or a headline's deed.
		a.voiceRead = true
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
		// A subject that names no actor ("The statement welcomes")
		// opens no statement of an actor's: the document has no voice.
		a.voiceRead = true
		return
	}
}

// stanceLemmas are the verbs (upper-case lemmas) with which a government
// statement or press release takes its stand in its author's voice.
var stanceLemmas = map[string]bool{
	"CONDEMN": true, "WELCOME": true, "CALL": true, "URGE": true, "SUPPORT": true,
	"REAFFIRM": true, "STAND": true, "REMAIN": true, "APPLAUD": true, "CONGRATULATE": true,
	"COMMEND": true, "DEPLORE": true, "DENOUNCE": true, "REJECT": true, "EXPRESS": true,
	"RECOGNIZE": true, "RECOGNISE": true, "JOIN": true, "OPPOSE": true, "THANK": true,
}

// voiceWe returns the document's voice (see noteVoice) as the mention of
// the "we" at w, which must stand outside any quotation: in a statement
// that opened in an actor's voice, "we" is that actor ("The United
// States condemns the attack. We call on the Taliban to ...").
func (a *article) voiceWe(toks []model.Token, w int) (actor.Mention, bool) {
	if w < 0 || a.voice.Code == "" || plainWord(toks[w].Form) != "we" || quotedAt(a.quotes, toks[w].Start) {
		return actor.Mention{}, false
	}
	return firstPersonFor(a.voice, toks, w, "the voice of the statement"), true
}
