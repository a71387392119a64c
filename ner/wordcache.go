package ner

import (
	"strings"

	"github.com/casus-project/casus/internal/formcache"
)

// wordCache remembers, for the words the model's tables know, what
// prepare computes of their form alone: describe's facts, the lookups in
// the word table and the word's typeFeats. A frequent word is then
// prepared by copying, and its features cost no hashing; the features,
// and so the tags, are exactly those of computing everything per token.
// It is safe for concurrent use (see formcache).
type wordCache = formcache.Cache[cachedWord]

// cachedWord is one word of a wordCache. It is not changed once stored.
type cachedWord struct {
	w  word // prepared, without the per-token pos, gzB, gzI and sent; w.fx is &fx
	fx typeFeats
}

// wordCacheBits sizes a loaded model's word cache.
const wordCacheBits = 15

// remember stores the word form, prepared as w (w.fx nil), with its
// typeFeats, if the word table knows it, form is short and its slot is
// free; w then shares the cached typeFeats. Only words the word table
// knows are kept, so that a long run of rare words does not fill the
// cache. With fast tables f (nil for none) the typeFeats are refs (see
// fastTables.resolve).
func remember(c *wordCache, f *fastTables, form string, w *word) {
	if len(form) > formcache.MaxForm || w.lex == 0 && w.heads == 0 && w.clus == 0 && !w.gz1OK {
		return
	}
	cw := c.Add(w.form, form, func(cw *cachedWord, form string) {
		cw.w = *w
		if w.lower == form {
			cw.w.lower = form
		} else {
			cw.w.lower = strings.Clone(w.lower)
		}
		setTypeFeats(&cw.fx, &cw.w)
		if f != nil {
			f.resolve(&cw.fx)
		}
		cw.w.fx = &cw.fx
	})
	if cw != nil {
		w.fx = &cw.fx
	}
}
