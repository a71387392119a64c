package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/casus-project/casus/model"
)

// FuzzDocuments feeds arbitrary bytes as a file input. Properties: no
// panic; each yield is a document or an *InputError naming the file or
// one of its members; bodies respect MaxFileBytes; the number of yields
// is bounded by the input size.
func FuzzDocuments(f *testing.F) {
	seeds := [][]byte{
		[]byte(page),
		[]byte("plain text\n"),
		[]byte(rss("http://example.org")),
		gzSeed([]byte(page)),
		gzSeed([]byte("WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: 4\r\n\r\n<p>x\r\n\r\n")),
		[]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>\r\n\r\n"),
		[]byte("\x89PNG\r\n\x1a\n"),
		{},
	}
	for i, s := range seeds {
		f.Add(s, uint8(i))
	}
	exts := []string{".html", ".txt", ".gz", ".warc", ".warc.gz", ".xml", ""}
	const max = 1 << 12
	f.Fuzz(func(t *testing.T, data []byte, e uint8) {
		name := filepath.Join(t.TempDir(), "in"+exts[int(e)%len(exts)])
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
		// Read twice, with every document's body recycled once checked:
		// the second reading, into recycled memory, must give the same
		// bodies as the first.
		bodies := new(Bodies)
		var first []string
		for pass := range 2 {
			n := 0
			for d, err := range Documents(context.Background(), []string{name}, Options{MaxFileBytes: max, Bodies: bodies}) {
				n++
				if !checkYield(t, name, n, len(data), max, d, err) {
					continue
				}
				if pass == 0 {
					first = append(first, string(d.Body))
				} else if len(first) == 0 || string(d.Body) != first[0] {
					t.Fatalf("document %q read into recycled memory differs from its first reading", d.Origin)
				} else {
					first = first[1:]
				}
				bodies.Recycle(d)
			}
		}
		if len(first) != 0 {
			t.Fatalf("%d documents of the first reading missing from the second", len(first))
		}
	})
}

func gzSeed(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// FuzzStdin feeds arbitrary bytes as standard input, which skips the
// file system and so runs much faster than FuzzDocuments. The properties
// are the same.
func FuzzStdin(f *testing.F) {
	f.Add([]byte(page))
	f.Add(gzSeed([]byte(rss("http://example.org"))))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 3\r\n\r\nabc\r\n\r\nWARC/1.1\r\nContent-Length: x\r\n\r\n"))
	f.Add([]byte("\xfe\xff\x00<\x00p"))
	const max = 1 << 10
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		for d, err := range Documents(context.Background(), []string{"-"}, Options{MaxFileBytes: max, Stdin: bytes.NewReader(data)}) {
			n++
			checkYield(t, "stdin", n, len(data), max, d, err)
		}
	})
}

// checkYield checks the nth yield of Documents reading size bytes from
// the input named name: a document or an error, never both or neither,
// and not more of them than the input has bytes (and two more); an error
// that names the input; a document of it with 1 to max bytes. It
// reports whether the yield was a document.
func checkYield(t *testing.T, name string, n, size, max int, d *model.Document, err error) bool {
	t.Helper()
	if n > size+2 {
		t.Fatalf("%d yields from %d bytes", n, size)
	}
	if (d == nil) == (err == nil) {
		t.Fatalf("yield: doc %v, err %v", d != nil, err)
	}
	if err != nil {
		var ie *InputError
		if !errors.As(err, &ie) || !strings.HasPrefix(ie.Input, name) {
			t.Fatalf("error %v does not name %s", err, name)
		}
		return false
	}
	if !strings.HasPrefix(d.Origin, name) || len(d.Body) > max || len(d.Body) == 0 {
		t.Fatalf("document %q with %d bytes", d.Origin, len(d.Body))
	}
	return true
}
