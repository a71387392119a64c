package vec

import (
	"math"
	"math/rand/v2"
	"testing"
)

// values returns n int32 from r, with the extremes among them, so that
// some sums wrap.
func values(r *rand.Rand, n int) []int32 {
	v := make([]int32, n)
	for i := range v {
		switch r.IntN(8) {
		case 0:
			v[i] = math.MaxInt32
		case 1:
			v[i] = math.MinInt32
		default:
			v[i] = int32(r.Uint32())
		}
	}
	return v
}

// TestAdd checks Add against a loop in Go for every length up to 70, with
// dst longer than src (its tail untouched), the row shapes the models add.
func TestAdd(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 71 {
		dst, src := values(r, n+3), values(r, n)
		want := append([]int32(nil), dst...)
		for i, v := range src {
			want[i] += v
		}
		Add(dst, src)
		for i := range want {
			if dst[i] != want[i] {
				t.Fatalf("n=%d: dst[%d] = %d, want %d", n, i, dst[i], want[i])
			}
		}
	}
}

// TestSum3 checks Sum3 against a loop in Go for every length up to 70.
func TestSum3(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := range 71 {
		a, b, c := values(r, n), values(r, n+1), values(r, n+2)
		dst := values(r, n+3)
		want := append([]int32(nil), dst...)
		for i := range a {
			want[i] = a[i] + b[i] + c[i]
		}
		Sum3(dst, a, b, c)
		for i := range want {
			if dst[i] != want[i] {
				t.Fatalf("n=%d: dst[%d] = %d, want %d", n, i, dst[i], want[i])
			}
		}
	}
}

// TestShort checks that a destination shorter than the source panics
// before anything is written.
func TestShort(t *testing.T) {
	for name, f := range map[string]func([]int32){
		"Add":  func(d []int32) { Add(d, make([]int32, 5)) },
		"Sum3": func(d []int32) { Sum3(d, make([]int32, 5), make([]int32, 5), make([]int32, 5)) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic for a short destination", name)
				}
			}()
			f(make([]int32, 4))
		}()
	}
}

func BenchmarkAdd49(b *testing.B) {
	dst, src := make([]int32, 256), make([]int32, 49)
	for b.Loop() {
		Add(dst, src)
	}
}

// TestArgMax checks ArgMax against a loop in Go for every length up to
// 70, with few distinct values (so ties, which go to the first) and with
// the extremes.
func TestArgMax(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for n := range 71 {
		for trial := range 20 {
			s := values(r, n)
			if trial%2 == 0 {
				for i := range s {
					s[i] = int32(r.IntN(4)) - 2
				}
			}
			wi, wv := -1, int32(math.MinInt32)
			for i, v := range s {
				if wi < 0 || v > wv {
					wi, wv = i, v
				}
			}
			if gi, gv := ArgMax(s); gi != wi || gv != wv {
				t.Fatalf("n=%d %v: ArgMax = %d, %d, want %d, %d", n, s, gi, gv, wi, wv)
			}
		}
	}
}
