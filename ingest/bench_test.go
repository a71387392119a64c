package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkDocumentsDev reads the extraction dev split's gzipped pages
// (109 files, 20.4 MB decompressed), from the shared data directory beside
// the repository, as casus run reads them; it is skipped without them.
// Most of its time is decompression.
func BenchmarkDocumentsDev(b *testing.B) {
	dir := filepath.Join("..", "..", "shared", "data", "extraction", "dev", "html")
	if _, err := os.Stat(dir); err != nil {
		b.Skip(err)
	}
	ctx := context.Background()
	var bytes int64
	for b.Loop() {
		bytes = 0
		for doc, err := range Documents(ctx, []string{dir}, Options{Workers: 1}) {
			if err != nil {
				b.Fatal(err)
			}
			bytes += int64(len(doc.Body))
		}
	}
	b.SetBytes(bytes)
}
