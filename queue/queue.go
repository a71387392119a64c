package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Defaults for zero Config fields.
const (
	DefaultStream        = "CASUS_DOCS"
	DefaultSubject       = "casus.docs"
	DefaultResultStream  = "CASUS_RESULTS"
	DefaultResultSubject = "casus.results"
	DefaultConsumer      = "casus-workers"
	DefaultAckWait       = 5 * time.Minute
	DefaultMaxDeliver    = 5
	DefaultDupWindow     = time.Hour
	DefaultResultMaxAge  = 30 * 24 * time.Hour
)

// Config names the streams and sets their limits. The zero value uses
// the defaults above; producers and workers of one deployment must agree
// on the names.
type Config struct {
	// Stream is the work-queue stream of documents, Subject its subject.
	Stream, Subject string
	// ResultStream keeps each document's latest result under
	// ResultSubject + "." + its ID.
	ResultStream, ResultSubject string
	// Consumer is the durable pull consumer the workers share.
	Consumer string
	// AckWait is how long a worker may hold a document before the server
	// redelivers it to another. It must exceed the time a batch takes.
	AckWait time.Duration
	// MaxDeliver is how many times a document is tried before it is
	// given up and reported failed.
	MaxDeliver int
	// DupWindow is how long the document stream remembers message IDs
	// to drop duplicate publications.
	DupWindow time.Duration
	// ResultMaxAge is how long results are kept; a document whose result
	// is kept is not published again.
	ResultMaxAge time.Duration
}

func (c Config) withDefaults() Config {
	set := func(s *string, d string) {
		if *s == "" {
			*s = d
		}
	}
	set(&c.Stream, DefaultStream)
	set(&c.Subject, DefaultSubject)
	set(&c.ResultStream, DefaultResultStream)
	set(&c.ResultSubject, DefaultResultSubject)
	set(&c.Consumer, DefaultConsumer)
	if c.AckWait <= 0 {
		c.AckWait = DefaultAckWait
	}
	if c.MaxDeliver <= 0 {
		c.MaxDeliver = DefaultMaxDeliver
	}
	if c.DupWindow <= 0 {
		c.DupWindow = DefaultDupWindow
	}
	if c.ResultMaxAge <= 0 {
		c.ResultMaxAge = DefaultResultMaxAge
	}
	return c
}

// Queue is a connection to the document and result streams. Its methods
// are safe for concurrent use.
type Queue struct {
	nc      *nats.Conn
	own     bool // nc was dialled by Connect and is closed by Close
	js      jetstream.JetStream
	cfg     Config
	docs    jetstream.Stream
	results jetstream.Stream

	// afterLookup, set only by tests, runs in Dispatch between a
	// document's result lookup and its publication.
	afterLookup func(id string)
}

// Connect dials the NATS server at url and opens the queue with New.
func Connect(ctx context.Context, url string, cfg Config) (*Queue, error) {
	nc, err := nats.Connect(url, nats.Name("casus"), nats.MaxReconnects(-1))
	if err != nil {
		return nil, fmt.Errorf("queue: nats %s: %w", url, err)
	}
	q, err := New(ctx, nc, cfg)
	if err != nil {
		nc.Close()
		return nil, err
	}
	q.own = true
	return q, nil
}

// New opens the queue on nc, creating the streams, or updating their
// limits to cfg's, when needed. Close does not close nc.
func New(ctx context.Context, nc *nats.Conn, cfg Config) (*Queue, error) {
	cfg = cfg.withDefaults()
	js, err := jetstream.New(nc)
	if err != nil {
		return nil, fmt.Errorf("queue: jetstream: %w", err)
	}
	q := &Queue{nc: nc, js: js, cfg: cfg}
	q.docs, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        cfg.Stream,
		Description: "casus documents waiting for a worker",
		Subjects:    []string{cfg.Subject},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  cfg.DupWindow,
	})
	if err != nil {
		return nil, fmt.Errorf("queue: stream %s: %w", cfg.Stream, err)
	}
	q.results, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:              cfg.ResultStream,
		Description:       "casus per-document results, the latest of each",
		Subjects:          []string{cfg.ResultSubject + ".*"},
		Retention:         jetstream.LimitsPolicy,
		Storage:           jetstream.FileStorage,
		MaxMsgsPerSubject: 1,
		MaxAge:            cfg.ResultMaxAge,
	})
	if err != nil {
		return nil, fmt.Errorf("queue: stream %s: %w", cfg.ResultStream, err)
	}
	return q, nil
}

// Close closes the connection if Connect opened it.
func (q *Queue) Close() error {
	if q.own {
		q.nc.Close()
	}
	return nil
}

// Outcome names what happened to a document: the store's outcome names
// ("new", "exact", "near", "replaced", "seen", "updated") or Failed.
// The package passes them through without knowing them, except Failed.
type Outcome = string

// Failed is the Outcome of a document that was not stored.
const Failed Outcome = "failed"

// Result is the outcome for one document, as a worker reports it.
type Result struct {
	// ID is the document's ID (see ID).
	ID string `json:"id"`
	// Origin is the document's Origin.
	Origin string `json:"origin"`
	// Outcome is what the worker did; Failed when Err is set.
	Outcome Outcome `json:"outcome"`
	// Error is the reason a document failed, as text.
	Error string `json:"error,omitempty"`
	// Worker names the worker that reported the result.
	Worker string `json:"worker,omitempty"`
	// Earlier is set by Dispatch on a result an earlier run's document
	// got: the document was not published again.
	Earlier bool `json:"-"`
	// Err is the failure as an error, for producers: a *Failure for a
	// worker's report, or the input's own error (see Dispatch). It is
	// not sent.
	Err error `json:"-"`
}

// Failure is a document's failure as a worker reported it.
type Failure struct {
	Origin string
	Reason string
}

func (e *Failure) Error() string {
	if e.Origin == "" || strings.HasPrefix(e.Reason, e.Origin) {
		return e.Reason
	}
	return e.Origin + ": " + e.Reason
}

// ErrTooLarge means a document's wire form exceeds the server's maximum
// payload (max_payload, 1 MB by default; raise it on the server to
// queue larger pages).
var ErrTooLarge = errors.New("larger than the NATS server's max payload")

func (q *Queue) resultSubject(id string) string { return q.cfg.ResultSubject + "." + id }

// publishResult stores r in the result stream, replacing any earlier
// result of the same document.
func (q *Queue) publishResult(ctx context.Context, r Result) error {
	b, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("queue: result %s: %w", r.ID, err)
	}
	if _, err := q.js.Publish(ctx, q.resultSubject(r.ID), b); err != nil {
		return fmt.Errorf("queue: result %s: %w", r.ID, err)
	}
	return nil
}

// decodeResult parses a result message, setting Err for failures.
func decodeResult(b []byte) (Result, error) {
	var r Result
	if err := json.Unmarshal(b, &r); err != nil {
		return r, fmt.Errorf("queue: result: %w", err)
	}
	if r.ID == "" || r.Outcome == "" {
		return r, fmt.Errorf("queue: result: %w: no id or outcome", ErrFormat)
	}
	if r.Outcome == Failed {
		r.Err = &Failure{Origin: r.Origin, Reason: r.Error}
	}
	return r, nil
}
