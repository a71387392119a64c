package main

import (
	"fmt"

	"github.com/casus-project/casus/conllu"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/ner"
	"github.com/casus-project/casus/nlp"
	"github.com/casus-project/casus/parse"
	"github.com/casus-project/casus/segment"
	"github.com/casus-project/casus/tag"
)

// casusEngine holds casus's embedded models, loaded once.
type casusEngine struct {
	analyzer *nlp.Analyzer
	tagger   *tag.Model
	parser   *parse.Model
	names    *ner.Model
}

func newCasus() (*casusEngine, error) {
	a, err := nlp.Default()
	if err != nil {
		return nil, err
	}
	e := &casusEngine{analyzer: a}
	if e.tagger, err = tag.Default(); err != nil {
		return nil, err
	}
	if e.parser, err = parse.Default(); err != nil {
		return nil, err
	}
	if e.names, err = ner.Default(); err != nil {
		return nil, err
	}
	return e, nil
}

// goldTokens returns the words of s as tokens with Form only.
func goldTokens(words []conllu.Word) []model.Token {
	toks := make([]model.Token, len(words))
	for i, w := range words {
		toks[i] = model.Token{Form: w.Form, Head: -1}
	}
	return toks
}

// tagged returns a copy of s whose words carry casus's predicted UPOS and
// XPOS instead of the gold ones.
func (e *casusEngine) tagged(s *conllu.Sentence) *conllu.Sentence {
	toks := goldTokens(s.Words)
	e.tagger.Tag(toks)
	c := *s
	c.Words = make([]conllu.Word, len(s.Words))
	copy(c.Words, s.Words)
	for i := range c.Words {
		c.Words[i].UPOS, c.Words[i].XPOS = toks[i].UPOS, toks[i].XPOS
	}
	return &c
}

// ownTokens tokenizes text with casus's segmenter, as one sentence, and tags
// the tokens.
func (e *casusEngine) ownTokens(text string) ([]span, []string) {
	toks := segment.Tokens(text)
	e.tagger.Tag(toks)
	spans := make([]span, len(toks))
	tags := make([]string, len(toks))
	for i, t := range toks {
		spans[i], tags[i] = span{t.Start, t.End}, t.XPOS
	}
	return spans, tags
}

// casusKinds maps casus's entity kinds to the scored types.
var casusKinds = map[string]string{
	model.Person:       "PER",
	model.Organization: "ORG",
	model.Location:     "LOC",
}

// goldTokenNames tags the gold words of ss with casus's tagger, then its
// name model a document at a time, as casus eval ner does, and returns
// each sentence's IOB2 tags.
func (e *casusEngine) goldTokenNames(ss []*ner.Sentence) map[*ner.Sentence][]string {
	out := make(map[*ner.Sentence][]string, len(ss))
	for _, doc := range ner.Documents(ss) {
		words := make([][]string, len(doc))
		xpos := make([][]string, len(doc))
		for i, s := range doc {
			words[i] = s.Words()
			toks := make([]model.Token, len(words[i]))
			for k, w := range words[i] {
				toks[k] = model.Token{Form: w, Head: -1}
			}
			e.tagger.Tag(toks)
			xpos[i] = make([]string, len(toks))
			for k, t := range toks {
				xpos[i][k] = t.XPOS
			}
		}
		for i, tags := range e.names.TagDocument(words, xpos) {
			out[doc[i]] = tags
		}
	}
	return out
}

// textNames runs the whole casus pipeline on text and returns its names of
// the scored types.
func (e *casusEngine) textNames(text string) []typedSpan {
	var out []typedSpan
	for _, n := range e.analyzer.Analyze(text).Entities {
		if typ, ok := casusKinds[n.Kind]; ok {
			out = append(out, typedSpan{span{n.Start, n.End}, typ})
		}
	}
	return out
}

// sentenceEnds returns where casus's sentences of text end.
func sentenceEnds(text string) []int {
	ss := segment.Sentences(text)
	ends := make([]int, len(ss))
	for i, s := range ss {
		ends[i] = s.End
	}
	return ends
}

// checkSame returns an error when two computations of the same score
// disagree, which would mean the harness scores differently from the
// package's own evaluator.
func checkSame(what string, a, b float64) error {
	if d := a - b; d > 1e-9 || d < -1e-9 {
		return fmt.Errorf("%s: harness says %.6f, package evaluator %.6f", what, a, b)
	}
	return nil
}
