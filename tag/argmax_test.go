package tag

import (
	"math/rand/v2"
	"testing"
)

// plainArgmaxMargin is argmaxMargin as a plain loop with branches: the
// best class (the lower one on a tie) and its lead over the second best.
func plainArgmaxMargin(scores []int32) (int, int32) {
	b, s1, s2 := 0, scores[0], int32(-1<<31)
	for c := 1; c < len(scores); c++ {
		switch v := scores[c]; {
		case v > s1:
			b, s1, s2 = c, v, s1
		case v > s2:
			s2 = v
		}
	}
	return b, s1 - s2
}

// plainArgmax is argmax as a plain loop over every class: the best class
// the mask allows (any, if it is 0; classes from 64 on only then), the
// lower one on a tie, and 0 if the mask allows none.
func plainArgmax(scores []int32, mask uint64) int {
	b := -1
	for c, s := range scores {
		if mask != 0 && (c >= 64 || mask&(1<<c) == 0) {
			continue
		}
		if b < 0 || s > scores[b] {
			b = c
		}
	}
	return max(b, 0)
}

// TestArgmaxPlain compares argmaxMargin and argmax, which avoid branches
// on the scores and visit only the classes a mask allows, with plain
// loops, on random scores drawn from a few values (so that ties are
// common, among the best and the second best), of 1 to 80 classes (past
// a mask's 64 bits), with random masks, empty ones and ones of a single
// bit.
func TestArgmaxPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		n := 1 + rng.IntN(80)
		spread := 1 + rng.Int32N(6)
		scores := make([]int32, n)
		for c := range scores {
			scores[c] = rng.Int32N(2*spread+1) - spread
		}
		if rng.IntN(4) == 0 {
			scores[rng.IntN(n)] = -1 << 30
		}
		got, gotMargin := argmaxMargin(scores)
		want, wantMargin := plainArgmaxMargin(scores)
		if got != want || gotMargin != wantMargin {
			t.Fatalf("argmaxMargin(%v) = %d, %d; plain loop %d, %d", scores, got, gotMargin, want, wantMargin)
		}
		var mask uint64
		switch rng.IntN(4) {
		case 0: // any class
		case 1:
			mask = 1 << rng.IntN(64)
		default:
			mask = rng.Uint64() & rng.Uint64()
		}
		if got, want := argmax(scores, mask), plainArgmax(scores, mask); got != want {
			t.Fatalf("argmax(%v, %#x) = %d; plain loop %d", scores, mask, got, want)
		}
	}
}
