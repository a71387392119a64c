package cli

import (
	"flag"
	"fmt"
	"runtime"
	"time"

	"github.com/casus-project/casus/fetch"
	"github.com/casus-project/casus/ingest"
)

// inputFlags are the flags every command that reads inputs shares.
type inputFlags struct {
	date         string
	allowPrivate bool
	timeout      time.Duration
	maxBytes     int64
	workers      int
}

func (f *inputFlags) bind(fs *flag.FlagSet) {
	fs.StringVar(&f.date, "date", "", "date `YYYY-MM-DD` for inputs that carry none, such as plain-text files")
	fs.BoolVar(&f.allowPrivate, "allow-private", false, "allow fetching from private, loopback and link-local addresses")
	fs.DurationVar(&f.timeout, "timeout", 30*time.Second, "timeout for each HTTP request")
	fs.Int64Var(&f.maxBytes, "max-bytes", 50<<20, "largest page or archive record read, in bytes")
	fs.IntVar(&f.workers, "workers", runtime.GOMAXPROCS(0), "documents processed at once")
}

// options turns the flags into ingest options.
func (f *inputFlags) options(env Env) (ingest.Options, error) {
	opts := ingest.Options{
		Fetcher: fetch.New(fetch.Options{
			Timeout:      f.timeout,
			MaxBytes:     f.maxBytes,
			AllowPrivate: f.allowPrivate,
		}),
		MaxFileBytes: f.maxBytes,
		Workers:      4 * f.workers,
		Stdin:        env.Stdin,
	}
	if f.date != "" {
		t, err := time.Parse(time.DateOnly, f.date)
		if err != nil {
			return opts, usageErrorf("--date %q: want YYYY-MM-DD", f.date)
		}
		opts.DefaultDate = t
	}
	if f.workers < 1 {
		return opts, usageErrorf("--workers %d: want at least 1", f.workers)
	}
	return opts, nil
}

const inputsHelp = `
Inputs may be any mix of:
	page.html       an HTML file (any charset; it is decoded to UTF-8)
	dir/            a directory, read recursively
	pages.gz        a gzip file of any of these kinds
	news.warc.gz    a WARC archive, plain or gzip (response and resource records)
	feed.xml        an RSS, Atom or JSON feed, file or URL: every item's link is fetched
	@urls.txt       a file of URLs and paths, one per line (# starts a comment)
	https://...     a page or feed URL
	story.txt       a plain-text article (dated by --date if it says no date)
	-               standard input
`

func describeCount(n int, what string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", what)
	}
	return fmt.Sprintf("%d %ss", n, what)
}
