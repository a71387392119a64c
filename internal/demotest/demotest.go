package demotest

import (
	"bufio"
	"context"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/casus-project/casus/demo"
	"github.com/casus-project/casus/ingest"
	"github.com/casus-project/casus/internal/pipeline"
	"github.com/casus-project/casus/model"
)

// Documents reads every page of the demo corpus through ingest, keyed by
// the file name the gold files use ("outlet/page.html", or
// "archive.warc.gz#URL" for the archive's pages).
func Documents(t testing.TB) map[string]*model.Document {
	t.Helper()
	u, err := demo.Unpack(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]*model.Document{}
	for doc, err := range ingest.Documents(context.Background(), u.Inputs, ingest.Options{}) {
		if err != nil {
			t.Fatalf("ingest: %v", err)
		}
		name, err := u.Name(doc.Origin, doc.URL)
		if err != nil {
			t.Fatal(err)
		}
		docs[name] = doc
	}
	return docs
}

// Articles extracts every demo page that has an article, as the pipeline
// does, keyed like Documents.
func Articles(t testing.TB) map[string]*model.Article {
	t.Helper()
	arts := map[string]*model.Article{}
	for name, doc := range Documents(t) {
		a, err := pipeline.Extract(doc)
		if err != nil {
			continue // the corpus's no-article page
		}
		arts[name] = a
	}
	return arts
}

// Texts returns the text of every demo article, in the order of their
// names, and their total length in bytes: a benchmark's input and its
// SetBytes.
func Texts(t testing.TB) ([]string, int) {
	t.Helper()
	arts := Articles(t)
	var texts []string
	size := 0
	for _, name := range slices.Sorted(maps.Keys(arts)) {
		texts = append(texts, arts[name].Text)
		size += len(arts[name].Text)
	}
	return texts, size
}

// Gold returns the rows of the demo gold file name ("quotes.tsv"), split
// on tabs, without the header.
func Gold(t testing.TB, name string) [][]string {
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
