package cli

import (
	"context"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

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
// once, in input order, in batches of at most the batch size, and counts
// what the store reports.
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
			sum, err := runPipeline(context.Background(), Env{Stderr: io.Discard}, bs, p, []string{corpus}, ingest.Options{}, tt.batch, time.Now())
			if err != nil {
				t.Fatal(err)
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

// TestSummaryRates checks the rates of a run's summary: over the whole
// command and after start-up, or only the latter when the start of the
// command is unknown.
func TestSummaryRates(t *testing.T) {
	start := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		began, now time.Time
		read       int
		want       string
	}{
		{start.Add(-time.Second), start.Add(time.Second), 100, "100 read, 0 stored, 0 duplicates, 0 failed in 2s: 50/s with start-up (1s), 100/s after it"},
		{start.Add(-500 * time.Millisecond), start.Add(4 * time.Second), 9, "9 read, 0 stored, 0 duplicates, 0 failed in 4.5s: 2/s with start-up (500ms), 2/s after it"},
		{time.Time{}, start.Add(2 * time.Second), 10, "10 read, 0 stored, 0 duplicates, 0 failed in 2s: 5/s with start-up (0s), 5/s after it"},
		{start, start, 0, "0 read, 0 stored, 0 duplicates, 0 failed in 0s: 0/s with start-up (0s), 0/s after it"},
	}
	for _, tt := range tests {
		s := &summary{read: tt.read, began: tt.began, start: start}
		var b strings.Builder
		s.report(&b, tt.now)
		if got := strings.TrimSuffix(b.String(), "\n"); got != "casus run: "+tt.want {
			t.Errorf("got %q, want %q", got, "casus run: "+tt.want)
		}
	}
}
