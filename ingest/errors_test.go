package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/casus-project/casus/fetch"
)

func TestUnnamed(t *testing.T) {
	const u = "https://news.example/a"
	status := &fetch.StatusError{URL: u, Code: 404}
	tests := []struct {
		name string
		err  error
		url  string
		want string
	}{
		{"status", status, u, "fetch: HTTP 404 Not Found"},
		{"wrapped", fmt.Errorf("fetch %s: %w", u, context.DeadlineExceeded), u, "fetch: context deadline exceeded"},
		// A redirect's target is news: keep it.
		{"other URL", fmt.Errorf("fetch %s: %w", u+"/moved", context.DeadlineExceeded), u, "fetch " + u + "/moved: context deadline exceeded"},
		{"not a fetch error", ErrNoFetcher, u, ErrNoFetcher.Error()},
		{"no URL", status, "", status.Error()},
	}
	for _, tt := range tests {
		got := unnamed(tt.err, tt.url)
		if got.Error() != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got.Error(), tt.want)
		}
		if !errors.Is(got, tt.err) {
			t.Errorf("%s: %v no longer wraps %v", tt.name, got, tt.err)
		}
	}
	var se *fetch.StatusError
	if !errors.As(unnamed(status, u), &se) || se.Code != 404 {
		t.Errorf("the status error is lost: %v", se)
	}
}

// TestFetchErrorNamesURLOnce reads a missing page through Documents.
func TestFetchErrorNamesURLOnce(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	u := srv.URL + "/missing"
	client := fetch.New(fetch.Options{AllowPrivate: true, Retries: -1})
	for _, err := range Documents(context.Background(), []string{u}, Options{Fetcher: client}) {
		if err == nil {
			t.Fatal("a missing page yielded a document")
		}
		if msg := err.Error(); strings.Count(msg, u) != 1 || !strings.Contains(msg, "404") {
			t.Errorf("error %q, want it to name %s once and give the status", msg, u)
		}
	}
}
