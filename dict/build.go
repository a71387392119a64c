package dict

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// BuildConfig says where Build reads and writes. Paths are relative to
// the working directory; the zero value suits the repository root.
type BuildConfig struct {
	// Data is the shared data folder (default "../shared/data"): the
	// PETRARCH-2 dictionaries, CAMEO tables and leader tables.
	Data string
	// Dir is the package's data folder (default "dict/data"): it holds
	// supplement.txt, supplement.agents.txt and supplement.verbs.txt
	// and receives dicts.bin
	// and BUILD.txt (the build log).
	Dir string
	// Log, when set, receives progress lines.
	Log io.Writer
}

func (c *BuildConfig) defaults() {
	if c.Data == "" {
		c.Data = filepath.Join("..", "shared", "data")
	}
	if c.Dir == "" {
		c.Dir = filepath.Join("dict", "data")
	}
	if c.Log == nil {
		c.Log = io.Discard
	}
}

// Build compiles casus's dictionaries: the PETRARCH-2 dictionaries named
// by PETR_config.ini, the casus supplements, and heads of state and
// government from the Wikidata and Factbook leader tables (holding
// office in 2014 or later). It writes Dir/dicts.bin, which the package
// embeds, and Dir/BUILD.txt, a log of counts, skipped lines and leader
// decisions.
func Build(ctx context.Context, cfg BuildConfig) error {
	cfg.defaults()
	petr := filepath.Join(cfg.Data, "dictionaries", "petrarch2")
	files, err := dirFiles(petr)
	if err != nil {
		return err
	}
	var src Sources
	var warns []error
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		fmt.Fprintf(cfg.Log, "dict: reading %s (%s)\n", f.path, f.kind)
		if err := loadFile(&src, f, &warns); err != nil {
			return err
		}
	}
	// Before the supplements, which may code a portfolio as they mean.
	nPortfolio := portfolioGov(src.Agents)
	// The upstream files are read leniently: their known slips are
	// skipped and logged. The supplements are ours, so a line they
	// cannot read is a mistake to mend (a merge's conflict markers were
	// once skipped silently), and the build stops on it.
	upstreamWarns := len(warns)
	fmt.Fprintf(cfg.Log, "dict: %d agents of a civil portfolio recoded ~GOV\n", nPortfolio)
	for _, f := range supplementFiles(cfg.Dir) {
		fmt.Fprintf(cfg.Log, "dict: reading %s (%s)\n", f.path, f.kind)
		if err := loadFile(&src, f, &warns); err != nil {
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	var verbNotes []string
	if src.Verbs != nil {
		path := filepath.Join(cfg.Dir, VerbSupplementFile)
		fmt.Fprintf(cfg.Log, "dict: merging %s into the verb blocks\n", path)
		n, w, err := readVerbSupplement(src.Verbs, path)
		if err != nil {
			return err
		}
		verbNotes, warns = n, append(warns, w...)
	}
	if bad := warns[upstreamWarns:]; len(bad) > 0 {
		return fmt.Errorf("dict: %d unreadable lines in casus's supplements, the first: %w", len(bad), bad[0])
	}

	cc, err := readFileWith(filepath.Join(cfg.Data, "cameo", "CAMEO.country.txt"), readCountryCodes)
	if err != nil {
		return err
	}
	leadersDir := filepath.Join(cfg.Data, "leaders")
	var wdNotes []LeaderNote
	wd, err := readFileWith(filepath.Join(leadersDir, WikidataHeadsFile), func(r io.Reader) ([]Leader, error) {
		l, n, err := readWikidataHeads(r, cc, 2014)
		wdNotes = n
		return l, err
	})
	if err != nil {
		return err
	}
	fb, err := readFileWith(filepath.Join(leadersDir, FactbookFile), func(r io.Reader) (map[string][]factbookPerson, error) {
		return readFactbook(r, cc)
	})
	if err != nil {
		return err
	}
	leaders, mergeNotes := mergeLeaders(wd, fb)
	var nEnt, nRoles int
	var addNotes []LeaderNote
	src.Actors, nEnt, nRoles, addNotes = addLeaders(src.Actors, leaders)

	d, err := Compile(src)
	if err != nil {
		return err
	}
	d.leaders = [2]int{nEnt, nRoles}
	d.stats.LeaderEntries, d.stats.LeaderRoles = nEnt, nRoles
	var buf bytes.Buffer
	if _, err := d.WriteTo(&buf); err != nil {
		return err
	}
	if err := writeFileAtomic(filepath.Join(cfg.Dir, "dicts.bin"), buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(cfg.Log, "dict: wrote %s (%d bytes)\n", filepath.Join(cfg.Dir, "dicts.bin"), buf.Len())

	var lg strings.Builder
	fmt.Fprintf(&lg, "# dict build log (written by dict.Build; do not edit)\n\n")
	fmt.Fprintf(&lg, "dicts.bin: %d bytes\n%+v\n\n", buf.Len(), d.Stats())
	fmt.Fprintf(&lg, "Agents of a civil portfolio recoded ~GOV: %d\n\n", nPortfolio)
	fmt.Fprintf(&lg, "## Skipped or repaired lines (%d)\n", len(warns))
	for _, w := range warns {
		fmt.Fprintf(&lg, "%v\n", w)
	}
	fmt.Fprintf(&lg, "\n## Verb supplement (%d blocks)\n", len(verbNotes))
	for _, n := range verbNotes {
		fmt.Fprintf(&lg, "%s\n", n)
	}
	fmt.Fprintf(&lg, "\n## Leaders: %d read, %d kept after merging, %d new entries, %d roles added\n", len(wd), len(leaders), nEnt, nRoles)
	sort.SliceStable(leaders, func(i, j int) bool { return leaders[i].Country < leaders[j].Country })
	for _, l := range leaders {
		approx := ""
		if l.Approx {
			approx = " (start year only)"
		}
		fmt.Fprintf(&lg, "%sGOV %-40s %s..%s%s  [%s]\n", l.Country, l.Name, l.Start, l.End, approx, l.Source)
	}
	fmt.Fprintf(&lg, "\n## Leader notes\n")
	for _, ns := range [][]LeaderNote{wdNotes, mergeNotes, addNotes} {
		for _, n := range ns {
			fmt.Fprintf(&lg, "%s %s (%s): %s\n", n.Leader.Country, n.Leader.Name, n.Leader.Office, n.Note)
		}
	}
	return writeFileAtomic(filepath.Join(cfg.Dir, "BUILD.txt"), []byte(lg.String()))
}

func readFileWith[T any](path string, read func(io.Reader) (T, error)) (T, error) {
	var zero T
	f, err := os.Open(path)
	if err != nil {
		return zero, fmt.Errorf("dict: %w", err)
	}
	defer f.Close()
	v, err := read(f)
	if err != nil {
		return zero, fmt.Errorf("dict: %s: %w", path, err)
	}
	return v, nil
}

func writeFileAtomic(path string, b []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return fmt.Errorf("dict: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("dict: %w", err)
	}
	return nil
}

// supplementFiles lists casus's own actor and agent supplements in dir,
// in the order Build reads them. TestSupplementFilesRead reads the same
// list, so a supplement added here is checked there too.
func supplementFiles(dir string) []dirFile {
	return []dirFile{
		{path: filepath.Join(dir, "supplement.txt"), kind: Actors},
		{path: filepath.Join(dir, "supplement.agents.txt"), kind: Agents},
	}
}
