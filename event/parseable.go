package event

import (
	"strings"

	"github.com/casus-project/casus/actor"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/nlp"
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
// heads unset: Code codes the same events from the document.
func (c *Coder) Parseable(art *model.Article, doc *nlp.Doc) []bool {
	return c.Prepare(art, doc).Parseable()
}

// Parseable reports, for each sentence of the prepared document, whether
// Prepared.Code may read its parse, as Coder.Parseable does, except that
// it also leaves out a sentence past the first few (voiceSentences) whose
// actors all carry one code: such a sentence has no second party of its
// own, and takes one from the story before it when it takes one at all.
// Those sentences are deferred: Code parses one when it comes to it and
// its parse may matter (parseDeferred), if the caller lets it
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

// parseDeferred parses the deferred sentence i (ParseOnDemand) when the
// story read so far could give it a second party: the coder has coded
// an event before it (a refusal answers the request before it, a strike
// report's line takes the report's doer, a response answers the attack
// coded before), the document speaks in an actor's voice (noteVoice: its
// "we" is that actor), or the sentence lies in a quotation (its speaker
// may be a party). A sentence with none of these codes the same events
// from its words as from its parse: the context finders that read its
// words alone (namedBefore, reactedTo) look at earlier mentions, not
// events.
func (p *Prepared) parseDeferred(a *article, i int) {
	if p.parse == nil || i >= len(p.deferred) || !p.deferred[i] {
		return
	}
	s := &p.doc.Sentences[i]
	if len(a.events) == 0 && a.voice.Code == "" && !quotedSpan(a.quotes, s.Span) {
		return
	}
	p.deferred[i] = false
	p.parse(i)
}

// quotedSpan reports whether the span overlaps one of quotes.
func quotedSpan(quotes []model.Quote, sp model.Span) bool {
	for _, q := range quotes {
		if q.Start < sp.End && sp.Start < q.End {
			return true
		}
	}
	return false
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
