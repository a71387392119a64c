package tag

// Features are 64-bit hashes: a string is hashed with FNV-1a, and a
// feature combines a template number with one or two such values through
// the splitmix64 finaliser. Zero is never a feature, so tables can use it
// to mark an empty slot.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	golden    = 0x9e3779b97f4a7c15
	second    = 0xc2b2ae3d27d4eb4f
)

func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// f1 is the feature of template t with value a.
func f1(t, a uint64) uint64 {
	h := mix(a ^ (t+1)*golden)
	if h == 0 {
		h = 1
	}
	return h
}

// f2 is the feature of template t with values a and b.
func f2(t, a, b uint64) uint64 {
	h := mix(mix(a^(t+1)*golden) ^ b*second)
	if h == 0 {
		h = 1
	}
	return h
}
