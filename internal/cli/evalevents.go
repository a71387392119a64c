package cli

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

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
	if err := fs.Parse(args); err != nil {
		return usageErrorf("%v", err)
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

// hypotheticalUsage is the usage of the suites' --hypothetical flag.
const hypotheticalUsage = "code events that only may happen, as the peers do and their suites expect; false scores casus's default coding (see casus run --hypothetical)"

// evalTabari runs TABARI's validation suite from its .project file:
// casus eval tabari [--hypothetical=false] Validate.project.
func evalTabari(ctx context.Context, env Env, args []string, verbose bool) error {
	fs := flag.NewFlagSet("eval tabari", flag.ContinueOnError)
	hyp := fs.Bool("hypothetical", true, hypotheticalUsage)
	if err := fs.Parse(args); err != nil {
		return usageErrorf("%v", err)
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
// instead, and prints how far that annotation and the first agree.
func evalEvents(ctx context.Context, env Env, args []string, verbose bool) error {
	fs := flag.NewFlagSet("eval events", flag.ContinueOnError)
	goldName := fs.String("gold", firstGold, "the annotation to score against, a file of the demo's gold folder (events2.tsv: a second, blind annotation)")
	if err := fs.Parse(args); err != nil {
		return usageErrorf("%v", err)
	}
	if fs.NArg() != 0 {
		return usageErrorf("eval events takes no arguments: it scores the built-in demo corpus")
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
