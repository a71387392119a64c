package api

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/casus-project/casus/gdelt"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/store"
)

func date(s string) model.Date {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return model.Day(t)
}

// eventArticles are two articles with events and quotes written for these
// tests; each event's sentence starts with its name.
func eventArticles() []*model.Article {
	alb := &model.Actor{Code: "ALB", Name: "Albania", Country: "ALB"}
	irn := &model.Actor{Code: "IRN", Name: "Iran", Country: "IRN"}
	return []*model.Article{
		{
			Doc: "a1", URL: "https://valmora.example/1", Title: "Ties cut", Publisher: "Valmora Daily",
			Published: date("2024-05-03"),
			Text:      "Albania severed ties with Iran. Iran accused Albania of lying.\n\"We will not bow,\" Rama said.",
			Events: []model.Event{
				{Source: alb, Target: irn, Code: "161", Root: "16", QuadClass: 4, Goldstein: -4, Date: date("2024-05-02"),
					DatePrecision: "day", Status: model.Asserted, Sentence: "E1 Albania severed ties with Iran.",
					Location: &model.Place{Name: "Tirana", Country: "ALB", Lat: 41.33, Lon: 19.82}},
				{Source: irn, Target: alb, Code: "112", Root: "11", QuadClass: 3, Goldstein: -2, Date: date("2024-05-03"),
					DatePrecision: "day", Status: model.Claimed, Sentence: "E2 Iran accused Albania of lying =cmd()."},
			},
			Quotes: []model.Quote{{Speaker: model.Speaker{Name: "Edi Rama", Actor: "ALBGOV"}, Text: "We will not bow",
				Direct: true, Cue: "said", Span: model.Span{Start: 64, End: 79}}},
		},
		{
			Doc: "a2", URL: "https://tehran.example/2", Title: "Talks <offered>", Publisher: "Tehran Times",
			Published: date("2024-05-10"),
			Text:      "Iran offered talks to Albania.",
			Events: []model.Event{
				{Source: irn, Target: alb, Code: "042", Root: "04", QuadClass: 1, Goldstein: 1.9, Date: date("2024-05-09"),
					DatePrecision: "day", Status: model.Asserted, Sentence: "E3 Iran offered talks to Albania."},
			},
		},
	}
}

// fakeIngester records what it is given.
type fakeIngester struct {
	mu   sync.Mutex
	reqs []IngestRequest
	full bool
}

func (f *fakeIngester) Enqueue(ctx context.Context, req IngestRequest) (IngestJob, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.full {
		return IngestJob{}, ErrQueueFull
	}
	f.reqs = append(f.reqs, req)
	return IngestJob{ID: fmt.Sprint(len(f.reqs)), State: "queued", Inputs: len(req.URLs) + len(req.Documents)}, nil
}

func (f *fakeIngester) Job(id string) (IngestJob, bool) {
	if id == "1" {
		return IngestJob{ID: "1", State: "done"}, true
	}
	return IngestJob{}, false
}

func newEventServer(t *testing.T, opts Options) *httptest.Server {
	t.Helper()
	st, err := store.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.PutArticles(context.Background(), eventArticles()); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(NewHandler(st, opts))
	t.Cleanup(srv.Close)
	return srv
}

type eventsPage struct {
	Events []store.EventHit `json:"events"`
	Next   string           `json:"next"`
}

func eventNames(p eventsPage) string {
	var out []string
	for _, e := range p.Events {
		out = append(out, strings.Fields(e.Sentence)[0])
	}
	return strings.Join(out, " ")
}

func TestEvents(t *testing.T) {
	srv := newEventServer(t, Options{})
	tests := []struct {
		query, want string
	}{
		{"", "E3 E2 E1"},
		{"sort=oldest", "E1 E2 E3"},
		{"sort=conflict", "E1 E2 E3"},
		{"actor=irn&quad=3,4", "E2 E1"},
		{"source=IRN", "E3 E2"},
		{"target_country=alb", "E3 E2"},
		{"country=ALB&root=16", "E1"},
		{"code=042", "E3"},
		{"goldstein_min=-3&goldstein_max=0", "E2"},
		{"from=2024-05-03&to=2024-05-09", "E3 E2"},
		{"status=claimed", "E2"},
		{"background=no", "E3 E2 E1"},
		{"background=yes", ""},
		{"publisher=tehran+times", "E3"},
		{"q=severed", "E1"},
		{"q=%27%29+OR+1%3D1+--", ""},
		{"q=%3Cscript%3E", ""},
	}
	for _, tt := range tests {
		var p eventsPage
		if code := get(t, srv, "/api/events?"+tt.query, &p); code != 200 {
			t.Errorf("%s: status %d", tt.query, code)
		}
		if got := eventNames(p); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.query, got, tt.want)
		}
	}
	// Paging one at a time visits every event once.
	var all []string
	path := "/api/events?limit=1"
	for range 5 {
		var p eventsPage
		get(t, srv, path, &p)
		all = append(all, eventNames(p))
		if p.Next == "" {
			break
		}
		path = "/api/events?limit=1&cursor=" + url.QueryEscape(p.Next)
	}
	if got := strings.Join(all, " "); got != "E3 E2 E1" {
		t.Errorf("paged: %q", got)
	}
	var p eventsPage
	get(t, srv, "/api/events?q=offered", &p)
	if len(p.Events) != 1 || p.Events[0].Article.Title != "Talks <offered>" || p.Events[0].ArticleID == 0 {
		t.Errorf("event lacks its article: %+v", p.Events)
	}
}

func TestEventBadRequests(t *testing.T) {
	srv := newEventServer(t, Options{})
	tests := []struct{ path, param string }{
		{"/api/events?limit=1000000", "limit"},
		{"/api/events?limit=0", "limit"},
		{"/api/events?from=1800-01-01&to=2200-01-01", "to"},
		{"/api/events?from=2024-05-10&to=2024-05-01", "to"},
		{"/api/events?from=20240501", "from"},
		{"/api/events?source=ZZQ", "source"},
		{"/api/events?target=IR%24", "target"},
		{"/api/events?source_country=XXX", "source_country"},
		{"/api/events?country=AL", "country"},
		{"/api/events?code=99", "code"},
		{"/api/events?code=0999", "code"},
		{"/api/events?code=abc", "code"},
		{"/api/events?root=3", "root"},
		{"/api/events?quad=5", "quad"},
		{"/api/events?quad=1,x", "quad"},
		{"/api/events?goldstein_min=abc", "goldstein_min"},
		{"/api/events?goldstein_min=NaN", "goldstein_min"},
		{"/api/events?goldstein_max=11", "goldstein_max"},
		{"/api/events?goldstein_min=5&goldstein_max=1", "goldstein_max"},
		{"/api/events?status=true", "status"},
		{"/api/events?background=maybe", "background"},
		{"/api/events?sort=random", "sort"},
		{"/api/events?cursor=%27%3B+DROP+TABLE+events", "cursor"},
		{"/api/events?article=-1", "article"},
		{"/api/events?actor=a&actor=b", "actor"},
		{"/api/events?q=%ff%fe", "q"},
		{"/api/events?q=" + strings.Repeat("x", 600), "q"},
		{"/api/events?colour=red", "colour"},
		{"/api/timeline?interval=year", "interval"},
		{"/api/groups?by=colour", "by"},
		{"/api/groups?by=root&top=0", "top"},
		{"/api/network?top=100000", "top"},
		{"/api/export?format=xml", "format"},
		{"/api/export?max=-5", "max"},
		{"/api/quotes?direct=perhaps", "direct"},
		{"/api/quotes?speaker=a&unknown=1", "unknown"},
	}
	for _, tt := range tests {
		var e struct{ Error, Param string }
		code := get(t, srv, tt.path, &e)
		if code != 400 || e.Param != tt.param || e.Error == "" {
			t.Errorf("GET %s: %d %+v, want 400 naming %q", tt.path, code, e, tt.param)
		}
	}
	// A cursor of one sort is refused under another.
	var p eventsPage
	get(t, srv, "/api/events?limit=1", &p)
	var e struct{ Error, Param string }
	if code := get(t, srv, "/api/events?sort=oldest&cursor="+url.QueryEscape(p.Next), &e); code != 400 || e.Param != "cursor" {
		t.Errorf("cursor under another sort: %d %+v", code, e)
	}
}

func TestAggregates(t *testing.T) {
	srv := newEventServer(t, Options{})
	var tl struct {
		Interval string
		Buckets  []store.Bucket
	}
	if code := get(t, srv, "/api/timeline?interval=week", &tl); code != 200 || len(tl.Buckets) != 2 ||
		tl.Buckets[0].Count != 2 || tl.Buckets[0].Quad != [4]int64{0, 0, 1, 1} || tl.Buckets[1].Quad != [4]int64{1, 0, 0, 0} {
		t.Errorf("timeline: %d %+v", code, tl)
	}
	var gs struct{ Groups []store.Group }
	if code := get(t, srv, "/api/groups?by=pair", &gs); code != 200 || len(gs.Groups) != 2 ||
		gs.Groups[0].Key != "IRN" || gs.Groups[0].Count != 2 || gs.Groups[0].TargetName != "Albania" {
		t.Errorf("pairs: %d %+v", code, gs)
	}
	var n Network
	if code := get(t, srv, "/api/network", &n); code != 200 || len(n.Nodes) != 2 || len(n.Edges) != 2 {
		t.Fatalf("network: %d %+v", code, n)
	}
	if n.Nodes[0].Code != "IRN" || n.Nodes[0].Count != 3 || n.Edges[0].Conflict != 1 {
		t.Errorf("network: %+v", n)
	}
	var qs struct{ Quotes []store.QuoteHit }
	if code := get(t, srv, "/api/quotes?speaker=rama", &qs); code != 200 || len(qs.Quotes) != 1 || qs.Quotes[0].Cue != "said" {
		t.Errorf("quotes: %d %+v", code, qs)
	}
}

func TestBuildNetwork(t *testing.T) {
	n := BuildNetwork([]store.Group{
		{Key: "A", Name: "Ay", Target: "B", TargetName: "Bee", Count: 3, Goldstein: -2},
		{Key: "B", Target: "A", Name: "Bee", TargetName: "Ay", Count: 1, Goldstein: 2},
		{Key: "C", Target: "C", Count: 2, Goldstein: 1},
	})
	if len(n.Nodes) != 3 || len(n.Edges) != 3 {
		t.Fatalf("%+v", n)
	}
	a := n.Nodes[0]
	if a.Code != "A" || a.Count != 4 || a.Goldstein != -1 {
		t.Errorf("node A: %+v", a)
	}
	if c := n.Nodes[2]; c.Count != 2 {
		t.Errorf("a self-loop counts once: %+v", c)
	}
}

func body(t *testing.T, srv *httptest.Server, path string) (int, http.Header, string) {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(b)
}

func TestExport(t *testing.T) {
	srv := newEventServer(t, Options{})
	code, h, b := body(t, srv, "/api/export?format=csv&actor=IRN")
	if code != 200 || !strings.HasPrefix(h.Get("Content-Type"), "text/csv") {
		t.Fatalf("csv: %d %v", code, h)
	}
	rows, err := csv.NewReader(strings.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || strings.Join(rows[0], ",") != strings.Join(CSVHeader(), ",") {
		t.Fatalf("csv rows: %q", rows)
	}
	if got := rows[2][len(rows[2])-1]; got != "E2 Iran accused Albania of lying =cmd()." {
		t.Errorf("sentence cell %q", got)
	}
	for _, r := range rows[1:] {
		if len(r) != len(CSVHeader()) {
			t.Errorf("row of %d cells", len(r))
		}
	}

	// The GDELT formats have no header row, as GDELT's files and casus
	// events --format gdelt: every line is an event or a mention.
	for _, tt := range []struct {
		format  string
		columns int
	}{
		{"gdelt", gdelt.EventColumns},
		{"gdelt-mentions", gdelt.MentionColumns},
	} {
		_, _, b = body(t, srv, "/api/export?max=2&format="+tt.format)
		lines := strings.Split(strings.TrimSuffix(b, "\n"), "\n")
		if len(lines) != 2 {
			t.Fatalf("%s: %d lines, want 2 rows and no header:\n%s", tt.format, len(lines), b)
		}
		for _, l := range lines {
			if n := len(strings.Split(l, "\t")); n != tt.columns || l == gdelt.Header() {
				t.Errorf("%s: row of %d columns, want %d: %.80q", tt.format, n, tt.columns, l)
			}
		}
	}
	_, _, b = body(t, srv, "/api/export?format=jsonl")
	dec := json.NewDecoder(strings.NewReader(b))
	n := 0
	for dec.More() {
		var e store.EventHit
		if err := dec.Decode(&e); err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 3 {
		t.Errorf("jsonl: %d events", n)
	}
	if code, h, _ := body(t, srv, "/api/export?quad=9"); code != 400 || !strings.HasPrefix(h.Get("Content-Type"), "application/json") {
		t.Errorf("export with a bad filter: %d %v", code, h)
	}
}

func TestCSVCell(t *testing.T) {
	for in, want := range map[string]string{"=1+1": "'=1+1", "+x": "'+x", "-2": "'-2", "@a": "'@a", "plain": "plain", "": ""} {
		if got := CSVCell(in); got != want {
			t.Errorf("CSVCell(%q) = %q, want %q", in, got, want)
		}
	}
}

func post(t *testing.T, srv *httptest.Server, token, ctype, payload string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest("POST", srv.URL+"/api/ingest", strings.NewReader(payload))
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	req.Header.Set("Content-Type", ctype)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var m map[string]any
	json.NewDecoder(resp.Body).Decode(&m)
	return resp.StatusCode, m
}

func TestIngest(t *testing.T) {
	ing := &fakeIngester{}
	srv := newEventServer(t, Options{Token: "s3cret", Ingest: ing, MaxBody: 1000, IngestBurst: 9, IngestRate: 0.001})
	good := `{"urls": ["https://news.example/a"], "documents": [{"html": "<p>hi</p>", "published": "2024-05-01"}]}`
	tests := []struct {
		name, token, ctype, body string
		status                   int
		param                    string
	}{
		{"no token", "", "application/json", good, 401, "token"},
		{"wrong token", "s3cre", "application/json", good, 401, "token"},
		{"good", "s3cret", "application/json", good, 202, ""},
		{"not json", "s3cret", "text/plain", good, 415, ""},
		{"too big", "s3cret", "application/json", `{"urls": ["https://x.example/` + strings.Repeat("a", 2000) + `"]}`, 413, ""},
		{"empty", "s3cret", "application/json", `{}`, 400, "urls"},
		{"bad url", "s3cret", "application/json", `{"urls": ["file:///etc/passwd"]}`, 400, "urls[0]"},
		{"both html and text", "s3cret", "application/json", `{"documents": [{"html": "a", "text": "b"}]}`, 400, "documents[0]"},
		{"bad date", "s3cret", "application/json", `{"documents": [{"text": "b", "published": "May"}]}`, 400, "documents[0].published"},
		{"unknown field", "s3cret", "application/json", `{"url": "https://a.example/"}`, 400, ""},
		{"two values", "s3cret", "application/json", good + good, 400, ""},
	}
	for _, tt := range tests {
		code, m := post(t, srv, tt.token, tt.ctype, tt.body)
		if code != tt.status {
			t.Errorf("%s: status %d, want %d (%v)", tt.name, code, tt.status, m)
		}
		if tt.param != "" && m["param"] != tt.param {
			t.Errorf("%s: param %v, want %q", tt.name, m["param"], tt.param)
		}
	}
	if len(ing.reqs) != 1 || ing.reqs[0].URLs[0] != "https://news.example/a" || ing.reqs[0].Documents[0].HTML != "<p>hi</p>" {
		t.Errorf("queued %+v", ing.reqs)
	}
	// The burst of 9 is spent by the nine authorised requests above; the next is refused.
	if code, _ := post(t, srv, "s3cret", "application/json", good); code != 429 {
		t.Errorf("after the burst: status %d, want 429", code)
	}
	// Reads stay open.
	var p eventsPage
	if code := get(t, srv, "/api/events", &p); code != 200 {
		t.Errorf("open read: %d", code)
	}
}

func TestIngestOffAndFull(t *testing.T) {
	srv := newEventServer(t, Options{})
	if code, _ := post(t, srv, "x", "application/json", `{"urls": ["https://a.example/"]}`); code != 403 {
		t.Errorf("without a token configured: %d, want 403", code)
	}
	srv = newEventServer(t, Options{Token: "t", Ingest: &fakeIngester{full: true}})
	if code, _ := post(t, srv, "t", "application/json", `{"urls": ["https://a.example/"]}`); code != 503 {
		t.Errorf("full queue: %d, want 503", code)
	}
}

func TestPrivate(t *testing.T) {
	srv := newEventServer(t, Options{Token: "tok", Private: true})
	for _, tt := range []struct {
		auth   func(*http.Request)
		status int
	}{
		{func(*http.Request) {}, 401},
		{func(r *http.Request) { r.Header.Set("Authorization", "Bearer nope") }, 401},
		{func(r *http.Request) { r.Header.Set("Authorization", "Bearer tok") }, 200},
		{func(r *http.Request) { r.SetBasicAuth("anyone", "tok") }, 200},
	} {
		req, _ := http.NewRequest("GET", srv.URL+"/api/events", nil)
		tt.auth(req)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.status {
			t.Errorf("status %d, want %d", resp.StatusCode, tt.status)
		}
	}
}

func TestLimiter(t *testing.T) {
	l := newLimiter(1, 2)
	now := time.Unix(1000, 0)
	steps := []struct {
		key  string
		dt   time.Duration
		want bool
	}{
		{"a", 0, true}, {"a", 0, true}, {"a", 0, false}, {"b", 0, true},
		{"a", 500 * time.Millisecond, false}, {"a", 600 * time.Millisecond, true}, {"a", 0, false},
		{"a", 10 * time.Second, true}, {"a", 0, true}, {"a", 0, false},
	}
	for i, s := range steps {
		now = now.Add(s.dt)
		if got, _ := l.allow(s.key, now); got != s.want {
			t.Errorf("step %d (%s +%v): %v, want %v", i, s.key, s.dt, got, s.want)
		}
	}
}

// FuzzEventQuery checks that any query string gives an event query or a
// parameter error, never a panic, and that accepted queries keep their
// bounds.
func FuzzEventQuery(f *testing.F) {
	for _, s := range []string{
		"limit=10&sort=oldest", "from=2024-01-01&to=2024-02-01", "quad=1,2,3,4&status=claimed,negated",
		"source=IRNGOV&target_country=alb", "goldstein_min=-10&goldstein_max=10", "code=0311&root=03",
		"q=%00", "background=yes&article=7", "actor=%ff", "limit=99999999999999999999", "to=2024-01-01&to=2024-01-02",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		q, err := ParseEventQuery(v)
		if err != nil {
			if _, ok := err.(*ParamError); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			if !strings.Contains(raw, err.(*ParamError).Param) && err.(*ParamError).Param != "" {
				// Names come from the query (possibly escaped) or the known list.
				if !slices.Contains(EventParams(), err.(*ParamError).Param) {
					t.Fatalf("error names %q, not a parameter", err.(*ParamError).Param)
				}
			}
			return
		}
		if q.Limit < 1 || q.Limit > MaxLimit {
			t.Fatalf("accepted limit %d", q.Limit)
		}
		for _, c := range q.QuadClasses {
			if c < 1 || c > 4 {
				t.Fatalf("accepted quad %d", c)
			}
		}
		if q.MinGoldstein != nil && q.MaxGoldstein != nil && *q.MaxGoldstein < *q.MinGoldstein {
			t.Fatalf("accepted goldstein range %v-%v", *q.MinGoldstein, *q.MaxGoldstein)
		}
		if !q.From.IsZero() && !q.To.IsZero() && !q.To.After(q.From) {
			t.Fatalf("accepted dates %v-%v", q.From, q.To)
		}
		if len(q.Text) > MaxTextLen || len(q.Actor) > 100 {
			t.Fatal("accepted overlong text")
		}
	})
}

// TestExportGDELTStatuses checks that the GDELT formats leave out
// negated and hypothetical events unless the query asks for them.
func TestExportGDELTStatuses(t *testing.T) {
	st, err := store.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	alb := &model.Actor{Code: "ALB", Name: "Albania", Country: "ALB"}
	irn := &model.Actor{Code: "IRN", Name: "Iran", Country: "IRN"}
	ev := func(code, status, sentence string) model.Event {
		return model.Event{Source: irn, Target: alb, Code: code, Root: code[:2], QuadClass: 4, Date: date("2024-05-02"),
			DatePrecision: "day", Status: status, Sentence: sentence}
	}
	art := &model.Article{Doc: "s1", URL: "https://valmora.example/s", Title: "Strikes", Published: date("2024-05-03"),
		Text: "Iran struck. Iran did not strike again. Iran may strike. Iran, Rama said, struck twice.",
		Events: []model.Event{
			ev("190", model.Asserted, "Iran struck."),
			ev("190", model.Negated, "Iran did not strike again."),
			ev("190", model.Hypothetical, "Iran may strike."),
			ev("190", model.Claimed, "Iran, Rama said, struck twice."),
		}}
	if _, err := st.PutArticles(context.Background(), []*model.Article{art}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		format   string
		statuses []string
		want     int
	}{
		{FormatGDELT, nil, 2},
		{FormatGDELTMentions, nil, 2},
		{FormatGDELT, []string{model.Negated, model.Hypothetical}, 2},
		{FormatGDELT, []string{model.Hypothetical}, 1},
		{FormatJSONL, nil, 4},
		{FormatCSV, nil, 4},
	}
	for _, tt := range tests {
		var b strings.Builder
		n, err := WriteEvents(context.Background(), &b, st, store.EventQuery{Statuses: tt.statuses}, tt.format, 0, false)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Count(b.String(), "\n")
		if n != tt.want || lines != tt.want {
			t.Errorf("%s %v: wrote %d events in %d lines, want %d", tt.format, tt.statuses, n, lines, tt.want)
		}
	}
}

// TestExportGDELTDateAdded checks GDELT's DATEADDED column: a dated
// article's events are stamped with its publication, an undated one's
// with the time the store wrote them, the same in two exports.
func TestExportGDELTDateAdded(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	alb := &model.Actor{Code: "ALB", Name: "Albania", Country: "ALB"}
	irn := &model.Actor{Code: "IRN", Name: "Iran", Country: "IRN"}
	art := func(doc string, published model.Date) *model.Article {
		return &model.Article{Doc: doc, URL: "https://valmora.example/" + doc, Title: doc, Published: published,
			Text: "Albania expelled Iran's envoys (" + doc + ").", Events: []model.Event{{Source: alb, Target: irn, Code: "174", Root: "17",
				QuadClass: 4, Status: model.Asserted, Sentence: "Albania expelled Iran's envoys."}}}
	}
	before := time.Now().UTC().Truncate(time.Second)
	if _, err := st.PutArticles(ctx, []*model.Article{art("dated", date("2024-05-03")), art("undated", model.Date{})}); err != nil {
		t.Fatal(err)
	}
	after := time.Now().UTC()
	export := func() map[string]string {
		var b strings.Builder
		if _, err := WriteEvents(ctx, &b, st, store.EventQuery{}, FormatGDELT, 0, false); err != nil {
			t.Fatal(err)
		}
		added := map[string]string{} // SOURCEURL -> DATEADDED
		for line := range strings.Lines(b.String()) {
			c := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
			added[c[60]] = c[59]
		}
		return added
	}
	first := export()
	if got := first["https://valmora.example/dated"]; got != "20240503000000" {
		t.Errorf("dated article: DATEADDED %q, want its publication 20240503000000", got)
	}
	got, err := time.Parse("20060102150405", first["https://valmora.example/undated"])
	if err != nil || got.Before(before) || got.After(after) {
		t.Errorf("undated article: DATEADDED %v (%v), want the time it was stored, between %v and %v", got, err, before, after)
	}
	time.Sleep(1100 * time.Millisecond)
	if second := export(); !maps.Equal(first, second) {
		t.Errorf("two exports differ: %v, then %v", first, second)
	}
}
