package dict

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// maxLine bounds one dictionary line; longer lines are a ParseError.
const maxLine = 1 << 20

// lines yields the meaningful lines of a dictionary file: XML-style
// comments (<!-- ... -->, also across lines), '#' and ';' comments and
// blank lines are removed, as PETRARCH's and TABARI's readers do. Each
// line keeps its leading white space so callers can tell indented code
// lines from names.
type lines struct {
	sc        *bufio.Scanner
	file      string
	n         int // number of the last line read
	inComment bool
	err       error
	// comment is the '#' or ';' comment of the last line returned.
	comment string
}

func newLines(r io.Reader, file string) *lines {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	return &lines{sc: sc, file: file}
}

// next returns the next non-empty line with comments removed, its number,
// and false at the end of input or on a read error (see err).
func (l *lines) next() (string, int, bool) {
	for l.err == nil && l.sc.Scan() {
		l.n++
		s := l.sc.Text()
		if l.n == 1 {
			s = strings.TrimPrefix(s, "\uFEFF")
		}
		l.comment = ""
		if conflictMarker(s) {
			// A merge left both sides in the file: no line after it
			// can be trusted to be either side's.
			l.err = &ParseError{File: l.file, Line: l.n, Text: strings.TrimSpace(s), Err: fmt.Errorf("%w: a merge conflict marker", ErrSyntax)}
			return "", l.n, false
		}
		s = l.strip(s)
		if strings.TrimSpace(s) == "" {
			continue
		}
		return s, l.n, true
	}
	if l.err == nil {
		if err := l.sc.Err(); err != nil {
			if errors.Is(err, bufio.ErrTooLong) {
				l.err = &ParseError{File: l.file, Line: l.n + 1, Err: ErrSyntax}
			} else {
				l.err = err
			}
		}
	}
	return "", l.n, false
}

// strip removes comments from one line.
func (l *lines) strip(s string) string {
	var b strings.Builder
	for s != "" {
		if l.inComment {
			i := strings.Index(s, "-->")
			if i < 0 {
				return b.String()
			}
			s = s[i+3:]
			l.inComment = false
			continue
		}
		i := strings.Index(s, "<!--")
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i+4:]
		l.inComment = true
	}
	s = b.String()
	s, l.comment = cutComment(s)
	// A line such as "<!-- VERSION -->" leaves nothing; a lone "<!" line
	// (a PETRARCH-2 convention) is a comment too.
	if strings.HasPrefix(strings.TrimSpace(s), "<!") {
		return ""
	}
	return strings.TrimRight(s, " \t\r")
}

// errorf builds a ParseError at line n.
func (l *lines) errorf(n int, text string, err error) *ParseError {
	return &ParseError{File: l.file, Line: n, Text: strings.TrimSpace(text), Err: err}
}

// words splits a dictionary phrase into upper-case words: underscores and
// spaces both separate words, and empty words (from a trailing "_") are
// dropped.
func words(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == ' ' || r == '\t' })
	out := f[:0]
	for _, w := range f {
		// TABARI marks a word that must end there with '=' ("MOUSE=")
		// and one that may continue with '~' ("REAL~"): the word is
		// matched whole either way.
		if w = strings.TrimRight(w, "=~"); w != "" {
			out = append(out, strings.ToUpper(w))
		}
	}
	return out
}

// cutComment removes a ';' comment (TABARI) or a '#' comment (PETRARCH)
// from s. A '#' starts a comment at the start of a line or after white
// space or a ']', so TABARI's "[###]" null code survives.
func cutComment(s string) (text, comment string) {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ';':
			return s[:i], strings.TrimSpace(s[i+1:])
		case '#':
			if i == 0 || s[i-1] == ' ' || s[i-1] == '\t' || s[i-1] == ']' {
				return s[:i], strings.TrimSpace(s[i+1:])
			}
		}
	}
	return s, ""
}

// conflictMarker reports a line git writes around a merge conflict:
// "<<<<<<< ours", "=======" and ">>>>>>> theirs". None is a dictionary
// line, and "<<<<<<< HEAD" would otherwise read as a name.
func conflictMarker(s string) bool {
	return s == "=======" || strings.HasPrefix(s, "<<<<<<< ") || strings.HasPrefix(s, ">>>>>>> ")
}
