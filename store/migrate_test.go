package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestMigrateFromV1 writes a database as schema version 1 stored it (SimHash
// columns, annotations in the fingerprint, no text bodies), opens it, and
// checks that the migrated store finds near duplicates of the old
// representative, searches its text, keeps its events and treats its
// records as unchanged.
func TestMigrateFromV1(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	path := filepath.Join(t.TempDir(), "v1.db")
	db := rawDB(t, path)
	if _, err := db.Exec(sqliteMigrations()[0].sql); err != nil {
		t.Fatal(err)
	}
	old := art("https://a.example/1", "Alpha Post", "d1", f.A)
	old.Title = "Harbour reopens"
	old.Events = []model.Event{{Code: "036", Root: "03", Plover: &model.Plover{Event: "AGREE"},
		Location: &model.Place{Name: "Valmora", GeonameID: 42, Country: "AAA"}}}
	r, err := prepare(0, old)
	if err != nil {
		t.Fatal(err)
	}
	// A non-representative text of the same article, which version 1 kept
	// only as a hash.
	other, _ := prepare(1, art("https://b.example/2", "Beta", "d2", f.Ashort))
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{`CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1)`, nil},
		{`INSERT INTO articles (id, doc, url, title, published, pub_key, publisher, source, authors, language, text,
			hash, text_len, fingerprint, simhash, annotations, created_at, updated_at)
			VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'old-fingerprint', 12345, ?, 'x', 'x')`,
			[]any{old.Doc, old.URL, old.Title, r.published, r.pubKey, old.Publisher, old.Source, r.authors, old.Language, old.Text,
				r.hash, r.length, r.annotations}},
		{`INSERT INTO texts (hash, article_id, simhash, band0, band1, band2, band3) VALUES (?, 1, 12345, 1, 2, 3, 4), (?, 1, 999, 5, 6, 7, 8)`,
			[]any{r.hash, other.hash}},
		{`INSERT INTO carriers (article_id, key, url, publisher, doc) VALUES (1, ?, ?, ?, ?)`, []any{r.key, old.URL, old.Publisher, old.Doc}},
		{`INSERT INTO events (article_id, seq, code, root_code, base_code, quad_class, goldstein, date_start, date_end,
			date_precision, background, status, confidence, json) VALUES (1, 0, '036', '03', '', 0, 0, '', '', '', 0, '', 0, ?)`,
			[]any{r.events[0]}},
	} {
		if _, err := db.Exec(q.sql, q.args...); err != nil {
			t.Fatalf("%s: %v", q.sql, err)
		}
	}
	db.Close()

	st := openT(t, path)
	s, err := st.Stats(ctx)
	if err != nil || s.SchemaVersion != len(sqliteMigrations()) || s.Articles != 1 || s.Texts != 2 || s.Events != 1 {
		t.Fatalf("after migration: %+v, %v", s, err)
	}
	var plover string
	var geonameID int64
	var bands int
	sdb := st.(*sqlDB)
	if err := sdb.r.QueryRow(`SELECT plover_event, place_geoname_id, (SELECT count(*) FROM text_bands) FROM events`).
		Scan(&plover, &geonameID, &bands); err != nil || plover != "AGREE" || geonameID != 42 || bands != 40 {
		t.Errorf("backfill: plover %q, geoname %d, %d band keys, %v; want AGREE, 42, 40 (the representative's)", plover, geonameID, bands, err)
	}
	page, err := st.Articles(ctx, ArticleQuery{Text: "bour reop"})
	if err != nil || len(page.Articles) != 1 {
		t.Errorf("text search after migration: %d articles, %v", len(page.Articles), err)
	}
	// The same record again changes nothing; the old text is matched
	// exactly; a near copy of the representative folds in.
	edited := edit(newGen(2), splitWords(f.A), 100, 1, 1)
	for _, tc := range []struct {
		a    *model.Article
		want Outcome
	}{
		{old, Seen},
		{art("https://c.example/3", "Gamma", "d3", f.Ashort), Exact},
		{art("https://d.example/4", "Delta", "d4", text(edited)), Replaced}, // longer by "zz"
	} {
		res, err := st.PutArticles(ctx, []*model.Article{tc.a})
		if err != nil {
			t.Fatal(err)
		}
		if res[0].Outcome != tc.want || res[0].ID != 1 {
			t.Errorf("put %s: %+v, want %v of article 1", tc.a.URL, res[0], tc.want)
		}
	}
}

// splitWords undoes text: the words without punctuation.
func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '.' || r == '\n' })
}
