package hugemem

import "unsafe"

// hugePage is the size of a huge page on the systems the package maps
// memory on.
const hugePage = 2 << 20

// MinBytes is the smallest allocation Alloc maps: for less than a huge
// page, huge pages gain little, and the rest of the page would be wasted.
const MinBytes = hugePage

// Array returns a zeroed array of n values of type T in memory from
// Alloc, or nil when Alloc returns nil. T must hold no pointers, and
// must not need an alignment above 4096 bytes.
func Array[T any](n int) []T {
	var zero T
	size := unsafe.Sizeof(zero)
	if n <= 0 || size == 0 || uintptr(n) > ^uintptr(0)/size {
		return nil
	}
	b := Alloc(n * int(size))
	if b == nil {
		return nil
	}
	return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(b))), n)
}
