package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"strings"
	"sync"
	"time"

	"github.com/casus-project/casus/fetch"
	"github.com/casus-project/casus/model"
)

// Defaults for zero Options fields.
const (
	DefaultMaxFileBytes int64 = 200 << 20
	DefaultWorkers            = 4
)

// Options configure Documents. The zero value reads local inputs only.
type Options struct {
	// Fetcher fetches URLs and feed items. Nil makes every URL an error
	// wrapping ErrNoFetcher.
	Fetcher fetch.Fetcher
	// DefaultDate becomes every Document's Hints.DefaultDate (the --date
	// flag), dating inputs such as plain text that carry no date.
	DefaultDate time.Time
	// MaxFileBytes caps each file, page or archive record body; larger
	// ones are errors wrapping ErrTooLarge. Zero means
	// DefaultMaxFileBytes.
	MaxFileBytes int64
	// Workers is how many fetches run at once. Zero means
	// DefaultWorkers.
	Workers int
	// Stdin is read for the input "-" and for "@-". Nil makes those
	// inputs errors.
	Stdin io.Reader
	// FS, when set, holds the local inputs: paths are slash-separated and
	// relative to its root (fs.ValidPath), and documents are named by
	// them. Nil reads the operating system's files. A corpus embedded in
	// a program, or a tree that should be named independently of where it
	// lies on disk, is read this way.
	FS fs.FS
	// Bodies, when set, reuses the memory of the bodies a caller has
	// recycled for the local files and gzipped files read after them.
	// Nil reads every body into memory of its own.
	Bodies *Bodies
}

// Errors wrapped in an InputError; test with errors.Is.
var (
	// ErrEmpty means a file or body holds no bytes.
	ErrEmpty = errors.New("empty")
	// ErrBinary means a file or body is not a page, feed or archive: an
	// image, PDF, archive, executable or other binary data.
	ErrBinary = errors.New("binary content, not a page")
	// ErrTooLarge means a file, page or record exceeds
	// Options.MaxFileBytes.
	ErrTooLarge = errors.New("too large")
	// ErrNoFetcher means a URL was given but Options.Fetcher is nil.
	ErrNoFetcher = errors.New("no network fetcher")
	// ErrUnsupported means an input names something ingest does not
	// read: a URL scheme other than http and https, a nested @list, a
	// gzip inside a gzip, an archive served over HTTP.
	ErrUnsupported = errors.New("unsupported input")
	// ErrNoLink means a feed item has no link to fetch.
	ErrNoLink = errors.New("feed item has no link")
)

// InputError reports a failure to read one input, or one member of it.
type InputError struct {
	// Input names what failed: a path, a URL, or an archive member such
	// as "news.warc.gz#record-17".
	Input string
	// Err is the reason.
	Err error
}

func (e *InputError) Error() string { return "ingest " + e.Input + ": " + e.Err.Error() }

// Unwrap returns e.Err.
func (e *InputError) Unwrap() error { return e.Err }

// Documents expands inputs, any mix of the kinds the package describes,
// into documents. Local inputs come in a deterministic order, and fetched
// ones in input order too. Each failure is yielded as an *InputError and
// the walk goes on, except that cancelling ctx ends it with ctx's error.
// Stopping the range loop early stops in-flight fetches and returns once
// they have ended.
func Documents(ctx context.Context, inputs []string, opts Options) iter.Seq2[*model.Document, error] {
	if opts.MaxFileBytes <= 0 {
		opts.MaxFileBytes = DefaultMaxFileBytes
	}
	if opts.Workers <= 0 {
		opts.Workers = DefaultWorkers
	}
	return func(yield func(*model.Document, error) bool) {
		w := &walker{ctx: ctx, opts: opts, sem: make(chan struct{}, opts.Workers)}
		w.pipeline(w.topJobs(inputs), yield)
	}
}

// walker holds the state of one Documents call.
type walker struct {
	ctx  context.Context
	opts Options
	sem  chan struct{} // bounds concurrent fetches across nested pipelines

	// bufs and gzips hold readers a finished input left, so that the
	// next one reuses their buffers (64 KB each, and a gzip reader's
	// 32 KB window) rather than allocating and clearing new ones: over
	// many small files they were a third of what reading allocated.
	bufs, gzips sync.Pool // of *bufio.Reader, *gzip.Reader

	cancelled bool // ctx's error has been yielded
}

// stopped reports whether ctx is done, yielding its error the first time.
func (w *walker) stopped(yield yieldFunc) bool {
	err := w.ctx.Err()
	if err == nil {
		return false
	}
	if !w.cancelled {
		w.cancelled = true
		yield(nil, err)
	}
	return true
}

// yieldFunc receives documents and errors; false stops the walk.
type yieldFunc = func(*model.Document, error) bool

// A job is one unit of the ordered pipeline: a URL to fetch, or local
// work run when its turn comes.
type job struct {
	input string // names the job in errors

	// A fetch job.
	url    string
	hints  model.Hints
	expand bool // expand the page if it is a feed

	// A local job, run on the consumer's goroutine in its turn.
	run func(yield yieldFunc) bool

	done chan struct{} // closed when doc and err are set
	doc  *model.Document
	err  error
}

func errJob(input string, err error) *job {
	return &job{input: input, run: func(yield yieldFunc) bool {
		return yield(nil, &InputError{Input: input, Err: err})
	}}
}

// pipeline runs jobs in order. Fetch jobs are started as they enter a
// window of lookahead, so up to Workers fetches overlap with local work
// and with each other, but results are yielded in job order. It reports
// whether the walk should go on.
func (w *walker) pipeline(jobs iter.Seq[*job], yield yieldFunc) bool {
	ctx, cancel := context.WithCancel(w.ctx)
	var wg sync.WaitGroup
	defer func() {
		cancel()
		wg.Wait()
	}()
	next, stop := iter.Pull(jobs)
	defer stop()
	window := 2 * w.opts.Workers
	var queue []*job
	var turn <-chan struct{} // closed once the last fetch started has its slot
	more := true
	for {
		for more && len(queue) < window {
			j, ok := next()
			if !ok {
				more = false
				break
			}
			if j.run == nil {
				turn = w.start(ctx, j, &wg, turn)
			}
			queue = append(queue, j)
		}
		if len(queue) == 0 {
			return true
		}
		if w.stopped(yield) {
			return false
		}
		j := queue[0]
		queue[0] = nil
		queue = queue[1:]
		if !w.finish(j, yield) {
			return false
		}
	}
}

// start begins fetching j in a new goroutine, which takes one of the
// Workers fetch slots once the fetch started before it (whose turn
// channel is prev, nil for none) has taken one. It returns j's own turn
// channel, closed when j has a slot or will never need one. Slots go in
// input order: a fetch later in the window never keeps an earlier one
// waiting, as results are yielded in input order and the earlier one
// would hold them all back (up to a fetch's whole timeout behind a slow
// server).
func (w *walker) start(ctx context.Context, j *job, wg *sync.WaitGroup, prev <-chan struct{}) <-chan struct{} {
	j.done = make(chan struct{})
	turn := make(chan struct{})
	if w.opts.Fetcher == nil {
		j.err = ErrNoFetcher
		close(j.done)
		close(turn)
		return turn
	}
	wg.Go(func() {
		defer close(j.done)
		if prev != nil {
			select {
			case <-prev:
			case <-ctx.Done():
				close(turn)
				j.err = ctx.Err()
				return
			}
		}
		select {
		case w.sem <- struct{}{}:
			close(turn)
		case <-ctx.Done():
			close(turn)
			j.err = ctx.Err()
			return
		}
		defer func() { <-w.sem }()
		j.doc, j.err = w.opts.Fetcher.Fetch(ctx, j.url)
		if j.err == nil && j.doc == nil {
			j.err = errors.New("fetcher returned no document")
		}
	})
	return turn
}

// finish yields what j produces.
func (w *walker) finish(j *job, yield yieldFunc) bool {
	if j.run != nil {
		return j.run(yield)
	}
	<-j.done
	if w.stopped(yield) {
		return false
	}
	if j.err != nil {
		return yield(nil, &InputError{Input: j.input, Err: unnamed(j.err, j.url)})
	}
	return w.fetched(j, yield)
}

// unnamed drops the "fetch URL: " that package fetch starts its errors
// with when URL is the one the InputError names already; the error still
// unwraps to err. An error naming another URL (a redirect's target) is
// kept whole.
func unnamed(err error, url string) error {
	prefix := "fetch " + url + ": "
	if url == "" || !strings.HasPrefix(err.Error(), prefix) {
		return err
	}
	return &trimmedError{msg: "fetch: " + strings.TrimPrefix(err.Error(), prefix), err: err}
}

// trimmedError is err with a shorter message.
type trimmedError struct {
	msg string
	err error
}

func (e *trimmedError) Error() string { return e.msg }
func (e *trimmedError) Unwrap() error { return e.err }

// fetched routes a fetched page: feeds are expanded when j allows it,
// pages and text are yielded, anything else is an error.
func (w *walker) fetched(j *job, yield yieldFunc) bool {
	doc := j.doc
	name := doc.Origin
	if name == "" {
		name = j.input
	}
	if int64(len(doc.Body)) > w.opts.MaxFileBytes {
		return yield(nil, &InputError{Input: name, Err: fmt.Errorf("%w: over %d bytes", ErrTooLarge, w.opts.MaxFileBytes)})
	}
	k := sniff(doc.Body, "")
	switch k.kind {
	case kindEmpty:
		return yield(nil, &InputError{Input: name, Err: ErrEmpty})
	case kindBinary:
		return yield(nil, &InputError{Input: name, Err: fmt.Errorf("%w: %s", ErrBinary, k.what)})
	case kindGzip, kindWARC:
		return yield(nil, &InputError{Input: name, Err: fmt.Errorf("%w: %s over HTTP", ErrUnsupported, k.what)})
	case kindFeed:
		if j.expand {
			if f, ok, err := parseFeed(doc.Body); ok {
				return w.expandFeed(name, f, err, yield)
			} else if err != nil {
				return yield(nil, &InputError{Input: name, Err: err})
			}
		}
	}
	if doc.ContentType == "" && k.kind == kindText {
		doc.ContentType = "text/plain"
	}
	hints := j.hints
	hints.DefaultDate = w.opts.DefaultDate
	doc.Hints = mergeHints(doc.Hints, hints)
	return yield(doc, nil)
}

// mergeHints fills the zero fields of a from b.
func mergeHints(a, b model.Hints) model.Hints {
	if a.Title == "" {
		a.Title = b.Title
	}
	if a.Published.IsZero() {
		a.Published = b.Published
	}
	if a.DefaultDate.IsZero() {
		a.DefaultDate = b.DefaultDate
	}
	if a.Publisher == "" {
		a.Publisher = b.Publisher
	}
	return a
}

// topJobs turns the command-line inputs into jobs, reading @lists lazily.
func (w *walker) topJobs(inputs []string) iter.Seq[*job] {
	return func(yield func(*job) bool) {
		for _, in := range inputs {
			if strings.HasPrefix(in, "@") {
				if !w.listJobs(in[1:], yield) {
					return
				}
				continue
			}
			if !yield(w.inputJob(in, "")) {
				return
			}
		}
	}
}

// inputJob makes the job for one input that is not a list. Relative
// paths are joined to dir when dir is not empty.
func (w *walker) inputJob(in, dir string) *job {
	switch {
	case isHTTP(in):
		return &job{input: in, url: in, expand: true}
	case strings.Contains(in, "://"):
		return errJob(in, fmt.Errorf("%w: URL scheme (only http and https)", ErrUnsupported))
	case in == "-":
		return &job{input: "stdin", run: func(yield yieldFunc) bool { return w.stdin(yield) }}
	}
	path := w.joinPath(dir, in)
	return &job{input: path, run: func(yield yieldFunc) bool { return w.path(path, true, yield) }}
}

func isHTTP(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}
