package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// run runs the casus command line in-process and returns its exit code and
// output.
func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(context.Background(), args, Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb})
	return code, out.String(), errb.String()
}

func TestHelp(t *testing.T) {
	code, out, _ := run(t, "", "help")
	if code != 0 {
		t.Fatalf("casus help: exit %d", code)
	}
	for _, c := range commands() {
		if !strings.Contains(out, c.Name) {
			t.Errorf("casus help does not list %q", c.Name)
		}
		code, out, _ := run(t, "", c.Name, "--help")
		if code != 0 {
			t.Errorf("casus %s --help: exit %d", c.Name, code)
		}
		if !strings.Contains(out, "usage: casus "+c.Name) || !strings.Contains(out, "Example") {
			t.Errorf("casus %s --help lacks usage line or examples:\n%s", c.Name, out)
		}
	}
	if code, _, _ := run(t, "", "no-such-command"); code != 2 {
		t.Errorf("unknown command: exit %d, want 2", code)
	}
	if code, _, _ := run(t, "", "extract", "--no-such-flag", "x"); code != 2 {
		t.Errorf("unknown flag: exit %d, want 2", code)
	}
	if code, _, errs := run(t, "", "extract"); code != 2 || !strings.Contains(errs, "no inputs") {
		t.Errorf("extract with no inputs: exit %d, stderr %q", code, errs)
	}
}

const storyPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Lisbon talks end without a deal | The Harbour Gazette</title>
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="article:published_time" content="2024-03-14T09:30:00Z">
<link rel="canonical" href="https://harbourgazette.example/world/lisbon-talks">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<article>
<h1>Lisbon talks end without a deal</h1>
<p class="byline">By Marta Quintela</p>
<p>LISBON, March 14 (Harbour Gazette) - Negotiators from Portugal and Morocco ended three days of talks on fishing rights in Lisbon on Thursday without reaching an agreement, officials from both delegations said.</p>
<p>The Portuguese delegation had proposed a five-year quota arrangement for the waters off the Moroccan coast, but Rabat asked for a higher annual fee and stricter monitoring of catches by independent inspectors.</p>
<p>Both sides said they would meet again in Rabat next month, and neither ruled out asking the European Commission to mediate if the next round also fails to produce a text both governments can sign.</p>
</article>
<aside class="newsletter">Sign up for our morning newsletter and never miss a story.</aside>
<footer>© 2024 The Harbour Gazette. All rights reserved.</footer>
</body></html>`

func TestExtractJSONL(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "story.html")
	binary := filepath.Join(dir, "photo.html")
	write(t, page, storyPage)
	write(t, binary, "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")
	code, out, _ := run(t, "", "extract", page, binary)
	if code != 1 {
		t.Errorf("exit %d, want 1 (one input failed)", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2:\n%s", len(lines), out)
	}
	var a map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &a); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"doc":       page,
		"url":       "https://harbourgazette.example/world/lisbon-talks",
		"published": "2024-03-14T09:30:00Z",
		"publisher": "The Harbour Gazette",
		"language":  "en",
	}
	for k, v := range want {
		if a[k] != v {
			t.Errorf("%s = %v, want %v", k, a[k], v)
		}
	}
	for _, k := range []string{"title", "source", "authors", "text"} {
		if _, ok := a[k]; !ok {
			t.Errorf("no %q field in %s", k, lines[0])
		}
	}
	text, _ := a["text"].(string)
	if !strings.Contains(text, "fishing rights") || !strings.Contains(text, "European Commission") {
		t.Errorf("body lost article text: %q", text)
	}
	for _, junk := range []string{"cookies", "newsletter", "All rights reserved", "Sport"} {
		if strings.Contains(text, junk) {
			t.Errorf("body kept boilerplate %q: %q", junk, text)
		}
	}
	var e map[string]string
	if err := json.Unmarshal([]byte(lines[1]), &e); err != nil {
		t.Fatal(err)
	}
	if e["doc"] != binary || e["error"] == "" {
		t.Errorf("failed page gave %s, want doc and error", lines[1])
	}
}

func TestExtractStdinAndText(t *testing.T) {
	code, out, errs := run(t, storyPage, "extract", "--format", "text", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "title: Lisbon talks end without a deal") {
		t.Errorf("text output lacks the title:\n%s", out)
	}
}

func write(t *testing.T, name, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// synthCorpus writes n distinct article pages under dir, plus exact
// copies of every tenth one under another name, and returns the number of
// distinct articles.
func synthCorpus(t *testing.T, dir string, n int) int {
	t.Helper()
	countries := []string{"Albania", "Iran", "Kenya", "Chile", "Japan", "Poland", "Egypt", "Peru", "Nepal", "Ghana", "Chad", "Laos"}
	verbs := []string{"signed a trade accord with", "recalled its ambassador from", "offered aid to", "accused", "hosted talks with", "condemned"}
	for i := range n {
		a, b := countries[i%len(countries)], countries[(i/len(countries)+i+1)%len(countries)]
		v := verbs[(i/7)%len(verbs)]
		body := fmt.Sprintf(`<html><head><title>Report %d</title><meta property="article:published_time" content="2023-%02d-%02d"></head><body>
<nav><a href="/">Home</a></nav><article><h1>%s %s %s</h1>
<p>%s on Tuesday %s %s in a move that officials in both capitals described as item number %d of the season, according to statements released by the two foreign ministries.</p>
<p>Analysts said the decision, the %d-th of its kind this decade, reflected growing pressure on the government of %s from its neighbours and from trading partners further afield.</p>
<p>Talks are expected to resume in %d days, a spokesman said, adding that no date had been fixed for a meeting of the two leaders and that reference %x would be published.</p>
</article><footer>Copyright</footer></body></html>`,
			i, 1+i%12, 1+i%28, a, v, b, a, v, b, i, i*3+1, b, i%40+2, i*7919)
		write(t, filepath.Join(dir, fmt.Sprintf("p%04d.html", i)), body)
		if i%10 == 0 {
			write(t, filepath.Join(dir, "mirror", fmt.Sprintf("copy%04d.html", i)), body)
		}
	}
	return n
}

func TestRunTwiceAddsNothing(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	n := synthCorpus(t, corpus, 40)
	db := filepath.Join(dir, "news.db")
	code, _, errs := run(t, "", "run", "--db", db, corpus)
	if code != 0 {
		t.Fatalf("first run: exit %d\n%s", code, errs)
	}
	if want := fmt.Sprintf("%d stored, 4 duplicates", n); !strings.Contains(errs, want) {
		t.Errorf("first run summary lacks %q:\n%s", want, errs)
	}
	code, _, errs = run(t, "", "run", "--db", db, corpus)
	if code != 0 {
		t.Fatalf("second run: exit %d\n%s", code, errs)
	}
	if !strings.Contains(errs, "0 stored") {
		t.Errorf("second run stored something:\n%s", errs)
	}
	code, out, _ := run(t, "", "articles", "--db", db)
	if code != 0 {
		t.Fatal("articles failed")
	}
	if got := strings.Count(out, "\n"); got != n {
		t.Errorf("articles lists %d, want %d", got, n)
	}
	code, out, _ = run(t, "", "articles", "--db", db, "--format", "csv", "--text", "Albania signed")
	if code != 0 || !strings.HasPrefix(out, "id,published,publisher") || strings.Count(out, "\n") < 2 {
		t.Errorf("articles --format csv --text: exit %d\n%s", code, out)
	}
}

func TestRunReportsBadInputsAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "in", "good.html"), storyPage)
	write(t, filepath.Join(dir, "in", "empty.html"), "")
	write(t, filepath.Join(dir, "in", "nav.html"), `<html><body><nav><a href="/a">A</a><a href="/b">B</a></nav></body></html>`)
	write(t, filepath.Join(dir, "in", "broken.gz"), "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb\x48")
	code, _, errs := run(t, "", "run", "--db", filepath.Join(dir, "db"), filepath.Join(dir, "in"), filepath.Join(dir, "missing.html"))
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, name := range []string{"empty.html", "nav.html", "broken.gz", "missing.html"} {
		if !strings.Contains(errs, name) {
			t.Errorf("stderr does not name %s:\n%s", name, errs)
		}
	}
	if !strings.Contains(errs, "1 stored") {
		t.Errorf("the good page was not stored:\n%s", errs)
	}
}

func TestAnalyze(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "story.html")
	write(t, page, storyPage)
	code, out, errs := run(t, "", "analyze", page)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var a map[string]any
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"doc", "url", "title", "published", "text", "entities", "events", "quotes", "framing", "tone"} {
		if _, ok := a[k]; !ok {
			t.Errorf("analyze output lacks %q", k)
		}
	}
	// The names stage ran and its offsets point into the text; how well
	// the model finds names is measured by casus eval ner, not here.
	text := a["text"].(string)
	ents, _ := a["entities"].([]any)
	if len(ents) < 3 {
		t.Errorf("only %d entities", len(ents))
	}
	for _, e := range ents {
		m := e.(map[string]any)
		start, end := int(m["start"].(float64)), int(m["end"].(float64))
		if start < 0 || end > len(text) || text[start:end] != m["text"] {
			t.Errorf("entity %v does not match the text at %d-%d", m["text"], start, end)
		}
	}
}

// TestAnalyzeLanguage checks that names and events are looked for in
// English text only, whatever language the page declares.
func TestAnalyzeLanguage(t *testing.T) {
	dir := t.TempDir()
	german := `LISSABON, 14. März - Die Unterhändler aus Portugal und Marokko haben die Gespräche über die Fischereirechte in Lissabon am Donnerstag ohne eine Einigung beendet, sagten Beamte beider Delegationen. Der marokkanische Minister Karim Benali sagte, die Regierung in Rabat werde die Verhandlungen mit der Europäischen Union nicht fortsetzen. Die portugiesische Ministerin Ana Lopes warf Marokko vor, die Gespräche zu blockieren.`
	// The German story in the English page's frame, which says lang="en".
	germanPage := storyPage[:strings.Index(storyPage, "<h1>")] + "<p>" + german + "</p><p>" + german + "</p>" +
		storyPage[strings.Index(storyPage, "</article>"):]
	for _, tt := range []struct {
		name, page, lang string
		names            bool
	}{
		{"english", storyPage, "en", true},
		{"english declared german", strings.Replace(storyPage, `lang="en"`, `lang="de"`, 1), "en", true},
		{"german declared english", germanPage, "de", false},
	} {
		page := filepath.Join(dir, "story.html")
		write(t, page, tt.page)
		code, out, errs := run(t, "", "analyze", page)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", tt.name, code, errs)
		}
		var a struct {
			Language string
			Entities []any
			Events   []any
		}
		if err := json.Unmarshal([]byte(out), &a); err != nil {
			t.Fatal(err)
		}
		if a.Language != tt.lang {
			t.Errorf("%s: language %q, want %q", tt.name, a.Language, tt.lang)
		}
		if got := len(a.Entities) > 0; got != tt.names {
			t.Errorf("%s: %d entities, want names found: %v", tt.name, len(a.Entities), tt.names)
		}
		if !tt.names && len(a.Events) > 0 {
			t.Errorf("%s: %d events coded in German text", tt.name, len(a.Events))
		}
	}
}

// TestAnalyzeHypothetical checks that an event that only may happen is
// coded, as hypothetical, only with --hypothetical.
func TestAnalyzeHypothetical(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "story.txt")
	write(t, text, "Peru could expel the Chilean ambassador, officials said on Monday.\n")
	for _, tt := range []struct {
		flags []string
		want  []string
	}{
		{nil, nil},
		{[]string{"--hypothetical"}, []string{"hypothetical"}},
	} {
		args := append(append([]string{"analyze"}, tt.flags...), "--date", "2024-05-02", text)
		code, out, errs := run(t, "", args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", tt.flags, code, errs)
		}
		var a struct {
			Events []struct{ Status string } `json:"events"`
		}
		if err := json.Unmarshal([]byte(out), &a); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range a.Events {
			got = append(got, e.Status)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%v: statuses %v, want %v", tt.flags, got, tt.want)
		}
	}
}

func TestUserDictionariesAndLexicon(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "story.html")
	write(t, page, storyPage)

	// A dictionary with a broken line is refused whole, naming file and line.
	bad := filepath.Join(dir, "dicts")
	write(t, filepath.Join(bad, "Test.actors.txt"), "PORTUGAL_ [PRT]\nMOROCCO_ [MAR\n")
	code, _, errs := run(t, "", "analyze", "--dicts", bad, page)
	if code == 0 || !strings.Contains(errs, "Test.actors.txt") || !strings.Contains(errs, "2") {
		t.Errorf("bad dictionary: exit %d, stderr %q; want a failure naming the file and line 2", code, errs)
	}

	// A user's framing entry is used beside the built-in ones.
	lex := filepath.Join(dir, "lexicon.txt")
	write(t, lex, "loaded_label\tfishing rights\n")
	code, out, errs := run(t, "", "analyze", "--lexicon", lex, page)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, `"kind":"loaded_label","text":"fishing rights"`) {
		t.Errorf("user lexicon entry not found in framing: %s", out)
	}
}

func TestTakeVerbose(t *testing.T) {
	tests := []struct {
		in      []string
		rest    []string
		verbose bool
		err     bool
	}{
		{[]string{"DIR"}, []string{"DIR"}, false, false},
		{[]string{"--verbose", "DIR"}, []string{"DIR"}, true, false},
		{[]string{"--dicts", "D", "-verbose", "F"}, []string{"--dicts", "D", "F"}, true, false},
		{[]string{"--hypothetical=false", "--verbose=false", "F"}, []string{"--hypothetical=false", "F"}, false, false},
		{[]string{"--", "--verbose"}, []string{"--", "--verbose"}, false, false},
		{[]string{"--verbose=maybe"}, nil, false, true},
	}
	for _, tt := range tests {
		rest, v, err := takeVerbose(tt.in)
		if (err != nil) != tt.err || !slices.Equal(rest, tt.rest) || v != tt.verbose {
			t.Errorf("takeVerbose(%q) = %q, %v, %v; want %q, %v, error %v", tt.in, rest, v, err, tt.rest, tt.verbose, tt.err)
		}
	}
}

func TestVersion(t *testing.T) {
	tests := []struct {
		args []string
		code int
		out  string
	}{
		{[]string{"version"}, 0, "casus "},
		{[]string{"version", "extra"}, 2, ""},
	}
	for _, tt := range tests {
		code, out, errOut := run(t, "", tt.args...)
		if code != tt.code || !strings.HasPrefix(out, tt.out) {
			t.Errorf("%v: exit %d, output %q %q; want %d and %q", tt.args, code, out, errOut, tt.code, tt.out)
		}
	}
}

// TestArticlesLimit checks casus articles --limit: at most N articles, 0
// for all, and a negative N refused as casus events refuses --max -1.
func TestArticlesLimit(t *testing.T) {
	db := eventsDB(t)
	tests := []struct {
		limit string
		code  int
		lines int
	}{
		{"0", 0, 1},
		{"1", 0, 1},
		{"-1", 2, 0},
	}
	for _, tt := range tests {
		code, out, errOut := run(t, "", "articles", "--db", db, "--limit", tt.limit)
		if code != tt.code || strings.Count(out, "\n") != tt.lines {
			t.Errorf("--limit %s: exit %d, %d lines (%s); want %d, %d", tt.limit, code, strings.Count(out, "\n"), errOut, tt.code, tt.lines)
		}
	}
}

// TestDictsSkipBad checks that a dictionary set with bad lines is refused
// unless --dicts-skip-bad is given, which loads the rest and lists every
// skipped line, with file and line, and their count on stderr.
func TestDictsSkipBad(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "story.html")
	write(t, page, storyPage)
	bad := filepath.Join(dir, "dicts")
	write(t, filepath.Join(bad, "Test.actors.txt"),
		"PORTUGAL_ [PRT]\nMOROCCO_ [MAR\nLISBON_ [PRT]\nSPAIN_ [ESP 9008223]\n")
	good := filepath.Join(dir, "good")
	write(t, filepath.Join(good, "Test.actors.txt"), "PORTUGAL_ [PRT]\nLISBON_ [PRT]\n")
	db := filepath.Join(dir, "news.db")
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  []string // each in stderr
		notErr   string   // not in stderr
	}{
		{"analyze refuses", []string{"analyze", "--dicts", bad, page}, 1,
			[]string{"Test.actors.txt:2:", "1 more problems", "--dicts-skip-bad"}, "skipped"},
		{"run refuses", []string{"run", "--db", db, "--dicts", bad, page}, 1,
			[]string{"Test.actors.txt:2:"}, "skipped"},
		{"worker refuses", []string{"worker", "--nats", "nats://127.0.0.1:1", "--db", db, "--dicts", bad}, 1,
			[]string{"Test.actors.txt:2:"}, "skipped"},
		{"analyze skips", []string{"analyze", "--dicts-skip-bad", "--dicts", bad, page}, 0,
			[]string{"Test.actors.txt:2: syntax error", "Test.actors.txt:4: bad date", "skipped 2 bad lines"}, ""},
		{"run skips", []string{"run", "--db", db, "--dicts-skip-bad", "--dicts", bad, page}, 0,
			[]string{"Test.actors.txt:2:", "Test.actors.txt:4:", "skipped 2 bad lines"}, ""},
		{"clean set says nothing", []string{"analyze", "--dicts-skip-bad", "--dicts", good, page}, 0,
			nil, "skipped"},
	}
	for _, tt := range tests {
		code, _, errs := run(t, "", tt.args...)
		if code != tt.wantCode {
			t.Errorf("%s: exit %d, want %d; stderr %q", tt.name, code, tt.wantCode, errs)
		}
		for _, w := range tt.wantErr {
			if !strings.Contains(errs, w) {
				t.Errorf("%s: stderr lacks %q:\n%s", tt.name, w, errs)
			}
		}
		if tt.notErr != "" && strings.Contains(errs, tt.notErr) {
			t.Errorf("%s: stderr has %q:\n%s", tt.name, tt.notErr, errs)
		}
	}
}
