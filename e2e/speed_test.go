package e2e

import (
	"fmt"
	"io"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestPageTimes measures every page of the dashboard on the demo store:
// 20 renders each (a query parameter no page reads makes every request
// miss the page cache) and 20 requests of one URL (served from the
// cache), logging the median and the 95th percentile. Run with -v to see
// them:
//
//	go test ./e2e -run TestPageTimes -v
//
// It fails when a page's median render exceeds the 200 ms budget.
func TestPageTimes(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the demo store")
	}
	base := startServer(t)
	body := get(t, base+"/search?actor=ALBGOV")
	m := regexp.MustCompile(`href="(/articles/\d+)#event-`).FindStringSubmatch(body)
	if m == nil {
		t.Fatal("no article linked from the search page")
	}
	pages := []string{"/", "/search", "/search?quad=4&q=attack", "/timeline", "/timeline?interval=day&from=2022-09-01&to=2022-09-30",
		"/network", "/network?country=IRN", "/map", "/map?quad=3,4", "/articles", m[1], "/actors/IRN", "/actors/USA"}
	for _, p := range pages {
		get(t, base+p) // warm the store's page cache and the gazetteer
		sep := "?"
		if strings.Contains(p, "?") {
			sep = "&"
		}
		var cold, warm []time.Duration
		for i := range 20 {
			start := time.Now()
			get(t, fmt.Sprintf("%s%s%snocache=%d", base, p, sep, i))
			cold = append(cold, time.Since(start))
			start = time.Now()
			get(t, base+p)
			warm = append(warm, time.Since(start))
		}
		slices.Sort(cold)
		slices.Sort(warm)
		t.Logf("%-52s render median %6.1f ms p95 %6.1f ms | cached median %5.1f ms p95 %5.1f ms",
			p, ms(cold[9]), ms(cold[18]), ms(warm[9]), ms(warm[18]))
		if cold[9] > 200*time.Millisecond {
			t.Errorf("GET %s: median render %v, over the 200 ms budget", p, cold[9])
		}
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func get(t *testing.T, u string) string {
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
