package dict

import (
	"fmt"
	"io"
	"strings"
)

// Discard is a phrase whose presence stops coding: of the sentence, or of
// the whole story when Story is set ("+" lines).
type Discard struct {
	// Words are the upper-case words of the phrase.
	Words []string
	Story bool
	// Whole reports a trailing '_' in the file: the last word must end
	// there. Otherwise it is a stem ("BASKETBALL" also matches
	// "BASKETBALLS").
	Whole  bool
	Source string
	Line   int
}

// ReadDiscards reads a discard list: one phrase a line, "+" first for a
// story-level discard, '#' comments. Matching is case-insensitive.
func ReadDiscards(r io.Reader) ([]Discard, error) { return readDiscards(r, "", false) }

func readDiscards(r io.Reader, file string, lenient bool) ([]Discard, error) {
	l := newLines(r, file)
	var out []Discard
	var errs []error
	for {
		raw, n, ok := l.next()
		if !ok {
			break
		}
		t := strings.TrimSpace(raw)
		d := Discard{Source: file, Line: n}
		if strings.HasPrefix(t, "+") {
			d.Story = true
			t = strings.TrimSpace(t[1:])
		}
		d.Whole = strings.HasSuffix(t, "_")
		d.Words = strings.Fields(strings.TrimRight(t, "_"))
		for i, w := range d.Words {
			d.Words[i] = key(w)
		}
		if len(d.Words) == 0 {
			errs = append(errs, l.errorf(n, raw, fmt.Errorf("%w: empty discard", ErrSyntax)))
			if !lenient {
				return out, errs[0]
			}
			continue
		}
		out = append(out, d)
	}
	if l.err != nil {
		errs = append(errs, l.err)
	}
	return out, joinErrs(errs)
}

// Issue is one issue phrase ("NUCLEAR WEAPONS" → NUCLEAR_WEAPONS) or, when
// Ignore is set, a phrase that cancels issue coding.
type Issue struct {
	Words []string
	// Code is the issue code; "" for ignore phrases.
	Code string
	// Category is the enclosing <ISSUE CATEGORY="..."> section.
	Category string
	// Ignore is 1 for "~phrase" (cancel in the sentence) and 2 for
	// "~~phrase" (cancel in the story).
	Ignore int
	Source string
	Line   int
}

// ReadIssues reads a PETRARCH issues file: "<ISSUE CATEGORY=...>"
// sections of "phrase [CODE]" lines, where "n:word" adds the noun's
// plural, "v:word" the verb's -S, -ED and -ING forms, and "a+b" both
// "a b" and "a-b"; "~phrase" and "~~phrase" are ignore phrases.
func ReadIssues(r io.Reader) ([]Issue, error) { return readIssues(r, "", false) }

func readIssues(r io.Reader, file string, lenient bool) ([]Issue, error) {
	l := newLines(r, file)
	var out []Issue
	var errs []error
	cat := ""
	for {
		raw, n, ok := l.next()
		if !ok {
			break
		}
		t := strings.TrimSpace(raw)
		if strings.HasPrefix(t, "<") {
			up := strings.ToUpper(t)
			if strings.HasPrefix(up, "<ISSUE") {
				cat = attr(t, "CATEGORY")
			} else if strings.HasPrefix(up, "</ISSUE") {
				cat = ""
			}
			continue
		}
		is := Issue{Category: cat, Source: file, Line: n}
		switch {
		case strings.HasPrefix(t, "~~"):
			is.Ignore, t = 2, t[2:]
		case strings.HasPrefix(t, "~"):
			is.Ignore, t = 1, t[1:]
		default:
			i := strings.IndexByte(t, '[')
			j := strings.IndexByte(t, ']')
			if i < 0 || j < i || strings.TrimSpace(t[i+1:j]) == "" {
				errs = append(errs, l.errorf(n, raw, fmt.Errorf("%w: issue without [code]", ErrCode)))
				if !lenient {
					return out, errs[0]
				}
				continue
			}
			is.Code = strings.TrimSpace(t[i+1 : j])
			t = t[:i]
		}
		forms := expandIssue(strings.ToUpper(strings.TrimSpace(t)))
		if len(forms) == 0 {
			errs = append(errs, l.errorf(n, raw, fmt.Errorf("%w: empty issue phrase", ErrSyntax)))
			if !lenient {
				return out, errs[0]
			}
			continue
		}
		for _, f := range forms {
			x := is
			x.Words = f
			out = append(out, x)
		}
	}
	if l.err != nil {
		errs = append(errs, l.err)
	}
	return out, joinErrs(errs)
}

// attr returns the value of name="value" in an XML-like tag.
func attr(tag, name string) string {
	up := strings.ToUpper(tag)
	i := strings.Index(up, name+"=\"")
	if i < 0 {
		return ""
	}
	rest := tag[i+len(name)+2:]
	if j := strings.IndexByte(rest, '"'); j >= 0 {
		return rest[:j]
	}
	return ""
}

// expandIssue expands the n:, v: and + notations of one issue phrase.
func expandIssue(s string) [][]string {
	ws := strings.Fields(s)
	if len(ws) == 0 {
		return nil
	}
	forms := [][]string{nil}
	for _, w := range ws {
		var alts [][]string
		switch {
		case strings.HasPrefix(w, "N:") && len(w) > 2:
			alts = [][]string{{w[2:]}, {plural(w[2:])}}
		case strings.HasPrefix(w, "V:") && len(w) > 2:
			alts = [][]string{{w[2:]}}
			for _, f := range regularForms(w[2:]) {
				alts = append(alts, []string{f})
			}
		default:
			alts = [][]string{{w}}
		}
		// "pre+n:school": the + joins words with a space or a hyphen.
		var expanded [][]string
		for _, a := range alts {
			expanded = append(expanded, expandPlus(a[0])...)
		}
		var next [][]string
		for _, f := range forms {
			for _, a := range expanded {
				next = append(next, append(append([]string(nil), f...), a...))
			}
		}
		forms = next
		if len(forms) > 256 {
			break
		}
	}
	return forms
}

// expandPlus turns "EARLY+CHILDHOOD" into ["EARLY","CHILDHOOD"] and
// ["EARLY-CHILDHOOD"]; inner n:/v: markers after '+' are expanded too.
func expandPlus(w string) [][]string {
	if !strings.Contains(w, "+") {
		return [][]string{{w}}
	}
	parts := strings.Split(w, "+")
	for i, p := range parts {
		parts[i] = strings.TrimPrefix(strings.TrimPrefix(p, "N:"), "V:")
	}
	var spaced []string
	for _, p := range parts {
		if p != "" {
			spaced = append(spaced, p)
		}
	}
	if len(spaced) == 0 {
		return nil
	}
	return [][]string{spaced, {strings.Join(spaced, "-")}}
}
