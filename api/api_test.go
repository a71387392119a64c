package api

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/store"
)

// newTestServer serves a store holding n articles, one a day from
// 2024-01-01, the odd ones from publisher "Odd Times".
func newTestServer(t *testing.T, n int) *httptest.Server {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var arts []*model.Article
	for i := range n {
		pub := "Even Post"
		if i%2 == 1 {
			pub = "Odd Times"
		}
		arts = append(arts, &model.Article{
			Doc:       fmt.Sprintf("page%d.html", i),
			URL:       fmt.Sprintf("https://news.example/%d", i),
			Title:     fmt.Sprintf("Story %d <script>alert(1)</script>", i),
			Published: model.Day(time.Date(2024, 1, 1+i, 0, 0, 0, 0, time.UTC)),
			Publisher: pub,
			Text:      fmt.Sprintf("Article number %d tells of talks between delegation %d and delegation %d on trade.", i, i*7, i*13),
		})
	}
	if _, err := st.PutArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(NewHandler(st, Options{}))
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, srv *httptest.Server, path string, v any) int {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("GET %s: Content-Type %q", path, ct)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("GET %s: %v: %s", path, err, b)
	}
	return resp.StatusCode
}

type page struct {
	Articles []model.Article `json:"articles"`
	Next     string          `json:"next"`
}

func TestArticlesPagination(t *testing.T) {
	srv := newTestServer(t, 25)
	seen := map[int64]bool{}
	cursor := ""
	for range 10 {
		var p page
		path := "/api/articles?limit=10&cursor=" + url.QueryEscape(cursor)
		if code := get(t, srv, path, &p); code != http.StatusOK {
			t.Fatalf("GET %s: status %d", path, code)
		}
		for _, a := range p.Articles {
			if seen[a.ID] {
				t.Errorf("article %d listed twice", a.ID)
			}
			seen[a.ID] = true
		}
		if p.Next == "" {
			break
		}
		cursor = p.Next
	}
	if len(seen) != 25 {
		t.Errorf("paged through %d articles, want 25", len(seen))
	}
}

func TestArticlesFilters(t *testing.T) {
	srv := newTestServer(t, 20)
	tests := []struct {
		query string
		want  int
	}{
		{"publisher=Odd+Times", 10},
		{"from=2024-01-05&to=2024-01-07", 3},
		{"q=number+12+tells", 1},
		{"q=nothing+like+this", 0},
	}
	for _, tt := range tests {
		var p page
		if code := get(t, srv, "/api/articles?"+tt.query, &p); code != http.StatusOK {
			t.Errorf("%s: status %d", tt.query, code)
		}
		if len(p.Articles) != tt.want {
			t.Errorf("%s: %d articles, want %d", tt.query, len(p.Articles), tt.want)
		}
	}
}

func TestArticle(t *testing.T) {
	srv := newTestServer(t, 3)
	var p page
	get(t, srv, "/api/articles", &p)
	var a model.Article
	if code := get(t, srv, fmt.Sprintf("/api/articles/%d", p.Articles[0].ID), &a); code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	if a.Title != p.Articles[0].Title || len(a.URLs) != 1 {
		t.Errorf("got %+v", a)
	}
	var s map[string]any
	if code := get(t, srv, "/api/stats", &s); code != http.StatusOK || s["articles"] != float64(3) {
		t.Errorf("stats: %d %v", code, s)
	}
}

func TestBadRequests(t *testing.T) {
	srv := newTestServer(t, 2)
	tests := []struct {
		path   string
		status int
		param  string
	}{
		{"/api/articles?limit=1000000", 400, "limit"},
		{"/api/articles?limit=-1", 400, "limit"},
		{"/api/articles?limit=ten", 400, "limit"},
		{"/api/articles?from=2024-13-45", 400, "from"},
		{"/api/articles?from=0001-01-01", 400, "from"},
		{"/api/articles?to=yesterday", 400, "to"},
		{"/api/articles?from=2024-02-01&to=2024-01-01", 400, "to"},
		{"/api/articles?cursor=%27%3B+DROP+TABLE+articles%3B--", 400, "cursor"},
		{"/api/articles?q=" + strings.Repeat("x", 600), 400, "q"},
		{"/api/articles/abc", 400, "id"},
		{"/api/articles/99999", 404, "id"},
		{"/api/nothing", 404, ""},
	}
	for _, tt := range tests {
		var e struct{ Error, Param string }
		code := get(t, srv, tt.path, &e)
		if code != tt.status || e.Param != tt.param || e.Error == "" {
			t.Errorf("GET %s: %d %+v, want %d with param %q", tt.path, code, e, tt.status, tt.param)
		}
	}
	// SQL in free text is text, not SQL: the table is still there.
	var p page
	if code := get(t, srv, "/api/articles?q=%27%29+OR+1%3D1+--", &p); code != 200 || len(p.Articles) != 0 {
		t.Errorf("SQL in q: status %d, %d articles", code, len(p.Articles))
	}
	if code := get(t, srv, "/api/articles", &p); code != 200 || len(p.Articles) != 2 {
		t.Errorf("after hostile queries: status %d, %d articles", code, len(p.Articles))
	}
}

// FuzzArticleQuery checks that any query string gives a query or a
// parameter error, never a panic, and that accepted limits are in range.
func FuzzArticleQuery(f *testing.F) {
	for _, s := range []string{"limit=10", "from=2024-01-01&to=2024-02-01", "q=%00", "limit=99999999999999999999", "cursor=abc&to=2024-01-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		r := httptest.NewRequest("GET", "/api/articles", nil)
		r.URL.RawQuery = raw
		q, err := articleQuery(r)
		if err != nil {
			if _, ok := err.(*ParamError); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		if q.Limit < 1 || q.Limit > MaxLimit {
			t.Fatalf("accepted limit %d", q.Limit)
		}
		if !q.From.IsZero() && !q.To.IsZero() && q.To.Before(q.From) {
			t.Fatalf("accepted to %v before from %v", q.To, q.From)
		}
	})
}
