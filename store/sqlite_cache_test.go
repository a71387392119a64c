package store

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"unsafe"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/casus-project/casus/model"
)

// reserveChildEnv marks the process TestReserveSQLiteCache starts to
// reserve the cache before SQLite opens anything.
const reserveChildEnv = "CASUS_TEST_RESERVE_SQLITE_CACHE"

// TestReserveSQLiteCache checks that SQLite takes the page-cache block
// only before its first database opens, and that a store whose pages come
// from the block stores and finds what it stores. The block is the
// process's, so that part runs in a process of its own, this test binary
// started again.
func TestReserveSQLiteCache(t *testing.T) {
	if os.Getenv(reserveChildEnv) != "" {
		reserveChild(t)
		return
	}
	st := openT(t, filepath.Join(t.TempDir(), "casus.db"))
	if ReserveSQLiteCache(512) {
		t.Error("ReserveSQLiteCache after a store opened: true, want false")
	}
	st.Close()
	cmd := exec.Command(os.Args[0], "-test.run=^TestReserveSQLiteCache$", "-test.v")
	cmd.Env = append(os.Environ(), reserveChildEnv+"=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("in a process of its own: %v\n%s", err, out)
	}
}

// reserveChild is TestReserveSQLiteCache in the process it starts.
func reserveChild(t *testing.T) {
	if !ReserveSQLiteCache(512) {
		t.Skip("no page-cache block: huge-page memory cannot be mapped here")
	}
	ctx := context.Background()
	st := openT(t, filepath.Join(t.TempDir(), "casus.db"))
	g := newGen(3)
	var arts []*model.Article
	for i := range 40 {
		w := g.words(60)
		w[30] = fmt.Sprintf("zq%03dzq", i) // a word of this article's own
		arts = append(arts, art(fmt.Sprintf("https://b.example/%d", i), "P", "d", text(w)))
	}
	putAll(t, st, batches(arts, 8))
	for i, a := range arts {
		q := fmt.Sprintf("ZQ%03dZ", i)
		page, err := st.Articles(ctx, ArticleQuery{Text: q})
		if err != nil || len(page.Articles) != 1 || page.Articles[0].URL != a.URL {
			t.Errorf("Text %q: %d articles, %v; want %s alone", q, len(page.Articles), err, a.URL)
		}
	}
	if used := pageCacheUsed(t); used == 0 {
		t.Error("no page of the block in use with a store open")
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
}

// pageCacheUsed returns how many pages of the block SQLite holds
// (SQLITE_STATUS_PAGECACHE_USED).
func pageCacheUsed(t *testing.T) int64 {
	tls := libc.NewTLS()
	defer tls.Close()
	cur, high := new(int64), new(int64)
	var pin runtime.Pinner
	pin.Pin(cur)
	pin.Pin(high)
	defer pin.Unpin()
	rc := sqlite3.Xsqlite3_status64(tls, sqlite3.SQLITE_STATUS_PAGECACHE_USED,
		uintptr(unsafe.Pointer(cur)), uintptr(unsafe.Pointer(high)), 0)
	if rc != sqlite3.SQLITE_OK {
		t.Fatalf("sqlite3_status64: %d", rc)
	}
	return *cur
}
