package tag

import (
	"bytes"
	"math/bits"
	"strings"
	"sync"
	"testing"

	"github.com/casus-project/casus/model"

	"github.com/casus-project/casus/internal/formcache"
)

// cacheText has frequent words in several cases and positions, words
// with one tag, rare and long words, hyphens, digits and non-ASCII
// letters, so that the word cache both hits and misses.
var cacheText = []string{
	"The man said that the talks would resume on Monday .",
	"THE MAN SAID THAT THE TALKS WOULD RESUME ON MONDAY .",
	"Said the man : `` Talks ? What talks ? ''",
	"They said they would present a well-known counter-proposal to the Président .",
	"A pneumonoultramicroscopicsilicovolcanoconiosis-like illness hit 3,400 people in 2024 .",
	"can can can the can ? I can n't say .",
	"Over 40 % of the voters said no , the minister said .",
	"the",
	"",
}

// tagged returns the tags and lemmas m gives each sentence of cacheText.
func tagged(m *Model) [][]model.Token {
	var out [][]model.Token
	for _, s := range cacheText {
		toks := tokens(s)
		m.Tag(toks)
		out = append(out, toks)
	}
	return out
}

func decodeDefault(t *testing.T) *Model {
	t.Helper()
	m, err := Decode(bytes.NewReader(embedded))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func sameTags(t *testing.T, what string, got, want [][]model.Token) {
	t.Helper()
	for i := range want {
		for j, w := range want[i] {
			g := got[i][j]
			if g.XPOS != w.XPOS || g.UPOS != w.UPOS || g.Lemma != w.Lemma {
				t.Errorf("%s: %q: got %s/%s/%s, want %s/%s/%s", what, w.Form, g.XPOS, g.UPOS, g.Lemma, w.XPOS, w.UPOS, w.Lemma)
			}
		}
	}
}

// TestWordCacheSameTags checks that the word cache changes no tag or
// lemma: a model without it, one filling it and one reading it tag alike.
func TestWordCacheSameTags(t *testing.T) {
	plain := decodeDefault(t)
	plain.cache = nil
	want := tagged(plain)
	m := decodeDefault(t)
	sameTags(t, "filling", tagged(m), want)
	filled := 0
	for _, s := range cacheText {
		for _, f := range strings.Fields(s) {
			if m.cache.Get(hashString(f), f) != nil {
				filled++
			}
		}
	}
	if filled == 0 {
		t.Fatal("the cache holds no word")
	}
	sameTags(t, "filled", tagged(m), want)
	for i, s := range cacheText {
		if s == "" {
			continue
		}
		if strings.Fields(s)[0] == "the" && want[i][0].XPOS != "DT" {
			t.Errorf("%q: the tagged %s", s, want[i][0].XPOS)
		}
	}
}

// TestWordCacheLongForm checks that a word longer than the cache keeps
// is tagged without it.
func TestWordCacheLongForm(t *testing.T) {
	m := decodeDefault(t)
	long := strings.Repeat("a", formcache.MaxForm+1)
	m.Tag(tokens("the " + long + " said"))
	h := hashString(long)
	if m.cache.Get(h, long) != nil {
		t.Errorf("a form of %d bytes was cached", len(long))
	}
	if m.cache.Get(hashString("the"), "the") == nil {
		t.Error(`"the" was not cached`)
	}
}

// TestWordCacheConcurrent tags from several goroutines while the cache
// fills; run with -race.
func TestWordCacheConcurrent(t *testing.T) {
	plain := decodeDefault(t)
	plain.cache = nil
	want := tagged(plain)
	m := decodeDefault(t)
	var wg sync.WaitGroup
	got := make([][][]model.Token, 4)
	for g := range got {
		wg.Go(func() { got[g] = tagged(m) })
	}
	wg.Wait()
	for _, g := range got {
		sameTags(t, "concurrent", g, want)
	}
}

// eachScored tags each sentence of cacheText with m and calls fn for
// each word i of each pass (0 or 1), with the workspace, the sentence's
// tokens, the pass's table and the tags to the right that the pass reads
// (none in the first).
func eachScored(m *Model, fn func(ws *workspace, toks []model.Token, pass int, tb *table, right []int, i int)) {
	ws := new(workspace)
	for _, s := range cacheText {
		toks := tokens(s)
		m.tagPart(ws, toks, noRepair)
		for pass, tb := range []*table{m.pass1, m.pass2} {
			right := ws.left
			if pass == 0 {
				right = nil
			}
			for i := range toks {
				fn(ws, toks, pass, tb, right, i)
			}
		}
	}
}

// TestWordCacheScores checks that a cached word's row, plus the next
// word's row and the context features, score every class of each pass as
// all of the word's features do; and so with the rows of the word before
// and of the word two after in place of their features.
func TestWordCacheScores(t *testing.T) {
	m := decodeDefault(t)
	tagged(m) // fills the cache
	n := len(m.xpos)
	checked := 0
	eachScored(m, func(ws *workspace, toks []model.Token, k int, tb *table, right []int, i int) {
		cw := ws.cached[i]
		if cw == nil || i+1 >= len(toks) || ws.cached[i+1] == nil {
			return
		}
		var want, got [256]int32
		tb.add(xposFeatures(nil, ws.words, i, ws.left, right, m.verbal), &want)
		copy(got[:n], m.rowsOf(cw, k)[:n])
		for c, v := range m.rowsOf(ws.cached[i+1], k)[n : 2*n] {
			got[c] += v
		}
		around := got
		tb.add(contextFeatures(nil, ws.words, i, ws.left, right, m.verbal, 0), &got)
		if got != want {
			t.Errorf("pass %d, %q: cached scores differ", k+1, toks[i].Form)
		}
		checked++
		if i == 0 || ws.cached[i-1] == nil || i+2 >= len(toks) || ws.cached[i+2] == nil {
			return
		}
		for c, v := range m.rowsOf(ws.cached[i-1], k)[rowPrev*n:][:n] {
			around[c] += v
		}
		for c, v := range m.rowsOf(ws.cached[i+2], k)[rowNext2*n:][:n] {
			around[c] += v
		}
		tb.add(contextFeatures(nil, ws.words, i, ws.left, right, m.verbal, leavePrev|leaveNext2), &around)
		if around != want {
			t.Errorf("pass %d, %q: scores with the rows of the words around differ", k+1, toks[i].Form)
		}
		checked++
	})
	if checked == 0 {
		t.Fatal("no cached word was scored")
	}
}

// TestUPOSRows checks that the UPOS scores of a cached word's row plus
// its context features are those of all its features, for every tag its
// rows hold, at every place of the sentences of cacheText where the
// word stands and the UPOS classifier has a choice.
func TestUPOSRows(t *testing.T) {
	m := decodeDefault(t)
	tagged(m)
	n := len(m.upos)
	ws := new(workspace)
	checked := 0
	for _, s := range cacheText {
		toks := tokens(s)
		m.tagPart(ws, toks, sentenceRepair)
		for i := range toks {
			cw := ws.cached[i]
			if cw == nil {
				continue
			}
			keep := ws.right[i]
			for tags := cw.uposTags; tags != 0; tags &= tags - 1 {
				ws.right[i] = bits.TrailingZeros64(tags)
				row := m.uposRow(cw, ws.right[i])
				if row == nil {
					t.Fatalf("%q tagged %s: no row", toks[i].Form, m.xpos[ws.right[i]])
				}
				var want, got [256]int32
				m.uposTable.add(uposFeatures(nil, ws.words, i, ws.right), &want)
				copy(got[:n], row)
				m.uposTable.add(uposContextFeatures(nil, ws.words, i, ws.right), &got)
				if got != want {
					t.Errorf("%q tagged %s: scores %v, want %v", toks[i].Form, m.xpos[ws.right[i]], got[:n], want[:n])
				}
				checked++
			}
			ws.right[i] = keep
		}
	}
	if checked < 20 {
		t.Errorf("%d rows checked, want at least 20", checked)
	}
	if m.uposRow(nil, 0) != nil {
		t.Error("a row for no word")
	}
}
