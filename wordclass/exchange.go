package wordclass

import (
	"cmp"
	"math"
	"slices"
)

// Config controls Exchange and Hierarchy.
type Config struct {
	// Classes is the number of classes, at least 2.
	Classes int
	// MinCount is how often a word must occur to be classed; rarer words
	// are left out of the result.
	MinCount int
	// Passes is the most passes over the vocabulary; the exchange stops
	// earlier when fewer than one word in a thousand moves in a pass.
	Passes int
}

// exchange is the result of the exchange algorithm: the classed words,
// most frequent first, their classes, and the class bigram counts.
type exchange struct {
	vocab []string
	count []int // occurrences of vocab[i]
	cls   []int // class of vocab[i]; cls[len(vocab)] = k, the class of the rest
	k     int
	m     []int // (k+1)×(k+1) class bigram counts, row-major
}

// Word is a classed word.
type Word struct {
	Form  string
	Count int // occurrences in the text
	Class int // from 0
	// Path is the class's path from the root of the merge tree, one '0'
	// or '1' per branch, when the word comes from Hierarchy; else empty.
	Path string
}

// Exchange assigns the words of sents that occur at least cfg.MinCount
// times to cfg.Classes classes, numbered from 0, and returns them most
// frequent first (ties in byte order). Sentence edges and rarer words
// share an extra class of their own that the result does not list. It
// returns nil when there is nothing to class.
func Exchange(sents [][]string, cfg Config) []Word {
	x := runExchange(sents, cfg)
	return x.words()
}

// words lists the classed words of x.
func (x *exchange) words() []Word {
	if len(x.vocab) == 0 {
		return nil
	}
	out := make([]Word, len(x.vocab))
	for i, w := range x.vocab {
		out[i] = Word{Form: w, Count: x.count[i], Class: x.cls[i]}
	}
	return out
}

// runExchange runs the exchange algorithm; see Exchange.
func runExchange(sents [][]string, cfg Config) exchange {
	k := cfg.Classes
	counts := make(map[string]int)
	total := 0
	for _, s := range sents {
		for _, w := range s {
			counts[w]++
			total++
		}
	}
	vocab := make([]string, 0, len(counts))
	for w, n := range counts {
		if n >= cfg.MinCount {
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
		return exchange{}
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
			cur, ok := id[w]
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
	for pass := 0; pass < cfg.Passes; pass++ {
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
	count := make([]int, len(vocab))
	for i, w := range vocab {
		count[i] = counts[w]
	}
	return exchange{vocab: vocab, count: count, cls: cls, k: k, m: m}
}
