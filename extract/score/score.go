package score

import (
	"math"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// N is the shingle length the benchmark uses.
const N = 4

// Counts are one page's shingle matches. After Page they are normalised
// so that TP+FP+FN is 1 (or all are 0 when both texts have no tokens).
type Counts struct{ TP, FP, FN float64 }

// Precision returns the page's precision: 1 when FP and FN are both
// zero, 0 when TP and FP are both zero, else TP/(TP+FP).
func (c Counts) Precision() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FP == 0:
		return 0
	}
	return c.TP / (c.TP + c.FP)
}

// Recall returns the page's recall, with the same edge cases as
// Precision.
func (c Counts) Recall() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FN == 0:
		return 0
	}
	return c.TP / (c.TP + c.FN)
}

// isWord reports whether r matches Python's Unicode \w: a letter, a
// number or the underscore.
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// Tokens splits s into maximal runs of word characters (\w+). Invalid
// UTF-8 bytes are not word characters.
func Tokens(s string) []string {
	var toks []string
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		w := isWord(r) && !(r == utf8.RuneError && size == 1)
		switch {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			toks = append(toks, s[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		toks = append(toks, s[start:])
	}
	return toks
}

// Shingles counts the n-token shingles of s. A text with at least one
// but fewer than n tokens has one shingle of all its tokens; a text with
// no tokens has none. Keys join tokens with NUL, which no token holds.
func Shingles(s string, n int) map[string]int {
	toks := Tokens(s)
	m := make(map[string]int)
	if len(toks) == 0 {
		return m
	}
	if len(toks) < n {
		m[strings.Join(toks, "\x00")]++
		return m
	}
	for i := 0; i+n <= len(toks); i++ {
		m[strings.Join(toks[i:i+n], "\x00")]++
	}
	return m
}

// Page compares a predicted body with the gold one and returns the
// normalised counts.
func Page(predicted, gold string) Counts {
	ps, gs := Shingles(predicted, N), Shingles(gold, N)
	var c Counts
	for k, g := range gs {
		p := ps[k]
		c.TP += float64(min(p, g))
		c.FN += float64(max(0, g-p))
	}
	for k, p := range ps {
		c.FP += float64(max(0, p-gs[k]))
	}
	if s := c.TP + c.FP + c.FN; s > 0 {
		c.TP, c.FP, c.FN = c.TP/s, c.FP/s, c.FN/s
	}
	return c
}

// Exact reports whether the two texts have the same token list.
func Exact(predicted, gold string) bool {
	a, b := Tokens(predicted), Tokens(gold)
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// PageScore is one page's result.
type PageScore struct {
	ID     string
	Counts Counts
	// Exact reports an exact token-list match with the gold body.
	Exact bool
}

// Score scores one page.
func Score(id, predicted, gold string) PageScore {
	return PageScore{ID: id, Counts: Page(predicted, gold), Exact: Exact(predicted, gold)}
}

// Result is the benchmark's summary over a set of pages.
type Result struct {
	Precision, Recall, F1 float64
	// Accuracy is the share of pages whose tokens match the gold exactly.
	Accuracy float64
	Pages    int
}

// Summarize averages precision over pages with TP+FP > 0 and recall over
// pages with TP+FN > 0, and returns F1 of the two averages. An average
// over no pages is 0.
func Summarize(pages []PageScore) Result {
	r := Result{Pages: len(pages)}
	var np, nr, exact int
	for _, p := range pages {
		c := p.Counts
		if c.TP+c.FP > 0 {
			r.Precision += c.Precision()
			np++
		}
		if c.TP+c.FN > 0 {
			r.Recall += c.Recall()
			nr++
		}
		if p.Exact {
			exact++
		}
	}
	if np > 0 {
		r.Precision /= float64(np)
	}
	if nr > 0 {
		r.Recall /= float64(nr)
	}
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	if len(pages) > 0 {
		r.Accuracy = float64(exact) / float64(len(pages))
	}
	return r
}

// Bootstrap resamples pages n times with rng and returns 1.96 standard
// deviations of each figure, as the benchmark's ± values.
func Bootstrap(pages []PageScore, n int, rng *rand.Rand) Result {
	if len(pages) == 0 || n < 2 {
		return Result{}
	}
	var sum, sq Result
	sample := make([]PageScore, len(pages))
	for range n {
		for i := range sample {
			sample[i] = pages[rng.IntN(len(pages))]
		}
		r := Summarize(sample)
		sum.Precision += r.Precision
		sum.Recall += r.Recall
		sum.F1 += r.F1
		sum.Accuracy += r.Accuracy
		sq.Precision += r.Precision * r.Precision
		sq.Recall += r.Recall * r.Recall
		sq.F1 += r.F1 * r.F1
		sq.Accuracy += r.Accuracy * r.Accuracy
	}
	sd := func(s, q float64) float64 {
		fn := float64(n)
		v := (q - s*s/fn) / (fn - 1)
		return 1.96 * math.Sqrt(max(v, 0))
	}
	return Result{
		Precision: sd(sum.Precision, sq.Precision),
		Recall:    sd(sum.Recall, sq.Recall),
		F1:        sd(sum.F1, sq.F1),
		Accuracy:  sd(sum.Accuracy, sq.Accuracy),
		Pages:     len(pages),
	}
}
