package nlp

import (
	"context"
	"fmt"

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
func New(opts ...Option) (*Analyzer, error) {
	a := new(Analyzer)
	for _, o := range opts {
		o(a)
	}
	var err error
	if a.tagger == nil {
		if a.tagger, err = tag.Default(); err != nil {
			return nil, fmt.Errorf("nlp: tagger: %w", err)
		}
	}
	if a.parser == nil && !a.noParse {
		if a.parser, err = parse.Default(); err != nil {
			return nil, fmt.Errorf("nlp: parser: %w", err)
		}
	}
	if a.names == nil && !a.noNames {
		if a.names, err = ner.Default(); err != nil {
			return nil, fmt.Errorf("nlp: names: %w", err)
		}
	}
	return a, nil
}

// Default returns an Analyzer with every stage and the embedded models.
func Default() (*Analyzer, error) { return New() }

// Analyze segments, tags, parses and finds names in text.
func (a *Analyzer) Analyze(text string) *Doc {
	d := &Doc{Text: text, Sentences: segment.Sentences(text)}
	for i := range d.Sentences {
		a.sentence(text, &d.Sentences[i], &d.Entities)
	}
	return d
}

// AnalyzeTokens tags and parses one sentence whose tokens are given (their
// Form set), as for gold-tokenised CoNLL-U input. Names are not found.
func (a *Analyzer) AnalyzeTokens(tokens []model.Token) {
	a.tagger.Tag(tokens)
	if !a.noParse {
		a.parser.Parse(tokens)
	}
}

func (a *Analyzer) sentence(text string, s *model.Sentence, ents *[]model.Entity) {
	a.tagger.Tag(s.Tokens)
	if !a.noParse {
		a.parser.Parse(s.Tokens)
	}
	if !a.noNames {
		*ents = append(*ents, a.names.Entities(text, *s)...)
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
