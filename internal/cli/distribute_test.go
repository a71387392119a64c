package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/casus-project/casus/ingest"
	"github.com/casus-project/casus/queue"
	"github.com/casus-project/casus/queue/queuetest"
)

// summaryRe matches a run's summary line, which print writes once at
// the end. Progress lines, logged every ten seconds when stderr is not a
// terminal, carry the same counts without the "casus run: " prefix: a
// slow run's output holds both, the progress lines first.
var summaryRe = regexp.MustCompile(`(?m)^casus run: (\d+) read, (\d+) stored, (\d+) duplicates, (\d+) failed `)

// parseSummary reads "N read, N stored, N duplicates, N failed" from the
// one summary line of a run's output.
func parseSummary(out string) (read, stored, dups, failed int, err error) {
	ms := summaryRe.FindAllStringSubmatch(out, -1)
	if len(ms) != 1 {
		return 0, 0, 0, 0, fmt.Errorf("%d summary lines, want 1", len(ms))
	}
	var n [4]int
	for i := range n {
		if n[i], err = strconv.Atoi(ms[0][i+1]); err != nil {
			return 0, 0, 0, 0, fmt.Errorf("summary: %w", err)
		}
	}
	return n[0], n[1], n[2], n[3], nil
}

// summaryCounts is parseSummary, failing t when out has no one summary.
func summaryCounts(t *testing.T, out string) (read, stored, dups, failed int) {
	t.Helper()
	read, stored, dups, failed, err := parseSummary(out)
	if err != nil {
		t.Fatalf("%v in:\n%s", err, out)
	}
	return read, stored, dups, failed
}

// TestParseSummary: a slow run logs progress lines with the running
// counts before its summary; only the summary's counts are the run's.
// Reading the first match instead made TestDistributedRun report 130 of
// 134 documents read when the producer ran for more than ten seconds.
func TestParseSummary(t *testing.T) {
	const summary = "casus run: 134 read, 120 stored, 12 duplicates, 2 failed in 15.8s: 8/s everything included; start-up (models, dictionaries) 1s\n"
	tests := []struct {
		name    string
		out     string
		want    [4]int
		wantErr bool
	}{
		{"summary only", summary, [4]int{134, 120, 12, 2}, false},
		{"progress line first", "130 read, 116 stored, 12 duplicates, 2 failed (12/s) (waiting for workers)\n" + summary, [4]int{134, 120, 12, 2}, false},
		{"failure logged first", "empty.html: empty input\n" + summary + "  duplicates: 12 exact, 0 near, 0 already stored (0 with new annotations); 0 stored versions replaced by better ones\n", [4]int{134, 120, 12, 2}, false},
		{"progress line only", "130 read, 116 stored, 12 duplicates, 2 failed (12/s)\n", [4]int{}, true},
		{"two summaries", summary + summary, [4]int{}, true},
		{"empty", "", [4]int{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, s, d, f, err := parseSummary(tt.out)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err %v, want error %v", err, tt.wantErr)
			}
			if got := [4]int{r, s, d, f}; !tt.wantErr && got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func streamState(t *testing.T, js jetstream.JetStream, name string) jetstream.StreamState {
	t.Helper()
	s, err := js.Stream(context.Background(), name)
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return info.State
}

// TestDistributedRun queues a corpus on a real NATS server for two
// casus workers, kills one of them half way, and checks that the
// database ends up holding what a local casus run stores, with the same
// summary; then runs the producer again and checks it queues nothing.
func TestDistributedRun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline twice")
	}
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	synthCorpus(t, corpus, 120)
	write(t, filepath.Join(corpus, "empty.html"), "")                           // an input error
	write(t, filepath.Join(corpus, "blank.html"), "<html><body></body></html>") // an extraction failure

	local := filepath.Join(dir, "local.db")
	code, _, localOut := run(t, "", "run", "--db", local, corpus)
	if code != 1 {
		t.Fatalf("local run: exit %d, want 1 (two inputs fail)\n%s", code, localOut)
	}
	lRead, lStored, lDups, lFailed := summaryCounts(t, localOut)

	url := queuetest.Start(t, queuetest.Options{})
	db := filepath.Join(dir, "dist.db")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	worker := func(ctx context.Context, name string) <-chan string {
		done := make(chan string, 1)
		go func() {
			var errb bytes.Buffer
			code := Main(ctx, []string{"worker", "--nats", url, "--db", db, "--batch", "4", "--workers", "1",
				"--ack-wait", "2s", "--name", name}, Env{Stdout: io.Discard, Stderr: &errb})
			done <- fmt.Sprintf("exit %d\n%s", code, errb.String())
		}()
		return done
	}
	ctxA, killA := context.WithCancel(ctx)
	doneA := worker(ctxA, "A")
	ctxB, stopB := context.WithCancel(ctx)
	doneB := worker(ctxB, "B")

	var prodOut bytes.Buffer
	prodErr := make(chan error, 1)
	go func() {
		prodErr <- runDistributed(ctx, Env{Stderr: &prodOut}, url, []string{corpus}, ingest.Options{})
	}()

	// Kill A once a fifth of the results are in.
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	for {
		if s, err := js.Stream(ctx, queue.DefaultResultStream); err == nil {
			if info, err := s.Info(ctx); err == nil && info.State.Msgs >= uint64(lRead/5) {
				break
			}
		}
		if ctx.Err() != nil {
			t.Fatal("no results came")
		}
		time.Sleep(20 * time.Millisecond)
	}
	killA()
	t.Logf("worker A killed: %s", <-doneA)
	if err := <-prodErr; err != errFailed {
		t.Fatalf("distributed run: %v, want errFailed\n%s", err, prodOut.String())
	}
	dRead, dStored, dDups, dFailed := summaryCounts(t, prodOut.String())
	t.Logf("local: %s\ndistributed: %s", localOut, prodOut.String())
	// A document A stored but did not acknowledge comes back as already
	// stored, so only stored+duplicates must match.
	if dRead != lRead || dFailed != lFailed || dStored+dDups != lStored+lDups {
		t.Errorf("distributed summary %d read, %d stored, %d duplicates, %d failed; local %d, %d, %d, %d",
			dRead, dStored, dDups, dFailed, lRead, lStored, lDups, lFailed)
	}
	want := storedArticles(t, local)
	if got := storedArticles(t, db); !slices.Equal(got, want) {
		t.Errorf("distributed store differs from the local run's: %d articles, want %d", len(got), len(want))
	}

	// Again: only the failed document is queued again.
	before := streamState(t, js, queue.DefaultStream).LastSeq
	prodOut.Reset()
	if err := runDistributed(ctx, Env{Stderr: &prodOut}, url, []string{corpus}, ingest.Options{}); err != errFailed {
		t.Fatalf("second distributed run: %v\n%s", err, prodOut.String())
	}
	read, stored, dups, failed := summaryCounts(t, prodOut.String())
	if read != lRead || stored != 0 || failed != lFailed || dups != lRead-lFailed {
		t.Errorf("second run: %d read, %d stored, %d duplicates, %d failed", read, stored, dups, failed)
	}
	if after := streamState(t, js, queue.DefaultStream).LastSeq; after-before != 1 {
		t.Errorf("second run queued %d documents, want 1 (the failed page)", after-before)
	}
	if got := storedArticles(t, db); !slices.Equal(got, want) {
		t.Error("second distributed run changed the store")
	}
	stopB()
	t.Logf("worker B: %s", <-doneB)
}
