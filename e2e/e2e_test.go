package e2e

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"github.com/casus-project/casus/internal/cli"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/store"
)

var screenshots = flag.String("screenshots", "", "save a PNG of each page in `DIR`")

// chromium finds a Chromium binary or returns "".
func chromium() string {
	if p := os.Getenv("CASUS_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// evidenceArticle is an article with events written for this test.
func evidenceArticle() *model.Article {
	text := "Albania severed diplomatic ties with Iran on Wednesday over a cyberattack.\nIran denied any role, its foreign ministry said."
	d := model.Day(time.Date(2022, 9, 8, 0, 0, 0, 0, time.UTC))
	return &model.Article{
		Doc: "e2e-evidence", URL: "https://e2e.example/albania-iran", Title: "Albania severs ties with Iran (e2e fixture)",
		Publisher: "E2E Gazette", Published: d, Language: "en", Text: text,
		Events: []model.Event{{
			Source: &model.Actor{Code: "ALBGOV", Name: "Albanian government", Country: "ALB"},
			Target: &model.Actor{Code: "IRN", Name: "Iran", Country: "IRN"},
			Code:   "161", Root: "16", QuadClass: 4, Goldstein: -4, Date: model.Day(time.Date(2022, 9, 7, 0, 0, 0, 0, time.UTC)),
			DatePrecision: "day", DateReason: "Wednesday: the latest before the dateline", Status: model.Asserted,
			Sentence: "Albania severed diplomatic ties with Iran on Wednesday over a cyberattack.", Pattern: "SEVER DIPLOMATIC TIES",
			Confidence: 0.9, Location: &model.Place{Name: "Tirana", Country: "ALB", Lat: 41.3275, Lon: 19.8189},
			Evidence: model.Evidence{Sentence: model.Span{Start: 0, End: 74}, Source: model.Span{Start: 0, End: 7},
				Predicate: model.Span{Start: 8, End: 15}, Target: model.Span{Start: 37, End: 41}},
		}, {
			Source: &model.Actor{Code: "IRN", Name: "Iran", Country: "IRN"}, Target: &model.Actor{Code: "ALB", Name: "Albania", Country: "ALB"},
			Code: "024", Root: "02", QuadClass: 1, Goldstein: -0.3, Date: d, DatePrecision: "day", Status: model.Claimed,
			Sentence: "Iran denied any role, its foreign ministry said.", Confidence: 0.7,
			Location: &model.Place{Name: "Tehran", Country: "IRN", Lat: 35.6944, Lon: 51.4215},
			Evidence: model.Evidence{Sentence: model.Span{Start: 75, End: 123}, Source: model.Span{Start: 75, End: 79},
				Predicate: model.Span{Start: 80, End: 86}},
		}},
	}
}

// startServer stores the demo corpus and the evidence article, serves
// them with casus serve and returns the base URL.
func startServer(t testing.TB) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	db := filepath.Join(t.TempDir(), "demo.db")
	var out bytes.Buffer
	env := cli.Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &out}
	if code := cli.Main(ctx, []string{"demo", "--no-serve", "--db", db}, env); code != 0 {
		t.Fatalf("casus demo: exit %d\n%s", code, out.String())
	}
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.PutArticles(ctx, []*model.Article{evidenceArticle()}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	done := make(chan int, 1)
	go func() {
		done <- cli.Main(ctx, []string{"serve", "--db", db, "--addr", addr}, cli.Env{Stdout: io.Discard, Stderr: io.Discard})
	}()
	t.Cleanup(func() { cancel(); <-done })
	base := "http://" + addr
	for start := time.Now(); ; {
		resp, err := http.Get(base + "/api/stats")
		if err == nil {
			resp.Body.Close()
			return base
		}
		if time.Since(start) > 10*time.Second {
			t.Fatalf("casus serve did not start: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func browser(t *testing.T, bin string) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelC(); cancelA() })
	// Start the browser on a context without a deadline (a deadline on the
	// first run would stop the browser), then bound the test's actions.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancelT)
	return ctx
}

// shot saves the viewport as DIR/name.png (kept small for the README),
// scrolled to show the element of scrollTo first when it is given.
func shot(t *testing.T, ctx context.Context, name string, scrollTo ...string) {
	t.Helper()
	if *screenshots == "" {
		return
	}
	for _, sel := range scrollTo {
		if err := chromedp.Do(ctx, chromedp.ScrollIntoView(sel)); err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.MkdirAll(*screenshots, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*screenshots, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

func count(t *testing.T, ctx context.Context, selector string) int {
	t.Helper()
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](fmt.Sprintf("document.querySelectorAll(%q).length", selector)))
	if err != nil {
		t.Fatalf("count %s: %v", selector, err)
	}
	return n
}

func TestDashboard(t *testing.T) {
	bin := chromium()
	if bin == "" {
		if os.Getenv("CASUS_REQUIRE_SERVICES") != "" {
			// CI installs Chromium: a skip there would hide a failure.
			t.Fatal("CASUS_REQUIRE_SERVICES is set but no Chromium was found")
		}
		t.Skip("no Chromium found: apt-get install -y chromium, or set CASUS_CHROMIUM")
	}
	base := startServer(t)
	ctx := browser(t, bin)

	// Every page loads with its heading and no server error.
	for _, p := range []struct{ path, name, h1, figure string }{
		{"/", "overview", "Overview", ""}, {"/search", "search", "Search events", ""}, {"/timeline", "timeline", "Timeline", "#chart"},
		{"/network", "network", "Network", "#network"}, {"/map", "map", "Map", "#map"}, {"/articles", "articles", "Articles", ""},
	} {
		var h1 string
		if err := chromedp.Do(ctx, chromedp.Navigate(base+p.path), chromedp.WaitVisible("main h1"), into(&h1, chromedp.Text("main h1"))); err != nil {
			t.Fatalf("%s: %v", p.path, err)
		}
		if !strings.HasPrefix(h1, p.h1) {
			t.Errorf("%s: heading %q, want %q", p.path, h1, p.h1)
		}
		if p.path != "/search" && p.path != "/articles" {
			if p.figure != "" {
				shot(t, ctx, p.name, p.figure)
			} else {
				shot(t, ctx, p.name)
			}
		}
	}

	// The network and the map draw something.
	chromedp.Do(ctx, chromedp.Navigate(base+"/network"), chromedp.WaitVisible("main h1"))
	if n := count(t, ctx, "#network circle.node"); n < 2 {
		t.Errorf("network: %d nodes", n)
	}
	chromedp.Do(ctx, chromedp.Navigate(base+"/map"), chromedp.WaitVisible("main h1"))
	if n := count(t, ctx, "#map path.ctry"); n < 1 {
		t.Errorf("map: %d countries shaded", n)
	}
	if n := count(t, ctx, "#map .land path"); n < 150 {
		t.Errorf("map: %d countries in the outline", n)
	}

	// Dragging across the timeline zooms to that range: from and to land
	// in the URL.
	var box []float64
	err := chromedp.Do(ctx, chromedp.Navigate(base+"/timeline?interval=month"), chromedp.WaitVisible("#chart"),
		chromedp.ScrollIntoView("#chart"),
		into(&box, chromedp.Evaluate[[]float64](`(() => { const r = document.getElementById("chart").getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; })()`)))
	if err != nil || len(box) != 4 {
		t.Fatalf("timeline: %v %v", err, box)
	}
	y := box[1] + box[3]*0.4
	var before, after string
	err = chromedp.Do(ctx, into(&before, chromedp.Location()),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMousePressed, box[0]+box[2]*0.15, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, box[0]+box[2]*0.3, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, box[0]+box[2]*0.6, y, chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseReleased, box[0]+box[2]*0.6, y, chromedp.ButtonLeft))
	if err != nil {
		t.Fatalf("drag: %v", err)
	}
	for start := time.Now(); time.Since(start) < 10*time.Second; time.Sleep(100 * time.Millisecond) {
		if err := chromedp.Do(ctx, into(&after, chromedp.Location())); err == nil && after != before {
			break
		}
	}
	if u, err := url.Parse(after); err != nil || u.Query().Get("from") == "" || u.Query().Get("to") == "" || u.Query().Get("from") > u.Query().Get("to") {
		t.Errorf("drag on the timeline: URL %s, want a from-to range", after)
	}
	t.Logf("dragged to %s", after)
	chromedp.Do(ctx, chromedp.WaitVisible("main h1"))
	if n := count(t, ctx, "#chart rect"); n < 1 {
		t.Errorf("zoomed timeline: %d bars", n)
	}

	// A filter typed into the search form lands in the URL and narrows the table.
	// The unfiltered page lists events too, so the wait is for the
	// answer's form, whose field the server filled (typing sets the
	// field's value, not its attribute).
	var loc string
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/search"), chromedp.WaitVisible(`input[name="actor"]`),
		chromedp.SendKeys(`input[name="actor"]`, "ALBGOV"),
		chromedp.Submit(`input[name="actor"]`),
		chromedp.WaitVisible(`input[name="actor"][value="ALBGOV"]`),
		chromedp.WaitVisible(`a[href*="#event-"]`),
		into(&loc, chromedp.Location()))
	if err != nil {
		t.Fatalf("search: %v", err)
	}
	if !strings.Contains(loc, "actor=ALBGOV") {
		t.Errorf("filter not in the URL: %s", loc)
	}
	shot(t, ctx, "search")

	// Following an event leads to its article with the evidence marked.
	var marked string
	err = chromedp.Do(ctx,
		chromedp.Click(`a[href*="#event-"]`, chromedp.NodeVisible),
		chromedp.WaitVisible("mark.ev"),
		into(&marked, chromedp.Text("mark.ev.src")))
	if err != nil {
		t.Fatalf("article: %v", err)
	}
	if marked == "" {
		t.Error("no source marked in the article")
	}
	if n := count(t, ctx, "ol.events > li"); n < 1 {
		t.Errorf("article lists %d events", n)
	}
	shot(t, ctx, "article")

	// The actor profile.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/actors/IRN"), chromedp.WaitVisible("main h1")); err != nil {
		t.Fatal(err)
	}
	if n := count(t, ctx, "#chart rect"); n < 1 {
		t.Errorf("actor chart: %d bars", n)
	}
	shot(t, ctx, "actor")

	// At 360 px the pages still fit: no horizontal scrolling.
	var wide bool
	err = chromedp.Do(ctx, chromedp.EmulateViewport(360, 740),
		chromedp.Navigate(base+"/"), chromedp.WaitVisible("main h1"),
		into(&wide, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth + 1`)))
	if err != nil {
		t.Fatal(err)
	}
	if wide {
		t.Error("overview scrolls sideways at 360 px")
	}
	shot(t, ctx, "overview-360")
}

// into makes an action that runs a and keeps its value in dst, so actions
// with values run in one chromedp.Do.
func into[T any](dst *T, a chromedp.Action[T]) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
		v, err := a(ctx, t)
		if err != nil {
			return chromedp.Void{}, err
		}
		*dst = v
		return chromedp.Void{}, nil
	}
}
