package minhash

import (
	"math"
	"slices"
	"unicode/utf8"

	"github.com/casus-project/casus/internal/runes"
)

// Shingle is the number of consecutive words hashed together.
const Shingle = 3

// Layout of signatures and bands: Size = Bands × Rows.
const (
	Bands = 40
	Rows  = 3
	Size  = Bands * Rows // a multiple of 4: Sign takes four functions at a time
)

// Signature holds, for each of Size hash functions, the least hash of any
// shingle of a set. The Signature of the empty set is all math.MaxUint64.
type Signature [Size]uint64

// seeds holds one constant per hash function, derived once from a fixed
// seed. It is never written after initialisation.
var seeds = func() (s [Size]uint64) {
	x := uint64(0x6a09e667f3bcc908) // fractional part of sqrt(2)
	for i := range s {
		x += 0x9e3779b97f4a7c15 // splitmix64
		s[i] = mix(x)
	}
	return s
}()

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Shingles returns the sorted, distinct 64-bit hashes of text's lower-cased
// word 3-shingles. Invalid UTF-8 bytes separate words.
func Shingles(text string) []uint64 {
	words := make([]uint64, 0, len(text)/6+1) // hash of each word; English averages about 6 bytes a word
	h, in := uint64(fnvOffset), false
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII: letters and digits are words, lower-cased here as
			// unicode.ToLower would.
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				if in {
					words = append(words, h)
					h, in = fnvOffset, false
				}
				continue
			}
			h ^= uint64(c)
			h *= fnvPrime
			in = true
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if (r == utf8.RuneError && size == 1) || !(runes.IsLetter(r) || runes.IsNumber(r)) {
			if in {
				words = append(words, h)
				h, in = fnvOffset, false
			}
			continue
		}
		var buf [utf8.UTFMax]byte
		for _, c := range utf8.AppendRune(buf[:0], runes.ToLower(r)) {
			h ^= uint64(c)
			h *= fnvPrime
		}
		in = true
	}
	if in {
		words = append(words, h)
	}
	if len(words) == 0 {
		return nil
	}
	n := min(Shingle, len(words))
	out := make([]uint64, 0, len(words)-n+1)
	for i := 0; i+n <= len(words); i++ {
		// Combine the word hashes in order: each step multiplies by an odd
		// constant, so (a, b, c) and (b, a, c) differ.
		s := uint64(n)
		for _, w := range words[i : i+n] {
			s = (s^w)*0xbf58476d1ce4e5b9 + 0x94d049bb133111eb
		}
		out = append(out, mix(s))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Sign returns the MinHash signature of a set of shingle hashes.
func Sign(shingles []uint64) Signature {
	var sig Signature
	for i := range sig {
		sig[i] = math.MaxUint64
	}
	if !signInto(&sig, shingles) {
		signLoop(&sig, shingles)
	}
	return sig
}

// signLoop folds each shingle's hashes into sig, the minima so far.
//
// Each shingle h is already well mixed; one multiply per function
// orders the shingles afresh (the high bits, which decide the minimum,
// depend on every bit of h^s). Four functions at a time keep their
// minima in registers: the four comparisons of a shingle do not wait
// for each other, where one function's would wait for the last.
func signLoop(sig *Signature, shingles []uint64) {
	for i := 0; i < Size; i += 4 {
		s0, s1, s2, s3 := seeds[i], seeds[i+1], seeds[i+2], seeds[i+3]
		m0, m1, m2, m3 := sig[i], sig[i+1], sig[i+2], sig[i+3]
		for _, h := range shingles {
			m0 = min(m0, (h^s0)*signMul)
			m1 = min(m1, (h^s1)*signMul)
			m2 = min(m2, (h^s2)*signMul)
			m3 = min(m3, (h^s3)*signMul)
		}
		sig[i], sig[i+1], sig[i+2], sig[i+3] = m0, m1, m2, m3
	}
}

// signMul is the odd constant each shingle hash, XORed with a function's
// seed, is multiplied by (sign_amd64.s holds it too).
const signMul = 0xd6e8feb86659fd93

// Empty reports whether s is the signature of the empty set.
func (s *Signature) Empty() bool { return s[0] == math.MaxUint64 && s[1] == math.MaxUint64 }

// Bands returns the key of each band of s: a hash of the band's index and
// its Rows values. Two signatures share a key only where they agree on the
// whole band (up to 64-bit hash collisions). The signature of the empty set
// has bands like any other; callers should not index it.
func (s *Signature) Bands() [Bands]int64 {
	var keys [Bands]int64
	for b := range keys {
		k := uint64(b+1) * 0x9e3779b97f4a7c15
		for _, v := range s[b*Rows : (b+1)*Rows] {
			k = mix(k ^ v)
		}
		keys[b] = int64(k)
	}
	return keys
}

// Overlap returns the number of values two sorted sets share.
func Overlap(a, b []uint64) int {
	n := 0
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] < b[0]:
			a = a[1:]
		case a[0] > b[0]:
			b = b[1:]
		default:
			n++
			a, b = a[1:], b[1:]
		}
	}
	return n
}

// Jaccard returns |a∩b| / |a∪b| for two sorted sets without repeats, as
// Shingles returns them; 0 when both are empty.
func Jaccard(a, b []uint64) float64 {
	n := Overlap(a, b)
	if u := len(a) + len(b) - n; u > 0 {
		return float64(n) / float64(u)
	}
	return 0
}

// Containment returns |a∩b| / min(|a|, |b|): how much of the smaller set
// the larger holds; 0 when either is empty.
func Containment(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return float64(Overlap(a, b)) / float64(min(len(a), len(b)))
}

// mix is the 64-bit finaliser of MurmurHash3, a bijection that makes every
// output bit depend on every input bit.
func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}
