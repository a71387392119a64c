package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"net"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"time"

	"github.com/casus-project/casus/demo"
	"github.com/casus-project/casus/fetch"
	"github.com/casus-project/casus/internal/pipeline"
	"github.com/casus-project/casus/model"
)

var cmdDemo = &Command{
	Name:      "demo",
	UsageLine: "casus demo [--db FILE] [--addr HOST:PORT] [--no-serve]",
	Short:     "run the pipeline on the built-in sample corpus and serve it",
	Long: `
Demo runs the whole pipeline on the sample corpus built into casus: news
pages from a dozen invented outlets with their own layouts, charsets and
boilerplate, an RSS feed and a WARC archive. It stores the results in a
SQLite database and serves them on localhost, printing the address.
The feed's links are served from the corpus itself, so the demo needs no
network. One page is an outlet's index with no article on purpose: the
summary counts it as failed ("no article body"), as casus run would, and
the demo goes on. Without --db the database is removed when the demo
ends; give --db to keep it for the other commands.

Examples:

	casus demo
	casus demo --db demo.db --addr 127.0.0.1:9000
	casus demo --no-serve --db demo.db && casus articles --db demo.db
`,
	Flags: func(fs *flag.FlagSet) func(context.Context, Env, []string) error {
		db := fs.String("db", "", "database `FILE` (default: a new file in a temporary directory, removed at exit)")
		addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`; if taken, a free port is used")
		noServe := fs.Bool("no-serve", false, "store the corpus and exit without serving")
		return func(ctx context.Context, env Env, args []string) error {
			began := time.Now()
			if len(args) > 0 {
				return usageErrorf("unexpected arguments %q", args)
			}
			// The models decode while the corpus is listed and the store
			// opened.
			sts, ready, err := new(analysisFlags).startStages()
			if err != nil {
				return err
			}
			inputs, fetcher, err := demoInputs()
			if err != nil {
				return err
			}
			if *db == "" {
				dir, err := os.MkdirTemp("", "casus-demo-")
				if err != nil {
					return err
				}
				defer os.RemoveAll(dir)
				*db = filepath.Join(dir, "demo.db")
			}
			// The workers are counted before openStore raises GOMAXPROCS
			// (the pipeline would otherwise count one too many).
			in := inputFlags{workers: runtime.GOMAXPROCS(0)}
			open := openStore(ctx, *db)
			defer closeStore(open)
			fmt.Fprintf(env.Stderr, "casus demo: processing %d sample inputs into %s\n", len(inputs), *db)
			opts, err := in.options(env)
			if err != nil {
				return err
			}
			opts.Fetcher = fetcher
			// The corpus is read where it is embedded, so that documents
			// are named by their paths in it ("outlet/page.html"), the same
			// on every run and machine.
			opts.FS = demo.Corpus()
			sum, err := runPipeline(ctx, env, open, &pipeline.Pipeline{Workers: in.workers, Stages: sts, Ready: ready, Group: stageGroup}, inputs, opts, 64, began)
			if sum == nil {
				return err
			}
			sum.print(env.Stderr)
			if err != nil {
				return err
			}
			st, _ := open() // opened: runPipeline returned a summary
			if *noServe {
				return nil
			}
			ln, err := net.Listen("tcp", *addr)
			if err != nil {
				ln, err = net.Listen("tcp", "127.0.0.1:0")
				if err != nil {
					return err
				}
			}
			return serve(ctx, env, st, ln)
		}
	},
}

// demoInputs returns the inputs to run, paths in the embedded corpus,
// and a fetcher that serves the corpus pages by their URLs.
func demoInputs() ([]string, fetch.Fetcher, error) {
	corpus := demo.Corpus()
	byURL, err := demoURLs()
	if err != nil {
		return nil, nil, err
	}
	var inputs []string
	err = fs.WalkDir(corpus, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch path.Ext(p) {
		case ".tsv", ".md":
			return nil // the manifest and notes are not news
		}
		inputs = append(inputs, p)
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("demo: %w", err)
	}
	return inputs, &corpusFetcher{corpus: corpus, byURL: byURL}, nil
}

// demoURLs maps the URL of every corpus page to its file.
func demoURLs() (map[string]string, error) {
	entries, err := demo.Manifest()
	if err != nil {
		return nil, err
	}
	byURL := make(map[string]string, len(entries))
	for _, e := range entries {
		if !e.Member() {
			byURL[e.URL] = e.File
		}
	}
	return byURL, nil
}

// corpusFetcher serves the demo corpus's pages by URL, standing in for the
// network so that the feed's links resolve offline.
type corpusFetcher struct {
	corpus fs.FS
	byURL  map[string]string
}

var errNotInCorpus = errors.New("not in the demo corpus (the demo does not use the network)")

func (c *corpusFetcher) Fetch(ctx context.Context, url string) (*model.Document, error) {
	name, ok := c.byURL[url]
	if !ok {
		return nil, fmt.Errorf("fetch %s: %w", url, errNotInCorpus)
	}
	body, err := fs.ReadFile(c.corpus, name)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", url, err)
	}
	return &model.Document{Origin: url, URL: url, ContentType: "text/html", Body: body}, nil
}
