package frame

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/quote"

	"github.com/casus-project/casus/internal/runes"
)

// Kinds of framing marks.
const (
	ScareQuote  = "scare_quote"
	Distancing  = "distancing"
	LoadedLabel = "loaded_label"
	Hedge       = "hedge"
)

//go:embed lexicon.txt
var builtin string

// ErrSyntax is wrapped by a ParseError for a line that is not "kind<TAB>phrase".
var ErrSyntax = errors.New("want kind, tab, phrase")

// ErrKind is wrapped by a ParseError for an unknown kind.
var ErrKind = errors.New("unknown kind")

// ParseError reports a bad lexicon line.
type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("frame lexicon: line %d: %v", e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// A Lexicon maps words and phrases to framing kinds. It is read-only once
// built and safe for concurrent use.
type Lexicon struct {
	// byFirst maps a phrase's first word to its entries, longest first.
	byFirst map[string][]entry
}

type entry struct {
	words []string
	kind  string
}

var defaultLexicon = sync.OnceValue(func() *Lexicon {
	l := &Lexicon{byFirst: map[string][]entry{}}
	if err := l.read(strings.NewReader(builtin)); err != nil {
		// The embedded file is tested; a failure here is a build error.
		return &Lexicon{byFirst: map[string][]entry{}}
	}
	return l
})

// Default returns the built-in lexicon.
func Default() *Lexicon { return defaultLexicon() }

// LoadLexicon returns the built-in lexicon extended with the entries of
// r, a file in the format of lexicon.txt. A user's entry for a phrase the
// built-in lexicon has replaces its kind.
func LoadLexicon(r io.Reader) (*Lexicon, error) {
	l := &Lexicon{byFirst: map[string][]entry{}}
	for k, es := range Default().byFirst {
		l.byFirst[k] = append([]entry(nil), es...)
	}
	if err := l.read(r); err != nil {
		return nil, err
	}
	return l, nil
}

func (l *Lexicon) read(r io.Reader) error {
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, phrase, ok := strings.Cut(line, "\t")
		phrase = strings.TrimSpace(phrase)
		if !ok || phrase == "" {
			return &ParseError{Line: n, Err: ErrSyntax}
		}
		switch kind = strings.TrimSpace(kind); kind {
		case Distancing, Hedge, LoadedLabel:
		default:
			return &ParseError{Line: n, Err: fmt.Errorf("%w %q", ErrKind, kind)}
		}
		var ws []string
		for _, w := range scanWords(phrase) {
			ws = append(ws, strings.ToLower(phrase[w[0]:w[1]]))
		}
		if len(ws) == 0 {
			return &ParseError{Line: n, Err: ErrSyntax}
		}
		l.add(entry{words: ws, kind: kind})
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("frame lexicon: %w", err)
	}
	return nil
}

func (l *Lexicon) add(e entry) {
	es := l.byFirst[e.words[0]]
	for i := range es {
		if strings.Join(es[i].words, " ") == strings.Join(e.words, " ") {
			es[i].kind = e.kind
			return
		}
	}
	es = append(es, e)
	sort.SliceStable(es, func(i, j int) bool { return len(es[i].words) > len(es[j].words) })
	l.byFirst[e.words[0]] = es
}

// scanWords returns the [start, end) of every word of s: letters, digits,
// and hyphens or apostrophes inside a word.
func scanWords(s string) [][2]int {
	out := make([][2]int, 0, len(s)/6+1) // English averages about 6 bytes a word with its space
	start := -1
	for i := 0; i < len(s); {
		// Runs of ASCII bytes that leave the state as it is go by
		// fast: outside a word, those that are no letter or digit
		// (a joiner there joins nothing); inside, letters and digits.
		if start < 0 {
			for i < len(s) && s[i] < utf8.RuneSelf && !wordByte(s[i]) {
				i++
			}
		} else {
			for i < len(s) && wordByte(s[i]) {
				i++
			}
		}
		if i == len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf && c != '-' && c != '\'' {
			// ASCII other than the joiners: letters and digits are words.
			inWord := wordByte(c)
			switch {
			case inWord && start < 0:
				start = i
			case !inWord && start >= 0:
				out = append(out, [2]int{start, i})
				start = -1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		inWord := runes.IsLetter(r) || runes.IsDigit(r)
		if !inWord && start >= 0 && (r == '-' || r == '\'' || r == '’') && i+n < len(s) {
			nr, _ := utf8.DecodeRuneInString(s[i+n:])
			inWord = runes.IsLetter(nr) || runes.IsDigit(nr)
		}
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
		i += n
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// wordByte reports whether ASCII byte c is a letter or digit.
func wordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// Find returns the framing marks of text with the built-in lexicon.
func Find(text string, sents []model.Sentence, ents []model.Entity) []model.FramingMark {
	return Default().Find(text, sents, ents)
}

// introducers turn a short quotation into distancing rather than a scare
// quote: known as "Hemedti"; described as an "unmanned aerial vehicle".
var introducers = []string{"known as", "dubbed", "nicknamed", "described as", "described as a", "described as an", "so-called", "called itself"}

// Find returns the framing marks of text in order. sents may be nil; ents
// (if any) supply the targets of loaded labels.
func (l *Lexicon) Find(text string, sents []model.Sentence, ents []model.Entity) []model.FramingMark {
	return l.FindQuoted(text, sents, ents, quote.Quotations(text))
}

// FindQuoted is Find for a caller that has found the quotations of text
// already (quote.Quotations, or quote.Marks for quote.FindAll too); it
// does not change quotes.
func (l *Lexicon) FindQuoted(text string, sents []model.Sentence, ents []model.Entity, quotes []quote.Quotation) []model.FramingMark {
	words := scanWords(text)
	lower := make([]string, len(words))
	for i, w := range words {
		lower[i] = runes.Lower(text[w[0]:w[1]])
	}
	quotes = slices.Clip(quotes)   // appending to short leaves quotes as it is
	inLong := func(off int) bool { // inside a quotation of speech length
		k := sort.Search(len(quotes), func(k int) bool { return quotes[k].Close > off })
		return k < len(quotes) && quotes[k].Open <= off && quotes[k].Words > 3
	}
	// inside returns the words within [start, end): words are in order
	// and do not overlap, so they are a run from the first word starting
	// at or after start.
	inside := func(start, end int) (int, int) {
		a := sort.Search(len(words), func(i int) bool { return words[i][0] >= start })
		b := a
		for b < len(words) && words[b][1] <= end {
			b++
		}
		return a, b
	}
	// Single-quoted words outside longer quotations (where they would be
	// the speaker's marks, not the outlet's).
	short := quotes
	for _, q := range singleQuotations(text) {
		if !inLong(q.Open) {
			short = append(short, q)
		}
	}
	var out []model.FramingMark
	var covered []bool // by word: already in a mark
	// Short quotations.
	for _, q := range short {
		if q.Words == 0 || q.Words > 4 || q.Close <= q.End {
			continue
		}
		kind := ""
		a, b := inside(q.Start, q.End)
		for i := a; i < b; i++ {
			if es := l.match(lower, i); len(es) > 0 && es[0].kind == LoadedLabel {
				kind = LoadedLabel
			}
		}
		if kind == "" {
			if q.Words > 3 {
				continue
			}
			kind = ScareQuote
			before := strings.ToLower(strings.TrimSpace(text[max(0, q.Open-20):q.Open]))
			for _, in := range introducers {
				if strings.HasSuffix(before, in) {
					kind = Distancing
				}
			}
		}
		m := model.FramingMark{Kind: kind, Text: text[q.Open:q.Close], Span: model.Span{Start: q.Open, End: q.Close}}
		if kind == LoadedLabel {
			m.Target = target(text, words, ents, q.Open)
		}
		out = append(out, m)
		if covered == nil && a < b {
			covered = make([]bool, len(words))
		}
		for i := a; i < b; i++ {
			covered[i] = true
		}
	}
	// Lexicon words in the outlet's own voice.
	for i := 0; i < len(words); i++ {
		if covered != nil && covered[i] || inLong(words[i][0]) {
			continue
		}
		es := l.match(lower, i)
		if len(es) == 0 {
			continue
		}
		e := es[0]
		a, b := words[i][0], words[i+len(e.words)-1][1]
		m := model.FramingMark{Kind: e.kind, Text: text[a:b], Span: model.Span{Start: a, End: b}}
		if e.kind == LoadedLabel {
			m.Target = target(text, words, ents, a)
		}
		out = append(out, m)
		i += len(e.words) - 1
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// match returns the entries whose words start at word i, longest first.
func (l *Lexicon) match(lower []string, i int) []entry {
	var out []entry
	for _, e := range l.byFirst[lower[i]] {
		if i+len(e.words) > len(lower) {
			continue
		}
		ok := true
		for k, w := range e.words {
			if lower[i+k] != w {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, e)
		}
	}
	return out
}

// target names what a loaded label at off is applied to: the entity
// nearest before it in its sentence, else the capitalised words nearest
// before it, else those just after it.
func target(text string, words [][2]int, ents []model.Entity, off int) string {
	lineStart := strings.LastIndexAny(text[:off], ".\n") + 1
	best := -1
	for i, e := range ents {
		if e.End <= off && e.Start >= lineStart && (best < 0 || e.End > ents[best].End) {
			best = i
		}
	}
	if best >= 0 {
		return ents[best].Text
	}
	k := sort.Search(len(words), func(k int) bool { return words[k][0] >= off })
	run := func(i, step int) string {
		a, b := -1, -1
		for ; i >= 0 && i < len(words) && words[i][0] >= lineStart; i += step {
			r, _ := utf8.DecodeRuneInString(text[words[i][0]:])
			if !unicode.IsUpper(r) {
				if a >= 0 {
					break
				}
				if step < 0 && k-i > 6 || step > 0 && i-k > 4 {
					break
				}
				continue
			}
			if a < 0 {
				a, b = i, i
			}
			if step < 0 {
				a = i
			} else {
				b = i
			}
		}
		if a < 0 {
			return ""
		}
		if a > b {
			a, b = b, a
		}
		return text[words[a][0]:words[b][1]]
	}
	if t := run(k-1, -1); t != "" {
		return t
	}
	// Skip the label's own words.
	return run(k+1, 1)
}
