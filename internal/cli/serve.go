package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"iter"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/casus-project/casus/api"
	"github.com/casus-project/casus/ingest"
	"github.com/casus-project/casus/internal/pipeline"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/store"
	"github.com/casus-project/casus/web"
)

// tokenEnv names the environment variable that may hold the server token.
const tokenEnv = "CASUS_TOKEN"

var cmdServe = &Command{
	Name:      "serve",
	UsageLine: "casus serve --db FILE [--addr HOST:PORT] [--token TOKEN] [--private] [--trusted-proxies ADDRS]",
	Short:     "serve the dashboard and the JSON API",
	Long: `
Serve serves a database as a web dashboard and a JSON API. Every page and
asset is built into casus: nothing is fetched from the network.

	GET /                     overview: latest events, activity, busiest pairs
	GET /search               events by any filter, linked to their evidence
	GET /timeline             cooperation and conflict over time
	GET /network              who acts on whom
	GET /map                  events by place and country
	GET /articles             the stored articles, newest first, searchable by text
	GET /articles/{id}        an article with its events, quotes and framing
	GET /actors/{code}        one actor: events over time, partners, quotes
	GET /api/...              the JSON API; see docs/API.md

Reads are open to anyone who can reach the address. With a token (--token
or the CASUS_TOKEN environment variable) POST /api/ingest accepts URLs,
feeds and pages to run through the pipeline into the database; with
--private every request needs the token too (browsers prompt for it: any
user name, the token as password).

Ingestion is limited to a few requests per client address. Behind a
reverse proxy every request comes from the proxy; --trusted-proxies names
the proxies (addresses or CIDR prefixes), and a request from one of them
counts against the client its X-Forwarded-For header names. The header is
never read otherwise, since any client can write it.

Examples:

	casus serve --db news.db
	CASUS_TOKEN=$(openssl rand -hex 16) casus serve --db news.db --addr 0.0.0.0:8080
	curl 'localhost:8080/api/events?actor=IRN&quad=4&from=2024-01-01'
	curl -H "Authorization: Bearer $CASUS_TOKEN" -H 'Content-Type: application/json' \
		-d '{"urls":["https://news.example/feed.xml"]}' localhost:8080/api/ingest
`,
	Flags: func(fs *flag.FlagSet) func(context.Context, Env, []string) error {
		db := fs.String("db", "casus.db", "database `FILE`")
		addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
		var sf serveFlags
		sf.bind(fs)
		return func(ctx context.Context, env Env, args []string) error {
			if len(args) > 0 {
				return usageErrorf("unexpected arguments %q", args)
			}
			if err := sf.check(); err != nil {
				return err
			}
			st, err := store.Open(ctx, *db)
			if err != nil {
				return err
			}
			defer st.Close()
			ln, err := net.Listen("tcp", *addr)
			if err != nil {
				return err
			}
			return serveWith(ctx, env, st, ln, sf)
		}
	},
}

// serveFlags are the flags of the server shared by serve and demo.
type serveFlags struct {
	token   string
	private bool
	queue   int
	proxies []netip.Prefix
	in      inputFlags
}

func (f *serveFlags) bind(fs *flag.FlagSet) {
	fs.StringVar(&f.token, "token", "", "bearer `TOKEN` for POST /api/ingest (default $"+tokenEnv+")")
	fs.BoolVar(&f.private, "private", false, "require the token for every request, reads included")
	fs.IntVar(&f.queue, "queue", 16, "ingest requests that may wait at once")
	fs.Func("trusted-proxies", "comma-separated `ADDRS` and CIDR prefixes of reverse proxies whose X-Forwarded-For names the client the ingest rate limit counts (default none: the header is ignored)", func(s string) error {
		p, err := api.ParseTrustedProxies(s)
		f.proxies = append(f.proxies, p...)
		return err
	})
	fs.BoolVar(&f.in.allowPrivate, "allow-private", false, "let ingestion fetch from private, loopback and link-local addresses")
	f.in.timeout = 30 * time.Second
	f.in.maxBytes = 50 << 20
	f.in.workers = 2
}

func (f *serveFlags) check() error {
	if f.token == "" {
		f.token = os.Getenv(tokenEnv)
	}
	if f.private && f.token == "" {
		return usageErrorf("--private needs a token: --token or $%s", tokenEnv)
	}
	if f.token != "" && len(f.token) < 8 {
		return usageErrorf("the token is shorter than 8 characters")
	}
	if f.queue < 1 {
		return usageErrorf("--queue %d: want at least 1", f.queue)
	}
	return nil
}

// newServer returns the handler for the pages and the API over st.
func newServer(st store.Store, log *slog.Logger, opts api.Options) (http.Handler, error) {
	pages, err := web.NewHandler(st, log)
	if err != nil {
		return nil, err
	}
	opts.Log = log
	mux := http.NewServeMux()
	mux.Handle("/api/", api.NewHandler(st, opts))
	if opts.Private {
		mux.Handle("/", api.RequireToken(opts.Token, pages))
	} else {
		mux.Handle("/", pages)
	}
	return mux, nil
}

// serve serves st on ln until ctx is cancelled, open to reads, without
// ingestion.
func serve(ctx context.Context, env Env, st store.Store, ln net.Listener) error {
	return serveWith(ctx, env, st, ln, serveFlags{})
}

// serveWith serves st on ln until ctx is cancelled, with ingestion when
// sf has a token.
func serveWith(ctx context.Context, env Env, st store.Store, ln net.Listener, sf serveFlags) error {
	log := slog.New(slog.NewTextHandler(env.Stderr, nil))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	opts := api.Options{Token: sf.token, Private: sf.private, TrustedProxies: sf.proxies}
	var queue *ingestQueue
	if sf.token != "" {
		iopts, err := sf.in.options(env)
		if err != nil {
			return err
		}
		sts, err := new(analysisFlags).stages()
		if err != nil {
			return err
		}
		queue = newIngestQueue(st, &pipeline.Pipeline{Workers: sf.in.workers, Stages: sts}, iopts, sf.queue, log)
		go queue.run(ctx)
		opts.Ingest = queue
	}
	h, err := newServer(st, log, opts)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	fmt.Fprintf(env.Stdout, "casus: serving on http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	if sf.token != "" {
		fmt.Fprintf(env.Stdout, "casus: POST /api/ingest is open to holders of the token\n")
		if len(sf.proxies) > 0 {
			ps := make([]string, len(sf.proxies))
			for i, p := range sf.proxies {
				ps[i] = p.String()
			}
			fmt.Fprintf(env.Stdout, "casus: the ingest rate limit counts requests from %s against the client their X-Forwarded-For names\n", strings.Join(ps, ", "))
		}
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(shut); err != nil {
			return err
		}
		if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	}
}

// ingestQueue runs ingest requests one at a time through the pipeline into
// the store, remembering the state of the last jobs.
type ingestQueue struct {
	st   store.Store
	p    *pipeline.Pipeline
	opts ingest.Options
	log  *slog.Logger
	jobs chan string

	mu    sync.Mutex
	next  int
	state map[string]*api.IngestJob
	reqs  map[string]api.IngestRequest
	order []string // job IDs, oldest first, for forgetting
}

// maxJobsKept bounds the finished jobs whose state is remembered.
const maxJobsKept = 1000

func newIngestQueue(st store.Store, p *pipeline.Pipeline, opts ingest.Options, size int, log *slog.Logger) *ingestQueue {
	return &ingestQueue{st: st, p: p, opts: opts, log: log, jobs: make(chan string, size),
		state: map[string]*api.IngestJob{}, reqs: map[string]api.IngestRequest{}}
}

// Enqueue implements api.Ingester.
func (q *ingestQueue) Enqueue(ctx context.Context, req api.IngestRequest) (api.IngestJob, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.next++
	id := strconv.Itoa(q.next)
	select {
	case q.jobs <- id:
	default:
		return api.IngestJob{}, api.ErrQueueFull
	}
	j := &api.IngestJob{ID: id, State: "queued", Inputs: len(req.URLs) + len(req.Documents)}
	q.state[id], q.reqs[id] = j, req
	q.order = append(q.order, id)
	for len(q.order) > maxJobsKept {
		old := q.order[0]
		if s := q.state[old]; s.State == "queued" || s.State == "running" {
			break
		}
		delete(q.state, old)
		q.order = q.order[1:]
	}
	return *j, nil
}

// Job implements api.Ingester.
func (q *ingestQueue) Job(id string) (api.IngestJob, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	j, ok := q.state[id]
	if !ok {
		return api.IngestJob{}, false
	}
	c := *j
	c.Errors = append([]string(nil), j.Errors...)
	return c, true
}

func (q *ingestQueue) update(id string, f func(j *api.IngestJob)) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if j, ok := q.state[id]; ok {
		f(j)
	}
}

// run works through the queue until ctx ends.
func (q *ingestQueue) run(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case id := <-q.jobs:
			q.mu.Lock()
			req := q.reqs[id]
			delete(q.reqs, id)
			q.mu.Unlock()
			q.update(id, func(j *api.IngestJob) { j.State = "running" })
			err := q.work(ctx, id, req)
			q.update(id, func(j *api.IngestJob) {
				j.State = "done"
				if err != nil {
					j.State = "failed"
					j.Errors = append(j.Errors, err.Error())
				}
			})
			if err != nil {
				q.log.Error("ingest", "job", id, "err", err)
			}
		}
	}
}

// requestDocuments yields the documents of request id: those its URLs
// lead to, then those it carries.
func requestDocuments(ctx context.Context, id string, req api.IngestRequest, opts ingest.Options) iter.Seq2[*model.Document, error] {
	return func(yield func(*model.Document, error) bool) {
		if len(req.URLs) > 0 {
			for d, err := range ingest.Documents(ctx, req.URLs, opts) {
				if !yield(d, err) {
					return
				}
			}
		}
		for i, d := range req.Documents {
			if !yield(inlineDocument(id, i, d, opts.DefaultDate), nil) {
				return
			}
		}
	}
}

// inlineDocument is document i of request id, sent in its body: named by
// its URL when it has one, dated by its own date, else by defaultDate.
func inlineDocument(id string, i int, d api.IngestDocument, defaultDate time.Time) *model.Document {
	doc := &model.Document{Origin: fmt.Sprintf("ingest-%s#%d", id, i), URL: d.URL, ContentType: "text/html; charset=utf-8",
		Body: []byte(d.HTML), Hints: model.Hints{Title: d.Title, DefaultDate: defaultDate}}
	if d.Text != "" {
		doc.ContentType, doc.Body = "text/plain; charset=utf-8", []byte(d.Text)
	}
	if d.URL != "" {
		doc.Origin = d.URL
	}
	if p, err := model.ParseDate(d.Published); err == nil && !p.IsZero() {
		doc.Hints.Published, doc.Hints.DefaultDate = p.Time, p.Time
	}
	return doc
}

// work runs one request through the pipeline and stores its articles.
func (q *ingestQueue) work(ctx context.Context, id string, req api.IngestRequest) error {
	var batch []*model.Article
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		res, err := q.st.PutArticles(ctx, batch)
		if err != nil {
			return fmt.Errorf("store: %w", err)
		}
		stored := 0
		for _, r := range res {
			if r.Outcome == store.New || r.Outcome == store.Replaced || r.Outcome == store.Updated {
				stored++
			}
		}
		q.update(id, func(j *api.IngestJob) { j.Stored += stored })
		batch = batch[:0]
		return nil
	}
	for r := range q.p.Run(ctx, requestDocuments(ctx, id, req, q.opts)) {
		q.update(id, func(j *api.IngestJob) {
			j.Read++
			if r.Err != nil {
				j.Failed++
				if len(j.Errors) < 20 {
					j.Errors = append(j.Errors, r.Err.Error())
				}
			}
		})
		if r.Err == nil {
			batch = append(batch, r.Article)
		}
		if len(batch) >= 32 {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}
