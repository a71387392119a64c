package extract

import (
	"errors"
	"strings"

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
// caller decodes other charsets first); invalid bytes are replaced. It
// returns ErrNoArticle when the page has no article body.
func HTML(page []byte, opts Options) (*model.Article, error) {
	p := parsePage(page)
	best := choose(p)
	if best < 0 {
		return nil, ErrNoArticle
	}
	keep := body(p, best)
	var sb strings.Builder
	for _, i := range keep {
		b := p.blocks[i]
		if sb.Len() > 0 {
			sb.WriteByte('\n')
		}
		sb.Write(p.text[b.start:b.end])
	}
	if sb.Len() == 0 {
		return nil, ErrNoArticle
	}
	a := &model.Article{URL: opts.URL, Title: p.title}
	a.Text = strings.ToValidUTF8(sb.String(), "\uFFFD")
	return a, nil
}
