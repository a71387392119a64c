package pipeline

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/casus-project/casus/charset"
	"github.com/casus-project/casus/extract"
	"github.com/casus-project/casus/ingest"
	"github.com/casus-project/casus/model"
)

// A Stage annotates an extracted article in place: language analysis,
// event coding, quotes. Stages must be safe for concurrent use.
type Stage interface {
	Annotate(ctx context.Context, a *model.Article) error
}

// A BatchStage is a Stage that can also annotate several articles in
// one call, as Annotate would each, and faster: a language stage runs
// each of its models over all of them before the next (their tables
// stay in the processor's caches). It returns one error per article, or
// nil if none failed. Pipeline.Run calls it with the articles a worker
// takes at once (Pipeline.Group).
type BatchStage interface {
	Stage
	AnnotateBatch(ctx context.Context, arts []*model.Article) []error
}

// StageFunc adapts a function to Stage.
type StageFunc func(ctx context.Context, a *model.Article) error

// Annotate calls f.
func (f StageFunc) Annotate(ctx context.Context, a *model.Article) error { return f(ctx, a) }

// Result is the outcome for one input: an article, or an error naming the
// input. Origin is set in both cases.
type Result struct {
	Origin  string
	Article *model.Article
	Err     error
}

// Pipeline turns documents into articles.
type Pipeline struct {
	// Workers is the number of documents processed at once; zero means
	// GOMAXPROCS.
	Workers int
	// Stages run in order after extraction.
	Stages []Stage
	// Group is the most extracted articles a worker takes at once in
	// Run: each stage runs over all of them before the next, a
	// BatchStage in one call. A worker takes fewer when fewer wait (so
	// that the last articles are shared between the workers). Zero or
	// one takes one article at a time. The articles and their results
	// are the same whatever the group.
	Group int
	// Profile, when not nil, receives the time each stage takes.
	Profile *Profile
	// Ready, when not nil, is waited for before the stages first run:
	// it reports when what they need (models decoded in the background)
	// is loaded. Run reads and extracts documents meanwhile, so that
	// loading overlaps with extraction. An error from it fails every
	// article. It must be safe for concurrent use, and cheap once it
	// has returned.
	Ready func(ctx context.Context) error
	// Recycle, when not nil, is given each document Run has extracted,
	// whether or not extraction succeeded; nothing reads the document's
	// body afterwards. casus run hands the body's memory back to ingest
	// (ingest.Bodies) for a later document.
	Recycle func(doc *model.Document)
}

// Article runs one document through every stage, after waiting for
// Ready.
func (p *Pipeline) Article(ctx context.Context, doc *model.Document) (*model.Article, error) {
	a, err := p.extract(doc)
	if err != nil {
		return nil, err
	}
	if err := p.annotate(ctx, doc, a); err != nil {
		return nil, err
	}
	return a, nil
}

// extract is Extract, timed.
func (p *Pipeline) extract(doc *model.Document) (*model.Article, error) {
	start := time.Now()
	a, err := Extract(doc)
	p.Profile.add("extract", time.Since(start))
	return a, err
}

// annotate runs the stages on a, extracted from doc, after waiting for
// Ready.
func (p *Pipeline) annotate(ctx context.Context, doc *model.Document, a *model.Article) error {
	if p.Ready != nil {
		if err := p.Ready(ctx); err != nil {
			return fmt.Errorf("%s: %w", doc.Origin, err)
		}
	}
	for _, s := range p.Stages {
		start := time.Now()
		err := s.Annotate(ctx, a)
		p.Profile.add(StageName(s), time.Since(start))
		if err != nil {
			return fmt.Errorf("%s: %w", doc.Origin, err)
		}
	}
	return nil
}

// annotateGroup runs the stages on the articles of jobs, after waiting
// for Ready, and sends each job's result. Up to the last BatchStage, each
// stage runs over all of them before the next; the stages after it run
// article by article, and each article's result is sent as soon as its
// last stage is done, so that a caller storing results in input order
// (casus run) gets them one by one rather than all at the group's end,
// when the workers may have nothing left to do. An article whose stage
// fails leaves the group.
func (p *Pipeline) annotateGroup(ctx context.Context, jobs []*pipeJob) {
	if p.Ready != nil {
		if err := p.Ready(ctx); err != nil {
			for _, j := range jobs {
				j.out <- Result{Origin: j.doc.Origin, Err: fmt.Errorf("%s: %w", j.doc.Origin, err)}
			}
			return
		}
	}
	batched := 0 // the stages up to the last BatchStage
	if len(jobs) > 1 {
		for i, s := range p.Stages {
			if _, ok := s.(BatchStage); ok {
				batched = i + 1
			}
		}
	}
	live := slices.Clone(jobs)
	arts := make([]*model.Article, 0, len(jobs))
	for _, s := range p.Stages[:batched] {
		arts = arts[:0]
		for _, j := range live {
			arts = append(arts, j.art)
		}
		name := StageName(s)
		start := time.Now()
		var errs []error
		if bs, ok := s.(BatchStage); ok && len(arts) > 1 {
			errs = bs.AnnotateBatch(ctx, arts)
		} else {
			for i, a := range arts {
				if err := s.Annotate(ctx, a); err != nil {
					if errs == nil {
						errs = make([]error, len(arts))
					}
					errs[i] = err
				}
			}
		}
		p.Profile.addN(name, time.Since(start), len(arts))
		if errs == nil {
			continue
		}
		kept := live[:0]
		for i, j := range live {
			if i < len(errs) && errs[i] != nil {
				j.out <- Result{Origin: j.doc.Origin, Err: fmt.Errorf("%s: %w", j.doc.Origin, errs[i])}
				continue
			}
			kept = append(kept, j)
		}
		live = kept
	}
	for _, j := range live {
		var err error
		for _, s := range p.Stages[batched:] {
			start := time.Now()
			err = s.Annotate(ctx, j.art)
			if p.Profile != nil {
				p.Profile.add(StageName(s), time.Since(start))
			}
			if err != nil {
				break
			}
		}
		if err != nil {
			j.out <- Result{Origin: j.doc.Origin, Err: fmt.Errorf("%s: %w", j.doc.Origin, err)}
			continue
		}
		j.out <- Result{Origin: j.doc.Origin, Article: j.art}
	}
}

// StageName is a stage's name for profiles: its Name method's result if
// it has one, else its type.
func StageName(s Stage) string {
	if n, ok := s.(interface{ Name() string }); ok {
		return n.Name()
	}
	return fmt.Sprintf("%T", s)
}

// Profile adds up the time spent in each stage, across workers.
type Profile struct {
	mu     sync.Mutex
	order  []string
	totals map[string]time.Duration
	counts map[string]int
}

func (p *Profile) add(stage string, d time.Duration) { p.addN(stage, d, 1) }

// addN adds the time d that stage took over n articles.
func (p *Profile) addN(stage string, d time.Duration, n int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.totals == nil {
		p.totals, p.counts = map[string]time.Duration{}, map[string]int{}
	}
	if _, ok := p.totals[stage]; !ok {
		p.order = append(p.order, stage)
	}
	p.totals[stage] += d
	p.counts[stage] += n
}

// StageTime is one stage's line in a profile.
type StageTime struct {
	Stage string
	Total time.Duration
	Calls int
}

// Stages returns the time of each stage, in the order they first ran.
func (p *Profile) Stages() []StageTime {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]StageTime, len(p.order))
	for i, s := range p.order {
		out[i] = StageTime{s, p.totals[s], p.counts[s]}
	}
	return out
}

// Extract decodes doc to UTF-8 and extracts its article. Plain text
// (Content-Type text/plain) is taken as one article.
func Extract(doc *model.Document) (*model.Article, error) {
	if len(doc.Body) == 0 {
		return nil, fmt.Errorf("%s: empty document", doc.Origin)
	}
	body, _, err := charset.Decode(doc.Body, doc.ContentType)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", doc.Origin, err)
	}
	opts := extract.Options{URL: doc.URL, Hints: doc.Hints}
	var a *model.Article
	if isPlainText(doc.ContentType) {
		a, err = extract.Text(body, opts)
	} else {
		a, err = extract.HTML(body, opts)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", doc.Origin, err)
	}
	a.Doc = doc.Origin
	if a.URL == "" {
		a.URL = doc.URL
	}
	return a, nil
}

func isPlainText(contentType string) bool {
	mt, _, _ := strings.Cut(contentType, ";")
	return strings.EqualFold(strings.TrimSpace(mt), "text/plain")
}

// Run processes docs with p.Workers goroutines and yields one Result per
// document and per input error, in input order. Breaking out of the loop
// stops the workers.
func (p *Pipeline) Run(ctx context.Context, docs iter.Seq2[*model.Document, error]) iter.Seq[Result] {
	return func(yield func(Result) bool) {
		workers := p.Workers
		if workers <= 0 {
			workers = runtime.GOMAXPROCS(0)
		}
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()

		// Each job carries its own result channel; the jobs are queued in
		// input order, so reading them back in queue order restores it.
		// The queue's capacity bounds the work in flight. It is large
		// enough that a long article at its head, or the caller storing
		// a batch, leaves the workers other work for a while, and that
		// while the stages wait for Ready the extractors get well ahead;
		// jobs holds one document a worker read ahead, so that a worker
		// that finishes does not wait for the next input to be read.
		//
		// Extraction and the stages run in two sets of workers, joined
		// by extracted: each set has the CPUs to itself when the other
		// waits (the stages for Ready, extraction for input), and
		// otherwise they share them.
		jobs := make(chan *pipeJob, workers)
		extracted := make(chan *pipeJob, 32*workers)
		order := make(chan *pipeJob, 32*workers)
		go func() {
			defer close(order)
			defer close(jobs)
			for doc, err := range docs {
				j := &pipeJob{doc: doc, err: err, out: make(chan Result, 1)}
				select {
				case order <- j:
				case <-ctx.Done():
					return
				}
				if err != nil {
					j.out <- Result{Origin: originOf(err), Err: err}
					continue
				}
				select {
				case jobs <- j:
				case <-ctx.Done():
					return
				}
			}
		}()
		var extractors sync.WaitGroup
		for range workers {
			extractors.Go(func() {
				for j := range jobs {
					a, err := p.extract(j.doc)
					if p.Recycle != nil {
						p.Recycle(j.doc)
					}
					if err != nil {
						j.out <- Result{Origin: j.doc.Origin, Err: err}
						continue
					}
					j.art = a
					extracted <- j
				}
			})
		}
		go func() {
			extractors.Wait()
			close(extracted)
		}()
		for range workers {
			go func() {
				var group []*pipeJob
				for j := range extracted {
					if p.Group <= 1 {
						err := p.annotate(ctx, j.doc, j.art)
						if err != nil {
							j.out <- Result{Origin: j.doc.Origin, Err: err}
							continue
						}
						j.out <- Result{Origin: j.doc.Origin, Article: j.art}
						continue
					}
					// Take what waits, up to Group, but no more than
					// half a worker's share of it: the last articles
					// are spread over the workers rather than left to
					// one, in groups that shrink as the queue drains,
					// so that the group that ends last is small.
					group = append(group[:0], j)
					n := min(p.Group, 1+len(extracted)/(2*workers))
				take:
					for len(group) < n {
						select {
						case j, ok := <-extracted:
							if !ok {
								break take
							}
							group = append(group, j)
						default:
							break take
						}
					}
					p.annotateGroup(ctx, group)
				}
			}()
		}
		for j := range order {
			var r Result
			select {
			case r = <-j.out:
			case <-ctx.Done():
				return
			}
			if !yield(r) {
				return
			}
		}
	}
}

// pipeJob is one document on its way through Run: read, then extracted
// (art), then annotated; its result goes to out.
type pipeJob struct {
	doc *model.Document
	art *model.Article
	err error
	out chan Result
}

// originOf finds the input an ingest error names.
func originOf(err error) string {
	if ie, ok := errors.AsType[*ingest.InputError](err); ok {
		return ie.Input
	}
	return ""
}
