package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
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
	causes := fs.Bool("causes", false, "also count where the gold events stand: whether their sentence names both actors, whether anything was coded there, how near the nearest event of the same root comes (counts only; no sentence is printed, so a held-out set stays unread)")
	against := fs.String("against", "", "score this annotation of the same articles against --gold's instead of casus, with the same matching (no pipeline runs): a file of the demo's gold folder, or with --corpus a path")
	if help, err := parseEvalFlags(env, fs, "casus eval events [--gold FILE] [--corpus DIR] [--against FILE] [--causes]", args); help || err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageErrorf("eval events takes no arguments: it scores the built-in demo corpus, or the folder --corpus names")
	}
	if *causes && *against != "" {
		return usageErrorf("eval events --causes counts where casus misses gold events; --against runs no pipeline, so they do not go together")
	}
	if *corpus != "" {
		goldSet := false
		fs.Visit(func(f *flag.Flag) { goldSet = goldSet || f.Name == "gold" })
		if !goldSet {
			return usageErrorf("eval events --corpus needs --gold FILE, the corpus's gold events")
		}
		if *against != "" {
			return evalCorpusAgainst(env, *corpus, *goldName, *against, verbose)
		}
		return evalCorpus(ctx, env, *corpus, *goldName, verbose, *causes)
	}
	if *against != "" {
		return evalDemoAgainst(env, *goldName, *against, verbose)
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
	if *causes {
		event.MissCauses(gold, arts).Print(env.Stdout)
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
func evalCorpus(ctx context.Context, env Env, dir, goldPath string, verbose, causes bool) error {
	dates, gold, err := readCorpus(dir, goldPath)
	if err != nil {
		return err
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
	if causes {
		event.MissCauses(gold, arts).Print(env.Stdout)
	}
	if sc.BackgroundToday > 0 {
		fmt.Fprintf(env.Stdout, "%d background events dated to their article's day\n", sc.BackgroundToday)
	}
	return ctx.Err()
}

// readCorpus reads the --corpus folder dir's manifest (its files'
// dates of publication) and its gold events file goldPath.
func readCorpus(dir, goldPath string) (map[string]time.Time, []event.GoldEvent, error) {
	dates, err := readManifest(filepath.Join(dir, corpusManifest))
	if err != nil {
		return nil, nil, err
	}
	gold, err := readCorpusGold(dir, goldPath, dates)
	if err != nil {
		return nil, nil, err
	}
	return dates, gold, nil
}

// readCorpusGold reads the gold events file path of the --corpus folder
// dir, whose manifest lists the files dates has; a row naming a file the
// manifest does not list is an error.
func readCorpusGold(dir, path string, dates map[string]time.Time) ([]event.GoldEvent, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval events: %w", err)
	}
	gold, err := event.ReadGold(f)
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("eval events: %s: %w", path, err)
	}
	for _, g := range gold {
		if _, ok := dates[g.File]; !ok {
			return nil, fmt.Errorf("eval events: %s names %q, which %s does not list", path, g.File, filepath.Join(dir, corpusManifest))
		}
	}
	return gold, nil
}

// evalCorpusAgainst scores the annotation againstPath of the --corpus
// folder dir against its annotation goldPath, as evalCorpus scores casus
// (event.AnnotationArticles): how far two annotations of the same
// articles agree under the matching casus is held to.
func evalCorpusAgainst(env Env, dir, goldPath, againstPath string, verbose bool) error {
	dates, gold, err := readCorpus(dir, goldPath)
	if err != nil {
		return err
	}
	other, err := readCorpusGold(dir, againstPath, dates)
	if err != nil {
		return err
	}
	return scoreAgainst(env, filepath.Base(goldPath), filepath.Base(againstPath), gold, other, dates, verbose)
}

// evalDemoAgainst scores the annotation against of the demo's gold
// folder against its annotation goldName, the articles dated by the
// folder's meta.tsv.
func evalDemoAgainst(env Env, goldName, against string, verbose bool) error {
	gold, err := readDemoGold(goldName)
	if err != nil {
		return err
	}
	other, err := readDemoGold(against)
	if err != nil {
		return err
	}
	dates, err := readDemoPublished()
	if err != nil {
		return err
	}
	return scoreAgainst(env, goldName, against, gold, other, dates, verbose)
}

// scoreAgainst prints the scores of the annotation other (named b)
// against gold (named a) with event.EvalCorpus: gold's events are the
// expected ones, other's take the place of the coded ones.
func scoreAgainst(env Env, a, b string, gold, other []event.GoldEvent, dates map[string]time.Time, verbose bool) error {
	arts, err := event.AnnotationArticles(other, dates, b)
	if err != nil {
		return fmt.Errorf("eval events: %w", err)
	}
	fmt.Fprintf(env.Stdout, "%s scored against %s as casus is scored: the gold events are %s's, the coded ones %s's\n", b, a, a, b)
	_, err = event.EvalCorpus(env.Stdout, b+" against "+a, gold, arts, verbose)
	return err
}

// readDemoPublished reads the publication date of each page of the
// demo's gold meta.tsv (columns file and published; an empty published
// is a page that states no date and is left out).
func readDemoPublished() (map[string]time.Time, error) {
	data, err := fs.ReadFile(demo.Gold(), "meta.tsv")
	if err != nil {
		return nil, fmt.Errorf("eval events: %w", err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	head := strings.Split(lines[0], "\t")
	fileCol, dayCol := slices.Index(head, "file"), slices.Index(head, "published")
	if fileCol < 0 || dayCol < 0 {
		return nil, fmt.Errorf("eval events: meta.tsv: want file and published columns")
	}
	dates := map[string]time.Time{}
	for n, line := range lines[1:] {
		c := strings.Split(line, "\t")
		if len(c) != len(head) {
			return nil, fmt.Errorf("eval events: meta.tsv line %d: %d fields, want %d", n+2, len(c), len(head))
		}
		if c[dayCol] == "" {
			continue
		}
		t, err := time.Parse(time.DateOnly, c[dayCol])
		if err != nil {
			return nil, fmt.Errorf("eval events: meta.tsv line %d: published %q: want YYYY-MM-DD", n+2, c[dayCol])
		}
		dates[c[fileCol]] = t
	}
	return dates, nil
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
