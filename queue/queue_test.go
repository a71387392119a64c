package queue

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/queue/queuetest"
)

// memStore stands in for the store: it keeps each origin once and says
// whether it was new.
type memStore struct {
	mu     sync.Mutex
	stored map[string]int // origin -> times handled
}

func (s *memStore) put(docs []*model.Document) []Result {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Result, len(docs))
	for i, d := range docs {
		if bytes.Contains(d.Body, []byte("unreadable")) {
			out[i].Err = errors.New("no article")
			continue
		}
		s.stored[d.Origin]++
		out[i].Outcome = "new"
		if s.stored[d.Origin] > 1 {
			out[i].Outcome = "seen"
		}
	}
	return out
}

func corpus(n int) []*model.Document {
	docs := make([]*model.Document, n)
	for i := range docs {
		body := fmt.Sprintf("<p>Story %d about the talks.</p>", i)
		if i%25 == 7 {
			body = "unreadable " + body
		}
		docs[i] = &model.Document{Origin: fmt.Sprintf("pages/%03d.html", i), Body: []byte(body),
			Hints: model.Hints{Title: fmt.Sprint("Story ", i)}}
	}
	return docs
}

func seq(docs []*model.Document, errs ...error) iter.Seq2[*model.Document, error] {
	return func(yield func(*model.Document, error) bool) {
		for _, e := range errs {
			if !yield(nil, e) {
				return
			}
		}
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}
}

func open(t *testing.T, url string, cfg Config) *Queue {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	q, err := Connect(ctx, url, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	return q
}

func lastSeq(t *testing.T, q *Queue) uint64 {
	t.Helper()
	info, err := q.docs.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return info.State.LastSeq
}

// TestDispatchAndWork runs a producer and two workers over a real
// server, kills one worker after it stored a batch but before it
// acknowledged it, and checks every document has exactly one result and
// is stored; then dispatches again and checks nothing stored is queued
// twice.
func TestDispatchAndWork(t *testing.T) {
	url := queuetest.Start(t, queuetest.Options{})
	cfg := Config{AckWait: time.Second, MaxDeliver: 3}
	docs := corpus(200)
	st := &memStore{stored: map[string]int{}}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	// Worker A dies on its third batch, after the store committed it.
	ctxA, killA := context.WithCancel(ctx)
	calls := 0
	handlerA := func(ctx context.Context, batch []*model.Document) ([]Result, error) {
		calls++
		rs := st.put(batch)
		if calls == 3 {
			killA()
		}
		return rs, nil
	}
	handlerB := func(ctx context.Context, batch []*model.Document) ([]Result, error) {
		time.Sleep(5 * time.Millisecond) // let A take its share
		return st.put(batch), nil
	}
	errA := make(chan error, 1)
	go func() { errA <- open(t, url, cfg).Work(ctxA, handlerA, WorkOptions{Batch: 8, Name: "A"}) }()
	ctxB, stopB := context.WithCancel(ctx)
	errB := make(chan error, 1)
	go func() { errB <- open(t, url, cfg).Work(ctxB, handlerB, WorkOptions{Batch: 8, Name: "B"}) }()

	inputErr := errors.New("ingest missing.html: no such file")
	q := open(t, url, cfg)
	got := map[string]Result{}
	inputErrs := 0
	for r, err := range q.Dispatch(ctx, seq(docs, inputErr)) {
		if err != nil {
			t.Fatal(err)
		}
		if r.ID == "" {
			if !errors.Is(r.Err, inputErr) || r.Outcome != Failed {
				t.Errorf("input error result %+v", r)
			}
			inputErrs++
			continue
		}
		if _, dup := got[r.Origin]; dup {
			t.Errorf("%s: two results", r.Origin)
		}
		got[r.Origin] = r
	}
	if err := <-errA; !errors.Is(err, context.Canceled) {
		t.Errorf("worker A: %v, want cancelled", err)
	}
	if calls != 3 {
		t.Errorf("worker A handled %d batches, want 3", calls)
	}
	if inputErrs != 1 {
		t.Errorf("%d input errors, want 1", inputErrs)
	}
	if len(got) != len(docs) {
		t.Fatalf("%d results for %d documents", len(got), len(docs))
	}
	bad, redone := 0, 0
	for _, d := range docs {
		r := got[d.Origin]
		if r.ID != ID(d) {
			t.Errorf("%s: result ID %q, want %q", d.Origin, r.ID, ID(d))
		}
		if bytes.Contains(d.Body, []byte("unreadable")) {
			bad++
			var f *Failure
			if r.Outcome != Failed || !errors.As(r.Err, &f) || f.Reason != "no article" {
				t.Errorf("%s: %+v, want failed: no article", d.Origin, r)
			}
			continue
		}
		if n := st.stored[d.Origin]; n < 1 || n > 2 {
			t.Errorf("%s stored %d times", d.Origin, n)
		} else if n == 2 {
			redone++
		}
		if r.Outcome != "new" && r.Outcome != "seen" {
			t.Errorf("%s: outcome %q", d.Origin, r.Outcome)
		}
	}
	if redone == 0 {
		t.Error("no document of the killed worker's last batch was delivered again")
	}
	t.Logf("%d documents handled twice after the kill", redone)

	// Again: nothing stored is queued, the failed ones are tried again.
	before := lastSeq(t, q)
	earlier := 0
	n := 0
	for r, err := range q.Dispatch(ctx, seq(docs)) {
		if err != nil {
			t.Fatal(err)
		}
		n++
		if r.Earlier {
			earlier++
			if r.Outcome == Failed {
				t.Errorf("%s: earlier failure not retried", r.Origin)
			}
		} else if r.Outcome != Failed {
			t.Errorf("%s: %+v, want an earlier result or a retried failure", r.Origin, r)
		}
	}
	if n != len(docs) || earlier != len(docs)-bad {
		t.Errorf("second dispatch: %d results, %d earlier; want %d and %d", n, earlier, len(docs), len(docs)-bad)
	}
	if after := lastSeq(t, q); after-before != uint64(bad) {
		t.Errorf("second dispatch queued %d documents, want the %d failed ones", after-before, bad)
	}
	stopB()
	if err := <-errB; !errors.Is(err, context.Canceled) {
		t.Errorf("worker B: %v", err)
	}
}

// TestGiveUp checks that a document whose batches keep failing, and a
// message that is not a document, are reported failed and leave the
// stream.
func TestGiveUp(t *testing.T) {
	url := queuetest.Start(t, queuetest.Options{})
	cfg := Config{AckWait: time.Second, MaxDeliver: 2}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	q := open(t, url, cfg)

	// A message in a newer wire format, published by hand.
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	m := &nats.Msg{Subject: DefaultSubject, Data: []byte("CSD\x09future"), Header: nats.Header{}}
	m.Header.Set(docIDHeader, "feedfeed")
	if _, err := q.js.PublishMsg(ctx, m); err != nil {
		t.Fatal(err)
	}

	var mu sync.Mutex
	tries := 0
	h := func(ctx context.Context, batch []*model.Document) ([]Result, error) {
		mu.Lock()
		defer mu.Unlock()
		tries++
		return nil, errors.New("store: database is locked")
	}
	var reported []Result
	wctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		done <- q.Work(wctx, h, WorkOptions{Batch: 1, Report: func(r Result) {
			mu.Lock()
			reported = append(reported, r)
			mu.Unlock()
		}})
	}()
	doc := &model.Document{Origin: "poison.html", Body: []byte("<p>x</p>")}
	var got []Result
	for r, err := range q.Dispatch(ctx, seq([]*model.Document{doc})) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, r)
	}
	if len(got) != 1 || got[0].Outcome != Failed || !strings.Contains(got[0].Error, "database is locked") {
		t.Fatalf("results %+v, want one failure naming the store error", got)
	}
	if tries != cfg.MaxDeliver {
		t.Errorf("handler tried %d times, want MaxDeliver=%d", tries, cfg.MaxDeliver)
	}
	raw, err := q.results.GetLastMsgForSubject(ctx, q.resultSubject("feedfeed"))
	if err != nil {
		t.Fatalf("no result for the undecodable message: %v", err)
	}
	r, err := decodeResult(raw.Data)
	if err != nil || r.Outcome != Failed || !strings.Contains(r.Error, ErrVersion.Error()) {
		t.Errorf("undecodable message result %+v, %v", r, err)
	}
	stop()
	<-done
	if n := lastSeq(t, q); n != 2 {
		t.Errorf("stream last seq %d, want 2", n)
	}
	info, err := q.docs.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.State.Msgs != 0 {
		t.Errorf("%d messages left in the work queue", info.State.Msgs)
	}
}

// TestTooLarge checks that a document over the server's max payload is
// reported, not queued.
func TestTooLarge(t *testing.T) {
	url := queuetest.Start(t, queuetest.Options{MaxPayload: 4096})
	q := open(t, url, Config{})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	big := &model.Document{Origin: "big.html", Body: noise(8000)}
	var got []Result
	for r, err := range q.Dispatch(ctx, seq([]*model.Document{big})) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, r)
	}
	if len(got) != 1 || !errors.Is(got[0].Err, ErrTooLarge) {
		t.Fatalf("results %+v, want one ErrTooLarge", got)
	}
	if n := lastSeq(t, q); n != 0 {
		t.Errorf("%d messages queued", n)
	}
}

// TestDispatchCancel checks that a producer with no workers stops when
// its context is cancelled, and that dispatching again does not queue
// the documents twice.
func TestDispatchCancel(t *testing.T) {
	url := queuetest.Start(t, queuetest.Options{})
	q := open(t, url, Config{})
	docs := corpus(10)
	for range 2 {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		var last error
		for _, err := range q.Dispatch(ctx, seq(docs)) {
			last = err
		}
		cancel()
		if !errors.Is(last, context.DeadlineExceeded) {
			t.Errorf("Dispatch ended with %v, want the deadline", last)
		}
	}
	info, err := q.docs.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if info.State.Msgs != uint64(len(docs)) {
		t.Errorf("%d documents queued, want %d", info.State.Msgs, len(docs))
	}
}

// TestDispatchResultDuringLookup: a worker may report a document queued
// by an earlier run between Dispatch's lookup of its result, which finds
// none, and its publication, which the stream drops as a duplicate. That
// result is the only one coming, so Dispatch must count it and end.
func TestDispatchResultDuringLookup(t *testing.T) {
	url := queuetest.Start(t, queuetest.Options{})
	q := open(t, url, Config{})
	doc := corpus(1)[0]
	id := ID(doc)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()

	// An earlier run queued the document; no worker has taken it yet.
	b, err := Encode(doc)
	if err != nil {
		t.Fatal(err)
	}
	m := &nats.Msg{Subject: q.cfg.Subject, Data: b, Header: nats.Header{}}
	m.Header.Set(docIDHeader, id)
	if _, err := q.js.PublishMsg(ctx, m, jetstream.WithMsgID(id)); err != nil {
		t.Fatal(err)
	}
	before := lastSeq(t, q)

	// A worker reports it just after Dispatch has looked for its result.
	q.afterLookup = func(got string) {
		if got != id {
			t.Errorf("lookup of %s, want %s", got, id)
			return
		}
		if err := q.publishResult(ctx, Result{ID: id, Origin: doc.Origin, Outcome: "new", Worker: "w"}); err != nil {
			t.Error(err)
		}
		// Time for collect to see the result before Dispatch goes on.
		time.Sleep(300 * time.Millisecond)
	}
	var got []Result
	for r, err := range q.Dispatch(ctx, seq([]*model.Document{doc}, errors.New("bad input"))) {
		if err != nil {
			t.Fatalf("Dispatch: %v (results so far %v)", err, got)
		}
		got = append(got, r)
	}
	if len(got) != 2 || got[0].Err == nil || got[1].ID != id || got[1].Outcome != "new" || got[1].Earlier {
		t.Errorf("results %+v, want the input error, then %s new from the worker", got, id)
	}
	if after := lastSeq(t, q); after != before {
		t.Errorf("document queued again: stream sequence %d -> %d", before, after)
	}
}
