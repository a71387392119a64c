package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/casus-project/casus/api"
	"github.com/casus-project/casus/store"
	"github.com/casus-project/casus/web"
)

var cmdServe = &Command{
	Name:      "serve",
	UsageLine: "casus serve --db FILE [--addr HOST:PORT]",
	Short:     "serve the web pages and the JSON API",
	Long: `
Serve serves the articles in a database as web pages and as a JSON API:

	GET /                     the latest articles, with search
	GET /articles/{id}        one article and every URL that carried it
	GET /api/articles         articles as JSON; query parameters: limit
	                          (1-500), cursor, publisher, q (text), from and
	                          to (YYYY-MM-DD)
	GET /api/articles/{id}    one article as JSON, with its annotations
	GET /api/stats            counts of what is stored

Errors come back as {"error": message, "param": name}. See docs/API.md.

Examples:

	casus serve --db news.db
	casus serve --db news.db --addr 0.0.0.0:8080
	curl 'localhost:8080/api/articles?limit=10&q=Albania'
`,
	Flags: func(fs *flag.FlagSet) func(context.Context, Env, []string) error {
		db := fs.String("db", "casus.db", "database `FILE`")
		addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
		return func(ctx context.Context, env Env, args []string) error {
			if len(args) > 0 {
				return usageErrorf("unexpected arguments %q", args)
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
			return serve(ctx, env, st, ln)
		}
	},
}

// newServer returns the handler for the pages and the API over st.
func newServer(st store.Store, log *slog.Logger) (http.Handler, error) {
	pages, err := web.NewHandler(st, log)
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("/api/", api.NewHandler(st, log))
	mux.Handle("/", pages)
	return mux, nil
}

// serve serves st on ln until ctx is cancelled.
func serve(ctx context.Context, env Env, st store.Store, ln net.Listener) error {
	log := slog.New(slog.NewTextHandler(env.Stderr, nil))
	h, err := newServer(st, log)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	fmt.Fprintf(env.Stdout, "casus: serving on http://%s/ (Ctrl-C to stop)\n", ln.Addr())
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
