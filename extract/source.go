package extract

import (
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

// openingCredit reads "(Reuters) -" or "(AFP)" near the start of a
// paragraph.
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
		if outletName(name) {
			return name
		}
	}
	return ""
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
