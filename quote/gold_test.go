package quote

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/casus-project/casus/charset"
	"github.com/casus-project/casus/demo"
	"github.com/casus-project/casus/extract"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/segment"
	"github.com/casus-project/casus/warc"
)

// goldQuote is a row of demo/gold/quotes.tsv.
type goldQuote struct {
	file, quote40, speaker string
	direct                 bool
}

func readGoldTSV(t *testing.T, name string) [][]string {
	t.Helper()
	f, err := demo.Gold().Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for first := true; sc.Scan(); first = false {
		if first || sc.Text() == "" {
			continue
		}
		rows = append(rows, strings.Split(sc.Text(), "\t"))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// demoArticles returns the text of every demo page the gold files name,
// extracted the way the pipeline does.
func demoArticles(t testing.TB, files map[string]bool) map[string]*model.Article {
	t.Helper()
	out := map[string]*model.Article{}
	corpus := demo.Corpus()
	entries, err := demo.Manifest()
	if err != nil {
		t.Fatal(err)
	}
	var archive map[string][]byte
	for _, e := range entries {
		if !files[e.File] {
			continue
		}
		var page []byte
		if e.Member() {
			if archive == nil {
				archive = readArchive(t, corpus)
			}
			page = archive[strings.TrimPrefix(e.File, demo.ArchiveName+"#")]
		} else {
			page, err = fs.ReadFile(corpus, e.File)
			if err != nil {
				t.Fatal(err)
			}
		}
		body, _, err := charset.Decode(page, "")
		if err != nil {
			t.Fatalf("%s: %v", e.File, err)
		}
		var a *model.Article
		if strings.HasSuffix(e.File, ".txt") {
			a, err = extract.Text(body, extract.Options{})
		} else {
			a, err = extract.HTML(body, extract.Options{URL: e.URL})
		}
		if err != nil {
			t.Fatalf("%s: %v", e.File, err)
		}
		out[e.File] = a
	}
	return out
}

func readArchive(t testing.TB, corpus fs.FS) map[string][]byte {
	t.Helper()
	f, err := corpus.Open(demo.ArchiveName)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	r := warc.NewReader(zr)
	pages := map[string][]byte{}
	for {
		h, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if h.Type != "response" {
			continue
		}
		resp, err := warc.ReadResponse(r)
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		pages[h.TargetURI] = b
	}
	return pages
}

// norm folds the differences that do not matter when comparing quotes
// and names: curly apostrophes, case, a leading article.
func norm(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"").Replace(s)
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	for _, p := range []string{"the ", "a ", "an "} {
		s = strings.TrimPrefix(s, p)
	}
	return s
}

// sameSpeaker reports whether a found speaker names the gold one: equal
// after norm, or containing it as whole words (the gold speaker is the
// fullest name, so a shorter found name never matches).
func sameSpeaker(got, want string) bool {
	g, w := norm(got), norm(want)
	if g == w {
		return true
	}
	return strings.Contains(" "+g+" ", " "+w+" ")
}

// TestDemoGold scores Find against demo/gold/quotes.tsv: a gold quote is
// found when a quote of the same page contains its first 40 characters
// and names its speaker; each found quote matches at most one gold quote.
func TestDemoGold(t *testing.T) {
	var gold []goldQuote
	files := map[string]bool{}
	for _, r := range readGoldTSV(t, "quotes.tsv") {
		if len(r) != 4 {
			t.Fatalf("bad gold row %q", r)
		}
		gold = append(gold, goldQuote{r[0], r[1], r[2], r[3] == "true"})
		files[r[0]] = true
	}
	scare := map[string][]string{}
	for _, r := range readGoldTSV(t, "framing.tsv") {
		if len(r) == 3 && r[2] == "scare_quote" {
			files[r[0]] = true
			scare[r[0]] = append(scare[r[0]], strings.Trim(r[1], "\"“”«»"))
		}
	}
	arts := demoArticles(t, files)
	found := map[string][]model.Quote{}
	predicted := 0
	for f, a := range arts {
		qs := Find(a.Text, segment.Sentences(a.Text), nil, Options{})
		found[f] = qs
		predicted += len(qs)
	}
	used := map[string][]bool{}
	for f := range found {
		used[f] = make([]bool, len(found[f]))
	}
	var hit, direct, textOnly int
	var misses []string
	for _, g := range gold {
		qs := found[g.file]
		best := -1
		for i, q := range qs {
			if used[g.file][i] || !strings.Contains(norm(q.Text), norm(g.quote40)) {
				continue
			}
			if best < 0 {
				best = i
			}
			if sameSpeaker(q.Speaker.Name, g.speaker) {
				best = i
				break
			}
		}
		if best >= 0 && sameSpeaker(qs[best].Speaker.Name, g.speaker) {
			used[g.file][best] = true
			hit++
			if qs[best].Direct == g.direct {
				direct++
			}
			continue
		}
		if best >= 0 {
			textOnly++
			misses = append(misses, fmt.Sprintf("speaker %q, want %q: %s", qs[best].Speaker.Name, g.speaker, g.quote40))
		} else {
			misses = append(misses, fmt.Sprintf("missed %q (%s): %s", g.quote40, g.speaker, g.file))
		}
	}
	var extra []string
	for f, qs := range found {
		for i, q := range qs {
			if !used[f][i] {
				extra = append(extra, fmt.Sprintf("extra %s %q (%s, direct %v)", f, q.Text, q.Speaker.Name, q.Direct))
			}
		}
	}
	var scareAsSpeech []string
	for f, qs := range found {
		for _, q := range qs {
			for _, s := range scare[f] {
				if q.Direct && norm(q.Text) == norm(s) {
					scareAsSpeech = append(scareAsSpeech, f+": "+s)
				}
			}
		}
	}
	recall := float64(hit) / float64(len(gold))
	precision := float64(hit) / float64(max(predicted, 1))
	t.Logf("gold %d, predicted %d, found with speaker %d (recall %.3f, precision %.3f), direct flag agrees %d, text found but wrong speaker %d",
		len(gold), predicted, hit, recall, precision, direct, textOnly)
	if testing.Verbose() || os.Getenv("QUOTE_GOLD_DEBUG") != "" {
		for _, m := range misses {
			t.Log(m)
		}
		for _, e := range extra {
			t.Log(e)
		}
	}
	if recall < 0.90 {
		t.Errorf("recall %.3f, want at least 0.90", recall)
	}
	if precision < 0.90 {
		t.Errorf("precision %.3f, want at least 0.90", precision)
	}
	if len(scareAsSpeech) > 0 {
		t.Errorf("scare quotes reported as speech: %q", scareAsSpeech)
	}
}
