package store

import (
	"runtime"
	"unsafe"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/casus-project/casus/internal/hugemem"
)

// ReserveSQLiteCache gives SQLite's page caches one block of memory for
// pages pages of 4 kB (the page size of every database the store
// creates), mapped once for the process and advised for huge pages
// (package hugemem), and reports whether it did. It must come before the
// first SQLite database of the process opens: SQLite takes the setting
// only then, and after that ReserveSQLiteCache maps nothing and reports
// false. A page cache that outgrows the block allocates its pages one by
// one, as SQLite does without it; the block is never freed.
//
// Without the block every page is an allocation of its own from SQLite's
// allocator, whose memory is fresh: on the extraction dev split casus
// run's writer took about a thousand page faults for its cache of about
// 500 pages, and closing the store gave back the cache's memory region by
// region, which the allocator does with one madvise call (and a flush of
// every processor's address translations) per region past the first 4 MB
// it keeps: tens of milliseconds at the end of the run, with nothing
// else left to do. From the block the cache takes its pages in a few
// huge-page faults and gives them back to a free list.
//
// The setting is the process's, so only commands call it, once, and only those
// that write a store: the block is shared by every connection, and a
// process with many readers could use it up and leave its writer short.
func ReserveSQLiteCache(pages int) bool {
	tls := libc.NewTLS()
	defer tls.Close()
	va := libc.Xmalloc(tls, 3*8) // libc.VaList stores each argument in 8 bytes
	if va == 0 {
		return false
	}
	defer libc.Xfree(tls, va)
	// A block set to nothing first tells whether SQLite still takes the
	// setting, before any memory is mapped for it.
	if sqlite3.Xsqlite3_config(tls, sqlite3.SQLITE_CONFIG_PAGECACHE, libc.VaList(va, uintptr(0), int32(0), int32(0))) != sqlite3.SQLITE_OK {
		return false
	}
	// SQLite writes the bytes it keeps beside each page to hdr, which is
	// pinned meanwhile: it reaches SQLite as a number.
	hdr := new(int32)
	var pin runtime.Pinner
	pin.Pin(hdr)
	rc := sqlite3.Xsqlite3_config(tls, sqlite3.SQLITE_CONFIG_PCACHE_HDRSZ, libc.VaList(va, uintptr(unsafe.Pointer(hdr))))
	pin.Unpin()
	if rc != sqlite3.SQLITE_OK {
		return false
	}
	slot := (sqlitePageSize + int(*hdr) + 7) &^ 7
	buf := hugemem.Alloc(pages * slot)
	if buf == nil {
		return false
	}
	return sqlite3.Xsqlite3_config(tls, sqlite3.SQLITE_CONFIG_PAGECACHE,
		libc.VaList(va, uintptr(unsafe.Pointer(unsafe.SliceData(buf))), int32(slot), int32(pages))) == sqlite3.SQLITE_OK
}

// sqlitePageSize is the page size of the databases SQLite creates
// (SQLITE_DEFAULT_PAGE_SIZE): the store never sets another.
const sqlitePageSize = 4096
