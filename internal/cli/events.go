package cli

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"io"
	"net/url"
	"slices"
	"strings"

	"github.com/casus-project/casus/api"
	"github.com/casus-project/casus/store"
)

var cmdEvents = &Command{
	Name:      "events",
	UsageLine: "casus events --db FILE [--format jsonl|csv|gdelt|gdelt-mentions] [filters]",
	Short:     "list stored events as JSON lines, CSV or GDELT rows",
	Long: `
Events prints the events stored in a database, one per line: JSON objects
(jsonl, the default: the event's fields beside article_id, seq and
article), CSV with a header row, GDELT 2.0 event rows (61 tab-separated
columns, no header) or the matching GDELT mention rows. The GDELT
GLOBALEVENTID of an event is its article's ID times 1000 plus its index.
The GDELT formats write the events that took place (asserted, claimed,
disputed) unless --status names others.

The filters are those of the API's /api/events (see docs/API.md), each a
flag of the same name:

	--actor CODE|NAME      source or target code starting with CODE, or name containing NAME
	                       (a country's name, "Iran", also finds its codes: IRN, IRNGOV, ...)
	--source CODE          source actor code prefix ("IRN", "IRNGOV")
	--target CODE          target actor code prefix
	--source-country ISO3  --target-country ISO3  --country ISO3 (either side or the place)
	--code CAMEO           event code prefix ("19", "190")
	--root NN              two-digit CAMEO root
	--quad 1,2,3,4         QuadClasses
	--goldstein-min N      --goldstein-max N (-10 to 10)
	--from YYYY-MM-DD      --to YYYY-MM-DD (inclusive), on the event's own date
	--status LIST          asserted, claimed, disputed, negated, hypothetical
	--background yes|no    events dated before the article's week, or not
	--publisher NAME       --q TEXT (in the event's sentence)  --article ID
	--sort ORDER           newest (default), oldest, conflict, cooperation, confidence
	--max N                stop after N events (default: all)

Examples:

	casus events --db news.db
	casus events --db news.db --actor IRN --quad 3,4 --from 2024-01-01 --format csv > irn.csv
	casus events --db news.db --format gdelt > events.export.CSV
	casus events --db news.db --format gdelt-mentions > events.mentions.CSV
`,
	Flags: func(fs *flag.FlagSet) func(context.Context, Env, []string) error {
		db := fs.String("db", "casus.db", "database `FILE`")
		format := fs.String("format", api.FormatJSONL, "output `FORMAT`: jsonl, csv, gdelt or gdelt-mentions")
		max := fs.Int("max", 0, "stop after `N` events (0: all)")
		filters := bindQueryFlags(fs, api.EventParams(), "limit", "cursor")
		return func(ctx context.Context, env Env, args []string) error {
			if len(args) > 0 {
				return usageErrorf("unexpected arguments %q", args)
			}
			if !slices.Contains(api.ExportFormats(), *format) {
				return usageErrorf("--format %q: want %s", *format, strings.Join(api.ExportFormats(), ", "))
			}
			if *max < 0 {
				return usageErrorf("--max %d: want 0 or more", *max)
			}
			q, err := api.ParseEventQuery(filters())
			if err != nil {
				return flagError(err)
			}
			return fromStore(ctx, env, *db, func(st store.Store, w io.Writer) error {
				_, err := api.WriteEvents(ctx, w, st, q, *format, *max, *format == api.FormatCSV)
				return err
			})
		}
	},
}

// fromStore opens the store db and runs write with it and a buffered
// standard output (see toStdout).
func fromStore(ctx context.Context, env Env, db string, write func(st store.Store, w io.Writer) error) error {
	st, err := store.Open(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	return toStdout(env, func(w io.Writer) error { return write(st, w) })
}

// toStdout runs write with a buffered standard output and flushes it. It
// returns write's error, or else the flush's: output that could not be
// written (a closed pipe, a full disk) fails the command rather than
// going missing without a word.
func toStdout(env Env, write func(w io.Writer) error) error {
	w := bufio.NewWriterSize(env.Stdout, 64<<10)
	err := write(w)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return err
}

// bindQueryFlags binds a string flag for each API query parameter but
// those skipped ("source_country" becomes --source-country) and returns a
// function giving the flags that were set as query values.
func bindQueryFlags(fs *flag.FlagSet, names []string, skip ...string) func() url.Values {
	vals := map[string]*string{}
	for _, n := range names {
		if slices.Contains(skip, n) {
			continue
		}
		vals[n] = fs.String(strings.ReplaceAll(n, "_", "-"), "", "filter: the API's `"+n+"` parameter")
	}
	return func() url.Values {
		v := url.Values{}
		fs.Visit(func(f *flag.Flag) {
			name := strings.ReplaceAll(f.Name, "-", "_")
			if p, ok := vals[name]; ok {
				v.Set(name, *p)
			}
		})
		return v
	}
}

// flagError turns a parameter error into a usage error naming the flag.
func flagError(err error) error {
	var pe *api.ParamError
	if errors.As(err, &pe) {
		return usageErrorf("--%s: %s", strings.ReplaceAll(pe.Param, "_", "-"), pe.Msg)
	}
	return err
}
