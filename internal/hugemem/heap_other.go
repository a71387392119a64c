//go:build !(linux && (amd64 || arm64))

package hugemem

// PrepareHeap does nothing: the package advises memory on Linux only.
func PrepareHeap(n int) {}
