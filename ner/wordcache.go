package ner

import (
	"strings"
	"sync/atomic"
)

// wordCache remembers, for the words the model's tables know, what
// prepare computes of their form alone: describe's facts, the lookups in
// the word table and the word's typeFeats. A frequent word is then
// prepared by copying, and its features cost no hashing; the features,
// and so the tags, are exactly those of computing everything per token.
//
// It is safe for concurrent use: each slot holds one word, set once and
// never changed, so it takes no locks and its size is bounded. The
// first word to reach a slot keeps it.
type wordCache struct {
	shift uint
	slots []atomic.Pointer[cachedWord]
}

// cachedWord is one word of a wordCache. It is not changed once stored.
type cachedWord struct {
	form string
	w    word // prepared, without the per-token pos, gzB, gzI and sent; w.fx is &fx
	fx   typeFeats
}

// wordCacheBits sizes a loaded model's word cache.
const wordCacheBits = 15

// maxCachedForm bounds the length of the forms a wordCache keeps.
const maxCachedForm = 32

// newWordCache returns a cache with 2^bits slots.
func newWordCache(bits int) *wordCache {
	return &wordCache{shift: uint(64 - bits), slots: make([]atomic.Pointer[cachedWord], 1<<bits)}
}

// slot returns the slot of a form with hash h.
func (c *wordCache) slot(h uint64) *atomic.Pointer[cachedWord] {
	return &c.slots[(h*0x9e3779b97f4a7c15)>>c.shift]
}

// get returns the cached word form, whose hash is h, or nil.
func (c *wordCache) get(h uint64, form string) *cachedWord {
	if cw := c.slot(h).Load(); cw != nil && cw.form == form {
		return cw
	}
	return nil
}

// remember stores the word form, prepared as w (w.fx nil), with its
// typeFeats, if the word table knows it, form is short and its slot is
// free; w then shares the cached typeFeats. Only words the word table
// knows are kept, so that a long run of rare words does not fill the
// cache.
func (c *wordCache) remember(form string, w *word) {
	if len(form) > maxCachedForm || w.lex == 0 && w.heads == 0 && w.clus == 0 && !w.gz1OK {
		return
	}
	s := c.slot(w.form)
	if s.Load() != nil {
		return
	}
	// The form is copied: it may be part of a much larger text.
	cw := &cachedWord{form: strings.Clone(form), w: *w}
	if w.lower == form {
		cw.w.lower = cw.form
	} else {
		cw.w.lower = strings.Clone(w.lower)
	}
	setTypeFeats(&cw.fx, &cw.w)
	cw.w.fx = &cw.fx
	if s.CompareAndSwap(nil, cw) {
		w.fx = &cw.fx
	}
}
