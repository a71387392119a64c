package pipeline_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/casus-project/casus/internal/demotest"
	"github.com/casus-project/casus/internal/pipeline"
)

// goldMeta is one row of demo/gold/meta.tsv.
type goldMeta struct {
	file, title, published, authors, publisher, source, first, last string
}

// TestDemoMetadata extracts every article of the demo corpus and checks
// it against the metadata the corpus's authors wrote down before any
// extraction code ran: title, date, authors, publisher, original source
// and where the body starts and ends.
func TestDemoMetadata(t *testing.T) {
	docs := demotest.Documents(t)
	var rows []goldMeta
	for _, c := range demotest.Gold(t, "meta.tsv") {
		if len(c) != 8 {
			t.Fatalf("meta.tsv row %q: %d fields", c, len(c))
		}
		rows = append(rows, goldMeta{c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]})
	}
	if len(rows) < 40 {
		t.Fatalf("only %d gold rows", len(rows))
	}
	for _, g := range rows {
		t.Run(g.file, func(t *testing.T) {
			doc, ok := docs[g.file]
			if !ok {
				t.Fatalf("no document read for %s", g.file)
			}
			a, err := pipeline.Extract(doc)
			if err != nil {
				t.Fatal(err)
			}
			check := func(field, got, want string) {
				if got != want {
					t.Errorf("%s = %q, want %q", field, got, want)
				}
			}
			check("title", a.Title, g.title)
			if g.published != "" {
				check("published", a.Published.Time.Format("2006-01-02"), g.published)
			} else if !a.Published.IsZero() {
				t.Errorf("published = %v, want none", a.Published)
			}
			var wantAuthors []string
			if g.authors != "" {
				wantAuthors = strings.Split(g.authors, ";")
			}
			if !slices.Equal(a.Authors, wantAuthors) {
				t.Errorf("authors = %q, want %q", a.Authors, wantAuthors)
			}
			check("publisher", a.Publisher, g.publisher)
			check("source", a.Source, g.source)
			if !strings.HasPrefix(a.Text, g.first) {
				t.Errorf("body starts %q, want %q", prefix(a.Text, 60), g.first)
			}
			if !strings.HasSuffix(a.Text, g.last) {
				t.Errorf("body ends %q, want %q", suffix(a.Text, 60), g.last)
			}
		})
	}
}

func prefix(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func suffix(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}
