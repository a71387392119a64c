package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/fetch"
	"github.com/casus-project/casus/frame"
	"github.com/casus-project/casus/ingest"
	"github.com/casus-project/casus/internal/hugemem"
	"github.com/casus-project/casus/internal/pipeline"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/store"
)

var cmdRun = &Command{
	Name:      "run",
	UsageLine: "casus run --db FILE [flags] INPUT...",
	Short:     "extract, analyse and store articles",
	Long: `
Run reads news inputs, extracts and analyses each article in parallel, and
stores the results in a database. Exact and near-duplicate articles are
stored once, with every URL and publisher that carried them, so running
again on the same inputs adds nothing. Killing a run at any moment and
running it again gives the same database as one clean run.

On a terminal a status line shows progress; otherwise each failure is
logged on its own line. A summary ends the run, with two rates: articles
read per second of the whole command, start-up included, and per second
after start-up, the rate a long run tends to. Start-up is decoding the
language models, gazetteer and dictionaries; the database is opened and
the first inputs are read and extracted meanwhile. The exit status is 0 when
every input was read, 1 when any failed (each failure is named with its
reason), 2 on a usage error.

Unless the environment sets GOGC, run collects garbage less often than Go
programs do by default (GOGC=400): each collection marks the whole live
heap, the dictionaries and word caches included, so this saves about a
sixteenth of the instructions for a larger peak memory (about 160 MB
rather than 140 MB on a small run).
` + inputsHelp + `
Examples:

	casus run --db news.db pages/ feeds.xml @urls.txt
	casus run --db news.db CC-NEWS-20240501.warc.gz
	casus run --db news.db --date 2024-05-01 statement.txt
	casus run --nats nats://queue:4222 CC-NEWS-*.warc.gz   # workers: casus worker
`,
	Flags: func(fs *flag.FlagSet) func(context.Context, Env, []string) error {
		var in inputFlags
		in.bind(fs)
		var an analysisFlags
		an.bind(fs)
		db := fs.String("db", "casus.db", "database `FILE` (SQLite) or postgres:// URL")
		batch := fs.Int("batch", 64, "store at most `N` articles per transaction")
		profile := fs.Bool("profile", false, "print the time spent in each stage at the end, and when the models were loaded, the last article analysed and the last batch stored")
		cpuprofile := fs.String("cpuprofile", "", "write a Go CPU profile of the whole command to `FILE` (for go tool pprof)")
		memprofile := fs.String("memprofile", "", "write a Go profile of the memory allocated by the whole command to `FILE` at its end (for go tool pprof)")
		natsURL := fs.String("nats", "", "queue the inputs for casus workers on the NATS JetStream server at `URL` instead (see casus worker)")
		return func(ctx context.Context, env Env, args []string) error {
			began := time.Now()
			if len(args) == 0 {
				return usageErrorf("no inputs")
			}
			if *batch < 1 {
				return usageErrorf("--batch %d: want at least 1", *batch)
			}
			opts, err := in.options(env)
			if err != nil {
				return err
			}
			if *natsURL != "" {
				return runDistributed(ctx, env, *natsURL, args, opts)
			}
			if *cpuprofile != "" {
				stop, err := startCPUProfile(*cpuprofile)
				if err != nil {
					return err
				}
				defer stop()
			}
			if *memprofile != "" {
				f, err := os.Create(*memprofile)
				if err != nil {
					return fmt.Errorf("--memprofile: %w", err)
				}
				defer writeAllocProfile(env, f)
			} else {
				defer stopMemProfile()()
			}
			an.stderr = env.Stderr
			sts, ready, err := an.startStages()
			if err != nil {
				return err
			}
			open := openStore(ctx, *db)
			p := &pipeline.Pipeline{Workers: in.workers, Stages: sts, Ready: ready, Group: stageGroup}
			if *profile {
				p.Profile = new(pipeline.Profile)
			}
			sum, err := runPipeline(ctx, env, open, p, args, opts, *batch, began)
			// The store is closed before the summary is timed: closing
			// runs its final checkpoint, which is part of the run that
			// "everything included" promises to count.
			if cerr := closeStore(open); cerr != nil && err == nil {
				err = fmt.Errorf("close %s: %w", *db, cerr)
			}
			if sum == nil {
				return err
			}
			sum.print(env.Stderr)
			if p.Profile != nil {
				printProfile(env.Stderr, p.Profile, sum.read)
				sum.timeline(env.Stderr)
			}
			if err != nil {
				return err
			}
			if sum.failed > 0 {
				return errFailed
			}
			return nil
		}
	},
}

// stageGroup is the most articles a worker of casus run analyses
// together (pipeline.Pipeline.Group): each language model runs over all
// of them before the next, and its tables stay in the processor's
// caches. On one core, the language stage's work on the extraction dev
// split's 100 English articles (segmenting, tagging, names, preparing
// for the coder, parsing) took 620-699 ms of thread CPU time article by
// article, 543-586 ms sixteen at a time and 484-596 ms all at once.
const stageGroup = 16

// runGCPercent is the garbage collector's GOGC setting for the commands
// that load the analysis stages (run, analyze, demo, serve, worker) when
// the environment sets none. The dictionaries and the models' word caches
// are much of the live heap and must be marked at every collection,
// though they hardly change. On the extraction dev split (2 December
// 2026, with runHugeHeap), casus run --workers 1 took 5,547 M
// instructions with the default 100 (7 collections), 5,194 M with 400
// (2), 5,127 M with 800 (1) and 5,053 M with none; its peak resident size
// was about 137, 160 and 183 MB at 100, 400 and 800. CPU time (user and
// system) did not tell 200, 400, 800 or GOGC=off with GOMEMLIMIT=256MiB
// apart (medians 1.56-1.62 s of 5-8 interleaved runs, loaded machine):
// the fresh memory a higher setting touches costs about what its
// collections save.
const runGCPercent = 400

// runHugeHeap is how much of the heap the commands that load the
// analysis stages ask to have backed with huge pages before they load
// them (hugemem.PrepareHeap). Nearly all casus run allocates is fresh
// memory, and on the 2-core machine of issue #4 a page fault cost more
// than the work done in most pages: on the extraction dev split the run
// took about 22,900 minor faults (18,000 of them in the Go heap) and
// 4,800-5,300 with 96-256 MB advised, its CPU time (user and system)
// falling by a tenth or more.
const runHugeHeap = 128 << 20

// relaxGC sets the collector to runGCPercent unless GOGC is set, and
// asks for runHugeHeap bytes of heap in huge pages. Both settings are
// the process's: only commands call it.
func relaxGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(runGCPercent)
	}
	hugemem.PrepareHeap(runHugeHeap)
}

// analysisFlags choose the dictionaries and lexicons analysis uses.
type analysisFlags struct {
	dicts, lexicon string
	hypothetical   bool
	// dictsSkipBad loads a user's dictionaries without their bad lines,
	// listing each on stderr, instead of refusing the set.
	dictsSkipBad bool
	// stderr takes the lines --dicts-skip-bad skips (nil: discarded).
	stderr io.Writer
}

func (f *analysisFlags) bind(fs *flag.FlagSet) {
	fs.StringVar(&f.dicts, "dicts", "", "code events with the dictionaries in `DIR` (PETRARCH or TABARI formats) instead of the built-in ones; a set with any bad line is refused, naming the first (the PETRARCH-2 release's own files have 24, such as a date 9008223; see --dicts-skip-bad)")
	fs.BoolVar(&f.dictsSkipBad, "dicts-skip-bad", false, "load --dicts without its bad lines instead of refusing it, printing each skipped line (file:line: reason) and their count to stderr")
	fs.BoolVar(&f.hypothetical, "hypothetical", false, "also code events that only may happen (\"could attack\", \"if Chile expels\", \"urged Peru to withdraw\"), with status hypothetical, as PETRARCH and TABARI do; by default such an event codes nothing unless its source says it will do it or means to, and what is said of it is coded as the appeal, demand or threat")
	fs.StringVar(&f.lexicon, "lexicon", "", "add the framing entries in `FILE` (the format of frame/lexicon.txt) to the built-in lexicon")
}

// stages returns the analysis stages run after extraction, in order,
// with their models loaded.
func (f *analysisFlags) stages() ([]pipeline.Stage, error) {
	sts, ready, err := f.startStages()
	if err != nil {
		return nil, err
	}
	if err := ready(context.Background()); err != nil {
		return nil, err
	}
	return sts, nil
}

// startStages returns the analysis stages run after extraction, in
// order, and ready, which waits for their models (pipeline.Pipeline's
// Ready): the language models, the gazetteer and the built-in
// dictionaries are decoded in the background, while the caller opens
// its store and reads and extracts the first documents. A user's
// dictionaries and lexicon are read before startStages returns, so that
// a mistake in them is reported before anything is done.
func (f *analysisFlags) startStages() ([]pipeline.Stage, func(context.Context) error, error) {
	relaxGC()
	var d *dict.Dicts
	if f.dicts != "" {
		var err error
		if d, err = f.dictionaries(); err != nil {
			return nil, nil, err
		}
	}
	var lex *frame.Lexicon
	if f.lexicon != "" {
		file, err := os.Open(f.lexicon)
		if err != nil {
			return nil, nil, err
		}
		defer file.Close()
		if lex, err = frame.LoadLexicon(file); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", f.lexicon, err)
		}
	}
	e := loadEngine(d, f.hypothetical)
	return analysisStages(e, lex), e.wait, nil
}

// dictionaries loads the built-in dictionaries, or the user's. A user's
// dictionary with a bad line is refused whole, naming the file and line:
// nothing is coded from a half-loaded dictionary, unless --dicts-skip-bad
// asks for it, when every skipped line and their count go to f.stderr.
func (f *analysisFlags) dictionaries() (*dict.Dicts, error) {
	if f.dicts == "" {
		return dict.Default()
	}
	d, err := dict.LoadDir(f.dicts)
	if err != nil {
		return nil, fmt.Errorf("--dicts %s: %w", f.dicts, err)
	}
	w := d.Warnings()
	if len(w) == 0 {
		return d, nil
	}
	if !f.dictsSkipBad {
		return nil, fmt.Errorf("--dicts %s: %w (and %d more problems; --dicts-skip-bad loads the rest)", f.dicts, w[0], len(w)-1)
	}
	if f.stderr != nil {
		for _, e := range w {
			fmt.Fprintf(f.stderr, "casus: --dicts: skipped %v\n", e)
		}
		lines := "lines"
		if len(w) == 1 {
			lines = "line"
		}
		fmt.Fprintf(f.stderr, "casus: --dicts %s: skipped %d bad %s (--dicts-skip-bad)\n", f.dicts, len(w), lines)
	}
	return d, nil
}

// summary counts what a run did.
type summary struct {
	read, stored, exact, near, seen, replaced, updated, failed int
	reasons                                                    map[string]int
	// began is when the command began, before the models and
	// dictionaries were loaded; start when the first input was read;
	// ready is when the models and dictionaries were loaded, which the
	// reading of inputs overlaps, in nanoseconds after start (0 until
	// then).
	began, start time.Time
	ready        atomic.Int64
	// lastResult is when the last result came from the pipeline,
	// lastStored when the last batch was stored (zero if none was); the
	// writer sets lastStored under runPipeline's lock of the counts.
	lastResult, lastStored time.Time
}

func (s *summary) duplicates() int { return s.exact + s.near + s.seen }

// line is the progress line: the counts so far and the rate since the
// first input was read.
func (s *summary) line() string {
	return fmt.Sprintf("%d read, %d stored, %d duplicates, %d failed (%.0f/s)",
		s.read, s.stored, s.duplicates(), s.failed, rate(s.read, time.Since(s.start)))
}

// rate is n per second of d.
func rate(n int, d time.Duration) float64 { return float64(n) / max(d.Seconds(), 1e-9) }

// print writes the summary of a run. Its first line gives two rates:
// over the whole command, loading the models and dictionaries included
// (the rate a user sees), and over the time after that start-up (the
// rate a long run tends to). Start-up ends when the models and
// dictionaries are loaded, or when the first input is read if that is
// later; the inputs read and extracted during it count in both rates.
func (s *summary) print(w io.Writer) { s.report(w, time.Now()) }

// report is print at the time now.
func (s *summary) report(w io.Writer, now time.Time) {
	began := s.began
	if began.IsZero() {
		began = s.start
	}
	up := s.start
	if r := s.ready.Load(); r > 0 {
		up = s.start.Add(time.Duration(r))
	}
	if up.After(now) {
		up = now
	}
	total, after := now.Sub(began), now.Sub(up)
	fmt.Fprintf(w, "casus run: %d read, %d stored, %d duplicates, %d failed in %s: %.0f/s everything included; start-up (models, dictionaries) %s",
		s.read, s.stored, s.duplicates(), s.failed, total.Round(time.Millisecond), rate(s.read, total),
		(total - after).Round(time.Millisecond))
	if after > 0 {
		fmt.Fprintf(w, ", %.0f/s after it", rate(s.read, after))
	}
	fmt.Fprintln(w)
	if s.duplicates() > 0 || s.replaced > 0 {
		fmt.Fprintf(w, "  duplicates: %d exact, %d near, %d already stored (%d with new annotations); %d stored versions replaced by better ones\n",
			s.exact, s.near, s.seen, s.updated, s.replaced)
	}
	if s.failed > 0 {
		reasons := make([]string, 0, len(s.reasons))
		for r := range s.reasons {
			reasons = append(reasons, r)
		}
		// Most frequent first, ties in alphabetical order, so that two runs
		// with the same failures print the same line.
		sort.Slice(reasons, func(i, j int) bool {
			if a, b := s.reasons[reasons[i]], s.reasons[reasons[j]]; a != b {
				return a > b
			}
			return reasons[i] < reasons[j]
		})
		fmt.Fprint(w, "  failed:")
		for i, r := range reasons {
			if i > 0 {
				fmt.Fprint(w, ",")
			}
			fmt.Fprintf(w, " %d %s", s.reasons[r], r)
		}
		fmt.Fprintln(w)
	}
}

// openStore starts opening the store at dsn in the background and
// returns a function that waits for it and returns it. Opening a new
// SQLite database (the switch to WAL, the schema) takes tens of
// milliseconds, most of them waiting for the disk to sync, during which
// the models load and the first inputs are read and extracted.
//
// While it opens, GOMAXPROCS is one more than it was, and it is restored
// once the store is open (before the function returns). The Go scheduler
// hands the processor of a goroutine blocked in a system call to other
// goroutines only when its monitor next looks (up to 10 ms later), so
// each sync would otherwise leave one of two cores idle while the
// loaders and extractors wait to run. Callers that size their work by
// GOMAXPROCS must read it before calling openStore.
//
// The pages of SQLite's caches come from one block of memory
// (storeCachePages), which SQLite takes only before the process's first
// database opens: casus run and demo open none before this one.
func openStore(ctx context.Context, dsn string) func() (store.Store, error) {
	var (
		st   store.Store
		err  error
		done = make(chan struct{})
	)
	procs := runtime.GOMAXPROCS(0)
	runtime.GOMAXPROCS(procs + 1)
	go func() {
		defer close(done)
		defer restoreProcs(procs)
		store.ReserveSQLiteCache(storeCachePages)
		st, err = store.Open(ctx, dsn)
	}()
	return func() (store.Store, error) {
		<-done
		return st, err
	}
}

// storeCachePages is how many pages of SQLite's page caches openStore
// has come from one block of memory (store.ReserveSQLiteCache): room for
// the writer's whole cache (PRAGMA cache_size's default of 2,000 kB
// holds about 470 pages of 4 kB), with some to spare for a reader. On
// the extraction dev split, casus run took about 1,000 fewer page faults
// (5,200-5,400 -> 4,100-4,500) and closing its store 50-70 ms less at
// load 9-10 (the part after the final checkpoint: 57-100 -> 4-25 ms).
const storeCachePages = 640

// restoreProcs sets GOMAXPROCS back to procs. Setting it turns off the
// runtime's own updates of it (to a changed CPU quota, say, while casus
// demo serves), so when procs is the runtime's default they are turned
// back on; a value set by the environment or the caller (go test -cpu)
// is set again as it was.
func restoreProcs(procs int) {
	runtime.SetDefaultGOMAXPROCS()
	if runtime.GOMAXPROCS(0) != procs {
		runtime.GOMAXPROCS(procs)
	}
}

// closeStore closes the store open returns, if it was opened.
func closeStore(open func() (store.Store, error)) error {
	st, err := open()
	if err != nil {
		return nil // never opened: its error was reported where it was opened
	}
	return st.Close()
}

// runPipeline feeds the inputs through p and stores the articles in
// batches. Each batch is one transaction, so a killed run loses at most
// the batch in flight, which the next run stores again.
//
// open returns the store, after waiting for it to be opened: reading
// and extracting the inputs (and loading the models, if p.Ready waits
// for them) begin meanwhile, and nothing is stored, counted or reported
// before it returns. If it fails, runPipeline returns its error and a
// nil summary.
//
// Storing runs in a goroutine of its own, beside the analysis: each time
// it is free it takes the articles that have accumulated (at most
// batchSize: when that many wait, the loop waits for the store), once
// they are minBatch or the first has waited maxBatchWait, or no more
// will come. So the articles are stored soon after they are analysed, a
// transaction's fixed cost is shared by several, and the run ends with a
// small last batch rather than a large one stored while the analysis
// workers stand idle. The writer takes a batch as soon as it is free,
// not when the next result comes: results come in bursts (a group of
// articles, or those that waited, in input order, behind a slow one),
// and the articles of one burst would otherwise wait through the gap
// before the next.
func runPipeline(ctx context.Context, env Env, open func() (store.Store, error), p *pipeline.Pipeline, args []string, opts ingest.Options, batchSize int, began time.Time) (*summary, error) {
	sum := &summary{reasons: map[string]int{}, began: began, start: time.Now()}
	if p.Ready != nil {
		go func() {
			if p.Ready(ctx) == nil {
				sum.ready.Store(max(1, int64(time.Since(sum.start))))
			}
		}()
	}
	prog := newProgress(env)
	defer prog.done()
	q := newStoreQueue(batchSize)
	var counted sync.Mutex // guards the counts the writer adds to sum
	done := make(chan error, 1)
	go func() {
		st, err := open()
		if err != nil {
			q.stop()
			done <- err
			return
		}
		for {
			b := q.take()
			if b == nil {
				done <- nil
				return
			}
			res, err := st.PutArticles(ctx, b)
			if err != nil {
				q.stop()
				done <- fmt.Errorf("store: %w", err)
				return
			}
			counted.Lock()
			sum.countStored(res)
			sum.lastStored = time.Now()
			counted.Unlock()
		}
	}()
	// The pages' bodies are read into memory that earlier pages, once
	// extracted, hand back (ingest.Bodies): a run holds only a few at a
	// time, and reading each into fresh memory made a sixth of the run's
	// allocations and page faults.
	if p.Recycle == nil && opts.Bodies == nil {
		bodies := new(ingest.Bodies)
		opts.Bodies, p.Recycle = bodies, bodies.Recycle
	}
	for r := range p.Run(ctx, ingest.Documents(ctx, args, opts)) {
		if sum.read == 0 {
			if _, err := open(); err != nil {
				break
			}
		}
		sum.read++
		sum.lastResult = time.Now()
		if r.Err != nil {
			sum.failed++
			sum.reasons[reason(r.Err)]++
			prog.log(r.Err.Error())
			q.poke()
		} else if !q.put(r.Article) {
			break // the writer failed
		}
		counted.Lock()
		line := sum.line()
		counted.Unlock()
		prog.update(line)
	}
	if _, err := open(); err != nil {
		<-done
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		q.stop()
		<-done
		return sum, err
	}
	q.close()
	return sum, <-done
}

// storeQueue holds the analysed articles runPipeline's writer has not
// taken yet.
type storeQueue struct {
	mu   sync.Mutex
	cond *sync.Cond
	arts []*model.Article
	// since is when the first of arts came; max is the most a batch
	// holds, and the most that wait before put waits.
	since time.Time
	max   int
	// closed is set when no more articles will come, stopped when none
	// will be stored.
	closed, stopped bool
}

func newStoreQueue(max int) *storeQueue {
	q := &storeQueue{max: max}
	q.cond = sync.NewCond(&q.mu)
	return q
}

// put adds a, after waiting while max articles wait. It reports false
// if the queue was stopped.
func (q *storeQueue) put(a *model.Article) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.arts) >= q.max && !q.stopped {
		q.cond.Wait()
	}
	if q.stopped {
		return false
	}
	if len(q.arts) == 0 {
		q.since = time.Now()
	}
	q.arts = append(q.arts, a)
	q.cond.Broadcast()
	return true
}

// poke lets a waiting take see how long the first article has waited.
func (q *storeQueue) poke() {
	q.mu.Lock()
	q.cond.Broadcast()
	q.mu.Unlock()
}

// close tells take that no more articles will come.
func (q *storeQueue) close() {
	q.mu.Lock()
	q.closed = true
	q.cond.Broadcast()
	q.mu.Unlock()
}

// stop makes put refuse articles and take return nil.
func (q *storeQueue) stop() {
	q.mu.Lock()
	q.stopped = true
	q.cond.Broadcast()
	q.mu.Unlock()
}

// take waits for the next batch: at most max articles, once minBatch
// (or max, if smaller) wait, or the first has waited maxBatchWait, or no
// more will come. It returns nil when none will.
func (q *storeQueue) take() []*model.Article {
	q.mu.Lock()
	defer q.mu.Unlock()
	for !q.stopped {
		n := len(q.arts)
		if n > 0 && (q.closed || n >= min(minBatch, q.max) || time.Since(q.since) >= maxBatchWait) {
			k := min(n, q.max)
			b := slices.Clone(q.arts[:k])
			rest := copy(q.arts, q.arts[k:])
			clear(q.arts[rest:]) // no hold on stored articles
			q.arts = q.arts[:rest]
			if len(q.arts) > 0 {
				q.since = time.Now()
			}
			q.cond.Broadcast()
			return b
		}
		if q.closed {
			return nil
		}
		if n == 0 {
			q.cond.Wait()
			continue
		}
		// Wake when the first has waited maxBatchWait, even if no
		// result comes meanwhile.
		t := time.AfterFunc(maxBatchWait-time.Since(q.since), q.poke)
		q.cond.Wait()
		t.Stop()
	}
	return nil
}

// minBatch is the fewest articles runPipeline stores in one transaction
// while more are coming, unless the first has waited maxBatchWait. A
// transaction has a fixed cost (the commit, the full-text index's
// flush): storing the extraction dev split's 109 extracted articles took
// 431 ms of CPU one per transaction, 318 ms three, 253 ms eight and 227
// ms sixteen at a time (medians of 5, SQLite). Eight keeps the last
// batch, stored while the analysis workers stand idle, short.
const minBatch = 8

// maxBatchWait bounds how long an analysed article waits for others to
// share its transaction, whether or not more results come meanwhile.
const maxBatchWait = time.Second

// countStored adds the outcomes of one stored batch to the summary.
func (s *summary) countStored(res []store.PutResult) {
	for _, r := range res {
		switch r.Outcome {
		case store.New:
			s.stored++
		case store.Exact:
			s.exact++
		case store.Near:
			s.near++
		case store.Seen:
			s.seen++
		case store.Replaced:
			s.replaced++
			s.near++
		case store.Updated:
			s.updated++
			s.seen++
		}
	}
}

// startCPUProfile starts writing a CPU profile to the file at path; the
// function it returns stops the profile and closes the file.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("--cpuprofile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("--cpuprofile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// stopMemProfile stops the runtime's sampling of allocations for the
// memory profile, which nothing reads unless --memprofile asks for it:
// on by default, it records the call stack of about one allocation per
// 512 kB allocated, in memory of its own. On the extraction dev split
// that memory took about 230 of casus run's 4,100 page faults (perf, the
// faults in mProf_Malloc and newBucket). It is the process's setting,
// so only commands call it, and the function it returns sets it back
// for what the process does next (the tests run many commands).
func stopMemProfile() (restore func()) {
	rate := runtime.MemProfileRate
	runtime.MemProfileRate = 0
	return func() { runtime.MemProfileRate = rate }
}

// writeAllocProfile writes the profile of the memory allocated so far
// to f and closes it, after a collection (the runtime's allocation
// figures are those of the last one). A failure is reported on env's
// standard error: the command's own outcome is the one that matters.
func writeAllocProfile(env Env, f *os.File) {
	runtime.GC()
	err := pprof.Lookup("allocs").WriteTo(f, 0)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "casus run: --memprofile: %v\n", err)
	}
}

// timeline prints, for --profile, when the parts of a run that decide
// its length ended, in milliseconds since the command began: loading
// the models and dictionaries (start-up), the analysis of the last
// article (when the last result came, in input order), and storing the
// last batch. What follows the last result is the run's tail, when the
// analysis workers stand idle.
func (s *summary) timeline(w io.Writer) {
	began := s.began
	if began.IsZero() {
		began = s.start
	}
	ms := func(t time.Time) string {
		if t.IsZero() {
			return "-"
		}
		return fmt.Sprintf("%dms", t.Sub(began).Milliseconds())
	}
	var ready time.Time
	if r := s.ready.Load(); r > 0 {
		ready = s.start.Add(time.Duration(r))
	}
	fmt.Fprintf(w, "  timeline since the command began: models loaded %s, last article analysed %s, last stored %s\n",
		ms(ready), ms(s.lastResult), ms(s.lastStored))
}

// printProfile prints the time spent in each stage, summed over workers,
// per article and as a share of the whole.
func printProfile(w io.Writer, p *pipeline.Profile, articles int) {
	stages := p.Stages()
	var total time.Duration
	for _, s := range stages {
		total += s.Total
	}
	fmt.Fprintf(w, "  %-10s %10s %12s %7s\n", "stage", "time", "per article", "share")
	for _, s := range stages {
		fmt.Fprintf(w, "  %-10s %10s %12s %6.1f%%\n", s.Stage, s.Total.Round(time.Millisecond),
			(s.Total / time.Duration(max(articles, 1))).Round(time.Microsecond), 100*float64(s.Total)/float64(max(total, 1)))
	}
}

// reason reduces an error to the kind of failure, so the summary can
// count failures by kind ("no article body", "HTTP 404 Not Found"): the
// last clause of its message, or, when the innermost error it wraps is
// followed by a detail ("non-public address refused: 10.0.0.1", "too
// large: over 52428800 bytes"), that innermost error's, so that one kind
// is not split by address or size. A refused private address says which
// flag lets it through.
func reason(err error) string {
	msg := err.Error()
	inner := err
	for e := errors.Unwrap(err); e != nil; e = errors.Unwrap(e) {
		inner = e
	}
	if s := inner.Error(); inner != err && s != "" && strings.Contains(msg, s+": ") {
		msg = s
	}
	if i := strings.LastIndex(msg, ": "); i >= 0 {
		msg = msg[i+2:]
	}
	if len(msg) > 60 {
		msg = msg[:60] + "..."
	}
	if errors.Is(err, fetch.ErrPrivateAddress) {
		msg += " (--allow-private fetches them)"
	}
	return msg
}
