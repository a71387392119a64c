// Package extract turns a web page or a plain-text file into a
// model.Article: the article body as paragraphs and headings, with its
// title, canonical URL, publication date, publisher, original source of a
// republished report, authors and language.
//
// HTML makes one streaming pass over extraction's own tokenizer
// (tokenizer.go, written from the HTML standard's tokenization chapter),
// which reads the page in place, without building a DOM. The pass keeps
// a light tree of elements (tag, parent, class/id hints), the text of
// each block-level element as a run of bytes in one buffer, and the
// page's metadata (meta tags, JSON-LD, canonical link, <time> elements).
// Script and style bodies are passed over by searching for their end tag.
// The body is then
// chosen by scoring subtrees on how much paragraph-like text they hold
// against link text and text under boilerplate hints (navigation,
// comments, share bars, related stories, newsletters and the like), and
// filtering the blocks of the chosen subtree one by one. The body's edges
// are then trimmed of what sits around a story in most templates: above
// it, section labels, standfirsts beside the story's container, byline
// and date lines and republication notices; below it, correction
// prompts, "(Reporting by ...)" credits, copyright and licensing lines,
// sign-offs and headings over nothing.
//
// The publisher is og:site_name, else the JSON-LD publisher (an @id
// reference followed), DC.publisher, the caller's hint or
// application-name, else the name that a title segment, logo or
// copyright notice gives in letters spelling the host's name ("Sentinel
// Brief" for sentinelbrief.example), else a title segment the logo or
// copyright notice repeats, else the host. The source is the outlet a
// republication notice or wire credit names, spelled out when the page
// gives an abbreviation's full name; it is empty when that outlet is the
// publisher, and when no publisher is known, since nothing then shows
// that the page republishes anything.
//
// The language is the one the page declares, unless a guess from its
// text disagrees on whether it is English; a plain-text file's is the
// guess. The guess goes by script and, for Latin and Cyrillic text, by
// frequent stopwords (at least one word in twenty, and for Latin script
// at least two of one language: a borrowed "non" in English is no
// Italian); else it is unsure ("") and the declaration stands.
//
// A written date without a year ("Sept 7") takes its year from
// Hints.Published or Hints.DefaultDate, never from the clock; without
// either it is not read.
//
//	a, err := extract.HTML(page, extract.Options{URL: url})
//	if errors.Is(err, extract.ErrNoArticle) {
//		// a list page, an error page, an empty page
//	}
//
// The page must already be UTF-8; the caller decodes other charsets.
// Work and memory are bounded: past a few megabytes of kept text or a
// million elements the rest of the page is ignored.
//
// The package knows nothing of fetching, charsets, feeds, archives or
// storage, and has no rule for any particular site.
package extract
