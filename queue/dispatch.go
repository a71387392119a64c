package queue

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"strconv"
	"sync"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/casus-project/casus/model"
)

// docIDHeader carries a document's ID, which its Nats-Msg-Id extends
// when a failed document is published again.
const docIDHeader = "Casus-Doc-Id"

// headroom is what a message's headers and subject may take of the
// server's max payload besides the document.
const headroom = 512

// Dispatch publishes docs to the document stream and yields one Result
// per document and per input error, in the order results arrive, ending
// when every published document has its result. A non-nil error ends
// the sequence: the server could not be reached, or ctx was cancelled.
//
// A document whose result the result stream already holds from an
// earlier run is not published again: that result is yielded with
// Earlier set. A failed one is published again. A document still queued
// by an earlier run is not queued twice (the stream drops it as a
// duplicate); its result is awaited all the same. Input errors and
// documents too large for the server (ErrTooLarge) are yielded at once
// as Results with Err set and Outcome Failed.
//
// Dispatch waits for workers as long as it takes; cancel ctx to stop
// waiting. The documents stay queued, and dispatching the same inputs
// again waits for them without queueing them twice.
func (q *Queue) Dispatch(ctx context.Context, docs iter.Seq2[*model.Document, error]) iter.Seq2[Result, error] {
	return func(yield func(Result, error) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		d := &dispatch{q: q, ctx: ctx, pending: map[string]int{}, out: make(chan event, 64)}

		// Results are read from the stream's current end, taken before
		// any lookup, so none published after a lookup is missed.
		info, err := q.results.Info(ctx)
		if err != nil {
			yield(Result{}, fmt.Errorf("queue: stream %s: %w", q.cfg.ResultStream, err))
			return
		}
		cons, err := q.js.OrderedConsumer(ctx, q.cfg.ResultStream, jetstream.OrderedConsumerConfig{
			FilterSubjects: []string{q.cfg.ResultSubject + ".*"},
			DeliverPolicy:  jetstream.DeliverByStartSequencePolicy,
			OptStartSeq:    info.State.LastSeq + 1,
		})
		if err != nil {
			yield(Result{}, fmt.Errorf("queue: results consumer: %w", err))
			return
		}
		msgs, err := cons.Messages()
		if err != nil {
			yield(Result{}, fmt.Errorf("queue: results consumer: %w", err))
			return
		}
		var wg sync.WaitGroup
		defer wg.Wait()
		defer func() { // before wg.Wait: unblocks both goroutines
			cancel()
			msgs.Stop()
		}()
		wg.Add(2)
		go func() { defer wg.Done(); d.collect(msgs) }()
		go func() { defer wg.Done(); d.publish(docs) }()
		for {
			select {
			case ev := <-d.out:
				if ev.end {
					return
				}
				if !yield(ev.res, ev.err) || ev.err != nil {
					return
				}
			case <-ctx.Done():
				yield(Result{}, ctx.Err())
				return
			}
		}
	}
}

// dispatch is the state of one Dispatch call.
type dispatch struct {
	q   *Queue
	ctx context.Context
	out chan event

	// mu guards pending, outstanding and published, and orders sends on
	// out so the end event comes after every result.
	mu          sync.Mutex
	pending     map[string]int // results awaited, by document ID
	outstanding int            // sum of pending
	published   bool           // every document has been published
}

// event is one item for Dispatch's caller: a result, a fatal error, or
// the end.
type event struct {
	res Result
	err error
	end bool
}

// send delivers ev unless the call is being abandoned.
func (d *dispatch) send(ev event) bool {
	select {
	case d.out <- ev:
		return true
	case <-d.ctx.Done():
		return false
	}
}

// finish sends the end event when nothing is left; d.mu must be held.
func (d *dispatch) finish() {
	if d.published && d.outstanding == 0 {
		d.send(event{end: true})
	}
}

// publish queues each document, or yields its earlier result or its
// error.
func (d *dispatch) publish(docs iter.Seq2[*model.Document, error]) {
	for doc, err := range docs {
		if err != nil {
			if d.ctx.Err() != nil {
				return
			}
			if !d.send(event{res: Result{Outcome: Failed, Error: err.Error(), Err: err}}) {
				return
			}
			continue
		}
		r, err := d.one(doc)
		if err != nil {
			d.send(event{err: err})
			return
		}
		if r != nil && !d.send(event{res: *r}) {
			return
		}
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	d.published = true
	d.finish()
}

// one queues doc. It returns the document's result when that is known
// without a worker, and an error when the server fails.
//
// The document is counted pending before its result is looked up: a
// result a worker publishes between the lookup and the count (the
// document was queued by an earlier run) would otherwise reach collect
// while nothing awaits it and be dropped, and the publication below,
// a duplicate, would bring no other, leaving the run waiting for ever.
func (d *dispatch) one(doc *model.Document) (*Result, error) {
	q := d.q
	id := ID(doc)
	msgID := id
	d.mu.Lock()
	d.pending[id]++
	d.outstanding++
	d.mu.Unlock()
	earlier, err := q.results.GetLastMsgForSubject(d.ctx, q.resultSubject(id))
	switch {
	case errors.Is(err, jetstream.ErrMsgNotFound):
	case err != nil:
		return nil, fmt.Errorf("queue: %s: result lookup: %w", doc.Origin, err)
	default:
		r, err := decodeResult(earlier.Data)
		if err == nil && r.Outcome != Failed {
			r.Earlier = true
			if !d.unpend(id) {
				return nil, nil // collect has passed on a result since
			}
			return &r, nil
		}
		// Try a failed document again, under a message ID the stream
		// has not seen.
		msgID = id + "-" + strconv.FormatUint(earlier.Sequence, 10)
	}
	b, err := Encode(doc)
	if err != nil {
		if !d.unpend(id) {
			return nil, nil
		}
		return &Result{ID: id, Origin: doc.Origin, Outcome: Failed, Error: err.Error(), Err: err}, nil
	}
	if max := q.nc.MaxPayload(); int64(len(b)+headroom) > max {
		if !d.unpend(id) {
			return nil, nil
		}
		err := fmt.Errorf("queue: %s: %d bytes: %w (%d)", doc.Origin, len(b), ErrTooLarge, max)
		return &Result{ID: id, Origin: doc.Origin, Outcome: Failed, Error: err.Error(), Err: err}, nil
	}
	m := &nats.Msg{Subject: q.cfg.Subject, Data: b, Header: nats.Header{}}
	m.Header.Set(docIDHeader, id)
	if afterLookup := q.afterLookup; afterLookup != nil {
		afterLookup(id)
	}
	if _, err := q.js.PublishMsg(d.ctx, m, jetstream.WithMsgID(msgID), jetstream.WithExpectStream(q.cfg.Stream)); err != nil {
		return nil, fmt.Errorf("queue: publish %s: %w", doc.Origin, err)
	}
	return nil, nil
}

// unpend takes back one pending count of id, which one took, and
// reports whether it did: false means collect has already passed on a
// result for it, which stands as the document's result.
func (d *dispatch) unpend(id string) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	n := d.pending[id]
	if n == 0 {
		return false
	}
	if n == 1 {
		delete(d.pending, id)
	} else {
		d.pending[id] = n - 1
	}
	d.outstanding--
	return true
}

// collect passes on the results of pending documents.
func (d *dispatch) collect(msgs jetstream.MessagesContext) {
	for {
		m, err := msgs.Next()
		if err != nil {
			if d.ctx.Err() == nil && !errors.Is(err, jetstream.ErrMsgIteratorClosed) {
				d.send(event{err: fmt.Errorf("queue: results: %w", err)})
			}
			return
		}
		r, err := decodeResult(m.Data())
		if err != nil {
			continue // not a result this package wrote
		}
		d.mu.Lock()
		n := d.pending[r.ID]
		delete(d.pending, r.ID)
		d.outstanding -= n
		for range n {
			if !d.send(event{res: r}) {
				d.mu.Unlock()
				return
			}
		}
		d.finish()
		d.mu.Unlock()
	}
}
