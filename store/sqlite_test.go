package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/casus-project/casus/model"
)

// textIndexConfig returns the full-text index's merge values as stored,
// 0 for one not set.
func textIndexConfig(t *testing.T, db *sql.DB) map[string]int {
	t.Helper()
	got := map[string]int{}
	for _, c := range textIndexMerge {
		var v int
		err := db.QueryRow(`SELECT v FROM articles_fts_config WHERE k = ?`, c.key).Scan(&v)
		if err != nil && err != sql.ErrNoRows {
			t.Fatal(err)
		}
		got[c.key] = v
	}
	return got
}

// TestTextIndexMerge checks the full-text index's merge policy: a new
// store sets it; a database whose index was written under FTS5's defaults
// gets it when opened and still finds what it held; and searches stay
// right while commits, one article each, pile up segments past both of
// the policy's counts.
func TestTextIndexMerge(t *testing.T) {
	ctx := context.Background()
	want := map[string]int{}
	for _, c := range textIndexMerge {
		want[c.key] = c.value
	}
	if want["crisismerge"] <= want["automerge"] {
		t.Errorf("crisismerge %d is not above automerge %d: every merge would be done at once", want["crisismerge"], want["automerge"])
	}
	g := newGen(5)
	var arts []*model.Article
	for i := range 90 {
		w := g.words(40)
		w[20] = fmt.Sprintf("qx%03dqx", i) // a word of this article's own
		arts = append(arts, art(fmt.Sprintf("https://a.example/%d", i), "P", "d", text(w)))
	}
	path := filepath.Join(t.TempDir(), "casus.db")
	raw := rawDB(t, path)

	// A new store, set back to FTS5's defaults, stores 20 articles one a
	// commit as the earlier code did.
	st := openT(t, path)
	if got := textIndexConfig(t, raw); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("new store: %v, want %v", got, want)
	}
	for _, q := range []string{`INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 4)`,
		`INSERT INTO articles_fts (articles_fts, rank) VALUES ('crisismerge', 16)`} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	putAll(t, st, batches(arts[:20], 1))
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	// Opened again, it takes the policy and stores the rest.
	st = openT(t, path)
	if got := textIndexConfig(t, raw); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("reopened: %v, want %v", got, want)
	}
	putAll(t, st, batches(arts[20:], 1))
	for i, a := range arts {
		q := fmt.Sprintf("QX%03dQX", i)
		page, err := st.Articles(ctx, ArticleQuery{Text: q})
		if err != nil || len(page.Articles) != 1 || page.Articles[0].URL != a.URL {
			t.Errorf("Text %q: %d articles, %v; want %s alone", q, len(page.Articles), err, a.URL)
		}
	}
	page, err := st.Articles(ctx, ArticleQuery{Text: "qx0", Limit: 200})
	if err != nil || len(page.Articles) != 90 {
		t.Errorf(`Text "qx0": %d articles, %v; want 90`, len(page.Articles), err)
	}
}

// TestTextIndexMergeReadOnly checks that a database written under FTS5's
// defaults, which this process may only read, is left as it is rather than
// refused.
func TestTextIndexMergeReadOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "casus.db")
	st := openT(t, path)
	putAll(t, st, [][]*model.Article{{art("https://a.example/1", "P", "d", "The harbour reopened on Monday.")}})
	raw := rawDB(t, path)
	if _, err := raw.Exec(`INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 4)`); err != nil {
		t.Fatal(err)
	}
	ro, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if err := tuneTextIndex(context.Background(), ro); err != nil {
		t.Errorf("read-only: %v", err)
	}
	if got := textIndexConfig(t, raw); got["automerge"] != 4 {
		t.Errorf("read-only: automerge %d, want 4 (left as it was)", got["automerge"])
	}
	var n int
	if err := ro.QueryRow(`SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '"HARBOUR reo"'`).Scan(&n); err != nil || n != 1 {
		t.Errorf("read-only search: %d rows, %v; want 1", n, err)
	}
}

// TestWriterTempStore checks that a store's writer keeps its temporary
// files in memory once open, and its readers do not.
func TestWriterTempStore(t *testing.T) {
	st := openT(t, filepath.Join(t.TempDir(), "casus.db"))
	s := st.(*sqlDB)
	for _, c := range []struct {
		name string
		db   *sql.DB
		want int
	}{{"writer", s.w, 2}, {"reader", s.r, 0}} {
		var got int
		if err := c.db.QueryRow(`PRAGMA temp_store`).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != c.want {
			t.Errorf("%s: temp_store %d, want %d", c.name, got, c.want)
		}
	}
}
