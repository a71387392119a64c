package ner

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Sentence is one sentence of an IOB2 file: its comment lines (without
// "# ") and its token rows, each split into columns.
type Sentence struct {
	Comments []string
	Rows     [][]string

	xpos     []string // part-of-speech tags, when training data has them
	docStart bool     // whether a "-DOCSTART-" line came before it
}

// StartsDocument reports whether the sentence opens a document: a
// "newdoc" comment or a "-DOCSTART-" line comes before its rows.
func (s *Sentence) StartsDocument() bool {
	if s.docStart {
		return true
	}
	for _, c := range s.Comments {
		if c == "newdoc" || strings.HasPrefix(c, "newdoc ") {
			return true
		}
	}
	return false
}

// Documents groups consecutive sentences into documents, each starting at
// a sentence that StartsDocument (or at the first sentence).
func Documents(sents []*Sentence) [][]*Sentence {
	var out [][]*Sentence
	for i, s := range sents {
		if i == 0 || s.StartsDocument() {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], s)
	}
	return out
}

// numbered reports whether the rows start with a token number, as in the
// UNER files ("1<TAB>word<TAB>B-PER<TAB>..."), rather than with the word.
func (s *Sentence) numbered() bool {
	if len(s.Rows) == 0 || len(s.Rows[0]) < 3 {
		return false
	}
	_, err := strconv.Atoi(s.Rows[0][0])
	return err == nil
}

// Words returns the word of each row: the second column when rows are
// numbered, else the first.
func (s *Sentence) Words() []string {
	c := 0
	if s.numbered() {
		c = 1
	}
	out := make([]string, len(s.Rows))
	for i, r := range s.Rows {
		if c < len(r) {
			out[i] = r[c]
		}
	}
	return out
}

// Tags returns the gold tag of each row: the third column when rows are
// numbered, else the last. Tags in the IOB1 scheme (I- opening a name) are
// converted to IOB2.
func (s *Sentence) Tags() []string {
	num := s.numbered()
	out := make([]string, len(s.Rows))
	for i, r := range s.Rows {
		switch {
		case num && len(r) > 2:
			out[i] = r[2]
		case !num && len(r) > 1:
			out[i] = r[len(r)-1]
		default:
			out[i] = "O"
		}
	}
	return toIOB2(out)
}

// toIOB2 rewrites tags in place so that every name starts with B-.
func toIOB2(tags []string) []string {
	prev := "O"
	for i, t := range tags {
		if typ, ok := strings.CutPrefix(t, "I-"); ok && prev != "B-"+typ && prev != "I-"+typ {
			tags[i] = "B-" + typ
		}
		prev = tags[i]
	}
	return tags
}

// ErrLongLine is wrapped by a ParseError for a line over MaxLineBytes.
var ErrLongLine = errors.New("line too long")

// ErrCommentRow is returned by Write for a sentence whose first row
// starts with "#" and would read back as a comment.
var ErrCommentRow = errors.New("iob2: first row would read as a comment")

// ParseError reports a malformed line.
type ParseError struct {
	Line int // 1-based
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("iob2: line %d: %v", e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// MaxLineBytes bounds one line.
const MaxLineBytes = 1 << 20

// Reader reads sentences from an IOB2 file. Lines starting with "#" are
// comments; "-DOCSTART-" lines (spaces around it allowed) are skipped; other lines are split on tabs
// if they contain one, else on spaces.
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

// Read returns the next sentence, or io.EOF after the last. An error
// other than io.EOF is sticky.
func (r *Reader) Read() (*Sentence, error) {
	if r.err != nil {
		return nil, r.err
	}
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		line := strings.TrimRight(r.sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			if s != nil && len(s.Rows) > 0 {
				return s, nil
			}
			continue
		}
		if s == nil {
			s = new(Sentence)
		}
		if c, ok := strings.CutPrefix(line, "#"); ok && len(s.Rows) == 0 && !tagRow(line) {
			s.Comments = append(s.Comments, strings.TrimPrefix(c, " "))
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(line), "-DOCSTART-") {
			if len(s.Rows) == 0 {
				s.docStart = true
			}
			continue
		}
		var cols []string
		if strings.Contains(line, "\t") {
			cols = strings.Split(line, "\t")
		} else {
			cols = strings.Fields(line)
		}
		s.Rows = append(s.Rows, cols)
	}
	if err := r.sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			err = ErrLongLine
		}
		r.err = &ParseError{Line: r.line + 1, Err: err}
		return nil, r.err
	}
	if s != nil && len(s.Rows) > 0 {
		return s, nil
	}
	r.err = io.EOF
	return nil, io.EOF
}

// ReadAll reads the remaining sentences.
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

// Write writes s as IOB2: its comments, then one tab-separated line per
// row with extra[i] (if extra is not nil) appended as a last column, then a
// blank line. extra, when given, must have one entry per row. A first row
// that starts with "#" (other than a "# TAG" row) is ErrCommentRow.
func Write(w io.Writer, s *Sentence, extra []string) error {
	if extra != nil && len(extra) != len(s.Rows) {
		return fmt.Errorf("iob2: %d extra values for %d rows", len(extra), len(s.Rows))
	}
	if len(s.Rows) > 0 {
		first := strings.Join(s.Rows[0], "\t")
		if extra != nil {
			first += "\t" + extra[0]
		}
		if strings.HasPrefix(first, "#") && !tagRow(first) {
			return ErrCommentRow
		}
	}
	var b strings.Builder
	for _, c := range s.Comments {
		if tagRow("# " + c) {
			b.WriteString("#") // "#O" must not come back as the row "# O"
		} else {
			b.WriteString("# ")
		}
		b.WriteString(c)
		b.WriteByte('\n')
	}
	for i, r := range s.Rows {
		b.WriteString(strings.Join(r, "\t"))
		if extra != nil {
			if len(r) > 0 {
				b.WriteByte('\t')
			}
			b.WriteString(extra[i])
		}
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	return err
}

// tagRow reports whether a line that starts with "#" is a token row of a
// two-column file ("# O": the token "#" tagged O) rather than a comment.
func tagRow(line string) bool {
	f := strings.Fields(line)
	return len(f) == 2 && f[0] == "#" && validTag(f[1])
}

// validTag reports whether t is O or B-/I- followed by a type.
func validTag(t string) bool {
	return t == "O" || len(t) > 2 && (t[:2] == "B-" || t[:2] == "I-")
}
