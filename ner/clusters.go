package ner

import (
	"cmp"
	"math"
	"slices"
)

// Word classes: words that occur in the same contexts of unlabelled text
// share a class, so that a name the labelled data never shows ("Azurix")
// can borrow what was learnt about its neighbours' class ("Enron").
// Classes are found by the exchange algorithm: start from an arbitrary
// assignment and move each word to the class that most raises the
// likelihood of a class bigram model of the text, until few words move.

// clusterConfig controls learnClusters.
type clusterConfig struct {
	classes  int // number of classes, at most 255
	minCount int // words seen fewer times are left unclassed
	passes   int // most passes over the vocabulary
}

// learnClusters assigns the lower-case words of sents that occur at least
// cfg.minCount times to cfg.classes classes and returns them as a lexicon
// whose values are class+1. It is deterministic.
func learnClusters(sents [][]string, cfg clusterConfig) lexicon {
	k := cfg.classes
	counts := make(map[string]int)
	total := 0
	for _, s := range sents {
		for _, w := range s {
			counts[lowerString(w)]++
			total++
		}
	}
	vocab := make([]string, 0, len(counts))
	for w, n := range counts {
		if n >= cfg.minCount {
			vocab = append(vocab, w)
		}
	}
	slices.SortFunc(vocab, func(a, b string) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	if len(vocab) == 0 || k < 2 {
		return lexicon{}
	}
	id := make(map[string]int32, len(vocab))
	for i, w := range vocab {
		id[w] = int32(i)
	}
	other := int32(len(vocab)) // rare words and sentence edges: fixed class k

	// Bigram counts between word ids, with other at sentence edges.
	type pair struct{ a, b int32 }
	bigrams := make(map[pair]int)
	for _, s := range sents {
		prev := other
		for _, w := range s {
			cur, ok := id[lowerString(w)]
			if !ok {
				cur = other
			}
			bigrams[pair{prev, cur}]++
			prev = cur
		}
		bigrams[pair{prev, other}]++
	}
	type link struct {
		w int32
		n int
	}
	right := make([][]link, len(vocab)+1) // right[u]: words after u
	left := make([][]link, len(vocab)+1)  // left[v]: words before v (no self pairs)
	keys := make([]pair, 0, len(bigrams))
	for p := range bigrams {
		keys = append(keys, p)
	}
	slices.SortFunc(keys, func(x, y pair) int {
		if c := cmp.Compare(x.a, y.a); c != 0 {
			return c
		}
		return cmp.Compare(x.b, y.b)
	})
	for _, p := range keys {
		n := bigrams[p]
		right[p.a] = append(right[p.a], link{p.b, n})
		if p.a != p.b {
			left[p.b] = append(left[p.b], link{p.a, n})
		}
	}

	nc := k + 1
	cls := make([]int, len(vocab)+1)
	for i := range vocab {
		cls[i] = i % k
	}
	cls[other] = k
	m := make([]int, nc*nc)
	row := make([]int, nc)
	col := make([]int, nc)
	for _, p := range keys {
		n := bigrams[p]
		m[cls[p.a]*nc+cls[p.b]] += n
		row[cls[p.a]] += n
		col[cls[p.b]] += n
	}
	flog := make([]float64, total+len(sents)+2) // f(x) = x ln x
	for x := 2; x < len(flog); x++ {
		flog[x] = float64(x) * math.Log(float64(x))
	}
	f := func(x int) float64 { return flog[x] }

	rv := make([]int, nc) // counts of w's right neighbours by class
	lv := make([]int, nc) // counts of w's left neighbours by class
	var rd, ld []int      // classes with non-zero rv, lv
	for pass := 0; pass < cfg.passes; pass++ {
		moved := 0
		for w := range vocab {
			a := cls[w]
			self := 0
			rd, ld = rd[:0], ld[:0]
			rowW, colW := 0, 0
			for _, l := range right[w] {
				if int(l.w) == w {
					self = l.n
					continue
				}
				c := cls[l.w]
				if rv[c] == 0 {
					rd = append(rd, c)
				}
				rv[c] += l.n
				rowW += l.n
			}
			for _, l := range left[w] {
				c := cls[l.w]
				if lv[c] == 0 {
					ld = append(ld, c)
				}
				lv[c] += l.n
				colW += l.n
			}
			rowW += self
			colW += self
			// Take w out of class a.
			move := func(b, sign int) {
				for _, d := range rd {
					m[b*nc+d] += sign * rv[d]
					col[d] += sign * rv[d]
				}
				for _, c := range ld {
					m[c*nc+b] += sign * lv[c]
					row[c] += sign * lv[c]
				}
				m[b*nc+b] += sign * self
				row[b] += sign * rowW
				col[b] += sign * colW
			}
			move(a, -1)
			best, bestGain := a, math.Inf(-1)
			for b := 0; b < k; b++ {
				g := 0.0
				for _, d := range rd {
					if d != b {
						g += f(m[b*nc+d]+rv[d]) - f(m[b*nc+d])
					}
				}
				for _, c := range ld {
					if c != b {
						g += f(m[c*nc+b]+lv[c]) - f(m[c*nc+b])
					}
				}
				bb := m[b*nc+b]
				g += f(bb+rv[b]+lv[b]+self) - f(bb)
				g -= f(row[b]+rowW) - f(row[b])
				g -= f(col[b]+colW) - f(col[b])
				if g > bestGain+1e-9 {
					best, bestGain = b, g
				}
			}
			if best != a {
				moved++
			}
			cls[w] = best
			move(best, +1)
			for _, d := range rd {
				rv[d] = 0
			}
			for _, c := range ld {
				lv[c] = 0
			}
		}
		if moved*1000 < len(vocab) {
			break
		}
	}
	out := make(lexicon, len(vocab))
	for i, w := range vocab {
		out[phraseStep(phraseOffset, w)] = uint8(cls[i] + 1)
	}
	return out
}
