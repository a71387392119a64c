package extract

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExplain prints how a benchmark page was scored. It runs only when
// EXTRACT_EXPLAIN names a page file (html or html.gz).
func TestExplain(t *testing.T) {
	name := os.Getenv("EXTRACT_EXPLAIN")
	if name == "" {
		t.Skip("EXTRACT_EXPLAIN not set")
	}
	if m, _ := filepath.Glob(name + "*"); len(m) > 0 {
		name = m[0]
	}
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(name, ".gz") {
		if r, err = gzip.NewReader(f); err != nil {
			t.Fatal(err)
		}
	}
	src, _ := io.ReadAll(r)
	p := parsePage(src)
	best := choose(p)
	path := func(i int32) string {
		var s []string
		for ; i >= 0; i = p.nodes[i].parent {
			s = append(s, fmt.Sprintf("%s(%d,%x)", p.nodes[i].tag, i, p.nodes[i].own))
		}
		return strings.Join(s, "<")
	}
	fmt.Println("best", path(best))
	keep := map[int]bool{}
	for _, i := range body(p, max(best, 0)) {
		keep[i] = true
	}
	for i, b := range p.blocks {
		g, bd := weigh(p, &b)
		mark := " "
		if keep[i] {
			mark = "+"
		}
		txt := string(p.text[b.start:b.end])
		if len(txt) > 90 {
			txt = txt[:90]
		}
		fmt.Printf("%s %5d %4x g%5.0f b%5.0f %s %q\n", mark, b.node, b.inh, g, bd, path(b.node), txt)
	}
}
