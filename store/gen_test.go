package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/casus-project/casus/model"
)

// syllables build a made-up vocabulary, so generated texts are nobody's.
var syllables = []string{"ka", "lo", "mi", "ren", "sa", "tor", "vel", "du", "fa", "gri", "pan", "sho", "ul", "bre", "quin", "ma", "zo", "ter"}

// gen makes deterministic article streams for tests.
type gen struct {
	r     *rand.Rand
	vocab []string
}

func newGen(seed uint64) *gen {
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	seen := map[string]bool{}
	for len(g.vocab) < 2500 {
		n := 1 + g.r.IntN(3)
		var b strings.Builder
		for range n {
			b.WriteString(syllables[g.r.IntN(len(syllables))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			g.vocab = append(g.vocab, w)
		}
	}
	return g
}

// words returns n random words.
func (g *gen) words(n int) []string {
	w := make([]string, n)
	for i := range w {
		w[i] = g.vocab[g.r.IntN(len(g.vocab))]
	}
	return w
}

// text joins words into sentences and paragraphs.
func text(w []string) string {
	var b strings.Builder
	for i, x := range w {
		switch {
		case i == 0:
		case i%60 == 0:
			b.WriteString(".\n")
		case i%12 == 0:
			b.WriteString(". ")
		default:
			b.WriteByte(' ')
		}
		b.WriteString(x)
	}
	b.WriteByte('.')
	return b.String()
}

// stream returns about n articles: stories carried by several sites, exact
// copies with other spacing and case, near copies with an edited word or an
// added footer, repeats from the same URL and undated copies with no URL,
// shuffled.
func (g *gen) stream(n int) []*model.Article {
	var out []*model.Article
	day := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	for s := 0; len(out) < n; s++ {
		w := g.words(150 + g.r.IntN(350))
		base := &model.Article{
			Doc:       fmt.Sprintf("feed-%d.xml#%d", s%7, s),
			URL:       fmt.Sprintf("https://site%d.example/story/%d", s%11, s),
			Title:     strings.Join(w[:6], " "),
			Published: model.Day(day.AddDate(0, 0, g.r.IntN(60))),
			Publisher: fmt.Sprintf("Site %d", s%11),
			Authors:   []string{w[7], w[9]},
			Language:  "en",
			Text:      text(w),
		}
		if g.r.IntN(3) == 0 {
			base.Events = []model.Event{{
				Source: &model.Actor{Code: "AAAGOV", Country: "AAA"}, Target: &model.Actor{Code: "BBB"},
				Code: "042", Root: "04", Base: "042", Goldstein: 1.9, QuadClass: 1,
				Date: base.Published, DatePrecision: "day", Status: model.Asserted,
				Pattern: w[3], Evidence: model.Evidence{Sentence: model.Span{Start: 0, End: 10}},
			}}
			base.Quotes = []model.Quote{{Speaker: model.Speaker{Name: w[4]}, Text: w[5], Direct: true, Span: model.Span{Start: 1, End: 5}}}
		}
		out = append(out, base)
		for range g.r.IntN(5) {
			c := *base
			site := g.r.IntN(30)
			c.URL = fmt.Sprintf("https://mirror%d.example/%d", site, s)
			c.Publisher = fmt.Sprintf("Mirror %d", site)
			c.Doc = fmt.Sprintf("crawl-%d.warc#%d", g.r.IntN(3), s)
			switch g.r.IntN(6) {
			case 0: // exact copy, other spacing and case
				c.Text = strings.ToUpper(strings.ReplaceAll(base.Text, " ", "  "))
			case 1: // one word edited
				e := append([]string(nil), w...)
				e[g.r.IntN(len(e))] = g.vocab[g.r.IntN(len(g.vocab))]
				c.Text = text(e)
			case 2: // footer added: longer, so it represents the story
				c.Text = base.Text + "\n" + text(g.words(4))
				c.Events = nil
			case 3: // same URL again, other document
				c.URL, c.Publisher = base.URL, base.Publisher
			case 4: // no URL, undated
				c.URL, c.Published = "", model.Date{}
			case 5: // same text, other title
				c.Title = strings.Join(g.words(5), " ")
			}
			out = append(out, &c)
		}
	}
	g.r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// batches splits arts into batches of size n.
func batches(arts []*model.Article, n int) [][]*model.Article {
	var b [][]*model.Article
	for len(arts) > 0 {
		k := min(n, len(arts))
		b = append(b, arts[:k])
		arts = arts[k:]
	}
	return b
}

// dump renders what a store holds, without IDs or times, in an order that
// does not depend on IDs: one line per article with its texts, carriers,
// events and quotes.
func dump(t testing.TB, st Store) []string {
	t.Helper()
	db := st.(*sqlDB).r
	ctx := context.Background()
	// q runs a query whose first column is an article ID and appends the
	// rest of each row, rendered, to that article's line.
	lines := map[int64][]string{}
	var order []int64
	q := func(query string) {
		t.Helper()
		rows, err := db.QueryContext(ctx, query)
		if err != nil {
			t.Fatalf("dump: %v", err)
		}
		defer rows.Close()
		cols, _ := rows.Columns()
		for rows.Next() {
			var id int64
			vals := make([]any, len(cols)-1)
			ptrs := []any{&id}
			for i := range vals {
				ptrs = append(ptrs, &vals[i])
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatalf("dump: %v", err)
			}
			f := make([]string, len(vals))
			for i, v := range vals {
				switch v := v.(type) {
				case string:
					f[i] = strconv.Quote(v)
				case []byte:
					f[i] = strconv.Quote(string(v))
				case bool: // PostgreSQL BOOLEAN, SQLite INTEGER
					f[i] = "0"
					if v {
						f[i] = "1"
					}
				default:
					f[i] = fmt.Sprint(v)
				}
			}
			if _, ok := lines[id]; !ok {
				order = append(order, id)
			}
			lines[id] = append(lines[id], strings.Join(f, " "))
		}
		if err := rows.Err(); err != nil {
			t.Fatalf("dump: %v", err)
		}
	}
	q(`SELECT id, ` + articleColumns + ` FROM articles ORDER BY hash`)
	q(`SELECT article_id, hash, body FROM texts ORDER BY hash`)
	// CROSS JOIN keeps SQLite from probing text_bands by text_id, which
	// it has no index for.
	q(`SELECT t.article_id, t.hash, count(*), CAST(sum(b.band % 1000) AS BIGINT) FROM text_bands b CROSS JOIN texts t
		WHERE t.id = b.text_id GROUP BY t.article_id, t.hash ORDER BY t.hash`)
	q(`SELECT article_id, key, url, publisher, doc FROM carriers ORDER BY key`)
	q(`SELECT article_id, seq, code, root_code, base_code, quad_class, goldstein, source_code, target_code, date_start,
		date_precision, background, plover_event, place_geoname_id, json FROM events ORDER BY seq`)
	q(`SELECT article_id, seq, speaker_name, text, direct, span_start, span_end FROM quotes ORDER BY seq`)
	var out []string
	for _, id := range order {
		out = append(out, strings.Join(lines[id], " | "))
	}
	return out
}

// digest is a short hash of a dump.
func digest(d []string) string {
	h := sha256.Sum256([]byte(strings.Join(d, "\n")))
	return hex.EncodeToString(h[:8])
}

// diffDumps reports the first difference of two dumps.
func diffDumps(t testing.TB, got, want []string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("got %d articles, want %d", len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			// Show where the lines part.
			at := 0
			for at < min(len(got[i]), len(want[i])) && got[i][at] == want[i][at] {
				at++
			}
			from := max(0, at-150)
			t.Errorf("article %d differs at byte %d:\n got ...%.400s\nwant ...%.400s", i, at, got[i][from:], want[i][from:])
			return
		}
	}
}

// rawDB opens a plain handle on a database file, for tests that tamper.
func rawDB(t testing.TB, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func openT(t testing.TB, dsn string) Store {
	t.Helper()
	st, err := Open(context.Background(), dsn)
	if err != nil {
		t.Fatalf("Open(%q): %v", dsn, err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func putAll(t testing.TB, st Store, bs [][]*model.Article) {
	t.Helper()
	for i, b := range bs {
		if _, err := st.PutArticles(context.Background(), b); err != nil {
			t.Fatalf("batch %d: %v", i, err)
		}
	}
}

func jsonString(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}
