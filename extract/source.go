package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sourceCredit finds the original outlet of a republished report in the
// body's first and last paragraphs: "TIRANA, Sept 7 (Reuters) -",
// "(AFP) —", "— Iran Press TV", "This article originally appeared on
// X", "Source: X".
func sourceCredit(paras []string) string {
	if len(paras) == 0 {
		return ""
	}
	if s := openingCredit(paras[0]); s != "" {
		return s
	}
	for i := len(paras) - 1; i >= max(0, len(paras)-3); i-- {
		if s := closingCredit(paras[i]); s != "" {
			return s
		}
	}
	return ""
}

// openingCredit reads a wire credit in a dateline: "TIRANA, Sept 7
// (Reuters) -", "SEOUL (MPA) –", or "(CNN)" opening the paragraph. A
// name in brackets inside the sentence ("the National Liberation Army
// (ELN) said") is not a credit.
func openingCredit(p string) string {
	head := p[:min(len(p), 120)]
	for off := 0; off < len(head); {
		i := strings.IndexByte(head[off:], '(')
		if i < 0 {
			return ""
		}
		i += off
		j := strings.IndexByte(head[i:], ')')
		if j < 0 {
			return ""
		}
		name := strings.TrimSpace(head[i+1 : i+j])
		off = i + j + 1
		if outletName(name) && (i == 0 || datelineHead(head[:i]) && dashNext(p[off:])) {
			return name
		}
	}
	return ""
}

// datelineHead reports whether s can be the place and date of a
// dateline: a few words, each capitalised or a number ("TIRANA, Sept 7",
// "HAYWARD, Calif.").
func datelineHead(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// dashNext reports whether s opens with a dash or colon after spaces.
func dashNext(s string) bool {
	s = strings.TrimLeft(s, " ")
	return strings.HasPrefix(s, "-") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "—") || strings.HasPrefix(s, ":")
}

// closingCredit reads a credit line ending an article.
func closingCredit(p string) string {
	p = strings.TrimSpace(p)
	if len(p) > 160 {
		return ""
	}
	for _, pre := range []string{"This article originally appeared on ", "This article originally appeared in ",
		"This article was originally published on ", "This article was originally published by ",
		"Originally published by ", "Originally published on ", "Originally published at ",
		"This story originally appeared on ", "This article first appeared on ", "Source: ", "SOURCE: ",
		"Source - ", "(With inputs from ", "With inputs from ", "—", "–", "- "} {
		rest, ok := strings.CutPrefix(p, pre)
		if !ok {
			continue
		}
		if k := strings.IndexAny(rest, ";|"); k > 0 {
			rest = rest[:k]
		}
		rest = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(rest), ".)"))
		dash := pre == "—" || pre == "–" || pre == "- "
		if outletName(rest) && (!dash || titleCase(rest)) {
			return rest
		}
	}
	return ""
}

// creditPhrases introduce the original outlet in a republication notice
// anywhere in a line: "This story was first published by X."
var creditPhrases = []string{
	"originally published by ", "originally published on ", "originally published in ", "originally published at ",
	"first published by ", "first published on ", "first published in ", "first published at ",
	"originally appeared on ", "originally appeared in ", "first appeared on ", "first appeared in ",
	"republished from ", "reprinted from ", "reprinted with permission from ", "republished with permission from ",
}

// creditPrefixes introduce it at the start of a line: "Source: X".
var creditPrefixes = []string{"Source: ", "SOURCE: ", "Source - ", "Wire copy: ", "Courtesy of "}

// creditLine reads a republication notice: the outlet's name and the
// abbreviation given with it ("Hormuz News Agency (HNA)"). Lines opening
// "Source:" count only when prefixes is set.
func creditLine(t string, prefixes bool) (name, abbr string, ok bool) {
	if len(t) > 300 {
		return "", "", false
	}
	if prefixes {
		for _, pre := range creditPrefixes {
			if rest, found := strings.CutPrefix(t, pre); found {
				if name, abbr = leadName(rest); outletName(name) {
					return name, abbr, true
				}
				return "", "", false
			}
		}
	}
	if !mayCredit([]byte(t)) {
		return "", "", false
	}
	l := strings.ToLower(t)
	if len(l) != len(t) {
		return "", "", false
	}
	for _, ph := range creditPhrases {
		i := strings.Index(l, ph)
		if i < 0 {
			continue
		}
		if name, abbr = leadName(t[i+len(ph):]); outletName(name) {
			return name, abbr, true
		}
	}
	return "", "", false
}

// mayCredit reports whether t can hold a credit phrase: each holds one
// of these words.
func mayCredit(t []byte) bool {
	return bytes.Contains(t, []byte("ublished")) || bytes.Contains(t, []byte("ppeared")) || bytes.Contains(t, []byte("printed"))
}

// nameConnectives may join the words of a name: "Voice of America".
var nameConnectives = map[string]bool{"of": true, "the": true, "for": true, "and": true, "de": true, "du": true, "la": true, "al": true, "el": true}

// leadName reads the capitalised name opening s and an abbreviation in
// brackets right after it: "Hormuz News Agency (HNA) and ..." gives
// "Hormuz News Agency" and "HNA".
func leadName(s string) (name, abbr string) {
	words := strings.Fields(s)
	var out []string
	i := 0
	for ; i < len(words) && len(out) < 6; i++ {
		w, cut := trimWord(words[i])
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) && !unicode.IsDigit(r) && !(len(out) > 0 && nameConnectives[w]) {
			break
		}
		if strings.HasPrefix(w, "(") {
			break
		}
		out = append(out, w)
		if cut {
			i++
			break
		}
	}
	for len(out) > 0 && nameConnectives[out[len(out)-1]] {
		out = out[:len(out)-1]
	}
	if i < len(words) {
		w := strings.TrimRight(words[i], ".,;:")
		if len(w) > 3 && w[0] == '(' && w[len(w)-1] == ')' {
			abbr = w[1 : len(w)-1]
		}
	}
	return strings.Join(out, " "), abbr
}

// outletName reports whether s looks like the name of a news outlet: one
// to five words, capitalised, with no digits and no sentence inside.
func outletName(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > 40 {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 5 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, c := range s {
		if unicode.IsDigit(c) || c == ':' || c == '?' || c == '!' || c == '"' {
			return false
		}
	}
	switch strings.ToLower(words[0]) {
	case "photo", "file", "video", "image", "updated", "pictured", "left", "right", "above", "below", "pdf", "see", "via":
		return false
	}
	return true
}

// titleCase reports whether every word of s but short connectives starts
// with a capital letter.
func titleCase(s string) bool {
	for _, w := range strings.Fields(s) {
		switch w {
		case "of", "the", "de", "la", "du", "and", "al":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// initials returns the capital initials of a name's words:
// "Meridian Press Agency" gives "MPA".
func initials(name string) string {
	var sb strings.Builder
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// isAbbr reports whether s is an abbreviation: two to six capitals.
func isAbbr(s string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 2 && n <= 6 && allCaps(s) && !strings.ContainsRune(s, ' ')
}

// pageSource finds the original outlet of a republished page. A
// republication notice around the body names it ("This story was first
// published by X", "Source: X"); else a wire credit in the body does,
// spelled out when the page gives the abbreviation's full name ("(HNA)"
// and "Hormuz News Agency (HNA)"). The credit is no source when it names
// the publisher itself, and without a known publisher nothing shows
// that the page republishes anything.
func pageSource(p *page, keep []int, paras []string, publisher, u string) string {
	if publisher == "" || len(keep) == 0 {
		return ""
	}
	lo, hi := max(0, keep[0]-15), min(len(p.blocks), keep[len(keep)-1]+8)
	tail := keep[max(0, len(keep)-3)]
	var src, abbr string
	for i := lo; i < hi && src == ""; i++ {
		b := &p.blocks[i]
		if b.inh&(fSkip|fCaption) != 0 || b.end-b.start > 300 {
			continue
		}
		edge := i <= keep[0] || i >= tail
		raw := p.text[b.start:b.end]
		if !mayCredit(raw) && !(edge && len(raw) > 6 && (raw[0] == 'S' || raw[0] == 'W' || raw[0] == 'C')) {
			continue
		}
		if name, ab, ok := creditLine(string(raw), edge); ok {
			src, abbr = name, ab
		}
	}
	credit := sourceCredit(paras)
	switch {
	case src != "":
	case credit == "":
		return ""
	case isAbbr(credit):
		src = expandAbbr(p, lo, hi, credit)
	default:
		src = credit
	}
	if credit != "" && abbr == "" && isAbbr(credit) && initials(src) == credit {
		abbr = credit
	}
	if sameOutlet(src, abbr, publisher, u) {
		return ""
	}
	return src
}

// expandAbbr finds the full name of an abbreviation in the page's blocks
// lo to hi: the capitalised words before "(ABBR)" whose initials spell
// it. It returns abbr when none do.
func expandAbbr(p *page, lo, hi int, abbr string) string {
	pat := "(" + abbr + ")"
	for i := lo; i < hi; i++ {
		b := &p.blocks[i]
		if b.inh&fSkip != 0 {
			continue
		}
		t := string(p.text[b.start:b.end])
		for off := 0; ; {
			j := strings.Index(t[off:], pat)
			if j < 0 {
				break
			}
			j += off
			off = j + len(pat)
			words := strings.Fields(t[:j])
			var name []string
			caps := 0
			for k := len(words) - 1; k >= 0 && caps < len(abbr); k-- {
				w := words[k]
				r, _ := utf8.DecodeRuneInString(w)
				if nameConnectives[w] && len(name) > 0 {
					name = append(name, w)
					continue
				}
				if !unicode.IsUpper(r) || w != strings.TrimRightFunc(w, unicode.IsPunct) {
					break
				}
				name = append(name, w)
				caps++
			}
			for l, r := 0, len(name)-1; l < r; l, r = l+1, r-1 {
				name[l], name[r] = name[r], name[l]
			}
			if full := strings.Join(name, " "); initials(full) == abbr && outletName(full) {
				return full
			}
		}
	}
	return abbr
}

// sameOutlet reports whether a credit names the publisher: the same
// name, its abbreviation, or the host's name.
func sameOutlet(src, abbr, publisher, u string) bool {
	if strings.EqualFold(src, publisher) {
		return true
	}
	if ini := initials(publisher); len(ini) >= 2 && (ini == src || ini == abbr) {
		return true
	}
	if abbr != "" && strings.EqualFold(abbr, publisher) {
		return true
	}
	if isAbbr(publisher) && initials(src) == publisher {
		return true
	}
	label := hostLabel(u)
	return label != "" && (squash(src) == label || nameFor(src, label) != "")
}
