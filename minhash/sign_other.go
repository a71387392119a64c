//go:build !amd64

package minhash

// signInto reports false: only amd64 has a vector Sign.
func signInto(sig *Signature, shingles []uint64) bool { return false }
