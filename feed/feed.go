package feed

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"net/url"
	"reflect"
	"strings"
	"time"

	"github.com/casus-project/casus/charset"
)

// Feed is a parsed feed.
type Feed struct {
	Title string
	// Link is the feed's web page (the site), absolute when resolvable.
	Link     string
	Language string
	Items    []Item
	// LastCut reports that the last of Items was cut off by the break
	// that Parse's error reports: an item element was still open there,
	// so its fields (its link, say) may be cut short. It is false when
	// Parse returns no error, for a JSON Feed (whose items are decoded
	// whole or not at all), and when the break came after an item's
	// closing tag.
	LastCut bool
}

// Item is one entry of a feed.
type Item struct {
	Title string
	// Link is the item's page, absolute when resolvable. For Atom the
	// rel="alternate" link is preferred.
	Link string
	// GUID is the item's identifier (RSS guid, Atom id, RDF rdf:about,
	// JSON Feed id).
	GUID string
	// Summary is the description or summary as written (may hold HTML);
	// the full content when the item has no summary.
	Summary string
	// Published is the publication date, or the update date when only
	// that is given; zero when absent or unparsable.
	Published time.Time
	Authors   []string
}

// Limits applied by Parse.
const (
	// MaxBytes is how much input Parse reads.
	MaxBytes = 50 << 20
	// MaxItems is how many items Parse keeps: it stops reading at the
	// item past them.
	MaxItems = 10000
	// MaxFieldBytes bounds the text of one element that Parse reads (a
	// title, a description, a content:encoded).
	MaxFieldBytes = 1 << 20
	// MaxFields bounds the elements that Parse reads under one element
	// (an item's titles, links, authors and dates; items aside).
	MaxFields = 256
	// MaxDepth bounds how deep elements nest, whether Parse reads them or
	// not.
	MaxDepth = 256
	// MaxElements bounds the elements of an XML feed, whether Parse reads
	// them or not: the XML decoder spends about 200 bytes and a fifth of
	// a microsecond on each, so a feed of nothing but empty elements
	// would cost a hundred times more per byte than one of text. A
	// thousand items of a hundred elements each are within it.
	MaxElements = 1 << 20
)

// ErrNotFeed means the input is not a feed: HTML, another XML vocabulary,
// or not XML or JSON at all.
var ErrNotFeed = errors.New("feed: not a feed")

// ErrMaxItems means a feed holds more than MaxItems items. Parse returns
// it, wrapped with the count, together with the first MaxItems items, all
// whole.
var ErrMaxItems = errors.New("feed: too many items")

// ErrLimit means an XML feed went past MaxFieldBytes, MaxFields,
// MaxDepth or MaxElements. Parse returns it, wrapped with what went past
// which limit in which item and at which byte of the input, together
// with the items read until then, the one cut off among them, as for a
// feed that turns malformed.
var ErrLimit = errors.New("feed: too large or nested too deep")

// Parse reads a feed from r: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 1.0 or
// JSON Feed. It returns an error wrapping ErrNotFeed when the input is
// not a feed. When a feed breaks off or turns malformed partway, or goes
// past one of the limits (an error wrapping ErrLimit), Parse returns what
// it read so far together with an error, and Feed.LastCut says whether
// the last item read was cut off. Input past MaxBytes is ignored. A feed
// of more than MaxItems items comes back with its first MaxItems and an
// error wrapping ErrMaxItems; an XML feed is not read past the item after
// them. An XML feed is read
// as a stream: Parse keeps only what the Feed needs, whatever else the
// feed holds.
func Parse(r io.Reader) (*Feed, error) {
	body, err := io.ReadAll(io.LimitReader(r, MaxBytes))
	if err != nil {
		return nil, fmt.Errorf("feed: read: %w", err)
	}
	text, _, err := charset.Decode(body, "")
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotFeed, err)
	}
	text = bytes.TrimLeft(text, " \t\r\n\ufeff")
	if len(text) > 0 && text[0] == '{' {
		return parseJSON(text)
	}
	return parseXML(text)
}

// Sniff reports whether head, the first bytes of an input, looks like a
// feed: an XML document whose root is rss, rdf:RDF, feed or channel, or
// a JSON Feed. Half a kilobyte is plenty.
func Sniff(head []byte) bool {
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		// UTF-16: keep the low bytes of mostly-ASCII text.
		ascii := make([]byte, 0, len(head)/2)
		for _, c := range head[2:] {
			if c != 0 {
				ascii = append(ascii, c)
			}
		}
		head = ascii
	}
	head = bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF"))
	head = bytes.TrimLeft(head, " \t\r\n")
	if len(head) > 0 && head[0] == '{' {
		return bytes.Contains(head, []byte("jsonfeed.org/version"))
	}
	for len(head) > 0 {
		i := bytes.IndexByte(head, '<')
		if i < 0 || i+1 >= len(head) {
			return false
		}
		head = head[i+1:]
		switch head[0] {
		case '?', '!':
			// Declaration, comment or doctype: skip past it.
			end := []byte(">")
			if bytes.HasPrefix(head, []byte("!--")) {
				end = []byte("-->")
			}
			j := bytes.Index(head, end)
			if j < 0 {
				return false
			}
			head = head[j+len(end):]
			continue
		}
		j := 0
		for j < len(head) && !isSpaceOrEnd(head[j]) {
			j++
		}
		name := strings.ToLower(string(head[:j]))
		if k := strings.LastIndexByte(name, ':'); k >= 0 {
			name = name[k+1:] // rdf:RDF, atom:feed
		}
		return name == "rss" || name == "feed" || name == "channel" || name == "rdf"
	}
	return false
}

func isSpaceOrEnd(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '>' || c == '/'
}

// node is an element of the parsed document.
type node struct {
	space, local string
	attrs        []xml.Attr
	children     []*node
	text         strings.Builder
	base         string // xml:base in effect, resolved
	fields       int    // kept children other than items
}

// child returns the first child named local (in any namespace when space
// is "*").
func (n *node) child(space, local string) *node {
	for _, c := range n.children {
		if c.local == local && (space == "*" || c.space == space) {
			return c
		}
	}
	return nil
}

// all returns the children named local in namespace space ("*": any).
func (n *node) all(space, local string) []*node {
	var out []*node
	for _, c := range n.children {
		if c.local == local && (space == "*" || c.space == space) {
			out = append(out, c)
		}
	}
	return out
}

// value returns the trimmed text of the first child named local.
func (n *node) value(space, local string) string {
	if c := n.child(space, local); c != nil {
		return strings.TrimSpace(c.text.String())
	}
	return ""
}

// attr returns the value of the attribute named local.
func (n *node) attr(local string) string {
	for _, a := range n.attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// Namespaces.
const (
	nsAtom    = "http://www.w3.org/2005/Atom"
	nsRDF     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	nsDC      = "http://purl.org/dc/elements/1.1/"
	nsContent = "http://purl.org/rss/1.0/modules/content/"
	nsXML     = "http://www.w3.org/XML/1998/namespace"
)

// keptNames are the elements read reads below the root: only these, and
// only within keptDepth of the root, are kept as nodes while parsing.
var keptNames = map[string]bool{
	"channel": true, "item": true, "entry": true, "title": true, "link": true, "language": true,
	"author": true, "guid": true, "description": true, "encoded": true, "pubDate": true, "date": true,
	"published": true, "updated": true, "issued": true, "modified": true, "creator": true, "id": true,
	"summary": true, "content": true, "name": true, "email": true,
}

// keptDepth is the depth of the deepest element read reads: an RSS item's
// author's name (rss, channel, item, author, name).
const keptDepth = 4

// parseXML reads an XML feed token by token, keeping as a light tree
// only the elements that read looks at (keptNames, at most keptDepth
// deep, each under a kept parent), and reads that tree. Everything else
// is only counted: elements, and how deep they nest. It stops at the
// item past MaxItems.
func parseXML(text []byte) (*Feed, error) {
	d := xml.NewDecoder(bytes.NewReader(text))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	// The text is UTF-8 already, whatever the declaration says.
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }

	var root *node
	// stack holds the open elements, nil for those not kept.
	var stack []*node
	// isItem says, for each open element, whether it is an item; open
	// counts the open items.
	var isItem []bool
	items, elements, open := 0, 0, 0
	partial := func(err error) (*Feed, error) {
		f, ferr := read(root)
		if ferr != nil {
			return nil, ferr
		}
		f.LastCut = open > 0 && len(f.Items) > 0
		return f, err
	}
	// limit is the error for a feed past a limit, saying where.
	limit := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s, in item %d at byte %d", ErrLimit, fmt.Sprintf(format, args...), items, d.InputOffset())
	}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if root == nil {
				return nil, fmt.Errorf("%w: %w", ErrNotFeed, err)
			}
			f, ferr := partial(nil)
			if ferr != nil {
				return nil, ferr
			}
			return f, fmt.Errorf("feed: malformed after %d items: %w", len(f.Items), err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if root == nil && !isFeedRoot(t.Name.Local) {
				return nil, fmt.Errorf("%w: root element <%s>", ErrNotFeed, t.Name.Local)
			}
			if len(stack) >= MaxDepth {
				return partial(limit("elements nested more than %d deep", MaxDepth))
			}
			if elements++; elements > MaxElements {
				return partial(limit("more than %d elements", MaxElements))
			}
			item := t.Name.Local == "item" || t.Name.Local == "entry"
			if item {
				if items++; items > MaxItems {
					return partial(fmt.Errorf("%w: more than %d, read no further than item %d", ErrMaxItems, MaxItems, items))
				}
				open++
			}
			isItem = append(isItem, item)
			var parent *node
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			if root != nil && (parent == nil || len(stack) > keptDepth || !keptNames[t.Name.Local]) {
				stack = append(stack, nil)
				continue
			}
			n := &node{space: t.Name.Space, local: t.Name.Local, attrs: t.Attr}
			if parent != nil {
				if !item {
					if parent.fields++; parent.fields > MaxFields {
						return partial(limit("<%s> holds more than %d elements such as <%s>", parent.local, MaxFields, t.Name.Local))
					}
				}
				parent.children = append(parent.children, n)
				n.base = parent.base
			}
			for _, a := range t.Attr {
				if a.Name.Local == "base" && (a.Name.Space == "xml" || a.Name.Space == nsXML) {
					n.base = resolve(n.base, a.Value)
				}
			}
			if root == nil {
				root = n
			}
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
				if isItem[len(isItem)-1] {
					open--
				}
				isItem = isItem[:len(isItem)-1]
			}
		case xml.CharData:
			if len(stack) == 0 {
				continue
			}
			if n := stack[len(stack)-1]; n != nil {
				if n.text.Len()+len(t) > MaxFieldBytes {
					return partial(limit("<%s> longer than %d bytes", n.local, MaxFieldBytes))
				}
				n.text.Write(t)
			}
		}
	}
	if root == nil {
		return nil, fmt.Errorf("%w: no root element", ErrNotFeed)
	}
	return read(root)
}

func isFeedRoot(local string) bool {
	return local == "rss" || local == "RDF" || local == "feed" || local == "channel"
}

// read interprets a document tree whose root is a feed element.
func read(root *node) (*Feed, error) {
	switch root.local {
	case "rss", "channel":
		ch := root
		if root.local == "rss" {
			if ch = root.child("*", "channel"); ch == nil {
				return &Feed{}, nil
			}
		}
		f := readRSSChannel(ch)
		items := ch.all("*", "item")
		if len(items) == 0 {
			items = root.all("*", "item") // RSS 0.9x puts items beside the channel
		}
		for _, it := range items {
			f.Items = append(f.Items, readRSSItem(it, f.Link))
		}
		return f, nil
	case "RDF":
		f := &Feed{}
		if ch := root.child("*", "channel"); ch != nil {
			f = readRSSChannel(ch)
		}
		for _, it := range root.all("*", "item") {
			item := readRSSItem(it, f.Link)
			if item.GUID == "" {
				item.GUID = it.attr("about")
			}
			f.Items = append(f.Items, item)
		}
		return f, nil
	case "feed":
		return readAtom(root), nil
	}
	return nil, ErrNotFeed
}

func readRSSChannel(ch *node) *Feed {
	f := &Feed{Title: cleanTitle(ch.value("*", "title"), false)}
	for _, l := range ch.all("*", "link") {
		if l.space == nsAtom {
			continue
		}
		if v := strings.TrimSpace(l.text.String()); v != "" {
			f.Link = resolve(ch.base, v)
			break
		}
	}
	if f.Link == "" {
		f.Link = atomLink(ch, ch.base)
	}
	f.Language = ch.value("*", "language")
	if f.Language == "" {
		f.Language = ch.value(nsDC, "language")
	}
	return f
}

func readRSSItem(it *node, feedLink string) Item {
	base := it.base
	if base == "" {
		base = feedLink
	}
	item := Item{Title: cleanTitle(it.value("*", "title"), false)}
	for _, l := range it.all("*", "link") {
		if l.space == nsAtom {
			continue
		}
		if v := strings.TrimSpace(l.text.String()); v != "" {
			item.Link = resolve(base, v)
			break
		}
	}
	if g := it.child("*", "guid"); g != nil {
		item.GUID = strings.TrimSpace(g.text.String())
		permalink := !strings.EqualFold(strings.TrimSpace(g.attr("isPermaLink")), "false")
		if item.Link == "" && permalink && looksLikeURL(item.GUID) {
			item.Link = resolve(base, item.GUID)
		}
	}
	if item.Link == "" {
		item.Link = atomLink(it, base)
	}
	item.Summary = strings.TrimSpace(it.value("*", "description"))
	if item.Summary == "" {
		item.Summary = strings.TrimSpace(it.value(nsContent, "encoded"))
	}
	for _, name := range []struct{ space, local string }{
		{"*", "pubDate"}, {nsDC, "date"}, {"*", "published"}, {"*", "updated"}, {"*", "issued"}, {"*", "modified"},
	} {
		if t, ok := ParseDate(it.value(name.space, name.local)); ok {
			item.Published = t
			break
		}
	}
	for _, a := range it.all("*", "author") {
		item.Authors = addAuthor(item.Authors, rssAuthor(a.text.String()))
		if n := a.value("*", "name"); n != "" { // atom:author inside RSS
			item.Authors = addAuthor(item.Authors, n)
		}
	}
	for _, a := range it.all(nsDC, "creator") {
		item.Authors = addAuthor(item.Authors, a.text.String())
	}
	return item
}

func readAtom(root *node) *Feed {
	f := &Feed{Title: atomText(root.child("*", "title"))}
	f.Link = atomLink(root, root.base)
	for _, a := range root.attrs {
		if a.Name.Local == "lang" {
			f.Language = a.Value
		}
	}
	for _, e := range root.all("*", "entry") {
		base := e.base
		if base == "" {
			base = f.Link
		}
		item := Item{
			Title: atomText(e.child("*", "title")),
			Link:  atomLink(e, base),
			GUID:  e.value("*", "id"),
		}
		if s := e.child("*", "summary"); s != nil {
			item.Summary = strings.TrimSpace(s.text.String())
		}
		if item.Summary == "" {
			if c := e.child("*", "content"); c != nil {
				item.Summary = strings.TrimSpace(c.text.String())
			}
		}
		for _, name := range []string{"published", "issued", "updated", "modified"} {
			if t, ok := ParseDate(e.value("*", name)); ok {
				item.Published = t
				break
			}
		}
		authors := e.all("*", "author")
		if len(authors) == 0 {
			authors = root.all("*", "author")
		}
		for _, a := range authors {
			name := a.value("*", "name")
			if name == "" {
				name = a.value("*", "email")
			}
			item.Authors = addAuthor(item.Authors, name)
		}
		f.Items = append(f.Items, item)
	}
	return f
}

// atomLink returns the resolved href of n's best atom:link child:
// rel="alternate" (or no rel) of an HTML type first, then any alternate,
// then any link with an href.
func atomLink(n *node, base string) string {
	var alt, any string
	for _, l := range n.all("*", "link") {
		href := strings.TrimSpace(l.attr("href"))
		if href == "" {
			continue
		}
		rel := strings.ToLower(strings.TrimSpace(l.attr("rel")))
		typ := strings.ToLower(l.attr("type"))
		lbase := base
		if l.base != "" && l.base != n.base {
			lbase = l.base
		}
		href = resolve(lbase, href)
		switch {
		case (rel == "" || rel == "alternate") && (typ == "" || strings.Contains(typ, "html")):
			return href
		case rel == "" || rel == "alternate":
			if alt == "" {
				alt = href
			}
		case rel != "self" && rel != "hub" && rel != "enclosure" && rel != "replies" && rel != "edit" && rel != "next" && rel != "previous":
			if any == "" {
				any = href
			}
		}
	}
	if alt != "" {
		return alt
	}
	return any
}

// atomText returns the text of an Atom text construct.
func atomText(n *node) string {
	if n == nil {
		return ""
	}
	return cleanTitle(n.text.String(), n.attr("type") == "html")
}

// cleanTitle turns a title into plain text on one line. Titles that hold
// markup or entities (often escaped twice in RSS) are unescaped.
func cleanTitle(s string, isHTML bool) string {
	if isHTML || strings.ContainsAny(s, "<&") {
		s = stripTags(s)
		s = html.UnescapeString(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

// stripTags removes anything between '<' and '>'.
func stripTags(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>' && in:
			in = false
			b.WriteByte(' ')
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// rssAuthor returns the name in an RSS author, which should be an email
// address with the name in parentheses: "jo@example.com (Jo Smith)".
func rssAuthor(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '('); i >= 0 {
		if j := strings.LastIndexByte(s, ')'); j > i {
			if name := strings.TrimSpace(s[i+1 : j]); name != "" {
				return name
			}
		}
	}
	return s
}

// addAuthor appends a cleaned name unless it is empty or present.
func addAuthor(list []string, name string) []string {
	name = strings.Join(strings.Fields(html.UnescapeString(name)), " ")
	if name == "" {
		return list
	}
	for _, a := range list {
		if strings.EqualFold(a, name) {
			return list
		}
	}
	return append(list, name)
}

// resolve returns ref resolved against base when base is an absolute
// URL, else ref as it is.
func resolve(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if base == "" {
		return ref
	}
	b, err := url.Parse(strings.TrimSpace(base))
	if err != nil || !b.IsAbs() {
		return ref
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	return b.ResolveReference(r).String()
}

func looksLikeURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "/")
}

// jsonFeed is the subset of JSON Feed 1.0/1.1 that Parse reads.
type jsonFeed struct {
	Version     string `json:"version"`
	Title       string `json:"title"`
	HomePageURL string `json:"home_page_url"`
	FeedURL     string `json:"feed_url"`
	Language    string `json:"language"`
	Items       []jsonItem
}

type jsonItem struct {
	ID            any          `json:"id"`
	URL           string       `json:"url"`
	ExternalURL   string       `json:"external_url"`
	Title         string       `json:"title"`
	Summary       string       `json:"summary"`
	ContentHTML   string       `json:"content_html"`
	ContentText   string       `json:"content_text"`
	DatePublished string       `json:"date_published"`
	DateModified  string       `json:"date_modified"`
	Author        *jsonAuthor  `json:"author"`
	Authors       []jsonAuthor `json:"authors"`
}

type jsonAuthor struct {
	Name string `json:"name"`
}

// parseJSON reads a JSON Feed as a stream of tokens, decoding its items
// one at a time, so that a feed cut off partway keeps the items before
// the break and one of millions of items costs no more memory than one of
// MaxItems. Items past MaxItems are skipped unread.
func parseJSON(text []byte) (*Feed, error) {
	var jf jsonFeed
	var items []jsonItem
	total, broke := 0, error(nil)
	d := json.NewDecoder(bytes.NewReader(text))
	if t, err := d.Token(); err != nil || t != json.Delim('{') {
		return nil, fmt.Errorf("%w: JSON that is not an object", ErrNotFeed)
	}
	isFeed := func() bool { return strings.Contains(jf.Version, "jsonfeed.org") }
	for broke == nil && d.More() {
		t, err := d.Token()
		if err != nil {
			broke = err
			break
		}
		var dst any
		switch t {
		case "version":
			dst = &jf.Version
		case "title":
			dst = &jf.Title
		case "home_page_url":
			dst = &jf.HomePageURL
		case "feed_url":
			dst = &jf.FeedURL
		case "language":
			dst = &jf.Language
		case "items":
			items, total, broke = jsonItems(d)
			if broke != nil && !isJSONBreak(broke) {
				return nil, fmt.Errorf("%w: items: %w", ErrNotFeed, broke)
			}
			continue
		default:
			dst = new(json.RawMessage)
		}
		if err := d.Decode(dst); err != nil {
			if !isJSONBreak(err) {
				return nil, fmt.Errorf("%w: %v: %w", ErrNotFeed, t, err)
			}
			broke = err
		}
	}
	if broke == nil {
		if _, err := d.Token(); err != nil {
			broke = err
		} else if _, err := d.Token(); err != io.EOF {
			broke = fmt.Errorf("data after the feed's object")
		}
	}
	if errors.Is(broke, io.EOF) {
		broke = io.ErrUnexpectedEOF
	}
	if !isFeed() {
		if broke != nil {
			return nil, fmt.Errorf("%w: %w", ErrNotFeed, broke)
		}
		return nil, fmt.Errorf("%w: JSON without a JSON Feed version", ErrNotFeed)
	}
	jf.Items = items
	f := jf.feed()
	switch {
	case broke != nil:
		return f, fmt.Errorf("feed: malformed after %d items: %w", len(f.Items), broke)
	case total > MaxItems:
		return f, fmt.Errorf("%w: %d, the first %d read", ErrMaxItems, total, MaxItems)
	}
	return f, nil
}

// jsonItems decodes a JSON Feed's items array (or null) from d, keeping
// the first MaxItems items and counting the rest, which it skips. On a
// break it returns the items decoded before it; an item is kept only
// when it was decoded whole.
func jsonItems(d *json.Decoder) (items []jsonItem, total int, err error) {
	t, err := d.Token()
	if err != nil {
		return nil, 0, err
	}
	if t == nil {
		return nil, 0, nil
	}
	if t != json.Delim('[') {
		return nil, 0, &json.UnmarshalTypeError{Value: fmt.Sprint(t), Type: reflect.TypeFor[[]jsonItem](), Field: "items"}
	}
	for d.More() {
		if total >= MaxItems {
			var skip json.RawMessage
			if err := d.Decode(&skip); err != nil {
				return items, total, err
			}
		} else {
			var it jsonItem
			if err := d.Decode(&it); err != nil {
				return items, total, fmt.Errorf("item %d: %w", total+1, err)
			}
			items = append(items, it)
		}
		total++
	}
	if _, err := d.Token(); err != nil {
		return items, total, err
	}
	return items, total, nil
}

// isJSONBreak reports whether err, from a json.Decoder, means the input
// broke off or turned malformed, rather than a value of the wrong type.
func isJSONBreak(err error) bool {
	var te *json.UnmarshalTypeError
	return !errors.As(err, &te)
}

// feed turns a decoded JSON Feed into a Feed.
func (jf *jsonFeed) feed() *Feed {
	f := &Feed{Title: cleanTitle(jf.Title, false), Link: jf.HomePageURL, Language: jf.Language}
	base := f.Link
	if base == "" {
		base = jf.FeedURL
	}
	for _, it := range jf.Items {
		item := Item{Title: cleanTitle(it.Title, false), Summary: it.Summary}
		item.Link = it.URL
		if item.Link == "" {
			item.Link = it.ExternalURL
		}
		item.Link = resolve(base, item.Link)
		switch id := it.ID.(type) {
		case string:
			item.GUID = id
		case float64:
			item.GUID = fmt.Sprint(id)
		}
		if item.Summary == "" {
			item.Summary = it.ContentHTML
		}
		if item.Summary == "" {
			item.Summary = it.ContentText
		}
		if t, ok := ParseDate(it.DatePublished); ok {
			item.Published = t
		} else if t, ok := ParseDate(it.DateModified); ok {
			item.Published = t
		}
		for _, a := range it.Authors {
			item.Authors = addAuthor(item.Authors, a.Name)
		}
		if it.Author != nil {
			item.Authors = addAuthor(item.Authors, it.Author.Name)
		}
		f.Items = append(f.Items, item)
	}
	return f
}
