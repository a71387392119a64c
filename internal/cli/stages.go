package cli

import (
	"context"
	"errors"
	"sync"
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
	"github.com/casus-project/casus/segment"
	"github.com/casus-project/casus/tone"
)

// analysisStages are the stages after extraction: the language engine
// (sentences, tags, parses, names), then quotes, sources, framing and
// tone, then events, which read all of them. They share e, and wait for
// it to load before their first article.
func analysisStages(e *engine, lex *frame.Lexicon) []pipeline.Stage {
	if lex == nil {
		lex = frame.Default()
	}
	return []pipeline.Stage{&nlpStage{e}, &speechStage{e, lex}, &eventStage{e}}
}

// engine is what the analysis stages share: the dictionaries, the
// language engine, and the coder with its gazetteer. loadEngine decodes
// them in the background, and wait waits for them: decoding is most of
// a short run's start-up, and documents can be read and extracted
// meanwhile (pipeline.Pipeline.Ready).
type engine struct {
	done     chan struct{}
	dicts    *dict.Dicts
	nlp      *nlp.Analyzer
	coder    *event.Coder
	err      error
	prepared preparedCarrier
	// hypothetical sets the coder's Unrealised.
	hypothetical bool
}

// preparedCarrier hands each article's event.Prepared from the nlp stage,
// which needs it to choose the sentences to parse, to the events stage,
// so that an article's actors are resolved once. An article whose later
// stages fail leaves its entry behind, so the carrier forgets everything
// when it holds maxPrepared articles; the events stage prepares again an
// article it does not find.
type preparedCarrier struct {
	mu sync.Mutex
	m  map[*model.Article]*event.Prepared
}

// maxPrepared bounds the articles a preparedCarrier holds: far more than
// the pipeline has between its nlp and events stages at once.
const maxPrepared = 4096

func (c *preparedCarrier) put(a *model.Article, p *event.Prepared) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= maxPrepared {
		c.m = make(map[*model.Article]*event.Prepared)
	}
	c.m[a] = p
}

func (c *preparedCarrier) take(a *model.Article) *event.Prepared {
	c.mu.Lock()
	defer c.mu.Unlock()
	p := c.m[a]
	delete(c.m, a)
	return p
}

// loadEngine starts loading an engine with the dictionaries d, or the
// built-in ones if d is nil; with hypothetical, its coder also codes
// events that may happen (event.Coder.Unrealised). The language models,
// the gazetteer and the dictionaries are decoded at the same time, each
// in a goroutine of its own, and the coder is built as soon as the
// dictionaries are.
func loadEngine(d *dict.Dicts, hypothetical bool) *engine {
	e := &engine{done: make(chan struct{}), dicts: d, hypothetical: hypothetical}
	go func() {
		defer close(e.done)
		e.err = e.load()
	}()
	return e
}

func (e *engine) load() error {
	var wg sync.WaitGroup
	var places *place.Gazetteer
	var nlpErr, placeErr error
	wg.Go(func() { e.nlp, nlpErr = nlp.Default() })
	wg.Go(func() { places, placeErr = place.Default() })
	// The coder needs only the dictionaries until its gazetteer is set:
	// it is built while the language models, which take longer, are
	// still being decoded, rather than after them.
	coder, coderErr := e.newCoder()
	wg.Wait()
	if err := errors.Join(coderErr, nlpErr, placeErr); err != nil {
		return err
	}
	coder.Places = places
	// Towns the actor dictionaries do not know still say where the
	// people a sentence names are ("In Tiraspol, ...").
	coder.Resolver().Places = coder.PlaceCountry
	coder.Unrealised = e.hypothetical
	e.coder = coder
	return nil
}

// newCoder decodes the built-in dictionaries unless e has its own, and
// returns a coder of them without its gazetteer.
func (e *engine) newCoder() (*event.Coder, error) {
	if e.dicts == nil {
		d, err := dict.Default()
		if err != nil {
			return nil, err
		}
		e.dicts = d
	}
	return event.New(e.dicts)
}

// wait waits until e is loaded, or ctx is done; it reports the error
// loading met, if any.
func (e *engine) wait(ctx context.Context) error {
	select {
	case <-e.done:
		return e.err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// nlpStage adds sentences of tagged tokens and the names. It parses only
// the sentences the coder may read the parse of (event.Coder.Parseable):
// the parse serves the coder alone, and parsing is most of the stage's
// time, while most sentences name no actor or no event.
type nlpStage struct{ e *engine }

func (s *nlpStage) Name() string { return "nlp" }

func (s *nlpStage) Annotate(ctx context.Context, a *model.Article) error {
	if err := s.e.wait(ctx); err != nil {
		return err
	}
	if !english(a) {
		// The models read English: on other text they would find names
		// and events that are not there. Its sentences are kept, as the
		// events stage keeps an English article's: without tokens.
		a.Sentences = segment.Sentences(a.Text)
		for i := range a.Sentences {
			a.Sentences[i].Tokens = nil
		}
		return ctx.Err()
	}
	doc := s.e.nlp.AnalyzeUnparsed(a.Text)
	p := s.e.coder.Prepare(a, doc)
	s.e.parse(doc, p)
	a.Sentences, a.Entities = doc.Sentences, doc.Entities
	s.e.prepared.put(a, p)
	return ctx.Err()
}

// AnnotateBatch is Annotate for several articles: the English ones are
// segmented, tagged and searched for names together (each model over
// all of them before the next: nlp.Analyzer.AnalyzeUnparsedAll), then
// prepared for the coder, then parsed. Each article's analysis is the
// one Annotate gives it.
func (s *nlpStage) AnnotateBatch(ctx context.Context, arts []*model.Article) []error {
	if err := s.e.wait(ctx); err != nil {
		errs := make([]error, len(arts))
		for i := range errs {
			errs[i] = err
		}
		return errs
	}
	var en []*model.Article
	var texts []string
	for _, a := range arts {
		if !english(a) {
			a.Sentences = segment.Sentences(a.Text)
			for i := range a.Sentences {
				a.Sentences[i].Tokens = nil
			}
			continue
		}
		en = append(en, a)
		texts = append(texts, a.Text)
	}
	docs := s.e.nlp.AnalyzeUnparsedAll(texts)
	ps := make([]*event.Prepared, len(docs))
	for i, doc := range docs {
		ps[i] = s.e.coder.Prepare(en[i], doc)
	}
	for i, doc := range docs {
		s.e.parse(doc, ps[i])
		en[i].Sentences, en[i].Entities = doc.Sentences, doc.Entities
		s.e.prepared.put(en[i], ps[i])
	}
	if err := ctx.Err(); err != nil {
		errs := make([]error, len(arts))
		for i := range errs {
			errs[i] = err
		}
		return errs
	}
	return nil
}

// parse parses the sentences of doc that the coder may read the parse of
// (event.Prepared.Parseable), and lets the coder parse the ones it
// defers when it comes to them (onDemand): the parse is most of the
// language stage's time, and the coder needs few of those.
func (e *engine) parse(doc *nlp.Doc, p *event.Prepared) {
	e.nlp.Parse(doc, p.Parseable())
	e.onDemand(doc, p)
}

// onDemand lets the coder parse a sentence of doc that p's Parseable
// deferred when it comes to it (event.Prepared.ParseOnDemand).
func (e *engine) onDemand(doc *nlp.Doc, p *event.Prepared) {
	p.ParseOnDemand(func(i int) {
		which := make([]bool, i+1)
		which[i] = true
		e.nlp.Parse(doc, which)
	})
}

// english reports whether the language stage and the coder read a: its
// text is in English, or in no language extraction could tell.
func english(a *model.Article) bool {
	return a.Language == "" || a.Language == "en"
}

// eventStage codes the events, then drops the tokens: they serve the
// stages, while readers of an article need only the sentence spans.
type eventStage struct{ e *engine }

func (s *eventStage) Name() string { return "events" }

func (s *eventStage) Annotate(ctx context.Context, a *model.Article) error {
	if err := s.e.wait(ctx); err != nil {
		return err
	}
	if !english(a) {
		return ctx.Err()
	}
	p := s.e.prepared.take(a)
	if p == nil {
		// The nlp stage left the sentences Parseable defers unparsed:
		// they are parsed on demand here too, or a sentence whose event
		// needs its parse would be coded from its words alone.
		doc := &nlp.Doc{Text: a.Text, Sentences: a.Sentences, Entities: a.Entities}
		p = s.e.coder.Prepare(a, doc)
		p.Parseable()
		s.e.onDemand(doc, p)
	}
	a.Events = p.Code(ctx, a.Quotes, a.Framing)
	p.EntityActors(a.Entities)
	quote.SpeakerActors(a.Quotes, a.Entities)
	for i := range a.Sentences {
		a.Sentences[i].Tokens = nil
	}
	return ctx.Err()
}

// speechStage finds an article's quotes and their speakers, the sources
// it cites, its framing marks and its tone. It reads the sentences and
// names of the language stage when they are there.
type speechStage struct {
	e       *engine
	lexicon *frame.Lexicon
}

func (s *speechStage) Name() string { return "quotes" }

func (s *speechStage) Annotate(ctx context.Context, a *model.Article) error {
	if err := s.e.wait(ctx); err != nil {
		return err
	}
	// The quotation marks are found once, for the quotes and for the
	// framing marks (scare quotes).
	marks := quote.FindMarks(a.Text)
	opts := quote.Options{Date: a.Published.Time, Actor: s.actor, Marks: marks}
	a.Quotes, a.Sources = quote.FindAll(a.Text, a.Sentences, a.Entities, a.Source, opts)
	tone.Quotes(a.Quotes)
	a.Framing = s.lexicon.FindQuoted(a.Text, a.Sentences, a.Entities, marks.Quotations())
	t := tone.Of(a.Text)
	a.Tone = &t
	return ctx.Err()
}

// actor resolves a speaker's name to an actor code and country (ISO 3166
// alpha-3, as events carry it) with the actor dictionaries.
func (s *speechStage) actor(words []string, at time.Time) (code, country string, ok bool) {
	code, _, n, ok := s.e.dicts.Actor(words, at)
	if !ok || n != len(words) {
		return "", "", false
	}
	return code, gdelt.ActorCountry(code), true
}

var (
	_ pipeline.Stage      = (*speechStage)(nil)
	_ pipeline.BatchStage = (*nlpStage)(nil)
)
