package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/casus-project/casus/model"
)

// TestBodiesReuse checks that a recycled body's memory is handed out
// again, and that only buffers Bodies handed out are taken back.
func TestBodiesReuse(t *testing.T) {
	var b Bodies
	first := b.get(5000)
	if len(first) != 5000 || cap(first) != 8192 {
		t.Fatalf("get(5000): len %d cap %d, want 5000 and 8192", len(first), cap(first))
	}
	b.Recycle(&model.Document{Body: first})
	again := b.get(6000)
	if &again[0] != &first[0] {
		t.Errorf("get after Recycle: new memory, want the recycled buffer")
	}
	// A body Bodies did not hand out, or a part of one, is not taken.
	mine := make([]byte, 8192)
	b.Recycle(&model.Document{Body: mine})
	b.Recycle(&model.Document{Body: again[100:]})
	if other := b.get(7000); &other[0] == &mine[0] || &other[0] == &again[100] {
		t.Errorf("get handed out a buffer that was not Bodies' own")
	}
	// Nor is a buffer it has taken back already, nor a forgotten one.
	b.Recycle(&model.Document{Body: again})
	b.Recycle(&model.Document{Body: again})
	x, y := b.get(8000), b.get(8000)
	if &x[0] == &y[0] {
		t.Errorf("a buffer recycled twice was handed out twice")
	}
	b.forget(x)
	b.Recycle(&model.Document{Body: x})
	if z := b.get(8000); &z[0] == &x[0] {
		t.Errorf("a forgotten buffer was handed out again")
	}
	// Too large to keep.
	if big := b.get(9 << 20); len(big) != 9<<20 {
		t.Errorf("get(9 MB): len %d", len(big))
	}
	var nilBodies *Bodies
	if got := nilBodies.get(10); len(got) != 10 {
		t.Errorf("nil Bodies: get(10) has len %d", len(got))
	}
	nilBodies.Recycle(&model.Document{Body: []byte("abc")})
}

// TestDocumentsBodiesRecycled reads plain and gzipped files with bodies
// recycled as soon as each is read, and checks each document's body.
func TestDocumentsBodiesRecycled(t *testing.T) {
	dir := t.TempDir()
	want := map[string]string{}
	for i, text := range []string{
		"<html><body><p>The first page, somewhat longer than the others.</p></body></html>",
		"<html><body><p>A second page.</p></body></html>",
		"Plain text of a third document.",
		"<html><body><p>A fourth page, gzipped.</p></body></html>",
	} {
		name := filepath.Join(dir, string(rune('a'+i))+".html")
		data := []byte(text)
		if i == 3 {
			name += ".gz"
			var buf bytes.Buffer
			zw := gzip.NewWriter(&buf)
			zw.Write(data)
			zw.Close()
			data = buf.Bytes()
		}
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
		want[name] = text
	}
	bodies := new(Bodies)
	n := 0
	for doc, err := range Documents(context.Background(), []string{dir}, Options{Bodies: bodies}) {
		if err != nil {
			t.Fatal(err)
		}
		if got := string(doc.Body); got != want[doc.Origin] {
			t.Errorf("%s: body %q, want %q", doc.Origin, got, want[doc.Origin])
		}
		n++
		body := doc.Body
		bodies.Recycle(doc)
		if doc.Body != nil {
			t.Errorf("%s: Recycle left the body", doc.Origin)
		}
		copy(body, bytes.Repeat([]byte("x"), len(body))) // as a later read would
	}
	if n != len(want) {
		t.Errorf("%d documents, want %d", n, len(want))
	}
}
