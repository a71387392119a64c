package segment

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/casus-project/casus/conllu"
	"github.com/casus-project/casus/metric"
)

// PRF counts gold, predicted and correct items and gives precision,
// recall and F1.
type PRF = metric.PRF

// Scores are the splitter's and tokenizer's scores against a treebank.
type Scores struct {
	// Documents and Sentences count what was read.
	Documents, Sentences int
	// Boundaries scores sentence ends as byte offsets into each document's
	// reconstructed text, except the end of the document itself.
	Boundaries PRF
	// Inner scores only the ends that are not also paragraph ends (the
	// ones a line break does not give away).
	Inner PRF
	// Tokens scores token spans, exact start and end, tokenizing each gold
	// sentence's text on its own.
	Tokens PRF
	// Unaligned counts sentences whose words could not be found in their
	// text; they are left out of Tokens.
	Unaligned int
}

// EvaluateConllu scores Sentences and Tokens against the CoNLL-U treebank
// read from r. Each document (a "# newdoc" comment) is rebuilt as casus
// would see it: the "# text" of its sentences, joined by a space inside a
// paragraph and by "\n" between paragraphs ("# newpar" comments).
func EvaluateConllu(r io.Reader) (Scores, error) { return evaluate(r, nil) }

// evaluate is EvaluateConllu; it writes each error to debug if not nil.
func evaluate(r io.Reader, debug io.Writer) (Scores, error) {
	var (
		sc    Scores
		sg    Segmenter
		doc   strings.Builder
		ends  []int  // gold sentence ends in doc
		inner []bool // whether ends[k] is inside a paragraph
		npar  bool   // the next sentence starts a paragraph
	)
	flush := func() {
		if doc.Len() == 0 {
			return
		}
		sc.Documents++
		text := doc.String()
		scoreBoundaries(&sc, &sg, text, ends, inner, debug)
		doc.Reset()
		ends, inner = ends[:0], inner[:0]
	}
	cr := conllu.NewReader(r)
	for {
		s, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return sc, fmt.Errorf("segment: evaluate: %w", err)
		}
		for _, c := range s.Comments {
			switch {
			case c == "newdoc" || strings.HasPrefix(c, "newdoc "):
				flush()
				npar = true
			case c == "newpar" || strings.HasPrefix(c, "newpar "):
				npar = true
			}
		}
		text := s.RawText()
		if text == "" {
			continue
		}
		sc.Sentences++
		if doc.Len() > 0 {
			if npar {
				doc.WriteByte('\n')
			} else {
				doc.WriteByte(' ')
				inner[len(inner)-1] = true
			}
		}
		npar = false
		doc.WriteString(text)
		ends = append(ends, doc.Len())
		inner = append(inner, false)
		scoreTokens(&sc, s, text, debug)
	}
	flush()
	return sc, nil
}

func scoreBoundaries(sc *Scores, sg *Segmenter, text string, ends []int, inner []bool, debug io.Writer) {
	gold := make(map[int]bool, len(ends))
	for k, e := range ends[:len(ends)-1] { // the document's end is given
		gold[e] = true
		sc.Boundaries.Gold++
		if inner[k] {
			sc.Inner.Gold++
		}
	}
	sents := sg.Sentences(text)
	if debug != nil {
		pred := make(map[int]bool)
		for _, s := range sents {
			pred[s.End] = true
		}
		for k, e := range ends[:len(ends)-1] {
			if !pred[e] {
				fmt.Fprintf(debug, "MISS inner=%v %q|%q\n", inner[k], text[max(e-60, 0):e], text[e:min(e+40, len(text))])
			}
		}
		for _, s := range sents[:max(len(sents)-1, 0)] {
			if !gold[s.End] {
				e := s.End
				fmt.Fprintf(debug, "FALSE %q|%q\n", text[max(e-60, 0):e], text[e:min(e+40, len(text))])
			}
		}
	}
	for _, s := range sents[:max(len(sents)-1, 0)] {
		e := s.End
		isInner := !strings.Contains(text[e:nextNonSpace(text, e)], "\n")
		sc.Boundaries.Predicted++
		if isInner {
			sc.Inner.Predicted++
		}
		if gold[e] {
			sc.Boundaries.Correct++
			if isInner {
				sc.Inner.Correct++
			}
		}
	}
}

func nextNonSpace(text string, i int) int {
	for i < len(text) && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t') {
		i++
	}
	return i
}

// scoreTokens compares Tokens(text) with the gold words of s.
func scoreTokens(sc *Scores, s *conllu.Sentence, text string, debug io.Writer) {
	type span struct{ a, b int }
	var gold []span
	mwt := make(map[int][2]int) // first word -> [last word, index in Multiword]
	for k, l := range s.Multiword {
		id, _, _ := strings.Cut(l.Text, "\t")
		a, b, ok := strings.Cut(id, "-")
		if !ok {
			continue
		}
		ai, err1 := strconv.Atoi(a)
		bi, err2 := strconv.Atoi(b)
		if err1 == nil && err2 == nil && bi >= ai {
			mwt[ai] = [2]int{bi, k}
		}
	}
	cur := 0
	find := func(form string) (int, bool) {
		for cur < len(text) && unicode.IsSpace(rune(text[cur])) {
			cur++
		}
		if !strings.HasPrefix(text[cur:], form) {
			return 0, false
		}
		a := cur
		cur += len(form)
		return a, true
	}
	for i := 1; i <= len(s.Words); i++ {
		if m, ok := mwt[i]; ok && m[0] <= len(s.Words) {
			f := strings.Split(s.Multiword[m[1]].Text, "\t")
			if len(f) < 2 {
				sc.Unaligned++
				return
			}
			a, ok := find(f[1])
			if !ok {
				sc.Unaligned++
				return
			}
			var concat strings.Builder
			for k := i; k <= m[0]; k++ {
				concat.WriteString(s.Words[k-1].Form)
			}
			if concat.String() == f[1] {
				for k := i; k <= m[0]; k++ {
					n := len(s.Words[k-1].Form)
					gold = append(gold, span{a, a + n})
					a += n
				}
			} else {
				gold = append(gold, span{a, a + len(f[1])})
			}
			i = m[0]
			continue
		}
		a, ok := find(s.Words[i-1].Form)
		if !ok {
			sc.Unaligned++
			return
		}
		gold = append(gold, span{a, cur})
	}
	g := make(map[span]bool, len(gold))
	for _, sp := range gold {
		g[sp] = true
	}
	sc.Tokens.Gold += len(gold)
	toks := Tokens(text)
	p := make(map[span]bool, len(toks))
	for _, t := range toks {
		sc.Tokens.Predicted++
		p[span{t.Start, t.End}] = true
		if g[span{t.Start, t.End}] {
			sc.Tokens.Correct++
		}
	}
	if debug != nil {
		var gs, ps []string
		for _, sp := range gold {
			if !p[sp] {
				gs = append(gs, text[sp.a:sp.b])
			}
		}
		for _, t := range toks {
			if !g[span{t.Start, t.End}] {
				ps = append(ps, t.Form)
			}
		}
		if len(gs)+len(ps) > 0 {
			fmt.Fprintf(debug, "TOK gold %q pred %q\n", gs, ps)
		}
	}
}
