package cli

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/casus-project/casus/extract"
	"github.com/casus-project/casus/fetch"
	"github.com/casus-project/casus/ingest"
	"github.com/casus-project/casus/internal/pipeline"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/store"
)

// batchStore records the batches it is given.
type batchStore struct {
	store.Store
	docs  [][]string
	calls int
}

func (s *batchStore) PutArticles(ctx context.Context, arts []*model.Article) ([]store.PutResult, error) {
	s.calls++
	var docs []string
	for _, a := range arts {
		docs = append(docs, filepath.Base(a.Doc))
	}
	s.docs = append(s.docs, docs)
	return s.Store.PutArticles(ctx, arts)
}

// TestRunPipelineBatches checks that runPipeline stores every article
// once, in input order, in batches of at most the batch size and, but
// for the last, at least minBatch, and counts what the store reports.
func TestRunPipelineBatches(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	n := synthCorpus(t, corpus, 30) // and 3 exact copies under mirror/
	tests := []struct {
		name  string
		batch int
	}{
		{"one per transaction", 1},
		{"three", 3},
		{"larger than the input", 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "x.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			bs := &batchStore{Store: st}
			p := &pipeline.Pipeline{Workers: 2}
			start := time.Now()
			sum, err := runPipeline(context.Background(), Env{Stderr: io.Discard}, opened(bs), p, []string{corpus}, ingest.Options{}, tt.batch, start)
			if err != nil {
				t.Fatal(err)
			}
			// Every batch but the last holds at least minBatch articles
			// (or the batch size), unless an article waited maxBatchWait.
			if time.Since(start) < maxBatchWait {
				for i, b := range bs.docs[:max(len(bs.docs)-1, 0)] {
					if len(b) < min(minBatch, tt.batch) {
						t.Errorf("batch %d of %d holds %d articles, want at least %d", i, len(bs.docs), len(b), min(minBatch, tt.batch))
					}
				}
			}
			if sum.read != n+3 || sum.stored != n || sum.exact != 3 || sum.failed != 0 {
				t.Errorf("read %d, stored %d, exact %d, failed %d; want %d, %d, 3, 0", sum.read, sum.stored, sum.exact, sum.failed, n+3, n)
			}
			var all []string
			for _, b := range bs.docs {
				if len(b) == 0 || len(b) > tt.batch {
					t.Errorf("batch of %d articles, want 1 to %d", len(b), tt.batch)
				}
				all = append(all, b...)
			}
			// Every input is an article: the store gets them in the
			// order ingest reads them.
			var want []string
			for doc, err := range ingest.Documents(context.Background(), []string{corpus}, ingest.Options{}) {
				if err != nil {
					t.Fatal(err)
				}
				want = append(want, filepath.Base(doc.Origin))
			}
			if !slices.Equal(all, want) {
				t.Errorf("stored in the order\n%v\nwant\n%v", all, want)
			}
		})
	}
}

// opened is runPipeline's open for a store already open.
func opened(st store.Store) func() (store.Store, error) {
	return func() (store.Store, error) { return st, nil }
}

// TestRunPipelineOpensMeanwhile checks that runPipeline reads and
// analyses inputs while its store is still being opened, and that when
// opening fails it returns that error with no summary, having stored and
// reported nothing.
func TestRunPipelineOpensMeanwhile(t *testing.T) {
	errNoDB := errors.New("no database")
	tests := []struct {
		name    string
		openErr error
	}{
		{"opens", nil},
		{"fails", errNoDB},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			corpus := filepath.Join(t.TempDir(), "corpus")
			n := synthCorpus(t, corpus, 20)
			st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "x.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			bs := &batchStore{Store: st}
			analysed := make(chan struct{})
			var once sync.Once
			p := &pipeline.Pipeline{Workers: 2, Stages: []pipeline.Stage{pipeline.StageFunc(func(context.Context, *model.Article) error {
				once.Do(func() { close(analysed) })
				return nil
			})}}
			// The store opens only once an input has been analysed.
			open := func() (store.Store, error) {
				select {
				case <-analysed:
				case <-time.After(20 * time.Second):
					return nil, errors.New("no input analysed while the store opened")
				}
				if tt.openErr != nil {
					return nil, tt.openErr
				}
				return bs, nil
			}
			var stderr bytes.Buffer
			sum, err := runPipeline(context.Background(), Env{Stderr: &stderr}, open, p, []string{corpus}, ingest.Options{}, 8, time.Now())
			if !errors.Is(err, tt.openErr) {
				t.Fatalf("err %v, want %v", err, tt.openErr)
			}
			if tt.openErr != nil {
				if sum != nil || bs.calls != 0 || stderr.Len() != 0 {
					t.Errorf("summary %v, %d calls to PutArticles, stderr %q; want none", sum, bs.calls, stderr.String())
				}
				return
			}
			if sum == nil || sum.read != n+2 || sum.stored != n || sum.exact != 2 {
				t.Fatalf("summary %+v, want %d read, %d stored, 2 exact copies", sum, n+2, n)
			}
		})
	}
}

// TestOpenStore checks that openStore opens the store, or reports why
// it cannot, and that GOMAXPROCS is what it was once it has returned.
func TestOpenStore(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, dsn string
		ok        bool
	}{
		{"new database", filepath.Join(dir, "x.db"), true},
		{"no such folder", filepath.Join(dir, "missing", "x.db"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			procs := runtime.GOMAXPROCS(0)
			open := openStore(context.Background(), tt.dsn)
			st, err := open()
			if got := runtime.GOMAXPROCS(0); got != procs {
				t.Errorf("GOMAXPROCS %d after the store opened, want %d", got, procs)
			}
			if (err == nil) != tt.ok {
				t.Fatalf("err %v, want ok %v", err, tt.ok)
			}
			if err == nil {
				if again, _ := open(); again != st {
					t.Error("a second call returned another store")
				}
				closeStore(open)
			}
		})
	}
}

// TestRunBadDB checks that casus run with a database it cannot open
// fails with the store's error and prints no summary.
func TestRunBadDB(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	synthCorpus(t, corpus, 5)
	db := filepath.Join(dir, "no such dir", "x.db")
	code, _, errs := run(t, "", "run", "--db", db, corpus)
	if code != 1 || !strings.Contains(errs, "no such dir") || strings.Contains(errs, "read,") {
		t.Errorf("exit %d, stderr %q; want 1, the database named, no summary", code, errs)
	}
}

// TestSummaryRates checks the rates of a run's summary: over the whole
// command, and after start-up, which ends when the models are ready or
// when the first input is read, whichever is later.
func TestSummaryRates(t *testing.T) {
	start := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		began, now time.Time
		ready      time.Duration // after start; 0: never
		read       int
		want       string
	}{
		{start.Add(-time.Second), start.Add(time.Second), 0, 100, "100 read, 0 stored, 0 duplicates, 0 failed in 2s: 50/s everything included; start-up (models, dictionaries) 1s, 100/s after it"},
		{start.Add(-100 * time.Millisecond), start.Add(2 * time.Second), 400 * time.Millisecond, 80, "80 read, 0 stored, 0 duplicates, 0 failed in 2.1s: 38/s everything included; start-up (models, dictionaries) 500ms, 50/s after it"},
		{time.Time{}, start.Add(2 * time.Second), time.Second, 10, "10 read, 0 stored, 0 duplicates, 0 failed in 2s: 5/s everything included; start-up (models, dictionaries) 1s, 10/s after it"},
		// Models ready after the run ended (it failed early).
		{start, start.Add(time.Second), 3 * time.Second, 4, "4 read, 0 stored, 0 duplicates, 0 failed in 1s: 4/s everything included; start-up (models, dictionaries) 1s"},
		{start, start, 0, 0, "0 read, 0 stored, 0 duplicates, 0 failed in 0s: 0/s everything included; start-up (models, dictionaries) 0s"},
	}
	for _, tt := range tests {
		s := &summary{read: tt.read, began: tt.began, start: start}
		s.ready.Store(int64(tt.ready))
		var b strings.Builder
		s.report(&b, tt.now)
		if got := strings.TrimSuffix(b.String(), "\n"); got != "casus run: "+tt.want {
			t.Errorf("got %q, want %q", got, "casus run: "+tt.want)
		}
	}
}

// TestSummaryTimeline checks the --profile timeline: each moment in
// milliseconds since the command began (or since the first input was
// read, when that is not known), and "-" for one that did not come.
func TestSummaryTimeline(t *testing.T) {
	start := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		began            time.Time
		ready            time.Duration // after start; 0: never
		analysed, stored time.Duration // after start; 0: never
		want             string
	}{
		{start.Add(-10 * time.Millisecond), 50 * time.Millisecond, 600 * time.Millisecond, 625 * time.Millisecond, "models loaded 60ms, last article analysed 610ms, last stored 635ms"},
		{time.Time{}, 40 * time.Millisecond, 500 * time.Millisecond, 0, "models loaded 40ms, last article analysed 500ms, last stored -"},
		{start, 0, 0, 0, "models loaded -, last article analysed -, last stored -"},
	}
	for _, tt := range tests {
		s := &summary{began: tt.began, start: start}
		s.ready.Store(int64(tt.ready))
		if tt.analysed > 0 {
			s.lastResult = start.Add(tt.analysed)
		}
		if tt.stored > 0 {
			s.lastStored = start.Add(tt.stored)
		}
		var b strings.Builder
		s.timeline(&b)
		if got, want := b.String(), "  timeline since the command began: "+tt.want+"\n"; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}

// TestWriteAllocProfile checks that the --memprofile file is a gzipped
// profile that names the allocations made before it was written, and
// that a failure to write it is reported.
func TestWriteAllocProfile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mem.prof")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	var keep [][]byte
	for range 64 {
		keep = append(keep, make([]byte, 64<<10))
	}
	var stderr strings.Builder
	writeAllocProfile(Env{Stderr: &stderr}, f)
	if stderr.Len() != 0 {
		t.Fatalf("stderr: %s", stderr.String())
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
		t.Fatalf("profile of %d bytes is not gzipped", len(b))
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(raw, []byte("TestWriteAllocProfile")) {
		t.Errorf("profile does not name the test's allocations")
	}
	if len(keep) != 64 {
		t.Fatal("allocations lost")
	}

	// A file already closed cannot be written: the failure is reported.
	g, err := os.Create(filepath.Join(t.TempDir(), "closed.prof"))
	if err != nil {
		t.Fatal(err)
	}
	g.Close()
	stderr.Reset()
	writeAllocProfile(Env{Stderr: &stderr}, g)
	if !strings.Contains(stderr.String(), "--memprofile") {
		t.Errorf("closed file: stderr %q, want a --memprofile error", stderr.String())
	}
}

// TestSummaryReasons checks that the summary lists the kinds of failure
// most frequent first, ties in alphabetical order, whatever the order of
// the map.
func TestSummaryReasons(t *testing.T) {
	start := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	reasons := map[string]int{"no such file or directory": 1, "HTTP 404 Not Found": 1, "no article body": 3, "empty": 1}
	const want = "  failed: 3 no article body, 1 HTTP 404 Not Found, 1 empty, 1 no such file or directory\n"
	for range 20 { // map order varies from run to run
		s := &summary{read: 6, failed: 6, reasons: reasons, began: start, start: start}
		var b strings.Builder
		s.report(&b, start)
		if _, got, _ := strings.Cut(b.String(), "\n"); got != want {
			t.Fatalf("got %q, want %q", got, want)
		}
	}
}

// TestReason checks that the summary counts a failure by its kind: the
// last clause, or the wrapped error that a detail follows, so that one
// kind is not split by address or size.
func TestReason(t *testing.T) {
	enoent := &os.PathError{Op: "open", Path: "/news/a.html", Err: syscall.ENOENT}
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"last clause", fmt.Errorf("ingest a.html: %w", extract.ErrNoArticle), "no article body"},
		{"innermost at the end", &ingest.InputError{Input: "/news/a.html", Err: enoent}, "no such file or directory"},
		{"status", &ingest.InputError{Input: "https://x.example/", Err: &fetch.StatusError{URL: "https://x.example/", Code: 404}}, "HTTP 404 Not Found"},
		{"private address", fmt.Errorf("ingest u: fetch u: %w", fmt.Errorf("%w: %s", fetch.ErrPrivateAddress, "127.0.0.1")),
			"non-public address refused (--allow-private fetches them)"},
		{"private address, other host", fmt.Errorf("ingest v: fetch v: %w", fmt.Errorf("%w: %s", fetch.ErrPrivateAddress, "10.1.2.3")),
			"non-public address refused (--allow-private fetches them)"},
		{"size detail", fmt.Errorf("fetch u: %w: over %d bytes", fetch.ErrTooLarge, 52428800), "body too large"},
		{"type detail", &ingest.InputError{Input: "a.pdf", Err: fmt.Errorf("%w: %s", ingest.ErrBinary, "PDF")}, "binary content, not a page"},
		{"plain", errors.New("boom"), "boom"},
		{"long", errors.New(strings.Repeat("x", 70)), strings.Repeat("x", 60) + "..."},
	}
	for _, tt := range tests {
		if got := reason(tt.err); got != tt.want {
			t.Errorf("%s: reason(%q) = %q, want %q", tt.name, tt.err, got, tt.want)
		}
	}
}

// TestStoreQueueWaitBound checks that the writer takes fewer than
// minBatch articles once the first has waited maxBatchWait, even when
// no other result comes to wake it (the old queue waited for the next).
func TestStoreQueueWaitBound(t *testing.T) {
	for _, n := range []int{1, minBatch - 1} {
		q := newStoreQueue(64)
		for i := range n {
			if !q.put(&model.Article{ID: int64(i)}) {
				t.Fatalf("%d: put refused", n)
			}
		}
		got := make(chan []*model.Article, 1)
		go func() { got <- q.take() }()
		select {
		case b := <-got:
			if len(b) != n {
				t.Errorf("%d waiting: took %d", n, len(b))
			}
		case <-time.After(maxBatchWait + 5*time.Second):
			q.stop() // lets take return
			<-got
			t.Errorf("%d waiting: take still waits long after maxBatchWait", n)
		}
	}
}

// failStore fails every PutArticles after the first ok ones.
type failStore struct {
	store.Store
	ok, calls int
}

var errDiskFull = errors.New("disk full")

func (s *failStore) PutArticles(ctx context.Context, arts []*model.Article) ([]store.PutResult, error) {
	s.calls++
	if s.calls > s.ok {
		return nil, errDiskFull
	}
	return s.Store.PutArticles(ctx, arts)
}

// TestRunPipelineStoreFails checks that a failing store ends the run
// with its error, wrapped, whether it fails at once or after some
// batches, and that the loop does not hang on a full queue once the
// writer has stopped.
func TestRunPipelineStoreFails(t *testing.T) {
	corpus := filepath.Join(t.TempDir(), "corpus")
	synthCorpus(t, corpus, 30)
	for _, ok := range []int{0, 1} {
		st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "x.db"))
		if err != nil {
			t.Fatal(err)
		}
		fs := &failStore{Store: st, ok: ok}
		done := make(chan error, 1)
		go func() {
			_, err := runPipeline(context.Background(), Env{Stderr: io.Discard}, opened(fs), &pipeline.Pipeline{Workers: 2}, []string{corpus}, ingest.Options{}, 2, time.Now())
			done <- err
		}()
		select {
		case err := <-done:
			if !errors.Is(err, errDiskFull) || !strings.HasPrefix(err.Error(), "store: ") {
				t.Errorf("ok %d: err %v, want store: %v", ok, err, errDiskFull)
			}
			if fs.calls != ok+1 {
				t.Errorf("ok %d: %d calls to PutArticles, want %d (none after the failure)", ok, fs.calls, ok+1)
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("ok %d: runPipeline still runs 30 s after the store failed", ok)
		}
		st.Close()
	}
}

// TestRestoreProcs checks that restoreProcs sets GOMAXPROCS back to the
// value it is given, whether or not that is the runtime's default.
// Whether the runtime's own updates are back on is not observable here.
func TestRestoreProcs(t *testing.T) {
	before := runtime.GOMAXPROCS(0)
	defer runtime.GOMAXPROCS(before)
	runtime.SetDefaultGOMAXPROCS()
	def := runtime.GOMAXPROCS(0)
	for _, want := range []int{def, def + 2, 1} {
		runtime.GOMAXPROCS(want + 1)
		restoreProcs(want)
		if got := runtime.GOMAXPROCS(0); got != want {
			t.Errorf("restoreProcs(%d): GOMAXPROCS %d", want, got)
		}
	}
}

// walAtSummary is a command's stderr that notes, when the run's summary
// line is written, whether the database's write-ahead log still exists.
type walAtSummary struct {
	wal        string
	b          bytes.Buffer
	seen, open bool
}

func (w *walAtSummary) Write(p []byte) (int, error) {
	if bytes.HasPrefix(p, []byte("casus run:")) && !w.seen {
		w.seen = true
		_, err := os.Stat(w.wal)
		w.open = err == nil
	}
	return w.b.Write(p)
}

// TestRunClosesStoreBeforeSummary checks that casus run closes its store
// (SQLite's final checkpoint, which removes the write-ahead log) before it
// prints the summary, so the rate it calls everything included counts it.
func TestRunClosesStoreBeforeSummary(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	synthCorpus(t, corpus, 3)
	db := filepath.Join(dir, "x.db")
	errs := &walAtSummary{wal: db + "-wal"}
	code := Main(context.Background(), []string{"run", "--db", db, corpus}, Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: errs})
	if code != 0 || !errs.seen {
		t.Fatalf("exit %d, summary printed %v; stderr:\n%s", code, errs.seen, errs.b.String())
	}
	if errs.open {
		t.Errorf("%s still existed when the summary was printed: the store was closed after it", errs.wal)
	}
}
