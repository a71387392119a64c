package warc

import (
	"bytes"
	"io"
	"testing"
)

// BenchmarkReader reads uncompressed records of 50 KB.
func BenchmarkReader(b *testing.B) {
	var buf bytes.Buffer
	w := NewWriter(&buf)
	block := bytes.Repeat([]byte("HTTP/1.1 200 OK\r\n\r\n<p>news</p>\n"), 1600)
	for i := 0; i < 200; i++ {
		if err := w.WriteRecord(&Header{Type: "response", TargetURI: "https://example.com/"}, block); err != nil {
			b.Fatal(err)
		}
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		r := NewReader(bytes.NewReader(data))
		for {
			if _, err := r.Next(); err == io.EOF {
				break
			} else if err != nil {
				b.Fatal(err)
			}
			if _, err := io.Copy(io.Discard, r); err != nil {
				b.Fatal(err)
			}
		}
	}
}
