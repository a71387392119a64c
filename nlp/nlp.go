package nlp

import (
	"context"
	"fmt"
	"sync"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/ner"
	"github.com/casus-project/casus/parse"
	"github.com/casus-project/casus/segment"
	"github.com/casus-project/casus/tag"
)

// Doc is analysed text: sentences of tagged, parsed tokens and the names
// found in them. Offsets are byte offsets into Text.
type Doc struct {
	Text      string
	Sentences []model.Sentence
	Entities  []model.Entity
}

// Analyzer runs the language stages.
type Analyzer struct {
	tagger           *tag.Model
	parser           *parse.Model
	names            *ner.Model
	noParse, noNames bool
	// segmenters holds segmenters that analyses have finished with, so
	// that the next text reuses their scratch space instead of growing
	// its own.
	segmenters sync.Pool // of *segment.Segmenter
}

// An Option configures an Analyzer.
type Option func(*Analyzer)

// WithoutParser skips dependency parsing: tokens keep Head -1.
func WithoutParser() Option { return func(a *Analyzer) { a.noParse = true } }

// WithoutNames skips name finding.
func WithoutNames() Option { return func(a *Analyzer) { a.noNames = true } }

// WithTagger uses m instead of the embedded tagger.
func WithTagger(m *tag.Model) Option { return func(a *Analyzer) { a.tagger = m } }

// WithParser uses m instead of the embedded parser.
func WithParser(m *parse.Model) Option { return func(a *Analyzer) { a.parser = m } }

// WithNames uses m instead of the embedded name model.
func WithNames(m *ner.Model) Option { return func(a *Analyzer) { a.names = m } }

// New returns an Analyzer with the embedded models, as changed by opts.
// The models it needs are decoded at the same time, one goroutine each:
// decoding takes a good part of a short run's start-up.
func New(opts ...Option) (*Analyzer, error) {
	a := new(Analyzer)
	for _, o := range opts {
		o(a)
	}
	var wg sync.WaitGroup
	var tagErr, parseErr, namesErr error
	if a.tagger == nil {
		wg.Go(func() { a.tagger, tagErr = tag.Default() })
	}
	if a.parser == nil && !a.noParse {
		wg.Go(func() { a.parser, parseErr = parse.Default() })
	}
	if a.names == nil && !a.noNames {
		wg.Go(func() { a.names, namesErr = ner.Default() })
	}
	wg.Wait()
	switch {
	case tagErr != nil:
		return nil, fmt.Errorf("nlp: tagger: %w", tagErr)
	case parseErr != nil:
		return nil, fmt.Errorf("nlp: parser: %w", parseErr)
	case namesErr != nil:
		return nil, fmt.Errorf("nlp: names: %w", namesErr)
	}
	return a, nil
}

// Default returns an Analyzer with every stage and the embedded models.
func Default() (*Analyzer, error) { return New() }

// Analyze segments, tags, finds names in and parses text.
//
// Each stage runs over every sentence before the next stage starts: the
// stages' weight tables are large, and running one stage at a time keeps
// the parts of its table that the text uses in the processor's caches
// (sentence by sentence, each stage evicts the others'). The stages
// depend on each other only within a sentence, and names do not depend
// on the parse, so the order changes nothing in the output.
func (a *Analyzer) Analyze(text string) *Doc {
	return a.AnalyzeAll([]string{text})[0]
}

// AnalyzeAll analyses each of texts as Analyze does, running each stage
// over all of them before the next stage; the result is the same as
// calling Analyze on each, and for many short texts it is faster, as
// each stage's tables stay in cache longer.
func (a *Analyzer) AnalyzeAll(texts []string) []*Doc {
	docs := a.analyzeUnparsed(texts)
	for _, d := range docs {
		a.Parse(d, nil)
	}
	return docs
}

// AnalyzeUnparsed segments, tags and finds names in text as Analyze
// does, but leaves the dependency parse to Parse: every token's Head is
// -1. A caller that needs the parse of only some sentences (the event
// coder's, see event.Coder.Parseable) saves the parser's time on the
// others, most of the time Analyze takes.
func (a *Analyzer) AnalyzeUnparsed(text string) *Doc {
	return a.analyzeUnparsed([]string{text})[0]
}

// AnalyzeUnparsedAll analyses each of texts as AnalyzeUnparsed does,
// running each stage over all of them before the next, as AnalyzeAll
// does; the result is the same as calling AnalyzeUnparsed on each.
func (a *Analyzer) AnalyzeUnparsedAll(texts []string) []*Doc {
	return a.analyzeUnparsed(texts)
}

func (a *Analyzer) analyzeUnparsed(texts []string) []*Doc {
	docs := make([]*Doc, len(texts))
	sg, _ := a.segmenters.Get().(*segment.Segmenter)
	if sg == nil {
		sg = new(segment.Segmenter)
	}
	for i, t := range texts {
		docs[i] = &Doc{Text: t, Sentences: sg.Sentences(t)}
	}
	a.segmenters.Put(sg)
	for _, d := range docs {
		for i := range d.Sentences {
			a.tagger.Tag(d.Sentences[i].Tokens)
		}
	}
	if !a.noNames {
		// Names are found a document at a time: a word's other mentions
		// in the same text help to type it (ner.Model.DocumentEntities).
		for _, d := range docs {
			d.Entities = a.names.DocumentEntities(d.Text, d.Sentences)
		}
	}
	return docs
}

// Parse parses the sentences of d that which selects (every one when
// which is nil; sentence i when which[i] is true), setting their tokens'
// Head and DepRel; it does nothing if the Analyzer has no parser
// (WithoutParser). The sentences must be tagged (AnalyzeUnparsed).
func (a *Analyzer) Parse(d *Doc, which []bool) {
	if a.noParse {
		return
	}
	for i := range d.Sentences {
		if which == nil || i < len(which) && which[i] {
			a.parser.Parse(d.Sentences[i].Tokens)
		}
	}
}

// AnalyzeTokens tags and parses one sentence whose tokens are given (their
// Form set), as for gold-tokenised CoNLL-U input. Names are not found.
func (a *Analyzer) AnalyzeTokens(tokens []model.Token) {
	a.tagger.Tag(tokens)
	if !a.noParse {
		a.parser.Parse(tokens)
	}
}

// Annotate adds sentences and entities to an article; it is the pipeline
// stage form of Analyze.
func (a *Analyzer) Annotate(ctx context.Context, art *model.Article) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	d := a.Analyze(art.Text)
	art.Sentences = d.Sentences
	art.Entities = d.Entities
	return nil
}

// AnnotateAll adds sentences and entities to each of arts, as Annotate
// does, analysing them together with AnalyzeAll (faster than one by one
// when the articles are many and short).
func (a *Analyzer) AnnotateAll(ctx context.Context, arts []*model.Article) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	texts := make([]string, len(arts))
	for i, art := range arts {
		texts[i] = art.Text
	}
	for i, d := range a.AnalyzeAll(texts) {
		arts[i].Sentences = d.Sentences
		arts[i].Entities = d.Entities
	}
	return nil
}
