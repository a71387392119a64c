package frame

import (
	"compress/gzip"
	"io"
	"io/fs"
	"strings"
	"testing"

	"github.com/casus-project/casus/charset"
	"github.com/casus-project/casus/demo"
	"github.com/casus-project/casus/extract"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/warc"
)

// TestDemoGold scores Find against demo/gold/framing.tsv. It logs recall
// (a gold mark found with its text and kind) and how many marks were
// found; the gold file lists only the marks its authors judged notable,
// so there is no precision target.
func TestDemoGold(t *testing.T) {
	rows := readGold(t, demo.Gold())
	files := map[string]bool{}
	for _, r := range rows {
		files[r[0]] = true
	}
	arts := demoArticles(t, files)
	found := map[string][]model.FramingMark{}
	total := 0
	for f, a := range arts {
		found[f] = Find(a.Text, nil, nil)
		total += len(found[f])
	}
	hit, kindOK := 0, 0
	for _, r := range rows {
		text := strings.NewReplacer("“", "\"", "”", "\"").Replace(r[1])
		var got *model.FramingMark
		for i, m := range found[r[0]] {
			if strings.NewReplacer("“", "\"", "”", "\"").Replace(m.Text) == text {
				got = &found[r[0]][i]
				break
			}
		}
		switch {
		case got == nil:
			t.Logf("missed %s %q (%s)", r[0], r[1], r[2])
		case got.Kind == r[2]:
			hit++
			kindOK++
		default:
			hit++
			t.Logf("kind %s, want %s: %q", got.Kind, r[2], r[1])
		}
	}
	recall := float64(hit) / float64(len(rows))
	t.Logf("gold %d, found %d marks in those pages; gold text found %d (%.3f), with its kind %d", len(rows), total, hit, recall, kindOK)
	if recall < 0.8 {
		t.Errorf("recall %.3f, want at least 0.8", recall)
	}
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
