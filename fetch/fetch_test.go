package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// newTestClient returns a Client for loopback test servers, with short
// backoff so retry tests run fast.
func newTestClient(opts Options) *Client {
	opts.AllowPrivate = true
	c := New(opts)
	c.backoff = time.Millisecond
	return c
}

func TestFetch(t *testing.T) {
	var hits atomic.Int64
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1256")
		fmt.Fprintf(w, "<html>ua=%s</html>", r.UserAgent())
	})
	mux.HandleFunc("/hop/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		if n == 0 {
			http.Redirect(w, r, "/page", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusMovedPermanently)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write(bytes.Repeat([]byte("x"), 1000))
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, r *http.Request) {
		for range 10 {
			w.Write(bytes.Repeat([]byte("y"), 100))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/exact", func(w http.ResponseWriter, r *http.Request) {
		w.Write(bytes.Repeat([]byte("z"), 100))
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "text/html")
		zw := gzip.NewWriter(w)
		zw.Write([]byte("<html>compressed page</html>"))
		zw.Close()
	})
	mux.HandleFunc("/gzip-bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zw.Write(bytes.Repeat([]byte{0}, 1<<20))
		zw.Close()
	})
	mux.HandleFunc("/status/{code}", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		var code int
		fmt.Sscan(r.PathValue("code"), &code)
		w.WriteHeader(code)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	tests := []struct {
		name     string
		path     string
		opts     Options
		wantURL  string // path of the final URL
		wantBody string
		wantCT   string
		wantErr  error
		wantCode int   // for *StatusError
		wantHits int64 // requests counted by /loop and /status, when > 0
	}{
		{name: "plain", path: "/page", wantURL: "/page", wantBody: "<html>ua=casus/", wantCT: "text/html; charset=windows-1256"},
		{name: "user agent", path: "/page", opts: Options{UserAgent: "probe/1"}, wantURL: "/page", wantBody: "<html>ua=probe/1</html>"},
		{name: "redirects within limit", path: "/hop/4", wantURL: "/page", wantBody: "<html>ua="},
		{name: "redirects over limit", path: "/hop/4", opts: Options{MaxRedirects: 2}, wantErr: ErrTooManyRedirects},
		{name: "no redirects", path: "/hop/0", opts: Options{MaxRedirects: -1}, wantErr: ErrTooManyRedirects},
		{name: "redirect loop", path: "/loop", opts: Options{MaxRedirects: 3}, wantErr: ErrTooManyRedirects, wantHits: 4},
		{name: "declared too large", path: "/big", opts: Options{MaxBytes: 100}, wantErr: ErrTooLarge},
		{name: "streamed too large", path: "/big-chunked", opts: Options{MaxBytes: 100}, wantErr: ErrTooLarge},
		{name: "exactly the cap", path: "/exact", opts: Options{MaxBytes: 100}, wantURL: "/exact", wantBody: strings.Repeat("z", 100)},
		{name: "gzip decoded", path: "/gzip", wantURL: "/gzip", wantBody: "<html>compressed page</html>", wantCT: "text/html"},
		{name: "gzip bomb capped", path: "/gzip-bomb", opts: Options{MaxBytes: 1000}, wantErr: ErrTooLarge},
		{name: "404 not retried", path: "/status/404", wantCode: 404, wantHits: 1},
		{name: "500 not retried", path: "/status/500", wantCode: 500, wantHits: 1},
		{name: "503 retried until exhausted", path: "/status/503", opts: Options{Retries: 2}, wantCode: 503, wantHits: 3},
		{name: "502 default retries", path: "/status/502", wantCode: 502, wantHits: 1 + DefaultRetries},
		{name: "504 no retries", path: "/status/504", opts: Options{Retries: -1}, wantCode: 504, wantHits: 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			hits.Store(0)
			c := newTestClient(tc.opts)
			doc, err := c.Fetch(context.Background(), srv.URL+tc.path)
			if tc.wantHits > 0 && hits.Load() != tc.wantHits {
				t.Errorf("server saw %d requests, want %d", hits.Load(), tc.wantHits)
			}
			if tc.wantCode != 0 {
				var se *StatusError
				if !errors.As(err, &se) || se.Code != tc.wantCode {
					t.Fatalf("err = %v, want StatusError %d", err, tc.wantCode)
				}
				if se.URL != srv.URL+tc.path {
					t.Errorf("StatusError.URL = %q", se.URL)
				}
				return
			}
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				if doc != nil {
					t.Errorf("doc = %+v with error", doc)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if want := srv.URL + tc.wantURL; doc.URL != want || doc.Origin != want {
				t.Errorf("URL, Origin = %q, %q; want %q", doc.URL, doc.Origin, want)
			}
			if !strings.HasPrefix(string(doc.Body), tc.wantBody) {
				t.Errorf("Body = %q, want prefix %q", doc.Body, tc.wantBody)
			}
			if tc.wantCT != "" && doc.ContentType != tc.wantCT {
				t.Errorf("ContentType = %q, want %q", doc.ContentType, tc.wantCT)
			}
		})
	}
}

func TestRetryAfterThenSuccess(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if hits.Add(1) == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		w.Write([]byte("finally"))
	}))
	defer srv.Close()
	c := newTestClient(Options{})
	start := time.Now()
	doc, err := c.Fetch(context.Background(), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if string(doc.Body) != "finally" || hits.Load() != 2 {
		t.Errorf("body %q after %d requests", doc.Body, hits.Load())
	}
	if el := time.Since(start); el < 900*time.Millisecond {
		t.Errorf("retried after %v, Retry-After asked for 1s", el)
	}
}

func TestRetryAfterBeyondBudget(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	c := newTestClient(Options{Timeout: 2 * time.Second})
	c.maxWait = 5 * time.Second
	start := time.Now()
	_, err := c.Fetch(context.Background(), srv.URL)
	var se *StatusError
	if !errors.As(err, &se) || se.Code != 503 {
		t.Fatalf("err = %v, want StatusError 503", err)
	}
	if hits.Load() != 1 || time.Since(start) > time.Second {
		t.Errorf("%d requests in %v; a wait past the budget should give up at once", hits.Load(), time.Since(start))
	}
}

func TestTransientNetworkErrorRetried(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if hits.Add(1) <= 2 {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close() // the client sees the connection drop
			}
			return
		}
		w.Write([]byte("ok"))
	}))
	defer srv.Close()
	c := newTestClient(Options{})
	doc, err := c.Fetch(context.Background(), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if string(doc.Body) != "ok" || hits.Load() != 3 {
		t.Errorf("body %q after %d requests", doc.Body, hits.Load())
	}
}

func TestTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("partial"))
		w.(http.Flusher).Flush()
		select { // a body that never ends
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	c := newTestClient(Options{Timeout: 300 * time.Millisecond})
	start := time.Now()
	_, err := c.Fetch(context.Background(), srv.URL)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want DeadlineExceeded", err)
	}
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("Fetch took %v with a 300ms timeout", el)
	}
}

func TestCallerCancelNotRetried(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	c := newTestClient(Options{})
	if _, err := c.Fetch(ctx, srv.URL); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want Canceled", err)
	}
	if hits.Load() != 0 {
		t.Errorf("%d requests after cancel", hits.Load())
	}
}

func TestPerHost(t *testing.T) {
	var cur, peak atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := cur.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(50 * time.Millisecond)
		cur.Add(-1)
	}))
	defer srv.Close()
	c := newTestClient(Options{PerHost: 2})
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if _, err := c.Fetch(context.Background(), srv.URL); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if peak.Load() != 2 {
		t.Errorf("peak concurrency %d, want 2", peak.Load())
	}
	c.hosts.mu.Lock()
	if n := len(c.hosts.slots); n != 0 {
		t.Errorf("%d host slots left after all requests", n)
	}
	c.hosts.mu.Unlock()
}

func TestRefusedURLs(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Write([]byte("secret"))
	}))
	defer srv.Close()
	port := srv.Listener.Addr().(*net.TCPAddr).Port
	tests := []struct {
		url  string
		want error
	}{
		{srv.URL, ErrPrivateAddress},                                   // 127.0.0.1
		{fmt.Sprintf("http://localhost:%d/", port), ErrPrivateAddress}, // a name resolving to loopback, refused at dial time
		{fmt.Sprintf("http://[::1]:%d/", port), ErrPrivateAddress},     // IPv6 loopback
		{fmt.Sprintf("http://[::ffff:127.0.0.1]:%d/", port), ErrPrivateAddress},
		{"http://10.1.2.3/", ErrPrivateAddress},
		{"http://169.254.169.254/latest/meta-data/", ErrPrivateAddress},
		{"http://[fd00::1]/", ErrPrivateAddress},
		{"http://100.64.0.1/", ErrPrivateAddress},
		{"http://0.0.0.0/", ErrPrivateAddress},
		{"ftp://example.org/", ErrScheme},
		{"file:///etc/passwd", ErrScheme},
		{"javascript:alert(1)", ErrScheme},
		{"/relative/path", ErrScheme},
		{"https://user:pw@example.org/", ErrUserinfo},
		{"https://example.org@10.0.0.1/", ErrUserinfo},
	}
	c := New(Options{Retries: -1}) // AllowPrivate false
	for _, tc := range tests {
		_, err := c.Fetch(context.Background(), tc.url)
		if !errors.Is(err, tc.want) {
			t.Errorf("Fetch(%q) err = %v, want %v", tc.url, err, tc.want)
		}
	}
	if hits.Load() != 0 {
		t.Errorf("private server was reached %d times", hits.Load())
	}
}

// TestRedirectToPrivate treats one loopback server as public (through the
// permit hook, the same policy check the dialer runs) and has it redirect
// to another loopback server that stays private.
func TestRedirectToPrivate(t *testing.T) {
	var secret atomic.Int64
	private := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		secret.Add(1)
		w.Write([]byte("secret"))
	}))
	defer private.Close()
	privPort := private.Listener.Addr().(*net.TCPAddr).Port
	public := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/literal":
			http.Redirect(w, r, private.URL+"/x", http.StatusFound)
		case "/name":
			http.Redirect(w, r, fmt.Sprintf("http://localhost:%d/x", privPort), http.StatusFound)
		default:
			w.Write([]byte("public"))
		}
	}))
	defer public.Close()
	pubAddr := netip.MustParseAddrPort(public.Listener.Addr().String())

	c := New(Options{Retries: -1})
	c.permit = func(ap netip.AddrPort) bool { return ap == pubAddr }

	doc, err := c.Fetch(context.Background(), public.URL+"/ok")
	if err != nil || string(doc.Body) != "public" {
		t.Fatalf("permitted server: %v, %q", err, doc)
	}
	for _, path := range []string{"/literal", "/name"} {
		if _, err := c.Fetch(context.Background(), public.URL+path); !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("%s: err = %v, want ErrPrivateAddress", path, err)
		}
	}
	if secret.Load() != 0 {
		t.Errorf("private server reached %d times", secret.Load())
	}
}

func TestIsPublic(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"8.8.8.8", true},
		{"93.184.216.34", true},
		{"2606:4700:4700::1111", true},
		{"::ffff:8.8.8.8", true},
		{"64:ff9b::808:808", true}, // NAT64 of 8.8.8.8
		{"2002:808:808::1", true},  // 6to4 of 8.8.8.8
		{"127.0.0.1", false},
		{"127.255.0.9", false},
		{"10.0.0.1", false},
		{"172.16.5.4", false},
		{"172.32.0.1", true},
		{"192.168.1.1", false},
		{"169.254.169.254", false},
		{"100.64.0.1", false},
		{"100.127.255.255", false},
		{"100.128.0.1", true},
		{"0.0.0.0", false},
		{"0.1.2.3", false},
		{"224.0.0.1", false},
		{"255.255.255.255", false},
		{"198.18.0.1", false},
		{"192.0.2.7", false},
		{"::1", false},
		{"::", false},
		{"::ffff:127.0.0.1", false},
		{"::ffff:10.0.0.1", false},
		{"::127.0.0.1", false},        // IPv4-compatible, deprecated
		{"64:ff9b::7f00:1", false},    // NAT64 of 127.0.0.1
		{"64:ff9b::a9fe:a9fe", false}, // NAT64 of 169.254.169.254
		{"2002:7f00:1::1", false},     // 6to4 of 127.0.0.1
		{"2002:a00:1::1", false},      // 6to4 of 10.0.0.1
		{"fe80::1", false},
		{"fe80::1%eth0", false},
		{"fc00::1", false},
		{"fd12:3456::1", false},
		{"ff02::1", false},
		{"2001:db8::1", false},
		{"2001:0::1", false}, // Teredo
		{"100::1", false},
	}
	for _, tc := range tests {
		if got := IsPublic(netip.MustParseAddr(tc.addr)); got != tc.want {
			t.Errorf("IsPublic(%s) = %v, want %v", tc.addr, got, tc.want)
		}
	}
	if IsPublic(netip.Addr{}) {
		t.Error("IsPublic(zero Addr) = true")
	}
}

func TestRetryAfterHeader(t *testing.T) {
	now := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		v    string
		want time.Duration
	}{
		{"", 0},
		{"0", 0},
		{"-5", 0},
		{"7", 7 * time.Second},
		{" 2 ", 2 * time.Second},
		{"99999999999", 24 * time.Hour},
		{"soon", 0},
		{"Fri, 01 Mar 2024 12:00:30 GMT", 30 * time.Second},
		{"Fri, 01 Mar 2024 11:00:00 GMT", 0},
	}
	for _, tc := range tests {
		if got := retryAfter(tc.v, now); got != tc.want {
			t.Errorf("retryAfter(%q) = %v, want %v", tc.v, got, tc.want)
		}
	}
}

func TestBackoffDelay(t *testing.T) {
	c := New(Options{})
	for attempt := range 8 {
		full := min(c.backoff<<attempt, c.maxWait)
		for range 50 {
			d := c.backoffDelay(attempt)
			if d < full/2 || d > full {
				t.Fatalf("attempt %d: delay %v outside [%v, %v]", attempt, d, full/2, full)
			}
		}
	}
}

func TestRedactedName(t *testing.T) {
	// Errors about a URL with credentials must not repeat the password.
	c := New(Options{})
	_, err := c.Fetch(context.Background(), "https://user:hunter2@example.org/")
	if err == nil || strings.Contains(err.Error(), "hunter2") {
		t.Errorf("err = %v", err)
	}
}
