package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/casus-project/casus/internal/cli"
)

// newsSite serves a feed of two articles and the articles, written for
// this test.
func newsSite(t *testing.T) *httptest.Server {
	t.Helper()
	pages := map[string]string{
		"/world/albania-iran.html": page("Albania cuts ties with Iran over cyberattack", "2022-09-08",
			"TIRANA, Sept 8 — Albania severed diplomatic ties with Iran on Wednesday over a cyberattack that crippled government websites in July.",
			"Prime Minister Edi Rama said the attack was meant to paralyse public services and steal data from government systems.",
			"The United States condemned Iran for the cyberattack and said it would take further action.",
			"Iran denied any role in the attack, its foreign ministry said in a statement on Thursday."),
		"/world/kenya-talks.html": page("Kenya hosts Sudan peace talks", "2023-05-02",
			"NAIROBI, May 2 — Kenya hosted talks between the warring parties of Sudan on Tuesday, officials said.",
			"President William Ruto praised the delegations and urged them to agree a lasting ceasefire.",
			"The African Union welcomed the talks and offered to send observers to monitor any truce."),
	}
	mux := http.NewServeMux()
	var base string
	mux.HandleFunc("GET /feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>E2E Wire</title><link>%[1]s/</link><description>test feed</description>
<item><title>Albania cuts ties with Iran over cyberattack</title><link>%[1]s/world/albania-iran.html</link><pubDate>Thu, 08 Sep 2022 10:00:00 GMT</pubDate></item>
<item><title>Kenya hosts Sudan peace talks</title><link>%[1]s/world/kenya-talks.html</link><pubDate>Tue, 02 May 2023 09:00:00 GMT</pubDate></item>
</channel></rss>`, base)
	})
	for path, body := range pages {
		mux.HandleFunc("GET "+path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			io.WriteString(w, body)
		})
	}
	srv := httptest.NewServer(mux)
	base = srv.URL
	t.Cleanup(srv.Close)
	return srv
}

func page(title, date string, paras ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s | E2E Wire</title>
<meta property="article:published_time" content="%sT10:00:00Z"><meta property="og:site_name" content="E2E Wire"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article><h1>%s</h1><p class="byline">By Ana Ruiz</p>`, title, date, title)
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", p)
	}
	b.WriteString(`</article><footer>© E2E Wire</footer></body></html>`)
	return b.String()
}

// TestIngest runs casus serve with a token on an empty store, posts a
// feed's URL, waits for the job and finds the feed's articles and their
// events through the API.
func TestIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	site := newsSite(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	db := filepath.Join(t.TempDir(), "ingest.db")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	const token = "e2e-secret-token"
	sw := &syncWriter{w: &bytes.Buffer{}}
	done := make(chan int, 1)
	go func() {
		done <- cli.Main(ctx, []string{"serve", "--db", db, "--addr", addr, "--token", token, "--allow-private"},
			cli.Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: sw})
	}()
	defer func() { cancel(); <-done }()
	base := "http://" + addr
	waitUp(t, base)

	call := func(method, path, tok string, body any, out any) int {
		t.Helper()
		var rd io.Reader
		if body != nil {
			b, _ := json.Marshal(body)
			rd = bytes.NewReader(b)
		}
		req, _ := http.NewRequest(method, base+path, rd)
		if tok != "" {
			req.Header.Set("Authorization", "Bearer "+tok)
		}
		if body != nil {
			req.Header.Set("Content-Type", "application/json")
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatalf("%s %s: %v", method, path, err)
		}
		defer resp.Body.Close()
		if out != nil {
			if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
				t.Fatalf("%s %s: status %d, %v", method, path, resp.StatusCode, err)
			}
		}
		return resp.StatusCode
	}

	req := map[string]any{"urls": []string{site.URL + "/feed.xml"}}
	if code := call("POST", "/api/ingest", "", req, nil); code != http.StatusUnauthorized {
		t.Errorf("POST without a token: %d, want 401", code)
	}
	if code := call("POST", "/api/ingest", "wrong-token-here", req, nil); code != http.StatusUnauthorized {
		t.Errorf("POST with a wrong token: %d, want 401", code)
	}
	var job struct {
		ID, State            string
		Inputs, Read, Stored int
		Failed               int
		Errors               []string
	}
	if code := call("POST", "/api/ingest", token, req, &job); code != http.StatusAccepted {
		t.Fatalf("POST /api/ingest: %d %+v", code, job)
	}
	deadline := time.Now().Add(60 * time.Second)
	for job.State != "done" && job.State != "failed" {
		if time.Now().After(deadline) {
			t.Fatalf("job still %s after 60 s: %+v\n%s", job.State, job, sw.String())
		}
		time.Sleep(100 * time.Millisecond)
		if code := call("GET", "/api/ingest/"+url.PathEscape(job.ID), token, nil, &job); code != http.StatusOK {
			t.Fatalf("GET /api/ingest/%s: %d", job.ID, code)
		}
	}
	if job.State != "done" || job.Stored != 2 || job.Failed != 0 {
		t.Fatalf("job %+v\n%s", job, sw.String())
	}

	var arts struct {
		Articles []struct {
			ID         int64
			URL, Title string
			Publisher  string
		}
	}
	call("GET", "/api/articles", "", nil, &arts)
	titles := map[string]int64{}
	for _, a := range arts.Articles {
		titles[a.Title] = a.ID
		if !strings.HasPrefix(a.URL, site.URL) {
			t.Errorf("article %q from %s", a.Title, a.URL)
		}
	}
	id, ok := titles["Albania cuts ties with Iran over cyberattack"]
	if len(arts.Articles) != 2 || !ok {
		t.Fatalf("articles %+v", arts.Articles)
	}

	var evs struct {
		Events []struct {
			Code      string
			Source    *struct{ Code string }
			Target    *struct{ Code string }
			ArticleID int64 `json:"article_id"`
			Sentence  string
		}
	}
	call("GET", "/api/events?actor=ALB&target_country=IRN", "", nil, &evs)
	found := false
	for _, e := range evs.Events {
		if e.ArticleID == id && strings.HasPrefix(e.Code, "16") && strings.Contains(e.Sentence, "severed diplomatic ties") {
			found = true
		}
	}
	t.Logf("job %+v; %d events of ALB on IRN", job, len(evs.Events))
	if !found {
		t.Errorf("no event of Albania severing ties with Iran in article %d: %+v", id, evs.Events)
	}
	var one struct {
		Events []struct{ Code string }
	}
	if code := call("GET", fmt.Sprintf("/api/articles/%d", id), "", nil, &one); code != http.StatusOK || len(one.Events) == 0 {
		t.Errorf("GET /api/articles/%d: %d, %d events", id, code, len(one.Events))
	}
	// The same feed again stores nothing new.
	if code := call("POST", "/api/ingest", token, req, &job); code != http.StatusAccepted {
		t.Fatalf("second POST: %d", code)
	}
	for job.State != "done" && job.State != "failed" && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
		call("GET", "/api/ingest/"+url.PathEscape(job.ID), token, nil, &job)
	}
	if job.State != "done" || job.Stored != 0 {
		t.Errorf("second run: %+v", job)
	}
}

func waitUp(t *testing.T, base string) {
	t.Helper()
	for start := time.Now(); ; {
		resp, err := http.Get(base + "/api/stats")
		if err == nil {
			resp.Body.Close()
			return
		}
		if time.Since(start) > 10*time.Second {
			t.Fatalf("casus serve did not start: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// syncWriter lets the server's goroutines log into a buffer the test
// reads.
type syncWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

func (s *syncWriter) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.String()
}
