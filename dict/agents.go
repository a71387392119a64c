package dict

import (
	"fmt"
	"io"
	"strings"
)

// Agent is one agent phrase: a kind of actor ("POLICE", "FOREIGN
// MINISTER") whose code is combined with a country or organisation code.
type Agent struct {
	// Phrase is the matched phrase, upper-case words joined by spaces.
	Phrase string
	// Code is "~COP" (added after the actor code: IRN + ~COP = IRNCOP) or
	// "NGO~" (put before it).
	Code   string
	Source string
	Line   int
}

// ReadAgents reads an agent dictionary in PETRARCH-2 or TABARI syntax:
//
//	!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON    substitution set
//	POLICE {} [~COP]          {} : no plural form
//	ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
//	FARMER [~AGR]             regular plural FARMERS added
//	CONGRESS!PERSON! [~LEG]   one agent per member of the set, no plurals
//	DEFENCE_MINIST [~GOVMIL]  a last word naming a set whose members all
//	                          begin with it: DEFENCE !MINIST!
//
// Every phrase form becomes its own Agent. A line without a code, or
// using an undefined substitution set, is a *ParseError; reading stops
// at the first error (the agents read so far are returned with it) unless
// lenient is set, in which case bad lines are skipped and their errors
// returned joined after the agents.
func ReadAgents(r io.Reader) ([]Agent, error) { return readAgents(r, "", false) }

func readAgents(r io.Reader, file string, lenient bool) ([]Agent, error) {
	l := newLines(r, file)
	subs := make(map[string][]string)
	var out []Agent
	var errs []error
	fail := func(n int, t string, err error) bool {
		errs = append(errs, l.errorf(n, t, err))
		return !lenient
	}
	for {
		raw, n, ok := l.next()
		if !ok {
			break
		}
		t := strings.TrimSpace(raw)
		if strings.HasPrefix(t, "!") && strings.Contains(t, "=") && !strings.Contains(t, "[") {
			name, list, _ := strings.Cut(t, "=")
			name = strings.TrimSpace(name)
			if len(name) < 3 || !strings.HasSuffix(name, "!") || strings.Count(name, "!") != 2 {
				if fail(n, t, fmt.Errorf("%w: bad substitution set", ErrSyntax)) {
					return out, errs[0]
				}
				continue
			}
			var members []string
			for _, m := range strings.Split(list, ",") {
				if m = strings.TrimSpace(m); m != "" {
					members = append(members, strings.ToUpper(m))
				}
			}
			subs[strings.ToUpper(name[1:len(name)-1])] = members
			continue
		}
		i := strings.IndexByte(t, '[')
		j := strings.IndexByte(t, ']')
		if i < 0 || j < i {
			if fail(n, t, fmt.Errorf("%w: agent without [code]", ErrCode)) {
				return out, errs[0]
			}
			continue
		}
		code := strings.ToUpper(strings.TrimSpace(t[i+1 : j]))
		code = strings.Join(strings.Fields(code), "")
		if !validActorCode(code) || !strings.Contains(code, "~") {
			if fail(n, t, fmt.Errorf("%w %q: want ~XXX or XXX~", ErrCode, code)) {
				return out, errs[0]
			}
			continue
		}
		head := strings.TrimSpace(t[:i])
		var forms []string
		switch {
		case strings.Contains(head, "!"):
			a, rest, _ := strings.Cut(head, "!")
			set, b, ok := strings.Cut(rest, "!")
			members, known := subs[strings.ToUpper(set)]
			if !ok || !known {
				if fail(n, t, fmt.Errorf("%w: undefined substitution set %q", ErrSyntax, "!"+set+"!")) {
					return out, errs[0]
				}
				continue
			}
			for _, m := range members {
				forms = append(forms, a+m+b)
			}
		case strings.Contains(head, "{"):
			k := strings.IndexByte(head, '{')
			e := strings.IndexByte(head, '}')
			if e < k {
				if fail(n, t, fmt.Errorf("%w: missing '}'", ErrSyntax)) {
					return out, errs[0]
				}
				continue
			}
			forms = append(forms, head[:k])
			if p := strings.TrimSpace(head[k+1 : e]); p != "" {
				forms = append(forms, p)
			}
		case stemSet(head, subs) != nil:
			// "DEFENCE_MINIST": Phoenix ends a phrase with the name of a
			// substitution set whose members all begin with it, meaning
			// the set ("DEFENCE !MINIST!"); as a whole word the stem
			// would match nothing.
			ws := words(head)
			for _, m := range stemSet(head, subs) {
				forms = append(forms, strings.Join(append(ws[:len(ws)-1:len(ws)-1], m), " "))
			}
		default:
			forms = append(forms, head)
			if p := phrase(head); p != "" {
				forms = append(forms, plural(p))
			}
		}
		for _, f := range forms {
			if p := phrase(f); p != "" {
				out = append(out, Agent{Phrase: p, Code: code, Source: file, Line: n})
			}
		}
	}
	if l.err != nil {
		errs = append(errs, l.err)
	}
	return out, joinErrs(errs)
}

// stemSet returns the members of the substitution set that head's last
// word names, when every member begins with that word ("MINIST" of
// "DEFENCE_MINIST": MINISTER, MINISTERS, MINISTRY, MINISTRIES), else nil.
func stemSet(head string, subs map[string][]string) []string {
	ws := words(head)
	if len(ws) < 2 {
		return nil
	}
	last := ws[len(ws)-1]
	members := subs[last]
	for _, m := range members {
		if !strings.HasPrefix(m, last) {
			return nil
		}
	}
	return members
}

// plural forms the regular English plural of a phrase's last word:
// CITY→CITIES, BUS→BUSES, BOX→BOXES, CHURCH→CHURCHES, FARMER→FARMERS.
func plural(p string) string {
	n := len(p)
	switch {
	case n == 0:
		return p
	case strings.HasSuffix(p, "Y") && n > 1 && !strings.ContainsRune("AEIOU", rune(p[n-2])):
		return p[:n-1] + "IES"
	case strings.HasSuffix(p, "S"), strings.HasSuffix(p, "X"), strings.HasSuffix(p, "Z"),
		strings.HasSuffix(p, "CH"), strings.HasSuffix(p, "SH"):
		return p + "ES"
	}
	return p + "S"
}

// joinErrs returns nil, the only error, or all of them joined.
func joinErrs(errs []error) error {
	switch len(errs) {
	case 0:
		return nil
	case 1:
		return errs[0]
	}
	return &multiError{errs}
}

// multiError is the error of a lenient read that skipped several lines;
// errors.As finds the first *ParseError, errors.Is any sentinel.
type multiError struct{ errs []error }

func (m *multiError) Error() string {
	return fmt.Sprintf("%v (and %d more errors)", m.errs[0], len(m.errs)-1)
}

func (m *multiError) Unwrap() []error { return m.errs }
