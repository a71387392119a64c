package ner

import (
	"math"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
)

// viterbiAll is the plain constrained Viterbi search: it tries every
// pair of labels and asks allowed of each, keeping the first best.
func viterbiAll(scores, trans []float32, n int) []int {
	if n == 0 {
		return nil
	}
	const neg = -math.MaxFloat32
	delta := make([]float32, n*nLabels)
	back := make([]int, n*nLabels)
	for y := range nLabels {
		delta[y] = neg
		if allowed(nLabels, y) {
			delta[y] = scores[y] + trans[nLabels*nLabels+y]
		}
	}
	for i := 1; i < n; i++ {
		for y := range nLabels {
			best, arg := float32(neg), 0
			for a := range nLabels {
				p := delta[(i-1)*nLabels+a]
				if !allowed(a, y) || p == neg {
					continue
				}
				if v := p + trans[a*nLabels+y]; v > best {
					best, arg = v, a
				}
			}
			delta[i*nLabels+y] = neg
			if best != neg {
				delta[i*nLabels+y] = best + scores[i*nLabels+y]
			}
			back[i*nLabels+y] = arg
		}
	}
	out := make([]int, n)
	best := float32(neg)
	for y := range nLabels {
		if v := delta[(n-1)*nLabels+y]; v > best {
			best, out[n-1] = v, y
		}
	}
	for i := n - 1; i > 0; i-- {
		out[i-1] = back[i*nLabels+out[i]]
	}
	return out
}

// TestViterbiMatchesAllPairs checks the search that skips forbidden
// transitions against the one that tries them all, on random scores
// with ties (small integers) and without, reusing one decoder as decode
// does.
func TestViterbiMatchesAllPairs(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	var d decoder
	for round := range 500 {
		ties := round%2 == 0
		draw := func() float32 {
			if ties {
				return float32(rng.IntN(5) - 2)
			}
			return float32(rng.NormFloat64() * 3)
		}
		trans := make([]float32, (nLabels+1)*nLabels)
		for i := range trans {
			trans[i] = draw()
		}
		n := rng.IntN(30)
		scores := make([]float32, n*nLabels)
		for i := range scores {
			scores[i] = draw()
		}
		want := viterbiAll(scores, trans, n)
		if got := d.viterbi(scores, trans, n, make([]int, n)); !slices.Equal(got, want) {
			t.Fatalf("round %d: got %v, want %v", round, got, want)
		}
		if got := viterbi(scores, trans, n); !slices.Equal(got, want) {
			t.Fatalf("round %d: viterbi %v, want %v", round, got, want)
		}
	}
}

// TestTagConcurrent tags sentences of different lengths from several
// goroutines at once, which share the model's scratch space: each must
// get the labels it gets alone.
func TestTagConcurrent(t *testing.T) {
	m := mustDefault(t)
	sents := [][]string{
		{"Prime", "Minister", "Edi", "Rama", "said", "Albania", "severed", "ties", "with", "Iran", "."},
		{"UNITED", "NATIONS", "SECURITY", "COUNCIL", "VOTES"},
		{"Ban", "Ki", "-", "moon", "visited", "the", "Democratic", "Republic", "of", "the", "Congo"},
		{"hamas", "fighters", "in", "gaza"},
		{"Reuters"},
	}
	want := make([][]string, len(sents))
	for i, s := range sents {
		want[i] = m.TagWords(s, nil)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(sents))
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range 50 {
				i := (g + r) % len(sents)
				if got := m.TagWords(sents[i], nil); !slices.Equal(got, want[i]) {
					errs <- "concurrent tags differ"
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestScoreMatchesPlain checks that scoring a token's features with the
// packed table gives, bit for bit, what adding the plain table's rows one
// by one to zeros gives, on random lists of buckets, many of them empty.
func TestScoreMatchesPlain(t *testing.T) {
	plain := randomModel(5, 14)
	m := writeLoad(t, plain)
	rng := rand.New(rand.NewPCG(7, 8))
	scored := 0
	for round := range 2000 {
		feats := make([]uint64, rng.IntN(80))
		for i := range feats {
			feats[i] = rng.Uint64()
		}
		var want, got [nLabels]float32
		for _, f := range feats {
			b := int(f&m.mask()) * nLabels
			for y := range want {
				want[y] += plain.w[b+y]
			}
		}
		m.fast.w.score(&got, feats, m.mask())
		for y := range got {
			if math.Float32bits(got[y]) != math.Float32bits(want[y]) {
				t.Fatalf("round %d label %d: score %v, plain %v", round, y, got[y], want[y])
			}
		}
		if got != ([nLabels]float32{}) {
			scored++
		}
	}
	if scored < 1000 {
		t.Errorf("only %d of 2000 rounds scored any weight", scored)
	}
}
