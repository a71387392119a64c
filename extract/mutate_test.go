package extract

import (
	"errors"
	"math/rand/v2"
	"testing"
	"time"
	"unicode/utf8"
)

// TestHTMLMutations runs HTML over seeded random corruptions of the test
// pages (flipped bytes, cuts, duplicated and dropped spans, inserted
// markup), checking the FuzzHTML properties and that no input is slow.
func TestHTMLMutations(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 300
	}
	seeds := [][]byte{readTestdata(t, "wire.html"), readTestdata(t, "blog.html"), readTestdata(t, "noyear.html"), readTestdata(t, "timeline.html")}
	inserts := []string{"<", ">", "</div>", "<p>", "<script>", "<!--", "-->", "\"", "&amp;", "\xff", "<svg>", "<a href=x>", "<title>", "<table><td>"}
	rng := rand.New(rand.NewPCG(7, 11))
	for i := range n {
		src := seeds[rng.IntN(len(seeds))]
		b := append([]byte(nil), src...)
		for range 1 + rng.IntN(8) {
			if len(b) == 0 {
				break
			}
			j := rng.IntN(len(b))
			switch rng.IntN(5) {
			case 0:
				b[j] = byte(rng.IntN(256))
			case 1:
				b = b[:j]
			case 2:
				k := min(len(b), j+rng.IntN(200))
				b = append(b[:j:j], b[k:]...)
			case 3:
				k := min(len(b), j+rng.IntN(200))
				b = append(b[:k:k], append(append([]byte(nil), b[j:k]...), b[k:]...)...)
			case 4:
				s := inserts[rng.IntN(len(inserts))]
				b = append(b[:j:j], append([]byte(s), b[j:]...)...)
			}
		}
		start := time.Now()
		a, err := HTML(b, Options{URL: "https://example.org/2022/01/02/x"})
		if d := time.Since(start); d > time.Second {
			t.Errorf("mutation %d took %v: %q", i, d, b)
		}
		if err != nil {
			if !errors.Is(err, ErrNoArticle) {
				t.Fatalf("mutation %d: %v", i, err)
			}
			continue
		}
		if a.Text == "" || !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
			t.Fatalf("mutation %d: bad text %q", i, a.Text)
		}
		if _, err := Text(b, Options{}); err != nil && !errors.Is(err, ErrNoArticle) {
			t.Fatalf("mutation %d: Text: %v", i, err)
		}
	}
}
