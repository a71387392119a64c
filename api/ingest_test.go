package api

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// FuzzIngestBody sends arbitrary bodies to POST /api/ingest. A body is
// queued (202) only when it is one valid request, and refused with a
// JSON error otherwise (400, or 413 past MaxBody); never a 500 or a
// panic.
func FuzzIngestBody(f *testing.F) {
	for _, s := range []string{
		`{"urls": ["https://news.example/a"]}`,
		`{"documents": [{"html": "<p>hi</p>", "published": "2024-05-01"}]}`,
		`{"documents": [{"text": "b", "published": "2024-05-01T10:00:00Z", "url": "http://x.example/"}]}`,
		`{"urls": ["file:///etc/passwd"]}`,
		`{"urls": []} {}`,
		`{"documents": [{"html": "\xff"}]}`,
		`{"urls": null, "documents": [{}]}`,
		`[`,
		``,
	} {
		f.Add(s)
	}
	ing := &fakeIngester{}
	h := NewHandler(nil, Options{Token: "fuzz-token", Ingest: ing, MaxBody: 4096, IngestRate: 1e12, IngestBurst: 1 << 30})
	f.Fuzz(func(t *testing.T, body string) {
		r := httptest.NewRequest("POST", "/api/ingest", strings.NewReader(body))
		r.Header.Set("Authorization", "Bearer fuzz-token")
		r.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		before := len(ing.reqs)
		h.ServeHTTP(w, r)
		switch w.Code {
		case 202:
			if len(ing.reqs) != before+1 {
				t.Fatalf("202 without a queued request")
			}
			req := ing.reqs[len(ing.reqs)-1]
			if err := req.Validate(); err != nil {
				t.Fatalf("queued an invalid request: %v", err)
			}
		case 400, 413:
			if len(ing.reqs) != before {
				t.Fatalf("status %d but a request was queued", w.Code)
			}
			var e struct{ Error string }
			if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || e.Error == "" {
				t.Fatalf("status %d with body %q", w.Code, w.Body)
			}
		default:
			t.Fatalf("status %d for body %q: %s", w.Code, body, w.Body)
		}
	})
}

// TestIngestStatus checks GET /api/ingest/{id}: refused as POST is when
// ingestion is off (403) or the token is wrong (401), then the job or 404.
func TestIngestStatus(t *testing.T) {
	off := NewHandler(nil, Options{})
	noToken := NewHandler(nil, Options{Ingest: &fakeIngester{}})
	on := NewHandler(nil, Options{Token: "status-token", Ingest: &fakeIngester{}})
	tests := []struct {
		name  string
		h     http.Handler
		token string
		id    string
		code  int
	}{
		{"ingestion off", off, "status-token", "1", 403},
		{"no token configured", noToken, "status-token", "1", 403},
		{"wrong token", on, "nope", "1", 401},
		{"unknown job", on, "status-token", "2", 404},
		{"known job", on, "status-token", "1", 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/api/ingest/"+tt.id, nil)
			r.Header.Set("Authorization", "Bearer "+tt.token)
			w := httptest.NewRecorder()
			tt.h.ServeHTTP(w, r)
			if w.Code != tt.code {
				t.Errorf("status %d, want %d: %s", w.Code, tt.code, w.Body)
			}
		})
	}
}
