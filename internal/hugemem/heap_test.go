package hugemem

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"unsafe"
)

// TestPrepareHeap checks that memory the heap hands out after PrepareHeap
// lies in a mapping advised for huge pages (VmFlags "hg" in
// /proc/self/smaps), and that a second call, on a heap grown past half
// its size, allocates nothing.
func TestPrepareHeap(t *testing.T) {
	if runtime.GOOS != "linux" || (runtime.GOARCH != "amd64" && runtime.GOARCH != "arm64") {
		t.Skip("PrepareHeap advises memory on Linux only")
	}
	const n = 64 << 20
	PrepareHeap(n)
	b := make([]byte, 16<<20)
	mid := uintptr(unsafe.Pointer(&b[len(b)/2]))
	if _, err := os.Stat("/proc/self/smaps"); err != nil {
		t.Skipf("no smaps: %v", err)
	}
	flags, err := vmFlags(mid)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(" "+flags+" ", " hg ") {
		t.Errorf("memory allocated after PrepareHeap has VmFlags %q, want hg among them", flags)
	}
	runtime.KeepAlive(b)

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	PrepareHeap(n)
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got >= n {
		t.Errorf("second PrepareHeap allocated %d bytes, want none of its own", got)
	}
}

// vmFlags returns the VmFlags line of the mapping in /proc/self/smaps
// that holds the address p.
func vmFlags(p uintptr) (string, error) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return "", err
	}
	defer f.Close()
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if flags, ok := strings.CutPrefix(line, "VmFlags:"); ok && in {
			return strings.TrimSpace(flags), nil
		}
		// A mapping's first line names its range, "lo-hi perms ...";
		// the lines about it, "Key: value".
		first, _, _ := strings.Cut(line, " ")
		if strings.HasSuffix(first, ":") {
			continue
		}
		var lo, hi uintptr
		if _, err := fmt.Sscanf(first, "%x-%x", &lo, &hi); err == nil {
			in = lo <= p && p < hi
		}
	}
	if err := sc.Err(); err != nil {
		return "", err
	}
	return "", fmt.Errorf("no mapping holds %#x", p)
}
