package cli

import (
	"context"
	"time"

	"github.com/casus-project/casus/ingest"
	"github.com/casus-project/casus/queue"
)

// runDistributed is casus run --nats: it walks the inputs as a local run
// does, queues each document for casus workers on the NATS server at
// url, waits for every document's result and prints the local run's
// summary. Documents stored by an earlier run are counted as already
// stored and not queued again. It returns errFailed when any input
// failed.
func runDistributed(ctx context.Context, env Env, url string, args []string, opts ingest.Options) error {
	q, err := queue.Connect(ctx, url, queue.Config{})
	if err != nil {
		return err
	}
	defer q.Close()
	sum := &summary{reasons: map[string]int{}, start: time.Now()}
	prog := newProgress(env)
	for r, err := range q.Dispatch(ctx, ingest.Documents(ctx, args, opts)) {
		if err != nil {
			prog.done()
			sum.print(env.Stderr)
			return err
		}
		sum.read++
		if r.Err != nil {
			sum.failed++
			sum.reasons[reason(r.Err)]++
			prog.log(r.Err.Error())
		} else {
			sum.count(r)
		}
		prog.update(sum.line() + " (waiting for workers)")
	}
	prog.done()
	sum.print(env.Stderr)
	if sum.failed > 0 {
		return errFailed
	}
	return nil
}

// count adds a worker's result to the summary, as runPipeline counts the
// store's outcomes. A result of an earlier run counts as already stored.
func (s *summary) count(r queue.Result) {
	if r.Earlier {
		s.seen++
		return
	}
	switch r.Outcome {
	case "new":
		s.stored++
	case "exact":
		s.exact++
	case "near":
		s.near++
	case "seen":
		s.seen++
	case "replaced":
		s.replaced++
		s.near++
	case "updated":
		s.updated++
		s.seen++
	}
}
