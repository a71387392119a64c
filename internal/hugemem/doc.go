// Package hugemem allocates large arrays that live as long as the process
// in memory the operating system is asked to back with huge pages (2 MB
// on Linux instead of 4 kB).
//
// The language models look up weights at random places in tables of
// several megabytes, a few million times a run: with 4 kB pages nearly
// every look-up also misses the processor's address-translation cache.
// With huge pages a whole table needs a few translations, which stay
// cached. The memory is the kernel's to give: where transparent huge
// pages are off, or on other systems, it is ordinary memory, and where
// the package cannot map memory at all, Alloc returns nil and the caller
// allocates as usual. Nothing it returns is ever freed.
//
// PrepareHeap applies the same advice to the Go heap a command is about
// to grow into, for commands that allocate far more than they keep: there
// the kernel's page faults on fresh memory, one per 4 kB page, cost more
// than the work done in it.
//
// The package knows nothing of what the arrays hold. Because the garbage
// collector does not scan this memory, it must never hold pointers.
package hugemem
