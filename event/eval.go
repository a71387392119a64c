package event

import (
	"bufio"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/nlp"
)

// ErrGold reports a malformed gold or validation file.
var ErrGold = errors.New("malformed gold file")

// Triple is an event as validation suites state it.
type Triple struct{ Source, Target, Code string }

// Tally counts expected, found and extra events.
type Tally struct {
	// Expected counts expected events, Found those coded, Extra coded
	// events that were not expected and Coded all coded events.
	Expected, Found, Extra, Coded int
}

func (t *Tally) add(o Tally) {
	t.Expected += o.Expected
	t.Found += o.Found
	t.Extra += o.Extra
	t.Coded += o.Coded
}

// Recall is Found/Expected (1 when nothing was expected).
func (t Tally) Recall() float64 {
	if t.Expected == 0 {
		return 1
	}
	return float64(t.Found) / float64(t.Expected)
}

// ExtraRate is Extra/Expected, the suites' measure of over-coding.
func (t Tally) ExtraRate() float64 {
	if t.Expected == 0 {
		return 0
	}
	return float64(t.Extra) / float64(t.Expected)
}

// Precision is the share of coded events that were expected.
func (t Tally) Precision() float64 {
	if t.Coded == 0 {
		return 1
	}
	return float64(t.Coded-t.Extra) / float64(t.Coded)
}

// SuiteScore is the result of a validation suite: totals and a Tally per
// category of record.
type SuiteScore struct {
	Total      Tally
	Categories map[string]*Tally
	// Records counts the records coded, Skipped those not scored
	// because they test the suite's parse trees, which casus does not
	// read.
	Records, Skipped int
	// Unlisted counts the events coded beyond the expectations of
	// records whose lists the suite marks incomplete (a deactivated
	// "-{...}" expectation, TABARI's "listed below aren't complete"):
	// they are not counted as extra.
	Unlisted int
}

// compare matches coded against expected events as multisets.
func compare(expected, coded []Triple) Tally {
	t := Tally{Expected: len(expected), Coded: len(coded)}
	used := make([]bool, len(coded))
	for _, e := range expected {
		for i, c := range coded {
			if !used[i] && c == e {
				used[i] = true
				t.Found++
				break
			}
		}
	}
	for _, u := range used {
		if !u {
			t.Extra++
		}
	}
	return t
}

// compareConvention matches coded against expected events as compare
// does, under two conventions of hand-written gold that compare does not
// grant: a coded code matches a three-digit expected code it is a
// four-digit child of ("1122" for "112"), and the reverse of a matched
// symmetric event (roots 03 to 06: intend, consult, cooperate, aid), which
// gold often writes in one direction only, is set aside, neither found nor
// extra; so is a further party of a matched event's predicate (pred[i] is
// coded[i]'s predicate span): an event of the same code and the same
// predicate that shares the matched one's source or its target but not
// both ("Finland, Estonia and Germany" summoned), as gold writes one
// event per snippet. Exact matches are taken before child matches.
func compareConvention(expected, coded []Triple, pred []model.Span) Tally {
	used := make([]bool, len(coded))
	found := make([]int, len(expected)) // index+1 of the coded event matched
	for pass := 0; pass < 2; pass++ {
		for j, e := range expected {
			if found[j] != 0 {
				continue
			}
			for i, c := range coded {
				if used[i] || c.Source != e.Source || c.Target != e.Target {
					continue
				}
				if c.Code == e.Code || pass == 1 && childCode(c.Code, e.Code) {
					used[i], found[j] = true, i+1
					break
				}
			}
		}
	}
	t := Tally{Expected: len(expected), Coded: len(coded)}
	aside := make([]bool, len(coded))
	for _, f := range found {
		if f == 0 {
			continue
		}
		t.Found++
		m := coded[f-1]
		if p := pred[f-1]; p != (model.Span{}) {
			for i, c := range coded {
				if !used[i] && !aside[i] && pred[i] == p && c.Code == m.Code && (c.Source == m.Source) != (c.Target == m.Target) {
					aside[i] = true
				}
			}
		}
		if !symmetric(m.Code) {
			continue
		}
		for i, c := range coded {
			if !used[i] && !aside[i] && c.Source == m.Target && c.Target == m.Source && c.Code == m.Code {
				aside[i] = true
				break
			}
		}
	}
	for i := range coded {
		switch {
		case aside[i]:
			t.Coded--
		case !used[i]:
			t.Extra++
		}
	}
	return t
}

// childCode reports whether code is a four-digit CAMEO child of the
// three-digit parent.
func childCode(code, parent string) bool {
	return len(parent) == 3 && len(code) == 4 && strings.HasPrefix(code, parent)
}

// symmetric reports whether a CAMEO code is of the roots whose events gold
// may write in one direction for both parties: 03 (intend to cooperate),
// 04 (consult), 05 (diplomatic cooperation) and 06 (material cooperation).
func symmetric(code string) bool {
	switch root(code) {
	case "03", "04", "05", "06":
		return true
	}
	return false
}

// Triples returns the source, target and code of each event, as the
// evaluations match them; a missing actor has the empty code.
func Triples(evs []model.Event) []Triple {
	out := make([]Triple, 0, len(evs))
	for _, e := range evs {
		var s, t string
		if e.Source != nil {
			s = e.Source.Code
		}
		if e.Target != nil {
			t = e.Target.Code
		}
		out = append(out, Triple{s, t, e.Code})
	}
	return out
}

// report prints per-category pass counts and the last line "N passed, M
// failed", where an expected event passes when it is found.
func (s *SuiteScore) report(w io.Writer) {
	names := make([]string, 0, len(s.Categories))
	for n := range s.Categories {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		t := s.Categories[n]
		fmt.Fprintf(w, "%-12s %3d/%3d found, %3d extra\n", n, t.Found, t.Expected, t.Extra)
	}
	t := s.Total
	if s.Skipped > 0 {
		fmt.Fprintf(w, "skipped %d records that test the suite's own parse trees\n", s.Skipped)
	}
	if s.Unlisted > 0 {
		fmt.Fprintf(w, "not extra: %d events beyond the lists of records the suite marks incomplete (-{...})\n", s.Unlisted)
	}
	fmt.Fprintf(w, "records %d; expected %d, found %d (%.1f%%), extra %d (%.1f%% of expected)\n",
		s.Records, t.Expected, t.Found, 100*t.Recall(), t.Extra, 100*t.ExtraRate())
	fmt.Fprintf(w, "%d passed, %d failed\n", t.Found, t.Expected-t.Found)
}

// suiteRecord is one record of a validation suite.
type suiteRecord struct {
	id, category string
	date         time.Time
	text         string
	expected     []Triple
	// options are the "{ OPTION: ... }" bodies of the record's comment,
	// which apply from this record on.
	options []string
	// parseTest reports a PETRARCH record that tests the suite's own
	// parse tree (error="bad_input_parse"), which casus does not read:
	// it is not scored.
	parseTest bool
	// partial reports a record whose comment deactivates an expectation
	// ("-{ --- / --- / 000 }", "-{ DAG / ARN / 031 }"): the suite does
	// not list all it codes, so events beyond the list are not extra.
	partial bool
}

func (s *SuiteScore) code(ctx context.Context, c *Coder, a *nlp.Analyzer, r suiteRecord) ([]Triple, []model.Event) {
	doc := a.Analyze(r.text)
	art := &model.Article{Text: r.text, Published: model.Day(r.date)}
	evs := c.Code(ctx, art, doc, nil, nil)
	got := Triples(evs)
	t := compare(r.expected, got)
	if r.partial {
		s.Unlisted += t.Extra
		t.Extra = 0
	}
	if s.Categories == nil {
		s.Categories = map[string]*Tally{}
	}
	ct := s.Categories[r.category]
	if ct == nil {
		ct = new(Tally)
		s.Categories[r.category] = ct
	}
	ct.add(t)
	s.Total.add(t)
	s.Records++
	return got, evs
}

// EvalPetrarch runs the PETRARCH unit-test suite at path (an XML file of
// <Sentence> records) with the dictionaries in dictsDir, coding each
// sentence's raw text with a (the suite's parse trees are not used, and
// the records that test PETRARCH's handling of a malformed tree,
// error="bad_input_parse", are set aside and counted as skipped). It
// prints per-category pass counts to w and a last line "N passed, M
// failed"; with opt.Verbose it also prints each record that did not
// pass.
func EvalPetrarch(ctx context.Context, w io.Writer, a *nlp.Analyzer, path, dictsDir string, opt SuiteOptions) (SuiteScore, error) {
	c, err := suiteCoder(dictsDir, "---", opt)
	if err != nil {
		return SuiteScore{}, fmt.Errorf("eval petrarch: %w", err)
	}
	f, err := os.Open(path)
	if err != nil {
		return SuiteScore{}, fmt.Errorf("eval petrarch: %w", err)
	}
	defer f.Close()
	recs, err := readPetrarch(f)
	if err != nil {
		return SuiteScore{}, fmt.Errorf("eval petrarch %s: %w", path, err)
	}
	return runSuite(ctx, w, c, a, recs, opt.Verbose)
}

// SuiteOptions change how EvalPetrarch and EvalTabari run a suite.
type SuiteOptions struct {
	// Verbose prints each record that did not pass.
	Verbose bool
	// Realised codes deeds and words that only may happen as a Coder
	// does by default (Coder.Unrealised unset), not as the peers do and
	// their suites expect.
	Realised bool
}

// suiteCoder returns a coder for a peer's validation suite: its own
// dictionaries from dir, country-less agents written with unknown ("---"
// for PETRARCH, "~" for TABARI), a bare agent given no country from
// earlier in its own sentence (actor.Resolver.Local), capitals coded as
// their countries, and deeds that may happen coded (Coder.Unrealised), as
// the peers do, unless opt.Realised.
func suiteCoder(dir, unknown string, opt SuiteOptions) (*Coder, error) {
	d, err := dict.LoadDir(dir)
	if err != nil {
		return nil, err
	}
	c, err := New(d)
	if err != nil {
		return nil, err
	}
	c.Resolver().Unknown = unknown
	c.Resolver().Local = true
	c.Unrealised = !opt.Realised
	return c, nil
}

// runSuite codes every record with c, applying each record's options
// first, and reports the per-category counts to w; verbose also prints
// each record that did not pass with the pattern of each event coded.
func runSuite(ctx context.Context, w io.Writer, c *Coder, a *nlp.Analyzer, recs []suiteRecord, verbose bool) (SuiteScore, error) {
	var sc SuiteScore
	st := suiteState{c: c}
	var prevStory string
	var prev model.Actor
	for _, r := range recs {
		if err := ctx.Err(); err != nil {
			return sc, err
		}
		for _, o := range r.options {
			st.set(o)
		}
		if r.parseTest {
			sc.Skipped++
			continue
		}
		c.Forward = model.Actor{}
		if st.forward && prevStory != "" && story(r.id) == prevStory {
			c.Forward = prev
		}
		got, evs := sc.code(ctx, c, a, r)
		if st.forward {
			prevStory, prev = story(r.id), firstActor(c, a, r)
		}
		if verbose {
			if t := compare(r.expected, got); t.Found < t.Expected || t.Extra > 0 && !r.partial {
				fmt.Fprintf(w, "%s: want %v got %v\n\t%s\n", r.id, r.expected, got, r.text)
				for i, e := range evs {
					fmt.Fprintf(w, "\t\t%v: %s\n", got[i], e.Pattern)
				}
			}
		}
	}
	c.Forward = model.Actor{}
	sc.report(w)
	return sc, nil
}

// story returns the story a record belongs to for TABARI's FORWARD
// option: its ID without the sentence number after the last '-'
// ("FRWD-001" of "FRWD-001-002").
func story(id string) string {
	if i := strings.LastIndexByte(id, '-'); i > 0 {
		return id[:i]
	}
	return id
}

// firstActor returns the first actor a record's text names, without the
// agent a country took ("Fornost President" forwards Fornost), as
// TABARI's FORWARD option carries it into the story's next sentence. A
// pronoun that was itself forwarded is not an actor named.
func firstActor(c *Coder, a *nlp.Analyzer, r suiteRecord) model.Actor {
	doc := a.Analyze(r.text)
	for _, ms := range c.Resolver().Resolve(doc.Sentences, doc.Entities, r.date) {
		for _, m := range ms {
			if m.Kind != actor.Named || m.Code == "" {
				continue
			}
			act := m.Actor
			if m.Agent != "" && m.Country != "" {
				act.Code, act.Name = m.Country, m.Country
			}
			return act
		}
	}
	return model.Actor{}
}

// readPetrarch reads the <Sentence> records of a PETRARCH validation file.
func readPetrarch(r io.Reader) ([]suiteRecord, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	var out []suiteRecord
	var cur *suiteRecord
	inText := false
	var text strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, fmt.Errorf("%w: %v", ErrGold, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "Sentence":
				cur = &suiteRecord{}
				for _, at := range t.Attr {
					switch at.Name.Local {
					case "id":
						cur.id = at.Value
					case "category":
						cur.category = at.Value
					case "date":
						cur.date, _ = time.Parse("20060102", at.Value)
					}
				}
			case "EventCoding":
				if cur == nil {
					continue
				}
				var tr Triple
				for _, at := range t.Attr {
					switch at.Name.Local {
					case "error":
						cur.parseTest = cur.parseTest || at.Value == "bad_input_parse"
					case "sourcecode":
						tr.Source = at.Value
					case "targetcode":
						tr.Target = at.Value
					case "eventcode":
						tr.Code = at.Value
					}
				}
				if tr.Code != "" {
					cur.expected = append(cur.expected, tr)
				}
			case "Text":
				inText = cur != nil
				text.Reset()
			}
		case xml.CharData:
			if inText {
				text.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "Text":
				if cur != nil {
					cur.text = strings.Join(strings.Fields(text.String()), " ")
				}
				inText = false
			case "Sentence":
				if cur != nil && cur.text != "" {
					out = append(out, *cur)
				}
				cur = nil
			}
		}
	}
}

// EvalTabari runs the TABARI validation suite named by a TABARI project
// file (Validate.project), with the dictionaries of the project's folder,
// up to the suite's final record. It prints what EvalPetrarch prints.
func EvalTabari(ctx context.Context, w io.Writer, a *nlp.Analyzer, projectPath string, opt SuiteOptions) (SuiteScore, error) {
	dir := filepath.Dir(projectPath)
	textFile, err := projectText(projectPath)
	if err != nil {
		return SuiteScore{}, err
	}
	c, err := suiteCoder(dir, "~", opt)
	if err != nil {
		return SuiteScore{}, fmt.Errorf("eval tabari: %w", err)
	}
	// TABARI's own default minimum sentence length (the suite's
	// MINWRD-Cancel record resets it to 8), then the project's options.
	c.MinWords = 8
	opts, err := projectOptions(projectPath)
	if err != nil {
		return SuiteScore{}, err
	}
	for _, o := range opts {
		setOption(c, o)
	}
	f, err := os.Open(filepath.Join(dir, textFile))
	if err != nil {
		return SuiteScore{}, fmt.Errorf("eval tabari: %w", err)
	}
	defer f.Close()
	recs, err := readTabari(f)
	if err != nil {
		return SuiteScore{}, fmt.Errorf("eval tabari %s: %w", textFile, err)
	}
	return runSuite(ctx, w, c, a, recs, opt.Verbose)
}

// optionsIn returns the bodies of the "{ OPTION: ... }" groups of a
// comment line ("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER").
func optionsIn(line string) []string {
	var out []string
	for {
		i := strings.Index(line, "OPTION:")
		if i < 0 {
			return out
		}
		line = line[i+len("OPTION:"):]
		j := strings.IndexByte(line, '}')
		if j < 0 {
			return append(out, strings.TrimSpace(line))
		}
		out = append(out, strings.TrimSpace(line[:j]))
		line = line[j+1:]
	}
}

// suiteState is the coder of a suite with the TABARI options that are
// not the Coder's own: FORWARD.
type suiteState struct {
	c       *Coder
	forward bool
}

// set applies one TABARI option to the suite.
func (st *suiteState) set(opt string) {
	name, rest, ok := strings.Cut(opt, ":")
	if ok && strings.TrimSpace(name) == "FORWARD" {
		f := strings.Fields(rest)
		st.forward = len(f) == 0 || f[len(f)-1] != "OFF"
		return
	}
	setOption(st.c, opt)
}

// setOption applies a TABARI option the coder knows to c: DEFAULT
// ("SOURCE [code]", "TARGET [code]", "PRIOR", or "OFF"), "COMPLEX:
// VERBS[n] CONJ[m]", "SET: CODE BY CLAUSE|SENTENCE", "SET: CODE ALL" and
// "SET: MINIMUM WORDS = n". Others are ignored.
func setOption(c *Coder, opt string) {
	name, rest, ok := strings.Cut(opt, ":")
	if !ok {
		return
	}
	switch strings.TrimSpace(name) {
	case "COMPLEX":
		c.MaxVerbs, c.MaxConj = bracketed(rest, "VERBS"), bracketed(rest, "CONJ")
		return
	case "DEFAULT":
	case "SET":
		switch strings.Join(strings.Fields(rest), " ") {
		case "CODE BY CLAUSE":
			c.CodeBy = CodeClause
			return
		case "CODE BY SENTENCE":
			c.CodeBy = CodeSentence
			return
		case "CODE ALL":
			c.CodeBy = CodeAll
			return
		}
		k, v, ok := strings.Cut(rest, "=")
		if !ok || strings.Join(strings.Fields(k), " ") != "MINIMUM WORDS" {
			return
		}
		f := strings.Fields(v)
		if len(f) == 0 {
			return
		}
		if n, err := strconv.Atoi(strings.TrimRight(f[0], "}")); err == nil && n >= 0 {
			c.MinWords = n
		}
		return
	default:
		return
	}
	f := strings.Fields(rest)
	if len(f) == 1 && f[0] == "OFF" {
		c.Default = Default{}
		return
	}
	for i := 0; i < len(f); i++ {
		switch f[i] {
		case "SOURCE", "TARGET":
			if i+1 >= len(f) {
				return
			}
			code := strings.Trim(f[i+1], "[]")
			if f[i] == "SOURCE" {
				c.Default.Source = code
			} else {
				c.Default.Target = code
			}
			i++
		case "PRIOR":
			c.Default.Prior = true
		case "AFTER":
			c.Default.After = true
		}
	}
}

// bracketed returns n of "NAME[n]" in an option's text, or 0.
func bracketed(opt, name string) int {
	i := strings.Index(opt, name+"[")
	if i < 0 {
		return 0
	}
	rest := opt[i+len(name)+1:]
	j := strings.IndexByte(rest, ']')
	if j < 0 {
		return 0
	}
	n, err := strconv.Atoi(strings.TrimSpace(rest[:j]))
	if err != nil || n < 0 {
		return 0
	}
	return n
}

// projectText returns the <textfile> a TABARI project file names.
func projectText(path string) (string, error) {
	name, err := projectFile(path, "<textfile>")
	if err != nil {
		return "", err
	}
	if name == "" {
		return "", fmt.Errorf("eval tabari %s: %w: no <textfile>", path, ErrGold)
	}
	return name, nil
}

// projectFile returns the file a TABARI project file names with tag
// ("<textfile>"), or "" when it names none.
func projectFile(path, tag string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("eval tabari: %w", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if rest, ok := strings.CutPrefix(line, tag); ok {
			if name := strings.TrimSpace(rest); name != "" {
				return name, nil
			}
		}
	}
	return "", nil
}

// projectOptions returns the option lines of the <optionsfile> a TABARI
// project file names ("DEFAULT: ...", "SET: ..."), without "//" comments;
// none when it names no options file.
func projectOptions(path string) ([]string, error) {
	name, err := projectFile(path, "<optionsfile>")
	if err != nil || name == "" {
		return nil, err
	}
	b, err := os.ReadFile(filepath.Join(filepath.Dir(path), name))
	if err != nil {
		return nil, fmt.Errorf("eval tabari: options: %w", err)
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.Index(line, "//"); i >= 0 {
			line = line[:i]
		}
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out, nil
}

// readTabari reads the records of a TABARI validation text file: a
// "YYMMDD ID" line, the text, and a /* ... */ comment holding the expected
// events as "{ SOURCE / TARGET / CODE }" ("{ +++ }" for none, "-{...}"
// not counted). Reading stops after the FINAL record.
func readTabari(r io.Reader) ([]suiteRecord, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var out []suiteRecord
	var cur *suiteRecord
	var text []string
	inComment := false
	flush := func() {
		if cur != nil {
			cur.text = strings.Join(strings.Fields(strings.Join(text, " ")), " ")
			if cur.text != "" && !strings.HasPrefix(cur.id, "FINAL") {
				out = append(out, *cur)
			}
		}
		cur, text, inComment = nil, nil, false
	}
	prevBlank := false
	for sc.Scan() {
		line := sc.Text()
		blank := prevBlank
		prevBlank = strings.TrimSpace(line) == ""
		// A record header after a blank line starts a new record even
		// when the comment before it was left unclosed.
		if cur == nil || !inComment && len(text) == 0 || inComment && blank {
			if f := strings.Fields(line); len(f) >= 2 && len(f[0]) == 6 && allDigits(f[0]) {
				if cur != nil && strings.HasPrefix(cur.id, "FINAL") {
					break
				}
				flush()
				cur = &suiteRecord{id: f[1], category: category(f[1])}
				cur.date, _ = time.Parse("060102", f[0])
				continue
			}
		}
		if cur == nil || strings.HasPrefix(line, "#") {
			continue
		}
		if !inComment {
			if i := strings.Index(line, "/*"); i >= 0 {
				text = append(text, line[:i])
				line = line[i:]
				inComment = true
			} else if strings.TrimSpace(line) == "" {
				if len(text) > 0 {
					if strings.HasPrefix(cur.id, "FINAL") {
						flush()
						break
					}
					flush()
				}
				continue
			} else {
				text = append(text, line)
				continue
			}
		}
		cur.expected = append(cur.expected, expectedEvents(line)...)
		if strings.Contains(line, "-{") {
			cur.partial = true
		}
		cur.options = append(cur.options, optionsIn(line)...)
		if strings.Contains(line, "*/") {
			if strings.HasPrefix(cur.id, "FINAL") {
				flush()
				break
			}
			flush()
		}
	}
	if err := sc.Err(); err != nil {
		return out, err
	}
	flush()
	return out, nil
}

// expectedEvents reads the "{ A / B / C }" groups of a comment line.
func expectedEvents(line string) []Triple {
	var out []Triple
	for {
		i := strings.IndexByte(line, '{')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(line[i:], '}')
		if j < 0 {
			return out
		}
		body := line[i+1 : i+j]
		neg := i > 0 && line[i-1] == '-'
		line = line[i+j+1:]
		if neg || strings.Contains(body, "OPTION") {
			continue
		}
		f := strings.Split(body, "/")
		if len(f) != 3 {
			continue
		}
		t := Triple{strings.TrimSpace(f[0]), strings.TrimSpace(f[1]), strings.TrimSpace(f[2])}
		if t.Source == "" || t.Code == "" {
			continue
		}
		out = append(out, t)
	}
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// category is the record ID without its number: "DEMO" of "DEMO-01".
func category(id string) string {
	if i := strings.IndexByte(id, '-'); i > 0 {
		return id[:i]
	}
	return id
}
