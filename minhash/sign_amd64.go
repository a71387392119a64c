package minhash

import "golang.org/x/sys/cpu"

// signWide reports whether signInto can use signAVX512: AVX-512
// Foundation for the unsigned 64-bit minimum, and DQ for the 64-bit
// multiplication (cpu checks that the operating system saves the
// registers).
var signWide = cpu.X86.HasAVX512F && cpu.X86.HasAVX512DQ

// signAVX512 folds each shingle's hashes into sig, eight functions an
// instruction (sign_amd64.s): the same products and minima as the loop
// of Sign, about a ninth of its instructions.
//
//go:noescape
func signAVX512(sig *Signature, seeds *[Size]uint64, shingles []uint64)

// signInto folds shingles into sig with AVX-512 where the processor has
// it, and reports whether it did.
func signInto(sig *Signature, shingles []uint64) bool {
	if !signWide {
		return false
	}
	signAVX512(sig, &seeds, shingles)
	return true
}
