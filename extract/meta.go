package extract

import (
	"encoding/json"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/casus-project/casus/model"
	"golang.org/x/net/html/atom"
)

// ldArticle is what extraction reads from JSON-LD.
type ldArticle struct {
	headline, published, publisher, language string
	authors                                  []string
	found                                    bool
}

// readJSONLD walks the page's JSON-LD scripts for the first article-like
// object (NewsArticle, BlogPosting, ...), falling back on any object with
// a publication date.
func readJSONLD(scripts []string) ldArticle {
	var best, fallback ldArticle
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > 8 || best.found {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				walk(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				walk(g, depth+1)
			}
			article := false
			for _, t := range strings_(x["@type"]) {
				if strings.HasSuffix(t, "Article") || t == "BlogPosting" || t == "Report" || t == "LiveBlogPosting" {
					article = true
				}
			}
			var a ldArticle
			a.headline = str(x["headline"])
			a.published = str(x["datePublished"])
			if a.published == "" {
				a.published = str(x["dateCreated"])
			}
			a.language = str(x["inLanguage"])
			a.authors = names(x["author"])
			if len(a.authors) == 0 {
				a.authors = names(x["creator"])
			}
			if p := names(x["publisher"]); len(p) > 0 {
				a.publisher = p[0]
			}
			switch {
			case article:
				a.found = true
				best = a
			case !fallback.found && a.published != "":
				a.found = true
				fallback = a
			}
			if m, ok := x["mainEntity"]; ok {
				walk(m, depth+1)
			}
		}
	}
	for _, s := range scripts {
		var v any
		if json.Unmarshal([]byte(strings.TrimSpace(s)), &v) != nil {
			continue
		}
		walk(v, 0)
		if best.found {
			return best
		}
	}
	return fallback
}

func str(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		return str(x["name"])
	case []any:
		if len(x) > 0 {
			return str(x[0])
		}
	}
	return ""
}

func strings_(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// names reads a JSON-LD person or organization, or a list of them.
func names(v any) []string {
	switch x := v.(type) {
	case string:
		if s := strings.TrimSpace(x); s != "" && !strings.Contains(s, "://") {
			return []string{s}
		}
	case map[string]any:
		if s := str(x["name"]); s != "" {
			return []string{s}
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, names(e)...)
		}
		return out
	}
	return nil
}

// metaValue returns the first value of the meta tags named keys, in the
// order of keys.
func (p *page) metaValue(keys ...string) string {
	for _, k := range keys {
		for _, m := range p.metas {
			if m.key == k && m.val != "" {
				return m.val
			}
		}
	}
	return ""
}

var publishedKeys = []string{
	"article:published_time", "og:article:published_time", "og:published_time", "article:published",
	"published_time", "datepublished", "parsely-pub-date", "sailthru.date", "publish-date", "publishdate",
	"pubdate", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
	"dc.date.created", "date", "article.published", "article_date_original", "original-publish-date",
	"publication_date", "cxenseparse:recs:publishtime",
}

// fill sets an article's metadata from the page, the chosen body and
// the options.
func fill(a *model.Article, p *page, keep []int, opts Options) {
	ld := readJSONLD(p.jsonld)
	ref := opts.Hints.Published
	if ref.IsZero() {
		ref = opts.Hints.DefaultDate
	}

	// URL
	a.URL = opts.URL
	if c := p.canonical; c != "" {
		a.URL = resolve(opts.URL, c)
	} else if u := p.metaValue("og:url"); u != "" {
		a.URL = resolve(opts.URL, u)
	}

	// Title
	a.Title = firstOf(ld.headline, p.metaValue("og:title"), firstHeading(p), p.metaValue("twitter:title"), p.title, opts.Hints.Title)

	// Date
	var d model.Date
	ok := false
	if ld.published != "" {
		d, ok = parseMachineDate(ld.published)
	}
	for _, k := range publishedKeys {
		if ok {
			break
		}
		if v := p.metaValue(k); v != "" {
			d, ok = parseMachineDate(v)
		}
	}
	for _, t := range p.times {
		if ok {
			break
		}
		d, ok = parseMachineDate(t)
	}
	if !ok {
		d, ok = urlDate(opts.URL)
		if !ok && a.URL != opts.URL {
			d, ok = urlDate(a.URL)
		}
	}
	if !ok {
		d, ok = visibleDate(p, keep, ref)
	}
	if !ok {
		switch {
		case !opts.Hints.Published.IsZero():
			d = model.At(opts.Hints.Published)
		case !opts.Hints.DefaultDate.IsZero():
			d = model.Day(opts.Hints.DefaultDate)
		}
	}
	a.Published = d

	// Publisher
	a.Publisher = firstOf(p.metaValue("og:site_name"), ld.publisher, opts.Hints.Publisher, p.metaValue("application-name"), hostName(a.URL), hostName(opts.URL))

	// Authors
	authors := ld.authors
	if len(authors) == 0 {
		for _, k := range []string{"author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl"} {
			if v := p.metaValue(k); v != "" && !strings.Contains(v, "://") {
				authors = splitNames(v)
				break
			}
		}
	}
	if len(authors) == 0 {
		for _, s := range p.authors {
			authors = append(authors, splitNames(s)...)
		}
	}
	if len(authors) == 0 {
		authors = bylineAuthors(p, keep)
	}
	a.Authors = dedupe(authors)

	// Language
	a.Language = langTag(firstOf(p.lang, p.metaValue("content-language"), p.metaValue("language"), p.metaValue("dc.language"), ld.language, p.metaValue("og:locale")))
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

func firstHeading(p *page) string {
	for _, b := range p.blocks {
		if b.tag == atom.H1 && b.inh&fSkip == 0 {
			return string(p.text[b.start:b.end])
		}
	}
	return ""
}

func resolve(base, ref string) string {
	r, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return base
	}
	if r.IsAbs() {
		return r.String()
	}
	b, err := url.Parse(base)
	if err != nil || !b.IsAbs() {
		if strings.HasPrefix(ref, "//") {
			return "https:" + ref
		}
		return base
	}
	return b.ResolveReference(r).String()
}

// hostName derives a publisher name from a URL's host: "tehrantimes.com".
func hostName(u string) string {
	pu, err := url.Parse(u)
	if err != nil || pu.Hostname() == "" {
		return ""
	}
	h := strings.ToLower(pu.Hostname())
	for _, pre := range []string{"www.", "www1.", "www2.", "m.", "amp."} {
		h = strings.TrimPrefix(h, pre)
	}
	return h
}

// langTag reduces "en-US", "en_GB" or "EN" to "en".
func langTag(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "-_,; "); i >= 0 {
		s = s[:i]
	}
	s = strings.ToLower(s)
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return s
}

// splitNames splits "Jane Doe and John Roe", "Jane Doe, John Roe" or
// "By Jane Doe" into names.
func splitNames(s string) []string {
	s = strings.TrimSpace(s)
	for _, pre := range []string{"By ", "by ", "BY ", "Von ", "Par ", "Por "} {
		s = strings.TrimPrefix(s, pre)
	}
	s = strings.ReplaceAll(s, " and ", ",")
	s = strings.ReplaceAll(s, " & ", ",")
	var out []string
	for _, n := range strings.Split(s, ",") {
		n = strings.TrimSpace(n)
		if n == "" || utf8.RuneCountInString(n) > 60 || strings.Contains(n, "://") {
			continue
		}
		out = append(out, n)
	}
	return out
}

func dedupe(ss []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range ss {
		k := strings.ToLower(s)
		if s == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
	}
	return out
}

// bylineAuthors reads names from a "By Jane Doe" block: an element
// marked as a byline or author, or a short block starting with "By "
// just before or at the top of the body.
func bylineAuthors(p *page, keep []int) []string {
	lo, hi := 0, len(p.blocks)
	if len(keep) > 0 {
		lo, hi = max(0, keep[0]-15), min(len(p.blocks), keep[0]+3)
	}
	for i := lo; i < hi; i++ {
		b := p.blocks[i]
		t := string(p.text[b.start:b.end])
		if len(t) > 120 {
			continue
		}
		by := strings.HasPrefix(t, "By ") || strings.HasPrefix(t, "BY ")
		if !by && p.nodes[b.node].inh&fAuthor == 0 {
			continue
		}
		if !by && b.inh&fAuthor == 0 {
			continue
		}
		t = strings.TrimSpace(t[min(len(t), 3*boolInt(by)):])
		// Cut at a date or separator: "Jane Doe | Sept 7, 2022".
		if j := strings.IndexAny(t, "|•·–—\n"); j >= 0 {
			t = t[:j]
		}
		if j := strings.Index(t, " - "); j >= 0 {
			t = t[:j]
		}
		if names := splitNames(t); len(names) > 0 && looksLikeNames(names) {
			return names
		}
	}
	return nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// looksLikeNames reports whether every name is two to five capitalised
// words.
func looksLikeNames(names []string) bool {
	for _, n := range names {
		f := strings.Fields(n)
		if len(f) < 1 || len(f) > 5 {
			return false
		}
		for _, w := range f {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return true
}

// visibleDate looks for a written date in the short blocks around the
// top of the body ("Published: 7 September 2022") and in a dateline
// opening the first paragraph ("TIRANA, Sept 7 (Reuters) -").
func visibleDate(p *page, keep []int, ref time.Time) (model.Date, bool) {
	if ref.IsZero() {
		ref = time.Now()
	}
	lo, hi := 0, min(len(p.blocks), 40)
	if len(keep) > 0 {
		lo, hi = max(0, keep[0]-15), min(len(p.blocks), keep[0]+1)
	}
	for i := lo; i < hi; i++ {
		b := p.blocks[i]
		t := p.text[b.start:b.end]
		if i == hi-1 && len(keep) > 0 {
			// the first paragraph: only its dateline
			s := string(t[:min(len(t), 80)])
			if j := strings.IndexAny(s, "(–—"); j > 0 {
				s = s[:j]
			} else if j := strings.Index(s, " - "); j > 0 {
				s = s[:j]
			} else {
				continue
			}
			if d, ok := parseTextDate(s, ref); ok {
				return d, true
			}
			continue
		}
		if len(t) > 100 {
			continue
		}
		if d, ok := parseTextDate(string(t), ref); ok {
			return d, true
		}
	}
	return model.Date{}, false
}
