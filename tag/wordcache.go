package tag

import (
	"math/bits"
	"sync/atomic"

	"github.com/casus-project/casus/internal/formcache"
)

// wordCache remembers, for the words the training data knows, what
// lexicon.analyse computes of them and, for each pass, the sum of the
// weights of their word features (wordFeatures: the features that do not
// depend on where the word stands) and that of the features the word
// before them gets from them alone (nextFeatures). A cached word is then
// scored with dense rows plus its other context features, instead of
// looking up each of those features in a large table. The sums are of
// integers, so the scores, and the tags, are exactly those of scoring
// every feature.
//
// The cache fills as words are first seen and is safe for concurrent
// use (see formcache).
type wordCache = formcache.Cache[cachedWord]

// cachedWord is one word of a wordCache. It is not changed once stored.
type cachedWord struct {
	form string
	w    word // the analysis of form, without the sentence's ctx
	// rows holds the first pass's class scores of wordFeatures(&w), then
	// those of nextFeatures(&w), the features of the word before it,
	// prevFeatures(&w), those of the word after it, and
	// next2Features(&w), those of the word two before it.
	rows []int32
	// rows2 holds the same for the second pass, computed when the
	// second pass first scores the word or the word before it (see
	// Model.rowsOf): the second pass scores about one word in five,
	// keeping the first pass's tag of the others.
	rows2 atomic.Pointer[[]int32]
	// lemmas holds the lemma of form for each tag of lemmaTags, in
	// increasing order of tag: the tags the training data gave the word.
	lemmaTags uint64
	lemmas    []string
	// uposTags holds the tags of lemmaTags that have more than one UPOS
	// tag to choose from (Model.uposCands), and upos, for each of them in
	// increasing order of tag, the UPOS classifier's scores of the word's
	// features with that tag (uposWordFeatures), computed when the word
	// is first given one of those tags (see Model.uposRow).
	uposTags uint64
	upos     atomic.Pointer[[]int32]
}

// lemma returns the lemma of the cached word tagged xpos.
func (cw *cachedWord) lemma(l *lemmatizer, xpos int) string {
	if xpos >= 0 && xpos < 64 && cw.lemmaTags&(1<<xpos) != 0 {
		return cw.lemmas[bits.OnesCount64(cw.lemmaTags&(1<<xpos-1))]
	}
	return l.lemma(cw.form, xpos)
}

// cacheable reports whether a word analysed as w is worth a slot: the
// training data knows it, and it is short.
func cacheable(w *word, form string) bool {
	return (w.amb != 0 || w.fixed >= 0) && len(form) <= formcache.MaxForm
}

// remember stores the word form, analysed as w, if its slot is free,
// and returns what the cache then holds for it, or nil.
func (m *Model) remember(c *wordCache, w *word, form string) *cachedWord {
	return c.Add(w.form, form, func(cw *cachedWord, form string) {
		cw.form, cw.w = form, *w
		cw.w.ctx = 0
		cw.rows = m.wordRows(m.pass1, &cw.w)
		cw.lemmaTags = w.amb | w.ambForm
		if w.fixed >= 0 {
			cw.lemmaTags |= 1 << w.fixed
		}
		if n := len(m.xpos); n < 64 {
			cw.lemmaTags &= 1<<n - 1
		}
		for t := range len(m.xpos) {
			if cw.lemmaTags&(1<<t) != 0 {
				cw.lemmas = append(cw.lemmas, m.lem.lemma(form, t))
				if c := m.uposCands[t]; c&(c-1) != 0 {
					cw.uposTags |= 1 << t
				}
			}
		}
	})
}

// The rows of a cachedWord, each len(m.xpos) scores: see cachedWord.rows.
const (
	rowWord = iota
	rowNext
	rowPrev
	rowNext2
	nRows
)

// wordRows returns the class scores in t of wordFeatures(w), then those
// of nextFeatures(w), prevFeatures(w) and next2Features(w), len(m.xpos)
// each.
func (m *Model) wordRows(t *table, w *word) []int32 {
	n := len(m.xpos)
	rows := make([]int32, nRows*n)
	var buf [32]uint64
	for j, feats := range [nRows]func([]uint64, *word) []uint64{wordFeatures, nextFeatures, prevFeatures, next2Features} {
		var scores [256]int32
		t.add(feats(buf[:0], w), &scores)
		copy(rows[j*n:(j+1)*n], scores[:n])
	}
	return rows
}

// rowsOf returns the rows of cw for pass row (0 or 1): its scores of
// wordFeatures, then of nextFeatures, prevFeatures and next2Features, as
// wordRows gives them. The second pass's are computed on first use; words tagged at once in several
// goroutines may compute them twice, and keep the first.
func (m *Model) rowsOf(cw *cachedWord, row int) []int32 {
	if row == 0 {
		return cw.rows
	}
	if p := cw.rows2.Load(); p != nil {
		return *p
	}
	rows := m.wordRows(m.pass2, &cw.w)
	if !cw.rows2.CompareAndSwap(nil, &rows) {
		return *cw.rows2.Load()
	}
	return rows
}

// wordCacheBits sizes the word cache of a decoded model: twice as many
// slots as the embedded model's lexicon has words, so that few of them
// share a slot.
const wordCacheBits = 15

// uposRow returns the UPOS classifier's scores of the word features
// (uposWordFeatures) of cw, a cached word or nil, tagged xpos, or nil
// when cw is nil or xpos is not a tag of its upos rows; the rows are
// computed on first use, and words tagged at once in several goroutines
// may compute them twice, and keep the first. The scores are sums of
// integers, so adding the other features to them gives the scores of
// all the features.
func (m *Model) uposRow(cw *cachedWord, xpos int) []int32 {
	if cw == nil || xpos < 0 || xpos >= 64 || cw.uposTags&(1<<xpos) == 0 {
		return nil
	}
	tags := cw.uposTags
	n := len(m.upos)
	k := bits.OnesCount64(tags & (1<<xpos - 1))
	if p := cw.upos.Load(); p != nil {
		return (*p)[k*n:][:n]
	}
	rows := make([]int32, 0, bits.OnesCount64(tags)*n)
	var buf [8]uint64
	for t := tags; t != 0; t &= t - 1 {
		var scores [256]int32
		m.uposTable.add(uposWordFeatures(buf[:0], &cw.w, tagValue(bits.TrailingZeros64(t))), &scores)
		rows = append(rows, scores[:n]...)
	}
	if !cw.upos.CompareAndSwap(nil, &rows) {
		rows = *cw.upos.Load()
	}
	return rows[k*n:][:n]
}
