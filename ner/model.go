package ner

import (
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/casus-project/casus/model"
)

// labels are the tags a Model predicts, in weight-table order.
var labels = [...]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

const nLabels = len(labels)

// labelIndex returns the index of tag in labels; unknown tags are O.
func labelIndex(tag string) int {
	for i, l := range labels {
		if l == tag {
			return i
		}
	}
	return 0
}

// allowed reports whether label b may follow label a (a == nLabels is the
// sentence start): an I- tag continues a name of its own type.
func allowed(a, b int) bool {
	if b == 0 || b%2 == 1 {
		return true // O or B-
	}
	return a != nLabels && a != 0 && (a == b || a == b-1)
}

// Model is a trained name tagger. It is safe for concurrent use.
type Model struct {
	bits  uint8     // log2 of the number of weight buckets
	w     []float32 // buckets × nLabels emission weights
	trans []float32 // (nLabels+1) × nLabels transition weights; row nLabels is the start
	gaz   gazetteer
	lex   lexicon
	heads lexicon // head-word bits (headOrgLast, ...)
	clus  lexicon // word class + 1 (see learnClusters)
	noDoc bool    // whether to leave out document features
	// fast holds the lookup structures of a loaded model (see fast.go),
	// which has them instead of w, gaz, lex, heads and clus; nil for a
	// model being trained.
	fast *fastTables
	// cache holds the prepared words of a loaded model (see wordCache);
	// nil for a model being trained.
	cache *wordCache
	// scratch holds *decoder values for decode to reuse.
	scratch sync.Pool
	// docs holds *docWords values for tagDocument to reuse.
	docs sync.Pool
}

// docWords is the space tagDocument prepares a document's words in,
// kept between documents: each document's words are needed only while
// it is tagged, and were most of the bytes name finding allocated.
type docWords struct {
	words []word         // every sentence's words, one after another
	wss   [][]word       // each sentence's words, slices of words
	seen  map[uint64]int // newDocContext's counts
	// DocumentEntities' forms and tags of each sentence (slices of
	// strs), and one sentence's labels.
	strs, labels []string
	forms, xpos  [][]string
}

func (m *Model) mask() uint64 { return 1<<m.bits - 1 }

// Tag returns an IOB2 tag for each token. xpos gives the tokens' Penn
// Treebank tags; when it is nil the tokens' own XPOS fields are used, and
// tokens without tags are tagged on their words alone.
func (m *Model) Tag(tokens []model.Token, xpos []string) []string {
	n := len(tokens)
	strs := make([]string, 2*n)
	forms := strs[:n:n]
	own := tokenStrings(tokens, forms, strs[n:])
	if len(xpos) != n {
		xpos = own
	}
	return joinHyphenated(tokens, labelStrings(m.tagForms(forms, xpos, nil)))
}

// tokenStrings sets forms and xpos, each as long as tokens, to the
// tokens' forms and XPOS tags, and returns xpos, or nil when no token has
// a tag: the model then tags the words alone.
func tokenStrings(tokens []model.Token, forms, xpos []string) []string {
	tagged := false
	for k := range tokens {
		t := &tokens[k]
		forms[k], xpos[k] = t.Form, t.XPOS
		tagged = tagged || t.XPOS != ""
	}
	if !tagged {
		return nil
	}
	return xpos
}

// labelStrings returns the tags of label indices.
func labelStrings(ys []int) []string {
	return appendLabels(make([]string, 0, len(ys)), ys)
}

// appendLabels appends the tags of label indices to dst.
func appendLabels(dst []string, ys []int) []string {
	for _, y := range ys {
		dst = append(dst, labels[y])
	}
	return dst
}

// TagDocument returns IOB2 tags for the words of each sentence of one
// document, as TagWords does for one sentence, but with what the other
// sentences say of each word (see the package documentation). xpos may
// be nil, or hold nil for a sentence without part-of-speech tags.
func (m *Model) TagDocument(words, xpos [][]string) [][]string {
	x := make([][]string, len(words))
	for i := range words {
		if i < len(xpos) && len(xpos[i]) == len(words[i]) {
			x[i] = xpos[i]
		}
	}
	ys := m.tagDocument(words, x)
	out := make([][]string, len(ys))
	for i, y := range ys {
		out[i] = labelStrings(y)
	}
	return out
}

// DocumentEntities returns the names in the sentences of one document of
// text, with spans into text, as Entities does for each sentence but with
// what the other sentences say of each word. Tokens' XPOS fields are used
// when they are set.
//
// The words, tags and labels it passes between steps are kept in the
// model's pooled docWords, as tagDocument keeps the prepared words.
func (m *Model) DocumentEntities(text string, sents []model.Sentence) []model.Entity {
	dw := m.docWords()
	defer m.docs.Put(dw)
	total := 0
	for _, s := range sents {
		total += len(s.Tokens)
	}
	strs := slices.Grow(dw.strs[:0], 2*total)[:2*total]
	forms := slices.Grow(dw.forms[:0], len(sents))[:len(sents)]
	xpos := slices.Grow(dw.xpos[:0], len(sents))[:len(sents)]
	dw.strs, dw.forms, dw.xpos = strs, forms, xpos
	// The pool holds no document's strings.
	defer clear(strs)
	defer clear(forms)
	defer clear(xpos)
	for i, s := range sents {
		n := len(s.Tokens)
		f, x := strs[:n:n], strs[n:2*n:2*n]
		strs = strs[2*n:]
		forms[i], xpos[i] = f, tokenStrings(s.Tokens, f, x)
	}
	var out []model.Entity
	for i, ys := range m.tagDocumentIn(dw, forms, xpos) {
		dw.labels = appendLabels(dw.labels[:0], ys)
		out = appendEntities(out, text, sents[i], joinHyphenated(sents[i].Tokens, dw.labels))
	}
	clear(dw.labels)
	return out
}

// joinHyphenated repairs names written as one hyphenated word with a
// particle inside ("Mujahedin-e-Khalq"): a name glued to "-e-Word" takes
// the rest of the word in, and two names separated only by "-", a short
// lower-case particle and "-", with no space anywhere, become one name of
// the second name's type ("Mujahedin" + "Khalq Organization").
func joinHyphenated(tokens []model.Token, tags []string) []string {
	// A name glued to "-particle-Word" takes it in ("Mujahedin-e-Khalq").
	for _, sp := range Spans(tags) {
		e := sp.End
		if e+2 < len(tokens) && tags[e] == "O" && tags[e+1] == "O" &&
			tokens[e].Form == "-" && tokens[e+2].Form == "-" && e+3 < len(tokens) &&
			tokens[e-1].End == tokens[e].Start && tokens[e].End == tokens[e+1].Start &&
			tokens[e+1].End == tokens[e+2].Start && tokens[e+2].End == tokens[e+3].Start &&
			len(tokens[e+1].Form) <= 3 && strings.ToLower(tokens[e+1].Form) == tokens[e+1].Form &&
			tokens[e+3].Form != "" && unicode.IsUpper([]rune(tokens[e+3].Form)[0]) {
			if tags[e+3] == "O" { // else the next name, merged below
				for i := e; i <= e+3; i++ {
					tags[i] = "I-" + sp.Type
				}
			}
		}
	}
	spans := Spans(tags)
	for k := 0; k+1 < len(spans); k++ {
		a, b := spans[k], spans[k+1]
		if b.Start-a.End != 3 {
			continue
		}
		ok := true
		for i := a.End - 1; i < b.Start && ok; i++ {
			ok = tokens[i].End == tokens[i+1].Start
		}
		for i := a.End; i < b.Start && ok; i++ {
			f := tokens[i].Form
			ok = f == "-" || len(f) <= 3 && strings.ToLower(f) == f
		}
		if !ok || tokens[a.End].Form != "-" || tokens[b.Start-1].Form != "-" {
			continue
		}
		for i := a.Start; i < b.End; i++ {
			tags[i] = "I-" + b.Type
		}
		tags[a.Start] = "B-" + b.Type
		spans[k+1] = Span{Start: a.Start, End: b.End, Type: b.Type}
	}
	return tags
}

// TagWords returns an IOB2 tag for each word, as Tag does for tokens;
// xpos may be nil. It suits IOB2 and CoNLL-U input, whose words are given.
func (m *Model) TagWords(words, xpos []string) []string {
	if len(xpos) != len(words) {
		xpos = nil
	}
	return labelStrings(m.tagForms(words, xpos, nil))
}

// tagForms returns label indices for the words with their part-of-speech
// tags (nil if unknown); ws is scratch space.
func (m *Model) tagForms(forms, xpos []string, ws []word) []int {
	ws = m.prepare(forms, xpos, ws)
	var dc *docContext
	if !m.noDoc {
		dc = newDocContext([][]word{ws}, nil)
	}
	y := m.decode(ws, dc, 0)
	fillNames([][]word{ws}, [][]int{y})
	return y
}

// tagSentences is tagDocument over the words and tags of one
// document's sentences (see Documents).
func (m *Model) tagSentences(doc []*Sentence) [][]int {
	forms := make([][]string, len(doc))
	xpos := make([][]string, len(doc))
	for i, s := range doc {
		forms[i], xpos[i] = s.Words(), s.xpos
	}
	return m.tagDocument(forms, xpos)
}

// tagDocument returns label indices for the words of each sentence of a
// document, with their part-of-speech tags (xpos may be nil, or hold nil
// for a sentence).
func (m *Model) tagDocument(forms, xpos [][]string) [][]int {
	dw := m.docWords()
	defer m.docs.Put(dw)
	return m.tagDocumentIn(dw, forms, xpos)
}

// docWords returns a docWords from the model's pool, or a new one; the
// caller puts it back.
func (m *Model) docWords() *docWords {
	if dw, _ := m.docs.Get().(*docWords); dw != nil {
		return dw
	}
	return new(docWords)
}

// tagDocumentIn is tagDocument preparing the words in dw.
func (m *Model) tagDocumentIn(dw *docWords, forms, xpos [][]string) [][]int {
	total := 0
	for _, f := range forms {
		total += len(f)
	}
	// Cleared, so that each document's words start zero, as newly
	// allocated ones did.
	all := slices.Grow(dw.words[:0], total)[:total]
	clear(all)
	dw.words = all
	wss := slices.Grow(dw.wss[:0], len(forms))[:len(forms)]
	dw.wss = wss
	defer clear(wss) // holds no document's words while pooled
	for si, f := range forms {
		var x []string
		if si < len(xpos) {
			x = xpos[si]
		}
		wss[si] = m.prepare(f, x, all[:0:len(f)])
		all = all[len(f):]
	}
	var dc *docContext
	if !m.noDoc {
		clear(dw.seen)
		if dw.seen == nil {
			dw.seen = make(map[uint64]int)
		}
		dc = newDocContext(wss, dw.seen)
	}
	out := make([][]int, len(wss))
	for si, ws := range wss {
		out[si] = m.decode(ws, dc, si)
	}
	fillNames(wss, out)
	return out
}

// decode returns the best label indices for the prepared words of
// sentence si of a document (dc nil when there is no document).
func (m *Model) decode(ws []word, dc *docContext, si int) []int {
	d, _ := m.scratch.Get().(*decoder)
	if d == nil {
		d = new(decoder)
	}
	defer m.scratch.Put(d)
	d.own = fillTypeFeats(ws, d.own, m.fast)
	d.scores = slices.Grow(d.scores[:0], len(ws)*nLabels)[:len(ws)*nLabels]
	clear(d.scores)
	scores := d.scores
	feats := d.feats
	if m.fast != nil {
		// The rows of every token's features are found (and read)
		// first, then added up: see packed.rowsOf.
		mask := m.mask()
		d.offs = d.offs[:0]
		d.ends = slices.Grow(d.ends[:0], len(ws))[:len(ws)]
		var touch float32
		for i := range ws {
			var t, u float32
			d.offs, t = m.fast.rows(ws, i, d.offs)
			feats = dc.features(ws, si, i, feats[:0])
			d.offs, u = m.fast.w.rowsOf(d.offs, feats, mask)
			touch += t + u
			d.ends[i] = len(d.offs)
		}
		d.touch = touch
		start := 0
		for i, end := range d.ends {
			m.fast.w.sum((*[nLabels]float32)(scores[i*nLabels:]), d.offs[start:end])
			start = end
		}
	} else {
		for i := range ws {
			feats = features(ws, i, feats[:0])
			feats = dc.features(ws, si, i, feats)
			s := (*[nLabels]float32)(scores[i*nLabels:])
			for _, f := range feats {
				b := int(f&m.mask()) * nLabels
				row := m.w[b : b+nLabels]
				for y := range s {
					s[y] += row[y]
				}
			}
		}
	}
	d.feats = feats
	// The words filled from d.own must not keep it: the next decode
	// reuses it.
	for i := range ws {
		if w := &ws[i]; w.fxTemp {
			w.fx, w.fxTemp = nil, false
		}
	}
	return d.viterbi(scores, m.trans, len(ws), make([]int, len(ws)))
}

// decoder is the scratch space of decode, kept between sentences so
// that decoding one allocates only its result.
type decoder struct {
	scores []float32
	feats  []uint64
	offs   []int32 // the rows of the sentence's features (see packed.rowsOf)
	ends   []int   // where each token's rows end in offs
	touch  float32 // what rowsOf read, kept so that its reads are made
	delta  []float32
	back   []uint8
	own    []typeFeats // the typeFeats of the words the cache does not hold
}

// fillTypeFeats sets the typeFeats of the words of ws that have none
// (those prepare did not find in the cache), in buf, which it grows and
// returns: the words keep pointers into it. With fast tables f (nil for
// none) they are refs, as fastTables.rows reads them (see
// fastTables.resolve).
func fillTypeFeats(ws []word, buf []typeFeats, f *fastTables) []typeFeats {
	n := 0
	for i := range ws {
		if ws[i].fx == nil {
			n++
		}
	}
	if n == 0 {
		return buf
	}
	buf = slices.Grow(buf[:0], n)[:n]
	k := 0
	for i := range ws {
		if w := &ws[i]; w.fx == nil {
			setTypeFeats(&buf[k], w)
			if f != nil {
				f.resolve(&buf[k])
			}
			w.fx, w.fxTemp = &buf[k], true
			k++
		}
	}
	return buf
}

// prepare describes each word, looks it up in the lexicon and marks
// gazetteer matches.
//
// A word the model's word cache holds is copied from it, its typeFeats
// with it; the others are described and looked up here, and their
// typeFeats left to fillTypeFeats (w.fx nil), unless they are cached now.
func (m *Model) prepare(forms, xpos []string, ws []word) []word {
	ws = slices.Grow(ws[:0], len(forms))[:len(forms)]
	for i, f := range forms {
		w := &ws[i]
		var cw *cachedWord
		if m.cache != nil {
			cw = m.cache.Get(hashString(f), f)
		}
		if cw != nil {
			*w = cw.w
		} else {
			describe(f, w)
			h := phraseStep(phraseOffset, w.lower)
			w.h1 = h
			if m.fast != nil {
				wi, _ := m.fast.words.get(h)
				w.lex, w.heads, w.clus = wi.lex, wi.head, wi.clus
				w.gz1, w.gz1OK = wi.gaz, wi.gaz != 0
			} else {
				w.lex, w.heads, w.clus = m.lex[h], m.heads[h], m.clus[h]
			}
			w.fx, w.fxTemp = nil, false
			if m.cache != nil {
				remember(m.cache, m.fast, f, w)
			}
		}
		w.pos = 0
		if i < len(xpos) && xpos[i] != "" {
			w.pos = hashString(xpos[i])
		}
	}
	if m.fast != nil {
		m.fast.mark(ws)
	} else {
		m.gaz.mark(ws)
	}
	sc := sentenceCase(ws)
	for i := range ws {
		ws[i].sent = sc
	}
	return ws
}

// viterbi returns the best label sequence under emission scores (n ×
// nLabels) and transition weights, obeying allowed.
func viterbi(scores, trans []float32, n int) []int {
	var d decoder
	return d.viterbi(scores, trans, n, make([]int, n))
}

// viterbi is viterbi with d's scratch space; it fills out (n labels)
// and returns it. Of the transitions into each label it tries only
// those allowed permits, in increasing order of the label before, so
// that ties go the same way as trying them all.
func (d *decoder) viterbi(scores, trans []float32, n int, out []int) []int {
	if n == 0 {
		return out[:0]
	}
	const neg = -math.MaxFloat32
	d.delta = slices.Grow(d.delta[:0], n*nLabels)[:n*nLabels]
	d.back = slices.Grow(d.back[:0], n*nLabels)[:n*nLabels]
	delta, back := d.delta, d.back
	trans = trans[:(nLabels+1)*nLabels]
	first := (*[nLabels]float32)(delta)
	for y := range first {
		if allowed(nLabels, y) {
			first[y] = scores[y] + trans[nLabels*nLabels+y]
		} else {
			first[y] = neg
		}
	}
	// tt[y][a] is the weight of label y after label a.
	var tt [nLabels][nLabels]float32
	for a := range nLabels {
		for y := range nLabels {
			tt[y][a] = trans[a*nLabels+y]
		}
	}
	for i := 1; i < n; i++ {
		prev := (*[nLabels]float32)(delta[(i-1)*nLabels:])
		cur := (*[nLabels]float32)(delta[i*nLabels:])
		sc := (*[nLabels]float32)(scores[i*nLabels:])
		bk := (*[nLabels]uint8)(back[i*nLabels:])
		for y := range cur {
			col := &tt[y]
			best, arg := float32(neg), 0
			if y != 0 && y%2 == 0 {
				// Only B- and I- of its own type come before an I-
				// label (see allowed).
				best, arg = better(best, arg, prev[y-1], col[y-1], y-1)
				best, arg = better(best, arg, prev[y], col[y], y)
			} else {
				// Any label comes before O and B- labels. (Written
				// out: the compiler keeps a loop's counter on the
				// stack here.)
				best, arg = better(best, arg, prev[0], col[0], 0)
				best, arg = better(best, arg, prev[1], col[1], 1)
				best, arg = better(best, arg, prev[2], col[2], 2)
				best, arg = better(best, arg, prev[3], col[3], 3)
				best, arg = better(best, arg, prev[4], col[4], 4)
				best, arg = better(best, arg, prev[5], col[5], 5)
				best, arg = better(best, arg, prev[6], col[6], 6)
				best, arg = better(best, arg, prev[7], col[7], 7)
				best, arg = better(best, arg, prev[8], col[8], 8)
			}
			if best == neg {
				cur[y] = neg
			} else {
				cur[y] = best + sc[y]
			}
			bk[y] = uint8(arg)
		}
	}
	out = out[:n]
	best, arg := float32(neg), 0
	last := (*[nLabels]float32)(delta[(n-1)*nLabels:])
	for y, v := range last {
		if v > best {
			best, arg = v, y
		}
	}
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(back[i*nLabels+out[i]])
	}
	return out
}

// better returns the score p + t of coming from label a, whose best
// score is p, and a, when a is reachable (p is not -MaxFloat32) and
// that score beats best; else best and arg.
func better(best float32, arg int, p, t float32, a int) (float32, int) {
	if p != -math.MaxFloat32 {
		if v := p + t; v > best {
			return v, a
		}
	}
	return best, arg
}

// Kinds maps tag types to model entity kinds.
var kinds = map[string]string{"PER": model.Person, "ORG": model.Organization, "LOC": model.Location, "MISC": model.Misc}

// Entities returns the names in sentence s of text, with spans into text.
func (m *Model) Entities(text string, s model.Sentence) []model.Entity {
	return appendEntities(nil, text, s, m.Tag(s.Tokens, nil))
}

// appendEntities appends the names that tags mark in sentence s of text.
func appendEntities(out []model.Entity, text string, s model.Sentence, tags []string) []model.Entity {
	for _, sp := range Spans(tags) {
		a, b := s.Tokens[sp.Start].Start, s.Tokens[sp.End-1].End
		if a < 0 || b > len(text) || a > b {
			continue
		}
		out = append(out, model.Entity{
			Span: model.Span{Start: a, End: b},
			Text: text[a:b],
			Kind: kinds[sp.Type],
		})
	}
	return out
}

// Span is a name in a tag sequence: tokens [Start, End) of Type ("PER").
type Span struct {
	Start, End int
	Type       string
}

// Spans returns the names in an IOB2 tag sequence. An I- tag that does not
// continue a name of its type starts one.
func Spans(tags []string) []Span {
	var out []Span
	for i := 0; i < len(tags); {
		t := tags[i]
		if len(t) < 3 || (t[:2] != "B-" && t[:2] != "I-") {
			i++
			continue
		}
		typ := t[2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		out = append(out, Span{Start: i, End: j, Type: typ})
		i = j
	}
	return out
}
