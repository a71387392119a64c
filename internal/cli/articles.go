package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"strconv"
	"strings"
	"time"

	"github.com/casus-project/casus/api"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/store"
)

var cmdArticles = &Command{
	Name:      "articles",
	UsageLine: "casus articles --db FILE [--format jsonl|csv] [flags]",
	Short:     "list stored articles",
	Long: `
Articles prints the articles stored by casus run, newest first.

With --format jsonl (the default) each line is the article as JSON, with
the extraction fields of casus extract, its id, every URL that carried it,
and any annotations. With --format csv the columns are id, published,
publisher, source, title, url, language, authors (joined by "; ") and the
number of URLs that carried the article; text cells a spreadsheet would
take for a formula start with '.

Examples:

	casus articles --db news.db
	casus articles --db news.db --format csv --publisher "Tehran Times" > tt.csv
	casus articles --db news.db --from 2022-09-01 --to 2022-09-30 --text Albania
`,
	Flags: func(fs *flag.FlagSet) func(context.Context, Env, []string) error {
		db := fs.String("db", "casus.db", "database `FILE`")
		format := fs.String("format", "jsonl", "output `format`: jsonl or csv")
		publisher := fs.String("publisher", "", "only articles from this `publisher`")
		text := fs.String("text", "", "only articles whose title or text contains `TEXT` as it is written (case ignored; not separate words)")
		from := fs.String("from", "", "only articles published on or after `YYYY-MM-DD`")
		to := fs.String("to", "", "only articles published on or before `YYYY-MM-DD`")
		limit := fs.Int("limit", 0, "print at most `N` articles (0: all)")
		return func(ctx context.Context, env Env, args []string) error {
			if len(args) > 0 {
				return usageErrorf("unexpected arguments %q", args)
			}
			if *format != "jsonl" && *format != "csv" {
				return usageErrorf("--format %q: want jsonl or csv", *format)
			}
			if *limit < 0 {
				return usageErrorf("--limit %d: want 0 or more", *limit)
			}
			q := store.ArticleQuery{Publisher: *publisher, Text: *text}
			var err error
			if q.From, err = parseDay("from", *from); err != nil {
				return err
			}
			if q.To, err = parseDay("to", *to); err != nil {
				return err
			}
			if !q.To.IsZero() {
				q.To = q.To.AddDate(0, 0, 1) // To is exclusive: keep the whole last day
			}
			st, err := store.Open(ctx, *db)
			if err != nil {
				return err
			}
			defer st.Close()

			var cw *csv.Writer
			if *format == "csv" {
				cw = csv.NewWriter(env.Stdout)
				cw.Write([]string{"id", "published", "publisher", "source", "title", "url", "language", "authors", "urls"})
			}
			enc := json.NewEncoder(env.Stdout)
			enc.SetEscapeHTML(false)
			n := 0
			for {
				q.Limit = 200
				if *limit > 0 {
					q.Limit = min(q.Limit, *limit-n)
				}
				page, err := st.Articles(ctx, q)
				if err != nil {
					return err
				}
				for _, a := range page.Articles {
					if cw != nil {
						cw.Write(articleRow(a))
					} else if err := enc.Encode(a); err != nil {
						return err
					}
					n++
				}
				if page.Next == "" || (*limit > 0 && n >= *limit) {
					break
				}
				q.Cursor = page.Next
			}
			if cw != nil {
				cw.Flush()
				return cw.Error()
			}
			return nil
		}
	},
}

// articleRow is the CSV row of a; text from pages must not read as a
// formula.
func articleRow(a *model.Article) []string {
	cell := api.CSVCell
	return []string{
		strconv.FormatInt(a.ID, 10), a.Published.String(), cell(a.Publisher), cell(a.Source), cell(a.Title), cell(a.URL),
		cell(a.Language), cell(strings.Join(a.Authors, "; ")), strconv.Itoa(len(a.URLs)),
	}
}

func parseDay(name, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return t, usageErrorf("--%s %q: want YYYY-MM-DD", name, s)
	}
	return t, nil
}
