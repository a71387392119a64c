package web

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/store"
)

// testServer serves a store holding one article with two events, a quote
// and a framing mark, written for these tests, and returns the article's
// ID.
func testServer(t *testing.T) (*httptest.Server, int64) {
	t.Helper()
	st, id := testStore(t)
	h, err := NewHandler(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv, id
}

// testStore makes testServer's store.
func testStore(t testing.TB) (store.Store, int64) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	text := "Albania severed ties with Iran on Wednesday.\nThe so-called talks <script>alert(1)</script> failed. \"We will not bow,\" Rama said."
	i := strings.Index
	d := model.Day(time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC))
	res, err := st.PutArticles(ctx, []*model.Article{{
		Doc: "a.html", URL: "https://news.example/a", Title: `Talks <b>fail</b> & "stall"`,
		Published: d, Publisher: "News Example", Authors: []string{"Ana Ruiz"}, Text: text,
		Events: []model.Event{
			{Source: &model.Actor{Code: "ALB", Name: "Albania", Country: "ALB"}, Target: &model.Actor{Code: "IRN", Name: "Iran", Country: "IRN"},
				Code: "161", Root: "16", QuadClass: 4, Goldstein: -4, Date: model.Day(time.Date(2024, 4, 24, 0, 0, 0, 0, time.UTC)),
				DatePrecision: "day", DateReason: "Wednesday before the dateline", Status: "asserted", Pattern: "SEVER TIES",
				Sentence: "Albania severed ties with Iran on Wednesday.", Confidence: 0.9,
				Location: &model.Place{Name: "Tirana", Country: "ALB", Lat: 41.33, Lon: 19.82},
				Evidence: model.Evidence{Sentence: model.Span{Start: 0, End: 44}, Source: model.Span{Start: 0, End: 7},
					Predicate: model.Span{Start: 8, End: 15}, Target: model.Span{Start: 26, End: 30}}},
			{Source: &model.Actor{Code: "IRN", Name: "Iran"}, Target: &model.Actor{Code: "ALB", Name: "Albania"},
				Code: "042", Root: "04", QuadClass: 1, Goldstein: 1.9, Date: d, Status: "claimed",
				Sentence: "not in the text", Evidence: model.Evidence{Sentence: model.Span{Start: 5000, End: 9000}}},
		},
		Quotes:  []model.Quote{{Speaker: model.Speaker{Name: "Edi Rama", Actor: "ALBGOV"}, Text: "We will not bow", Direct: true, Cue: "said", Span: model.Span{Start: i(text, "We will"), End: i(text, "bow") + 3}}},
		Framing: []model.FramingMark{{Kind: "distancing", Text: "so-called", Span: model.Span{Start: i(text, "so-called"), End: i(text, "so-called") + 9}}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	return st, res[0].ID
}

func fetch(t *testing.T, srv *httptest.Server, path string, want int) string {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != want {
		t.Errorf("GET %s: status %d, want %d\n%.400s", path, resp.StatusCode, want, b)
	}
	return string(b)
}

func TestPages(t *testing.T) {
	srv, id := testServer(t)
	art := "/articles/" + strconv.FormatInt(id, 10)
	tests := []struct {
		path   string
		status int
		want   []string
		not    []string
	}{
		{"/", 200, []string{"Overview", "Latest events", "Albania", `href="/articles/` + strconv.FormatInt(id, 10) + `#event-`, "<svg"}, nil},
		{"/search?actor=IRN&quad=4", 200, []string{">161<", "#event-0", `value="IRN"`}, []string{"#event-1"}},
		{"/search", 200, []string{`list="publishers"`, `<datalist id="publishers"><option value="News Example"></datalist>`}, nil},
		{"/map?quad=4", 200, []string{`<option value="News Example">`}, nil},
		{"/search?q=%3Cscript%3E", 200, []string{"&lt;script&gt;", "No events match"}, []string{"<script>"}},
		{"/search?quad=9", 400, []string{"role=\"alert\"", "quad"}, nil},
		{"/search?source=ZZQ", 400, []string{"source"}, nil},
		{"/search?cursor=nonsense", 400, []string{"cursor"}, nil},
		{"/timeline?interval=day", 200, []string{"2024-04-24", "<rect"}, nil},
		{"/timeline?interval=year", 400, []string{"interval"}, nil},
		{"/network", 200, []string{"<circle", `<path class="edge t-conflict" d="M`, `href="/actors/ALB"`, `aria-label="ALB Albania: 2 events"`}, nil},
		{"/map", 200, []string{"Tirana", `<path class="ctry t-conflict" fill-opacity="0.95"`, `aria-label="Albania: 1 events, mean Goldstein -4.0"`,
			`href="/search?country=ALB"`, `<circle class="place t-conflict"`, "<title>Iran</title>"}, nil},
		{"/map?country=USA", 200, []string{"No events with a place"}, []string{`class="ctry`}},
		{art, 200, []string{`<mark class="ev src"`, `<mark class="ev pred"`, `<mark class="ev tgt"`, `id="s-0"`, `<mark class="quote"`,
			`<mark class="frame"`, "SEVER TIES", "Wednesday before the dateline", "Edi Rama", "&lt;script&gt;", "Ana Ruiz", `id="event-1"`}, []string{"<script>alert"}},
		{"/actors/ALB", 200, []string{"Albania", "Partners", ">161<"}, nil},
		{"/actors/ALBGOV", 200, []string{"We will not bow"}, nil},
		{"/actors/ZZQ", 404, nil, nil}, {"/actors/%3Cb%3E", 404, nil, []string{"<b>"}},
		{"/articles", 200, []string{"Talks &lt;b&gt;fail&lt;/b&gt;"}, []string{"<b>fail"}},
		{"/articles?q=nothing+matches", 200, []string{"No articles"}, nil},
		{"/articles/12345", 404, nil, nil},
		{"/articles/x", 400, nil, nil},
		{"/static/style.css", 200, []string{"mark.ev"}, nil},
	}
	for _, tt := range tests {
		checkPage(t, srv, tt.path, tt.status, tt.want, tt.not)
	}
}

// checkPage fetches path from srv, expecting status, and reports each of
// want the page lacks and each of not it holds.
func checkPage(t *testing.T, srv *httptest.Server, path string, status int, want, not []string) {
	t.Helper()
	got := fetch(t, srv, path, status)
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("GET %s lacks %q", path, w)
		}
	}
	for _, n := range not {
		if strings.Contains(got, n) {
			t.Errorf("GET %s holds %q", path, n)
		}
	}
}

// BenchmarkPageRender renders each page on a small store without the page
// cache (e2e's BenchmarkPages times the demo store). Figures are read,
// not asserted:
//
//	go test -run '^$' -bench PageRender ./web
func BenchmarkPageRender(b *testing.B) {
	st, id := testStore(b)
	h, err := newHandler(st, nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	for _, p := range []string{"/", "/search", "/timeline", "/network", "/map", "/articles", "/articles/" + strconv.FormatInt(id, 10), "/actors/ALB"} {
		b.Run(p, func(b *testing.B) {
			for range b.N {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
				if rec.Code != 200 {
					b.Fatalf("GET %s: %d", p, rec.Code)
				}
			}
		})
	}
}

// TestPageCache checks a cached page is the page rendered afresh, and
// that a change to the store is seen at once.
func TestPageCache(t *testing.T) {
	st, _ := testStore(t)
	cold, err := newHandler(st, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	warm, err := NewHandler(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	get := func(h http.Handler, path string) string {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if rec.Code != 200 {
			t.Fatalf("GET %s: %d", path, rec.Code)
		}
		return rec.Body.String()
	}
	for _, p := range []string{"/", "/map", "/network?quad=4", "/actors/ALB"} {
		first, second, fresh := get(warm, p), get(warm, p), get(cold, p)
		if first != fresh || second != fresh {
			t.Errorf("GET %s: cached page differs from a fresh one", p)
		}
	}
	before := get(warm, "/articles")
	if _, err := st.PutArticles(context.Background(), []*model.Article{{Doc: "b.html", Title: "A second article", Text: "Nothing happened.",
		Published: model.Day(time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC))}}); err != nil {
		t.Fatal(err)
	}
	after := get(warm, "/articles")
	if strings.Contains(before, "A second article") || !strings.Contains(after, "A second article") {
		t.Error("the cache served a page from before the store changed")
	}
	c := newPageCache(time.Minute, 2, 1<<20)
	now := time.Now()
	v := store.Stats{Articles: 1}
	c.put("a", v, now, []byte("A"))
	c.put("b", v, now, []byte("B"))
	c.get("a", v, now)
	c.put("c", v, now, []byte("C"))
	if _, ok := c.get("b", v, now); ok {
		t.Error("least recently used page kept")
	}
	if _, ok := c.get("a", v, now.Add(2*time.Minute)); ok {
		t.Error("expired page served")
	}
	if _, ok := c.get("c", store.Stats{Articles: 2}, now); ok {
		t.Error("page of another store version served")
	}
	if c.lru.Len() != 0 || c.bytes != 0 {
		t.Errorf("cache holds %d pages, %d bytes", c.lru.Len(), c.bytes)
	}
}

func TestAnnotate(t *testing.T) {
	text := "Aé b.\nC d."
	a := &model.Article{Text: text, Events: []model.Event{{Code: "010", Evidence: model.Evidence{
		Sentence: model.Span{Start: 0, End: 6}, Source: model.Span{Start: 2, End: 3}, // 2 is inside "é": snapped back
		Target: model.Span{Start: -4, End: 1}, Predicate: model.Span{Start: 9, End: 99}}}}}
	paras := annotate(a)
	if len(paras) != 2 {
		t.Fatalf("%d paragraphs: %+v", len(paras), paras)
	}
	var all strings.Builder
	for i, p := range paras {
		if i > 0 {
			all.WriteString("\n")
		}
		for _, s := range p {
			all.WriteString(s.Text)
		}
	}
	if all.String() != text {
		t.Errorf("segments do not rebuild the text: %q", all.String())
	}
	if first := paras[0][0]; first.Text != "A" || first.Classes != "ev tgt" || len(first.IDs) != 1 || first.IDs[0] != "s-0" {
		t.Errorf("first segment %+v", first)
	}
	if second := paras[0][1]; second.Text != "é" || second.Classes != "ev src" {
		t.Errorf("second segment %+v", second)
	}
	last := paras[1][len(paras[1])-1]
	if last.Classes != "pred" {
		t.Errorf("clipped predicate: %+v", last)
	}
}

// TestAnnotateSharedSentence checks that every event has its anchor in
// the text when events share a sentence, as they often do, so each
// event's "in the text" link leads somewhere.
func TestAnnotateSharedSentence(t *testing.T) {
	sent := model.Span{Start: 0, End: 27}
	a := &model.Article{Text: "Albania cut ties with Iran.\nIran denied it.", Events: []model.Event{
		{Code: "161", Evidence: model.Evidence{Sentence: sent}},
		{Code: "160", Evidence: model.Evidence{Sentence: sent}},
		{Code: "024", Evidence: model.Evidence{Sentence: model.Span{Start: 28, End: 43}}},
	}}
	anchors := map[string]int{}
	for _, p := range annotate(a) {
		for _, s := range p {
			for _, id := range s.IDs {
				anchors[id]++
			}
		}
	}
	for _, id := range []string{"s-0", "s-1", "s-2"} {
		if anchors[id] != 1 {
			t.Errorf("anchor %s placed %d times, want once (anchors %v)", id, anchors[id], anchors)
		}
	}
}

// TestActorName checks that an actor page takes its heading from the
// name that more than half the code's named mentions give it, else from
// the code, and lists the names when its events give several.
func TestActorName(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	d := model.Day(time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC))
	ev := func(src, srcName, tgt, tgtName string) model.Event {
		return model.Event{Source: &model.Actor{Code: src, Name: srcName}, Target: &model.Actor{Code: tgt, Name: tgtName},
			Code: "042", Root: "04", QuadClass: 1, Goldstein: 1.9, Date: d, Status: "asserted", Sentence: "s"}
	}
	if _, err := st.PutArticles(ctx, []*model.Article{{
		Doc: "b.html", URL: "https://news.example/b", Title: "Visits", Published: d, Text: "s",
		Events: []model.Event{
			ev("IRNGOV", "MASOUD PEZESHKIAN", "RUS", "RUSSIAN FEDERATION"),
			ev("ALB", "ALBANIA", "IRNGOV", "EMBASSY"),
			ev("IRNGOV", "MASOUD PEZESHKIAN", "ALB", "ALBANIA"),
			ev("IRNGOV", "ESMAEIL BAGHAEI", "ALB", "ALBANIA"),
			ev("RUS", "", "SRB", "SERBIA"),
			ev("AZE", "AZERBAIJAN", "ALB", "ALBANIA"),
			ev("AZE", "ILHAM ALIYEV", "ALB", "ALBANIA"),
			ev("AZE", "AZERBAIJAN", "RUS", "RUSSIAN FEDERATION"),
		},
	}}); err != nil {
		t.Fatal(err)
	}
	h, err := NewHandler(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	tests := []struct {
		path string
		want []string
		not  []string
	}{
		{"/actors/IRNGOV", []string{"<h1>IRNGOV</h1>", "Named in these events: MASOUD PEZESHKIAN (2), EMBASSY (1), ESMAEIL BAGHAEI (1)."}, []string{"<h1>MASOUD"}},
		{"/actors/AZE", []string{`<h1>AZERBAIJAN <span class="meta">AZE</span></h1>`, "Named in these events: AZERBAIJAN (2), ILHAM ALIYEV (1)."}, nil},
		{"/actors/ALB", []string{`<h1>ALBANIA <span class="meta">ALB</span></h1>`}, []string{"Named in"}},
		{"/actors/RUS", []string{`<h1>RUSSIAN FEDERATION <span class="meta">RUS</span></h1>`}, []string{"Named in"}},
		{"/actors/SRB", []string{`<h1>SERBIA <span class="meta">SRB</span></h1>`}, []string{"Named in"}},
	}
	for _, tt := range tests {
		checkPage(t, srv, tt.path, http.StatusOK, tt.want, tt.not)
	}
}

func TestPublished(t *testing.T) {
	plus2 := time.FixedZone("", 2*3600)
	tests := []struct {
		d    model.Date
		want string
	}{
		{model.Date{}, ""},
		{model.Day(time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)), "2026-03-10"},
		{model.At(time.Date(2026, 3, 10, 9, 30, 0, 0, plus2)), "2026-03-10 09:30 +02:00"},
		{model.At(time.Date(2026, 3, 10, 23, 5, 0, 0, time.UTC)), "2026-03-10 23:05 +00:00"},
	}
	for _, tt := range tests {
		if got := published(tt.d); got != tt.want {
			t.Errorf("published(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}

// publisherCounter is a real store that counts its groupings by publisher.
type publisherCounter struct {
	store.Store
	calls int
}

func (c *publisherCounter) Groups(ctx context.Context, q store.EventQuery, by store.GroupBy, limit int) ([]store.Group, error) {
	if by == store.ByPublisher {
		c.calls++
	}
	return c.Store.Groups(ctx, q, by, limit)
}

// TestPublisherList checks that pages with the filter form read the
// store's publishers once while the store does not change, and again, with
// the new publisher offered, once it does.
func TestPublisherList(t *testing.T) {
	st, _ := testStore(t)
	counter := &publisherCounter{Store: st}
	h, err := newHandler(counter, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	get := func(path string) string {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if rec.Code != 200 {
			t.Fatalf("GET %s: %d", path, rec.Code)
		}
		return rec.Body.String()
	}
	for _, p := range []string{"/search", "/network", "/search?quad=4"} {
		if body := get(p); !strings.Contains(body, `<option value="News Example">`) {
			t.Errorf("GET %s does not offer the store's publisher", p)
		}
	}
	if counter.calls != 1 {
		t.Errorf("three pages grouped events by publisher %d times, want once", counter.calls)
	}
	if _, err := st.PutArticles(context.Background(), []*model.Article{{Doc: "b.html", Title: "Expulsion", Publisher: "Valmora Daily",
		Text: "Albania expelled Iran's envoys.", Published: model.Day(time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)),
		Events: []model.Event{{Source: &model.Actor{Code: "ALB", Name: "Albania"}, Target: &model.Actor{Code: "IRN", Name: "Iran"},
			Code: "174", Root: "17", QuadClass: 4, Status: "asserted", Sentence: "Albania expelled Iran's envoys."}}}}); err != nil {
		t.Fatal(err)
	}
	if body := get("/search"); !strings.Contains(body, `<option value="Valmora Daily">`) {
		t.Error("after a new article, /search does not offer its publisher")
	}
	if counter.calls != 2 {
		t.Errorf("grouped by publisher %d times after the store changed, want 2", counter.calls)
	}
}

// renamedStore is a store whose counts never change while the publisher
// its one article is stored under does (an article stored again).
type renamedStore struct {
	store.Store
	publisher string
	groupings int
}

func (s *renamedStore) Stats(context.Context) (store.Stats, error) {
	return store.Stats{Articles: 1, Texts: 1, Carriers: 1, Events: 1}, nil
}

func (s *renamedStore) Groups(context.Context, store.EventQuery, store.GroupBy, int) ([]store.Group, error) {
	s.groupings++
	return []store.Group{{Key: s.publisher, Count: 1}}, nil
}

// TestPublisherListExpires checks that a publisher list is read again
// once it is older than publishersFor, though the store's counts did not
// change, and not before.
func TestPublisherListExpires(t *testing.T) {
	start := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		after     time.Duration
		want      string
		groupings int
	}{
		{publishersFor / 2, "Old Name", 1},
		{publishersFor, "Old Name", 1},
		{publishersFor + time.Second, "New Name", 2},
	}
	for _, tt := range tests {
		st := &renamedStore{publisher: "Old Name"}
		var l publisherList
		if _, err := l.get(context.Background(), st, start); err != nil {
			t.Fatal(err)
		}
		st.publisher = "New Name"
		got, err := l.get(context.Background(), st, start.Add(tt.after))
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0] != tt.want || st.groupings != tt.groupings {
			t.Errorf("after %v: %q in %d groupings, want [%s] in %d", tt.after, got, st.groupings, tt.want, tt.groupings)
		}
	}
}
