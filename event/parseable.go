package event

import (
	"maps"
	"strings"

	"github.com/casus-project/casus/actor"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/nlp"
	"github.com/casus-project/casus/when"
)

// Parseable reports, for each sentence of doc, whether Code may read its
// dependency parse: whether the sentence can yield an event at all. doc
// must be tagged and its names found (the parse is not needed); art gives
// the date the actor dictionaries are read at, as for Code.
//
// A sentence is not parseable when Code would leave it uncoded whatever
// its parse: the story or the sentence is discarded, the sentence is too
// short or too complex (MinWords, MaxVerbs, MaxConj), names an actor
// coded "###" (TABARI dictionaries) or none the resolver finds, or has
// no word that could code an event: no verb the verb dictionary knows
// (of TABARI dictionaries, by word, stem or regular ending, whatever
// its tag) and, except with TABARI dictionaries, no noun that names an
// event. The tests are Code's own, read from tags and names only, so a
// caller may parse only the parseable sentences and leave the others'
// heads unset: Code codes the same events from the document. Code has
// no way to parse a sentence on demand, so the sentences
// Prepared.Parseable defers are parseable here.
func (c *Coder) Parseable(art *model.Article, doc *nlp.Doc) []bool {
	p := c.Prepare(art, doc)
	out := p.Parseable()
	for i, d := range p.deferred {
		out[i] = out[i] || d
	}
	return out
}

// Parseable reports, for each sentence of the prepared document, whether
// Prepared.Code may read its parse, as Coder.Parseable does, except that
// it also leaves out a sentence past the first few (voiceSentences) whose
// actors all carry one code: such a sentence has no second party of its
// own, and takes one from the story before it when it takes one at all.
// Those sentences are deferred: Code parses one when it comes to it and
// its parse may matter (Prepared.sentence), if the caller lets it
// (ParseOnDemand); without that, Code reads them from their words.
func (p *Prepared) Parseable() []bool {
	c, doc := p.c, p.doc
	if doc == nil {
		return nil
	}
	out := make([]bool, len(doc.Sentences))
	p.deferred = make([]bool, len(doc.Sentences))
	if p.art == nil || p.story {
		return out
	}
	report := false // an earlier sentence names an actor and strikes
	for i := range doc.Sentences {
		s := &doc.Sentences[i]
		ms := p.mentions[i]
		if !c.stems && len(ms) == 0 && report && !p.skip[i] && tallyLine(s.Tokens, p.ups[i]) {
			out[i] = true
			continue
		}
		report = report || len(ms) > 0 && namesStrikes(s.Tokens, p.ups[i])
		if p.skip[i] || len(ms) == 0 || c.short(doc.Text, s) || c.stems && discardActor(ms) || c.complex(s, ms) {
			continue
		}
		if !c.mayCode(s.Tokens, p.ups[i]) {
			continue
		}
		if !c.stems && i >= voiceSentences && oneCode(ms) {
			p.deferred[i] = true
			continue
		}
		out[i] = true
	}
	return out
}

// Parseable defers no sentence among the first voiceSentences, which
// noteVoice reads with its parse, and setStoryDay reads the parse of
// the first ledeSentences before any is parsed on demand: this fails to
// compile if ledeSentences grows past voiceSentences.
const _ uint = voiceSentences - ledeSentences

// oneCode reports mentions that all carry the same actor code.
func oneCode(ms []actor.Mention) bool {
	for _, m := range ms {
		if m.Code != ms[0].Code {
			return false
		}
	}
	return true
}

// ParseOnDemand lets Code parse the sentences Parseable deferred, each
// when Code comes to it and finds that its parse may matter: parse must
// parse sentence i of the prepared document in place (set its tokens'
// Head and DepRel, as nlp.Analyzer.Parse does). Call it after Parseable
// and before Code.
func (p *Prepared) ParseOnDemand(parse func(i int)) {
	p.parse = parse
}

// sentence codes sentence i of the prepared document into a. A sentence
// Parseable deferred is parsed first (ParseOnDemand) when a context
// finder that reads the parse may give it a second party from the
// events before it (needsTree). Otherwise it is coded from its words
// first: when they code nothing, the parse would code nothing either,
// as a sentence naming one code has no second party of its own and the
// context finders that read words alone look at earlier mentions too
// (namedBefore, reactedTo), unless a clause's subject named no actor
// the words could tell (article.noSubject), which the parse may tie to
// one; when they code something, note a criticism or change the
// paragraph's date (codedSince), that coding is undone and the sentence
// is parsed and coded again, so that the parse decides as it does for
// the sentences Parseable selects. TestDeferredParse (internal/cli)
// holds the pipeline's output to the one with every sentence parsed.
func (p *Prepared) sentence(a *article, i int) {
	s, ms, up := &p.doc.Sentences[i], p.mentions[i], p.ups[i]
	if p.parse == nil || i >= len(p.deferred) || !p.deferred[i] {
		a.sentence(s, ms, up)
		return
	}
	p.deferred[i] = false
	if !(len(a.events) > 0 && needsTree(s.Tokens, up)) {
		snap := a.snapshot()
		a.noSubject = false
		a.sentence(s, ms, up)
		if !a.codedSince(snap) && !a.noSubject {
			return
		}
		a.restore(snap)
	}
	p.parse(i)
	a.sentence(s, ms, up)
}

// needsTree reports a sentence (its tokens, and up their forms
// upper-cased) with a word that a context finder reading the parse keys
// on, which its words alone would not code: a line of a strike report
// (tallyLine, for tallyStrikes), a noun of response (answeredAttack: "a
// response to what it called an attack") or a verb of refusal
// (bareRefusal: "Chile, after days of silence, refused"), or talks said
// to have resumed or begun (talksResumed: "Talks resumed in September",
// for storyTalks). Each finder's
// comment points here: a finder of that kind added later needs its key
// word here too, or a one-code sentence loses its event
// (TestParseableOneActor has a case for each).
func needsTree(toks []model.Token, up []string) bool {
	if tallyLine(toks, up) {
		return true
	}
	toks = toks[:min(len(toks), len(up))]
	for k, t := range toks {
		// The words as the finders test them: answeredAttack reads a
		// response noun by its lemma, and bareRefusal a verb of
		// refusal that codeVerbs takes for a verb.
		l := upperLemma(t, up[k])
		if responseNouns[l] || isRefusal(l) && (isVerb(t) || mistaggedInfinitive(toks, k) || mistaggedPassive(toks, k)) {
			return true
		}
		// talksResumed reads the parse of "Talks resumed in
		// September", whose parties storyTalks takes from context.
		if eventNoun(l) == nounTalks && k+1 < len(toks) && resumedLemmas[upperLemma(toks[k+1], up[k+1])] {
			return true
		}
	}
	return false
}

// codingState is what coding one sentence may change of the article's
// events and of what later sentences read of it (a.snapshot).
type codingState struct {
	events    int
	sentFirst int
	entries   []int
	seen      map[string]bool
	paraDate  *when.Expression
	critics   int
}

// snapshot records a's events, the first of the current sentence's
// (sentenceFirst), their evidence entries (restated adds to an earlier
// event's), the keys seen, the paragraph's date and the criticisms that
// named no target (noteCritic), for restore.
func (a *article) snapshot() codingState {
	st := codingState{events: len(a.events), sentFirst: a.sentFirst, seen: maps.Clone(a.seen), paraDate: a.paraDate, critics: len(a.critics)}
	st.entries = make([]int, len(a.events))
	for i := range a.events {
		st.entries[i] = len(a.events[i].Evidence.Entries)
	}
	return st
}

// codedSince reports whether a sentence coded since st added an event
// or restated one, set or ended the paragraph's date (setParaDate),
// which dates the events after it, or noted a criticism that a later
// reaction may answer (noteCritic): its words alone cannot tell the main
// clause or the present tense that its parse reads, nor the critic.
func (a *article) codedSince(st codingState) bool {
	if len(a.events) != st.events || a.paraDate != st.paraDate || len(a.critics) != st.critics {
		return true
	}
	for i, n := range st.entries {
		if len(a.events[i].Evidence.Entries) != n {
			return true
		}
	}
	return false
}

// restore undoes the coding since st.
func (a *article) restore(st codingState) {
	a.events, a.sentFirst = a.events[:st.events], st.sentFirst
	for i, n := range st.entries {
		a.events[i].Evidence.Entries = a.events[i].Evidence.Entries[:n]
	}
	a.seen, a.paraDate, a.critics = st.seen, st.paraDate, a.critics[:st.critics]
}

// mayCode reports whether any of toks (with up their forms upper-cased,
// as discards gives them) is a word that sentence could code an event
// from: a verb (any word, with TABARI dictionaries) that article.verb
// finds in the verb dictionary, or a noun that article.nominals reads.
func (c *Coder) mayCode(toks []model.Token, up []string) bool {
	toks = toks[:min(len(toks), len(up))]
	for v, t := range toks {
		verb := isVerb(t) || mistaggedInfinitive(toks, v) || mistaggedPassive(toks, v)
		if !c.stems && !verb {
			if (t.UPOS == "NOUN" || t.UPOS == "ADJ") && nominalLemma(t, up[v]) {
				return true
			}
			continue
		}
		if len(c.d.Verbs(t.Form)) > 0 || t.Lemma != "" && len(c.d.Verbs(t.Lemma)) > 0 {
			return true
		}
		// A verb of moving forces that borderBuildup reads and the verb
		// dictionary lacks ("massed troops near the border").
		if !c.stems && borderLemmas[upperLemma(t, up[v])] {
			return true
		}
		if !c.stems {
			continue
		}
		// article.verb's stems and closed verbs with a regular ending:
		// any entry under a prefix of the word may match.
		for n := len(up[v]) - 1; n >= 3; n-- {
			if len(c.d.Verbs(up[v][:n])) > 0 {
				return true
			}
		}
	}
	return false
}

// nominalLemma reports a token whose upper-cased lemma (as article.sentence
// computes it from the token and up, its upper-cased form) is one that
// article.nominals codes an event from.
func nominalLemma(t model.Token, up string) bool {
	return eventNoun(upperLemma(t, up)) != nounNone
}

// upperLemma returns a token's upper-cased lemma as article.sentence
// computes it from the token and up, its upper-cased form.
func upperLemma(t model.Token, up string) string {
	if t.Lemma != "" && t.Lemma != t.Form {
		return strings.ToUpper(t.Lemma)
	}
	return up
}
