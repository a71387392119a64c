package simhash

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// Shingle is the number of consecutive words hashed together.
const Shingle = 3

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Sum returns the 64-bit SimHash of text's lower-cased word 3-shingles.
// Words are maximal runs of letters and digits; everything else separates
// them. A text of one or two words is hashed as a single shingle; a text with
// no words has the fingerprint 0. Invalid UTF-8 bytes separate words.
func Sum(text string) uint64 {
	// buf holds the lower-cased words back to back; ends[i] is the end of
	// word i in buf.
	buf := make([]byte, 0, len(text))
	ends := make([]int, 0, len(text)/5+1)
	inWord := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if (r == utf8.RuneError && size == 1) || !(unicode.IsLetter(r) || unicode.IsNumber(r)) {
			if inWord {
				ends = append(ends, len(buf))
				inWord = false
			}
			continue
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		inWord = true
	}
	if inWord {
		ends = append(ends, len(buf))
	}
	if len(ends) == 0 {
		return 0
	}

	// ones[b] counts the shingles whose hash has bit b set; the bit is set
	// in the sum when more than half of them do.
	var ones [64]int
	n := min(Shingle, len(ends))
	shingles := 0
	for first := 0; first+n <= len(ends); first++ {
		start := 0
		if first > 0 {
			start = ends[first-1]
		}
		h := hashWords(buf[start:ends[first+n-1]], ends[first:first+n], start)
		for b := range ones {
			ones[b] += int(h >> b & 1)
		}
		shingles++
	}
	var sum uint64
	for b, c := range ones {
		if 2*c > shingles {
			sum |= 1 << b
		}
	}
	return sum
}

// hashWords hashes the words in w (which starts at offset base of the word
// buffer and whose words end at ends) with FNV-1a, a separator byte between
// words, then mixes the result so every output bit depends on every input
// bit (FNV-1a alone leaves its high bits poorly mixed for short inputs).
func hashWords(w []byte, ends []int, base int) uint64 {
	h := uint64(fnvOffset)
	next := 0
	for i, c := range w {
		for next < len(ends) && ends[next]-base == i {
			h ^= ' '
			h *= fnvPrime
			next++
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return mix(h)
}

// mix is the 64-bit finaliser of MurmurHash3.
func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// Distance returns the Hamming distance between two fingerprints: the number
// of bits in which they differ, from 0 to 64.
func Distance(a, b uint64) int { return bits.OnesCount64(a ^ b) }
