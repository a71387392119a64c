package web

import (
	"math"
	"math/rand/v2"
)

// forceLayout places n nodes in a w×h box with Fruchterman and Reingold's
// force-directed method: every pair of nodes repels, each edge pulls its
// ends together in proportion to weight, a weak pull towards the centre
// keeps separate components together, and the step size cools linearly
// over iters rounds. Starting positions come from a fixed seed, so a graph
// is always drawn the same. Positions are scaled into the box less margin
// on every side. edges hold node indices; those out of range, or from a
// node to itself, are ignored.
func forceLayout(n int, edges [][2]int, weight []float64, w, h, margin float64, iters int) (xs, ys []float64) {
	xs, ys = make([]float64, n), make([]float64, n)
	if n == 0 {
		return xs, ys
	}
	if n == 1 {
		xs[0], ys[0] = w/2, h/2
		return xs, ys
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range xs {
		xs[i], ys[i] = rng.Float64()*w, rng.Float64()*h
	}
	maxW := 0.0
	for _, x := range weight {
		maxW = math.Max(maxW, x)
	}
	k := math.Sqrt(w * h / float64(n))
	dx, dy := make([]float64, n), make([]float64, n)
	// Repulsion reaches only so far (as in Fruchterman and Reingold's grid
	// variant), so separate components do not drive each other to the
	// edges while gravity holds them near the centre.
	const gravity = 0.05
	reach := 2.5 * k
	t0 := w / 8
	for it := 0; it < iters; it++ {
		temp := math.Max(t0*(1-float64(it)/float64(iters)), w/400)
		clear(dx)
		clear(dy)
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				ex, ey := xs[i]-xs[j], ys[i]-ys[j]
				d2 := ex*ex + ey*ey
				if d2 > reach*reach {
					continue
				}
				if d2 < 1e-6 { // on top of each other: push apart along a fixed direction
					ex, ey, d2 = 0.1*float64(i-j), 0.1, 0.01*float64((i-j)*(i-j))+0.01
				}
				f := k * k / d2 // (k²/d) along the unit vector (ex, ey)/d
				dx[i] += ex * f
				dy[i] += ey * f
				dx[j] -= ex * f
				dy[j] -= ey * f
			}
		}
		for e, ed := range edges {
			i, j := ed[0], ed[1]
			if i == j || i < 0 || j < 0 || i >= n || j >= n {
				continue
			}
			s := 1.0
			if e < len(weight) && maxW > 0 {
				s = 0.5 + math.Sqrt(weight[e]/maxW)
			}
			ex, ey := xs[i]-xs[j], ys[i]-ys[j]
			d := math.Hypot(ex, ey)
			f := s * d / k // (d²/k) along the unit vector
			dx[i] -= ex * f
			dy[i] -= ey * f
			dx[j] += ex * f
			dy[j] += ey * f
		}
		for i := range xs {
			dx[i] -= (xs[i] - w/2) * gravity
			dy[i] -= (ys[i] - h/2) * gravity
			d := math.Hypot(dx[i], dy[i])
			if d > 0 {
				step := math.Min(d, temp)
				xs[i] += dx[i] / d * step
				ys[i] += dy[i] / d * step
			}
		}
	}
	fit(xs, ys, w, h, margin)
	return xs, ys
}

// fit scales and moves points to fill a w×h box less margin, stretching
// one axis at most twice as much as the other.
func fit(xs, ys []float64, w, h, margin float64) {
	minX, maxX, minY, maxY := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for i := range xs {
		minX, maxX = math.Min(minX, xs[i]), math.Max(maxX, xs[i])
		minY, maxY = math.Min(minY, ys[i]), math.Max(maxY, ys[i])
	}
	sx, sy := (w-2*margin)/math.Max(maxX-minX, 1e-9), (h-2*margin)/math.Max(maxY-minY, 1e-9)
	sx, sy = math.Min(sx, 2*sy), math.Min(sy, 2*sx)
	ox := margin + (w-2*margin-(maxX-minX)*sx)/2
	oy := margin + (h-2*margin-(maxY-minY)*sy)/2
	for i := range xs {
		xs[i] = ox + (xs[i]-minX)*sx
		ys[i] = oy + (ys[i]-minY)*sy
	}
}
