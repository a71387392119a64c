package ingest

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/casus-project/casus/feed"
	"github.com/casus-project/casus/fetch"
)

// TestBrokenFeed checks that a feed which breaks off or goes past a limit
// partway keeps the items read before the break, skips the one it cut
// off, and ends with one error naming the input once and saying where it
// stopped.
func TestBrokenFeed(t *testing.T) {
	var (
		mu      sync.Mutex
		fetched []string
	)
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	S := srv.URL
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		fetched = append(fetched, r.URL.Path)
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><p>page " + r.URL.Path + "</p></html>"))
	})
	item := func(p string) string {
		return "<item><title>Story " + p + "</title><link>" + S + p + "</link></item>\n"
	}
	head := `<?xml version="1.0"?><rss version="2.0"><channel><title>Courier</title>` + "\n"
	whole := head + item("/one") + item("/two") + item("/three") + "</channel></rss>"
	cutIn := func(s string) string { return whole[:strings.Index(whole, s)+len(s)] }
	var guids strings.Builder
	for range feed.MaxFields + 1 {
		guids.WriteString("<guid>g</guid>")
	}
	limited := head + item("/one") + item("/two") + "<item><link>" + S + "/three</link>" + guids.String() + "</item></channel></rss>"
	jsonFeed := `{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": [{"id": "1", "url": "` + S + `/one"}, {"id": "2", "url": "` + S + `/two"}]}`

	dir := t.TempDir()
	client := fetch.New(fetch.Options{AllowPrivate: true, Retries: -1})
	tests := []struct {
		name, body string
		want       []string // paths fetched, in order
		wantErr    string   // in the error; "" for none
	}{
		{"whole", whole, []string{"/one", "/two", "/three"}, ""},
		// The cut-off link would name a page that does not exist.
		{"cut inside a link", cutIn(S + "/thr"), []string{"/one", "/two"}, "items 1-2 kept, item 3 cut off and skipped"},
		{"cut after a link", cutIn("/two</link>"), []string{"/one"}, "item 1 kept, item 2 cut off and skipped"},
		{"cut in the first item", cutIn("<item><title>Sto"), nil, "unexpected EOF (item 1 cut off and skipped)"},
		{"cut in the channel", head[:len(head)-20], nil, "malformed"},
		{"limit in item 3", limited, []string{"/one", "/two"}, "in item 3 at byte"},
		{"cut after an item", cutIn("/two</link></item>"), []string{"/one", "/two"}, "malformed after 2 items: XML syntax error on line 3: unexpected EOF (items 1-2 kept)"},
		{"cut JSON feed", jsonFeed[:len(jsonFeed)-30], []string{"/one"}, "malformed after 1 items: item 2: unexpected EOF (item 1 kept)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-")+".xml")
			write(t, path, []byte(tc.body))
			mu.Lock()
			fetched = nil
			mu.Unlock()
			var (
				errs []error
				docs []string
			)
			for d, err := range Documents(context.Background(), []string{path}, Options{Fetcher: client, Workers: 1}) {
				if err != nil {
					errs = append(errs, err)
					continue
				}
				if d.Hints.Publisher == "" && tc.name != "cut JSON feed" {
					t.Errorf("%s: no publisher hint", d.Origin)
				}
				docs = append(docs, strings.TrimPrefix(d.URL, S))
			}
			if got, want := strings.Join(docs, " "), strings.Join(tc.want, " "); got != want {
				t.Errorf("documents %q, want %q", got, want)
			}
			// Fetches run concurrently: compare what was fetched as a set.
			mu.Lock()
			slices.Sort(fetched)
			got := strings.Join(fetched, " ")
			mu.Unlock()
			if want := strings.Join(slices.Sorted(slices.Values(tc.want)), " "); got != want {
				t.Errorf("fetched %q, want %q", got, want)
			}
			if tc.wantErr == "" {
				if len(errs) != 0 {
					t.Errorf("errors %v, want none", errs)
				}
				return
			}
			if len(errs) != 1 {
				t.Fatalf("errors %v, want one", errs)
			}
			msg := errs[0].Error()
			if !strings.Contains(msg, tc.wantErr) || strings.Count(msg, path) != 1 ||
				strings.Contains(msg, "feed: feed:") || !strings.HasPrefix(msg, "ingest "+path+": feed: ") {
				t.Errorf("error %q, want it to name %s once, not repeat \"feed:\" and contain %q", msg, path, tc.wantErr)
			}
		})
	}
}

// TestParseFeedMaxItems checks that a feed of more than feed.MaxItems
// items keeps the first MaxItems with an error saying how many were kept.
func TestParseFeedMaxItems(t *testing.T) {
	item := "<item><link>https://a.example/x</link></item>"
	head := "<rss><channel><title>T</title>"
	tests := []struct {
		name      string
		items     int
		wantItems int
		wantErr   string // "" for none
	}{
		{"at the limit", feed.MaxItems, feed.MaxItems, ""},
		{"past the limit", feed.MaxItems + 3, feed.MaxItems, "more than 10000, read no further than item 10001 (items 1-10000 kept)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body := head + strings.Repeat(item, tc.items) + "</channel></rss>"
			f, ok, err := parseFeed([]byte(body))
			if !ok || f == nil {
				t.Fatalf("ok %v, err %v", ok, err)
			}
			if len(f.Items) != tc.wantItems {
				t.Errorf("%d items, want %d", len(f.Items), tc.wantItems)
			}
			switch {
			case tc.wantErr == "" && err != nil:
				t.Errorf("err %v, want none", err)
			case tc.wantErr != "" && (!errors.Is(err, feed.ErrMaxItems) || !strings.Contains(err.Error(), tc.wantErr)):
				t.Errorf("err %v, want ErrMaxItems saying %q", err, tc.wantErr)
			}
		})
	}
}
