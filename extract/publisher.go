package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleSeps separate a page title from the site's name: "Headline | Site".
var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " -- ", " · ", " • ", " « ", " » ", " / "}

// titleEnds returns the first and last segments of a title split on the
// first separator it holds, or nil when it holds none.
func titleEnds(title string) (first, last string, ok bool) {
	for _, sep := range titleSeps {
		i := strings.Index(title, sep)
		if i < 0 {
			continue
		}
		j := strings.LastIndex(title, sep)
		return strings.TrimSpace(title[:i]), strings.TrimSpace(title[j+len(sep):]), true
	}
	return "", "", false
}

// hostLabel returns the distinctive label of a URL's host, letters and
// digits only: "sentinelbrief" for https://www.sentinelbrief.example/,
// "bbc" for news.bbc.co.uk.
func hostLabel(u string) string {
	h := hostName(u)
	if h == "" {
		return ""
	}
	labels := strings.Split(h, ".")
	if len(labels) > 1 {
		labels = labels[:len(labels)-1] // the top-level domain
	}
	if n := len(labels); n > 1 && len(labels[n-1]) <= 3 {
		labels = labels[:n-1] // co.uk, com.br
	}
	return squash(labels[len(labels)-1])
}

// squash lower-cases s and keeps only its letters and digits.
func squash(s string) string {
	var sb strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			sb.WriteRune(unicode.ToLower(r))
		}
	}
	return sb.String()
}

// nameFor finds the site's name in s: a run of words whose letters spell
// the host label ("Sentinel Brief" for sentinelbrief), extended by the
// capitalised words that follow it ("Hormuz News Agency" for
// hormuznews). It returns "" when no run spells the label.
func nameFor(s, label string) string {
	if label == "" || len(s) > 400 {
		return ""
	}
	words := strings.Fields(s)
	for i := range words {
		acc := ""
		for k := i; k < len(words) && k < i+6; k++ {
			w, cut := trimWord(words[k])
			acc += squash(w)
			if acc == label {
				return extendName(words, i, k, cut)
			}
			if acc == "" || !strings.HasPrefix(label, acc) {
				break
			}
			if cut {
				break
			}
		}
	}
	return ""
}

// trimWord removes punctuation closing a word ("Ledger," "Agency.") and
// reports whether there was any: a name does not run past it.
func trimWord(w string) (string, bool) {
	t := strings.TrimRightFunc(w, func(r rune) bool {
		return unicode.IsPunct(r) && r != '-' && r != '&' || unicode.IsSymbol(r)
	})
	return t, t != w
}

// extendName joins words[i..k] and the capitalised words after them.
func extendName(words []string, i, k int, cut bool) string {
	out := make([]string, 0, k-i+3)
	for j := i; j <= k; j++ {
		w, _ := trimWord(words[j])
		out = append(out, strings.TrimLeftFunc(w, unicode.IsPunct))
	}
	for j := k + 1; !cut && j < len(words) && j < k+4; j++ {
		w, c := trimWord(words[j])
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) || allCaps(w) && utf8.RuneCountInString(w) <= 3 {
			break
		}
		out = append(out, w)
		cut = c
	}
	return strings.Join(out, " ")
}

// allCaps reports whether s has letters and none of them lower-case.
func allCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// copyrightLines returns the short blocks among the last of a page that
// hold a copyright notice, last first (footers come last).
func copyrightLines(p *page) []string {
	var out []string
	for i := len(p.blocks) - 1; i >= max(0, len(p.blocks)-80) && len(out) < 4; i-- {
		b := p.blocks[i]
		if b.end-b.start > 300 || b.inh&fSkip != 0 {
			continue
		}
		t := p.text[b.start:b.end]
		if isCopyright(t) {
			out = append(out, string(t))
		}
	}
	return out
}

var (
	copyrightSign  = []byte("©")
	copyrightWord  = []byte("opyright")
	rightsReserved = []byte("rights reserved")
)

func isCopyright(t []byte) bool {
	return bytes.Contains(t, copyrightSign) || bytes.Contains(t, copyrightWord) || bytes.Contains(t, rightsReserved)
}

// siteName names the site from the page's chrome when no metadata does:
// a title segment, logo or copyright notice that spells the host's name,
// else a title segment that the logo or copyright notice repeats (a name
// in a script the host cannot spell).
func siteName(p *page, u string) string {
	first, last, split := titleEnds(p.title)
	var copyrights []string
	copyrightsRead := false
	readCopyrights := func() []string {
		if !copyrightsRead {
			copyrights, copyrightsRead = copyrightLines(p), true
		}
		return copyrights
	}
	if label := hostLabel(u); label != "" {
		var caps string // an all-capitals match, kept in case nothing better turns up
		try := func(s string) string {
			n := nameFor(s, label)
			if n != "" && allCaps(n) && utf8.RuneCountInString(n) > 4 {
				if caps == "" {
					caps = n
				}
				return ""
			}
			return n
		}
		if split {
			if n := firstOf(try(last), try(first)); n != "" {
				return n
			}
		}
		for _, s := range p.logos {
			if n := try(s); n != "" {
				return n
			}
		}
		for _, s := range readCopyrights() {
			if n := try(s); n != "" {
				return n
			}
		}
		if caps != "" {
			return caps
		}
	}
	if !split {
		return ""
	}
	for _, seg := range []string{last, first} {
		if seg == "" || utf8.RuneCountInString(seg) > 60 || len(strings.Fields(seg)) > 6 {
			continue
		}
		for _, s := range p.logos {
			if strings.EqualFold(strings.Trim(s, "«»\"' "), seg) {
				return seg
			}
		}
		for _, s := range readCopyrights() {
			if strings.Contains(s, seg) {
				return seg
			}
		}
	}
	return ""
}

// stripSite removes a segment naming the site from a page title:
// "Headline | Site" becomes "Headline".
func stripSite(title, site, u string) string {
	first, last, ok := titleEnds(title)
	if !ok || site == "" {
		return title
	}
	label := hostLabel(u)
	is := func(seg string) bool {
		return strings.EqualFold(seg, site) || label != "" && nameFor(seg, label) != "" && len(strings.Fields(seg)) <= 6
	}
	switch {
	case is(last) && len(last) < len(title):
		return strings.TrimSpace(title[:len(title)-len(last)-trailingSepLen(title[:len(title)-len(last)])])
	case is(first) && len(first) < len(title):
		rest := title[len(first):]
		for _, sep := range titleSeps {
			if strings.HasPrefix(rest, sep) {
				return strings.TrimSpace(rest[len(sep):])
			}
		}
	}
	return title
}

// trailingSepLen returns the length of the title separator ending s.
func trailingSepLen(s string) int {
	for _, sep := range titleSeps {
		if strings.HasSuffix(s, sep) {
			return len(sep)
		}
	}
	return 0
}
