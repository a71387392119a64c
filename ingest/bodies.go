package ingest

import (
	"math/bits"
	"sync"

	"github.com/casus-project/casus/model"
)

// Bodies recycles the buffers that local files, gzipped files and their
// pages are read into (Options.Bodies). A caller that is done with a
// document's body (once it is extracted, say) hands it back with
// Recycle, and a later document is read into the same memory. Without
// it every page is read into fresh memory: on the extraction dev split
// the pages' bodies were a sixth of what casus run allocated (20.3 of
// 128 MB) and about 5,000 of its 29,000 page faults, each a new page
// the kernel had to clear, though at most a few bodies are in use at a
// time.
//
// Only buffers Bodies handed out are taken back; any other body given to
// Recycle (a fetched page, a WARC record, a document the caller built) is
// left alone. The zero value is ready to use, and it is safe for
// concurrent use.
type Bodies struct {
	mu sync.Mutex
	// free holds returned buffers by size class: free[c] have capacity
	// 1<<c.
	free [maxBodyClass + 1][][]byte
	// out holds the buffers handed out and not yet returned, by their
	// first byte: a body is recycled only if it is one of them.
	out map[*byte]bool
}

// Buffers of 4 KB up to 8 MB are recycled; larger bodies are rare and
// read into memory of their own.
const (
	minBodyClass = 12
	maxBodyClass = 23
	// maxFreeBodies is the most buffers of one size kept for reuse: a
	// run holds only a few bodies at once (those read but not yet
	// extracted).
	maxFreeBodies = 8
)

// class returns the size class of a buffer of at least n bytes, and false
// if n is too large to recycle.
func class(n int) (int, bool) {
	c := max(minBodyClass, bits.Len(uint(n-1)))
	return c, n > 0 && c <= maxBodyClass
}

// get returns a buffer of n bytes, reused if one of its size class is
// free. Its contents are arbitrary. b may be nil: then the buffer is
// new and not tracked.
func (b *Bodies) get(n int) []byte {
	c, ok := class(n)
	if b == nil || !ok {
		return make([]byte, n)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	var buf []byte
	if f := b.free[c]; len(f) > 0 {
		buf = f[len(f)-1]
		f[len(f)-1] = nil
		b.free[c] = f[:len(f)-1]
	} else {
		buf = make([]byte, 1<<c)
	}
	if b.out == nil {
		b.out = map[*byte]bool{}
	}
	b.out[&buf[0]] = true
	return buf[:n]
}

// put takes back buf if it was handed out by get and not yet returned.
func (b *Bodies) put(buf []byte) {
	if b == nil || cap(buf) == 0 {
		return
	}
	buf = buf[:cap(buf)]
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.out[&buf[0]] {
		return
	}
	delete(b.out, &buf[0])
	c, ok := class(len(buf))
	if !ok || 1<<c != len(buf) || len(b.free[c]) >= maxFreeBodies {
		return
	}
	b.free[c] = append(b.free[c], buf)
}

// forget stops tracking buf, which is not to be reused: documents hold
// parts of it.
func (b *Bodies) forget(buf []byte) {
	if b == nil || cap(buf) == 0 {
		return
	}
	b.mu.Lock()
	delete(b.out, &buf[:cap(buf)][0])
	b.mu.Unlock()
}

// Recycle takes back doc's body for later documents, if Bodies read it,
// and sets it to nil: the caller must not use the body, or any slice of
// it, afterwards.
func (b *Bodies) Recycle(doc *model.Document) {
	b.put(doc.Body)
	doc.Body = nil
}
