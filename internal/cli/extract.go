package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/casus-project/casus/ingest"
	"github.com/casus-project/casus/internal/pipeline"
	"github.com/casus-project/casus/model"
)

var cmdExtract = &Command{
	Name:      "extract",
	UsageLine: "casus extract [--format jsonl|text] [flags] INPUT...",
	Short:     "extract articles from pages and print them",
	Long: `
Extract reads news inputs, extracts each page's article (body, title,
publication date, authors, publisher, original source, language, URL) and
prints one result per page, in input order. Nothing is stored.

With --format jsonl (the default) each line is a JSON object:

	{"doc": input path or URL, "url", "title", "published": "YYYY-MM-DD" or
	 RFC 3339, "publisher", "source", "authors": [], "language",
	 "text": paragraphs joined by "\n"}

A page that fails gives {"doc", "error"}, and the command exits with
status 1 after the last input. With --format text, each article is printed
as a header and its paragraphs.
` + inputsHelp + `
Examples:

	casus extract page.html
	casus extract --format text https://example.com/news/story
	casus extract --date 2024-05-01 notes/*.txt
	zcat CC-NEWS-20240501.warc.gz | casus extract - > articles.jsonl
`,
	Flags: func(fs *flag.FlagSet) func(context.Context, Env, []string) error {
		var in inputFlags
		in.bind(fs)
		format := fs.String("format", "jsonl", "output `format`: jsonl or text")
		return func(ctx context.Context, env Env, args []string) error {
			if len(args) == 0 {
				return usageErrorf("no inputs")
			}
			if *format != "jsonl" && *format != "text" {
				return usageErrorf("--format %q: want jsonl or text", *format)
			}
			opts, err := in.options(env)
			if err != nil {
				return err
			}
			p := &pipeline.Pipeline{Workers: in.workers}
			failed := 0
			for r := range p.Run(ctx, ingest.Documents(ctx, args, opts)) {
				if r.Err != nil {
					failed++
				}
				if err := writeResult(env.Stdout, *format, r); err != nil {
					return err
				}
				if r.Err != nil && *format == "text" {
					fmt.Fprintf(env.Stderr, "casus extract: %v\n", r.Err)
				}
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if failed > 0 {
				fmt.Fprintf(env.Stderr, "casus extract: %s failed\n", describeCount(failed, "input"))
				return errFailed
			}
			return nil
		}
	},
}

// extractJSON is the JSON contract of casus extract: the extraction fields
// only, in this order, authors never null.
type extractJSON struct {
	Doc       string     `json:"doc"`
	URL       string     `json:"url"`
	Title     string     `json:"title"`
	Published model.Date `json:"published"`
	Publisher string     `json:"publisher"`
	Source    string     `json:"source"`
	Authors   []string   `json:"authors"`
	Language  string     `json:"language"`
	Text      string     `json:"text"`
}

func extractFields(a *model.Article) extractJSON {
	return extractJSON{a.Doc, a.URL, a.Title, a.Published, a.Publisher, a.Source, orEmpty(a.Authors), a.Language, a.Text}
}

func writeResult(w io.Writer, format string, r pipeline.Result) error {
	if format == "text" {
		if r.Err != nil {
			return nil
		}
		return writeArticleText(w, r.Article)
	}
	var v any
	if r.Err != nil {
		v = struct {
			Doc   string `json:"doc"`
			Error string `json:"error"`
		}{r.Origin, r.Err.Error()}
	} else {
		v = extractFields(r.Article)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}

func writeArticleText(w io.Writer, a *model.Article) error {
	_, err := fmt.Fprintf(w, "=== %s\nurl: %s\ntitle: %s\npublished: %s\npublisher: %s\nsource: %s\nauthors: %v\nlanguage: %s\n\n%s\n\n",
		a.Doc, a.URL, a.Title, a.Published, a.Publisher, a.Source, a.Authors, a.Language, a.Text)
	return err
}
