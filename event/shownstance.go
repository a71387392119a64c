package event

import (
	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/when"
)

// damningNouns are the nouns (upper-case lemmas) by which a statement
// says what a deed shows of its doer: "the barbarity of the regime",
// "Chile's complete disregard for the truce".
var damningNouns = map[string]bool{
	"BARBARITY": true, "BRUTALITY": true, "DISREGARD": true, "CONTEMPT": true,
	"CRUELTY": true, "SAVAGERY": true, "CALLOUSNESS": true, "CYNICISM": true,
	"HYPOCRISY": true, "DEPRAVITY": true, "INHUMANITY": true, "RECKLESSNESS": true,
}

// showingLemmas are the verbs (upper-case lemmas) by which a deed shows
// what it says of its doer: "demonstrate the barbarity of".
var showingLemmas = map[string]bool{
	"SHOW": true, "DEMONSTRATE": true, "PROVE": true, "REVEAL": true, "EXPOSE": true,
	"UNDERLINE": true, "UNDERSCORE": true, "ILLUSTRATE": true, "CONFIRM": true,
}

// shownStance codes the stand a statement takes where it says what a deed
// shows of its doer: in a minister's statement, "The attacks demonstrate
// the cruel barbarity of the regime" and "The shelling shows Chile's
// complete disregard for the truce" criticise that actor (111) as "we
// condemn" would, in the speaker's voice. The noun (damningNouns) is the
// object of a verb of showing (showingLemmas) right before it, and its
// owner, after "of" or before it, is the target. The words are a stand
// only in a statement's own voice: a sentence of a statement printed after
// "The minister said:" (voices), of a direct quote whose speaker is named
// beside it (quoteSpeakerAt), or outside quotes in a document that opened
// in an actor's voice (noteVoice). A reporter's or an op-ed's sentence of
// the same words takes no one's stand and codes nothing.
func (a *article) shownStance(s *model.Sentence, toks []model.Token, ms []actor.Mention, k int, says []say, times []when.Expression) {
	if !damningNouns[a.w.lem[k]] {
		return
	}
	tgt := a.nominalOwner(toks, ms, k)
	p := a.beforePremods(toks, k, 4, premodDet|premodPoss|premodAdj)
	if tgt >= 0 && p >= ms[tgt].Start {
		// "shows Chile's complete disregard": the verb stands before
		// the owner.
		p = a.beforePremods(toks, ms[tgt].Start, 2, premodDet)
	}
	if p < 0 || !isVerb(toks[p]) || !showingLemmas[a.w.lem[p]] {
		return
	}
	if tgt < 0 && k+1 < len(toks) && a.w.up[k+1] == "OF" {
		tgt = argAt(toks, ms, k+2)
	}
	if tgt < 0 || ms[tgt].Code == "" {
		return
	}
	sp, ok := a.stanceVoice(toks[k].Start)
	if !ok {
		return
	}
	// The speaker's entry opens as statementPronouns' "we" does, not
	// with contextEntry: the criticism is the statement's own, as "we
	// condemn" is, so the rules that pass over events whose source came
	// from context (namedDeed, ownStateDecision, courtRuled, offerers)
	// take it as the text's; contextEntry also names a target, not a
	// source.
	src := contextMention(sp.Actor, len(toks), actor.StatementSpeaker, "("+sp.Entry+")")
	ms = append(ms[:len(ms):len(ms)], src)
	a.emitNounPair(s, toks, ms, k, min(k+1, len(toks)), "111", len(ms)-1, tgt, "<noun> "+a.w.up[p]+" "+a.w.up[k]+" OF $", "noun "+toks[k].Form+" shown: the speaker's criticism (111)", says, times)
}

// stanceVoice returns the actor in whose voice the words at the byte
// offset pos of the current sentence are said (see shownStance).
func (a *article) stanceVoice(pos int) (actor.Mention, bool) {
	if quotedAt(a.quotes, pos) {
		return a.quoteSpeakerAt(pos)
	}
	if a.si < len(a.voices) && a.voices[a.si].Code != "" {
		return a.voices[a.si], true
	}
	if a.voice.Code != "" {
		return a.voice, true
	}
	return actor.Mention{}, false
}
