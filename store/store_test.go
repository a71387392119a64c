package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unicode"

	"github.com/casus-project/casus/minhash"
	"github.com/casus-project/casus/model"
)

func art(url, publisher, doc, txt string) *model.Article {
	return &model.Article{URL: url, Publisher: publisher, Doc: doc, Text: txt, Title: "t", Language: "en"}
}

// related reports whether the store treats two texts as near duplicates:
// they share a MinHash band and near holds.
func related(a, b string) bool {
	sa, sb := minhash.Shingles(normalize(a)), minhash.Shingles(normalize(b))
	ga, gb := minhash.Sign(sa), minhash.Sign(sb)
	ka, kb := ga.Bands(), gb.Bands()
	for i := range ka {
		if ka[i] == kb[i] {
			return near(sa, sb)
		}
	}
	return false
}

// edit returns w with the words at positions first, first+step, ...
// (n of them) replaced by words of g.
func edit(g *gen, w []string, first, step, n int) []string {
	e := slices.Clone(w)
	for i := range n {
		e[first+i*step] = "zz" + g.vocab[g.r.IntN(len(g.vocab))]
	}
	return e
}

// texts made up for the duplicate tests, with the near relations the tests
// need checked up front.
type fixture struct {
	A, Ashort, Along, B string // Ashort and Along are near A; B is far
	X, Y, Z             string // X~Y, Y~Z, X!~Z: Y bridges X and Z
}

func newFixture(t *testing.T) fixture {
	t.Helper()
	g := newGen(7)
	w := g.words(600)
	x := g.words(400)
	// Each edit changes three shingles of about 400: twelve edits keep
	// Jaccard near 0.83, twenty-four bring it near 0.69.
	y := edit(g, x, 10, 30, 12)
	z := edit(g, y, 25, 30, 12)
	f := fixture{
		A:      text(w),
		Ashort: text(w[:len(w)-1]),
		Along:  text(w) + "\nReporting by a desk, editing by another.",
		B:      text(g.words(600)),
		X:      text(x), Y: text(y), Z: text(z),
	}
	for _, c := range []struct {
		a, b string
		near bool
	}{{f.A, f.Ashort, true}, {f.A, f.Along, true}, {f.A, f.B, false}, {f.X, f.Y, true}, {f.Y, f.Z, true}, {f.X, f.Z, false}} {
		if related(c.a, c.b) != c.near {
			t.Fatalf("fixture: %.30q and %.30q: near=%v", c.a, c.b, !c.near)
		}
	}
	return f
}

func TestPutOutcomes(t *testing.T) { eachBackend(t, testPutOutcomes) }

func testPutOutcomes(t *testing.T, b backend) {
	f := newFixture(t)
	respaced := strings.ToUpper(strings.ReplaceAll(f.A, " ", " \t "))
	type step struct {
		arts []*model.Article
		want []Outcome
	}
	tests := []struct {
		name                      string
		steps                     []step
		articles, texts, carriers int64
		wantText                  string // text of the single stored article, when set
	}{
		{"new", []step{{[]*model.Article{art("u1", "P1", "d1", f.A)}, []Outcome{New}}}, 1, 1, 1, f.A},
		{"exact dup from another URL", []step{
			{[]*model.Article{art("u1", "P1", "d1", f.A)}, []Outcome{New}},
			{[]*model.Article{art("u2", "P2", "d2", respaced)}, []Outcome{Exact}},
		}, 1, 1, 2, ""},
		{"same URL re-run", []step{
			{[]*model.Article{art("u1", "P1", "d1", f.A)}, []Outcome{New}},
			{[]*model.Article{art("u1", "P1", "d1", f.A)}, []Outcome{Seen}},
		}, 1, 1, 1, f.A},
		{"same URL twice in a batch", []step{
			{[]*model.Article{art("u1", "P1", "d1", f.A), art("u1", "P1", "d2", f.A)}, []Outcome{New, Seen}},
		}, 1, 1, 1, f.A},
		{"near dup folded", []step{
			{[]*model.Article{art("u1", "P1", "d1", f.A)}, []Outcome{New}},
			{[]*model.Article{art("u2", "P2", "d2", f.Ashort)}, []Outcome{Near}},
		}, 1, 2, 2, f.A},
		{"near dup replaces", []step{
			{[]*model.Article{art("u1", "P1", "d1", f.A)}, []Outcome{New}},
			{[]*model.Article{art("u2", "P2", "d2", f.Along)}, []Outcome{Replaced}},
		}, 1, 2, 2, f.Along},
		{"updated page at the same URL", []step{
			{[]*model.Article{art("u1", "P1", "d1", f.Ashort)}, []Outcome{New}},
			{[]*model.Article{art("u1", "P1", "d1", f.A)}, []Outcome{Replaced}},
			{[]*model.Article{art("u1", "P1", "d1", f.Ashort)}, []Outcome{Seen}},
		}, 1, 2, 1, f.A},
		{"unrelated", []step{
			{[]*model.Article{art("u1", "P1", "d1", f.A), art("u2", "P1", "d1", f.B)}, []Outcome{New, New}},
		}, 2, 2, 2, ""},
		{"carrier by document", []step{
			{[]*model.Article{art("", "", "d1", f.A)}, []Outcome{New}},
			{[]*model.Article{art("", "", "d1", f.A), art("", "", "d2", f.A)}, []Outcome{Seen, Exact}},
		}, 1, 1, 2, f.A},
		{"no carrier", []step{
			{[]*model.Article{art("", "", "", f.A)}, []Outcome{New}},
			{[]*model.Article{art("", "", "", f.A)}, []Outcome{Exact}},
		}, 1, 1, 0, f.A},
		{"bridge merges two articles", []step{
			{[]*model.Article{art("ux", "P", "d", f.X), art("uz", "P", "d", f.Z)}, []Outcome{New, New}},
			{[]*model.Article{art("uy", "P", "d", f.Y)}, nil}, // Near or Replaced, by rank
		}, 1, 3, 3, ""},
	}
	ctx := context.Background()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := b.open(t)
			var all []PutResult
			for i, s := range tc.steps {
				res, err := st.PutArticles(ctx, s.arts)
				if err != nil {
					t.Fatalf("step %d: %v", i, err)
				}
				if len(res) != len(s.arts) {
					t.Fatalf("step %d: %d results for %d articles", i, len(res), len(s.arts))
				}
				for j, r := range res {
					if s.want != nil && r.Outcome != s.want[j] {
						t.Errorf("step %d article %d: outcome %v, want %v", i, j, r.Outcome, s.want[j])
					}
					if r.ID <= 0 || (r.Outcome == New) != (r.DuplicateOf == 0) {
						t.Errorf("step %d article %d: bad result %+v", i, j, r)
					}
				}
				all = append(all, res...)
			}
			stats, err := st.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if stats.Articles != tc.articles || stats.Texts != tc.texts || stats.Carriers != tc.carriers {
				t.Errorf("stats %+v, want %d articles, %d texts, %d carriers", stats, tc.articles, tc.texts, tc.carriers)
			}
			// Every ID ever returned still resolves, to a stored article.
			for _, r := range all {
				a, err := st.Article(ctx, r.ID)
				if err != nil {
					t.Fatalf("Article(%d): %v", r.ID, err)
				}
				if tc.wantText != "" && a.Text != tc.wantText {
					t.Errorf("Article(%d).Text = %.40q..., want %.40q...", r.ID, a.Text, tc.wantText)
				}
				if int64(len(a.URLs)) != tc.carriers && tc.articles == 1 {
					t.Errorf("Article(%d) has %d URLs, want %d", r.ID, len(a.URLs), tc.carriers)
				}
			}
		})
	}
}

func TestPutInvalid(t *testing.T) { eachBackend(t, testPutInvalid) }

func testPutInvalid(t *testing.T, b backend) {
	ctx := context.Background()
	st := b.open(t)
	good := art("u1", "P", "d", "some text")
	for _, batch := range [][]*model.Article{
		{good, nil},
		{good, art("u2", "P", "d", " \n\t ")},
		{art("u3", "P", "d", "")},
	} {
		if _, err := st.PutArticles(ctx, batch); !errors.Is(err, ErrInvalidArticle) {
			t.Errorf("PutArticles: err = %v, want ErrInvalidArticle", err)
		}
	}
	nan := art("u4", "P", "d", "text")
	nan.Events = []model.Event{{Goldstein: nanValue()}}
	if _, err := st.PutArticles(ctx, []*model.Article{good, nan}); err == nil {
		t.Error("PutArticles with a NaN Goldstein value: no error")
	}
	if s, _ := st.Stats(ctx); s.Articles != 0 {
		t.Errorf("failed batches stored %d articles", s.Articles)
	}
	if res, err := st.PutArticles(ctx, nil); err != nil || res != nil {
		t.Errorf("PutArticles(nil) = %v, %v", res, err)
	}
}

func nanValue() float64 { var z float64; return z / z }

// TestRepresentativeRule stores each pair in both orders and checks that
// the stored article is the same, and the one the rule picks.
func TestRepresentativeRule(t *testing.T) { eachBackend(t, testRepresentativeRule) }

func testRepresentativeRule(t *testing.T, b backend) {
	f := newFixture(t)
	hash := func(s string) string { h := sha256.Sum256([]byte(normalize(s))); return hex.EncodeToString(h[:]) }
	// Two near texts of equal normalised length: swap a word for another
	// word of the same length.
	w := strings.Fields(f.A)
	var sameLen string
	for i := range w {
		if len(w[i]) == 4 && !strings.HasSuffix(w[i], ".") {
			e := slices.Clone(w)
			e[i] = "zzzz"
			sameLen = strings.Join(e, " ")
			break
		}
	}
	if sameLen == "" || len(normalize(sameLen)) != len(normalize(f.A)) || !related(sameLen, f.A) {
		t.Fatal("fixture: no equal-length near text")
	}
	smallerHash := f.A
	if hash(sameLen) < hash(f.A) {
		smallerHash = sameLen
	}
	titled := func(title, url string) *model.Article {
		a := art(url, "P", "d", f.A)
		a.Title = title
		return a
	}
	fpOf := func(a *model.Article) string { r, _ := prepare(0, a); return r.fingerprint }
	t1, t2 := titled("first title", "u1"), titled("second title", "u2")
	winnerTitle := t1.Title
	if fpOf(t2) < fpOf(t1) {
		winnerTitle = t2.Title
	}

	tests := []struct {
		name      string
		a, b      *model.Article
		wantText  string
		wantTitle string
	}{
		{"longer text wins", art("u1", "P", "d", f.A), art("u2", "P", "d", f.Along), f.Along, "t"},
		{"equal length: smaller hash wins", art("u1", "P", "d", f.A), art("u2", "P", "d", sameLen), smallerHash, "t"},
		{"equal text: smaller fingerprint wins", t1, t2, f.A, winnerTitle},
	}
	ctx := context.Background()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var dumps [][]string
			for _, order := range [][]*model.Article{{tc.a, tc.b}, {tc.b, tc.a}} {
				st := b.open(t)
				putAll(t, st, [][]*model.Article{{order[0]}, {order[1]}})
				page, err := st.Articles(ctx, ArticleQuery{})
				if err != nil || len(page.Articles) != 1 {
					t.Fatalf("Articles: %d, %v; want one article", len(page.Articles), err)
				}
				a := page.Articles[0]
				if a.Text != tc.wantText || a.Title != tc.wantTitle {
					t.Errorf("stored %.30q (title %q), want %.30q (title %q)", a.Text, a.Title, tc.wantText, tc.wantTitle)
				}
				if len(a.URLs) != 2 {
					t.Errorf("stored %d carriers, want 2", len(a.URLs))
				}
				dumps = append(dumps, dump(t, st))
			}
			diffDumps(t, dumps[1], dumps[0])
		})
	}
}

// TestOrderIndependence stores one stream in several orders and batch
// sizes, some twice, and expects the same content every time.
func TestOrderIndependence(t *testing.T) { eachBackend(t, testOrderIndependence) }

func testOrderIndependence(t *testing.T, b backend) {
	arts := newGen(11).stream(600)
	ref := b.open(t)
	putAll(t, ref, batches(arts, 50))
	want := dump(t, ref)
	s, _ := ref.Stats(context.Background())
	if s.Articles >= int64(len(arts)) || s.Texts <= s.Articles {
		t.Fatalf("stream has too few duplicates to test anything: %+v from %d inputs", s, len(arts))
	}
	for i, size := range []int{1, 7, 600} {
		shuffled := slices.Clone(arts)
		newGen(uint64(100+i)).r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		st := b.open(t)
		putAll(t, st, batches(shuffled, size))
		if i == 1 { // and once more: nothing changes
			putAll(t, st, batches(arts, 13))
		}
		got := dump(t, st)
		t.Logf("order %d, batches of %d: %d articles, digest %s (want %s)", i, size, len(got), digest(got), digest(want))
		diffDumps(t, got, want)
	}
}

func TestArticleRoundTrip(t *testing.T) { eachBackend(t, testArticleRoundTrip) }

func testArticleRoundTrip(t *testing.T, b backend) {
	ctx := context.Background()
	published := model.At(time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC))
	src := &model.Actor{Code: "AAAGOV", Name: "Government of A", Country: "AAA", Span: model.Span{Start: 0, End: 4}}
	in := &model.Article{
		Doc: "news.warc.gz#record-3", URL: "https://a.example/x", Title: "Harbour reopens",
		Published: published, Publisher: "A Daily", Source: "Wire", Authors: []string{"Ann", "Bo"},
		Language: "en", Text: "The port reopened.\nTalks ended.",
		Sentences: []model.Sentence{{Span: model.Span{Start: 0, End: 18}, Tokens: []model.Token{{Span: model.Span{Start: 0, End: 3}, Form: "The", Head: 2}}}},
		Entities:  []model.Entity{{Span: model.Span{Start: 4, End: 8}, Text: "port", Kind: model.Location, Actor: src}},
		Events: []model.Event{{
			Source: src, Target: &model.Actor{Code: "BBB", Country: "BBB"}, Code: "036", Root: "03", Base: "036",
			Goldstein: 4, QuadClass: 1, Plover: &model.Plover{Event: "AGREE"},
			Date: model.Day(published.Time), DatePrecision: "day", DateReason: "dateline",
			Location: &model.Place{Name: "Valmora", GeonameID: 42, Country: "AAA", Lat: 1.5, Lon: -2.25},
			Status:   model.Claimed, Sentence: "The port reopened.", Pattern: "reopen",
			Evidence:   model.Evidence{Sentence: model.Span{Start: 0, End: 18}, Entries: []string{"x"}},
			Confidence: 0.75, AttributedTo: &model.Actor{Code: "AAAMED"},
		}},
		Quotes:  []model.Quote{{Speaker: model.Speaker{Name: "Ann", Actor: "AAAGOV"}, Text: "Talks ended", Direct: true, Cue: "said", Span: model.Span{Start: 19, End: 30}}},
		Framing: []model.FramingMark{{Kind: "hedge", Text: "reportedly", Span: model.Span{Start: 1, End: 2}}},
		Tone:    &model.Tone{Tone: -1.5, WordCount: 5},
		Sources: []model.SourceMention{{Kind: "named", Text: "Wire", Name: "Wire"}},
	}
	st := b.open(t)
	res, err := st.PutArticles(ctx, []*model.Article{in})
	if err != nil {
		t.Fatal(err)
	}
	got, err := st.Article(ctx, res[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	want := *in
	want.ID = res[0].ID
	want.URLs = []model.Carrier{{URL: in.URL, Publisher: in.Publisher, Doc: in.Doc}}
	gj, _ := jsonString(got)
	wj, _ := jsonString(&want)
	if gj != wj {
		t.Errorf("round trip:\n got %s\nwant %s", gj, wj)
	}
	if !got.Published.Time.Equal(published.Time) || !got.Published.Clock {
		t.Errorf("Published = %v, want %v", got.Published, published)
	}
	// The events and quotes tables hold the filterable columns.
	db := st.(*sqlDB)
	var code, srcCode, country, plover string
	var lat float64
	var geonameID int64
	if err := db.r.QueryRow(db.q(`SELECT code, source_code, place_country, place_lat, plover_event, place_geoname_id
		FROM events WHERE article_id = ?`), want.ID).Scan(&code, &srcCode, &country, &lat, &plover, &geonameID); err != nil ||
		code != "036" || srcCode != "AAAGOV" || country != "AAA" || lat != 1.5 || plover != "AGREE" || geonameID != 42 {
		t.Errorf("events row: %q %q %q %v %q %d, %v", code, srcCode, country, lat, plover, geonameID, err)
	}
	var speaker string
	var start, end int
	if err := db.r.QueryRow(db.q(`SELECT speaker_actor, span_start, span_end FROM quotes WHERE article_id = ?`), want.ID).
		Scan(&speaker, &start, &end); err != nil || speaker != "AAAGOV" || start != 19 || end != 30 {
		t.Errorf("quotes row: %q %d %d, %v", speaker, start, end, err)
	}
	if _, err := st.Article(ctx, want.ID+1); !errors.Is(err, ErrNotFound) {
		t.Errorf("Article(missing): %v, want ErrNotFound", err)
	}
}

// TestReplaceAnnotations checks that a winning near duplicate brings its own
// events and quotes.
func TestReplaceAnnotations(t *testing.T) { eachBackend(t, testReplaceAnnotations) }

func testReplaceAnnotations(t *testing.T, b backend) {
	f := newFixture(t)
	ctx := context.Background()
	old := art("u1", "P", "d", f.A)
	old.Events = []model.Event{{Code: "010"}, {Code: "011"}}
	old.Quotes = []model.Quote{{Text: "old"}}
	better := art("u2", "P", "d", f.Along)
	better.Events = []model.Event{{Code: "190"}}
	st := b.open(t)
	putAll(t, st, [][]*model.Article{{old}, {better}})
	s, _ := st.Stats(ctx)
	if s.Events != 1 || s.Quotes != 0 {
		t.Errorf("after replacement: %d events, %d quotes; want 1, 0", s.Events, s.Quotes)
	}
	page, _ := st.Articles(ctx, ArticleQuery{})
	if len(page.Articles) != 1 || len(page.Articles[0].Events) != 1 || page.Articles[0].Events[0].Code != "190" {
		t.Errorf("stored events: %+v", page.Articles)
	}
	// The text index follows the representative.
	for _, tc := range []struct {
		q    string
		want int
	}{{"EDITING BY ANOTHER", 1}, {"reporting by a", 1}, {"editing by another desk", 0}} {
		page, err := st.Articles(ctx, ArticleQuery{Text: tc.q})
		if err != nil || len(page.Articles) != tc.want {
			t.Errorf("Text %q: %d articles, %v; want %d", tc.q, len(page.Articles), err, tc.want)
		}
	}
}

func TestPagination(t *testing.T) { eachBackend(t, testPagination) }

func testPagination(t *testing.T, b backend) {
	ctx := context.Background()
	g := newGen(3)
	st := b.open(t)
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	var arts []*model.Article
	for i := range 40 {
		a := art("u"+string(rune('A'+i)), "P", "d", text(g.words(30)))
		if i%5 != 4 { // every fifth undated; several share a day
			a.Published = model.Day(day.AddDate(0, 0, i/3))
		}
		arts = append(arts, a)
	}
	putAll(t, st, batches(arts, 9))

	// Newest first, an article added mid-listing (newer than the cursor)
	// does not shift the next pages; oldest first, it comes last.
	for _, tc := range []struct {
		oldest bool
		want   int
	}{{false, len(arts)}, {true, len(arts) + 1}} {
		var seen []*model.Article
		q := ArticleQuery{Limit: 7, Oldest: tc.oldest}
		for pages := 0; ; pages++ {
			if pages > 10 {
				t.Fatal("too many pages")
			}
			page, err := st.Articles(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if len(page.Articles) > 7 {
				t.Fatalf("page of %d", len(page.Articles))
			}
			seen = append(seen, page.Articles...)
			if pages == 1 && !tc.oldest {
				putAll(t, st, [][]*model.Article{{withDate(art("new", "P", "d", text(g.words(30))), day.AddDate(1, 0, 0))}})
			}
			if page.Next == "" {
				break
			}
			q.Cursor = page.Next
		}
		if len(seen) != tc.want {
			t.Errorf("oldest=%v: listed %d articles, want %d", tc.oldest, len(seen), tc.want)
		}
		ids := map[int64]bool{}
		for i, a := range seen {
			if ids[a.ID] {
				t.Errorf("oldest=%v: article %d listed twice", tc.oldest, a.ID)
			}
			ids[a.ID] = true
			if i == 0 {
				continue
			}
			p := seen[i-1]
			ok := laterFirst(p, a)
			if tc.oldest {
				ok = laterFirst(a, p)
			}
			if !ok {
				t.Errorf("oldest=%v: %d (%v) listed before %d (%v)", tc.oldest, p.ID, p.Published, a.ID, a.Published)
			}
		}
	}
	for _, bad := range []string{"x", "YTEuMS4w", "!!!", "YTEuMS4tMQ"} {
		if _, err := st.Articles(ctx, ArticleQuery{Cursor: bad}); !errors.Is(err, ErrBadCursor) {
			t.Errorf("cursor %q: err %v, want ErrBadCursor", bad, err)
		}
	}
}

func withDate(a *model.Article, t time.Time) *model.Article { a.Published = model.Day(t); return a }

// laterFirst reports whether a may be listed before b newest first: a later
// date, or the same date and a larger ID; undated last.
func laterFirst(a, b *model.Article) bool {
	ka, kb := sortKey(a), sortKey(b)
	return ka > kb || (ka == kb && a.ID > b.ID)
}

func sortKey(a *model.Article) int64 {
	if a.Published.IsZero() {
		return undated
	}
	return a.Published.Time.Unix()
}

func TestFilters(t *testing.T) { eachBackend(t, testFilters) }

func testFilters(t *testing.T, be backend) {
	ctx := context.Background()
	f := newFixture(t)
	day := func(d int) model.Date { return model.Day(time.Date(2024, 2, d, 0, 0, 0, 0, time.UTC)) }
	a := art("u1", "Alpha Post", "d", f.A)
	a.Published, a.Title = day(1), "Harbour 100% open_now"
	aMirror := art("u2", "Beta Wire", "d", f.Ashort) // a near copy: a represents both
	b := art("u3", "Beta Wire", "d", f.B)
	b.Published = day(10)
	c := art("u4", "Gamma", "d", "A short note about the Valmora harbour.")
	st := be.open(t)
	putAll(t, st, [][]*model.Article{{a, aMirror, b, c}})
	title := func(arts []*model.Article) []string {
		var s []string
		for _, x := range arts {
			s = append(s, x.Title+"/"+x.Publisher)
		}
		slices.Sort(s)
		return s
	}
	tests := []struct {
		name string
		q    ArticleQuery
		want []string
	}{
		{"all", ArticleQuery{}, []string{"Harbour 100% open_now/Alpha Post", "t/Beta Wire", "t/Gamma"}},
		{"publisher on a carrier", ArticleQuery{Publisher: "beta wire"}, []string{"Harbour 100% open_now/Alpha Post", "t/Beta Wire"}},
		{"publisher", ArticleQuery{Publisher: "Gamma"}, []string{"t/Gamma"}},
		{"unknown publisher", ArticleQuery{Publisher: "Delta"}, nil},
		{"text in body, case ignored", ArticleQuery{Text: "VALMORA harbour"}, []string{"t/Gamma"}},
		{"text in title with LIKE characters", ArticleQuery{Text: "100% open_"}, []string{"Harbour 100% open_now/Alpha Post"}},
		{"percent is literal", ArticleQuery{Text: "Harbour%now"}, nil},
		{"quote in the text", ArticleQuery{Text: `harbour"`}, nil},
		{"two characters", ArticleQuery{Text: "% "}, []string{"Harbour 100% open_now/Alpha Post"}},
		{"one character", ArticleQuery{Text: "_"}, []string{"Harbour 100% open_now/Alpha Post"}},
		{"from", ArticleQuery{From: day(5).Time}, []string{"t/Beta Wire"}},
		{"to", ArticleQuery{To: day(5).Time}, []string{"Harbour 100% open_now/Alpha Post"}},
		{"from and to", ArticleQuery{From: day(1).Time, To: day(11).Time}, []string{"Harbour 100% open_now/Alpha Post", "t/Beta Wire"}},
		{"combined", ArticleQuery{Publisher: "Beta Wire", To: day(2).Time}, []string{"Harbour 100% open_now/Alpha Post"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page, err := st.Articles(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := title(page.Articles); !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestMigrateAndReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "casus.db")
	st, err := Open(ctx, "sqlite:"+path)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := st.Stats(ctx)
	if s.SchemaVersion != len(sqliteMigrations()) || s.SchemaVersion < 2 {
		t.Errorf("new database at version %d, want %d", s.SchemaVersion, len(sqliteMigrations()))
	}
	putAll(t, st, [][]*model.Article{{art("u1", "P", "d", "first text"), art("u2", "P", "d", "second text")}})
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	st, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	s2, _ := st.Stats(ctx)
	if s2.Articles != 2 || s2.SchemaVersion != s.SchemaVersion {
		t.Errorf("after reopen: %+v", s2)
	}
	var mode string
	if err := st.(*sqlDB).w.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	st.Close()

	// A database from a newer program is refused and left alone.
	if _, err := rawDB(t, path).Exec(`UPDATE schema_version SET version = version + 1`); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(ctx, path); !errors.Is(err, ErrSchemaTooNew) {
		t.Errorf("Open(newer schema): %v, want ErrSchemaTooNew", err)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	notDB := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(notDB, []byte(strings.Repeat("These are notes, not a database.\n", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		dsn  string
		want error // nil: any error
	}{
		{notDB, ErrNotDatabase},
		{"sqlite:" + notDB, ErrNotDatabase},
		{"postgres://casus@/casus?host=/nonexistent/dir&connect_timeout=2", nil},
		{"mysql://x", ErrUnsupported},
		{"", nil},
		{filepath.Join(dir, "missing", "dir", "x.db"), nil},
		{dir, nil},
	}
	for _, tc := range tests {
		st, err := Open(ctx, tc.dsn)
		if err == nil {
			st.Close()
			t.Errorf("Open(%q): no error", tc.dsn)
			continue
		}
		t.Logf("Open(%q): %v", tc.dsn, err)
		if tc.want != nil && !errors.Is(err, tc.want) {
			t.Errorf("Open(%q): %v, want %v", tc.dsn, err, tc.want)
		}
	}
	// A name with URI characters is a plain file name.
	odd := filepath.Join(dir, "odd?name#1%.db")
	st := openT(t, odd)
	putAll(t, st, [][]*model.Article{{art("u", "P", "d", "text")}})
	if _, err := os.Stat(odd); err != nil {
		t.Errorf("database not created at %q: %v", odd, err)
	}
}

// TestConcurrentPut runs writers in several goroutines through two handles
// on one file: no SQLITE_BUSY may surface, and the result equals a
// sequential run.
func TestConcurrentPut(t *testing.T) { eachBackend(t, testConcurrentPut) }

func testConcurrentPut(t *testing.T, b backend) {
	ctx := context.Background()
	arts := newGen(5).stream(800)
	dsn := b.dsn(t)
	st1, st2 := openT(t, dsn), openT(t, dsn)
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for w := range 6 {
		st := st1
		if w%2 == 1 {
			st = st2
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Every writer stores the whole stream, from its own offset.
			off := w * len(arts) / 6
			for _, batch := range batches(append(slices.Clone(arts[off:]), arts[:off]...), 40) {
				if _, err := st.PutArticles(ctx, batch); err != nil {
					errs <- err
					return
				}
				if _, err := st.Articles(ctx, ArticleQuery{Limit: 5}); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	ref := b.open(t)
	putAll(t, ref, batches(arts, 100))
	diffDumps(t, dump(t, st1), dump(t, ref))
}

func FuzzCursor(f *testing.F) {
	f.Add("")
	f.Add(cursor{undated, 1}.String())
	f.Add(cursor{1700000000, 99}.String())
	f.Add("YTEuMS4w")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := parseCursor(s)
		if err != nil {
			if !errors.Is(err, ErrBadCursor) {
				t.Fatalf("error %v is not ErrBadCursor", err)
			}
			return
		}
		if c.id <= 0 {
			t.Fatalf("accepted id %d", c.id)
		}
		if c2, err := parseCursor(c.String()); err != nil || c2 != c {
			t.Fatalf("round trip: %v -> %q -> %v, %v", c, c.String(), c2, err)
		}
	})
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", " a  B\tc\n", "\u00a0x\u2003y ", "İSTANBUL", "\xff \xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := normalize(s)
		if r := refNormalize(s); n != r {
			t.Fatalf("normalize(%q) = %q, want %q", s, n, r)
		}
		if normalize(n) != n {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, n, normalize(n))
		}
		if strings.HasPrefix(n, " ") || strings.HasSuffix(n, " ") || strings.Contains(n, "  ") {
			t.Fatalf("untidy spaces: %q", n)
		}
		if normalize(" "+s+"\n") != n || normalize(strings.ReplaceAll(s, " ", "\t ")) != n {
			t.Fatalf("white space matters: %q", s)
		}
	})
}

// BenchmarkPutArticles stores a stream of 2000 articles with duplicates in
// batches of 100 into a new store of each backend. It reports wall time
// and this process's CPU time per article (a PostgreSQL server's CPU is
// not counted).
func BenchmarkPutArticles(b *testing.B) {
	arts := newGen(9).stream(2000)
	ctx := context.Background()
	cpu := func() time.Duration {
		var ru syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	for _, be := range backends() {
		b.Run(be.name, func(b *testing.B) {
			var used time.Duration
			for b.Loop() {
				b.StopTimer()
				st := openT(b, be.dsn(b))
				b.StartTimer()
				start := cpu()
				for _, batch := range batches(arts, 100) {
					if _, err := st.PutArticles(ctx, batch); err != nil {
						b.Fatal(err)
					}
				}
				used += cpu() - start
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(arts)), "ns/article")
			b.ReportMetric(float64(used.Nanoseconds())/float64(b.N*len(arts)), "cpu-ns/article")
		})
	}
}

// FuzzPutRoundTrip stores arbitrary strings and reads them back unchanged;
// storing them again adds nothing.
func FuzzPutRoundTrip(f *testing.F) {
	f.Add("Harbour reopens", "https://a.example/x", "The port reopened.\nTalks ended.")
	f.Add("", "", "\x00nul\x00 and \xff invalid")
	f.Add("ti'tle\"", "u?#%", "  spaced   out  ")
	st, err := Open(context.Background(), ":memory:")
	if err != nil {
		f.Fatal(err)
	}
	defer st.Close()
	f.Fuzz(func(t *testing.T, title, url, txt string) {
		ctx := context.Background()
		a := &model.Article{Title: title, URL: url, Doc: "fuzz", Text: txt}
		res, err := st.PutArticles(ctx, []*model.Article{a})
		if normalize(txt) == "" {
			if !errors.Is(err, ErrInvalidArticle) {
				t.Fatalf("empty text: err = %v", err)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		before, err := st.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		got, err := st.Article(ctx, res[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		if res[0].Outcome == New && (got.Title != clean(title) || got.URL != clean(url) || got.Text != clean(txt)) {
			t.Fatalf("round trip: got %q %q %q", got.Title, got.URL, got.Text)
		}
		res2, err := st.PutArticles(ctx, []*model.Article{a})
		if err != nil {
			t.Fatal(err)
		}
		if o := res2[0].Outcome; o != Seen {
			t.Fatalf("second put: %v, want seen", o)
		}
		if after, _ := st.Stats(ctx); after != before {
			t.Fatalf("second put changed stats: %+v -> %+v", before, after)
		}
	})
}

func TestOpenDSN(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	tests := []struct {
		dsn  string
		file string // the file it must create, if any
	}{
		{":memory:", ""},
		{"sqlite::memory:", ""},
		{filepath.Join(dir, "a.db"), filepath.Join(dir, "a.db")},
		{"sqlite:" + filepath.Join(dir, "b.db"), filepath.Join(dir, "b.db")},
		{"sqlite://" + filepath.Join(dir, "c.db"), filepath.Join(dir, "c.db")},
	}
	for _, tc := range tests {
		st, err := Open(ctx, tc.dsn)
		if err != nil {
			t.Errorf("Open(%q): %v", tc.dsn, err)
			continue
		}
		if _, err := st.PutArticles(ctx, []*model.Article{art("u", "P", "d", "text")}); err != nil {
			t.Errorf("Open(%q): put: %v", tc.dsn, err)
		}
		st.Close()
		if tc.file != "" {
			if _, err := os.Stat(tc.file); err != nil {
				t.Errorf("Open(%q) made no file %s: %v", tc.dsn, tc.file, err)
			}
		}
	}
}

func TestOutcomeString(t *testing.T) {
	want := map[Outcome]string{New: "new", Exact: "exact", Near: "near", Replaced: "replaced", Seen: "seen", Updated: "updated", 0: "Outcome(0)"}
	for o, s := range want {
		if o.String() != s {
			t.Errorf("Outcome(%d).String() = %q, want %q", int(o), o.String(), s)
		}
	}
}

// refNormalize is normalize rune by rune: runs of white space become one
// space, none at the ends, and every rune is lower-cased.
func refNormalize(s string) string {
	var out []rune
	pending := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			pending = len(out) > 0
			continue
		}
		if pending {
			out = append(out, ' ')
			pending = false
		}
		out = append(out, unicode.ToLower(r))
	}
	return string(out)
}

func TestNormalizeMatchesReference(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", " A  B\tc\n", "\u00a0x\u2003y ", "İSTANBUL Ärger", "\xff \xfeZ\x00",
		"The Harbour\r\nREOPENS\v\f today.\u0085Next", "Албания РАЗОРВАЛА", "x\u3000\u3000y",
	} {
		if got, want := normalize(s), refNormalize(s); got != want {
			t.Errorf("normalize(%q) = %q, want %q", s, got, want)
		}
	}
}

func BenchmarkNormalize(b *testing.B) {
	s := strings.Repeat("The Harbour reopened on Tuesday, officials said;\n\tZürich's port stayed shut. ", 60)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		normalize(s)
	}
}

// TestNoAuthorsIsEmptyList checks that an article stored without authors
// comes back with an empty list, JSON [], as extract writes it, from both
// Article and Articles.
func TestNoAuthorsIsEmptyList(t *testing.T) { eachBackend(t, testNoAuthorsIsEmptyList) }

func testNoAuthorsIsEmptyList(t *testing.T, b backend) {
	ctx := context.Background()
	tests := []struct {
		name    string
		authors []string
		want    string
	}{
		{"nil", nil, `[]`},
		{"empty", []string{}, `[]`},
		{"one", []string{"Ann Lee"}, `["Ann Lee"]`},
	}
	st := b.open(t)
	for i, tt := range tests {
		a := art("https://a.example/"+tt.name, "A", "doc-"+tt.name, "Story number "+tt.name+" about a different harbour "+strings.Repeat(tt.name+" ", i+3))
		a.Authors = tt.authors
		res, err := st.PutArticles(ctx, []*model.Article{a})
		if err != nil {
			t.Fatal(err)
		}
		got, err := st.Article(ctx, res[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		if j, _ := jsonString(got.Authors); j != tt.want {
			t.Errorf("%s: Article authors %s, want %s", tt.name, j, tt.want)
		}
	}
	page, err := st.Articles(ctx, ArticleQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range page.Articles {
		if a.Authors == nil {
			t.Errorf("Articles: %s has nil authors, want []", a.URL)
		}
	}
	if len(page.Articles) != len(tests) {
		t.Errorf("Articles listed %d, want %d", len(page.Articles), len(tests))
	}
}
