package web

import (
	"math"
	"testing"
)

func TestForceLayout(t *testing.T) {
	// Two triangles joined by one edge, and a lone pair.
	edges := [][2]int{{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}, {2, 3}, {6, 7}, {7, 7}, {0, 99}}
	weight := []float64{5, 5, 5, 1, 1, 1, 1, 2, 1, 1}
	const n, w, h, margin = 8, 720.0, 560.0, 40.0
	xs, ys := forceLayout(n, edges, weight, w, h, margin, 300)
	xs2, ys2 := forceLayout(n, edges, weight, w, h, margin, 300)
	for i := range xs {
		if xs[i] != xs2[i] || ys[i] != ys2[i] {
			t.Fatalf("node %d moved between runs: %v,%v then %v,%v", i, xs[i], ys[i], xs2[i], ys2[i])
		}
		if xs[i] < margin-1e-9 || xs[i] > w-margin+1e-9 || ys[i] < margin-1e-9 || ys[i] > h-margin+1e-9 {
			t.Errorf("node %d at %.1f,%.1f is outside the box", i, xs[i], ys[i])
		}
	}
	dist := func(i, j int) float64 { return math.Hypot(xs[i]-xs[j], ys[i]-ys[j]) }
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if dist(i, j) < 10 {
				t.Errorf("nodes %d and %d overlap: %.1f apart", i, j, dist(i, j))
			}
		}
	}
	// Partners sit closer than strangers.
	linked := (dist(0, 1) + dist(1, 2) + dist(3, 4) + dist(4, 5)) / 4
	apart := (dist(0, 4) + dist(1, 5) + dist(0, 6) + dist(5, 7)) / 4
	if linked >= apart {
		t.Errorf("linked nodes %.1f apart on average, unlinked %.1f", linked, apart)
	}
	for _, tt := range []struct{ n int }{{0}, {1}, {2}} {
		xs, ys := forceLayout(tt.n, nil, nil, w, h, margin, 50)
		if len(xs) != tt.n || len(ys) != tt.n {
			t.Errorf("n=%d: %d positions", tt.n, len(xs))
		}
		for i := range xs {
			if math.IsNaN(xs[i]) || math.IsNaN(ys[i]) {
				t.Errorf("n=%d: node %d at NaN", tt.n, i)
			}
		}
	}
}
