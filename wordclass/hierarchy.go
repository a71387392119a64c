package wordclass

import (
	"math"
	"slices"
)

// Hierarchy classes the words as Exchange does, then merges the classes
// two at a time, always the pair whose merge loses the least likelihood
// of the class bigram model, until one is left, and sets each word's Path
// to the bit string of its class in that binary tree: words whose paths
// share a longer prefix have more alike contexts. Ties go to the pair
// with the lower class numbers. It returns nil when there is nothing to
// class.
func Hierarchy(sents [][]string, cfg Config) []Word {
	x := runExchange(sents, cfg)
	out := x.words()
	if out == nil {
		return nil
	}
	paths := x.merge()
	for i := range out {
		out[i].Path = paths[out[i].Class]
	}
	return out
}

// merge builds the merge tree over x's classes and returns the path of
// each class. It keeps the likelihood change of merging every pair of
// live classes and, after a merge, corrects only the terms the merge
// touched, so that it takes time cubic in the number of classes.
func (x *exchange) merge() []string {
	k, nc := x.k, x.k+1
	m := slices.Clone(x.m)
	row := make([]int, nc)
	col := make([]int, nc)
	total := 0
	for i, v := range m {
		row[i/nc] += v
		col[i%nc] += v
		total += v
	}
	flog := make([]float64, total+1) // f(v) = v ln v
	for v := 2; v <= total; v++ {
		flog[v] = float64(v) * math.Log(float64(v))
	}
	f := func(v int) float64 { return flog[v] }
	// term is what class e's row and column add to the gain of merging c
	// and d.
	term := func(c, d, e int) float64 {
		ce, de, ec, ed := m[c*nc+e], m[d*nc+e], m[e*nc+c], m[e*nc+d]
		return f(ce+de) - f(ce) - f(de) + f(ec+ed) - f(ec) - f(ed)
	}
	// gain is the change in log-likelihood of merging c and d (at most 0).
	gain := func(c, d int) float64 {
		g := 0.0
		for e := range nc {
			if e != c && e != d {
				g += term(c, d, e)
			}
		}
		cc, cd, dc, dd := m[c*nc+c], m[c*nc+d], m[d*nc+c], m[d*nc+d]
		g += f(cc+cd+dc+dd) - f(cc) - f(cd) - f(dc) - f(dd)
		g -= f(row[c]+row[d]) - f(row[c]) - f(row[d])
		g -= f(col[c]+col[d]) - f(col[c]) - f(col[d])
		return g
	}
	gains := make([]float64, k*k) // gains[c*k+d] for live c < d
	for c := range k {
		for d := c + 1; d < k; d++ {
			gains[c*k+d] = gain(c, d)
		}
	}
	// Nodes 0..k-1 are the classes; merges add nodes k, k+1, ...
	kids := make([][2]int, k, 2*k)
	for c := range kids {
		kids[c] = [2]int{-1, -1}
	}
	node := make([]int, k) // tree node of each live class slot
	for c := range node {
		node[c] = c
	}
	live := make([]int, k) // live class slots, in increasing order
	for c := range live {
		live[c] = c
	}
	for len(live) > 1 {
		a, b, best := -1, -1, math.Inf(-1)
		for i, c := range live {
			for _, d := range live[i+1:] {
				if g := gains[c*k+d]; g > best+1e-9 {
					a, b, best = c, d, g
				}
			}
		}
		// Take out the terms of a and b from the other pairs' gains.
		for i, c := range live {
			for _, d := range live[i+1:] {
				if c != a && c != b && d != a && d != b {
					gains[c*k+d] -= term(c, d, a) + term(c, d, b)
				}
			}
		}
		// Fold slot b into slot a.
		for e := range nc {
			if e == a || e == b {
				continue
			}
			m[a*nc+e] += m[b*nc+e]
			m[e*nc+a] += m[e*nc+b]
			m[b*nc+e], m[e*nc+b] = 0, 0
		}
		m[a*nc+a] += m[a*nc+b] + m[b*nc+a] + m[b*nc+b]
		m[a*nc+b], m[b*nc+a], m[b*nc+b] = 0, 0, 0
		row[a] += row[b]
		col[a] += col[b]
		row[b], col[b] = 0, 0
		kids = append(kids, [2]int{node[a], node[b]})
		node[a] = len(kids) - 1
		live = slices.DeleteFunc(live, func(c int) bool { return c == b })
		// Put back the merged class's terms, and recompute its own pairs.
		for i, c := range live {
			for _, d := range live[i+1:] {
				switch {
				case c == a || d == a:
					gains[c*k+d] = gain(c, d)
				default:
					gains[c*k+d] += term(c, d, a)
				}
			}
		}
	}
	paths := make([]string, k)
	var walk func(n int, path []byte)
	walk = func(n int, path []byte) {
		if kids[n][0] < 0 {
			paths[n] = string(path)
			return
		}
		walk(kids[n][0], append(path, '0'))
		walk(kids[n][1], append(path, '1'))
	}
	walk(len(kids)-1, nil)
	return paths
}

// Prefix returns the first n bits of path, or all of it if shorter.
func Prefix(path string, n int) string {
	return path[:min(n, len(path))]
}
