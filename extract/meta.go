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
	publisherID                              string // an @id naming the publisher elsewhere
	authors                                  []string
	found                                    bool
}

// readJSONLD walks the page's JSON-LD scripts for the first article-like
// object (NewsArticle, BlogPosting, ...), falling back on any object with
// a publication date. A publisher given only as an @id reference takes
// the name of the object with that @id.
func readJSONLD(scripts []string) ldArticle {
	var best, fallback ldArticle
	var ids map[string]string // @id to name
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > 8 {
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
			if id, name := str(x["@id"]), str(x["name"]); id != "" && name != "" && len(ids) < 64 {
				if ids == nil {
					ids = map[string]string{}
				}
				ids[id] = name
			}
			if best.found {
				return
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
			} else if m, ok := x["publisher"].(map[string]any); ok {
				a.publisherID = str(m["@id"])
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
		if best.found && (best.publisherID == "" || ids[best.publisherID] != "") {
			break
		}
		var v any
		if json.Unmarshal([]byte(strings.TrimSpace(s)), &v) != nil {
			continue
		}
		walk(v, 0)
	}
	if !best.found {
		best = fallback
	}
	if best.publisher == "" && best.publisherID != "" {
		best.publisher = ids[best.publisherID]
	}
	return best
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

// metaValues returns every value of the meta tags named key.
func (p *page) metaValues(key string) []string {
	var out []string
	for _, m := range p.metas {
		if m.key == key && m.val != "" {
			out = append(out, m.val)
		}
	}
	return out
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
// the options. byline holds the names of a byline trimmed off the body.
func fill(a *model.Article, p *page, keep []int, byline []string, opts Options) {
	ld := readJSONLD(p.jsonld)
	ref := refDate(opts)

	// URL
	a.URL = opts.URL
	if c := p.canonical; c != "" {
		a.URL = resolve(opts.URL, c)
	} else if u := p.metaValue("og:url"); u != "" {
		a.URL = resolve(opts.URL, u)
	}
	site := a.URL
	if hostName(site) == "" {
		site = opts.URL
	}

	// Publisher
	a.Publisher = firstOf(p.metaValue("og:site_name"), ld.publisher, notURL(p.metaValue("dc.publisher", "publisher")),
		opts.Hints.Publisher, p.metaValue("application-name"))
	if a.Publisher == "" {
		a.Publisher = firstOf(siteName(p, site), hostName(a.URL), hostName(opts.URL))
	}
	a.Publisher = strings.ToValidUTF8(a.Publisher, "\uFFFD")

	// Title
	a.Title = firstOf(ld.headline, p.metaValue("og:title"), firstHeading(p), p.metaValue("twitter:title"))
	if a.Title == "" && p.title != "" {
		a.Title = stripSite(p.title, a.Publisher, site)
	}
	a.Title = firstOf(a.Title, opts.Hints.Title)

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

	// Authors
	var authors []string
	for _, n := range ld.authors {
		authors = append(authors, splitNames(n)...)
	}
	if len(authors) == 0 {
		for _, k := range []string{"author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl"} {
			for _, v := range p.metaValues(k) {
				if !strings.Contains(v, "://") {
					authors = append(authors, splitNames(v)...)
				}
			}
			if len(authors) > 0 {
				break
			}
		}
	}
	if len(authors) == 0 {
		for _, c := range p.authors {
			if c.rel {
				authors = append(authors, splitNames(c.text)...)
			} else if !underBad(p, c.node) {
				if names := bylineNames(c.text); len(names) > 0 && looksLikeNames(names) {
					authors = append(authors, names...)
				}
			}
		}
	}
	if len(authors) == 0 {
		authors = bylineAuthors(p, keep)
	}
	if len(authors) == 0 {
		authors = byline
	}
	if len(authors) == 0 {
		authors = signOff(p, keep)
	}
	a.Authors = dedupe(authors, a.Publisher)

	// Language
	a.Language = langTag(firstOf(p.lang, p.metaValue("content-language"), p.metaValue("language"), p.metaValue("dc.language"), ld.language, p.metaValue("og:locale")))
}

// refDate is the date that places a written date without a year: the
// hinted publication date, else the default date. It is zero when
// neither is known, and such dates are then not read.
func refDate(opts Options) time.Time {
	if !opts.Hints.Published.IsZero() {
		return opts.Hints.Published
	}
	return opts.Hints.DefaultDate
}

func notURL(s string) string {
	if strings.Contains(s, "://") {
		return ""
	}
	return s
}

// underBad reports whether an element lies inside boilerplate, such as
// the comment that a commenter's name belongs to.
func underBad(p *page, node int32) bool {
	for i := node; i > 0; i = p.nodes[i].parent {
		if p.nodes[i].own&fBad != 0 {
			return true
		}
	}
	return false
}

// deskWords end the name of a desk that signs a story: "Moscow bureau".
var deskWords = map[string]bool{"bureau": true, "desk": true, "staff": true, "team": true, "newsroom": true, "correspondent": true, "correspondents": true, "reporters": true}

// signOff reads a sign-off in the blocks just below the body.
func signOff(p *page, keep []int) []string {
	if len(keep) == 0 {
		return nil
	}
	last := keep[len(keep)-1]
	for i := last + 1; i < min(len(p.blocks), last+3); i++ {
		if names, ok := signOffLine(p, &p.blocks[i]); ok && len(names) > 0 {
			return names
		}
	}
	return nil
}

// signOffLine reads a sign-off closing a story, "End of story / Moscow
// bureau": a short line without links whose last slash is followed by
// nothing or by a name or desk. It reports whether the line is one, and
// the name.
func signOffLine(p *page, b *block) ([]string, bool) {
	if b.end-b.start > 80 || b.inh&fSkip != 0 || b.link > 0 {
		return nil, false
	}
	t := string(p.text[b.start:b.end])
	j := strings.LastIndex(t, " /")
	if j < 0 || len(strings.Fields(t[:j])) > 4 {
		return nil, false
	}
	name := strings.TrimSpace(t[j+2:])
	words := strings.Fields(name)
	switch {
	case len(words) == 0:
		return nil, true
	case len(words) > 5:
		return nil, false
	case looksLikeNames([]string{name}):
		return []string{name}, true
	case deskWords[strings.ToLower(words[len(words)-1])] && looksLikeNames([]string{strings.Join(words[:len(words)-1], " ")}):
		return []string{name}, true
	}
	return nil, false
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
	s = strings.ReplaceAll(s, ";", ",")
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

// dedupe drops repeated names and the publisher's name ("By Jane Doe,
// Atlas Daily").
func dedupe(ss []string, publisher string) []string {
	var out []string
	seen := map[string]bool{strings.ToLower(publisher): true}
	for _, s := range ss {
		s = strings.ToValidUTF8(s, "\uFFFD")
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
		if names := bylineNames(t); len(names) > 0 && looksLikeNames(names) {
			return names
		}
	}
	return nil
}

// bylineNames reads the names of a byline: "By Jane Doe and John Roe |
// Sept 7, 2022" gives Jane Doe and John Roe.
func bylineNames(t string) []string {
	t = strings.TrimSpace(t)
	for _, pre := range []string{"By ", "by ", "BY "} {
		t = strings.TrimPrefix(t, pre)
	}
	// Cut at a separator or a date: "Jane Doe | Sept 7, 2022".
	if j := strings.IndexAny(t, "|•·–—\n"); j >= 0 {
		t = t[:j]
	}
	if j := strings.Index(t, " - "); j >= 0 {
		t = t[:j]
	}
	words := strings.Fields(t)
	for k, w := range words {
		if k > 0 && dateWord(w) {
			t = strings.TrimRight(strings.Join(words[:k], " "), " ,")
			break
		}
	}
	return splitNames(t)
}

// looksLikeNames reports whether every name is one to five capitalised
// words (or words of a script without capitals).
func looksLikeNames(names []string) bool {
	for _, n := range names {
		f := strings.Fields(n)
		if len(f) < 1 || len(f) > 5 {
			return false
		}
		for _, w := range f {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && !(unicode.IsLetter(r) && !unicode.IsLower(r)) {
				return false
			}
		}
	}
	return true
}

// visibleDate looks for a written date in the short blocks around the
// top of the body ("Published: 7 September 2022") and in a dateline
// opening the first paragraph ("TIRANA, Sept 7 (Reuters) -").
//
// A date without a year takes its year from ref; with a zero ref it is
// not read.
func visibleDate(p *page, keep []int, ref time.Time) (model.Date, bool) {
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
