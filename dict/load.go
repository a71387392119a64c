package dict

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Kind is the kind of a dictionary file.
type Kind int

// The kinds of dictionary file.
const (
	Unknown Kind = iota
	Actors
	Agents
	Verbs
	Discards
	Issues
)

var kindNames = [...]string{"unknown", "actors", "agents", "verbs", "discards", "issues"}

func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// LoadDir reads the dictionaries in dir and compiles them. When dir holds
// a PETRARCH config (PETR_config.ini) or a TABARI project file
// (*.project), the files it names are used; otherwise every file is
// classified by name ("actors", "agents", "verbs", "discards", "issues")
// or, failing that, by its contents. Bad lines are skipped; Warnings on
// the result lists them. A directory without any actor or verb file is an
// error.
func LoadDir(dir string) (*Dicts, error) {
	files, err := dirFiles(dir)
	if err != nil {
		return nil, err
	}
	var src Sources
	var warns []error
	for _, f := range files {
		src.ActorStems = src.ActorStems || f.tabari
		if err := loadFile(&src, f, &warns); err != nil {
			return nil, err
		}
	}
	if len(src.Actors) == 0 && src.Verbs == nil {
		return nil, fmt.Errorf("dict: %s: no actor or verb dictionaries found", dir)
	}
	d, err := Compile(src)
	if err != nil {
		return nil, err
	}
	d.warnings = warns
	return d, nil
}

// Warnings returns the lines skipped while loading, as *ParseError
// values.
func (d *Dicts) Warnings() []error { return d.warnings }

type dirFile struct {
	path string
	kind Kind
	// tabari reports a file named by a TABARI project file.
	tabari bool
}

// dirFiles lists the dictionary files of dir with their kinds.
func dirFiles(dir string) ([]dirFile, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("dict: %w", err)
	}
	for _, e := range ents {
		if strings.EqualFold(e.Name(), "PETR_config.ini") {
			return configFiles(dir, filepath.Join(dir, e.Name()))
		}
	}
	var proj []dirFile
	seen := map[string]bool{}
	for _, e := range ents {
		if strings.HasSuffix(strings.ToLower(e.Name()), ".project") {
			fs, err := projectFiles(dir, filepath.Join(dir, e.Name()))
			if err != nil {
				continue
			}
			for _, f := range fs {
				f.tabari = true
				if !seen[f.path] {
					seen[f.path] = true
					proj = append(proj, f)
				}
			}
		}
	}
	if len(proj) > 0 {
		sort.SliceStable(proj, func(i, j int) bool { return proj[i].kind < proj[j].kind })
		return proj, nil
	}
	var out []dirFile
	for _, e := range ents {
		if e.IsDir() {
			continue
		}
		p := filepath.Join(dir, e.Name())
		k := KindOfName(e.Name())
		if k == Unknown && !skipName(e.Name()) {
			k, err = sniff(p)
			if err != nil {
				return nil, err
			}
		}
		if k != Unknown {
			out = append(out, dirFile{path: p, kind: k})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].kind < out[j].kind })
	return out, nil
}

// KindOfName guesses a file's kind from its name, or Unknown.
func KindOfName(name string) Kind {
	n := strings.ToLower(filepath.Base(name))
	switch {
	case skipName(n):
		return Unknown
	case strings.Contains(n, "actor"):
		return Actors
	case strings.Contains(n, "agent"):
		return Agents
	case strings.Contains(n, "verb"):
		return Verbs
	case strings.Contains(n, "discard"):
		return Discards
	case strings.Contains(n, "issue"):
		return Issues
	}
	return Unknown
}

func skipName(n string) bool {
	n = strings.ToLower(n)
	for _, ext := range []string{".ini", ".project", ".options", ".text", ".xml", ".md", ".rng", ".go", ".bin", ".gz"} {
		if strings.HasSuffix(n, ext) {
			return true
		}
	}
	return strings.HasPrefix(n, ".") || strings.Contains(n, "preposition") || strings.HasPrefix(n, "readme")
}

// sniff guesses a file's kind from its first meaningful lines.
func sniff(path string) (Kind, error) {
	f, err := os.Open(path)
	if err != nil {
		return Unknown, fmt.Errorf("dict: %w", err)
	}
	defer f.Close()
	l := newLines(io.LimitReader(f, 1<<20), path)
	codes, indented := 0, 0
	for i := 0; i < 200; i++ {
		raw, _, ok := l.next()
		if !ok {
			break
		}
		t := strings.TrimSpace(raw)
		switch {
		case strings.HasPrefix(t, "---") || strings.HasPrefix(t, "- "):
			return Verbs, nil
		case strings.HasPrefix(strings.ToUpper(t), "<ISSUE"):
			return Issues, nil
		case strings.Contains(t, "[~") || strings.Contains(t, "~]") || strings.HasPrefix(t, "!") && strings.Contains(t, "="):
			return Agents, nil
		case strings.HasPrefix(t, "["):
			indented++
		case strings.Contains(t, "["):
			codes++
		}
	}
	if codes+indented >= 3 {
		return Actors, nil
	}
	return Unknown, nil
}

// configFiles reads the [Dictionaries] section of a PETRARCH config.
func configFiles(dir, path string) ([]dirFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("dict: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	section := ""
	seen := map[string]bool{}
	var out []dirFile
	for sc.Scan() {
		t := strings.TrimSpace(sc.Text())
		if t == "" || t[0] == '#' || t[0] == ';' {
			continue
		}
		if t[0] == '[' {
			section = strings.Trim(t, "[] ")
			continue
		}
		if !strings.EqualFold(section, "Dictionaries") {
			continue
		}
		k, v, ok := strings.Cut(t, "=")
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		if seen[k] {
			continue
		}
		seen[k] = true
		kind := map[string]Kind{"verbfile_name": Verbs, "actorfile_list": Actors, "agentfile_name": Agents,
			"discardfile_name": Discards, "issuefile_name": Issues}[k]
		if kind == Unknown {
			continue
		}
		for _, name := range strings.Split(v, ",") {
			if name = strings.TrimSpace(name); name != "" {
				out = append(out, dirFile{path: filepath.Join(dir, filepath.Base(name)), kind: kind})
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("dict: %s: %w", path, err)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].kind < out[j].kind })
	return out, nil
}

// projectFiles reads a TABARI project file's <actorsfile>, <verbsfile>
// and <agentsfile> lines.
func projectFiles(dir, path string) ([]dirFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var out []dirFile
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 {
			continue
		}
		kind := map[string]Kind{"<actorsfile>": Actors, "<verbsfile>": Verbs, "<agentsfile>": Agents}[strings.ToLower(fields[0])]
		if kind != Unknown {
			out = append(out, dirFile{path: filepath.Join(dir, filepath.Base(fields[1])), kind: kind})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].kind < out[j].kind })
	return out, sc.Err()
}

// loadFile reads one file into src, leniently, adding skipped lines to
// warns. Only I/O errors are returned.
func loadFile(src *Sources, df dirFile, warns *[]error) error {
	path, kind := df.path, df.kind
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("dict: %w", err)
	}
	defer f.Close()
	name := filepath.Base(path)
	note := func(err error) error {
		if err == nil {
			return nil
		}
		var pe *ParseError
		var me *multiError
		switch {
		case errors.As(err, &me):
			*warns = append(*warns, me.errs...)
		case errors.As(err, &pe):
			*warns = append(*warns, err)
		default:
			return fmt.Errorf("dict: %s: %w", path, err)
		}
		return nil
	}
	switch kind {
	case Actors:
		ar := NewActorReader(f)
		ar.File = name
		ar.Stems = df.tabari
		for {
			e, err := ar.Next()
			if err == io.EOF {
				return nil
			}
			var pe *ParseError
			if errors.As(err, &pe) {
				*warns = append(*warns, err)
				continue
			}
			if err != nil {
				return fmt.Errorf("dict: %s: %w", path, err)
			}
			src.Actors = append(src.Actors, e)
		}
	case Agents:
		a, err := readAgents(f, name, true)
		src.Agents = append(src.Agents, a...)
		return note(err)
	case Verbs:
		v, err := readVerbs(f, name, true)
		if src.Verbs == nil {
			src.Verbs = v
		} else {
			mergeVerbs(src.Verbs, v)
		}
		return note(err)
	case Discards:
		x, err := readDiscards(f, name, true)
		src.Discards = append(src.Discards, x...)
		return note(err)
	case Issues:
		x, err := readIssues(f, name, true)
		src.Issues = append(src.Issues, x...)
		return note(err)
	}
	return nil
}

// mergeVerbs adds b's synsets, blocks and transformations to a.
func mergeVerbs(a, b *VerbDict) {
	for k, s := range b.Synsets {
		a.Synsets[k] = s
	}
	a.Blocks = append(a.Blocks, b.Blocks...)
	a.Transformations = append(a.Transformations, b.Transformations...)
}
