package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/casus-project/casus/extract/score"
)

// devDir is the benchmark's development split, beside the repository
// when the shared data is present.
var devDir = filepath.Join("..", "..", "shared", "data", "extraction", "dev")

// TestDevSet guards extraction quality on the benchmark's development
// pages. It is skipped when the shared data is absent (a fresh clone).
func TestDevSet(t *testing.T) {
	if _, err := os.Stat(filepath.Join(devDir, "ground-truth.json")); err != nil {
		t.Skip("no benchmark data at " + devDir)
	}
	set, err := score.Load(devDir)
	if err != nil {
		t.Fatal(err)
	}
	var pages []score.PageScore
	for i := range set.Len() {
		e, err := set.Page(i)
		if err != nil {
			t.Fatal(err)
		}
		text := ""
		if a, err := HTML(e.HTML, Options{URL: e.URL}); err == nil {
			text = a.Text
		}
		pages = append(pages, score.Score(e.ID, text, e.Gold))
	}
	r := score.Summarize(pages)
	t.Logf("F1 %.3f P %.3f R %.3f accuracy %.3f over %d pages", r.F1, r.Precision, r.Recall, r.Accuracy, r.Pages)
	if r.F1 < 0.965 {
		t.Errorf("F1 = %.3f, want >= 0.965", r.F1)
	}
}

// BenchmarkHTMLDev extracts every page of the development split, with its
// URL, as casus run does. It is skipped when the shared data is absent.
func BenchmarkHTMLDev(b *testing.B) {
	if _, err := os.Stat(filepath.Join(devDir, "ground-truth.json")); err != nil {
		b.Skip("no benchmark data at " + devDir)
	}
	set, err := score.Load(devDir)
	if err != nil {
		b.Fatal(err)
	}
	type page struct {
		html []byte
		url  string
	}
	var pages []page
	size := 0
	for i := range set.Len() {
		e, err := set.Page(i)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, page{e.HTML, e.URL})
		size += len(e.HTML)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			HTML(p.html, Options{URL: p.url})
		}
	}
}
