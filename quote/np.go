package quote

import (
	"unicode/utf8"

	"github.com/casus-project/casus/model"

	"github.com/casus-project/casus/internal/runes"
)

// A word is a token of the text, with hyphenated compounds joined
// ("Jean-Pierre", "al-Burhan").
type word struct {
	s          string
	lower      string
	start, end int
	sent       int // sentence index
	cap        bool
	mark       bool // a quotation mark
	// cls and lowerCls are the classes of s and of lower (see wordClass).
	cls, lowerCls wordClass
}

func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return runes.IsUpper(r)
}

func isPunct(s string) bool {
	for _, r := range s {
		if runes.IsLetter(r) || runes.IsDigit(r) {
			return false
		}
	}
	return true
}

// words flattens the sentences' tokens into words, joining tokens glued
// by a hyphen, and returns the word range of each sentence. low is
// asciiLower(text).
func words(text, low string, sents []model.Sentence) ([]word, [][2]int) {
	n := 0
	for _, s := range sents {
		n += len(s.Tokens)
	}
	ws := make([]word, 0, n) // at most one word a token
	ranges := make([][2]int, len(sents))
	for si, s := range sents {
		first := len(ws)
		toks := s.Tokens
		for i := 0; i < len(toks); i++ {
			t := toks[i]
			if t.Start < 0 || t.End > len(text) || t.Start >= t.End {
				continue
			}
			a, b := t.Start, t.End
			// Join X - Y when glued: "Jean-Pierre", "Amir-Abdollahian".
			for i+2 < len(toks) && toks[i+1].Start == b && text[toks[i+1].Start:toks[i+1].End] == "-" &&
				toks[i+2].Start == toks[i+1].End && toks[i+2].End <= len(text) && toks[i+2].Start < toks[i+2].End &&
				!isPunct(text[toks[i+2].Start:toks[i+2].End]) && !isPunct(text[a:b]) {
				b = toks[i+2].End
				i += 2
			}
			f := text[a:b]
			r, size := utf8.DecodeRuneInString(f)
			lower := lowerOf(text, low, a, b)
			cls := wordClasses[f]
			lowerCls := cls
			if lower != f {
				lowerCls = wordClasses[lower]
			}
			ws = append(ws, word{s: f, lower: lower, start: a, end: b, sent: si,
				cap: runes.IsUpper(r), mark: size == len(f) && isMark(r), cls: cls, lowerCls: lowerCls})
		}
		ranges[si] = [2]int{first, len(ws)}
	}
	return ws, ranges
}

// asciiLower returns s with its ASCII capitals lower-cased and every other
// byte as it is, so that offsets into s hold in it.
func asciiLower(s string) string {
	k := 0
	for k < len(s) && !('A' <= s[k] && s[k] <= 'Z') {
		k++
	}
	if k == len(s) {
		return s
	}
	b := []byte(s)
	for i := k; i < len(b); i++ {
		if c := b[i]; 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// lowerOf returns strings.ToLower(text[a:b]), taken from low (text's
// asciiLower) when the bytes are ASCII, whose lower case is low's.
func lowerOf(text, low string, a, b int) string {
	for i := a; i < b; i++ {
		if text[i] >= utf8.RuneSelf {
			return runes.Lower(text[a:b])
		}
	}
	return low[a:b]
}

// isPossessive reports whether w is a possessive clitic.
func isPossessive(w *word) bool {
	switch w.s {
	case "'s", "’s", "'", "’":
		return true
	}
	return false
}

var connectors = set(`of in at to and for from on`)

// npish reports whether ws[i] may belong to a speaker's noun phrase.
// Connectors count only when the next word does.
func npish(ws []word, i, hi int) bool {
	w := &ws[i]
	switch {
	case w.mark:
		return false
	case w.cap && !w.in(prepositionsClass) && !w.lowerIn(clauseStopsClass):
		return true
	case w.cap && (w.s == "The" || w.s == "A" || w.s == "An"):
		return true
	case isPossessive(w):
		return i > 0
	case w.in(determinersClass), w.lowerIn(descriptorsClass):
		return true
	case w.s == "&":
		return true
	case w.in(particlesClass):
		return i+1 < hi && (ws[i+1].cap || ws[i+1].in(particlesClass))
	case w.in(connectorsClass):
		if w.s == "on" {
			return false
		}
		if i+1 < hi {
			n := &ws[i+1]
			return (n.cap && !n.mark) || n.in(determinersClass) || n.lowerIn(descriptorsClass)
		}
	}
	return false
}

// chunkBack returns the start of the noun phrase that ends just before
// end, scanning no further left than lo.
func chunkBack(ws []word, lo, end int) int {
	s := end
	for s > lo && npish(ws, s-1, end) {
		s--
	}
	for s < end && (ws[s].in(connectorsClass) || isPossessive(&ws[s])) {
		s++
	}
	return s
}

// chunkFwd returns the end of the noun phrase that starts at a.
func chunkFwd(ws []word, a, hi int) int {
	e := a
	for e < hi && npish(ws, e, hi) {
		e++
	}
	for e > a && (ws[e-1].in(connectorsClass) || ws[e-1].in(determinersClass)) {
		e--
	}
	return e
}

// nameRun reports whether ws[a:b] is a bare proper name: capitalised
// words only (with name particles), no organisation words.
func nameRun(ws []word, a, b int) bool {
	if b-a < 1 || b-a > 5 {
		return false
	}
	for i := a; i < b; i++ {
		w := &ws[i]
		if w.in(orgWordsClass) || w.in(titlesClass) {
			return false
		}
		if !w.cap && !w.in(particlesClass) {
			return false
		}
	}
	return ws[a].cap && ws[b-1].cap
}

var particles = set(`al bin ibn von der de van da del el la le di dos`)

// np is a speaker's noun phrase: the words [a, b) and, when an appositive
// gives the name of a described speaker, that name's words.
type np struct {
	a, b int
}

func (n np) empty() bool { return n.a >= n.b }

// backNP finds the subject of the verb at v: the noun phrase before it,
// skipping adverbials ("on Sunday") and appositives between commas. lo is
// the first word it may use. An empty np means the words before v are not
// a noun phrase (a coordinated verb: "... and said").
func backNP(ws []word, lo, v int) np {
	i := v
	for i > lo && ws[i-1].in(trailingSkipClass) {
		i--
	}
	if i > lo && (ws[i-1].in(personPronounsClass) || ws[i-1].in(thingPronounsClass)) {
		return np{i - 1, i}
	}
	var appos []np
	for i > lo && ws[i-1].s == "," {
		j := i - 2
		for j >= lo && ws[j].s != "," && ws[j].s != ":" && ws[j].s != ";" && i-j < 20 {
			j--
		}
		if j < lo || ws[j].s != "," {
			break
		}
		appos = append(appos, np{j + 1, i - 1})
		i = j
	}
	s := chunkBack(ws, lo, i)
	head := np{s, i}
	if head.empty() {
		return head
	}
	// A described speaker named in an appositive: "Hungary's foreign
	// minister, Péter Szijjártó, said".
	if !nameRun(ws, head.a, head.b) {
		for k := len(appos) - 1; k >= 0; k-- {
			if ap := appos[k]; nameRun(ws, ap.a, ap.b) {
				return ap
			}
		}
	}
	// The chunk may itself be the appositive of a description before it:
	// "The RSF's commander, Mohamed Hamdan Dagalo, known as ..., said".
	return head
}

// fwdNP finds the noun phrase that starts the clause at a (used for the
// subject of a coordinated or participial verb), skipping an opening
// adverbial ("In Washington, ...") and preferring an appositive name.
func fwdNP(ws []word, a, hi int) np {
	if a < hi && ws[a].in(prepositionsClass) {
		j := a
		for j < hi && ws[j].s != "," && j-a < 15 {
			j++
		}
		if j < hi && ws[j].s == "," {
			a = j + 1
		}
	}
	e := chunkFwd(ws, a, hi)
	head := np{a, e}
	if e < hi && ws[e].s == "," && !nameRun(ws, a, e) {
		j := e + 1
		for j < hi && ws[j].s != "," && j-e < 6 {
			j++
		}
		if j < hi && ws[j].s == "," && nameRun(ws, e+1, j) {
			return np{e + 1, j}
		}
	}
	return head
}

// afterNP finds a speaker named after the verb: said an oil analyst in
// Bogotá; said the EU's enlargement commissioner, Olivér Várhelyi.
func afterNP(ws []word, a, hi int) np {
	e := a
	for e < hi {
		w := &ws[e]
		if w.s == "," || w.s == "." || w.s == ";" || w.s == ":" || w.mark || w.s == "who" || w.s == "which" || w.s == "that" {
			break
		}
		if !w.cap && w.lowerIn(clauseStopsClass) && !(w.in(connectorsClass) && npish(ws, e, hi)) {
			break
		}
		e++
	}
	head := np{a, e}
	if e < hi && ws[e].s == "," && !nameRun(ws, a, e) {
		j := e + 1
		for j < hi && ws[j].s != "," && ws[j].s != "." && j-e < 6 {
			j++
		}
		if nameRun(ws, e+1, j) {
			return np{e + 1, j}
		}
	}
	return head
}
