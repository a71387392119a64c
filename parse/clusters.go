package parse

import (
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

	byHash map[uint64]uint16 // wordHash -> class
	// hash[c] holds the hashes of class c's short prefix, long prefix and
	// whole path; hash[len(paths)] those of words without a class.
	hash [][3]uint64
}

// newLexicon indexes words, whose classes index paths.
func newLexicon(words []string, class []uint16, paths []string) *lexicon {
	x := &lexicon{words: words, class: class, paths: paths,
		byHash: make(map[uint64]uint16, len(words)), hash: make([][3]uint64, len(paths)+1)}
	for i, w := range words {
		x.byHash[wordHash(w)] = class[i]
	}
	ph := func(p string, n int) uint64 {
		p = wordclass.Prefix(p, n)
		h := hClass ^ uint64(n)
		for i := 0; i < len(p); i++ {
			h ^= uint64(p[i])
			h *= prime64
		}
		return h
	}
	for c, p := range paths {
		x.hash[c] = [3]uint64{ph(p, shortPrefix), ph(p, longPrefix), ph(p, len(p)+1000)}
	}
	x.hash[len(paths)] = [3]uint64{hUnknown, hUnknown, hUnknown}
	return x
}

// lookup returns the class hashes of a word by its wordHash.
func (x *lexicon) lookup(h uint64) *[3]uint64 {
	if c, ok := x.byHash[h]; ok {
		return &x.hash[c]
	}
	return &x.hash[len(x.paths)]
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
