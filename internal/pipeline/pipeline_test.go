package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/casus-project/casus/internal/pipeline"
	"github.com/casus-project/casus/model"
)

// texts yields n plain-text documents named "0", "1", ...; those whose
// index empty reports are empty, which extraction refuses.
func texts(n int, empty func(int) bool) iter.Seq2[*model.Document, error] {
	return func(yield func(*model.Document, error) bool) {
		for i := range n {
			body := fmt.Sprintf("Document %d says something about the weather in town today.", i)
			if empty != nil && empty(i) {
				body = ""
			}
			if !yield(&model.Document{Origin: fmt.Sprint(i), Body: []byte(body), ContentType: "text/plain"}, nil) {
				return
			}
		}
	}
}

// titleStage sets each article's title to its document's text, after a
// pause that varies with the document, so that workers finish out of
// order; it counts its calls.
type titleStage struct{ calls atomic.Int32 }

func (s *titleStage) Annotate(ctx context.Context, a *model.Article) error {
	s.calls.Add(1)
	if strings.Contains(a.Text, "7") {
		time.Sleep(2 * time.Millisecond)
	}
	a.Title = "seen: " + a.Text
	return nil
}

// TestRunOrder checks that Run yields one result per document, in input
// order, with extraction failures in their places, for several worker
// counts.
func TestRunOrder(t *testing.T) {
	for _, workers := range []int{1, 2, 5} {
		st := new(titleStage)
		p := &pipeline.Pipeline{Workers: workers, Stages: []pipeline.Stage{st}}
		empty := func(i int) bool { return i%10 == 3 }
		i := 0
		for r := range p.Run(context.Background(), texts(100, empty)) {
			if r.Origin != fmt.Sprint(i) {
				t.Fatalf("workers %d: result %d is for %q", workers, i, r.Origin)
			}
			switch {
			case empty(i) && r.Err == nil:
				t.Errorf("workers %d: empty document %d extracted", workers, i)
			case !empty(i) && r.Err != nil:
				t.Errorf("workers %d: document %d: %v", workers, i, r.Err)
			case !empty(i) && !strings.HasPrefix(r.Article.Title, "seen: Document "+fmt.Sprint(i)+" "):
				t.Errorf("workers %d: document %d: title %q", workers, i, r.Article.Title)
			}
			i++
		}
		if i != 100 || st.calls.Load() != 90 {
			t.Errorf("workers %d: %d results, %d stage calls; want 100, 90", workers, i, st.calls.Load())
		}
	}
}

// TestRunReady checks that the stages wait for Ready while documents are
// read and extracted, and that an error from Ready fails every article
// (and extraction failures still name their own cause).
func TestRunReady(t *testing.T) {
	const n = 40 // fewer than the work Run keeps in flight with 2 workers
	st := new(titleStage)
	release := make(chan struct{})
	prof := new(pipeline.Profile)
	p := &pipeline.Pipeline{Workers: 2, Stages: []pipeline.Stage{st}, Profile: prof, Ready: func(ctx context.Context) error {
		select {
		case <-release:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}}
	go func() {
		defer close(release)
		deadline := time.Now().Add(10 * time.Second)
		for time.Now().Before(deadline) {
			if s := prof.Stages(); len(s) > 0 && s[0].Calls == n {
				if c := st.calls.Load(); c != 0 {
					t.Errorf("%d stage calls before Ready returned", c)
				}
				return
			}
			time.Sleep(time.Millisecond)
		}
		t.Error("the documents were not extracted while the stages waited for Ready")
	}()
	got := 0
	for r := range p.Run(context.Background(), texts(n, nil)) {
		if r.Err != nil {
			t.Errorf("%s: %v", r.Origin, r.Err)
		}
		got++
	}
	if got != n || st.calls.Load() != n {
		t.Errorf("%d results, %d stage calls; want %d", got, st.calls.Load(), n)
	}

	errLoad := errors.New("model corrupt")
	st = new(titleStage)
	p = &pipeline.Pipeline{Workers: 2, Stages: []pipeline.Stage{st}, Ready: func(context.Context) error { return errLoad }}
	empty := func(i int) bool { return i == 2 }
	for r := range p.Run(context.Background(), texts(5, empty)) {
		if r.Err == nil || errors.Is(r.Err, errLoad) == empty(mustAtoi(t, r.Origin)) {
			t.Errorf("%s: error %v", r.Origin, r.Err)
		}
	}
	if st.calls.Load() != 0 {
		t.Errorf("%d stage calls after Ready failed", st.calls.Load())
	}
}

// TestRunBreak checks that breaking out of Run's loop early returns,
// with the stages still waiting for Ready or not (the first document
// fails extraction, so it comes back while they wait).
func TestRunBreak(t *testing.T) {
	for _, ready := range []func(context.Context) error{
		nil,
		func(ctx context.Context) error { <-ctx.Done(); return ctx.Err() },
	} {
		p := &pipeline.Pipeline{Workers: 2, Stages: []pipeline.Stage{new(titleStage)}, Ready: ready}
		done := make(chan struct{})
		go func() {
			defer close(done)
			for range p.Run(context.Background(), texts(1000, func(i int) bool { return i == 0 })) {
				break
			}
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("Run did not return after the loop broke")
		}
	}
}

func mustAtoi(t *testing.T, s string) int {
	t.Helper()
	var n int
	if _, err := fmt.Sscan(s, &n); err != nil {
		t.Fatal(err)
	}
	return n
}

// groupStage is a BatchStage that appends "+" to each title, fails
// document 42, and records the size of each batch it is given and the
// number of single-article calls.
type groupStage struct {
	mu      sync.Mutex
	sizes   []int
	singles int
}

func (s *groupStage) Annotate(ctx context.Context, a *model.Article) error {
	s.mu.Lock()
	s.singles++
	s.mu.Unlock()
	return s.one(a)
}

func (s *groupStage) one(a *model.Article) error {
	if strings.HasPrefix(a.Text, "Document 42 ") {
		return errors.New("unlucky")
	}
	a.Title += "+"
	return nil
}

func (s *groupStage) AnnotateBatch(ctx context.Context, arts []*model.Article) []error {
	s.mu.Lock()
	s.sizes = append(s.sizes, len(arts))
	s.mu.Unlock()
	var errs []error
	for i, a := range arts {
		if err := s.one(a); err != nil {
			if errs == nil {
				errs = make([]error, len(arts))
			}
			errs[i] = err
		}
	}
	return errs
}

// TestRunGroup checks that with Group set, Run gives the results it
// gives one article at a time, in input order: a BatchStage annotates
// groups of at most Group articles, a plain stage after it each article,
// an article whose stage fails is reported with its origin and goes no
// further, and extraction failures keep their places.
func TestRunGroup(t *testing.T) {
	for _, tc := range []struct{ workers, group int }{{1, 4}, {2, 8}, {3, 16}, {2, 1}} {
		gs := new(groupStage)
		var after atomic.Int32
		check := pipeline.StageFunc(func(ctx context.Context, a *model.Article) error {
			after.Add(1)
			if a.Title != "+" {
				return fmt.Errorf("title %q before the stage after", a.Title)
			}
			return nil
		})
		// The stages start once 20 documents wait, extracted, so that the
		// workers find groups to take however the machine schedules.
		prof := new(pipeline.Profile)
		ready := func(ctx context.Context) error {
			deadline := time.Now().Add(10 * time.Second)
			for time.Now().Before(deadline) {
				if s := prof.Stages(); len(s) > 0 && s[0].Calls >= 20 {
					return nil
				}
				time.Sleep(time.Millisecond)
			}
			return errors.New("the documents were not extracted")
		}
		p := &pipeline.Pipeline{Workers: tc.workers, Group: tc.group, Stages: []pipeline.Stage{gs, check}, Profile: prof, Ready: ready}
		empty := func(i int) bool { return i%10 == 3 }
		i := 0
		for r := range p.Run(context.Background(), texts(100, empty)) {
			if r.Origin != fmt.Sprint(i) {
				t.Fatalf("%+v: result %d is for %q", tc, i, r.Origin)
			}
			switch {
			case empty(i) && r.Err == nil:
				t.Errorf("%+v: empty document %d extracted", tc, i)
			case i == 42 && (r.Err == nil || !strings.HasPrefix(r.Err.Error(), "42: ")):
				t.Errorf("%+v: document 42: error %v, want one naming it", tc, r.Err)
			case !empty(i) && i != 42 && r.Err != nil:
				t.Errorf("%+v: document %d: %v", tc, i, r.Err)
			case !empty(i) && i != 42 && r.Article.Title != "+":
				t.Errorf("%+v: document %d: title %q", tc, i, r.Article.Title)
			}
			i++
		}
		// 90 extracted, of which document 42 fails the group stage.
		if i != 100 || after.Load() != 89 {
			t.Errorf("%+v: %d results, %d calls of the stage after; want 100, 89", tc, i, after.Load())
		}
		n := gs.singles
		for _, k := range gs.sizes {
			if k > tc.group || k < 2 {
				t.Errorf("%+v: a batch of %d", tc, k)
			}
			n += k
		}
		if n != 90 {
			t.Errorf("%+v: the group stage saw %d articles, want 90", tc, n)
		}
		if tc.group > 1 && len(gs.sizes) == 0 {
			t.Errorf("%+v: no batch", tc)
		}
		if tc.group <= 1 && len(gs.sizes) != 0 {
			t.Errorf("%+v: batches %v with Group %d", tc, gs.sizes, tc.group)
		}
	}
}

// TestRunGroupSendsEarly checks that the stages after a BatchStage run
// article by article and that each article's result is sent when its
// last stage is done, before the rest of its group: the plain stage
// waits, for each article, until the caller has received the one before.
func TestRunGroupSendsEarly(t *testing.T) {
	const n = 12
	var received atomic.Int32 // results the loop below has received
	wait := pipeline.StageFunc(func(ctx context.Context, a *model.Article) error {
		var i int32
		if _, err := fmt.Sscanf(a.Text, "Document %d ", &i); err != nil {
			return err
		}
		for deadline := time.Now().Add(5 * time.Second); received.Load() < i; {
			if time.Now().After(deadline) {
				return fmt.Errorf("result %d not received while its group ran", i-1)
			}
			time.Sleep(100 * time.Microsecond)
		}
		return nil
	})
	prof := new(pipeline.Profile)
	ready := func(ctx context.Context) error {
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
			if s := prof.Stages(); len(s) > 0 && s[0].Calls >= n {
				return nil
			}
		}
		return errors.New("the documents were not extracted")
	}
	gs := new(groupStage)
	p := &pipeline.Pipeline{Workers: 1, Group: 4, Stages: []pipeline.Stage{gs, wait}, Profile: prof, Ready: ready}
	for r := range p.Run(context.Background(), texts(n, nil)) {
		if r.Err != nil {
			t.Fatalf("document %s: %v", r.Origin, r.Err)
		}
		received.Add(1)
	}
	if received.Load() != n || len(gs.sizes) == 0 {
		t.Errorf("%d results, batches %v; want %d results and batches", received.Load(), gs.sizes, n)
	}
	if got := prof.Stages(); len(got) != 3 || got[2].Calls != n {
		t.Errorf("profile %+v, want the plain stage called %d times", got, n)
	}
}

// TestRunRecycle checks that Run gives Recycle every document once it is
// extracted, those extraction refuses included, and that the articles
// keep their text when the bodies are spoiled afterwards (as a later
// document read into the same memory would).
func TestRunRecycle(t *testing.T) {
	var mu sync.Mutex
	recycled := map[string]int{}
	p := &pipeline.Pipeline{Workers: 2, Stages: []pipeline.Stage{new(titleStage)}, Recycle: func(doc *model.Document) {
		mu.Lock()
		recycled[doc.Origin]++
		mu.Unlock()
		for i := range doc.Body {
			doc.Body[i] = 'x'
		}
		doc.Body = nil
	}}
	empty := func(i int) bool { return i == 4 }
	n := 0
	for r := range p.Run(context.Background(), texts(20, empty)) {
		n++
		if r.Origin == "4" {
			if r.Err == nil {
				t.Errorf("empty document: no error")
			}
			continue
		}
		if r.Err != nil {
			t.Fatalf("%s: %v", r.Origin, r.Err)
		}
		if want := "Document " + r.Origin + " says"; !strings.HasPrefix(r.Article.Text, want) {
			t.Errorf("%s: text %q, want it to begin %q", r.Origin, r.Article.Text, want)
		}
	}
	if n != 20 {
		t.Fatalf("%d results, want 20", n)
	}
	for i := range 20 {
		if got := recycled[fmt.Sprint(i)]; got != 1 {
			t.Errorf("document %d recycled %d times, want 1", i, got)
		}
	}
}
