package extract

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Limits that bound work and memory on hostile or huge pages.
const (
	maxText     = 8 << 20 // bytes of page text kept
	maxNodes    = 1 << 20 // elements kept
	maxDepth    = 400     // open elements tracked
	maxScripts  = 1 << 20 // bytes of JSON-LD kept
	maxMetaVal  = 2048    // bytes of one meta value kept
	maxEndMatch = 64      // open elements searched for an end tag's match
)

// node is one element of the light tree.
type node struct {
	parent int32
	tag    atom.Atom
	own    uint32 // flags from the element itself
	inh    uint32 // own plus the inheritable flags of the ancestors
	eff    uint32 // own less the hints that scoring overrode
}

// block is the text of one block-level element, or of the part of one
// between two child blocks.
type block struct {
	node       int32 // innermost block-level element holding the text
	start, end int32 // text[start:end]
	link       int32 // bytes of the text inside links
	head       int32 // bytes of link text opening the block, up to its first unlinked word
	tag        atom.Atom
	inh        uint32
	alt        bool // the alt text of the image just before it, again: a caption
}

// metaTag is one interesting <meta> or link value.
type metaTag struct {
	key, val string
}

// page is what one pass over a page keeps.
type page struct {
	nodes  []node
	blocks []block
	text   []byte

	lang      string
	title     string
	canonical string
	metas     []metaTag
	jsonld    []string
	times     []string  // datetime attributes of <time>, in page order
	authors   []capture // text of rel=author links and byline elements
	logos     []string  // text and image alt text of logos and home links

	classCache map[string]uint32
}

// capture is the text of one element the metadata reads.
type capture struct {
	node int32
	text string
	rel  bool // a rel=author link
}

// inheritable flags pass from an element to its descendants.
const inheritable = fSkip | fLink | fAuthor | fTime | fLogo

// Bounds on captured metadata text.
const (
	maxCaptures = 8
	maxCapture  = 128
)

func blockLevel(a atom.Atom) bool {
	switch a {
	case atom.A, atom.Abbr, atom.B, atom.Bdi, atom.Bdo, atom.Br, atom.Cite, atom.Code, atom.Data,
		atom.Dfn, atom.Em, atom.Font, atom.I, atom.Img, atom.Kbd, atom.Label, atom.Mark, atom.Q,
		atom.S, atom.Samp, atom.Small, atom.Span, atom.Strong, atom.Sub, atom.Sup, atom.Time,
		atom.Tt, atom.U, atom.Var, atom.Wbr, atom.Big, atom.Strike, atom.Nobr, atom.Ins, atom.Del,
		atom.Picture, atom.Source, atom.Output, atom.Meter, atom.Progress:
		return false
	}
	return true
}

func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr, atom.Keygen:
		return true
	}
	return false
}

// tagFlags gives the flags an element has from its tag alone.
func tagFlags(a atom.Atom) uint32 {
	switch a {
	case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Select, atom.Option, atom.Button, atom.Textarea, atom.Iframe, atom.Object,
		atom.Embed, atom.Canvas, atom.Video, atom.Audio, atom.Map, atom.Dialog, atom.Datalist,
		atom.Input, atom.Noembed, atom.Noframes:
		return fSkip | fBlock
	case atom.Nav, atom.Menu:
		return fBad | fBlock
	case atom.Footer:
		return fBad | fBlock
	case atom.Aside, atom.Form:
		return fWeak | fBlock
	case atom.Header:
		return fHeader | fBlock
	case atom.Figcaption, atom.Caption:
		return fCaption | fBlock
	case atom.Article, atom.Main:
		return fGood | fBlock
	case atom.Time:
		return fTime
	}
	if blockLevel(a) {
		return fBlock
	}
	return 0
}

// parser holds the state of one pass.
type parser struct {
	p     *page
	z     *tokenizer // its attributes are the current tag's
	stack []int32    // open elements, node indices; stack[0] is a root

	// current block
	cur      int32 // node of the current block
	curStart int32
	curLink  int32
	curHead  int32
	headOpen bool // no unlinked word yet in the current block
	space    bool // last byte written was a space (or block start)

	authorNode  int32 // open rel=author link or byline element
	authorStart int
	authorRel   bool
	logoNode    int32 // open logo element or link home
	logoStart   int

	cards []inlineMark // open spans in the current block's text, innermost last

	alt   string // alt text of the last image with one
	altAt int32  // len(text) at that image, or -1
}

// inlineMark is where an open <span> began in the current block's text,
// so that endSpan can take the span back out if it is a hover card.
type inlineMark struct {
	node            int32
	start           int32 // len(text) at the open tag
	link, head      int32 // curLink and curHead there
	space, headOpen bool
	img             bool // an <img> inside, not inside a span within it
}

// minAlt is the shortest alt text, in bytes, that marks the block
// repeating it as a caption: shorter ones ("Photo", a name) recur by
// chance.
const minAlt = 12

// Bounds on hover cards: open spans tracked, and the shortest card's
// text in bytes (a name and a headline).
const (
	maxCards = 64
	minCard  = 40
)

// parsePage reads src in one pass.
func parsePage(src []byte) *page {
	p := &page{
		nodes:      make([]node, 1, 1024),
		blocks:     make([]block, 0, 256),
		text:       make([]byte, 0, len(src)/8),
		classCache: make(map[string]uint32),
	}
	p.nodes[0] = node{parent: -1, own: fBlock, inh: 0}
	z := newTokenizer(src)
	ps := &parser{p: p, z: z, stack: make([]int32, 1, 64), authorNode: -1, logoNode: -1, altAt: -1, space: true, headOpen: true}
	var raw atom.Atom // raw-text element whose text comes next
	var ldjson bool
	for {
		tt := z.next()
		switch tt {
		case errorToken:
			ps.flush()
			return p
		case textToken:
			switch raw {
			case 0:
				ps.text(z.textBytes())
			case atom.Title:
				if p.title == "" {
					p.title = collapse(z.textBytes(), maxMetaVal)
				}
			case atom.Script:
				if ldjson && len(p.jsonld) < 16 {
					t := z.textBytes()
					if len(t) <= maxScripts {
						p.jsonld = append(p.jsonld, string(t))
					}
				}
			}
			raw = 0
		case startTagToken, selfClosingTagToken:
			raw = 0
			a := z.atom()
			switch a {
			case atom.Script:
				ldjson = false
				for _, at := range z.attrs {
					if string(at.key) == "type" && bytes.Contains(bytes.ToLower(at.val), []byte("ld+json")) {
						ldjson = true
					}
				}
				if tt == startTagToken {
					raw = a
				}
				continue
			case atom.Title, atom.Style, atom.Noscript, atom.Iframe, atom.Textarea, atom.Xmp, atom.Noembed,
				atom.Noframes, atom.Plaintext:
				if tt == startTagToken {
					raw = a
				}
				continue
			case atom.Meta:
				ps.meta()
				continue
			case atom.Link:
				ps.link()
				continue
			case atom.Html:
				for _, at := range z.attrs {
					if string(at.key) == "lang" && p.lang == "" {
						p.lang = string(trimSpace(at.val))
					}
				}
				continue
			case atom.Body:
				continue
			case atom.Br, atom.Wbr:
				if a == atom.Br && !ps.space {
					ps.p.text = append(ps.p.text, ' ')
					ps.space = true
				}
				continue
			case atom.Hr:
				ps.flush()
				continue
			}
			if len(p.nodes) >= maxNodes || len(p.text) >= maxText {
				ps.flush()
				return p
			}
			ps.start(a, tt == selfClosingTagToken)
		case endTagToken:
			raw = 0
			a := z.atom()
			switch a {
			case atom.Body, atom.Html, atom.Br, atom.Script, atom.Style, atom.Title:
				continue
			}
			ps.end(a)
		}
	}
}

func (ps *parser) top() *node { return &ps.p.nodes[ps.stack[len(ps.stack)-1]] }

// text appends a text token to the current block, collapsing white
// space, turning no-break spaces into spaces and dropping soft hyphens.
func (ps *parser) text(t []byte) {
	n := ps.top()
	if n.inh&fSkip != 0 {
		return
	}
	if room := maxText - len(ps.p.text); len(t) > room {
		t = t[:max(0, room)]
	}
	if int32(len(ps.p.text)) == ps.curStart {
		ps.cur = ps.blockNode()
	}
	before := len(ps.p.text)
	buf := ps.p.text
	space := ps.space
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case isSpace(c):
			if !space {
				buf = append(buf, ' ')
				space = true
			}
			continue
		case c == 0xC2 && i+1 < len(t) && (t[i+1] == 0xA0 || t[i+1] == 0xAD):
			if t[i+1] == 0xA0 && !space {
				buf = append(buf, ' ')
				space = true
			}
			i++
			continue
		}
		buf = append(buf, c)
		space = false
	}
	// A block never starts with a space.
	if int32(len(buf)) == ps.curStart+1 && buf[len(buf)-1] == ' ' {
		buf = buf[:len(buf)-1]
		space = true
	}
	ps.p.text = buf
	ps.space = space
	if n.inh&fLink != 0 {
		ps.curLink += int32(len(buf) - before)
		if ps.headOpen {
			ps.curHead = int32(len(buf)) - ps.curStart
		}
	} else if ps.headOpen && len(bytes.TrimSpace(buf[before:])) > 0 {
		ps.headOpen = false
	}
}

// blockNode returns the innermost open block-level element.
func (ps *parser) blockNode() int32 {
	for i := len(ps.stack) - 1; i > 0; i-- {
		if ps.p.nodes[ps.stack[i]].own&fBlock != 0 {
			return ps.stack[i]
		}
	}
	return ps.stack[0]
}

// flush ends the current block.
func (ps *parser) flush() {
	p := ps.p
	end := int32(len(p.text))
	if end > ps.curStart && p.text[end-1] == ' ' {
		end--
		p.text = p.text[:end]
	}
	if end > ps.curStart {
		n := p.nodes[ps.cur]
		p.blocks = append(p.blocks, block{
			node: ps.cur, start: ps.curStart, end: end,
			link: min(ps.curLink, end-ps.curStart), head: min(ps.curHead, end-ps.curStart), tag: n.tag, inh: n.inh,
			alt: ps.curStart == ps.altAt && string(p.text[ps.curStart:end]) == ps.alt,
		})
		p.text = append(p.text, '\n')
	}
	ps.curStart = int32(len(p.text))
	ps.curLink = 0
	ps.curHead = 0
	ps.headOpen = true
	ps.space = true
}

// closes reports whether an open element of tag open is implicitly closed
// by a start tag a.
func closes(open, a atom.Atom) bool {
	switch open {
	case atom.P:
		return a != 0 && blockLevel(a) && a != atom.Span
	case atom.Li:
		return a == atom.Li
	case atom.Dt, atom.Dd:
		return a == atom.Dt || a == atom.Dd
	case atom.Td, atom.Th:
		return a == atom.Td || a == atom.Th || a == atom.Tr
	case atom.Tr:
		return a == atom.Tr
	case atom.A:
		return a == atom.A
	}
	return false
}

func (ps *parser) start(a atom.Atom, selfClosing bool) {
	p := ps.p
	topn := ps.top()
	if len(ps.stack) > 1 && closes(topn.tag, a) {
		ps.end(topn.tag)
		topn = ps.top()
	}
	own := tagFlags(a)
	var isLink bool
	var rel bool
	var alt []byte
	for _, at := range ps.z.attrs {
		switch string(at.key) {
		case "class", "id":
			if len(at.val) == 0 {
				continue
			}
			f, ok := p.classCache[string(at.val)]
			if !ok {
				f = classify(at.val)
				if len(p.classCache) < 1<<14 {
					p.classCache[string(at.val)] = f
				}
			}
			own |= f
		case "href":
			if a == atom.A {
				isLink = true
				if homeLink(at.val) {
					own |= fLogo
				}
			}
		case "rel":
			if a == atom.A && bytes.Contains(at.val, []byte("author")) {
				rel = true
			}
			if a == atom.A && bytes.Equal(at.val, []byte("home")) {
				own |= fLogo
			}
		case "alt":
			alt = at.val
		case "role":
			switch string(at.val) {
			case "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alertdialog":
				own |= fBad
			case "main", "article":
				own |= fGood
			}
		case "itemprop":
			switch string(at.val) {
			case "articleBody", "articlebody", "text", "reviewBody":
				own |= fBody | fGood
			case "author", "creator":
				own |= fAuthor
			}
		case "hidden":
			own |= fSkip
		case "aria-hidden":
			// Decorative, and often a duplicate of visible text.
			if string(at.val) == "true" && a != atom.Div && a != atom.Section && a != atom.Article {
				own |= fSkip
			}
		case "style":
			if hiddenStyle(at.val) {
				own |= fSkip
			}
		case "datetime":
			if a == atom.Time && len(p.times) < 32 {
				p.times = append(p.times, collapse(at.val, 64))
			}
		}
	}
	if isLink {
		own |= fLink
	}
	if a == atom.Span && own&fCaption != 0 && own&fAuthor == 0 && int32(len(p.text)) == ps.curStart {
		// A caption set in a span (<span class="caption">) that opens
		// its block's text is a block of its own, so that its flag can
		// take it out of the story. One that follows text, as a
		// credit follows its caption, stays inline with it.
		own |= fBlock
	}
	if own&fBlock != 0 {
		ps.flush()
	}
	if a == atom.Img && len(alt) > 0 && (own|topn.inh)&fLogo != 0 && len(p.logos) < maxCaptures {
		if s := collapse(unescapeAttr(alt), maxCapture); s != "" {
			p.logos = append(p.logos, s)
		}
	}
	if a == atom.Img {
		if len(ps.cards) > 0 {
			ps.cards[len(ps.cards)-1].img = true
		}
		ps.altAt = -1
		if len(alt) >= minAlt && (own|topn.inh)&fSkip == 0 {
			ps.alt, ps.altAt = collapse(unescapeAttr(alt), maxCaption), int32(len(p.text))
		}
	}
	if selfClosing && a != 0 && !blockLevel(a) || isVoid(a) {
		return
	}
	if len(ps.stack) >= maxDepth {
		return
	}
	idx := int32(len(p.nodes))
	parent := ps.stack[len(ps.stack)-1]
	p.nodes = append(p.nodes, node{parent: parent, tag: a, own: own, inh: own | topn.inh&inheritable})
	ps.stack = append(ps.stack, idx)
	if a == atom.Span && (own|topn.inh)&(fLink|fSkip) == 0 && len(ps.cards) < maxCards {
		ps.cards = append(ps.cards, inlineMark{node: idx, start: int32(len(p.text)), link: ps.curLink,
			head: ps.curHead, space: ps.space, headOpen: ps.headOpen})
	}
	if (rel || own&fAuthor != 0) && ps.authorNode < 0 {
		ps.authorNode = idx
		ps.authorStart = len(p.text)
		ps.authorRel = rel
	}
	if own&fLogo != 0 && topn.inh&fLogo == 0 && ps.logoNode < 0 {
		ps.logoNode = idx
		ps.logoStart = len(p.text)
	}
}

// homeLink reports whether an href points at a site's home page: "/",
// "https://host/" or "//host".
func homeLink(href []byte) bool {
	href = trimSpace(href)
	if len(href) == 1 {
		return href[0] == '/'
	}
	i := bytes.Index(href, []byte("//"))
	if i < 0 || i > 6 {
		return false
	}
	rest := href[i+2:]
	j := bytes.IndexByte(rest, '/')
	return len(rest) > 0 && (j < 0 || j == len(rest)-1)
}

func (ps *parser) end(a atom.Atom) {
	p := ps.p
	lo := max(1, len(ps.stack)-maxEndMatch)
	for i := len(ps.stack) - 1; i >= lo; i-- {
		if p.nodes[ps.stack[i]].tag != a {
			continue
		}
		for j := len(ps.stack) - 1; j >= i; j-- {
			idx := ps.stack[j]
			if idx == ps.authorNode {
				if len(p.authors) < maxCaptures && len(p.text) > ps.authorStart {
					p.authors = append(p.authors, capture{node: idx, text: collapse(p.text[ps.authorStart:], maxCapture), rel: ps.authorRel})
				}
				ps.authorNode = -1
			}
			if idx == ps.logoNode {
				if len(p.logos) < maxCaptures && len(p.text) > ps.logoStart {
					if s := collapse(p.text[ps.logoStart:], maxCapture); s != "" {
						p.logos = append(p.logos, s)
					}
				}
				ps.logoNode = -1
			}
			if n := len(ps.cards); n > 0 && ps.cards[n-1].node == idx {
				ps.endSpan()
			}
			if p.nodes[idx].own&fBlock != 0 {
				ps.flush()
			}
		}
		ps.stack = ps.stack[:i]
		return
	}
}

// endSpan closes the innermost tracked span. A span inside a block's
// text that holds a picture and nothing but links is a hover card: a
// person's or topic's photo, name and latest headlines, which the page
// shows only when the pointer rests on a name. Its text, other stories'
// headlines glued into the paragraph, is taken back out of the block. A
// span holding a picture and no text passes the picture to the span
// around it, as a card's photo often sits in a span of its own.
func (ps *parser) endSpan() {
	m := ps.cards[len(ps.cards)-1]
	ps.cards = ps.cards[:len(ps.cards)-1]
	p := ps.p
	n := int32(len(p.text)) - m.start
	if m.img && m.start > ps.curStart && n >= minCard && (n-(ps.curLink-m.link))*10 <= n {
		p.text = p.text[:m.start]
		ps.curLink, ps.curHead, ps.space, ps.headOpen = m.link, m.head, m.space, m.headOpen
		ps.authorStart = min(ps.authorStart, len(p.text))
		ps.logoStart = min(ps.logoStart, len(p.text))
		return
	}
	if m.img && n == 0 && len(ps.cards) > 0 {
		ps.cards[len(ps.cards)-1].img = true
	}
}

// meta records a <meta> tag's value when its name is one extraction uses.
func (ps *parser) meta() {
	var key, val []byte
	for _, at := range ps.z.attrs {
		switch string(at.key) {
		case "name", "property", "itemprop", "http-equiv":
			if key == nil {
				key = at.val
			}
		case "content":
			val = at.val
		case "charset":
		}
	}
	if len(key) == 0 || len(val) == 0 || len(ps.p.metas) >= 256 {
		return
	}
	k := strings.ToLower(string(trimSpace(key)))
	if metaKeys[k] {
		ps.p.metas = append(ps.p.metas, metaTag{k, collapse(unescapeAttr(val), maxMetaVal)})
	}
}

// link records the canonical URL.
func (ps *parser) link() {
	var rel, href []byte
	for _, at := range ps.z.attrs {
		switch string(at.key) {
		case "rel":
			rel = at.val
		case "href":
			href = at.val
		}
	}
	if ps.p.canonical == "" && len(href) > 0 && string(bytes.ToLower(trimSpace(rel))) == "canonical" {
		ps.p.canonical = collapse(unescapeAttr(href), maxMetaVal)
	}
}

// metaKeys are the meta names extraction reads.
var metaKeys = map[string]bool{
	"og:title": true, "og:site_name": true, "og:url": true, "og:locale": true, "twitter:title": true,
	"article:published_time": true, "og:published_time": true, "og:article:published_time": true,
	"article:published": true, "published_time": true, "publish-date": true, "publishdate": true,
	"pubdate": true, "date": true, "dc.date": true, "dc.date.issued": true, "dcterms.date": true,
	"dcterms.created": true, "dcterms.issued": true, "dc.date.created": true, "parsely-pub-date": true,
	"sailthru.date": true, "datepublished": true, "article.published": true, "article_date_original": true,
	"original-publish-date": true, "cxenseparse:recs:publishtime": true, "publication_date": true,
	"article:modified_time": true, "og:updated_time": true, "datemodified": true, "last-modified": true,
	"author": true, "article:author": true, "parsely-author": true, "sailthru.author": true,
	"dc.creator": true, "dcterms.creator": true, "byl": true, "twitter:creator": true,
	"content-language": true, "language": true, "dc.language": true, "og:type": true,
	"application-name": true, "publisher": true, "dc.publisher": true, "twitter:site": true,
	"parsely-title": true, "headline": true, "description": true, "og:description": true,
}

func hiddenStyle(v []byte) bool {
	if len(v) < 12 {
		return false
	}
	var b [256]byte
	n := 0
	for _, c := range v {
		if isSpace(c) {
			continue
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if n < len(b) {
			b[n] = c
			n++
		}
	}
	s := b[:n]
	return bytes.Contains(s, []byte("display:none")) || bytes.Contains(s, []byte("visibility:hidden"))
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && isSpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && isSpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

// collapse returns b with runs of white space made single spaces, trimmed,
// cut to at most max bytes.
func collapse(b []byte, max int) string {
	var sb strings.Builder
	space := true
	for _, c := range b {
		if sb.Len() >= max {
			break
		}
		if isSpace(c) {
			if !space {
				sb.WriteByte(' ')
			}
			space = true
			continue
		}
		sb.WriteByte(c)
		space = false
	}
	return strings.TrimSpace(sb.String())
}

func unescapeAttr(b []byte) []byte {
	if bytes.IndexByte(b, '&') < 0 {
		return b
	}
	return []byte(html.UnescapeString(string(b)))
}

// asciiFold reports whether b is the lower-case ASCII name with any of its
// letters in upper case.
func asciiFold(b []byte, name string) bool {
	if len(b) != len(name) {
		return false
	}
	for i := range b {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != name[i] {
			return false
		}
	}
	return true
}
