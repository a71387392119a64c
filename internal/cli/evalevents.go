package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/casus-project/casus/demo"
	"github.com/casus-project/casus/event"
	"github.com/casus-project/casus/ingest"
	"github.com/casus-project/casus/internal/pipeline"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/nlp"
)

// evalPetrarch runs PETRARCH's unit-test suite: casus eval petrarch
// [--dicts DIR] FILE.xml. The suite's own dictionaries sit in dicts/ beside
// the file unless --dicts says otherwise.
func evalPetrarch(ctx context.Context, env Env, args []string, verbose bool) error {
	fs := flag.NewFlagSet("eval petrarch", flag.ContinueOnError)
	dicts := fs.String("dicts", "", "the suite's dictionaries (default: dicts/ beside FILE)")
	hyp := fs.Bool("hypothetical", true, hypotheticalUsage)
	if help, err := parseEvalFlags(env, fs, "casus eval petrarch [--dicts DIR] [--hypothetical=false] FILE.xml", args); help || err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageErrorf("eval petrarch takes one XML file of test records")
	}
	path := fs.Arg(0)
	if *dicts == "" {
		*dicts = filepath.Join(filepath.Dir(path), "dicts")
	}
	an, err := nlp.Default()
	if err != nil {
		return err
	}
	_, err = event.EvalPetrarch(ctx, env.Stdout, an, path, *dicts, event.SuiteOptions{Verbose: verbose, Realised: !*hyp})
	return err
}

// parseEvalFlags parses an evaluator's own flags. Asked for help
// (--help, -h), it prints the usage line and the flags to env.Stdout, as
// casus COMMAND --help does, and reports help so that the caller returns
// nil (exit 0); a bad flag is a usage error (exit 2). Nothing is written to
// os.Stderr behind env's back.
func parseEvalFlags(env Env, fs *flag.FlagSet, usage string, args []string) (help bool, err error) {
	fs.SetOutput(io.Discard)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(env.Stdout, "usage: %s [--verbose]\n\nRun 'casus help eval' for details.\n\nFlags:\n", usage)
			fs.SetOutput(env.Stdout)
			fs.PrintDefaults()
			return true, nil
		}
		return false, usageErrorf("%v", err)
	}
	return false, nil
}

// hypotheticalUsage is the usage of the suites' --hypothetical flag.
const hypotheticalUsage = "code events that only may happen, as the peers do and their suites expect; false scores casus's default coding (see casus run --hypothetical)"

// evalTabari runs TABARI's validation suite from its .project file:
// casus eval tabari [--hypothetical=false] Validate.project.
func evalTabari(ctx context.Context, env Env, args []string, verbose bool) error {
	fs := flag.NewFlagSet("eval tabari", flag.ContinueOnError)
	hyp := fs.Bool("hypothetical", true, hypotheticalUsage)
	if help, err := parseEvalFlags(env, fs, "casus eval tabari [--hypothetical=false] FILE.project", args); help || err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageErrorf("eval tabari takes one .project file")
	}
	an, err := nlp.Default()
	if err != nil {
		return err
	}
	_, err = event.EvalTabari(ctx, env.Stdout, an, fs.Arg(0), event.SuiteOptions{Verbose: verbose, Realised: !*hyp})
	return err
}

// evalEvents runs the whole pipeline on the built-in demo corpus and
// scores its events against the gold events its authors wrote before any
// coder existed: casus eval events [--gold events2.tsv]. With --gold, it
// scores them against another annotation of the demo's gold folder
// instead, and prints how far that annotation and the first agree. With
// --corpus DIR --gold FILE it scores a folder of plain-text articles
// instead (see evalCorpus).
func evalEvents(ctx context.Context, env Env, args []string, verbose bool) error {
	fs := flag.NewFlagSet("eval events", flag.ContinueOnError)
	goldName := fs.String("gold", firstGold, "the annotation to score against, a file of the demo's gold folder (events2.tsv: a second, blind annotation); with --corpus, the path of the corpus's gold events file (required)")
	corpus := fs.String("corpus", "", "score this folder of plain-text articles instead of the demo: its manifest.tsv lists each article file and its publication date (file, published YYYY-MM-DD)")
	if help, err := parseEvalFlags(env, fs, "casus eval events [--gold FILE] [--corpus DIR]", args); help || err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageErrorf("eval events takes no arguments: it scores the built-in demo corpus, or the folder --corpus names")
	}
	if *corpus != "" {
		goldSet := false
		fs.Visit(func(f *flag.Flag) { goldSet = goldSet || f.Name == "gold" })
		if !goldSet {
			return usageErrorf("eval events --corpus needs --gold FILE, the corpus's gold events")
		}
		return evalCorpus(ctx, env, *corpus, *goldName, verbose)
	}
	first, err := readDemoGold(firstGold)
	if err != nil {
		return err
	}
	gold := first
	if *goldName != firstGold {
		if gold, err = readDemoGold(*goldName); err != nil {
			return err
		}
	}
	dir, err := os.MkdirTemp("", "casus-eval-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	u, err := demo.Unpack(dir)
	if err != nil {
		return err
	}
	sts, err := new(analysisFlags).stages()
	if err != nil {
		return err
	}
	arts := map[string]*model.Article{}
	p := &pipeline.Pipeline{Stages: sts}
	for r := range p.Run(ctx, ingest.Documents(ctx, u.Inputs, ingest.Options{})) {
		if r.Err != nil {
			continue // the corpus's no-article page
		}
		name, err := u.Name(r.Origin, r.Article.URL)
		if err != nil {
			return err
		}
		arts[name] = r.Article
	}
	sc, err := event.EvalDemo(env.Stdout, gold, arts, verbose)
	if err != nil {
		return err
	}
	if sc.BackgroundToday > 0 {
		fmt.Fprintf(env.Stdout, "%d background events dated to their article's day\n", sc.BackgroundToday)
	}
	if *goldName != firstGold {
		event.PrintAgreement(env.Stdout, firstGold, *goldName, event.CompareGold(first, gold))
		found, agreed := event.Consensus(arts, first, gold)
		fmt.Fprintf(env.Stdout, "events both %s and %s have: %d; coded: %d (%.1f%%)\n", firstGold, *goldName, agreed, found, 100*float64(found)/float64(max(agreed, 1)))
		n, of := event.Supported(arts, first, gold)
		fmt.Fprintf(env.Stdout, "coded events that %s or %s has: %d of %d (%.1f%%)\n", firstGold, *goldName, n, of, 100*float64(n)/float64(max(of, 1)))
	}
	return ctx.Err()
}

// firstGold is the demo's first annotation of events, written before
// the coder.
const firstGold = "events.tsv"

// readDemoGold reads the gold events file name of the demo's gold folder.
func readDemoGold(name string) ([]event.GoldEvent, error) {
	f, err := demo.Gold().Open(name)
	if err != nil {
		return nil, fmt.Errorf("eval events: %w", err)
	}
	defer f.Close()
	gs, err := event.ReadGold(f)
	if err != nil {
		return nil, fmt.Errorf("eval events: %s: %w", name, err)
	}
	return gs, nil
}

// corpusManifest is the file of a --corpus folder that lists its
// articles and their publication dates.
const corpusManifest = "manifest.tsv"

// evalCorpus runs the analysis stages on the plain-text articles that
// dir's manifest.tsv lists, each dated as --date dates a plain-text
// input (the manifest's date gives a dateline its year and stands where
// the text gives none), and scores their events against the gold events file
// goldPath (demo/gold/events.tsv's format, its file column naming the
// manifest's files) as the demo is scored. The summary is labelled with
// dir's base name.
func evalCorpus(ctx context.Context, env Env, dir, goldPath string, verbose bool) error {
	dates, err := readManifest(filepath.Join(dir, corpusManifest))
	if err != nil {
		return err
	}
	f, err := os.Open(goldPath)
	if err != nil {
		return fmt.Errorf("eval events: %w", err)
	}
	gold, err := event.ReadGold(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("eval events: %s: %w", goldPath, err)
	}
	for _, g := range gold {
		if _, ok := dates[g.File]; !ok {
			return fmt.Errorf("eval events: %s names %q, which %s does not list", goldPath, g.File, filepath.Join(dir, corpusManifest))
		}
	}
	names := slices.Sorted(maps.Keys(dates))
	docs := make([]*model.Document, 0, len(names))
	for _, name := range names {
		body, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return fmt.Errorf("eval events: %w", err)
		}
		docs = append(docs, &model.Document{Origin: name, ContentType: "text/plain; charset=utf-8", Body: body, Hints: model.Hints{DefaultDate: dates[name]}})
	}
	sts, err := new(analysisFlags).stages()
	if err != nil {
		return err
	}
	p := &pipeline.Pipeline{Stages: sts}
	arts := map[string]*model.Article{}
	seq := func(yield func(*model.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}
	for r := range p.Run(ctx, seq) {
		if r.Err != nil {
			return fmt.Errorf("eval events: %w", r.Err)
		}
		arts[r.Article.Doc] = r.Article
	}
	sc, err := event.EvalCorpus(env.Stdout, filepath.Base(filepath.Clean(dir)), gold, arts, verbose)
	if err != nil {
		return err
	}
	if sc.BackgroundToday > 0 {
		fmt.Fprintf(env.Stdout, "%d background events dated to their article's day\n", sc.BackgroundToday)
	}
	return ctx.Err()
}

// readManifest reads a --corpus folder's manifest: a header line, then
// rows of file and publication date (YYYY-MM-DD), tab-separated.
func readManifest(path string) (map[string]time.Time, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("eval events: %w", err)
	}
	dates := map[string]time.Time{}
	for n, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		if n == 0 || strings.TrimSpace(line) == "" {
			continue
		}
		name, day, ok := strings.Cut(line, "\t")
		if !ok || strings.Contains(day, "\t") || name == "" {
			return nil, fmt.Errorf("eval events: %s line %d: want file and published, tab-separated", path, n+1)
		}
		t, err := time.Parse(time.DateOnly, strings.TrimSpace(day))
		if err != nil {
			return nil, fmt.Errorf("eval events: %s line %d: published %q: want YYYY-MM-DD", path, n+1, day)
		}
		if _, dup := dates[name]; dup {
			return nil, fmt.Errorf("eval events: %s line %d: %s listed twice", path, n+1, name)
		}
		dates[name] = t
	}
	if len(dates) == 0 {
		return nil, fmt.Errorf("eval events: %s lists no articles", path)
	}
	return dates, nil
}
