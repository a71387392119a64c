package extract

import (
	"bytes"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// Bounds on how many blocks trimming may take off a body's edges.
const (
	maxLeadDrops = 8
	maxTailDrops = 6
)

// trimEdges drops the blocks at the top and bottom of a body that belong
// to the page around the story: section labels and kickers, standfirsts,
// byline and date lines, republication notices above it; correction
// prompts, reporting and editing credits, copyright and licensing lines
// below it. It keeps at least one block, and returns the names of a
// dropped byline or sign-off.
func trimEdges(p *page, keep []int, best int32, ref time.Time) ([]int, []string) {
	var names []string
	for n := 0; n < maxLeadDrops && len(keep) > 1; {
		if teaser(p, &p.blocks[keep[0]]) {
			// A run of teasers can be long; each is plain to see.
			keep = keep[1:]
			continue
		}
		drop, by := leadJunk(p, &p.blocks[keep[0]], &p.blocks[keep[1]], best, ref)
		if !drop {
			drop = repeatedLater(p, keep) || boxLabel(p, keep)
		}
		if !drop {
			break
		}
		if len(names) == 0 {
			names = by
		}
		keep = keep[1:]
		n++
	}
	for n := 0; n < maxTailDrops && len(keep) > 1; {
		b := &p.blocks[keep[len(keep)-1]]
		if teaser(p, b) {
			keep = keep[:len(keep)-1]
			continue
		}
		n++
		if by, ok := signOffLine(p, b); ok {
			if len(names) == 0 {
				names = by
			}
		} else if !tailJunk(p, b, best, ref) {
			break
		}
		keep = keep[:len(keep)-1]
	}
	return keep, names
}

// minRepeat is the shortest opening block, in bytes, that repeatedLater
// takes for a copy: shorter lines ("Updated", a place name) recur by
// chance.
const minRepeat = 40

// repeatedLater reports whether the first of the kept blocks reappears
// word for word in a later one: a summary or highlight box above the
// story that repeats one of its paragraphs. Kept, it would be read, and
// its events coded, twice.
func repeatedLater(p *page, keep []int) bool {
	first := &p.blocks[keep[0]]
	t := p.text[first.start:first.end]
	if len(t) < minRepeat {
		return false
	}
	for _, i := range keep[1:] {
		b := &p.blocks[i]
		if bytes.Contains(p.text[b.start:b.end], t) {
			return true
		}
	}
	return false
}

// boxLabel reports whether the first of the kept blocks is a short
// label ("Highlights", "Latest news") over a block that repeatedLater
// or teaser drops: the heading of the same box.
func boxLabel(p *page, keep []int) bool {
	if len(keep) < 3 {
		return false
	}
	b := &p.blocks[keep[0]]
	t := p.text[b.start:b.end]
	return len(t) <= 40 && !endsSentence(t) && (teaser(p, &p.blocks[keep[1]]) || repeatedLater(p, keep[1:]))
}

// minHeadline is the shortest linked headline, in bytes, that opens a
// teaser.
const minHeadline = 20

// teaser reports whether a block is a teaser of another story: a linked
// headline followed by that story's opening, cut short with an ellipsis
// ("Ferry adds night crossing The operator said on Monday that...").
// Lists of them sit above and below stories ("Latest", "Breaking
// news"); each would code events that the page's story does not report.
func teaser(p *page, b *block) bool {
	return b.head >= minHeadline && b.head < b.end-b.start && hasEllipsis(string(p.text[b.start:b.end]))
}

// flagsUpTo returns the own flags of a block's element and its ancestors
// below best.
func flagsUpTo(p *page, node, best int32) uint32 {
	var f uint32
	for i := node; i > best && i > 0; i = p.nodes[i].parent {
		f |= p.nodes[i].own
	}
	return f
}

// leadJunk reports whether a block opening a body is page furniture, and
// the names of the authors when it is a byline. next is the block after
// it.
func leadJunk(p *page, b, next *block, best int32, ref time.Time) (bool, []string) {
	raw := p.text[b.start:b.end]
	if len(raw) > 2400 {
		return false, nil
	}
	flags := flagsUpTo(p, b.node, best)
	if flags&fDek != 0 && p.nodes[b.node].parent != p.nodes[next.node].parent {
		// A standfirst beside the story's container, not its first
		// paragraph marked as a summary.
		return true, nil
	}
	if len(raw) > 600 {
		return false, nil
	}
	t := string(raw)
	if _, _, ok := creditLine(t, true); ok {
		return true, nil
	}
	n := utf8.RuneCountInString(t)
	if n > 120 {
		return false, nil
	}
	sentence := endsSentence(raw)
	if !sentence && n <= 40 && strings.Count(t, " ") <= 2 && (flags&fKicker != 0 || int(b.link) >= len(t)-1) {
		return true, nil // a section label: "World", "United Nations"
	}
	if n <= 20 && strings.IndexFunc(t, unicode.IsLetter) < 0 {
		return true, nil // a clock or counter: "15:23", "3/12"
	}
	switch b.tag {
	case atom.H1, atom.H2, atom.H3:
		if isTitle(p, b) {
			return true, nil // the headline again, under a box above it
		}
	default:
		if !sentence && n >= minHeadline && titleLine(p, t) {
			return true, nil // the headline set in a paragraph or a div
		}
	}
	if hasByPrefix(t) {
		if names := bylineNames(t); len(names) > 0 && looksLikeNames(names) {
			return true, names
		}
	}
	if !sentence {
		if names, ok := dateLine(t, ref); ok {
			return true, names
		}
	}
	return false, nil
}

// titleLine reports whether a line is the page's title or og:title,
// whole: the headline in an element that is no heading. A line that is
// only part of the title ("Pier closure" under "Pier closure: what
// skippers need to know") may be a section label or a story's own
// words, and is left to the other rules.
func titleLine(p *page, t string) bool {
	t = strings.TrimSpace(t)
	if t == strings.TrimSpace(p.title) || t == strings.TrimSpace(p.metaValue("og:title")) {
		return true
	}
	// "Headline | Site" and "Headline - Site" titles.
	rest, ok := strings.CutPrefix(p.title, t)
	return ok && (strings.HasPrefix(rest, " | ") || strings.HasPrefix(rest, " - ") || strings.HasPrefix(rest, " – ") || strings.HasPrefix(rest, " — "))
}

func hasByPrefix(t string) bool {
	return strings.HasPrefix(t, "By ") || strings.HasPrefix(t, "BY ") || strings.HasPrefix(t, "by ")
}

// tailJunk reports whether a block closing a body is page furniture.
func tailJunk(p *page, b *block, best int32, ref time.Time) bool {
	raw := p.text[b.start:b.end]
	if len(raw) > 400 {
		return false
	}
	switch b.tag {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true // a heading over nothing: "Related Articles"
	}
	t := string(raw)
	if teaserTail(p, b, best, t, ref) || promoLine(t) {
		return true
	}
	if _, _, ok := creditLine(t, true); ok {
		return true
	}
	if len(t) <= 30 && !endsSentence(raw) && strings.Count(t, " ") <= 2 && strings.IndexFunc(t, unicode.IsLetter) >= 0 {
		return true // a label: "Comments", "Share this"
	}
	if len(t) <= 300 && (strings.HasPrefix(t, "©") || strings.HasPrefix(t, "Copyright") || strings.HasPrefix(t, "(c) ") ||
		strings.Contains(t, "rights reserved") || strings.Contains(t, "Rights Reserved")) {
		return true
	}
	if len(t) <= 300 && (contributorLine(t) || hasEmail(t)) {
		return true
	}
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && len(t) <= 240 {
		l := strings.ToLower(t)
		for _, w := range []string{"reporting by", "editing by", "edited by", "writing by", "written by", "compiled by", "additional reporting"} {
			if strings.Contains(l, w) {
				return true
			}
		}
	}
	// A prompt with a link: "Have a correction? Tell us."
	return len(t) <= 80 && b.link > 0 && strings.Contains(t, "?")
}

// promoOpeners open the calls to action that follow a story, lower-cased:
// "Like this story? Share it with a friend!", "Subscribe to our
// newsletters", "Follow us on ...", "You may also like...".
var promoOpeners = []string{"like this story", "like this article", "enjoyed this", "share this", "share it",
	"subscribe", "sign up", "follow us", "follow our", "get the latest", "listen to", "listen live", "watch live",
	"click here", "read more", "see more", "more:", "you may also like", "you might also like", "related:",
	"filed under", "have a tip", "got a tip", "send us", "download our", "download the app", "join the conversation"}

// promoLine reports whether a short line closing a body is a call to
// action or a notice of the page around the story: a share, subscribe or
// follow prompt, a "more" or "filed under" line, an affiliate notice, or
// a left-over shortcode ("[button ...]Send us yours[/button]").
func promoLine(t string) bool {
	if len(t) > 240 {
		return false
	}
	if strings.HasPrefix(t, "[") && strings.Contains(t, "[/") {
		return true
	}
	l := strings.ToLower(t)
	for _, o := range promoOpeners {
		if rest, ok := strings.CutPrefix(l, o); ok {
			if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(r) {
				return true // a whole word: "Subscribe", not "Subscribers"
			}
		}
	}
	if rest, ok := strings.CutPrefix(l, "follow "); ok && containsAny(rest, "facebook", "twitter", "instagram", "coverage", "http") {
		return true // "Follow The Daily on Twitter", "Follow our full coverage at https://..."
	}
	if strings.HasPrefix(l, "more ") && strings.Contains(l, ": http") {
		return true // "More port news: https://..."
	}
	if rest, ok := strings.CutPrefix(l, "related "); ok {
		// "Related coverage: Port works", "Related Roundup: Ferries"
		if i := strings.IndexByte(rest, ':'); i > 0 && i <= 24 && !strings.Contains(rest[:i], ",") {
			return true
		}
	}
	return strings.Contains(l, "affiliate commission") || strings.Contains(l, "affiliate links") ||
		strings.Contains(l, "to your inbox") || strings.Contains(l, "in your inbox") || strings.Contains(l, "click here")
}

// containsAny reports whether s holds any of subs.
func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// contributorLine reports whether a line closing a body credits the
// reporters who helped with the story ("Mara Lind contributed reporting
// from Oslo.", "Associated Press writers ... contributed to this
// report."): a note on the story's making, not part of it. A line
// opening "Contributing:" is left alone, as the gold of some sites keeps
// it.
func contributorLine(t string) bool {
	l := strings.ToLower(t)
	return endsSentence([]byte(t)) && containsAny(l, "contributed reporting", "contributed to this report",
		"contributed to this story", "contributed to this article", "contributed additional reporting")
}

// hasEmail reports whether a line holds an e-mail address ("letters@
// paper.example"): a line closing a body that gives one is a contact
// notice ("Write to us at ...", "Reach the author at ...").
func hasEmail(t string) bool {
	for i := strings.IndexByte(t, '@'); i >= 0; {
		j := i + 1
		for j < len(t) && (isAlnum(t[j]) || t[j] == '-' || t[j] == '.') {
			j++
		}
		dom := strings.TrimRight(t[i+1:j], ".")
		if i > 0 && isAlnum(t[i-1]) && strings.Contains(dom, ".") && !strings.HasPrefix(dom, ".") {
			return true
		}
		k := strings.IndexByte(t[i+1:], '@')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// teaserTail reports whether a block closing a body belongs to a teaser
// of another story set below it: the teaser's date or name-and-date
// line ("Mara Lind 2024-05-30 14:35"), or its excerpt, a line marked as a
// summary that does not end a sentence. The story's own summary sits
// above it, not here.
func teaserTail(p *page, b *block, best int32, t string, ref time.Time) bool {
	sentence := endsSentence([]byte(t))
	// "— Name (@name) May 30, 2024" signs an embedded post, which the
	// story quotes.
	if !sentence && !strings.HasPrefix(t, "—") && !strings.HasPrefix(t, "-") {
		if _, ok := dateLine(t, ref); ok {
			return true
		}
	}
	return len(t) <= 300 && flagsUpTo(p, b.node, best)&fDek != 0 && (!sentence || hasEllipsis(t))
}

// hasEllipsis reports whether a text ends in an ellipsis, as an excerpt
// cut short does.
func hasEllipsis(t string) bool {
	t = strings.TrimRight(t, " ")
	return strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…")
}

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true,
	"thurs": true, "fri": true, "sat": true, "sun": true,
}

// dateLabels open a line that only dates the story: "Published on ...".
var dateLabels = map[string]bool{
	"published": true, "updated": true, "posted": true, "last": true, "date": true, "dated": true,
	"modified": true, "created": true, "on": true, "publié": true, "publicado": true, "veröffentlicht": true,
}

// dateLine reports whether a short block is a date line ("March 25,
// 2025", "Published on Monday 17 April 2023") or a name and a date
// ("Luis Fernández March 25, 2025", "Luis Fernández 2025-03-25 14:35"),
// and returns the name. A dateline
// opening a story ("TIRANA, Sept 7") is not one.
func dateLine(t string, ref time.Time) ([]string, bool) {
	if _, ok := parseTextDate(t, ref); !ok && !isoDate(t) {
		return nil, false
	}
	words := strings.Fields(t)
	k := 0
	for k < len(words) && !dateWord(words[k]) {
		k++
	}
	if k > 5 {
		return nil, false
	}
	if k == 0 {
		return nil, true
	}
	head := strings.TrimRight(strings.Join(words[:k], " "), " ,|·•–—-:")
	if head == "" {
		return nil, true
	}
	if dateLabels[strings.ToLower(strings.Trim(words[0], ":,"))] {
		return nil, true
	}
	if allCaps(head) {
		return nil, false
	}
	names := splitNames(head)
	if len(names) > 0 && looksLikeNames(names) {
		return names, true
	}
	return nil, false
}

// dateWord reports whether a word can start the date of a date line.
func dateWord(w string) bool {
	w = strings.ToLower(strings.Trim(w, ".,:;()|"))
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	_, month := monthNames[w]
	return month || weekdays[w]
}
