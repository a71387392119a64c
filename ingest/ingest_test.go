package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/casus-project/casus/fetch"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/warc"
)

// step is one thing Documents yielded: a document (Origin, URL,
// ContentType) or an error (the InputError's Input and a sentinel it
// wraps).
type step struct {
	origin, url, ct string
	input           string
	err             error // errors.Is target; errAny accepts any error
}

var errAny = errors.New("any error")

func doc(origin, url, ct string) step    { return step{origin: origin, url: url, ct: ct} }
func fault(input string, err error) step { return step{input: input, err: err} }

func (s step) String() string {
	if s.err != nil {
		return fmt.Sprintf("error(%s: %v)", s.input, s.err)
	}
	return fmt.Sprintf("doc(%s, %s, %q)", s.origin, s.url, s.ct)
}

func collect(t *testing.T, ctx context.Context, inputs []string, opts Options) ([]step, []*model.Document) {
	t.Helper()
	var steps []step
	var docs []*model.Document
	for d, err := range Documents(ctx, inputs, opts) {
		switch {
		case err != nil && d != nil:
			t.Errorf("yielded both %v and a document", err)
		case err != nil:
			var ie *InputError
			if !errors.As(err, &ie) {
				steps = append(steps, step{err: err})
				continue
			}
			steps = append(steps, step{input: ie.Input, err: err})
		case d == nil:
			t.Errorf("yielded neither document nor error")
		default:
			steps = append(steps, doc(d.Origin, d.URL, d.ContentType))
			docs = append(docs, d)
		}
	}
	return steps, docs
}

func match(got, want []step) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		g, w := got[i], want[i]
		if (g.err == nil) != (w.err == nil) {
			return false
		}
		if w.err != nil {
			if g.input != w.input || w.err != errAny && !errors.Is(g.err, w.err) {
				return false
			}
			continue
		}
		if g != w {
			return false
		}
	}
	return true
}

// fixture writes the test inputs under dir and returns helper bytes.
type fixture struct {
	dir string
	srv *httptest.Server
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func gz(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const page = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Ministers met in Doha.</p></body></html>"

var warcDate = time.Date(2023, 5, 17, 8, 30, 0, 0, time.UTC)

// archive writes a WARC with one record of every kind ingest must tell
// apart. Records 2 and 6 hold pages; 4 is a resource page.
func archive(t *testing.T, compress bool) []byte {
	t.Helper()
	var b bytes.Buffer
	w := warc.NewWriter(&b)
	w.Compress = compress
	resp := func(status, ct, body string) []byte {
		return []byte("HTTP/1.1 " + status + "\r\nContent-Type: " + ct + "\r\nContent-Length: " +
			fmt.Sprint(len(body)) + "\r\n\r\n" + body)
	}
	recs := []struct {
		h     warc.Header
		block []byte
	}{
		{warc.Header{Type: "warcinfo", ContentType: "application/warc-fields"}, []byte("software: test\r\n")},
		{warc.Header{Type: "request", TargetURI: "https://news.example/a", ContentType: "application/http; msgtype=request"}, []byte("GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n")},
		{warc.Header{Type: "response", TargetURI: "https://news.example/a", ContentType: "application/http; msgtype=response"}, resp("200 OK", "text/html; charset=windows-1256", page)},
		{warc.Header{Type: "response", TargetURI: "https://news.example/gone", ContentType: "application/http; msgtype=response"}, resp("404 Not Found", "text/html", "<html>gone</html>")},
		{warc.Header{Type: "resource", TargetURI: "https://news.example/b.txt", ContentType: "text/plain"}, []byte("Plain words.\n")},
		{warc.Header{Type: "response", TargetURI: "https://news.example/logo.png", ContentType: "application/http; msgtype=response"}, resp("200 OK", "image/png", "\x89PNG\r\n\x1a\nxxxx")},
		{warc.Header{Type: "response", TargetURI: "https://news.example/c", ContentType: "application/http; msgtype=response"}, resp("200 OK", "text/html", "<html><p>second</p></html>")},
		{warc.Header{Type: "metadata", TargetURI: "https://news.example/c", ContentType: "application/warc-fields"}, []byte("via: x\r\n")},
		{warc.Header{Type: "revisit", TargetURI: "https://news.example/c", ContentType: "application/http; msgtype=response"}, []byte("HTTP/1.1 200 OK\r\n\r\n")},
	}
	for _, r := range recs {
		h := r.h
		h.Date = warcDate
		if err := w.WriteRecord(&h, r.block); err != nil {
			t.Fatal(err)
		}
	}
	return b.Bytes()
}

func rss(base string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Gulf Courier</title><link>` + base + `/</link>
<item><title>Talks resume</title><link>` + base + `/a</link><pubDate>Tue, 06 Sep 2022 10:00:00 GMT</pubDate></item>
<item><title>No link here</title></item>
<item><title>Missing</title><link>` + base + `/missing</link></item>
<item><title>Second story</title><link>` + base + `/b</link></item>
</channel></rss>`
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	dir := t.TempDir()
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte("<html><p>page a</p></html>"))
	})
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><p>page b</p></html>"))
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(rss(srv.URL)))
	})
	mux.HandleFunc("/logo.png", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	})
	mux.HandleFunc("/empty", func(w http.ResponseWriter, r *http.Request) {})

	f := func(name, data string) { write(t, filepath.Join(dir, name), []byte(data)) }
	f("a.html", page)
	f("site/b.html", page)
	f("site/sub/c.htm", page)
	f("site/sub/notes.txt", "Plain notes without markup.\n")
	f("site/.hidden.html", page)
	f("site/.git/config.html", page)
	f("site/style.css", "p { color: red }")
	f("site/logo.png", "\x89PNG\r\n\x1a\n\x00\x00")
	f("site/README", "An extensionless text file.\n")
	write(t, filepath.Join(dir, "site/z.html.gz"), gz(t, []byte(page)))
	f("text.txt", "DOHA, Sept 6 - Talks resumed.\n\nA second paragraph.\n")
	f("markup.txt", "<html><body><p>html in a .txt</p></body></html>")
	f("plain.html", "Text in an .html file without any markup.")
	f("pic.png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	f("doc.html", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	f("exe", "\x7fELF\x02\x01\x01\x00")
	f("empty.html", "")
	f("big.html", "<html>"+strings.Repeat("x", 2000)+"</html>")
	f("utf16.html", "\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00")
	write(t, filepath.Join(dir, "big.html.gz"), gz(t, []byte("<html>"+strings.Repeat("x", 2000)+"</html>")))
	full := gz(t, []byte(page+strings.Repeat("<p>more</p>", 200)))
	write(t, filepath.Join(dir, "trunc.html.gz"), full[:len(full)/2])
	write(t, filepath.Join(dir, "nested.gz"), gz(t, gz(t, []byte(page))))
	write(t, filepath.Join(dir, "pic.png.gz"), gz(t, []byte("\x89PNG\r\n\x1a\n\x00\x00")))
	write(t, filepath.Join(dir, "news.warc.gz"), archive(t, true))
	write(t, filepath.Join(dir, "plain.warc"), archive(t, false))
	whole := archive(t, true)
	// Cut inside the sixth record (the PNG response): records 0-4 survive.
	cut := cutAfterMembers(t, whole, 5) + 20
	write(t, filepath.Join(dir, "trunc.warc.gz"), whole[:cut])
	plain := archive(t, false)
	write(t, filepath.Join(dir, "trunc.warc"), plain[:bytes.Index(plain, []byte("second</p>"))])
	f("feed.xml", rss(srv.URL))
	f("list.txt", "# a list\n\n"+srv.URL+"/a\n  a.html  \n@other.txt\nftp://example.org/x\n# done\n")
	return &fixture{dir: dir, srv: srv}
}

// cutAfterMembers returns the byte offset where gzip member n (from 0)
// starts in a multi-member file, by decompressing members one at a time.
func cutAfterMembers(t *testing.T, b []byte, n int) int {
	t.Helper()
	r := bytes.NewReader(b)
	for range n {
		zr, err := gzip.NewReader(r)
		if err != nil {
			t.Fatal(err)
		}
		zr.Multistream(false)
		if _, err := zr.Read(make([]byte, 1<<20)); err != nil && err.Error() != "EOF" {
			for {
				if _, err := zr.Read(make([]byte, 1<<16)); err != nil {
					break
				}
			}
		}
		for {
			if _, err := zr.Read(make([]byte, 1<<16)); err != nil {
				break
			}
		}
	}
	return len(b) - r.Len()
}

func TestDocuments(t *testing.T) {
	fx := newFixture(t)
	p := func(name string) string { return filepath.Join(fx.dir, name) }
	S := fx.srv.URL
	client := fetch.New(fetch.Options{AllowPrivate: true, Retries: -1})
	news := p("news.warc.gz")
	pw := p("plain.warc")
	write(t, p("lists/list.txt"), []byte("../site/b.html\nnope.html\n"))
	tree := os.DirFS(fx.dir)
	tests := []struct {
		name   string
		inputs []string
		opts   Options
		want   []step
	}{
		{"html file", []string{p("a.html")}, Options{}, []step{doc(p("a.html"), "", "")}},
		{"directory walk", []string{p("site")}, Options{}, []step{
			doc(p("site/README"), "", "text/plain"),
			doc(p("site/b.html"), "", ""),
			doc(p("site/sub/c.htm"), "", ""),
			doc(p("site/sub/notes.txt"), "", "text/plain"),
			doc(p("site/z.html.gz"), "", ""),
		}},
		{"text and tie-breaks", []string{p("text.txt"), p("markup.txt"), p("plain.html"), p("utf16.html")}, Options{}, []step{
			doc(p("text.txt"), "", "text/plain"),
			doc(p("markup.txt"), "", ""),
			doc(p("plain.html"), "", ""),
			doc(p("utf16.html"), "", ""),
		}},
		{"binary and empty", []string{p("pic.png"), p("doc.html"), p("exe"), p("empty.html"), p("pic.png.gz")}, Options{}, []step{
			fault(p("pic.png"), ErrBinary),
			fault(p("doc.html"), ErrBinary),
			fault(p("exe"), ErrBinary),
			fault(p("empty.html"), ErrEmpty),
			fault(p("pic.png.gz"), ErrBinary),
		}},
		{"missing file, walk goes on", []string{p("nope.html"), p("a.html")}, Options{}, []step{
			fault(p("nope.html"), fs.ErrNotExist),
			doc(p("a.html"), "", ""),
		}},
		{"size cap", []string{p("big.html"), p("big.html.gz"), p("a.html")}, Options{MaxFileBytes: 1000}, []step{
			fault(p("big.html"), ErrTooLarge),
			fault(p("big.html.gz"), ErrTooLarge),
			doc(p("a.html"), "", ""),
		}},
		{"gzip: truncated, nested", []string{p("trunc.html.gz"), p("nested.gz")}, Options{}, []step{
			fault(p("trunc.html.gz"), errAny),
			fault(p("nested.gz"), ErrUnsupported),
		}},
		{"warc.gz", []string{news}, Options{}, []step{
			doc(news+"#record-2", "https://news.example/a", "text/html; charset=windows-1256"),
			doc(news+"#record-4", "https://news.example/b.txt", "text/plain"),
			doc(news+"#record-6", "https://news.example/c", "text/html"),
		}},
		{"plain warc", []string{pw}, Options{}, []step{
			doc(pw+"#record-2", "https://news.example/a", "text/html; charset=windows-1256"),
			doc(pw+"#record-4", "https://news.example/b.txt", "text/plain"),
			doc(pw+"#record-6", "https://news.example/c", "text/html"),
		}},
		{"truncated warc.gz", []string{p("trunc.warc.gz"), p("a.html")}, Options{}, []step{
			doc(p("trunc.warc.gz")+"#record-2", "https://news.example/a", "text/html; charset=windows-1256"),
			doc(p("trunc.warc.gz")+"#record-4", "https://news.example/b.txt", "text/plain"),
			fault(p("trunc.warc.gz")+"#record-5", warc.ErrTruncated),
			doc(p("a.html"), "", ""),
		}},
		{"truncated warc", []string{p("trunc.warc")}, Options{}, []step{
			doc(p("trunc.warc")+"#record-2", "https://news.example/a", "text/html; charset=windows-1256"),
			doc(p("trunc.warc")+"#record-4", "https://news.example/b.txt", "text/plain"),
			fault(p("trunc.warc")+"#record-6", warc.ErrTruncated),
		}},
		{"warc record cap", []string{news}, Options{MaxFileBytes: 50}, []step{
			fault(news+"#record-2", ErrTooLarge),
			doc(news+"#record-4", "https://news.example/b.txt", "text/plain"),
			doc(news+"#record-6", "https://news.example/c", "text/html"),
		}},
		{"feed file", []string{p("feed.xml")}, Options{Fetcher: client}, []step{
			doc(S+"/a", S+"/a", "text/html; charset=utf-8"),
			fault(p("feed.xml")+"#item-1", ErrNoLink),
			fault(S+"/missing", errAny),
			doc(S+"/b", S+"/b", "text/html"),
		}},
		{"feed file without fetcher", []string{p("feed.xml")}, Options{}, []step{
			fault(p("feed.xml"), ErrNoFetcher),
		}},
		{"urls", []string{S + "/b", S + "/feed.xml", S + "/logo.png", S + "/empty", "ftp://example.org/"}, Options{Fetcher: client, Workers: 2}, []step{
			doc(S+"/b", S+"/b", "text/html"),
			doc(S+"/a", S+"/a", "text/html; charset=utf-8"),
			fault(p("feed.xml")+"#item-1", ErrNoLink),
			fault(S+"/missing", errAny),
			doc(S+"/b", S+"/b", "text/html"),
			fault(S+"/logo.png", ErrBinary),
			fault(S+"/empty", ErrEmpty),
			fault("ftp://example.org/", ErrUnsupported),
		}},
		{"url without fetcher", []string{S + "/a", p("a.html")}, Options{}, []step{
			fault(S+"/a", ErrNoFetcher),
			doc(p("a.html"), "", ""),
		}},
		{"list", []string{"@" + p("list.txt"), "@" + p("nolist.txt")}, Options{Fetcher: client}, []step{
			doc(S+"/a", S+"/a", "text/html; charset=utf-8"),
			doc(p("a.html"), "", ""),
			fault(p("list.txt")+":5", ErrUnsupported),
			fault("ftp://example.org/x", ErrUnsupported),
			fault(p("nolist.txt"), fs.ErrNotExist),
		}},
		{"stdin", []string{"-"}, Options{Stdin: strings.NewReader("Just words on stdin.")}, []step{
			doc("stdin", "", "text/plain"),
		}},
		{"stdin gzip html", []string{"-"}, Options{Stdin: bytes.NewReader(gz(t, []byte(page)))}, []step{
			doc("stdin", "", ""),
		}},
		{"stdin missing", []string{"-"}, Options{}, []step{fault("stdin", errAny)}},
		{"list from stdin", []string{"@-"}, Options{Stdin: strings.NewReader(p("a.html") + "\n")}, []step{
			doc(p("a.html"), "", ""),
		}},
		// The same tree read through an fs.FS: documents are named by the
		// paths inside it, not where it lies on disk.
		{"fs: file and walk", []string{"a.html", "site/sub"}, Options{FS: tree}, []step{
			doc("a.html", "", ""),
			doc("site/sub/c.htm", "", ""),
			doc("site/sub/notes.txt", "", "text/plain"),
		}},
		{"fs: gzip and archive", []string{"site/z.html.gz", "plain.warc"}, Options{FS: tree}, []step{
			doc("site/z.html.gz", "", ""),
			doc("plain.warc#record-2", "https://news.example/a", "text/html; charset=windows-1256"),
			doc("plain.warc#record-4", "https://news.example/b.txt", "text/plain"),
			doc("plain.warc#record-6", "https://news.example/c", "text/html"),
		}},
		{"fs: list names paths beside it", []string{"@lists/list.txt"}, Options{FS: tree}, []step{
			doc("site/b.html", "", ""),
			fault("lists/nope.html", fs.ErrNotExist),
		}},
		{"fs: paths outside the tree", []string{"../a.html", p("a.html"), "a.html"}, Options{FS: tree}, []step{
			fault("../a.html", fs.ErrInvalid),
			fault(p("a.html"), fs.ErrInvalid),
			doc("a.html", "", ""),
		}},
	}
	// The feed served over HTTP names its own items; fix the expected
	// Input of its linkless item.
	for i := range tests {
		if tests[i].name == "urls" {
			tests[i].want[2].input = S + "/feed.xml#item-1"
		}
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := collect(t, context.Background(), tc.inputs, tc.opts)
			if !match(got, tc.want) {
				t.Errorf("got\n\t%v\nwant\n\t%v", got, tc.want)
			}
		})
	}
}

func TestHints(t *testing.T) {
	fx := newFixture(t)
	day := time.Date(2022, 9, 7, 0, 0, 0, 0, time.UTC)
	client := fetch.New(fetch.Options{AllowPrivate: true, Retries: -1})
	_, docs := collect(t, context.Background(),
		[]string{filepath.Join(fx.dir, "text.txt"), filepath.Join(fx.dir, "feed.xml"), filepath.Join(fx.dir, "news.warc.gz")},
		Options{Fetcher: client, DefaultDate: day})
	if len(docs) != 6 {
		t.Fatalf("%d documents, want 6", len(docs))
	}
	if !docs[0].Hints.DefaultDate.Equal(day) || !strings.HasPrefix(string(docs[0].Body), "DOHA, Sept 6") {
		t.Errorf("text: %+v %q", docs[0].Hints, docs[0].Body)
	}
	a := docs[1].Hints
	if a.Title != "Talks resume" || a.Publisher != "Gulf Courier" || !a.DefaultDate.Equal(day) ||
		!a.Published.Equal(time.Date(2022, 9, 6, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("feed item hints %+v", a)
	}
	if docs[2].Hints.Title != "Second story" || !docs[2].Hints.Published.IsZero() {
		t.Errorf("second item hints %+v", docs[2].Hints)
	}
	if string(docs[3].Body) != page {
		t.Errorf("WARC body %q", docs[3].Body)
	}
	// Without --date, WARC records are dated by their WARC-Date day.
	_, docs = collect(t, context.Background(), []string{filepath.Join(fx.dir, "news.warc.gz")}, Options{})
	if len(docs) == 0 || !docs[0].Hints.DefaultDate.Equal(time.Date(2023, 5, 17, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("WARC default date: %+v", docs)
	}
}

func TestCancel(t *testing.T) {
	fx := newFixture(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	got, _ := collect(t, ctx, []string{filepath.Join(fx.dir, "a.html"), filepath.Join(fx.dir, "site")}, Options{})
	if len(got) != 1 || !errors.Is(got[0].err, context.Canceled) {
		t.Errorf("got %v, want one context.Canceled", got)
	}
}

// TestEarlyStop breaks out of the loop with fetches in flight; Documents
// must return (after stopping them) and not yield again.
func TestEarlyStop(t *testing.T) {
	slow := make(chan struct{})
	defer close(slow)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/fast" {
			select {
			case <-slow:
			case <-r.Context().Done():
			}
		}
		w.Write([]byte("<html>x</html>"))
	}))
	defer srv.Close()
	// PerHost above Workers, so the fast fetch never waits behind slow ones.
	client := fetch.New(fetch.Options{AllowPrivate: true, Retries: -1, PerHost: 16})
	inputs := []string{srv.URL + "/fast"}
	for i := range 10 {
		inputs = append(inputs, fmt.Sprintf("%s/slow/%d", srv.URL, i))
	}
	first := make(chan struct{})
	done := make(chan int)
	go func() {
		n := 0
		for range Documents(context.Background(), inputs, Options{Fetcher: client, Workers: 3}) {
			n++
			close(first)
			break
		}
		done <- n
	}()
	// The first document may be slow to come on a loaded machine; what
	// is tested is that breaking out returns promptly, with the slow
	// fetches still in flight.
	select {
	case <-first:
	case <-time.After(60 * time.Second):
		t.Fatal("no first document")
	}
	select {
	case n := <-done:
		if n != 1 {
			t.Errorf("%d iterations", n)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Documents did not return after break")
	}
}

// TestFetchSlotsInOrder checks that fetch slots are taken in input
// order: with one slot, a first page that answers at once comes first
// and at once, though the pages after it in the fetch window hang until
// the test ends. Before, the window's fetches raced for the slot, and a
// hanging one that won it held the first page back for the client's whole
// timeout. Ten rounds, as the race was lost about half the time.
func TestFetchSlotsInOrder(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/first" {
			select {
			case <-release:
			case <-r.Context().Done():
			}
		}
		w.Write([]byte("<html>x</html>"))
	}))
	defer srv.Close()
	defer close(release)
	client := fetch.New(fetch.Options{AllowPrivate: true, Retries: -1, PerHost: 16, Timeout: time.Minute})
	inputs := []string{srv.URL + "/first", srv.URL + "/hang/1", srv.URL + "/hang/2"}
	for round := range 10 {
		got := make(chan string, 1)
		go func() {
			for d, err := range Documents(context.Background(), inputs, Options{Fetcher: client, Workers: 1}) {
				if err != nil {
					got <- err.Error()
				} else {
					got <- d.URL
				}
				break
			}
		}()
		select {
		case u := <-got:
			if !strings.HasSuffix(u, "/first") {
				t.Fatalf("round %d: first yield %s, want the first page", round, u)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("round %d: the first page did not come within 10 s: a later fetch holds the slot", round)
		}
	}
}

// TestConcurrentFetchOrder checks that fetches overlap and results keep
// input order even when later ones finish first.
func TestConcurrentFetchOrder(t *testing.T) {
	// Each response waits until all five requests have arrived, which
	// only concurrent fetches achieve, and they complete in reverse
	// order, so the documents come out in input order only if ingest
	// puts them back in it. A fetch that waits longer than patience has
	// found the fetches serial; the test then fails instead of hanging.
	const n = 5
	const patience = 10 * time.Second
	var arrived atomic.Int32
	var serial atomic.Bool
	all := make(chan struct{})
	done := make([]chan struct{}, n+1)
	for i := range done {
		done[i] = make(chan struct{})
	}
	close(done[n])
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var i int
		if _, err := fmt.Sscan(strings.TrimPrefix(r.URL.Path, "/"), &i); err != nil || i < 0 || i >= n {
			http.NotFound(w, r)
			return
		}
		if arrived.Add(1) == n {
			close(all)
		}
		for _, c := range []chan struct{}{all, done[i+1]} {
			select {
			case <-c:
			case <-time.After(patience):
				serial.Store(true)
			}
		}
		fmt.Fprintf(w, "<html>%d</html>", i)
		w.(http.Flusher).Flush()
		close(done[i])
	}))
	defer srv.Close()
	client := fetch.New(fetch.Options{AllowPrivate: true, Retries: -1, PerHost: 8})
	var inputs []string
	var want []step
	for i := range n {
		u := fmt.Sprintf("%s/%d", srv.URL, i)
		inputs = append(inputs, u)
		want = append(want, doc(u, u, "text/html; charset=utf-8"))
	}
	got, _ := collect(t, context.Background(), inputs, Options{Fetcher: client, Workers: n})
	if serial.Load() {
		t.Errorf("fetches did not overlap: a request waited %v for the others", patience)
	}
	if !match(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		head string
		ext  string
		want kind
	}{
		{"", "", kindEmpty},
		{"\x1f\x8b\x08\x00", ".html", kindGzip},
		{"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "", kindWARC},
		{"\r\nWARC/1.0\r\n", ".gz", kindWARC},
		{"<?xml version=\"1.0\"?><rss version=\"2.0\">", "", kindFeed},
		{"<?xml version=\"1.0\"?>\n<!-- c -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", ".html", kindFeed},
		{"<rdf:RDF xmlns:rdf=\"x\">", "", kindFeed},
		{`{"version": "https://jsonfeed.org/version/1.1", "items": []}`, "", kindFeed},
		{"<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", "", kindHTML},
		{"<!DOCTYPE html><html>", ".txt", kindHTML},
		{"Some text with a <p> inside", "", kindHTML},
		{"Plain text only.", ".html", kindHTML},
		{"Plain text only.", ".txt", kindText},
		{"Plain text only.", "", kindText},
		{"   \n\t ", "", kindText},
		{"\xef\xbb\xbfText with BOM.", "", kindText},
		{"\xff\xfeH\x00i\x00", "", kindText},
		{"\xfe\xff\x00<\x00h\x00t\x00m\x00l", "", kindHTML},
		{"\x89PNG\r\n\x1a\n", ".html", kindBinary},
		{"%PDF-1.4", "", kindBinary},
		{"PK\x03\x04", "", kindBinary},
		{"\x00\x00\x00\x18ftypmp42", "", kindBinary},
		{"RIFF\x00\x00\x00\x00WEBPVP8 ", "", kindBinary},
		{"BZh91AY&SY", "", kindBinary},
		{"BZh is not bzip", "", kindText},
		{"MZ\x90\x00\x03", "", kindBinary},
		{"MZ Wallace bags", "", kindText},
		{"ID3\x04\x00", "", kindBinary},
		{"text\x00with nul", "", kindBinary},
		{"\x01\x02\x03\x04\x05abc", "", kindBinary},
		{"ok\x1b[0m colour codes are text", "", kindText},
		{"Привет, мир", "", kindText},
		{"\xc8\xe4\xf3\xf2 cp1251", "", kindText},
	}
	for _, tc := range tests {
		if got := sniff([]byte(tc.head), tc.ext); got.kind != tc.want {
			t.Errorf("sniff(%q, %q) = %v, want %v", tc.head, tc.ext, got.kind, tc.want)
		}
	}
}

// chunky returns its data a few bytes per Read, then err.
type chunky struct {
	data []byte
	err  error
}

func (c *chunky) Read(p []byte) (int, error) {
	if len(c.data) == 0 {
		return 0, c.err
	}
	n := copy(p[:min(len(p), 7)], c.data)
	c.data = c.data[n:]
	return n, nil
}

func TestReadCapped(t *testing.T) {
	big := bytes.Repeat([]byte("0123456789"), 20000) // 200 kB: several chunks
	tests := []struct {
		name    string
		data    []byte
		readErr error
		max     int64
		wantErr error
	}{
		{"empty", nil, nil, 10, nil},
		{"small", []byte("hello"), nil, 10, nil},
		{"exactly max", []byte("0123456789"), nil, 10, nil},
		{"one over", []byte("0123456789x"), nil, 10, ErrTooLarge},
		{"many chunks", big, nil, int64(len(big)), nil},
		{"many chunks over", big, nil, int64(len(big)) - 1, ErrTooLarge},
		{"truncated", big[:1000], io.ErrUnexpectedEOF, 1 << 20, io.ErrUnexpectedEOF},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.readErr
			if err == nil {
				err = io.EOF
			}
			// Whatever size hint it is given, right or wrong, the result
			// is the same.
			// With recycled buffers too, each spoiled before it goes
			// back, so that a body left over from an earlier read would
			// show.
			for _, bodies := range []*Bodies{nil, new(Bodies)} {
				for _, hint := range []int64{-1, 0, int64(len(tc.data)), int64(len(tc.data)) - 1, int64(len(tc.data)) + 1, 3, tc.max * 2} {
					got, gotErr := readCapped(&chunky{data: tc.data, err: err}, tc.max, hint, bodies)
					if tc.wantErr != nil {
						if !errors.Is(gotErr, tc.wantErr) || got != nil {
							t.Fatalf("hint %d: got %d bytes, %v; want %v", hint, len(got), gotErr, tc.wantErr)
						}
						continue
					}
					if gotErr != nil || !bytes.Equal(got, tc.data) {
						t.Fatalf("hint %d: got %d bytes, %v; want %d bytes", hint, len(got), gotErr, len(tc.data))
					}
					for i := range got[:cap(got)] {
						got[:cap(got)][i] = 'x'
					}
					bodies.Recycle(&model.Document{Body: got})
				}
			}
		})
	}
}

// TestCancelDuringFetch cancels while the only fetch is in flight: the
// sequence must end with the context's error, not a fetch error.
func TestCancelDuringFetch(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cancel()
		<-r.Context().Done()
	}))
	defer srv.Close()
	client := fetch.New(fetch.Options{AllowPrivate: true, Retries: -1})
	got, _ := collect(t, ctx, []string{srv.URL}, Options{Fetcher: client})
	if len(got) != 1 || !errors.Is(got[0].err, context.Canceled) || got[0].input != "" {
		t.Errorf("got %v, want one bare context.Canceled", got)
	}
}

func TestGzipSize(t *testing.T) {
	gz := func(b []byte) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(b)
		zw.Close()
		return buf.Bytes()
	}
	page := bytes.Repeat([]byte("<p>news</p>\n"), 1000)
	lying := gz([]byte("short"))
	copy(lying[len(lying)-4:], []byte{0xff, 0xff, 0xff, 0x7f}) // claims 2 GB
	tests := []struct {
		name string
		r    io.Reader
		size int64
		want int64
	}{
		{"page", bytes.NewReader(gz(page)), int64(len(gz(page))), int64(len(page))},
		{"empty content", bytes.NewReader(gz(nil)), int64(len(gz(nil))), 0},
		{"not seekable", struct{ io.Reader }{bytes.NewReader(gz(page))}, int64(len(gz(page))), -1},
		{"too short for gzip", bytes.NewReader([]byte("abc")), 3, -1},
		{"trailer claims more than deflate can hold", bytes.NewReader(lying), int64(len(lying)), -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := gzipSize(tc.r, tc.size); got != tc.want {
				t.Errorf("gzipSize = %d, want %d", got, tc.want)
			}
		})
	}
}
