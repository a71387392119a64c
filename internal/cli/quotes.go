package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"

	"github.com/casus-project/casus/api"
	"github.com/casus-project/casus/store"
)

var cmdQuotes = &Command{
	Name:      "quotes",
	UsageLine: "casus quotes --db FILE [--speaker NAME] [--format jsonl|csv] [filters]",
	Short:     "list stored quotes with their speakers",
	Long: `
Quotes prints the quotes stored in a database, newest article first and in
text order within an article: JSON objects (jsonl, the default) with
"speaker" {"name", "actor", "country"}, "text", "direct", "cue", "start"
and "end" (byte offsets into the article's text) and the quote's "tone"
beside article_id, seq and article; or CSV with a header row (text cells a spreadsheet would
take for a formula start with ').

--speaker keeps quotes whose speaker's actor code is NAME or whose
speaker's name contains NAME (case ignored); --q keeps quotes whose text
contains TEXT; --direct yes|no keeps direct or indirect speech; --article
ID keeps one article's quotes; --max N stops after N quotes.

Examples:

	casus quotes --db news.db
	casus quotes --db news.db --speaker Rama
	casus quotes --db news.db --speaker IRNGOV --direct yes --format csv > irn.csv
`,
	Flags: func(fs *flag.FlagSet) func(context.Context, Env, []string) error {
		db := fs.String("db", "casus.db", "database `FILE`")
		format := fs.String("format", "jsonl", "output `FORMAT`: jsonl or csv")
		max := fs.Int("max", 0, "stop after `N` quotes (0: all)")
		filters := bindQueryFlags(fs, api.QuoteParams(), "limit", "cursor")
		return func(ctx context.Context, env Env, args []string) error {
			if len(args) > 0 {
				return usageErrorf("unexpected arguments %q", args)
			}
			if *format != "jsonl" && *format != "csv" {
				return usageErrorf("--format %q: want jsonl or csv", *format)
			}
			if *max < 0 {
				return usageErrorf("--max %d: want 0 or more", *max)
			}
			q, err := api.ParseQuoteQuery(filters())
			if err != nil {
				return flagError(err)
			}
			return fromStore(ctx, env, *db, func(st store.Store, w io.Writer) error {
				return writeQuotes(ctx, w, st, q, *format, *max)
			})
		}
	},
}

// quoteCSVHeader is the header row of casus quotes --format csv.
var quoteCSVHeader = [...]string{"article_id", "seq", "speaker_name", "speaker_actor", "speaker_country", "direct",
	"cue", "start", "end", "published", "publisher", "url", "text"}

// writeQuotes writes every quote matching q, at most max (all when 0), as
// JSON lines or as CSV with a header row.
func writeQuotes(ctx context.Context, w io.Writer, st store.Store, q store.QuoteQuery, format string, max int) error {
	var write func(h store.QuoteHit) error
	var flush func() error
	if format == "csv" {
		cw := csv.NewWriter(w)
		cw.Write(quoteCSVHeader[:]) // an error stays in cw and comes back from flush
		write = func(h store.QuoteHit) error { return cw.Write(quoteRow(h)) }
		flush = func() error { cw.Flush(); return cw.Error() }
	} else {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		write = func(h store.QuoteHit) error { return enc.Encode(h) }
		flush = func() error { return nil }
	}
	q.Limit, q.Cursor = store.MaxLimit, ""
	n := 0
	for {
		page, err := st.Quotes(ctx, q)
		if err != nil {
			return fmt.Errorf("listing quotes after %d: %w", n, err)
		}
		for _, h := range page.Quotes {
			if max > 0 && n >= max {
				return flush()
			}
			if err := write(h); err != nil {
				return err
			}
			n++
		}
		if page.Next == "" {
			return flush()
		}
		q.Cursor = page.Next
	}
}

// quoteRow is the CSV row of h; text from pages must not read as a
// formula.
func quoteRow(h store.QuoteHit) []string {
	cell := api.CSVCell
	return []string{strconv.FormatInt(h.ArticleID, 10), strconv.Itoa(h.Seq), cell(h.Speaker.Name), cell(h.Speaker.Actor),
		cell(h.Speaker.Country), strconv.FormatBool(h.Direct), cell(h.Cue), strconv.Itoa(h.Start), strconv.Itoa(h.End),
		h.Article.Published.String(), cell(h.Article.Publisher), cell(h.Article.URL), cell(h.Text)}
}
