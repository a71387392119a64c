package cli

import (
	"bytes"
	"context"
	"flag"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/casus-project/casus/api"
	"github.com/casus-project/casus/store"
)

func TestInlineDocument(t *testing.T) {
	def := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	may3 := time.Date(2024, 5, 3, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name       string
		doc        api.IngestDocument
		origin     string
		ctype      string
		body       string
		published  time.Time
		defaultDay time.Time
	}{
		{"html without url", api.IngestDocument{HTML: "<p>a</p>", Title: "T"}, "ingest-7#2", "text/html; charset=utf-8", "<p>a</p>", time.Time{}, def},
		{"text with url", api.IngestDocument{Text: "a.", URL: "https://news.example/a"}, "https://news.example/a", "text/plain; charset=utf-8", "a.", time.Time{}, def},
		{"dated", api.IngestDocument{Text: "a.", Published: "2024-05-03"}, "ingest-7#2", "text/plain; charset=utf-8", "a.", may3, may3},
		{"bad date left to the default", api.IngestDocument{Text: "a.", Published: "May"}, "ingest-7#2", "text/plain; charset=utf-8", "a.", time.Time{}, def},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := inlineDocument("7", 2, tt.doc, def)
			if d.Origin != tt.origin || d.ContentType != tt.ctype || string(d.Body) != tt.body || d.URL != tt.doc.URL || d.Hints.Title != tt.doc.Title {
				t.Errorf("got origin %q, type %q, body %q, url %q, title %q", d.Origin, d.ContentType, d.Body, d.URL, d.Hints.Title)
			}
			if !d.Hints.Published.Equal(tt.published) || !d.Hints.DefaultDate.Equal(tt.defaultDay) {
				t.Errorf("published %v, default date %v; want %v, %v", d.Hints.Published, d.Hints.DefaultDate, tt.published, tt.defaultDay)
			}
		})
	}
}

// TestServeTrustedProxiesFlag checks that serve refuses a
// --trusted-proxies list it cannot read, naming the bad entry, before it
// opens the database.
func TestServeTrustedProxiesFlag(t *testing.T) {
	db := filepath.Join(t.TempDir(), "never.db")
	tests := []struct {
		list, want string
	}{
		{"proxy.example", `"proxy.example"`},
		{"10.0.0.0/8,10.0.0.0/40", `"10.0.0.0/40"`},
	}
	for _, tt := range tests {
		code, _, stderr := run(t, "", "serve", "--db", db, "--addr", "127.0.0.1:0", "--trusted-proxies", tt.list)
		if code != 2 || !strings.Contains(stderr, tt.want) {
			t.Errorf("--trusted-proxies %s: exit %d, stderr %q; want 2 naming %s", tt.list, code, stderr, tt.want)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("the database was created although the flags were refused")
	}
}

// TestServeSaysTrustedProxies checks that serve, with ingestion on,
// says which proxies' X-Forwarded-For it believes, and says nothing of
// the header without --trusted-proxies.
func TestServeSaysTrustedProxies(t *testing.T) {
	tests := []struct {
		list, want string
	}{
		{"10.0.0.0/8, ::1", "counts requests from 10.0.0.0/8, ::1/128 against the client their X-Forwarded-For names"},
		{"", ""},
	}
	for _, tt := range tests {
		st, err := store.Open(context.Background(), ":memory:")
		if err != nil {
			t.Fatal(err)
		}
		var sf serveFlags
		fs := flag.NewFlagSet("serve", flag.ContinueOnError)
		sf.bind(fs)
		args := []string{"--token", "proxy-token"}
		if tt.list != "" {
			args = append(args, "--trusted-proxies", tt.list)
		}
		if err := fs.Parse(args); err != nil {
			t.Fatal(err)
		}
		if err := sf.check(); err != nil {
			t.Fatal(err)
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		cancel() // serve starts, prints, and shuts down at once
		var out, errb bytes.Buffer
		err = serveWith(ctx, Env{Stdout: &out, Stderr: &errb}, st, ln, sf)
		st.Close()
		if err != nil {
			t.Fatalf("serve: %v (%s)", err, errb.String())
		}
		switch got := out.String(); {
		case tt.want == "" && strings.Contains(got, "X-Forwarded-For"):
			t.Errorf("--trusted-proxies %q: %q mentions X-Forwarded-For", tt.list, got)
		case tt.want != "" && !strings.Contains(got, tt.want):
			t.Errorf("--trusted-proxies %q: %q lacks %q", tt.list, got, tt.want)
		}
	}
}
