//go:build linux && (amd64 || arm64)

package hugemem

import (
	"runtime"
	"syscall"
	"unsafe"
)

// PrepareHeap asks the kernel to back the next n bytes the Go heap grows
// into with huge pages, then collects garbage once: it allocates an
// n-byte array, which the runtime maps fresh, advises the huge pages that
// lie whole inside it, and lets the collector free it, so that the
// allocations that follow take that memory before any other. The advice
// stays with the memory: each first write to a huge page then costs one
// fault instead of 512. A process whose heap has already grown past n/2
// bytes has memory of its own to reuse, and PrepareHeap does nothing.
//
// It is for commands that allocate far more than they keep, where the
// kernel's page faults on fresh memory cost more than the work done in
// it; the collection and the advice are the process's, so only commands
// call it.
func PrepareHeap(n int) {
	if n < MinBytes {
		return
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	if ms.HeapSys > uint64(n/2) {
		return
	}
	b := make([]byte, n)
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	beg := (p + hugePage - 1) &^ (hugePage - 1)
	end := (p + uintptr(n)) &^ (hugePage - 1)
	if end > beg {
		// Advice: where the kernel cannot follow it, the memory is ordinary.
		_ = syscall.Madvise(b[beg-p:end-p], syscall.MADV_HUGEPAGE)
	}
	runtime.KeepAlive(b) // b is garbage from here
	runtime.GC()
}
