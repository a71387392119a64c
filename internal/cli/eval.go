package cli

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"

	"github.com/casus-project/casus/extract/score"
	"github.com/casus-project/casus/internal/pipeline"
	"github.com/casus-project/casus/model"
)

// evaluators are the things casus eval can score, by name.
var evaluators = map[string]func(ctx context.Context, env Env, args []string, verbose bool) error{
	"extraction": evalExtraction,
	"pos":        evalPOS,
	"parse":      evalParse,
	"ner":        evalNER,
	"sentences":  evalSentences,
	"petrarch":   evalPetrarch,
	"tabari":     evalTabari,
	"events":     evalEvents,
}

var cmdEval = &Command{
	Name:      "eval",
	UsageLine: "casus eval WHAT [--verbose] DATA",
	Short:     "score casus against gold data",
	Long: `
Eval scores a casus stage against gold data and prints the standard
measures.

	casus eval extraction DIR
		Article-body extraction on a folder in the ScrapingHub
		article-extraction-benchmark format (html/ID.html.gz and
		ground-truth.json): precision, recall and F1 of 4-gram shingles
		averaged over pages, the share of exact matches, and 95% bootstrap
		intervals. --verbose lists the pages from worst to best.

	casus eval pos [--clause-repair] FILE.conllu
		Part-of-speech accuracy (XPOS, UPOS) and lemma accuracy on gold
		tokens. --clause-repair scores the tagger with its past-tense
		repair made clause by clause (tag.Model.TagFinite), which the
		pipeline does not use yet: the event coder codes worse with it.

	casus eval parse FILE.conllu
		Unlabelled and labelled attachment scores (UAS, LAS) on gold
		tokens, with tags predicted by casus and with the gold tags.

	casus eval ner FILE.iob2
		Exact-span precision, recall and F1 of PER, ORG and LOC names,
		micro-averaged and per type.

	casus eval sentences FILE.conllu
		Sentence boundary precision, recall and F1 on the treebank's text
		rebuilt document by document, and token F1.

	casus eval petrarch [--dicts DIR] [--hypothetical=false] FILE.xml
		PETRARCH's unit-test suite, coded from each record's raw text with
		casus's own parser and the suite's dictionaries (dicts/ beside the
		file): per-category pass counts and a last line "N passed, M
		failed". Events that only may happen are coded, as the suite
		expects; --hypothetical=false scores casus's default coding.

	casus eval tabari [--hypothetical=false] FILE.project
		TABARI's validation suite, from its project file, the same way.

	casus eval events [--gold events2.tsv]
		The whole pipeline on the built-in demo corpus, scored against the
		events its authors wrote down before the coder existed: recall and
		precision of (source, target, code) exactly, first; then under the
		gold's conventions (a coded 4-digit code matches a 3-digit gold
		code it is a child of, "1122" for "112", and the reverse of a
		matched 03x-06x event, which gold writes in one direction, is set
		aside, neither matched nor extra); then of the code's root.
		--gold events2.tsv scores against the second, blind annotation
		of the demo/gold folder and prints how far the two agree.

	casus eval events --corpus DIR --gold FILE
		The same scores on a folder of plain-text articles instead of the
		demo: DIR/manifest.tsv lists each article file and its
		publication date (file, published YYYY-MM-DD), which the events
		are dated against; FILE holds their gold events in the demo's
		events.tsv format. event/testdata/holdout, holdout2, holdout3 and
		holdout4 are such corpora, written for a held-out test and never
		used to tune the coder.

	casus eval events [--corpus DIR --gold FILE] --causes
		Also counts, for each gold event, how far casus got in the
		sentence its snippet stands in: whether the sentence names both
		actors, whether anything was coded there, and how near the
		nearest coded event comes (same root: exact, another code,
		other roles, another pair). Counts only: no sentence is
		printed, so a held-out set's misses can be counted unread.

	casus eval events [--corpus DIR] --gold A --against B
		How far two annotations of the same articles agree: annotation
		B scored against annotation A with exactly the matching, status
		and date checks casus is scored with (B's rows take the place of
		casus's events; rows of B that share a snippet share a predicate,
		for the convention measure; no pipeline runs). A and B are files
		of the demo's gold folder (events.tsv, events2.tsv), or with
		--corpus paths of gold files of DIR's articles. Swap them for the
		other direction: recall one way is precision the other.

Examples:

	casus eval extraction ../shared/data/extraction/dev
	casus eval pos ../shared/data/ud_english_ewt/en_ewt-ud-test.conllu
	casus eval parse ../shared/data/ud_english_ewt/en_ewt-ud-test.conllu
	casus eval ner ../shared/data/uner_english_ewt/en_ewt-ud-test.iob2
	casus eval sentences ../shared/data/ud_english_gum/en_gum-ud-test.conllu
	casus eval petrarch ../shared/data/validation/petrarch/PETR.UnitTest.records.xml
	casus eval tabari ../shared/data/validation/tabari/Validate.project
	casus eval events
	casus eval events --gold events2.tsv
	casus eval events --corpus event/testdata/holdout --gold event/testdata/holdout/events.tsv
	casus eval events --gold events.tsv --against events2.tsv
	casus eval extraction --verbose ../shared/data/extraction/dev
`,
	Flags: func(fs *flag.FlagSet) func(context.Context, Env, []string) error {
		verbose := fs.Bool("verbose", false, "print a line for each item scored")
		return func(ctx context.Context, env Env, args []string) error {
			if len(args) == 0 {
				return usageErrorf("name what to evaluate")
			}
			ev, ok := evaluators[args[0]]
			if !ok {
				return usageErrorf("cannot evaluate %q", args[0])
			}
			// Allow --verbose after WHAT (casus eval extraction --verbose
			// DIR); the evaluator parses the rest, its own flags
			// included (casus eval petrarch --dicts DIR FILE).
			rest, v, err := takeVerbose(args[1:])
			if err != nil {
				return usageErrorf("%v", err)
			}
			if u, ok := evalUsage[args[0]]; ok && askedHelp(rest) {
				fmt.Fprintf(env.Stdout, "usage: casus eval %s\n\nRun 'casus help eval' for details.\n", u)
				return nil
			}
			return ev(ctx, env, rest, *verbose || v)
		}
	},
}

// evalUsage is the usage of each evaluator that has no flags of its own
// (the others print theirs, see parseEvalFlags).
var evalUsage = map[string]string{
	"extraction": "extraction [--verbose] DIR",
	"pos":        "pos [--clause-repair] FILE.conllu",
	"parse":      "parse [--verbose] FILE.conllu",
	"ner":        "ner [--verbose] FILE.iob2",
	"sentences":  "sentences [--verbose] FILE.conllu",
}

// askedHelp reports whether args ask for help (-h, -help, --help) before
// any "--".
func askedHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help", "--h":
			return true
		}
	}
	return false
}

// takeVerbose removes the --verbose flags (-verbose, --verbose=BOOL) from
// args, up to a "--", and reports whether the last one set it.
func takeVerbose(args []string) (rest []string, verbose bool, err error) {
	for i, a := range args {
		if a == "--" {
			return append(rest, args[i:]...), verbose, nil
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "verbose" {
			rest = append(rest, a)
			continue
		}
		verbose = true
		if hasVal {
			if verbose, err = strconv.ParseBool(val); err != nil {
				return nil, false, fmt.Errorf("--verbose=%s: %v", val, err)
			}
		}
	}
	return rest, verbose, nil
}

func evalExtraction(ctx context.Context, env Env, args []string, verbose bool) error {
	if len(args) != 1 {
		return usageErrorf("eval extraction takes one folder")
	}
	set, err := score.Load(args[0])
	if err != nil {
		return err
	}
	pages := make([]score.PageScore, 0, set.Len())
	for i := range set.Len() {
		if err := ctx.Err(); err != nil {
			return err
		}
		e, err := set.Page(i)
		if err != nil {
			return err
		}
		text := ""
		a, err := pipeline.Extract(&model.Document{Origin: e.ID, URL: e.URL, Body: e.HTML, ContentType: "text/html"})
		if err == nil {
			text = a.Text
		} else if verbose {
			fmt.Fprintf(env.Stderr, "%s: %v\n", e.ID, err)
		}
		pages = append(pages, score.Score(e.ID, text, e.Gold))
	}
	res := score.Summarize(pages)
	ci := score.Bootstrap(pages, 1000, rand.New(rand.NewPCG(1, 2)))
	if verbose {
		sorted := append([]score.PageScore(nil), pages...)
		sort.SliceStable(sorted, func(i, j int) bool { return f1(sorted[i].Counts) < f1(sorted[j].Counts) })
		for _, p := range sorted {
			fmt.Fprintf(env.Stdout, "%.3f  P %.3f  R %.3f  %s\n", f1(p.Counts), p.Counts.Precision(), p.Counts.Recall(), p.ID)
		}
	}
	fmt.Fprintf(env.Stdout, "pages %d  F1 %.3f ± %.3f  precision %.3f ± %.3f  recall %.3f ± %.3f  accuracy %.3f ± %.3f\n",
		res.Pages, res.F1, ci.F1, res.Precision, ci.Precision, res.Recall, ci.Recall, res.Accuracy, ci.Accuracy)
	return nil
}

func f1(c score.Counts) float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
