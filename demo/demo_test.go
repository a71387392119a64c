package demo

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"

	"github.com/casus-project/casus/warc"
)

// archivePages reads the WARC archive and returns each response payload
// by target URI.
func archivePages(t *testing.T) map[string][]byte {
	t.Helper()
	f, err := Corpus().Open(ArchiveName)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	r := warc.NewReader(zr)
	pages := map[string][]byte{}
	first := true
	for {
		h, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if first && h.Type != "warcinfo" {
			t.Errorf("first record is %q, want warcinfo", h.Type)
		}
		first = false
		if h.Type != "response" {
			continue
		}
		resp, err := warc.ReadResponse(r)
		if err != nil {
			t.Fatalf("%s: %v", h.TargetURI, err)
		}
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatalf("%s: %v", h.TargetURI, err)
		}
		if resp.StatusCode != 200 {
			t.Errorf("%s: status %d", h.TargetURI, resp.StatusCode)
		}
		pages[h.TargetURI] = b
	}
	return pages
}

func decoderFor(name string) (encoding.Encoding, error) {
	switch name {
	case "utf-8":
		return nil, nil
	case "windows-1252":
		return charmap.Windows1252, nil
	case "iso-8859-1-undeclared":
		return charmap.ISO8859_1, nil
	case "windows-1251":
		return charmap.Windows1251, nil
	case "windows-1256":
		return charmap.Windows1256, nil
	}
	return nil, fmt.Errorf("unknown encoding %q", name)
}

// pageText returns the visible text of a page, decoded and with runs of
// white space folded to one space, so gold snippets can be looked up.
func pageText(e Entry, raw []byte) (string, error) {
	enc, err := decoderFor(e.Encoding)
	if err != nil {
		return "", err
	}
	if enc != nil {
		if raw, err = enc.NewDecoder().Bytes(raw); err != nil {
			return "", err
		}
	}
	if !strings.HasSuffix(e.File, ".html") && !e.Member() {
		return strings.Join(strings.Fields(string(raw)), " "), nil
	}
	var b strings.Builder
	z := html.NewTokenizer(bytes.NewReader(raw))
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() == io.EOF {
				return strings.Join(strings.Fields(b.String()), " "), nil
			}
			return "", z.Err()
		case html.StartTagToken:
			if n, _ := z.TagName(); string(n) == "script" || string(n) == "style" {
				skip++
			}
		case html.EndTagToken:
			if n, _ := z.TagName(); (string(n) == "script" || string(n) == "style") && skip > 0 {
				skip--
			}
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
				b.WriteByte(' ')
			}
		}
	}
}

// corpusTexts returns the visible text of every page, by manifest file.
func corpusTexts(t *testing.T) (map[string]string, []Entry) {
	t.Helper()
	m, err := Manifest()
	if err != nil {
		t.Fatal(err)
	}
	archived := archivePages(t)
	texts := map[string]string{}
	for _, e := range m {
		var raw []byte
		if e.Member() {
			var ok bool
			if raw, ok = archived[e.URL]; !ok {
				t.Errorf("%s: not in %s", e.File, ArchiveName)
				continue
			}
		} else if raw, err = fs.ReadFile(Corpus(), e.File); err != nil {
			t.Errorf("%s: %v", e.File, err)
			continue
		}
		if e.URL != "" && !bytes.Contains(raw, []byte(e.URL)) {
			t.Errorf("%s: canonical URL %s not in page", e.File, e.URL)
		}
		s, err := pageText(e, raw)
		if err != nil {
			t.Errorf("%s: %v", e.File, err)
			continue
		}
		texts[e.File] = s
	}
	return texts, m
}

func TestManifest(t *testing.T) {
	m, err := Manifest()
	if err != nil {
		t.Fatal(err)
	}
	files, urls := map[string]bool{}, map[string]bool{}
	outlets, encodings := map[string]bool{}, map[string]bool{}
	pages := 0
	for _, e := range m {
		files[e.File] = true
		if e.URL != "" {
			if urls[e.URL] {
				t.Errorf("%s: URL %s listed twice", e.File, e.URL)
			}
			urls[e.URL] = true
		}
		outlets[e.Outlet] = true
		encodings[e.Encoding] = true
		if e.Expected != ExpectNoArticle {
			pages++
		}
	}
	for _, e := range m {
		switch kind, _, _ := strings.Cut(e.Expected, " "); kind {
		case ExpectArticle, ExpectNoArticle:
		case ExpectDuplicate, ExpectNearDuplicate:
			if !files[e.Of()] {
				t.Errorf("%s: %s names an unlisted file", e.File, e.Expected)
			}
		default:
			t.Errorf("%s: unknown expected %q", e.File, e.Expected)
		}
	}
	if pages < 44 || len(outlets) < 12 || len(encodings) < 5 {
		t.Errorf("corpus too small: %d article pages, %d outlets, %d encodings", pages, len(outlets), len(encodings))
	}
}

// readTSV reads a gold file into rows of fields, checking the field count.
func readTSV(t *testing.T, name string, fields int) [][]string {
	t.Helper()
	b, err := fs.ReadFile(Gold(), name)
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]string
	for i, l := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		f := strings.Split(l, "\t")
		if len(f) != fields {
			t.Fatalf("%s:%d: %d fields, want %d", name, i+1, len(f), fields)
		}
		if i > 0 {
			rows = append(rows, f)
		}
	}
	return rows
}

// fold folds white space as pageText does.
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestGoldInPages checks every gold file against the pages themselves,
// not against the sources they were generated from: each snippet must be
// visible text of the page it names.
func TestGoldInPages(t *testing.T) {
	texts, m := corpusTexts(t)
	listed := map[string]Entry{}
	for _, e := range m {
		listed[e.File] = e
	}
	check := func(name string, row []string, cols ...int) {
		t.Helper()
		e, ok := listed[row[0]]
		if !ok {
			t.Errorf("%s: %s is not in the manifest", name, row[0])
			return
		}
		if e.Expected == ExpectNoArticle {
			t.Errorf("%s: %s has gold but no article", name, row[0])
		}
		for _, c := range cols {
			if s := fold(row[c]); s != "" && !strings.Contains(texts[row[0]], s) {
				t.Errorf("%s: %s: %q not in page text", name, row[0], s)
			}
		}
	}
	meta := readTSV(t, "meta.tsv", 8)
	for _, r := range meta {
		check("meta.tsv", r, 1, 6, 7)
	}
	for _, r := range readTSV(t, "quotes.tsv", 4) {
		check("quotes.tsv", r, 1)
		if r[3] != "true" && r[3] != "false" {
			t.Errorf("quotes.tsv: %s: direct %q", r[0], r[3])
		}
	}
	for _, name := range []string{"events.tsv", "events2.tsv"} {
		for _, r := range readTSV(t, name, 8) {
			check(name, r, 1)
		}
	}
	for _, r := range readTSV(t, "framing.tsv", 3) {
		check("framing.tsv", r, 1)
	}
	articles := 0
	for _, e := range m {
		if e.Expected != ExpectNoArticle {
			articles++
		}
	}
	if len(meta) != articles {
		t.Errorf("meta.tsv has %d rows for %d article pages", len(meta), articles)
	}
}

func TestFeedLinksInCorpus(t *testing.T) {
	m, err := Manifest()
	if err != nil {
		t.Fatal(err)
	}
	byURL := map[string]Entry{}
	for _, e := range m {
		byURL[e.URL] = e
	}
	b, err := fs.ReadFile(Corpus(), "feeds/balticcourier.xml")
	if err != nil {
		t.Fatal(err)
	}
	var rss struct {
		Items []struct {
			Title string `xml:"title"`
			Link  string `xml:"link"`
		} `xml:"channel>item"`
	}
	if err := xml.Unmarshal(b, &rss); err != nil {
		t.Fatal(err)
	}
	if len(rss.Items) < 3 {
		t.Fatalf("feed has %d items", len(rss.Items))
	}
	for _, it := range rss.Items {
		if _, ok := byURL[it.Link]; !ok {
			t.Errorf("feed item %q links to %s, not in the corpus", it.Title, it.Link)
		}
	}
}

func TestParseManifest(t *testing.T) {
	const head = "file\turl\toutlet\tlanguage\tencoding\tpublished\texpected\ttopic\n"
	tests := []struct {
		name    string
		in      string
		want    []Entry
		wantErr bool
	}{
		{name: "header only", in: head},
		{
			name: "two rows",
			in:   head + "a/b.html\thttps://x.example/b\tX\ten\tutf-8\t2023-01-02\tarticle\tsanctions\nc.txt\t\tY\ten\tutf-8\t\tduplicate-of a/b.html\t\n",
			want: []Entry{
				{File: "a/b.html", URL: "https://x.example/b", Outlet: "X", Language: "en", Encoding: "utf-8", Expected: "article", Topic: "sanctions"},
				{File: "c.txt", Outlet: "Y", Language: "en", Encoding: "utf-8", Expected: "duplicate-of a/b.html"},
			},
		},
		{name: "bad header", in: "file\turl\n", wantErr: true},
		{name: "short row", in: head + "a\tb\n", wantErr: true},
		{name: "bad date", in: head + "a\t\tX\ten\tutf-8\t2023-13-40\tarticle\t\n", wantErr: true},
		{name: "empty file", in: head + "\t\tX\ten\tutf-8\t\tarticle\t\n", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseManifest(strings.NewReader(tt.in))
			if tt.wantErr {
				if !errors.Is(err, ErrManifest) {
					t.Fatalf("err = %v, want ErrManifest", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d entries, want %d", len(got), len(tt.want))
			}
			for i := range got {
				g, w := got[i], tt.want[i]
				if g.File != w.File || g.URL != w.URL || g.Outlet != w.Outlet || g.Expected != w.Expected || g.Topic != w.Topic || g.Encoding != w.Encoding {
					t.Errorf("entry %d = %+v, want %+v", i, g, w)
				}
			}
			if len(got) == 2 && (got[0].Published.Format("2006-01-02") != "2023-01-02" || !got[1].Published.IsZero() || got[1].Of() != "a/b.html") {
				t.Errorf("published/of wrong: %v %v %q", got[0].Published, got[1].Published, got[1].Of())
			}
		})
	}
}

// FuzzParseManifest checks that any input yields entries or an error, and
// that what parses survives writing back and parsing again.
func FuzzParseManifest(f *testing.F) {
	const head = "file\turl\toutlet\tlanguage\tencoding\tpublished\texpected\ttopic\n"
	f.Add(head + "a.html\thttps://x.example/a\tX\ten\tutf-8\t2024-05-06\tarticle\tt\n")
	f.Add(head + "a\t\"b\tc\td\te\t\tf\tg\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, in string) {
		got, err := ParseManifest(strings.NewReader(in))
		if err != nil {
			return
		}
		var b strings.Builder
		b.WriteString(head)
		for _, e := range got {
			if strings.ContainsAny(e.File+e.URL+e.Outlet+e.Language+e.Encoding+e.Expected+e.Topic, "\t\n\r\"") {
				return // not representable without quoting
			}
			d := ""
			if !e.Published.IsZero() {
				d = e.Published.Format("2006-01-02")
			}
			fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.File, e.URL, e.Outlet, e.Language, e.Encoding, d, e.Expected, e.Topic)
		}
		again, err := ParseManifest(strings.NewReader(b.String()))
		if err != nil {
			t.Fatalf("re-parse: %v\n%q", err, b.String())
		}
		if len(again) != len(got) {
			t.Fatalf("re-parse gave %d entries, want %d", len(again), len(got))
		}
		for i := range got {
			if again[i] != got[i] {
				t.Errorf("entry %d: %+v != %+v", i, again[i], got[i])
			}
		}
	})
}

func TestUnpack(t *testing.T) {
	dir := t.TempDir()
	u, err := Unpack(dir)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Manifest()
	if err != nil {
		t.Fatal(err)
	}
	files := 0
	for _, e := range m {
		if !e.Member() {
			files++
		}
	}
	if len(u.Inputs) != files+1 {
		t.Errorf("%d inputs, want %d page files and the archive", len(u.Inputs), files)
	}
	for _, p := range u.Inputs {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("input not written: %v", err)
		}
	}
	var member Entry
	for _, e := range m {
		if e.Member() {
			member = e
			break
		}
	}
	archive := filepath.Join(dir, ArchiveName)
	tests := []struct {
		origin, url, want string
	}{
		{filepath.Join(dir, "plaintext", "wire.txt"), "", "plaintext/wire.txt"},
		{filepath.Join(dir, "outlet", "a.html"), "https://unlisted.example/a", "outlet/a.html"},
		{archive, member.URL, member.File},
	}
	for _, tt := range tests {
		got, err := u.Name(tt.origin, tt.url)
		if err != nil || got != tt.want {
			t.Errorf("Name(%q, %q) = %q, %v; want %q", tt.origin, tt.url, got, err, tt.want)
		}
	}
}
