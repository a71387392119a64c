package e2e

import (
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
)

// TestPagesAnswer checks that every page of the dashboard answers 200 on
// the demo store, with or without a browser to drive.
func TestPagesAnswer(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the demo store")
	}
	base := startServer(t)
	for _, p := range dashboardPages(t, base) {
		get(t, base+p)
	}
}

// BenchmarkPages times every page of the dashboard on the demo store:
// "render" requests carry a query parameter no page reads, so that every
// one misses the page cache, and "cached" requests repeat one URL. The
// target (every page under 200 ms uncached) is checked by reading the
// figures, not asserted, since a loaded machine would fail it:
//
//	go test -run '^$' -bench Pages -benchtime 20x ./e2e
func BenchmarkPages(b *testing.B) {
	base := startServer(b)
	for _, p := range dashboardPages(b, base) {
		get(b, base+p) // warm the store's page cache and the gazetteer
		sep := "?"
		if strings.Contains(p, "?") {
			sep = "&"
		}
		b.Run("render"+p, func(b *testing.B) {
			for i := range b.N {
				get(b, fmt.Sprintf("%s%s%snocache=%d", base, p, sep, i))
			}
		})
		b.Run("cached"+p, func(b *testing.B) {
			for range b.N {
				get(b, base+p)
			}
		})
	}
}

// dashboardPages are the pages of the dashboard served at base, one of
// each kind and some filtered, an article with events among them.
func dashboardPages(t testing.TB, base string) []string {
	t.Helper()
	body := get(t, base+"/search?actor=ALBGOV")
	m := regexp.MustCompile(`href="(/articles/\d+)#event-`).FindStringSubmatch(body)
	if m == nil {
		t.Fatal("no article linked from the search page")
	}
	return []string{"/", "/search", "/search?quad=4&q=attack", "/timeline", "/timeline?interval=day&from=2022-09-01&to=2022-09-30",
		"/network", "/network?country=IRN", "/map", "/map?quad=3,4", "/articles", m[1], "/actors/IRN", "/actors/USA"}
}

func get(t testing.TB, u string) string {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d\n%.300s", u, resp.StatusCode, b)
	}
	return string(b)
}
