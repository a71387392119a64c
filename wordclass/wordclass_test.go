package wordclass

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// toyText is a corpus with three obvious classes: determiners, nouns and
// verbs, and one word seen once.
func toyText() [][]string {
	var text [][]string
	for _, s := range []string{
		"the cat sat", "the dog sat", "a cat ran", "a dog ran",
		"the cat ran", "a dog sat", "the dog ran", "a cat sat",
	} {
		for range 3 {
			text = append(text, strings.Fields(s))
		}
	}
	return append(text, []string{"once"})
}

func classOf(words []Word) map[string]Word {
	out := make(map[string]Word)
	for _, w := range words {
		out[w.Form] = w
	}
	return out
}

func TestExchange(t *testing.T) {
	cfg := Config{Classes: 3, MinCount: 2, Passes: 10}
	words := Exchange(toyText(), cfg)
	got := classOf(words)
	tests := []struct {
		a, b string
		same bool
	}{
		{"cat", "dog", true},
		{"sat", "ran", true},
		{"the", "a", true},
		{"the", "cat", false},
		{"cat", "sat", false},
	}
	for _, tt := range tests {
		if (got[tt.a].Class == got[tt.b].Class) != tt.same {
			t.Errorf("%s in class %d, %s in class %d: want same=%v", tt.a, got[tt.a].Class, tt.b, got[tt.b].Class, tt.same)
		}
	}
	if len(got) != 6 {
		t.Errorf("%d words classed, want 6", len(got))
	}
	if _, ok := got["once"]; ok {
		t.Error("rare word classed")
	}
	if got["the"].Count != 12 {
		t.Errorf("count of the: %d, want 12", got["the"].Count)
	}
	if again := Exchange(toyText(), cfg); !slices.Equal(again, words) {
		t.Error("Exchange is not deterministic")
	}
	for _, c := range []Config{cfg, {Classes: 1, MinCount: 1, Passes: 1}} {
		if got := Exchange(nil, c); got != nil {
			t.Errorf("%+v: classes from no text: %v", c, got)
		}
	}
}

func TestHierarchy(t *testing.T) {
	cfg := Config{Classes: 4, MinCount: 2, Passes: 10}
	words := Hierarchy(toyText(), cfg)
	got := classOf(words)
	// Classes have one path each; no path is a prefix of another's.
	paths := map[int]string{}
	for _, w := range words {
		if p, ok := paths[w.Class]; ok && p != w.Path {
			t.Errorf("class %d has paths %q and %q", w.Class, p, w.Path)
		}
		paths[w.Class] = w.Path
		if strings.Trim(w.Path, "01") != "" || w.Path == "" {
			t.Errorf("%s: path %q", w.Form, w.Path)
		}
	}
	for c, p := range paths {
		for d, q := range paths {
			if c != d && strings.HasPrefix(q, p) {
				t.Errorf("path %q of class %d is a prefix of %q (class %d)", p, c, q, d)
			}
		}
	}
	if got["cat"].Path == got["the"].Path || got["cat"].Path == got["sat"].Path {
		t.Errorf("nouns share a path with determiners or verbs: %+v", got)
	}
	if again := Hierarchy(toyText(), cfg); !slices.Equal(again, words) {
		t.Error("Hierarchy is not deterministic")
	}
	if Hierarchy(nil, cfg) != nil {
		t.Error("classes from no text")
	}
}

// naiveMerge merges as merge does, recomputing every pair's likelihood
// from scratch at each step, and returns the pairs merged in order.
func naiveMerge(x *exchange) [][2]int {
	k, nc := x.k, x.k+1
	m := slices.Clone(x.m)
	f := func(v int) float64 {
		if v < 2 {
			return 0
		}
		return float64(v) * math.Log(float64(v))
	}
	like := func() float64 {
		row, col := make([]int, nc), make([]int, nc)
		l := 0.0
		for i, v := range m {
			l += f(v)
			row[i/nc] += v
			col[i%nc] += v
		}
		for c := range nc {
			l -= f(row[c]) + f(col[c])
		}
		return l
	}
	fold := func(m []int, a, b int) {
		for e := range nc {
			if e != a && e != b {
				m[a*nc+e] += m[b*nc+e]
				m[e*nc+a] += m[e*nc+b]
				m[b*nc+e], m[e*nc+b] = 0, 0
			}
		}
		m[a*nc+a] += m[a*nc+b] + m[b*nc+a] + m[b*nc+b]
		m[a*nc+b], m[b*nc+a], m[b*nc+b] = 0, 0, 0
	}
	live := make([]int, k)
	for i := range live {
		live[i] = i
	}
	var merges [][2]int
	for len(live) > 1 {
		a, b, best := -1, -1, math.Inf(-1)
		base := like()
		for i, c := range live {
			for _, d := range live[i+1:] {
				saved := slices.Clone(m)
				fold(m, c, d)
				if g := like() - base; g > best+1e-6 {
					a, b, best = c, d, g
				}
				m = saved
			}
		}
		fold(m, a, b)
		merges = append(merges, [2]int{a, b})
		live = slices.DeleteFunc(live, func(c int) bool { return c == b })
	}
	return merges
}

// TestMergeMatchesNaive checks the incremental merge against recomputing
// the likelihood after every candidate merge, on random class bigrams.
func TestMergeMatchesNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := range 20 {
		k := 2 + rng.IntN(8)
		x := &exchange{k: k, m: make([]int, (k+1)*(k+1))}
		for i := range x.m {
			if rng.IntN(3) > 0 {
				x.m[i] = rng.IntN(50)
			}
		}
		want := naiveMerge(x)
		paths := x.merge()
		// Rebuild the tree from want and compare the paths.
		node := make([]string, k) // subtree id of each slot, as nested parens
		for c := range node {
			node[c] = string(rune('A' + c))
		}
		for _, p := range want {
			node[p[0]] = "(" + node[p[0]] + node[p[1]] + ")"
		}
		tree := node[want[len(want)-1][0]]
		if got := treeOf(paths); got != tree {
			t.Errorf("trial %d (k=%d): merge tree %s, naive %s", trial, k, got, tree)
		}
	}
}

// treeOf rebuilds the nested-paren form of the tree whose leaves (classes
// named A, B, ...) have the given paths.
func treeOf(paths []string) string {
	var build func(prefix string) string
	build = func(prefix string) string {
		for c, p := range paths {
			if p == prefix {
				return string(rune('A' + c))
			}
		}
		return "(" + build(prefix+"0") + build(prefix+"1") + ")"
	}
	return build("")
}

func TestPrefix(t *testing.T) {
	tests := []struct {
		path string
		n    int
		want string
	}{
		{"010110", 4, "0101"},
		{"01", 4, "01"},
		{"", 6, ""},
		{"0101", 4, "0101"},
	}
	for _, tt := range tests {
		if got := Prefix(tt.path, tt.n); got != tt.want {
			t.Errorf("Prefix(%q, %d) = %q, want %q", tt.path, tt.n, got, tt.want)
		}
	}
}
