package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// config is what the flags set.
type config struct {
	data         string
	cpus         int
	passes       int
	reloadPasses int
	reloadDocs   int
	write        string
	noSpeed      bool
	speedOnly    bool
	minTime      time.Duration
	cpuProfile   string
}

func main() {
	var cfg config
	flag.StringVar(&cfg.data, "data", "../../../shared/data", "`dir` holding ud_english_ewt, ud_english_gum and uner_english_ewt")
	flag.IntVar(&cfg.cpus, "cpus", 1, "GOMAXPROCS for the whole run")
	flag.IntVar(&cfg.passes, "passes", 5, "timed passes per throughput row; the best is kept")
	flag.IntVar(&cfg.reloadPasses, "reload-passes", 1, "passes for prose loading its models on every call (slow)")
	flag.IntVar(&cfg.reloadDocs, "reload-docs", 20, "documents read by the prose row that loads its models on every call")
	flag.StringVar(&cfg.write, "write", "", "also write the report as the Language engine section of this Markdown `file`")
	flag.StringVar(&cfg.cpuProfile, "cpuprofile", "", "write a CPU profile of the casus full-pipeline row to `file`")
	flag.BoolVar(&cfg.noSpeed, "nospeed", false, "skip the throughput rows")
	flag.DurationVar(&cfg.minTime, "mintime", 0, "go on with each throughput row's passes until they span this `duration` (0: exactly -passes)")
	flag.BoolVar(&cfg.speedOnly, "speedonly", false, "measure casus's throughput rows only, without prose, accuracy or report (for repeated runs)")
	flag.Parse()
	if flag.NArg() > 0 || cfg.cpus < 1 || cfg.passes < 1 || cfg.minTime < 0 || cfg.speedOnly && (cfg.noSpeed || cfg.write != "") {
		flag.Usage()
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, cfg, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "nlp bench:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, cfg config, stdout, stderr io.Writer) error {
	runtime.GOMAXPROCS(cfg.cpus)
	rep := report{
		Command: "cd bench/nlp && go run . " + strings.Join(os.Args[1:], " "),
		Date:    time.Now().UTC(),
		Machine: machine(),
		Go:      runtime.Version(),
		CPUs:    cfg.cpus,
		Passes:  cfg.passes,
		LoadIn:  loadAverage(),
		Source:  sourceState(ctx),
	}
	logf := func(format string, args ...any) { fmt.Fprintf(stderr, format+"\n", args...) }
	if cfg.speedOnly {
		return runSpeedOnly(ctx, cfg, logf)
	}

	t0 := time.Now()
	c, err := newCasus()
	if err != nil {
		return fmt.Errorf("casus: %w", err)
	}
	rep.CasusLoad = time.Since(t0)
	t0 = time.Now()
	p := newProse()
	rep.ProseLoad = time.Since(t0)
	logf("models loaded: casus %v, prose %v", rep.CasusLoad.Round(time.Millisecond), rep.ProseLoad.Round(time.Millisecond))

	ewt := filepath.Join(cfg.data, "ud_english_ewt", "en_ewt-ud-test.conllu")
	gum := filepath.Join(cfg.data, "ud_english_gum", "en_gum-ud-test.conllu")
	uner := filepath.Join(cfg.data, "uner_english_ewt", "en_ewt-ud-test.iob2")

	if rep.EWT, err = evalPOS(c, p, ewt); err != nil {
		return fmt.Errorf("EWT: %w", err)
	}
	logf("EWT: XPOS casus %.4f prose %.4f, UAS/LAS %.2f/%.2f", rep.EWT.Casus, rep.EWT.ProseGold.Accuracy(), rep.EWT.UAS, rep.EWT.LAS)
	if rep.GUM, err = evalPOS(c, p, gum); err != nil {
		return fmt.Errorf("GUM: %w", err)
	}
	logf("GUM: XPOS casus %.4f prose %.4f, UAS/LAS %.2f/%.2f", rep.GUM.Casus, rep.GUM.ProseGold.Accuracy(), rep.GUM.UAS, rep.GUM.LAS)
	if rep.NER, err = evalNER(c, p, uner); err != nil {
		return fmt.Errorf("UNER: %w", err)
	}
	logf("UNER: F1 casus %.4f (text %.4f) prose %.4f", rep.NER.CasusGold.Overall.F1(), rep.NER.CasusText.F1(), rep.NER.ProseText.F1())
	if rep.Sent, err = evalSentences(p, gum); err != nil {
		return fmt.Errorf("GUM sentences: %w", err)
	}
	logf("GUM sentences: F1 casus %.4f prose %.4f", rep.Sent.Casus.F1(), rep.Sent.Prose.F1())

	if !cfg.noSpeed {
		ss, err := readConllu(ewt)
		if err != nil {
			return err
		}
		docs := documents(golds(ss))
		rep.SpeedDocs = len(docs)
		sc := speedConfig{passes: cfg.passes, minTime: cfg.minTime, reloadPasses: cfg.reloadPasses, reloadDocs: cfg.reloadDocs, logf: logf}
		if cfg.cpuProfile != "" {
			f, err := os.Create(cfg.cpuProfile)
			if err != nil {
				return err
			}
			defer f.Close()
			sc.profile = f
		}
		rep.Speed, err = measureSpeed(ctx, c, p, docs, sc)
		if err != nil {
			return fmt.Errorf("throughput: %w", err)
		}
	}
	rep.LoadOut = loadAverage()

	section := rep.markdown()
	if _, err := io.WriteString(stdout, section); err != nil {
		return err
	}
	if cfg.write != "" {
		return writeSection(cfg.write, section)
	}
	return nil
}

// runSpeedOnly loads casus's models and logs its throughput rows and the
// load average before and after, for runs repeated to see how the rates
// spread from run to run.
func runSpeedOnly(ctx context.Context, cfg config, logf func(string, ...any)) error {
	t0 := time.Now()
	c, err := newCasus()
	if err != nil {
		return fmt.Errorf("casus: %w", err)
	}
	logf("models loaded: casus %v, load average %s", time.Since(t0).Round(time.Millisecond), loadAverage())
	ss, err := readConllu(filepath.Join(cfg.data, "ud_english_ewt", "en_ewt-ud-test.conllu"))
	if err != nil {
		return err
	}
	sc := speedConfig{passes: cfg.passes, minTime: cfg.minTime, casusOnly: true, logf: logf}
	if _, err := measureSpeed(ctx, c, nil, documents(golds(ss)), sc); err != nil {
		return fmt.Errorf("throughput: %w", err)
	}
	logf("load average %s", loadAverage())
	return nil
}

// writeSection replaces the Language engine section of the Markdown file
// name with section, or appends it.
func writeSection(name, section string) error {
	old, err := os.ReadFile(name)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return os.WriteFile(name, []byte(replaceSection(string(old), sectionHeading, section)), 0o644)
}

// enginePaths returns the packages whose state the report records.
func enginePaths() []string {
	return []string{"segment", "tag", "parse", "ner", "nlp", "conllu", "model"}
}

// sourceState names the commit of the casus tree the harness is built from
// (through the replace directive, the working tree) and the engine
// packages that differ from it, or says it cannot tell.
func sourceState(ctx context.Context) string {
	git := func(args ...string) (string, error) {
		out, err := exec.CommandContext(ctx, "git", args...).Output()
		return strings.TrimSpace(string(out)), err
	}
	top, err := git("rev-parse", "--show-toplevel")
	if err != nil {
		return "casus commit unknown (not in a git work tree)"
	}
	head, err := git("-C", top, "rev-parse", "--short", "HEAD")
	if err != nil {
		return "casus commit unknown"
	}
	paths := enginePaths()
	st, err := git(append([]string{"-C", top, "status", "--porcelain", "--"}, paths...)...)
	if err != nil {
		return "casus commit " + head
	}
	if st == "" {
		return fmt.Sprintf("casus commit %s, engine packages (%s) unmodified", head, strings.Join(paths, ", "))
	}
	changed := make(map[string]bool)
	for _, l := range strings.Split(st, "\n") {
		if len(l) > 3 {
			dir, _, _ := strings.Cut(l[3:], "/")
			changed[dir] = true
		}
	}
	var names []string
	for _, p := range paths {
		if changed[p] {
			names = append(names, p)
		}
	}
	return fmt.Sprintf("casus commit %s with uncommitted changes in %s", head, strings.Join(names, ", "))
}

// machine describes the processor.
func machine() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
				return fmt.Sprintf("%d cores, %s", runtime.NumCPU(), strings.TrimSpace(v))
			}
		}
	}
	return fmt.Sprintf("%d cores, %s/%s", runtime.NumCPU(), runtime.GOOS, runtime.GOARCH)
}

// loadAverage returns the one-minute load average, or "" where the system
// does not say.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return ""
	}
	return f[0]
}
