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

var cmdAnalyze = &Command{
	Name:      "analyze",
	UsageLine: "casus analyze [--format jsonl] [--sentences] [flags] INPUT...",
	Short:     "extract and analyse articles and print them with their events",
	Long: `
Analyze runs the whole pipeline on news inputs, as casus run does, but
prints the results instead of storing them: one JSON object per article,
in input order, with the extraction fields of casus extract plus

	"entities"  names found, with their kind and, where known, their actor
	            (code, name, ISO 3166 alpha-3 country, dictionary entry)
	"events"    CAMEO-coded events: source, target, code, root, base,
	            quad_class, goldstein, plover, date, date_end (of a range),
	            date_precision, date_reason, background, status,
	            attributed_to, location, sentence, pattern, confidence and
	            the evidence spans; fields with no value are left out
	"quotes"    direct and indirect quotes with their speakers
	"framing"   scare quotes, distancing words, loaded labels and hedges
	"sources"   whom the article cites
	"tone"      GDELT-style tone figures

Offsets ("start", "end") are byte offsets into "text". A page that fails
gives {"doc", "error"} and the command exits with status 1 at the end.
` + inputsHelp + `
Examples:

	casus analyze story.html
	casus analyze --date 2022-09-08 statement.txt
	casus analyze https://example.com/news/story | jq '.events[] | [.source.code, .code, .target.code]'
`,
	Flags: func(fs *flag.FlagSet) func(context.Context, Env, []string) error {
		var in inputFlags
		in.bind(fs)
		var an analysisFlags
		an.bind(fs)
		format := fs.String("format", "jsonl", "output `format`: jsonl")
		sentences := fs.Bool("sentences", false, "include the sentence spans")
		return func(ctx context.Context, env Env, args []string) error {
			if len(args) == 0 {
				return usageErrorf("no inputs")
			}
			if *format != "jsonl" {
				return usageErrorf("--format %q: want jsonl", *format)
			}
			opts, err := in.options(env)
			if err != nil {
				return err
			}
			an.stderr = env.Stderr
			sts, err := an.stages()
			if err != nil {
				return err
			}
			p := &pipeline.Pipeline{Workers: in.workers, Stages: sts, Group: stageGroup}
			failed := 0
			for r := range p.Run(ctx, ingest.Documents(ctx, args, opts)) {
				if r.Err != nil {
					failed++
					if err := writeResult(env.Stdout, "jsonl", r); err != nil {
						return err
					}
					continue
				}
				if !*sentences {
					r.Article.Sentences = nil
				}
				if err := writeAnalysis(env.Stdout, r.Article); err != nil {
					return err
				}
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if failed > 0 {
				fmt.Fprintf(env.Stderr, "casus analyze: %s failed\n", describeCount(failed, "input"))
				return errFailed
			}
			return nil
		}
	},
}

// writeAnalysis prints an analysed article, its lists never null.
func writeAnalysis(w io.Writer, a *model.Article) error {
	v := struct {
		extractJSON
		Sentences []model.Sentence      `json:"sentences,omitempty"`
		Entities  []model.Entity        `json:"entities"`
		Events    []model.Event         `json:"events"`
		Quotes    []model.Quote         `json:"quotes"`
		Framing   []model.FramingMark   `json:"framing"`
		Sources   []model.SourceMention `json:"sources"`
		Tone      *model.Tone           `json:"tone,omitempty"`
	}{
		extractJSON: extractFields(a),
		Sentences:   a.Sentences,
		Entities:    orEmpty(a.Entities), Events: orEmpty(a.Events), Quotes: orEmpty(a.Quotes),
		Framing: orEmpty(a.Framing), Sources: orEmpty(a.Sources), Tone: a.Tone,
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
