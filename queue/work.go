package queue

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/casus-project/casus/model"
)

// Handler processes a batch of documents and returns one Result per
// document, in order, with Outcome set, or Err for a document that
// failed for good (it is reported and not tried again). A non-nil error
// fails the whole batch for now, such as a store that cannot commit: the
// documents are tried again later, up to Config.MaxDeliver times.
type Handler func(ctx context.Context, docs []*model.Document) ([]Result, error)

// WorkOptions configure Work.
type WorkOptions struct {
	// Batch is how many documents are handled at once; zero means 16.
	Batch int
	// Name is the worker's name in the results it reports.
	Name string
	// Idle, when positive, ends Work once no document has come for that
	// long. Zero waits for documents until ctx is cancelled.
	Idle time.Duration
	// Report, when set, is called with every result the worker reports,
	// and with transient errors (as a Result with only Err set).
	Report func(Result)
}

// Work pulls documents from the shared durable consumer and passes them
// to h in batches. It acknowledges a document only after h returned and
// its result is stored in the result stream, so a worker that dies at
// any moment loses nothing: its documents are delivered again once
// Config.AckWait has passed, and h sees them again.
//
// A document that cannot be decoded is given up at once. One whose
// batch failed is delivered again after a delay growing with each try;
// the delivery after the MaxDeliver-th is given up unprocessed, so a
// document that kills its worker is tried MaxDeliver times, not
// forever. A document given up is reported with Outcome Failed.
//
// Work returns ctx's error when ctx is cancelled, leaving the documents
// in hand to be delivered again, or nil after Idle.
func (q *Queue) Work(ctx context.Context, h Handler, opts WorkOptions) error {
	if opts.Batch <= 0 {
		opts.Batch = 16
	}
	report := opts.Report
	if report == nil {
		report = func(Result) {}
	}
	cons, err := q.js.CreateOrUpdateConsumer(ctx, q.cfg.Stream, jetstream.ConsumerConfig{
		Durable:       q.cfg.Consumer,
		Description:   "casus workers",
		FilterSubject: q.cfg.Subject,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       q.cfg.AckWait,
		// The workers count deliveries themselves (see above): a server
		// limit would leave a document stuck in the stream unreported.
		MaxDeliver:    -1,
		MaxAckPending: 4096,
	})
	if err != nil {
		return fmt.Errorf("queue: consumer %s: %w", q.cfg.Consumer, err)
	}
	w := &worker{q: q, h: h, opts: opts, report: report}
	last := time.Now()
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		fctx, cancel := context.WithTimeout(ctx, time.Second)
		batch, err := cons.Fetch(opts.Batch, jetstream.FetchContext(fctx))
		var msgs []jetstream.Msg
		if err == nil {
			for m := range batch.Messages() {
				msgs = append(msgs, m)
			}
			err = batch.Error()
		}
		cancel()
		if err := ctx.Err(); err != nil {
			return err // the messages in hand come back after AckWait
		}
		if err != nil && !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, jetstream.ErrNoMessages) {
			report(Result{Err: fmt.Errorf("queue: fetch: %w", err)})
			if len(msgs) == 0 {
				// The connection may be re-establishing: wait a
				// moment, but not past cancellation.
				select {
				case <-ctx.Done():
					return ctx.Err()
				case <-time.After(time.Second):
				}
			}
		}
		if len(msgs) == 0 {
			if opts.Idle > 0 && time.Since(last) >= opts.Idle {
				return nil
			}
			continue
		}
		if err := w.batch(ctx, msgs); err != nil {
			return err
		}
		last = time.Now()
	}
}

// worker is the state of one Work call.
type worker struct {
	q      *Queue
	h      Handler
	opts   WorkOptions
	report func(Result)
}

// item is one message of a batch.
type item struct {
	msg       jetstream.Msg
	id        string
	doc       *model.Document
	delivered uint64
}

// batch handles one fetched batch; it fails only when ctx is done.
func (w *worker) batch(ctx context.Context, msgs []jetstream.Msg) error {
	maxDeliver := uint64(w.q.cfg.MaxDeliver)
	var items []item
	for _, m := range msgs {
		it := item{msg: m, id: m.Headers().Get(docIDHeader), delivered: 1}
		if md, err := m.Metadata(); err == nil {
			it.delivered = md.NumDelivered
		}
		doc, err := Decode(m.Data())
		if doc != nil {
			it.doc = doc
			if it.id == "" {
				it.id = ID(doc)
			}
		}
		switch {
		case it.id == "":
			// Not a message Dispatch wrote: no result can name it.
			w.report(Result{Outcome: Failed, Err: fmt.Errorf("queue: message without %s: %w", docIDHeader, ErrFormat)})
			_ = m.TermWithReason("no document id")
		case err != nil:
			w.giveUp(ctx, it, err)
		case it.delivered > maxDeliver:
			w.giveUp(ctx, it, fmt.Errorf("given up after %d deliveries", maxDeliver))
		default:
			items = append(items, it)
		}
	}
	if len(items) == 0 {
		return nil
	}
	docs := make([]*model.Document, len(items))
	for i, it := range items {
		docs[i] = it.doc
	}
	results, err := w.h(ctx, docs)
	if err == nil && len(results) != len(docs) {
		err = fmt.Errorf("queue: handler returned %d results for %d documents", len(results), len(docs))
	}
	if ctx.Err() != nil {
		return ctx.Err() // as if the worker died: no acks
	}
	if err != nil {
		w.report(Result{Err: err})
		for _, it := range items {
			if it.delivered >= maxDeliver {
				w.giveUp(ctx, it, err)
				continue
			}
			_ = it.msg.NakWithDelay(time.Duration(it.delivered) * 2 * time.Second)
		}
		return nil
	}
	for i, it := range items {
		r := results[i]
		r.ID, r.Origin, r.Worker = it.id, it.doc.Origin, w.opts.Name
		if r.Err != nil {
			r.Outcome, r.Error = Failed, r.Err.Error()
		}
		if err := w.q.publishResult(ctx, r); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			// Unacknowledged, the document comes back; the store's
			// deduplication makes the second pass a no-op.
			w.report(Result{Err: err})
			continue
		}
		if err := it.msg.DoubleAck(ctx); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			w.report(Result{Err: fmt.Errorf("queue: ack %s: %w", it.doc.Origin, err)})
			continue
		}
		w.report(r)
	}
	return nil
}

// giveUp terminates a message and reports it failed.
func (w *worker) giveUp(ctx context.Context, it item, reason error) {
	r := Result{ID: it.id, Outcome: Failed, Error: reason.Error(), Worker: w.opts.Name, Err: reason}
	if it.doc != nil {
		r.Origin = it.doc.Origin
	}
	if err := w.q.publishResult(ctx, r); err != nil {
		w.report(Result{Err: err})
		return // delivered again, and given up again
	}
	_ = it.msg.TermWithReason(reason.Error())
	w.report(r)
}
