//go:build linux && (amd64 || arm64)

package hugemem

import (
	"syscall"
	"unsafe"
)

// Alloc returns n zeroed bytes of memory that is never freed, starting at
// a multiple of the huge page size, which the kernel is advised to back
// with huge pages; or nil when n is below MinBytes or the memory cannot
// be mapped. The pages are allocated when first written.
func Alloc(n int) []byte {
	if n < MinBytes {
		return nil
	}
	size := (n + hugePage - 1) &^ (hugePage - 1)
	// One huge page more, so that an aligned run of size bytes lies
	// inside; the rest of it is address space only, never touched.
	mem, err := syscall.Mmap(-1, 0, size+hugePage, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return nil
	}
	off := 0
	if r := int(uintptr(unsafe.Pointer(unsafe.SliceData(mem))) % hugePage); r != 0 {
		off = hugePage - r
	}
	mem = mem[off : off+size : off+size]
	// Advice: where the kernel cannot follow it, the memory is ordinary.
	_ = syscall.Madvise(mem, syscall.MADV_HUGEPAGE)
	return mem[:n:n]
}
