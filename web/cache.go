package web

import (
	"container/list"
	"net/http"
	"sync"
	"time"

	"github.com/casus-project/casus/store"
)

// pageCache keeps rendered pages by URL while the store's counts stay the
// same and for at most ttl, so a page asked for again (a shared link,
// back and forth between pages) costs one count query instead of its
// aggregates. The least recently used pages go first once the cache holds
// maxPages or maxBytes.
type pageCache struct {
	ttl      time.Duration
	maxPages int
	maxBytes int

	mu    sync.Mutex
	lru   *list.List // of *cached, most recent first
	byKey map[string]*list.Element
	bytes int
}

type cached struct {
	key     string
	version store.Stats
	at      time.Time
	body    []byte
}

func newPageCache(ttl time.Duration, maxPages, maxBytes int) *pageCache {
	return &pageCache{ttl: ttl, maxPages: maxPages, maxBytes: maxBytes, lru: list.New(), byKey: map[string]*list.Element{}}
}

// get returns the page cached under key if the store is still at version
// and the page is younger than the cache's ttl.
func (c *pageCache) get(key string, version store.Stats, now time.Time) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.byKey[key]
	if !ok {
		return nil, false
	}
	p := e.Value.(*cached)
	if p.version != version || now.Sub(p.at) > c.ttl {
		c.remove(e)
		return nil, false
	}
	c.lru.MoveToFront(e)
	return p.body, true
}

// put caches a page; pages larger than a quarter of the cache are not
// kept.
func (c *pageCache) put(key string, version store.Stats, now time.Time, body []byte) {
	if len(body) > c.maxBytes/4 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[key]; ok {
		c.remove(e)
	}
	c.byKey[key] = c.lru.PushFront(&cached{key: key, version: version, at: now, body: body})
	c.bytes += len(body)
	for c.lru.Len() > c.maxPages || c.bytes > c.maxBytes {
		c.remove(c.lru.Back())
	}
}

func (c *pageCache) remove(e *list.Element) {
	p := c.lru.Remove(e).(*cached)
	delete(c.byKey, p.key)
	c.bytes -= len(p.body)
}

// cachePages serves pages from c when it can, rendering them with next
// otherwise; only complete 200 answers are kept.
func (h *handler) cachePages(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if h.cache == nil || r.Method != http.MethodGet {
			next.ServeHTTP(w, r)
			return
		}
		version, err := h.st.Stats(r.Context())
		if err != nil {
			next.ServeHTTP(w, r)
			return
		}
		key := r.URL.RequestURI()
		now := time.Now()
		if body, ok := h.cache.get(key, version, now); ok {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(body)
			return
		}
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		if rec.status == http.StatusOK && rec.keep {
			h.cache.put(key, version, now, rec.body)
		}
	})
}

// recorder passes a response through, keeping a copy of the body that
// render writes in one piece.
type recorder struct {
	http.ResponseWriter
	status int
	body   []byte
	keep   bool
	writes int
}

func (r *recorder) WriteHeader(status int) {
	r.status = status
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	r.writes++
	r.keep = r.writes == 1
	if r.keep {
		r.body = append([]byte(nil), b...)
	} else {
		r.body = nil
	}
	return r.ResponseWriter.Write(b)
}
