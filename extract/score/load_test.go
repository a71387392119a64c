package score

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	gt := `{"b2": {"articleBody": "Second body.", "url": "https://example.org/2"},
	        "a1": {"articleBody": "First body.", "url": "https://example.org/1"}}`
	if err := os.WriteFile(filepath.Join(dir, "ground-truth.json"), []byte(gt), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("<p>First body.</p>"))
	zw.Close()
	if err := os.WriteFile(filepath.Join(dir, "html", "a1.html.gz"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if s.Len() != 2 {
		t.Fatalf("Len = %d, want 2", s.Len())
	}
	p, err := s.Page(0)
	if err != nil {
		t.Fatal(err)
	}
	if p.ID != "a1" || p.URL != "https://example.org/1" || p.Gold != "First body." || string(p.HTML) != "<p>First body.</p>" {
		t.Errorf("Page(0) = %+v", p)
	}
	if _, err := s.Page(1); !errors.Is(err, ErrNoPage) {
		t.Errorf("Page(1) error = %v, want ErrNoPage", err)
	}
	if _, err := Load(filepath.Join(dir, "missing")); err == nil {
		t.Error("Load of a missing folder succeeded")
	}
}
