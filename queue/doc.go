// Package queue distributes documents to casus workers through NATS
// JetStream and brings their results back.
//
// A producer (casus run --nats) dispatches documents; any number of
// workers (casus worker), on any machines, process them and report one
// result per document:
//
//	q, err := queue.Connect(ctx, "nats://queue.example:4222", queue.Config{})
//	if err != nil { ... }
//	defer q.Close()
//	for r, err := range q.Dispatch(ctx, ingest.Documents(ctx, inputs, opts)) {
//		if err != nil { ... } // the server failed, or ctx was cancelled
//		... r.Origin, r.Outcome ("new", "seen", ..., queue.Failed), r.Err ...
//	}
//
// and on each worker
//
//	err := q.Work(ctx, func(ctx context.Context, docs []*model.Document) ([]queue.Result, error) {
//		... extract, analyse and store docs in one transaction ...
//	}, queue.WorkOptions{Batch: 16})
//
// # Streams
//
// Documents go to the subject casus.docs of the stream CASUS_DOCS, kept
// on file with work-queue retention: a document leaves the stream when a
// worker acknowledges it. Each message carries the document's ID (see
// ID: a hash of its origin and body) as its Nats-Msg-Id, so the server
// drops a second copy published within Config.DupWindow (an hour).
// Workers share one durable pull consumer, casus-workers, with explicit
// acknowledgement.
//
// Results go to casus.results.ID in the stream CASUS_RESULTS, which keeps
// the latest result of each document for Config.ResultMaxAge (30 days).
// Dispatch looks a document's result up before publishing it: a document
// already stored by an earlier run is not published again, so running a
// producer twice on the same inputs queues nothing the second time. A
// failed one is queued again.
//
// # Delivery
//
// A worker acknowledges a document after its handler returned (after the
// store committed) and its result is in the result stream. A worker
// killed at any moment loses nothing: the server delivers its documents
// to another worker once Config.AckWait (5 minutes) has passed, and the
// store's deduplication makes a document stored twice a no-op. The
// result of such a document may then say "seen" rather than "new". A
// batch the handler fails is delivered again, after a delay growing with
// each try; a document's delivery after its MaxDeliver-th (5) is given up
// unprocessed and reported failed, so a document that crashes its worker
// does not crash every worker forever.
//
// # Wire format
//
// A document travels in a versioned binary form (Encode, Decode): "CSD",
// a version byte, a flags byte, then its fields each as a uvarint length
// and bytes, the body compressed with DEFLATE when that shrinks it
// (HTML shrinks four to eight times). A worker meeting another version
// reports the document failed with ErrVersion. A document whose encoded
// form still exceeds the server's max_payload (1 MB unless raised, up to
// 64 MB) is not queued: Dispatch reports it failed with ErrTooLarge.
// Raise max_payload on the server to queue larger pages; casus does not
// split documents.
//
// Package queue knows the document model and NATS. It knows nothing of
// where documents come from, how they are analysed or where articles are
// stored: the outcome names it passes are the caller's.
package queue
