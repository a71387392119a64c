package cli

import (
	"context"
	"time"

	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/event"
	"github.com/casus-project/casus/frame"
	"github.com/casus-project/casus/gdelt"
	"github.com/casus-project/casus/internal/pipeline"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/nlp"
	"github.com/casus-project/casus/place"
	"github.com/casus-project/casus/quote"
	"github.com/casus-project/casus/tone"
)

// analysisStages are the stages after extraction: the language engine
// (sentences, tags, parses, names), then quotes, sources, framing and
// tone, then events, which read all of them.
func analysisStages(d *dict.Dicts, lex *frame.Lexicon) ([]pipeline.Stage, error) {
	an, err := nlp.Default()
	if err != nil {
		return nil, err
	}
	coder, err := event.New(d)
	if err != nil {
		return nil, err
	}
	places, err := place.Default()
	if err != nil {
		return nil, err
	}
	coder.Places = places
	return []pipeline.Stage{&nlpStage{an, coder}, newSpeechStage(d, lex), &eventStage{coder}}, nil
}

// nlpStage adds sentences of tagged tokens and the names. It parses only
// the sentences the coder may read the parse of (event.Coder.Parseable):
// the parse serves the coder alone, and parsing is most of the stage's
// time, while most sentences name no actor or no event.
type nlpStage struct {
	nlp   *nlp.Analyzer
	coder *event.Coder
}

func (s *nlpStage) Name() string { return "nlp" }

func (s *nlpStage) Annotate(ctx context.Context, a *model.Article) error {
	doc := s.nlp.AnalyzeUnparsed(a.Text)
	s.nlp.Parse(doc, s.coder.Parseable(a, doc))
	a.Sentences, a.Entities = doc.Sentences, doc.Entities
	return ctx.Err()
}

// eventStage codes the events, then drops the tokens: they serve the
// stages, while readers of an article need only the sentence spans.
type eventStage struct{ coder *event.Coder }

func (s *eventStage) Name() string { return "events" }

func (s *eventStage) Annotate(ctx context.Context, a *model.Article) error {
	doc := &nlp.Doc{Text: a.Text, Sentences: a.Sentences, Entities: a.Entities}
	a.Events = s.coder.Code(ctx, a, doc, a.Quotes, a.Framing)
	for i := range a.Sentences {
		a.Sentences[i].Tokens = nil
	}
	return ctx.Err()
}

// speechStage finds an article's quotes and their speakers, the sources
// it cites, its framing marks and its tone. It reads the sentences and
// names of the language stage when they are there.
type speechStage struct {
	dicts   *dict.Dicts
	lexicon *frame.Lexicon
}

func newSpeechStage(d *dict.Dicts, lex *frame.Lexicon) *speechStage {
	if lex == nil {
		lex = frame.Default()
	}
	return &speechStage{dicts: d, lexicon: lex}
}

func (s *speechStage) Name() string { return "quotes" }

func (s *speechStage) Annotate(ctx context.Context, a *model.Article) error {
	opts := quote.Options{Date: a.Published.Time}
	if s.dicts != nil {
		opts.Actor = s.actor
	}
	a.Quotes, a.Sources = quote.FindAll(a.Text, a.Sentences, a.Entities, a.Source, opts)
	tone.Quotes(a.Quotes)
	a.Framing = s.lexicon.Find(a.Text, a.Sentences, a.Entities)
	t := tone.Of(a.Text)
	a.Tone = &t
	return ctx.Err()
}

// actor resolves a speaker's name to an actor code and country with the
// actor dictionaries.
func (s *speechStage) actor(words []string, at time.Time) (code, country string, ok bool) {
	code, _, n, ok := s.dicts.Actor(words, at)
	if !ok || n != len(words) {
		return "", "", false
	}
	return code, gdelt.SplitActor(code).Country, true
}

var _ pipeline.Stage = (*speechStage)(nil)
