package conllu

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Word is one syntactic word: a line whose ID is a single integer.
type Word struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // 0 for the root, -1 when the column is "_"
	DepRel string
	Deps   string
	Misc   string
}

// Line is a multiword-token or empty-node line, kept verbatim with its
// position: it was read just before word number Before.
type Line struct {
	Before int
	Text   string
}

// Sentence is one sentence: its comment lines (without "# "), its words,
// and any multiword-token and empty-node lines.
type Sentence struct {
	Comments  []string
	Words     []Word
	Multiword []Line
	Empty     []Line
}

// Text returns the value of the "# text = " comment, or "" if none.
func (s *Sentence) Text() string {
	for _, c := range s.Comments {
		if v, ok := strings.CutPrefix(c, "text = "); ok {
			return v
		}
	}
	return ""
}

// RawText returns the sentence's "# text", trimmed, or when it has none
// its words joined as their SpaceAfter=No marks say.
func (s *Sentence) RawText() string {
	if t := strings.TrimSpace(s.Text()); t != "" {
		return t
	}
	var b strings.Builder
	for _, w := range s.Words {
		b.WriteString(w.Form)
		if !strings.Contains(w.Misc, "SpaceAfter=No") {
			b.WriteByte(' ')
		}
	}
	return strings.TrimSpace(b.String())
}

// ErrFieldCount and ErrBadID are wrapped by ParseError.
var (
	ErrFieldCount = errors.New("want 10 tab-separated fields")
	ErrBadID      = errors.New("bad ID")
	ErrBadHead    = errors.New("bad HEAD")
	ErrLongLine   = errors.New("line too long")
)

// ParseError reports a malformed line.
type ParseError struct {
	Line int // 1-based line number
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("conllu: line %d: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

// MaxLineBytes bounds one line; longer lines are an error, not an allocation.
const MaxLineBytes = 1 << 20

// Reader reads sentences from CoNLL-U input.
type Reader struct {
	sc   *bufio.Scanner
	line int
	err  error
}

// NewReader returns a Reader reading from r.
func NewReader(r io.Reader) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), MaxLineBytes)
	return &Reader{sc: sc}
}

// Read returns the next sentence, or io.EOF after the last. After an
// error other than io.EOF, Read keeps returning that error: a malformed
// line leaves no sensible place to resume.
func (r *Reader) Read() (*Sentence, error) {
	if r.err != nil {
		return nil, r.err
	}
	s, err := r.read()
	if err != nil {
		r.err = err
	}
	return s, err
}

func (r *Reader) read() (*Sentence, error) {
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		text := strings.TrimRight(r.sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			if s != nil {
				return s, nil
			}
			continue
		}
		if s == nil {
			s = new(Sentence)
		}
		if c, ok := strings.CutPrefix(text, "#"); ok {
			s.Comments = append(s.Comments, strings.TrimPrefix(c, " "))
			continue
		}
		if err := s.addLine(text); err != nil {
			return nil, &ParseError{Line: r.line, Err: err}
		}
	}
	if err := r.sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			err = ErrLongLine
		}
		return nil, &ParseError{Line: r.line + 1, Err: err}
	}
	if s != nil {
		return s, nil
	}
	return nil, io.EOF
}

func (s *Sentence) addLine(text string) error {
	var f [10]string
	rest := text
	for i := range 9 {
		var ok bool
		f[i], rest, ok = strings.Cut(rest, "\t")
		if !ok {
			return fmt.Errorf("%w, got %d", ErrFieldCount, i+1)
		}
	}
	if strings.Contains(rest, "\t") {
		return fmt.Errorf("%w, got more", ErrFieldCount)
	}
	f[9] = rest
	id := f[0]
	if strings.ContainsAny(id, "-.") {
		line := Line{Before: len(s.Words) + 1, Text: text}
		if strings.Contains(id, "-") {
			s.Multiword = append(s.Multiword, line)
		} else {
			s.Empty = append(s.Empty, line)
		}
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n != len(s.Words)+1 {
		return fmt.Errorf("%w %q: want %d", ErrBadID, id, len(s.Words)+1)
	}
	head := -1
	if f[6] != "_" {
		head, err = strconv.Atoi(f[6])
		if err != nil || head < 0 {
			return fmt.Errorf("%w %q", ErrBadHead, f[6])
		}
	}
	s.Words = append(s.Words, Word{
		ID: n, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5],
		Head: head, DepRel: f[7], Deps: f[8], Misc: f[9],
	})
	return nil
}

// ReadAll reads every remaining sentence.
func (r *Reader) ReadAll() ([]*Sentence, error) {
	var all []*Sentence
	for {
		s, err := r.Read()
		if err == io.EOF {
			return all, nil
		}
		if err != nil {
			return all, err
		}
		all = append(all, s)
	}
}

// Write writes s in CoNLL-U followed by a blank line. Empty fields are
// written as "_".
func Write(w io.Writer, s *Sentence) error {
	var b strings.Builder
	for _, c := range s.Comments {
		b.WriteString("# ")
		b.WriteString(c)
		b.WriteByte('\n')
	}
	mw, en := s.Multiword, s.Empty
	for i, wd := range s.Words {
		for len(mw) > 0 && mw[0].Before <= i+1 {
			b.WriteString(mw[0].Text)
			b.WriteByte('\n')
			mw = mw[1:]
		}
		for len(en) > 0 && en[0].Before <= i+1 {
			b.WriteString(en[0].Text)
			b.WriteByte('\n')
			en = en[1:]
		}
		head := "_"
		if wd.Head >= 0 {
			head = strconv.Itoa(wd.Head)
		}
		for j, v := range [10]string{strconv.Itoa(wd.ID), wd.Form, wd.Lemma, wd.UPOS, wd.XPOS, wd.Feats, head, wd.DepRel, wd.Deps, wd.Misc} {
			if j > 0 {
				b.WriteByte('\t')
			}
			if v == "" {
				v = "_"
			}
			b.WriteString(v)
		}
		b.WriteByte('\n')
	}
	for _, l := range append(mw, en...) {
		b.WriteString(l.Text)
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	return err
}

// ReadFile reads every sentence of the CoNLL-U file name.
func ReadFile(name string) ([]*Sentence, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return s, nil
}
