package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/casus-project/casus/conllu"
	"github.com/casus-project/casus/ner"
)

// span is a half-open byte range [a, b) of a text; a < 0 means the item
// could not be placed in the text.
type span struct{ a, b int }

var noSpan = span{-1, -1}

func (s span) ok() bool { return s.a >= 0 }

// goldSentence is a treebank sentence with its text and the place of each
// word in that text.
type goldSentence struct {
	*conllu.Sentence
	text  string
	spans []span // one per word; noSpan for words whose place is unknown
}

// document is a treebank document rebuilt as casus sees an article: the
// sentences' texts joined by a space inside a paragraph and by "\n" between
// paragraphs.
type document struct {
	text  string
	ends  []int  // gold sentence ends, the last one the document's end
	inner []bool // whether ends[k] is followed by a sentence of the same paragraph
	words int
}

// readConllu reads a whole CoNLL-U file.
func readConllu(path string) ([]*conllu.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ss, err := conllu.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ss, nil
}

// readIOB2 reads a whole IOB2 file.
func readIOB2(path string) ([]*ner.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ss, err := ner.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ss, nil
}

// golds pairs each sentence with its text and word spans.
func golds(ss []*conllu.Sentence) []goldSentence {
	out := make([]goldSentence, 0, len(ss))
	for _, s := range ss {
		text := s.RawText()
		out = append(out, goldSentence{Sentence: s, text: text, spans: wordSpans(s, text)})
	}
	return out
}

// wordSpans places the words of s in text. A multiword token ("Google's",
// words "Google" and "'s") is placed as a whole; its words get consecutive
// pieces of it when they spell it exactly, else none of them is placed.
func wordSpans(s *conllu.Sentence, text string) []span {
	spans := make([]span, len(s.Words))
	for i := range spans {
		spans[i] = noSpan
	}
	type mwt struct {
		last int
		form string
	}
	multi := make(map[int]mwt) // first word ID -> token
	for _, l := range s.Multiword {
		f := strings.Split(l.Text, "\t")
		if len(f) < 2 {
			continue
		}
		a, b, ok := strings.Cut(f[0], "-")
		if !ok {
			continue
		}
		ai, err1 := strconv.Atoi(a)
		bi, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || ai < 1 || bi < ai || bi > len(s.Words) {
			continue
		}
		multi[ai] = mwt{bi, f[1]}
	}
	var m matcher
	m.text = text
	for i := 0; i < len(s.Words); i++ {
		if t, ok := multi[i+1]; ok {
			sp := m.next(t.form)
			var concat strings.Builder
			for k := i; k < t.last; k++ {
				concat.WriteString(s.Words[k].Form)
			}
			if sp.ok() && concat.String() == t.form && sp.b-sp.a == len(t.form) {
				a := sp.a
				for k := i; k < t.last; k++ {
					n := len(s.Words[k].Form)
					spans[k] = span{a, a + n}
					a += n
				}
			}
			i = t.last - 1
			continue
		}
		spans[i] = m.next(s.Words[i].Form)
	}
	return spans
}

// documents rebuilds the documents of a treebank ("# newdoc" comments),
// paragraphs ("# newpar") joined by "\n" and sentences inside a paragraph by
// a space.
func documents(gs []goldSentence) []document {
	var (
		out  []document
		cur  document
		b    strings.Builder
		npar bool
	)
	flush := func() {
		if b.Len() > 0 {
			cur.text = b.String()
			out = append(out, cur)
		}
		cur = document{}
		b.Reset()
	}
	for _, g := range gs {
		for _, c := range g.Comments {
			switch {
			case c == "newdoc" || strings.HasPrefix(c, "newdoc "):
				flush()
				npar = true
			case c == "newpar" || strings.HasPrefix(c, "newpar "):
				npar = true
			}
		}
		if g.text == "" {
			continue
		}
		if b.Len() > 0 {
			if npar {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
				cur.inner[len(cur.inner)-1] = true
			}
		}
		npar = false
		b.WriteString(g.text)
		cur.ends = append(cur.ends, b.Len())
		cur.inner = append(cur.inner, false)
		cur.words += len(g.Words)
	}
	flush()
	return out
}

// nerSentence is a UNER sentence with its text, the place of each word in
// it and its gold names as byte spans.
type nerSentence struct {
	*ner.Sentence
	text  string
	spans []span
	names map[typedSpan]bool
}

// typedSpan is a name: a byte span and a type (PER, ORG, LOC).
type typedSpan struct {
	span
	typ string
}

// nerGolds places the words of each sentence in its "# text" (or, when
// that fails, in the words joined by spaces) and lists its gold names.
func nerGolds(ss []*ner.Sentence) []nerSentence {
	out := make([]nerSentence, 0, len(ss))
	for _, s := range ss {
		words := s.Words()
		text := ""
		for _, c := range s.Comments {
			if t, ok := strings.CutPrefix(c, "text = "); ok {
				text = strings.TrimSpace(t)
			}
		}
		spans := locate(text, words)
		if text == "" || !allPlaced(spans) {
			text = strings.Join(words, " ")
			spans = locate(text, words)
		}
		g := nerSentence{Sentence: s, text: text, spans: spans, names: make(map[typedSpan]bool)}
		for _, sp := range ner.Spans(s.Tags()) {
			if !scored(sp.Type) {
				continue
			}
			g.names[typedSpan{span{spans[sp.Start].a, spans[sp.End-1].b}, sp.Type}] = true
		}
		out = append(out, g)
	}
	return out
}

func allPlaced(spans []span) bool {
	for _, s := range spans {
		if !s.ok() {
			return false
		}
	}
	return true
}

func scored(typ string) bool {
	for _, t := range scoredTypes {
		if t == typ {
			return true
		}
	}
	return false
}

// scoredTypes are the name types scored, in the order of ner.Scores.Types.
var scoredTypes = [...]string{"PER", "ORG", "LOC"}
