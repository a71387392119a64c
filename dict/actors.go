package dict

import (
	"fmt"
	"io"
	"strings"
)

// Role is one code an actor holds, optionally only between two days.
type Role struct {
	// Code is the CAMEO actor code, such as "ALBGOV"; "---" is the null
	// code (the phrase is known but codes to nothing).
	Code string
	// Start is the first day the role applies; zero means since always.
	Start Day
	// End is the first day the role no longer applies; zero means it
	// still applies.
	End Day
	// Source names the file the role came from when it is not the
	// entry's own ("wikidata_heads_2026.csv").
	Source string
}

// Covers reports whether the role applies on day d. A zero d (unknown
// date) is covered only by roles without dates.
func (r Role) Covers(d Day) bool {
	if d == 0 {
		return r.Start == 0 && r.End == 0
	}
	return (r.Start == 0 || d >= r.Start) && (r.End == 0 || d < r.End)
}

// Dated reports whether the role has a date limit.
func (r Role) Dated() bool { return r.Start != 0 || r.End != 0 }

// String formats r the way actor files write it: "ALBGOV 920409-970724",
// "ALBGOV >050911", "X <050911" or "ALBELI", with days as YYYYMMDD.
func (r Role) String() string {
	switch {
	case r.Start != 0 && r.End != 0:
		return fmt.Sprintf("%s %08d-%08d", r.Code, r.Start, r.End)
	case r.Start != 0:
		return fmt.Sprintf("%s >%08d", r.Code, r.Start)
	case r.End != 0:
		return fmt.Sprintf("%s <%08d", r.Code, r.End)
	}
	return r.Code
}

// Entry is one actor: the phrase that heads it, its synonyms, and its
// roles in the order the file gives them.
type Entry struct {
	// Name is the head phrase, upper-case words joined by spaces
	// ("SALI BERISHA").
	Name string
	// Synonyms are the other phrases ("+" lines), in the same form.
	Synonyms []string
	Roles    []Role
	// Stems are the phrases (of Name and Synonyms) whose last word may
	// continue, as TABARI reads a phrase written without a trailing
	// underscore ("ARGENTIN" matches "Argentina"). Only an ActorReader
	// with Stems set fills it; PETRARCH-2 reads every phrase as whole
	// words.
	Stems []string
	// Gapped are the TABARI phrases written with a space between words
	// ("PRINCE DOL_AMROTH"), whose parts other words may separate ("the
	// Prince of Dol_Amroth"): the parts joined by " * " ("PRINCE * DOL
	// AMROTH"). Only an ActorReader with Stems set fills it.
	Gapped []string `json:",omitempty"`
	// Closed are the TABARI phrases written with a trailing '='
	// ("MOUSE="), which take no noun ending ("Mouses" is no MOUSE).
	// Only an ActorReader with Stems set fills it.
	Closed []string `json:",omitempty"`
	// Source is the file the entry was read from and Line its line.
	Source string
	Line   int
}

// Code returns the code of the role covering day d, and false when none
// does. A dated role covering d wins over an undated one wherever the file
// lists them: PETRARCH's check_date takes the first covering role, so an
// undated fallback written first ("[HOB]" before "[HOBGOV 20121109-
// 20130119]") would hide every dated role after it.
func (e *Entry) Code(d Day) (string, bool) {
	fallback, ok := "", false
	for _, r := range e.Roles {
		if !r.Covers(d) {
			continue
		}
		if r.Dated() {
			return r.Code, true
		}
		if !ok {
			fallback, ok = r.Code, true
		}
	}
	return fallback, ok
}

// String names the entry for explanations: "SALI BERISHA
// (Phoenix.Countries.actors.txt:515)".
func (e *Entry) String() string {
	if e.Source == "" {
		return e.Name
	}
	return fmt.Sprintf("%s (%s:%d)", e.Name, e.Source, e.Line)
}

// ActorReader reads an actor dictionary in PETRARCH-2 or TABARI syntax
// one entry at a time:
//
//	NAME_ [CODE]            one line, code inline (dates allowed inside)
//	NAME_                   head phrase ...
//	+SYNONYM_               ... synonyms ...
//		[CODE 920409-970724]  ... and roles on following lines
//		[CODE >050911]        from a day on; "<" before a day
//		[CODE]                no dates: the fallback
//
// TABARI's <NOUN>, <ADJECTIVE> and similar sections are skipped.
type ActorReader struct {
	// File names the input in errors and in Entry.Source.
	File string
	// Stems records in Entry.Stems the phrases written without a
	// trailing underscore, for TABARI dictionaries.
	Stems bool

	l       *lines
	cur     *Entry
	skip    string // closing tag of a skipped TABARI section
	pending error
	started bool
}

// NewActorReader returns a reader of r.
func NewActorReader(r io.Reader) *ActorReader {
	return &ActorReader{l: newLines(r, "")}
}

// Next returns the next entry. A *ParseError reports one bad line, which
// is skipped: the reader may be called again. At the end it returns
// io.EOF; other read errors are returned and repeated.
func (r *ActorReader) Next() (*Entry, error) {
	if !r.started {
		r.l.file = r.File
		r.started = true
	}
	if r.pending != nil {
		err := r.pending
		r.pending = nil
		return nil, err
	}
	for {
		raw, n, ok := r.l.next()
		if !ok {
			if r.l.err != nil {
				return nil, r.l.err
			}
			if r.cur != nil {
				e := r.cur
				r.cur = nil
				return e, nil
			}
			return nil, io.EOF
		}
		t := strings.TrimSpace(raw)
		if r.skip != "" {
			if strings.EqualFold(t, r.skip) {
				r.skip = ""
			}
			continue
		}
		if t[0] == '<' && t[len(t)-1] == '>' {
			if !strings.HasPrefix(t, "</") {
				r.skip = "</" + t[1:]
			}
			continue
		}
		switch t[0] {
		case '[':
			if r.cur == nil {
				return nil, r.l.errorf(n, t, fmt.Errorf("%w: code line before any actor", ErrSyntax))
			}
			roles, err := parseRoles(t)
			r.cur.Roles = append(r.cur.Roles, roles...)
			if err != nil {
				return nil, r.l.errorf(n, t, err)
			}
		case '+':
			if r.cur == nil {
				return nil, r.l.errorf(n, t, fmt.Errorf("%w: synonym before any actor", ErrSyntax))
			}
			name, roles, err := splitNameRoles(t[1:])
			if name != "" {
				r.cur.Synonyms = append(r.cur.Synonyms, name)
				if r.Stems && openPhrase(t[1:]) {
					r.cur.Stems = append(r.cur.Stems, name)
				}
				if g := gappedPhrase(t[1:]); r.Stems && g != "" {
					r.cur.Gapped = append(r.cur.Gapped, g)
				}
				if r.Stems && closedPhrase(t[1:]) {
					r.cur.Closed = append(r.cur.Closed, name)
				}
			}
			r.cur.Roles = append(r.cur.Roles, roles...)
			if err != nil {
				return nil, r.l.errorf(n, t, err)
			}
			if name == "" {
				return nil, r.l.errorf(n, t, fmt.Errorf("%w: empty synonym", ErrSyntax))
			}
		default:
			name, roles, err := splitNameRoles(t)
			prev := r.cur
			r.cur = nil
			if name != "" {
				r.cur = &Entry{Name: name, Roles: roles, Source: r.File, Line: n}
				if r.Stems && openPhrase(t) {
					r.cur.Stems = []string{name}
				}
				if g := gappedPhrase(t); r.Stems && g != "" {
					r.cur.Gapped = []string{g}
				}
				if r.Stems && closedPhrase(t) {
					r.cur.Closed = []string{name}
				}
			} else if err == nil {
				err = fmt.Errorf("%w: empty actor name", ErrSyntax)
			}
			if err != nil {
				err = r.l.errorf(n, t, err)
				if prev == nil {
					return nil, err
				}
				r.pending = err
			}
			if prev != nil {
				return prev, nil
			}
		}
	}
}

// ReadActors reads a whole actor dictionary. It stops at the first error,
// returning the entries read so far with it; use an ActorReader to skip
// bad lines instead.
func ReadActors(r io.Reader) ([]*Entry, error) {
	ar := NewActorReader(r)
	var out []*Entry
	for {
		e, err := ar.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, e)
	}
}

// splitNameRoles splits "NAME_ [CODE dates] [CODE]" into the normalised
// name and its roles.
func splitNameRoles(s string) (string, []Role, error) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return phrase(s), nil, nil
	}
	roles, err := parseRoles(s[i:])
	return phrase(s[:i]), roles, err
}

// openPhrase reports a phrase, before its roles, written without a
// trailing underscore or TABARI's '=' (the word ends there).
func openPhrase(s string) bool {
	if i := strings.IndexByte(s, '['); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(s)
	return s != "" && !strings.HasSuffix(s, "_") && !strings.HasSuffix(s, "=")
}

// closedPhrase reports a phrase written with a trailing '=' ("MOUSE=").
func closedPhrase(s string) bool {
	if i := strings.IndexAny(s, "[;#"); i >= 0 {
		s = s[:i]
	}
	return strings.HasSuffix(strings.TrimSpace(s), "=")
}

// gappedPhrase returns a TABARI phrase (before its roles or comment)
// whose words are separated by spaces as its parts joined by " * "
// ("PRINCE DOL_AMROTH" is "PRINCE * DOL AMROTH"), or "" when it has one
// part.
func gappedPhrase(s string) string {
	if i := strings.IndexAny(s, "[;#"); i >= 0 {
		s = s[:i]
	}
	parts := strings.Fields(s)
	if len(parts) < 2 {
		return ""
	}
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		if ph := phrase(p); ph != "" {
			out = append(out, ph)
		}
	}
	if len(out) < 2 {
		return ""
	}
	return strings.Join(out, " * ")
}

// phrase normalises a dictionary phrase: upper-case words joined by one
// space.
func phrase(s string) string { return strings.Join(words(s), " ") }

// parseRoles reads one or more "[CODE dates]" groups. Roles read before an
// error are returned with it.
func parseRoles(s string) ([]Role, error) {
	var out []Role
	s = strings.TrimSpace(s)
	for s != "" {
		if s[0] != '[' {
			// Free text after the codes (a few Phoenix lines carry
			// sector and revenue notes there) is ignored.
			if len(out) > 0 {
				return out, nil
			}
			return out, fmt.Errorf("%w: want '['", ErrSyntax)
		}
		j := strings.IndexByte(s, ']')
		if j < 0 {
			return out, fmt.Errorf("%w: missing ']'", ErrSyntax)
		}
		role, err := parseRole(s[1:j])
		if err != nil {
			return out, err
		}
		out = append(out, role)
		s = strings.TrimSpace(s[j+1:])
	}
	return out, nil
}

// parseRole reads the inside of one "[...]": a code and an optional date
// restriction ("920409-970724", ">050911", "< 050911", "050911").
func parseRole(s string) (Role, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return Role{}, fmt.Errorf("%w: empty []", ErrCode)
	}
	code := strings.ToUpper(f[0])
	if !validActorCode(code) {
		return Role{}, fmt.Errorf("%w %q", ErrCode, f[0])
	}
	r := Role{Code: code}
	spec := strings.Join(f[1:], "")
	var err error
	switch {
	case spec == "":
	case spec[0] == '<':
		r.End, err = parseDay(spec[1:])
	case spec[0] == '>':
		r.Start, err = parseDay(spec[1:])
	case strings.Contains(spec, "-"):
		a, b, _ := strings.Cut(spec, "-")
		if r.Start, err = parseDay(a); err == nil {
			r.End, err = parseDay(b)
		}
		if err == nil && r.End < r.Start {
			err = fmt.Errorf("%w %q: ends before it starts", ErrDate, spec)
		}
	default:
		r.Start, err = parseDay(spec)
	}
	return r, err
}

// validActorCode accepts CAMEO actor codes ("ALBGOV", "IGOUNO"), agent
// codes ("~COP", "NGO~"), null codes ("---", "###") and a group of actor
// codes joined by '/' ("FRO/BIL/SAM": a name that stands for several
// actors, each of whom acts).
func validActorCode(c string) bool {
	if c == "" || len(c) > 64 {
		return false
	}
	if strings.Contains(c, "/") {
		for _, p := range strings.Split(c, "/") {
			if strings.Contains(p, "/") || !validActorCode(p) {
				return false
			}
		}
		return true
	}
	if strings.Trim(c, "-") == "" || strings.Trim(c, "#") == "" {
		return true
	}
	letter := false
	for i := 0; i < len(c); i++ {
		switch b := c[i]; {
		case b >= 'A' && b <= 'Z', b == '~':
			letter = true
		case b >= '0' && b <= '9', b == '!', b == '_':
		default:
			return false
		}
	}
	return letter
}
