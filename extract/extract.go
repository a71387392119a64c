package extract

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/casus-project/casus/model"
)

// ErrNoArticle is returned when a page or text has no article body.
var ErrNoArticle = errors.New("extract: no article body")

// Options tell extraction what is known about a page from outside it.
type Options struct {
	// URL is the page's address, if known. It resolves a relative
	// canonical link, dates pages whose path holds a date, and names the
	// publisher when the page does not.
	URL string
	// Hints are the container's facts: feed title and date, the --date
	// default, the fetch time.
	Hints model.Hints
}

// HTML extracts the article from one page. page must be UTF-8 (the
// caller decodes other charsets first); invalid bytes are replaced with
// U+FFFD. It returns ErrNoArticle when the page has no article body.
func HTML(page []byte, opts Options) (*model.Article, error) {
	p := parsePage(page)
	best := choose(p)
	if best < 0 {
		return nil, ErrNoArticle
	}
	keep := body(p, best)
	if len(keep) == 0 {
		return nil, ErrNoArticle
	}
	keep, byline := trimEdges(p, keep, best, refDate(opts))
	paras := make([]string, 0, len(keep))
	n := 0
	for _, i := range keep {
		b := p.blocks[i]
		n += int(b.end-b.start) + 1
	}
	var sb strings.Builder
	sb.Grow(n)
	for _, i := range keep {
		b := p.blocks[i]
		if sb.Len() > 0 {
			sb.WriteByte('\n')
		}
		sb.Write(p.text[b.start:b.end])
	}
	text := sb.String()
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	for line := range strings.SplitSeq(text, "\n") {
		paras = append(paras, line)
	}
	a := &model.Article{Text: text, Authors: []string{}}
	fill(a, p, keep, byline, opts)
	a.Title = strings.ToValidUTF8(a.Title, "\uFFFD")
	a.Source = strings.ToValidUTF8(pageSource(p, keep, paras, a.Publisher, a.URL), "\uFFFD")
	a.Language = pageLanguage(a.Language, guessLanguage(text))
	if a.Authors == nil {
		a.Authors = []string{}
	}
	return a, nil
}

// Text builds an article from a plain-text file. The first line is the
// title when it looks like one (short, no closing full stop, followed by
// a blank line or more text); paragraphs are split on blank lines and
// their lines joined with spaces; a "By ..." line names the authors; the
// date comes from a dateline in the first paragraphs, else from
// Hints.Published or Hints.DefaultDate. It returns ErrNoArticle when the
// text holds no words.
func Text(text []byte, opts Options) (*model.Article, error) {
	if !utf8.Valid(text) {
		text = bytes.ToValidUTF8(text, []byte("\uFFFD"))
	}
	s := strings.ReplaceAll(string(text), "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.TrimPrefix(s, "\uFEFF")
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			flush()
			continue
		}
		cur = append(cur, line)
	}
	flush()
	if len(paras) > 20000 {
		paras = paras[:20000]
	}
	a := &model.Article{URL: opts.URL, Authors: []string{}}
	first, _, _ := strings.Cut(strings.TrimLeft(s, " \t\n"), "\n")
	first = strings.Join(strings.Fields(first), " ")
	if looksLikeTitle(first) && len(paras) > 1 {
		a.Title = first
		if paras[0] == first {
			paras = paras[1:]
		} else {
			paras[0] = strings.TrimSpace(strings.TrimPrefix(paras[0], first))
		}
	}
	if a.Title == "" {
		a.Title = opts.Hints.Title
	}
	// A byline paragraph.
	if len(paras) > 1 && len(paras[0]) < 120 && (strings.HasPrefix(paras[0], "By ") || strings.HasPrefix(paras[0], "BY ")) {
		if names := splitNames(paras[0]); looksLikeNames(names) {
			a.Authors = names
			paras = paras[1:]
		}
	}
	hasWord := false
	for _, p := range paras {
		if strings.IndexFunc(p, isWordRune) >= 0 {
			hasWord = true
			break
		}
	}
	if !hasWord {
		return nil, ErrNoArticle
	}
	a.Text = strings.Join(paras, "\n")
	ref := refDate(opts)
	for i, p := range paras[:min(3, len(paras))] {
		var s string
		if len(p) <= 100 && i < 2 {
			s = p
		} else if j := strings.IndexAny(p[:min(len(p), 80)], "(–—"); j > 0 {
			s = p[:j]
		} else if j := strings.Index(p[:min(len(p), 80)], " - "); j > 0 {
			s = p[:j]
		}
		if d, ok := parseTextDate(s, ref); ok && s != "" {
			a.Published = d
			break
		}
	}
	if a.Published.IsZero() {
		if d, ok := urlDate(opts.URL); ok {
			a.Published = d
		} else if !opts.Hints.Published.IsZero() {
			a.Published = model.At(opts.Hints.Published)
		} else if !opts.Hints.DefaultDate.IsZero() {
			a.Published = model.Day(opts.Hints.DefaultDate)
		}
	}
	a.Publisher = firstOf(opts.Hints.Publisher, hostName(opts.URL))
	if a.Publisher != "" {
		if src := sourceCredit(paras); !sameOutlet(src, "", a.Publisher, opts.URL) {
			a.Source = src
		}
	}
	a.Language = guessLanguage(a.Text)
	return a, nil
}

func isWordRune(r rune) bool {
	return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r > 0x7f && (isLetterOrNumber(r))
}

// looksLikeTitle reports whether a first line reads as a headline.
func looksLikeTitle(s string) bool {
	if s == "" || len(s) > 200 {
		return false
	}
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "...") {
		return false
	}
	return len(strings.Fields(s)) <= 25
}
