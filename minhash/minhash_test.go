package minhash

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestShingles(t *testing.T) {
	tests := []struct {
		name string
		text string
		n    int // distinct shingles
	}{
		{"empty", "", 0},
		{"no words", " ... -- !? ", 0},
		{"one word", "harbour", 1},
		{"two words", "harbour reopens", 1},
		{"three words", "the harbour reopens", 1},
		{"five words", "the harbour reopens on Tuesday", 3},
		{"repeated shingle", "a b c a b c", 3}, // abc, bca, cab
		{"invalid bytes split words", "ab\xffcd ef", 1},
		{"non-Latin", "Албания разорвала отношения с Ираном", 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Shingles(tc.text)
			if len(got) != tc.n {
				t.Errorf("Shingles(%q): %d shingles, want %d", tc.text, len(got), tc.n)
			}
			if !slices.IsSorted(got) || len(slices.Compact(slices.Clone(got))) != len(got) {
				t.Errorf("Shingles(%q) = %x: not sorted and distinct", tc.text, got)
			}
		})
	}
}

func TestShinglesEquivalence(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"The harbour reopens today", "the  HARBOUR\nreopens, today.", true},
		{"The harbour reopens today", "the harbour-reopens today!", true},
		{"The harbour reopens today", "The harbour reopen today", false},
		{"a b c", "c b a", false},
		{"ab c d", "a bc d", false},
	}
	for _, tc := range tests {
		if got := slices.Equal(Shingles(tc.a), Shingles(tc.b)); got != tc.same {
			t.Errorf("Shingles(%q) == Shingles(%q): %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}

func TestJaccardContainment(t *testing.T) {
	tests := []struct {
		a, b         []uint64
		jaccard, con float64
	}{
		{nil, nil, 0, 0},
		{[]uint64{1}, nil, 0, 0},
		{[]uint64{1, 2, 3}, []uint64{1, 2, 3}, 1, 1},
		{[]uint64{1, 2, 3, 4}, []uint64{3, 4, 5, 6}, 2.0 / 6, 0.5},
		{[]uint64{1, 2}, []uint64{1, 2, 3, 4, 5, 6, 7, 8}, 0.25, 1},
		{[]uint64{1, 3, 5}, []uint64{2, 4, 6}, 0, 0},
	}
	for _, tc := range tests {
		if j := Jaccard(tc.a, tc.b); math.Abs(j-tc.jaccard) > 1e-12 {
			t.Errorf("Jaccard(%v, %v) = %v, want %v", tc.a, tc.b, j, tc.jaccard)
		}
		if j := Jaccard(tc.b, tc.a); math.Abs(j-tc.jaccard) > 1e-12 {
			t.Errorf("Jaccard(%v, %v) = %v, want %v", tc.b, tc.a, j, tc.jaccard)
		}
		if c := Containment(tc.a, tc.b); math.Abs(c-tc.con) > 1e-12 {
			t.Errorf("Containment(%v, %v) = %v, want %v", tc.a, tc.b, c, tc.con)
		}
	}
}

// sets returns two random sets of n values with Jaccard similarity j
// (rounded to whole values).
func sets(r *rand.Rand, n int, j float64) (a, b []uint64) {
	// |a∩b| = k, |a| = |b| = n: j = k / (2n - k).
	k := int(math.Round(2 * float64(n) * j / (1 + j)))
	for range k {
		v := r.Uint64()
		a, b = append(a, v), append(b, v)
	}
	for range n - k {
		a, b = append(a, r.Uint64()), append(b, r.Uint64())
	}
	slices.Sort(a)
	slices.Sort(b)
	return a, b
}

// TestSignatureEstimatesJaccard checks that the share of agreeing
// signature values tracks the true Jaccard similarity, and that the share of
// pairs sharing a band key follows 1-(1-J^Rows)^Bands.
func TestSignatureEstimatesJaccard(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, j := range []float64{0, 0.1, 0.3, 0.5, 0.8, 0.95} {
		const pairs = 300
		var agree, banded float64
		var trueJ float64
		for range pairs {
			a, b := sets(r, 200, j)
			trueJ += Jaccard(a, b) / pairs
			sa, sb := Sign(a), Sign(b)
			for i := range sa {
				if sa[i] == sb[i] {
					agree++
				}
			}
			ka, kb := sa.Bands(), sb.Bands()
			for i := range ka {
				if ka[i] == kb[i] {
					banded++
					break
				}
			}
		}
		est := agree / (pairs * Size)
		if math.Abs(est-trueJ) > 0.02 {
			t.Errorf("J=%.2f: signatures agree on %.3f of values", trueJ, est)
		}
		want := 1 - math.Pow(1-math.Pow(trueJ, Rows), Bands)
		got := banded / pairs
		// Binomial standard error of the share, with a floor.
		se := math.Max(math.Sqrt(want*(1-want)/pairs), 0.01)
		if math.Abs(got-want) > 4*se {
			t.Errorf("J=%.2f: %.3f of pairs share a band, want %.3f", trueJ, got, want)
		}
		t.Logf("J=%.2f: value agreement %.3f, band hit rate %.3f (theory %.3f)", trueJ, est, got, want)
	}
}

func TestEmptySignature(t *testing.T) {
	s := Sign(nil)
	if !s.Empty() {
		t.Error("Sign(nil) is not Empty")
	}
	if s2 := Sign(Shingles("a b c")); s2.Empty() {
		t.Error("a one-shingle signature is Empty")
	}
}

func FuzzShingles(f *testing.F) {
	for _, s := range []string{"", "a", "The harbour reopens on Tuesday.", "\xff\xfe", "İSTANBUL ǅ ß", strings.Repeat("x y ", 30)} {
		f.Add(s, "the harbour")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		sa, sb := Shingles(a), Shingles(b)
		if !slices.IsSorted(sa) || len(slices.Compact(slices.Clone(sa))) != len(sa) {
			t.Fatalf("Shingles(%q) not sorted and distinct", a)
		}
		// Spacing and punctuation between words do not matter.
		if !slices.Equal(Shingles(" "+strings.ReplaceAll(a, " ", " , ")+"\n"), sa) {
			t.Fatalf("spacing changed the shingles of %q", a)
		}
		j, c := Jaccard(sa, sb), Containment(sa, sb)
		if j < 0 || j > 1 || c < j || c > 1 || j != Jaccard(sb, sa) || c != Containment(sb, sa) {
			t.Fatalf("Jaccard %v, Containment %v of %q and %q", j, c, a, b)
		}
		if len(sa) > 0 && Jaccard(sa, sa) != 1 {
			t.Fatalf("Jaccard of %q with itself is %v", a, Jaccard(sa, sa))
		}
		// Equal sets have equal signatures and band keys.
		s1, s2 := Sign(sa), Sign(slices.Clone(sa))
		if s1 != s2 || s1.Bands() != s2.Bands() || s1.Empty() != (len(sa) == 0) {
			t.Fatalf("signatures of %q differ or Empty is wrong", a)
		}
	})
}

func BenchmarkSign(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	var w []string
	for range 500 {
		w = append(w, fmt.Sprintf("w%d", r.IntN(3000)))
	}
	text := strings.Join(w, " ")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		s := Sign(Shingles(text))
		_ = s.Bands()
	}
}

// refShingles computes Shingles rune by rune, as its doc comment states:
// FNV-1a of each lower-cased word's UTF-8, combined three words at a time.
func refShingles(text string) []uint64 {
	var words []uint64
	var cur []byte
	flush := func() {
		if len(cur) > 0 {
			h := uint64(fnvOffset)
			for _, c := range cur {
				h ^= uint64(c)
				h *= fnvPrime
			}
			words = append(words, h)
			cur = cur[:0]
		}
	}
	for _, r := range text {
		if r == utf8.RuneError || !(unicode.IsLetter(r) || unicode.IsNumber(r)) {
			flush()
			continue
		}
		cur = utf8.AppendRune(cur, unicode.ToLower(r))
	}
	flush()
	if len(words) == 0 {
		return nil
	}
	n := min(Shingle, len(words))
	var out []uint64
	for i := 0; i+n <= len(words); i++ {
		s := uint64(n)
		for _, w := range words[i : i+n] {
			s = (s^w)*0xbf58476d1ce4e5b9 + 0x94d049bb133111eb
		}
		out = append(out, mix(s))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// refSign is Sign shingle by shingle.
func refSign(shingles []uint64) Signature {
	var sig Signature
	for i := range sig {
		sig[i] = math.MaxUint64
	}
	for _, h := range shingles {
		for i, s := range seeds {
			sig[i] = min(sig[i], (h^s)*0xd6e8feb86659fd93)
		}
	}
	return sig
}

var referenceTexts = []string{
	"", "a", "A b C", "The Harbour REOPENS on Tuesday, 12 May 2026.",
	"ab\xffcd ef gh", "İSTANBUL Ärger über Öl ZÜRICH 3½ ٣ ⅷ",
	"Албания разорвала отношения с Ираном", "北京 上海 广州 深圳",
	"mixed-case O'Brien’s x2 Y3z \t\n tabs\u00a0and\u2003spaces",
}

func TestShinglesMatchReference(t *testing.T) {
	for _, s := range referenceTexts {
		if got, want := Shingles(s), refShingles(s); !slices.Equal(got, want) {
			t.Errorf("Shingles(%q) = %x, want %x", s, got, want)
		}
	}
}

func TestSignMatchesReference(t *testing.T) {
	for _, s := range referenceTexts {
		sh := Shingles(s)
		if got, want := Sign(sh), refSign(sh); got != want {
			t.Errorf("Sign(Shingles(%q)) differs from the reference", s)
		}
	}
}

func FuzzShinglesReference(f *testing.F) {
	for _, s := range referenceTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sh := Shingles(s)
		if want := refShingles(s); !slices.Equal(sh, want) {
			t.Fatalf("Shingles(%q) = %x, want %x", s, sh, want)
		}
		if Sign(sh) != refSign(sh) {
			t.Fatalf("Sign(Shingles(%q)) differs from the reference", s)
		}
	})
}

// BenchmarkSignOnly signs the shingles of an article-sized text (about
// 800 distinct shingles), without computing them.
func BenchmarkSignOnly(b *testing.B) {
	r := rand.New(rand.NewPCG(5, 6))
	var w []string
	for range 800 {
		w = append(w, fmt.Sprintf("w%d", r.IntN(3000)))
	}
	sh := Shingles(strings.Join(w, " "))
	for b.Loop() {
		s := Sign(sh)
		_ = s.Bands()
	}
}

// TestSignVector holds the vector signing (signInto) to the loop
// (signLoop) on sets of every length up to 70 and a long one, with the
// extreme hashes among random ones, from minima already lowered as well
// as from the empty signature's.
func TestSignVector(t *testing.T) {
	var probe Signature
	if !signInto(&probe, nil) {
		t.Skip("no vector signing on this processor")
	}
	r := rand.New(rand.NewPCG(5, 6))
	for n := range 71 {
		for _, start := range []string{"empty", "lowered"} {
			sh := make([]uint64, n)
			for i := range sh {
				sh[i] = r.Uint64()
			}
			if n > 2 {
				sh[0], sh[1], sh[2] = 0, math.MaxUint64, seeds[7]
			}
			var want, got Signature
			for i := range want {
				want[i] = math.MaxUint64
				if start == "lowered" {
					want[i] = r.Uint64() >> 2
				}
			}
			got = want
			signLoop(&want, sh)
			signInto(&got, sh)
			if got != want {
				t.Fatalf("%d shingles, %s start: vector signature differs from the loop's", n, start)
			}
		}
	}
	long := make([]uint64, 5000)
	for i := range long {
		long[i] = r.Uint64()
	}
	var want, got Signature
	for i := range want {
		want[i], got[i] = math.MaxUint64, math.MaxUint64
	}
	signLoop(&want, long)
	signInto(&got, long)
	if got != want {
		t.Fatal("5000 shingles: vector signature differs from the loop's")
	}
}

// BenchmarkSignWays signs 2,000 shingles with the loop and, where the
// processor has it, the vector code.
func BenchmarkSignWays(b *testing.B) {
	r := rand.New(rand.NewPCG(7, 8))
	sh := make([]uint64, 2000)
	for i := range sh {
		sh[i] = r.Uint64()
	}
	b.Run("loop", func(b *testing.B) {
		for b.Loop() {
			var sig Signature
			signLoop(&sig, sh)
		}
	})
	b.Run("vector", func(b *testing.B) {
		var sig Signature
		if !signInto(&sig, sh) {
			b.Skip("no vector signing on this processor")
		}
		for b.Loop() {
			signInto(&sig, sh)
		}
	})
}
