package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"iter"
	"os"
	"runtime"
	"time"

	"github.com/casus-project/casus/internal/pipeline"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/queue"
	"github.com/casus-project/casus/store"
)

var cmdWorker = &Command{
	Name:      "worker",
	UsageLine: "casus worker --nats URL --db DB [flags]",
	Short:     "process documents queued by casus run --nats",
	Long: `
Worker takes documents that casus run --nats queued on a NATS JetStream
server, extracts and analyses them as casus run does, and stores them in
the database, a batch per transaction. Start as many workers as there
are machines (or cores) to spare; they share the queue, and all of them
should store into the same database, a postgres:// URL when they run on
several machines.

A document is acknowledged only after its batch is committed and its
result is reported to the producer, so a worker killed at any moment
loses nothing: its documents go to another worker after --ack-wait, and
the store's deduplication makes the second pass a no-op. A batch the
store fails is tried again later; a document is given up, and reported
failed, after --max-deliver tries.

The worker runs until interrupted, or with --idle until no document has
come for that long. It logs each failure and prints a summary at the
end; the exit status is 0 unless the server or the database could not be
opened.

Examples:

	casus worker --nats nats://queue.example:4222 --db postgres://casus@db.example/casus
	casus worker --nats nats://127.0.0.1:4222 --db news.db --idle 30s
`,
	Flags: func(fs *flag.FlagSet) func(context.Context, Env, []string) error {
		var an analysisFlags
		an.bind(fs)
		url := fs.String("nats", "nats://127.0.0.1:4222", "the NATS JetStream server's `URL`")
		db := fs.String("db", "casus.db", "database `FILE` (SQLite) or postgres:// URL")
		batch := fs.Int("batch", 16, "documents taken and stored per transaction")
		workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents processed at once")
		ackWait := fs.Duration("ack-wait", queue.DefaultAckWait, "how long a document may be held before another worker gets it")
		maxDeliver := fs.Int("max-deliver", queue.DefaultMaxDeliver, "tries before a document is given up")
		idle := fs.Duration("idle", 0, "exit once no document has come for `DURATION`, such as 30s (0: run until interrupted)")
		name := fs.String("name", defaultWorkerName(), "the worker's `NAME` in the results: host:pid unless given")
		return func(ctx context.Context, env Env, args []string) error {
			if len(args) > 0 {
				return usageErrorf("unexpected arguments %q", args)
			}
			if *batch < 1 || *workers < 1 || *maxDeliver < 1 {
				return usageErrorf("--batch, --workers and --max-deliver must be at least 1")
			}
			if *ackWait < time.Second {
				return usageErrorf("--ack-wait %s: want at least 1s", *ackWait)
			}
			an.stderr = env.Stderr
			sts, err := an.stages()
			if err != nil {
				return err
			}
			st, err := store.Open(ctx, *db)
			if err != nil {
				return err
			}
			defer st.Close()
			q, err := queue.Connect(ctx, *url, queue.Config{AckWait: *ackWait, MaxDeliver: *maxDeliver})
			if err != nil {
				return err
			}
			defer q.Close()
			p := &pipeline.Pipeline{Workers: *workers, Stages: sts, Group: stageGroup}
			sum := &summary{reasons: map[string]int{}, start: time.Now()}
			prog := newProgress(env)
			report := func(r queue.Result) {
				switch {
				case r.ID == "" && r.Err != nil: // a transient error
					prog.log(r.Err.Error())
				case r.Err != nil:
					sum.read++
					sum.failed++
					sum.reasons[reason(r.Err)]++
					prog.log(r.Err.Error())
				default:
					sum.read++
					sum.count(r)
				}
				prog.update(sum.line())
			}
			err = q.Work(ctx, storeHandler(st, p), queue.WorkOptions{Batch: *batch, Name: *name, Idle: *idle, Report: report})
			prog.done()
			fmt.Fprintf(env.Stderr, "casus worker: %s in %s\n", sum.line(), time.Since(sum.start).Round(time.Millisecond))
			if errors.Is(err, context.Canceled) {
				return nil // interrupted: the documents in hand go to another worker
			}
			return err
		}
	},
}

// documentSeq yields docs for pipeline.Run.
func documentSeq(docs []*model.Document) iter.Seq2[*model.Document, error] {
	return func(yield func(*model.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}
}

func defaultWorkerName() string {
	host, err := os.Hostname()
	if err != nil {
		host = "worker"
	}
	return fmt.Sprintf("%s:%d", host, os.Getpid())
}

// storeHandler runs a batch of documents through p and stores the
// articles in one transaction. A document that fails extraction or
// analysis fails for good; a store error fails the batch, to be tried
// again.
func storeHandler(st store.Store, p *pipeline.Pipeline) queue.Handler {
	return func(ctx context.Context, docs []*model.Document) ([]queue.Result, error) {
		out := make([]queue.Result, len(docs))
		var arts []*model.Article
		var at []int // index in docs of each article
		i := 0
		for r := range p.Run(ctx, documentSeq(docs)) {
			if i >= len(out) {
				break
			}
			if r.Err != nil {
				out[i].Err = r.Err
			} else {
				arts = append(arts, r.Article)
				at = append(at, i)
			}
			i++
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if i != len(docs) {
			return nil, fmt.Errorf("pipeline: %d results for %d documents", i, len(docs))
		}
		if len(arts) == 0 {
			return out, nil
		}
		res, err := st.PutArticles(ctx, arts)
		if err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		for k, r := range res {
			out[at[k]].Outcome = r.Outcome.String()
		}
		return out, nil
	}
}
