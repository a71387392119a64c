package place

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/casus-project/casus/model"
)

// Bounds of the dateline search: the lines and bytes of the article's
// start that are read, and the words of a dateline place.
const (
	datelineLines = 3
	datelineBytes = 600
	datelineWords = 5
)

// Dateline reads the dateline at the start of an article with the
// embedded gazetteer (see Gazetteer.Dateline). It reports false when
// there is none or the gazetteer cannot be loaded.
func Dateline(text string) (Place, bool) {
	g, err := Default()
	if err != nil {
		return Place{}, false
	}
	return g.Dateline(text)
}

// Dateline reads the dateline at the start of an article: "TIRANA, Sept
// 7 (Reuters) -", "ADDIS ABABA, Feb 18 (MPA) -", "WASHINGTON (AP) —",
// "NEW DELHI:", "Kyiv, Ukraine (AP) —", "PARIS, Texas —". The first
// lines of text are tried (a byline or standfirst may come first). A
// place in capitals needs a comma, bracket, dash or colon after it; one
// in title case needs an agency in brackets or a dash, with only a date
// or a region or country between, so that an opening sentence such as
// "Iran, meanwhile, ..." is not a dateline. A region or country after the
// comma narrows the place ("PARIS, Texas" is Paris, Texas).
func (g *Gazetteer) Dateline(text string) (Place, bool) {
	if len(text) > datelineBytes {
		text = text[:datelineBytes]
	}
	for n := 0; n < datelineLines && text != ""; n++ {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		line = strings.TrimSpace(line)
		if line == "" {
			n--
			continue
		}
		if p, ok := g.datelineOf(line); ok {
			return p, true
		}
	}
	return Place{}, false
}

func isDash(w string) bool {
	switch w {
	case "-", "—", "–", "--", "‒", "―":
		return true
	}
	return false
}

// datelineOf reads a dateline at the start of line.
func (g *Gazetteer) datelineOf(line string) (Place, bool) {
	// Only the first 40 tokens are read: a line may be a whole
	// paragraph of hundreds.
	const maxTokens = 40
	toks := splitFirst(line, make([]model.Token, 0, maxTokens+1), maxTokens)
	if len(toks) > maxTokens {
		toks = toks[:maxTokens]
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Form
	}
	// The head: capitalised words up to a separator.
	k, caps := 0, true
	for k < len(words) && k < datelineWords+2 {
		w := words[k]
		if w == "," || w == "(" || w == ":" || w == "/" || isDash(w) {
			break
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			if strings.ToUpper(w) != w {
				caps = false
			}
		case joiner(w) || w == "'s" || w == "’s":
		default:
			return Place{}, false
		}
		k++
	}
	if k == 0 || k > datelineWords || k == len(words) {
		return Place{}, false
	}
	// What follows the head must look like a dateline.
	p := k
	if words[p] == "/" { // "BEIRUT/CAIRO": the first place
		for p < len(words) && words[p] != "," && words[p] != "(" && !isDash(words[p]) && words[p] != ":" {
			p++
		}
	}
	ok := false
	for p < len(words) && !ok {
		w := words[p]
		switch {
		case isDash(w):
			ok = true
		case w == ":":
			ok = caps
			if !ok {
				return Place{}, false
			}
		case w == "(":
			q := p + 1
			for q < len(words) && q < p+8 && words[q] != ")" {
				q++
			}
			if q >= len(words) || words[q] != ")" {
				return Place{}, false
			}
			ok = true
		case w == "," || w == "." || isNumber(w) || notPlaces[strings.ToLower(w)]:
			if !caps && w != "," && p == k {
				return Place{}, false
			}
			p++
		default:
			// A region or country: "Kyiv, Ukraine".
			if _, n, found := g.find(words[p:], nil, func(r *prec) bool { return r.Kind != kindCity }); found && words[p-1] == "," {
				p += n
				continue
			}
			return Place{}, false
		}
		if p >= len(words) {
			break
		}
	}
	if !ok {
		return Place{}, false
	}
	head := words[:k]
	if k < len(words) && words[k] == "," {
		head = words[:p] // let find read a ", Region" qualifier
	}
	i, n, found := g.find(head, nil, nil)
	if !found || n < k {
		return Place{}, false
	}
	return g.place(i), true
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
