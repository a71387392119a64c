package dict

import (
	"fmt"
	"io"
	"strings"
)

// VerbDict is a verb dictionary as read: synonym sets, verb blocks with
// their patterns, and PETRARCH-2's verb transformations.
type VerbDict struct {
	// Synsets maps a synset name without '&' or trailing '_'
	// ("CURRENCY") to its definition.
	Synsets map[string]*Synset
	Blocks  []*VerbBlock
	// Transformations are the "~ a (a b ATTACK) SAY = a b 015" lines,
	// kept as read for the coder.
	Transformations []Transformation
	// Discards are the phrases of a TABARI "<TIME>" section coded
	// "[###]" (discard) or "[+++]" (too complex to code): a sentence
	// holding one is not coded. Compile adds them to the discards.
	Discards []Discard `json:",omitempty"`
}

// Synset is a named set of words or phrases a pattern may use in place of
// one word ("&CURRENCY").
type Synset struct {
	Name string
	// Members are the phrases as upper-case words, with the regular
	// plurals added unless the set or the member ends with '_', and with
	// members that name other synsets replaced by those sets' members.
	Members [][]string
	Line    int
}

// VerbBlock is a set of verbs that share patterns, headed in PETRARCH-2
// by "--- NAME [CODE] ---". In a TABARI file each verb is its own block.
type VerbBlock struct {
	Name string
	// Code is the block's code for a verb matched without any pattern;
	// "---" is the null code (no event).
	Code     string
	Verbs    []Verb
	Patterns []Pattern
	Source   string
	Line     int
}

// Verb is one verb of a block with all its inflected forms.
type Verb struct {
	// Word is the verb proper (for "+CORDON_OFF", "CORDON").
	Word string
	// Forms are Word and its inflections ("CUT", "CUTS", "CUTTING"):
	// the regular ones generated, or exactly those listed in {...}.
	Forms []string
	// Before and After are the other words of a multi-word verb:
	// RE_+ARREST has Before ["RE"], +CORDON_OFF has After ["OFF"].
	Before, After []string
	// Code is the verb's own code, "" when the block's applies.
	Code string
	// Source is the file the verb was read from when that is not its
	// block's (a supplement's verb added to a main dictionary's block),
	// else ""; Line is its line there.
	Source string `json:",omitempty"`
	Line   int
	// Exact reports a TABARI verb written "BAN=": only the word itself
	// matches, no inflection and no longer word it begins.
	Exact bool `json:",omitempty"`
	// Stems are the forms a TABARI dictionary wrote without a trailing
	// underscore ("CRITICI", "ACTUALITY"): a longer word they begin
	// matches too ("criticised", "actualityss").
	Stems []string `json:",omitempty"`
}

// Pattern is one "- ..." line: what must surround the verb for the
// pattern's code to apply.
type Pattern struct {
	// Code is the event code ("161"); "---" is the null code. It is ""
	// when the line gives only a second code ("[:190]").
	Code string
	// Passive is the second code of "[A:B]", "" when there is none.
	Passive string
	// Before are the elements before the verb and After those after it,
	// each in text order.
	Before, After []Element
	// Text is the line as written without its comment, Comment the
	// comment (PETRARCH keeps the verb the pattern came from there).
	Text, Comment string
	Line          int
	// TightBefore and TightAfter report TABARI's '_' between the verb
	// and the word next to it ("RECENT~_*"): that word must be right
	// before (after) the verb, with nothing between.
	TightBefore, TightAfter bool `json:",omitempty"`
}

// ElemKind tells what an Element of a pattern stands for.
type ElemKind uint8

// The kinds of Element.
const (
	// Noun is a noun phrase: one word, a synset, or a {...} phrase whose
	// last term is the head.
	Noun ElemKind = iota
	// Prep is a prepositional phrase "(PREP objects...)".
	Prep
	// Source ($) marks where the source actor is.
	Source
	// Target (+) marks where the target actor is.
	Target
	// Skip (^) stands for an actor to pass over.
	Skip
	// Compound (%) marks a compound actor.
	Compound
)

// Element is one piece of a pattern.
type Element struct {
	Kind ElemKind
	// Terms are a Noun's words, head last.
	Terms []Term `json:",omitempty"`
	// Prep is a Prep's preposition and Objects what it governs.
	Prep    string    `json:",omitempty"`
	Objects []Element `json:",omitempty"`
}

// Term is one word slot of a pattern: a plain word, a synset, or (from
// TABARI's "{ A | B }") a list of alternatives. Phrases lists what it
// matches.
type Term struct {
	Word string `json:",omitempty"`
	// Synset names the set when the term is "&NAME".
	Synset string `json:",omitempty"`
	// Alts lists the alternatives of "{ A | B }".
	Alts [][]string `json:",omitempty"`

	members [][]string // the synset's members, shared with Synset.Members
}

// Phrases returns the phrases the term matches, as upper-case words: the
// word itself, the synset's members (plurals and nested synsets
// expanded; nil for an undefined synset) or the alternatives.
func (t Term) Phrases() [][]string {
	switch {
	case t.Synset != "":
		return t.members
	case t.Alts != nil:
		return t.Alts
	}
	return [][]string{{t.Word}}
}

// Transformation is a PETRARCH-2 verb transformation line.
type Transformation struct {
	// Pattern is the left of '=' without '~'; Result the right.
	Pattern, Result string
	Line            int
}

// ReadVerbs reads a verb dictionary in PETRARCH-2 syntax (synsets,
// "--- NAME [CODE] ---" blocks, verb lines, "- ... * ... [CODE]"
// patterns, "~" transformations) or TABARI syntax (no block headers:
// every verb line starts a block; "<SYNSETS>" sections; "{ A | B }"
// alternatives; "<TIME>" sections are skipped). Synset references are
// resolved after the whole file is read, so a synset may be defined after
// its use. ReadVerbs stops at the first bad line; the dictionary read so
// far is returned with the *ParseError.
func ReadVerbs(r io.Reader) (*VerbDict, error) { return readVerbs(r, "", false) }

type verbReader struct {
	l        *lines
	d        *VerbDict
	block    *VerbBlock
	synset   *Synset
	noPlural map[*Synset]bool
	raw      map[*Synset][][]string // members before plurals and nesting
	rawText  map[*Synset][]string   // members as written
	headers  bool                   // a "---" header has been seen
	skip     string
	lenient  bool
	errs     []error
}

func readVerbs(r io.Reader, file string, lenient bool) (*VerbDict, error) {
	v := &verbReader{
		l:        newLines(r, file),
		d:        &VerbDict{Synsets: make(map[string]*Synset)},
		noPlural: make(map[*Synset]bool),
		raw:      make(map[*Synset][][]string),
		rawText:  make(map[*Synset][]string),
		lenient:  lenient,
	}
	for {
		raw, n, ok := v.l.next()
		if !ok {
			break
		}
		if err := v.line(strings.TrimSpace(raw), n); err != nil {
			v.errs = append(v.errs, v.l.errorf(n, raw, err))
			if !lenient {
				return v.d, v.errs[0]
			}
		}
	}
	if v.l.err != nil {
		return v.d, v.l.err
	}
	v.resolve()
	return v.d, joinErrs(v.errs)
}

func (v *verbReader) line(t string, n int) error {
	if v.skip != "" {
		if strings.EqualFold(t, v.skip) {
			v.skip = ""
		} else if strings.EqualFold(v.skip, "</TIME>") {
			v.timePhrase(t, n)
		}
		return nil
	}
	if t[0] == '<' && t[len(t)-1] == '>' {
		tag := strings.ToUpper(strings.Trim(t, "<>/ "))
		if !strings.HasPrefix(t, "</") && tag != "SYNSETS" {
			v.skip = "</" + t[1:]
		}
		v.synset = nil
		return nil
	}
	switch {
	case strings.HasPrefix(t, "---"):
		v.synset = nil
		v.headers = true
		return v.header(t, n)
	case t[0] == '-':
		v.synset = nil
		if v.block == nil {
			return fmt.Errorf("%w: pattern before any verb", ErrSyntax)
		}
		p, err := parsePattern(t[1:], n, !v.headers)
		if err != nil {
			return err
		}
		p.Comment = v.l.comment
		v.block.Patterns = append(v.block.Patterns, p)
		return nil
	case t[0] == '&':
		name, noPl := synsetName(t)
		if name == "" || strings.ContainsAny(name, " \t[{(") {
			return fmt.Errorf("%w: bad synset name", ErrSyntax)
		}
		s := &Synset{Name: name, Line: n}
		v.d.Synsets[name] = s
		v.noPlural[s] = noPl
		v.synset = s
		return nil
	case t[0] == '+' && v.synset != nil:
		m := t[1:]
		ph := words(m)
		if len(ph) == 0 {
			return fmt.Errorf("%w: empty synset member", ErrSyntax)
		}
		v.raw[v.synset] = append(v.raw[v.synset], ph)
		v.rawText[v.synset] = append(v.rawText[v.synset], m)
		if !v.noPlural[v.synset] && !strings.HasSuffix(strings.TrimSpace(m), "_") && !strings.HasPrefix(ph[0], "&") && !strings.HasPrefix(ph[len(ph)-1], "&") {
			last := len(ph) - 1
			pl := append(append([]string(nil), ph[:last]...), plural(ph[last]))
			v.raw[v.synset] = append(v.raw[v.synset], pl)
		}
		return nil
	case t[0] == '~':
		v.synset = nil
		left, right, ok := strings.Cut(t[1:], "=")
		if !ok {
			return fmt.Errorf("%w: transformation without '='", ErrSyntax)
		}
		v.d.Transformations = append(v.d.Transformations, Transformation{
			Pattern: strings.Join(strings.Fields(left), " "),
			Result:  strings.Join(strings.Fields(right), " "),
			Line:    n,
		})
		return nil
	}
	v.synset = nil
	if t[0] == '{' && !v.headers && v.block != nil && len(v.block.Verbs) > 0 {
		// TABARI: "{ BROKE_ BROKEN_ }" on its own line lists more
		// forms of the verb above.
		body, rest, ok := strings.Cut(t[1:], "}")
		if !ok || strings.TrimSpace(rest) != "" {
			return fmt.Errorf("%w: bad verb forms line", ErrSyntax)
		}
		vb := &v.block.Verbs[len(v.block.Verbs)-1]
		for _, form := range strings.Fields(body) {
			w, _, _, err := splitMultiWord(strings.ToUpper(form))
			if err != nil {
				return err
			}
			vb.Forms = appendNew(vb.Forms, w)
			if !strings.ContainsAny(form, "_+") {
				vb.Stems = appendNew(vb.Stems, w)
			}
		}
		return nil
	}
	verb, err := parseVerb(t, n)
	if err != nil {
		return err
	}
	if v.headers {
		// PETRARCH-2 matches verb forms whole.
		verb.Stems = nil
	}
	if !v.headers {
		// TABARI: every verb heads its own block.
		code := verb.Code
		if code == "" {
			code = "---"
		}
		v.block = &VerbBlock{Name: verb.Word, Code: code, Source: v.l.file, Line: n}
		v.d.Blocks = append(v.d.Blocks, v.block)
	}
	if v.block == nil {
		return fmt.Errorf("%w: verb before any block", ErrSyntax)
	}
	v.block.Verbs = append(v.block.Verbs, verb)
	return nil
}

// timePhrase reads a line of a TABARI "<TIME>" section: a phrase coded
// "[###]" or "[+++]" is kept as a sentence discard; shifts ("[-7]") and
// patterns are not used.
func (v *verbReader) timePhrase(t string, n int) {
	i := strings.IndexByte(t, '[')
	j := strings.LastIndexByte(t, ']')
	if i <= 0 || j < i || t[0] == '-' {
		return
	}
	switch strings.TrimSpace(t[i+1 : j]) {
	case "###", "+++":
	default:
		return
	}
	ph := strings.TrimSpace(t[:i])
	if w := words(ph); len(w) > 0 {
		v.d.Discards = append(v.d.Discards, Discard{Words: w, Whole: strings.HasSuffix(ph, "_"), Source: v.l.file, Line: n})
	}
}

// header reads "---  NAME   [CODE]  ---".
func (v *verbReader) header(t string, n int) error {
	body := strings.TrimSpace(strings.Trim(t, "-"))
	name, code := body, "---"
	if i := strings.IndexByte(body, '['); i >= 0 {
		j := strings.IndexByte(body, ']')
		if j < i {
			return fmt.Errorf("%w: missing ']'", ErrSyntax)
		}
		name = strings.TrimSpace(body[:i])
		if c := strings.TrimSpace(body[i+1 : j]); c != "" {
			code = c
		}
		if !validEventCode(code) {
			return fmt.Errorf("%w %q", ErrCode, code)
		}
	}
	name = strings.ToUpper(strings.Join(strings.Fields(name), " "))
	if name == "" {
		return fmt.Errorf("%w: block without a name", ErrSyntax)
	}
	v.block = &VerbBlock{Name: name, Code: code, Source: v.l.file, Line: n}
	v.d.Blocks = append(v.d.Blocks, v.block)
	return nil
}

// synsetName returns the name of "&NAME_" without '&' and trailing '_',
// and whether the trailing '_' asked for no plurals.
func synsetName(t string) (string, bool) {
	f := strings.Fields(t)
	if len(f) == 0 {
		return "", false
	}
	s := strings.ToUpper(strings.TrimPrefix(f[0], "&"))
	noPl := strings.HasSuffix(s, "_")
	return strings.TrimRight(s, "_"), noPl
}

// parseVerb reads a verb line: "SAY {SAID SAYING} [010]",
// "+CORDON_OFF {+CORDONED_OFF ...}", "RE_+ARREST", "ACCUSE [112]".
func parseVerb(t string, n int) (Verb, error) {
	var vb Verb
	vb.Line = n
	if i := strings.IndexByte(t, '['); i >= 0 {
		j := strings.LastIndexByte(t, ']')
		if j < i {
			return vb, fmt.Errorf("%w: missing ']'", ErrSyntax)
		}
		code := strings.TrimSpace(t[i+1 : j])
		if !validEventCode(code) {
			return vb, fmt.Errorf("%w %q", ErrCode, code)
		}
		vb.Code = code
		t = t[:i] + t[j+1:]
	}
	var listed []string
	braces := false
	if i := strings.IndexByte(t, '{'); i >= 0 {
		j := strings.IndexByte(t, '}')
		if j < i {
			return vb, fmt.Errorf("%w: missing '}'", ErrSyntax)
		}
		braces = true
		listed = strings.Fields(t[i+1 : j])
		t = t[:i] + t[j+1:]
	}
	vb.Exact = strings.Contains(t, "=")
	f := strings.Fields(strings.ReplaceAll(t, "=", " "))
	if len(f) == 0 {
		return vb, fmt.Errorf("%w: empty verb line", ErrSyntax)
	}
	primary := strings.ToUpper(strings.Join(f, "_"))
	if len(f) > 1 || strings.Contains(strings.Trim(primary, "_"), "_") && !strings.Contains(primary, "+") {
		// TABARI writes multi-word verbs without '+': "BURN DOWN",
		// "CALLED_ON". The first word is the verb.
		primary = "+" + strings.TrimPrefix(primary, "+")
	}
	word, before, after, err := splitMultiWord(primary)
	if err != nil {
		return vb, err
	}
	vb.Word, vb.Before, vb.After = word, before, after
	vb.Forms = []string{word}
	if len(f) == 1 && !vb.Exact && !strings.ContainsAny(primary, "_+") {
		vb.Stems = []string{word}
	}
	if braces {
		for _, form := range listed {
			w, _, _, err := splitMultiWord(strings.ToUpper(form))
			if err != nil {
				return vb, err
			}
			vb.Forms = appendNew(vb.Forms, w)
			if !strings.ContainsAny(form, "_+") {
				vb.Stems = appendNew(vb.Stems, w)
			}
		}
	} else if !vb.Exact {
		for _, w := range regularForms(word) {
			vb.Forms = appendNew(vb.Forms, w)
		}
	}
	return vb, nil
}

// splitMultiWord splits "RE_+ARREST" or "+CORDON_OFF" at the '+' word; a
// plain verb has no other words. A multi-word verb must mark its verb.
func splitMultiWord(s string) (word string, before, after []string, err error) {
	parts := strings.Split(strings.Trim(s, "_"), "_")
	if len(parts) == 1 {
		w := strings.TrimPrefix(parts[0], "+")
		if w == "" {
			return "", nil, nil, fmt.Errorf("%w: empty verb", ErrSyntax)
		}
		return w, nil, nil, nil
	}
	at := -1
	for i, p := range parts {
		if strings.HasPrefix(p, "+") {
			at = i
			break
		}
	}
	if at < 0 {
		return "", nil, nil, fmt.Errorf("%w: multi-word verb %q without '+'", ErrSyntax, s)
	}
	word = strings.TrimPrefix(parts[at], "+")
	if word == "" {
		return "", nil, nil, fmt.Errorf("%w: empty verb", ErrSyntax)
	}
	for _, p := range parts[:at] {
		if p != "" {
			before = append(before, p)
		}
	}
	for _, p := range parts[at+1:] {
		if p != "" {
			after = append(after, p)
		}
	}
	return word, before, after, nil
}

// regularForms returns the regular -S, -ED and -ING forms of a verb, with
// PETRARCH-2's rules: -ES after S, X, Z; consonant+Y takes -IES; a final
// E takes -D, and drops before -ING unless a vowel precedes it (AGREE,
// AGREEING).
func regularForms(w string) []string {
	n := len(w)
	if n == 0 {
		return nil
	}
	var s, ed, ing string
	switch last := w[n-1]; {
	case last == 'S' || last == 'X' || last == 'Z' || strings.HasSuffix(w, "CH") || strings.HasSuffix(w, "SH"):
		s = w + "ES"
	case last == 'Y' && n > 1 && !strings.ContainsRune("AEIOU", rune(w[n-2])):
		s = w[:n-1] + "IES"
	default:
		s = w + "S"
	}
	switch {
	case w[n-1] == 'E':
		ed = w + "D"
		if n > 1 && strings.ContainsRune("AEIOU", rune(w[n-2])) {
			ing = w + "ING"
		} else {
			ing = w[:n-1] + "ING"
		}
	case w[n-1] == 'Y' && n > 1 && !strings.ContainsRune("AEIOU", rune(w[n-2])):
		ed, ing = w[:n-1]+"IED", w+"ING"
	default:
		ed, ing = w+"ED", w+"ING"
	}
	return []string{s, ed, ing}
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// validEventCode accepts "---", CAMEO codes and the legacy codes of test
// dictionaries: letters, digits, '-' and ':' (the two-code form), and a
// trailing '!' seen once in CAMEO.2.0.txt.
func validEventCode(c string) bool {
	if c == "" || len(c) > 32 {
		return false
	}
	for i := 0; i < len(c); i++ {
		b := c[i]
		if !(b >= '0' && b <= '9' || b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b == '-' || b == ':' || b == '!' || b == '+' || b == '#') {
			return false
		}
	}
	return true
}

// parsePattern reads a pattern line without its leading '-'.
func parsePattern(s string, n int, tabari bool) (Pattern, error) {
	p := Pattern{Line: n}
	p.Text = strings.TrimSpace("- " + strings.TrimSpace(s))
	i := strings.LastIndexByte(s, '[')
	j := strings.LastIndexByte(s, ']')
	if i < 0 || j < i {
		return p, fmt.Errorf("%w: pattern without [code]", ErrCode)
	}
	if rest := strings.TrimSpace(s[j+1:]); rest != "" {
		return p, fmt.Errorf("%w: text after the code", ErrSyntax)
	}
	code := strings.TrimSpace(s[i+1 : j])
	if !validEventCode(code) {
		return p, fmt.Errorf("%w %q", ErrCode, code)
	}
	code = strings.TrimSuffix(code, "!")
	p.Code, p.Passive, _ = strings.Cut(code, ":")
	body := dropEcho(s[:i])
	if tabari {
		if k := strings.Index(body, "_*"); k > 0 && !strings.ContainsRune(" \t(){}|*", rune(body[k-1])) {
			p.TightBefore = true
		}
		if k := strings.Index(body, "*_"); k >= 0 && k+2 < len(body) && !strings.ContainsRune(" \t(){}|*", rune(body[k+2])) {
			p.TightAfter = true
		}
	}
	toks, err := tokenize(body, tabari)
	if err != nil {
		return p, err
	}
	star := -1
	depth := 0
	for k, t := range toks {
		switch t {
		case "(", "{":
			depth++
		case ")", "}":
			depth--
		case "*":
			if depth == 0 && star < 0 {
				star = k
			}
		}
	}
	if star < 0 {
		return p, fmt.Errorf("%w: pattern without '*'", ErrSyntax)
	}
	if p.Before, err = parseElements(toks[:star]); err != nil {
		return p, err
	}
	if p.After, err = parseElements(toks[star+1:]); err != nil {
		return p, err
	}
	return p, nil
}

// dropEcho repairs a copy-paste slip seen twice in CAMEO.2.0.txt, where
// the end of the last prepositional phrase is repeated before the code:
// "* VENTURE (WITH VISIT)   VISIT)" becomes "* VENTURE (WITH VISIT)".
func dropEcho(body string) string {
	t := strings.TrimRight(body, " \t")
	i := strings.LastIndexAny(t, " \t")
	if i < 0 || !strings.HasSuffix(t, ")") {
		return body
	}
	echo := t[i+1:]
	rest := strings.TrimRight(t[:i], " \t")
	if strings.Count(echo, ")") == 1 && !strings.Contains(echo, "(") && strings.HasSuffix(rest, echo) &&
		strings.Count(t, "(") < strings.Count(t, ")") {
		return rest
	}
	return body
}

// tokenize splits a pattern body into words and the brackets ( ) { } |,
// treating '_' as a word separator.
func tokenize(s string, tabari bool) ([]string, error) {
	var out []string
	start := -1
	flush := func(k int) {
		if start >= 0 {
			w := s[start:k]
			start = -1
			if t := strings.TrimRight(w, "=~"); len(t) > 1 && strings.HasSuffix(t, "-") && strings.Trim(t, "-") != "" {
				// "ANTI-": the tokens "anti" "-" of "anti- Gondor".
				out = append(out, strings.ToUpper(strings.TrimRight(t, "-")), "_", "-")
				return
			}
			if h, ok := contraction(strings.TrimRight(w, "=~")); ok {
				// "DON'T": the tokens "do" "n't" of the text.
				out = append(out, strings.ToUpper(h), "_", "N'T")
				if tabari {
					out[len(out)-1] = tabariWord("N'T", k < len(s) && s[k] == '_')
				}
				return
			}
			if tabari {
				w = tabariWord(w, k < len(s) && s[k] == '_')
			} else if t := strings.TrimRight(w, "=~"); t != "" {
				// TABARI's marks in a PETRARCH file: the word is
				// matched whole.
				w = t
			}
			out = append(out, strings.ToUpper(w))
		}
	}
	word := func(c byte) bool { return !strings.ContainsRune(" \t_(){}|*", rune(c)) }
	for k := 0; k < len(s); k++ {
		switch c := s[k]; c {
		case '_':
			flush(k)
			// An underscore between two words joins them: they must
			// be consecutive ("NEW_&TIETYPES_RELATIONS").
			if k > 0 && k+1 < len(s) && word(s[k-1]) && word(s[k+1]) {
				out = append(out, "_")
			}
		case ' ', '\t':
			flush(k)
		case '(', ')', '{', '}', '|', '*':
			flush(k)
			out = append(out, string(c))
		default:
			if start < 0 {
				start = k
			}
		}
	}
	flush(len(s))
	return out, nil
}

// Stem marks a TABARI pattern or synset word that a longer word it
// begins also matches: "REVOLUTION~" matches "revolutionary". TABARI
// reads every such word as a stem unless an underscore closes it
// ("RESOLUTION_" matches only itself) or '=' ends it.
const Stem = "~"

// tabariWord returns a TABARI word as the matcher keeps it: with Stem
// appended when it is open, without its '=' or '~' marks; closed reports
// an underscore right after it. Slot and bracket tokens and synset names
// are returned as they are.
func tabariWord(w string, closed bool) string {
	open := !closed
	switch {
	case strings.HasSuffix(w, "~"):
		open = true
	case strings.HasSuffix(w, "="):
		open = false
	}
	t := strings.TrimRight(w, "=~")
	if t == "" || strings.HasPrefix(t, "&") {
		return w
	}
	word := false
	for i := 0; i < len(t); i++ {
		if c := t[i]; c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			word = true
			break
		}
	}
	if !word {
		return t
	}
	if open {
		return t + Stem
	}
	return t
}

// tabariWords splits a TABARI phrase into its words, upper-cased and
// marked with Stem where open.
func tabariWords(s string) []string {
	var out []string
	start := -1
	for k := 0; k <= len(s); k++ {
		if k < len(s) && s[k] != ' ' && s[k] != '\t' && s[k] != '_' {
			if start < 0 {
				start = k
			}
			continue
		}
		if start >= 0 {
			if h, ok := contraction(strings.TrimRight(s[start:k], "=~")); ok {
				out = append(out, strings.ToUpper(h), tabariWord("N'T", k < len(s) && s[k] == '_'))
			} else {
				out = append(out, strings.ToUpper(tabariWord(s[start:k], k < len(s) && s[k] == '_')))
			}
			start = -1
		}
	}
	return out
}

// contraction splits a word ending in "N'T" ("DIDN'T", "WON'T") into the
// word before it ("DID", "WO"), as the tokenizer splits the text.
func contraction(w string) (string, bool) {
	u := strings.ToUpper(w)
	if len(u) > 3 && strings.HasSuffix(u, "N'T") {
		return w[:len(w)-3], true
	}
	return "", false
}

// parseElements parses the tokens on one side of '*'.
func parseElements(toks []string) ([]Element, error) {
	var out []Element
	for k := 0; k < len(toks); {
		if toks[k] == "_" {
			k++
			continue
		}
		e, next, err := parseElement(toks, k, 0)
		if err != nil {
			return nil, err
		}
		out = appendJoined(out, e, k > 0 && toks[k-1] == "_")
		k = next
	}
	return out, nil
}

// appendJoined appends e to out; a word joined by '_' to the word before
// it extends that element, so that the two match only consecutively.
func appendJoined(out []Element, e Element, joined bool) []Element {
	if joined && len(out) > 0 {
		last := &out[len(out)-1]
		if last.Kind == Noun && e.Kind == Noun {
			last.Terms = append(last.Terms, e.Terms...)
			return out
		}
	}
	return append(out, e)
}

// parseElement parses one element starting at toks[k] and returns the
// index after it.
func parseElement(toks []string, k, depth int) (Element, int, error) {
	if depth > 8 {
		return Element{}, 0, fmt.Errorf("%w: brackets nested too deep", ErrSyntax)
	}
	switch t := toks[k]; t {
	case "(":
		k++
		if k >= len(toks) || isBracket(toks[k]) {
			return Element{}, 0, fmt.Errorf("%w: '(' without a preposition", ErrSyntax)
		}
		e := Element{Kind: Prep, Prep: toks[k]}
		k++
		for {
			if k >= len(toks) {
				return Element{}, 0, fmt.Errorf("%w: missing ')'", ErrSyntax)
			}
			if toks[k] == ")" {
				return e, k + 1, nil
			}
			if toks[k] == "(" {
				return Element{}, 0, fmt.Errorf("%w: '(' inside '(...)'", ErrSyntax)
			}
			if toks[k] == "_" {
				k++
				continue
			}
			o, next, err := parseElement(toks, k, depth+1)
			if err != nil {
				return Element{}, 0, err
			}
			e.Objects = appendJoined(e.Objects, o, toks[k-1] == "_")
			k = next
		}
	case "{":
		e := Element{Kind: Noun}
		k++
		var alts [][]string
		var cur []string
		isAlt := false
		for {
			if k >= len(toks) {
				return Element{}, 0, fmt.Errorf("%w: missing '}'", ErrSyntax)
			}
			switch t := toks[k]; t {
			case "}":
				if isAlt {
					if len(cur) > 0 {
						alts = append(alts, cur)
					}
					if len(alts) == 0 {
						return Element{}, 0, fmt.Errorf("%w: empty alternatives", ErrSyntax)
					}
					e.Terms = []Term{{Alts: alts}}
				}
				if len(e.Terms) == 0 {
					return Element{}, 0, fmt.Errorf("%w: empty '{}'", ErrSyntax)
				}
				return e, k + 1, nil
			case "|":
				isAlt = true
				alts = append(alts, cur)
				cur = nil
			case "(", ")", "{", "*":
				return Element{}, 0, fmt.Errorf("%w: %q inside '{...}'", ErrSyntax, t)
			case "_":
			default:
				cur = append(cur, t)
				e.Terms = append(e.Terms, term(t))
			}
			k++
		}
	case ")", "}", "|", "*":
		return Element{}, 0, fmt.Errorf("%w: unexpected %q", ErrSyntax, t)
	case "_":
		// A joiner with nothing to join ("$_(": the slot and the
		// bracket follow each other anyway).
		if k+1 >= len(toks) {
			return Element{Kind: Skip}, k + 1, nil
		}
		return parseElement(toks, k+1, depth)
	case "$":
		return Element{Kind: Source}, k + 1, nil
	case "+":
		return Element{Kind: Target}, k + 1, nil
	case "^":
		return Element{Kind: Skip}, k + 1, nil
	case "%":
		return Element{Kind: Compound}, k + 1, nil
	default:
		return Element{Kind: Noun, Terms: []Term{term(t)}}, k + 1, nil
	}
}

func isBracket(t string) bool { return len(t) == 1 && strings.Contains("(){}|*", t) }

func term(w string) Term {
	if strings.HasPrefix(w, "&") && len(w) > 1 {
		return Term{Synset: strings.TrimRight(w[1:], "_")}
	}
	return Term{Word: w}
}

// resolve expands nested synsets and plurals and points every synset
// term of every pattern at its set's members. Undefined synsets are
// errors.
// maxExpanded bounds the phrases one synset member with nested sets
// expands to.
const maxExpanded = 256

func (v *verbReader) resolve() {
	d := v.d
	if !v.headers {
		// TABARI: a member's words are stems unless an underscore
		// closes them, so no plurals are generated.
		for syn, ms := range v.rawText {
			raw := make([][]string, 0, len(ms))
			for _, m := range ms {
				if ph := tabariWords(m); len(ph) > 0 {
					raw = append(raw, ph)
				}
			}
			v.raw[syn] = raw
		}
	}
	done := make(map[*Synset]bool)
	var expand func(s *Synset, depth int) [][]string
	expand = func(s *Synset, depth int) [][]string {
		if done[s] || depth > 8 {
			return s.Members
		}
		done[s] = true
		var out [][]string
		for _, ph := range v.raw[s] {
			if len(ph) == 1 && strings.HasPrefix(ph[0], "&") {
				if sub, ok := d.Synsets[strings.TrimRight(ph[0][1:], "_")]; ok && sub != s {
					out = append(out, expand(sub, depth+1)...)
				}
				continue
			}
			// A member naming a set among its words
			// ("&TIETYPES_MEMOS") stands for each member of that
			// set in its place.
			alts := [][]string{nil}
			for _, w := range ph {
				if !strings.HasPrefix(w, "&") {
					for i := range alts {
						alts[i] = append(alts[i], w)
					}
					continue
				}
				// An undefined set, or the set itself, matches
				// nothing.
				sub, ok := d.Synsets[strings.TrimRight(w[1:], "_")]
				if !ok || sub == s {
					alts = nil
					break
				}
				var next [][]string
				for _, a := range alts {
					for _, m := range expand(sub, depth+1) {
						if len(next) < maxExpanded {
							next = append(next, append(append([]string(nil), a...), m...))
						}
					}
				}
				alts = next
			}
			out = append(out, alts...)
		}
		s.Members = out
		return out
	}
	for _, s := range d.Synsets {
		expand(s, 0)
	}
	v.errs = append(v.errs, resolvePatterns(d, v.l.file)...)
}

// resolvePatterns points the synset terms of every pattern at the
// members of their sets and reports patterns using undefined synsets
// (they are kept; such a term matches nothing).
func resolvePatterns(d *VerbDict, file string) []error {
	var errs []error
	for _, b := range d.Blocks {
		for _, p := range b.Patterns {
			n1, ok1 := resolveElems(d, p.Before)
			n2, ok2 := resolveElems(d, p.After)
			if !ok1 || !ok2 {
				name := n1
				if ok1 {
					name = n2
				}
				errs = append(errs, &ParseError{File: file, Line: p.Line, Text: p.Text, Err: fmt.Errorf("%w &%s", ErrSynset, name)})
			}
		}
	}
	return errs
}

// resolveElems fills Alts of synset terms; it reports the first
// undefined synset. Terms of undefined synsets keep empty Alts and so
// match nothing.
func resolveElems(d *VerbDict, es []Element) (string, bool) {
	bad := ""
	for i := range es {
		e := &es[i]
		for j := range e.Terms {
			t := &e.Terms[j]
			if t.Synset != "" {
				if s, ok := d.Synsets[t.Synset]; ok {
					t.members = s.Members
				} else if bad == "" {
					bad = t.Synset
				}
				continue
			}
			if t.Alts != nil {
				var alts [][]string
				for _, a := range t.Alts {
					if len(a) == 1 && strings.HasPrefix(a[0], "&") {
						if s, ok := d.Synsets[strings.TrimRight(a[0][1:], "_")]; ok {
							alts = append(alts, s.Members...)
							continue
						}
					}
					alts = append(alts, a)
				}
				t.Alts = alts
			}
		}
		if name, ok := resolveElems(d, e.Objects); !ok && bad == "" {
			bad = name
		}
	}
	return bad, bad == ""
}
