package parse

import (
	"bufio"
	"bytes"
	"io"

	"github.com/casus-project/casus/conllu"
	"github.com/casus-project/casus/wordclass"
)

// Hash seeds of word-class features.
const (
	hClass   uint64 = 0x510e527fade682d1 // seed of class path hashes
	hUnknown uint64 = 0x9b05688c2b3e6c1f // a word without a class
)

// Word-class prefix lengths, in bits, that features read besides the
// whole path (after Koo, Carreras and Collins 2008).
const (
	shortPrefix = 4
	longPrefix  = 6
)

// lexicon maps words to hierarchical word classes learnt from unlabelled
// text (package wordclass) and holds the hashes that features read.
type lexicon struct {
	words []string // normalised forms (see normForm), for saving
	class []uint16 // class of words[i]
	paths []string // bit string of each class
	// raw, if not nil, holds words and class encoded as in the flat
	// format, in place of them (see list).
	raw []byte

	// keys and vals are an open-addressing table from the wordHash of
	// each word to its class: a word's slot is the first from
	// slotOf(hash) on (wrapping around) whose key is its hash or whose
	// value is 0 (empty); a value is the class plus one. Its length is
	// a power of two, and some slot is empty.
	keys []uint64
	vals []uint16
	// hash[c] holds the hashes of class c's short prefix, long prefix and
	// whole path; hash[len(paths)] those of words without a class.
	hash [][3]uint64
}

// newLexicon indexes words, whose classes index paths. Of words with
// the same hash, the last one's class counts.
func newLexicon(words []string, class []uint16, paths []string) *lexicon {
	x := &lexicon{words: words, class: class, paths: paths}
	n := 2
	for n < 2*len(words) {
		n *= 2
	}
	x.keys, x.vals = make([]uint64, n), make([]uint16, n)
	for i, w := range words {
		h := wordHash(w)
		j := x.slot(h)
		x.keys[j], x.vals[j] = h, class[i]+1
	}
	x.hashPaths()
	return x
}

// hashPaths fills x.hash from x.paths.
func (x *lexicon) hashPaths() {
	ph := func(p string, n int) uint64 {
		p = wordclass.Prefix(p, n)
		h := hClass ^ uint64(n)
		for i := 0; i < len(p); i++ {
			h ^= uint64(p[i])
			h *= prime64
		}
		return h
	}
	x.hash = make([][3]uint64, len(x.paths)+1)
	for c, p := range x.paths {
		x.hash[c] = [3]uint64{ph(p, shortPrefix), ph(p, longPrefix), ph(p, len(p)+1000)}
	}
	x.hash[len(x.paths)] = [3]uint64{hUnknown, hUnknown, hUnknown}
}

// slot returns the slot of the word table that holds, or would hold,
// the word of hash h.
func (x *lexicon) slot(h uint64) int {
	mask := len(x.keys) - 1
	j := int((h*0x9e3779b97f4a7c15)>>32) & mask
	for x.vals[j] != 0 && x.keys[j] != h {
		j = (j + 1) & mask
	}
	return j
}

// lookup returns the class hashes of a word by its wordHash.
func (x *lexicon) lookup(h uint64) *[3]uint64 {
	if v := x.vals[x.slot(h)]; v != 0 {
		return &x.hash[v-1]
	}
	return &x.hash[len(x.paths)]
}

// list returns the words and their classes, decoding x.raw if the
// lexicon was loaded from a flat file.
func (x *lexicon) list() ([]string, []uint16, error) {
	if x.raw == nil {
		return x.words, x.class, nil
	}
	d := &decoder{r: bufio.NewReader(bytes.NewReader(x.raw))}
	n := int(d.uv("word count", uint64(len(x.raw))))
	words, class := make([]string, 0, n), make([]uint16, 0, n)
	for range n {
		words = append(words, string(d.bytes("word", int(d.uv("word length", 1<<12)))))
		class = append(class, uint16(d.uv("word class", uint64(max(len(x.paths)-1, 0)))))
		if d.err != nil {
			return nil, nil, d.err
		}
	}
	if _, err := d.r.ReadByte(); err != io.EOF && d.err == nil {
		d.fail("trailing data after words")
	}
	return words, class, d.err
}

// learnLexicon learns n word classes from the forms of sents and the
// tokens of more, words seen at least twice, and returns nil if there are
// none.
func learnLexicon(n int, sents []*conllu.Sentence, more [][]string) *lexicon {
	text := make([][]string, 0, len(sents)+len(more))
	for _, s := range sents {
		ws := make([]string, len(s.Words))
		for i, w := range s.Words {
			ws[i] = normForm(w.Form)
		}
		text = append(text, ws)
	}
	for _, s := range more {
		ws := make([]string, len(s))
		for i, w := range s {
			ws[i] = normForm(w)
		}
		text = append(text, ws)
	}
	got := wordclass.Hierarchy(text, wordclass.Config{Classes: n, MinCount: 2, Passes: 20})
	if len(got) == 0 {
		return nil
	}
	paths := make([]string, n)
	words := make([]string, len(got))
	class := make([]uint16, len(got))
	for i, w := range got {
		words[i], class[i] = w.Form, uint16(w.Class)
		paths[w.Class] = w.Path
	}
	return newLexicon(words, class, paths)
}

// normForm returns form as wordHash sees it: ASCII letters lowercased and
// digits mapped to 0.
func normForm(form string) string {
	b := []byte(form)
	for i, c := range b {
		switch {
		case 'A' <= c && c <= 'Z':
			b[i] = c + 'a' - 'A'
		case '0' <= c && c <= '9':
			b[i] = '0'
		}
	}
	return string(b)
}
