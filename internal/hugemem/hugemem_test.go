package hugemem

import (
	"runtime"
	"testing"
	"unsafe"
)

func TestAlloc(t *testing.T) {
	for _, tc := range []struct {
		name string
		n    int
		want bool // whether memory is returned on linux/amd64 and arm64
	}{
		{"zero", 0, false},
		{"negative", -1, false},
		{"below a huge page", MinBytes - 1, false},
		{"one huge page", MinBytes, true},
		{"a page and a byte", MinBytes + 1, true},
		{"ten and a half pages", 21 << 20, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := Alloc(tc.n)
			mapped := runtime.GOOS == "linux" && (runtime.GOARCH == "amd64" || runtime.GOARCH == "arm64")
			if got, want := b != nil, tc.want && mapped; got != want {
				t.Fatalf("Alloc(%d) returned memory: %v, want %v", tc.n, got, want)
			}
			if b == nil {
				return
			}
			if len(b) != tc.n || cap(b) != tc.n {
				t.Fatalf("len %d cap %d, want %d", len(b), cap(b), tc.n)
			}
			if p := uintptr(unsafe.Pointer(unsafe.SliceData(b))); p%hugePage != 0 {
				t.Errorf("starts at %#x, not a multiple of %d", p, hugePage)
			}
			for i := 0; i < len(b); i += 4096 {
				if b[i] != 0 {
					t.Fatalf("byte %d is %d, want 0", i, b[i])
				}
				b[i] = 1
			}
			b[len(b)-1] = 2
		})
	}
}

func TestArray(t *testing.T) {
	type pair struct{ a, b uint32 }
	for _, tc := range []struct {
		name string
		n    int
		want int // the length returned where memory is mapped
	}{
		{"none", 0, 0},
		{"small", 10, 0},
		{"large", 1 << 20, 1 << 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := Array[pair](tc.n)
			if Alloc(MinBytes) == nil { // no mapping on this system
				if s != nil {
					t.Fatalf("Array returned %d values where Alloc maps nothing", len(s))
				}
				return
			}
			if len(s) != tc.want {
				t.Fatalf("len %d, want %d", len(s), tc.want)
			}
			for i := range s {
				if s[i] != (pair{}) {
					t.Fatalf("value %d not zero", i)
				}
				s[i] = pair{uint32(i), uint32(i) + 1}
			}
			for i := range s {
				if s[i] != (pair{uint32(i), uint32(i) + 1}) {
					t.Fatalf("value %d changed", i)
				}
			}
		})
	}
}
