package extract

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// Scoring weights, tuned on the benchmark's development pages.
const (
	badWeight   = 1.0  // how much boilerplate text costs a candidate subtree
	maxLinkKeep = 0.5  // link density above which a block is dropped
	bodyBonus   = 1.25 // factor for subtrees marked as the article body
	// linkInProse discounts link text in long blocks that end a sentence.
	linkInProse = 0.5
	// linkBlockWeight is the cost per character of a block that is
	// mostly links (menus, teaser headlines).
	linkBlockWeight = 2.5
)

// weigh splits a block's text into good (article-like) and bad
// (boilerplate-like) amounts from the block alone; the flags of the
// elements around it are applied when subtrees are summed.
func weigh(p *page, b *block) (good, bad float64) {
	if b.inh&fSkip != 0 {
		return 0, 0
	}
	t := p.text[b.start:b.end]
	n := float64(utf8.RuneCount(t))
	link := n * float64(b.link) / float64(len(t))
	sentence := endsSentence(t)
	if sentence && n >= 100 && link < 0.7*n {
		// Links inside running prose are article text.
		link *= linkInProse
	}
	if link > maxLinkKeep*n {
		return 0, n * linkBlockWeight
	}
	good = n - link
	if !sentence && good < 80 {
		good *= 0.3
	}
	if b.tag == atom.P {
		good *= 1.2
	}
	return good, link
}

func endsSentence(t []byte) bool {
	t = bytes.TrimRight(t, " \"'”’»)")
	if len(t) == 0 {
		return false
	}
	switch t[len(t)-1] {
	case '.', '!', '?', ':', ';':
		return true
	}
	r, _ := utf8.DecodeLastRune(t)
	return r == '。' || r == '…' || r == '؟' || r == '۔'
}

// Shares of the page's article-like text above which an element's
// boilerplate hint is taken to describe a page layout, not boilerplate.
const (
	weakOverride   = 0.4
	strongOverride = 0.8
)

// dropFlags are the flags that mark a subtree as not article text.
const dropFlags = fBad | fWeak | fHeader | fCaption

// sumScores sums block weights over subtrees, decides which elements'
// boilerplate hints hold (setting node.eff), and returns each node's
// good and bad totals with boilerplate subtrees counted as bad.
func sumScores(p *page, hints bool) (good, bad []float64) {
	n := len(p.nodes)
	good = make([]float64, n)
	bad = make([]float64, n)
	raw := make([]float64, n)
	for i := range p.blocks {
		b := &p.blocks[i]
		g, bd := weigh(p, b)
		raw[b.node] += g
		good[b.node] += g
		bad[b.node] += bd
	}
	own := make([]float64, n)
	copy(own, raw)
	for i := n - 1; i > 0; i-- {
		raw[p.nodes[i].parent] += raw[i]
	}
	// total is the article-like text outside strongly marked boilerplate
	// (menus, comments), so a large menu does not make the article's
	// share look small.
	total := 0.0
	under := make([]bool, n)
	for i := range p.nodes {
		nd := &p.nodes[i]
		strong := hints && nd.own&fBad != 0 && nd.own&fBody == 0 && raw[i] < strongOverride*raw[0]
		under[i] = strong || nd.parent >= 0 && under[nd.parent]
		if !under[i] {
			total += own[i]
		}
	}
	for i := n - 1; i >= 0; i-- {
		nd := &p.nodes[i]
		nd.eff = nd.own
		if !hints {
			nd.eff &^= dropFlags
		}
		if nd.own&fBody != 0 {
			nd.eff &^= dropFlags
		}
		if nd.eff&(fWeak|fHeader|fCaption) != 0 && raw[i] >= weakOverride*total {
			nd.eff &^= fWeak | fHeader | fCaption
		}
		if nd.eff&fBad != 0 && raw[i] >= strongOverride*raw[0] {
			nd.eff &^= fBad
		}
		if nd.parent < 0 {
			continue
		}
		if nd.eff&dropFlags != 0 {
			bad[nd.parent] += good[i] + bad[i]
		} else {
			good[nd.parent] += good[i]
			bad[nd.parent] += bad[i]
		}
	}
	return good, bad
}

// choose returns the node whose subtree best holds the article, or -1.
// When every candidate lies under boilerplate hints, it chooses again
// with the hints ignored.
func choose(p *page) int32 {
	if best := chooseWith(p, true); best >= 0 {
		return best
	}
	return chooseWith(p, false)
}

func chooseWith(p *page, hints bool) int32 {
	good, bad := sumScores(p, hints)
	best, bestScore := int32(-1), 0.0
	dropped := make([]bool, len(p.nodes))
	for i := range p.nodes {
		nd := &p.nodes[i]
		dropped[i] = nd.eff&dropFlags != 0 || nd.parent >= 0 && dropped[nd.parent]
		if dropped[i] {
			continue
		}
		s := good[i] - badWeight*bad[i]
		if nd.own&fBody != 0 {
			s *= bodyBonus
		}
		if nd.inh&fSkip == 0 && s > bestScore {
			best, bestScore = int32(i), s
		}
	}
	return best
}

// body returns the indices of the blocks of the article rooted at best.
func body(p *page, best int32) []int {
	n := len(p.nodes)
	in := make([]bool, n)  // node is best or below it
	out := make([]bool, n) // node is below best and boilerplate
	for i := int(best); i < n; i++ {
		nd := &p.nodes[i]
		if int32(i) == best {
			in[i] = true
			continue
		}
		if nd.parent < 0 || !in[nd.parent] {
			continue
		}
		in[i] = true
		out[i] = out[nd.parent] && !embeddedPost(nd) || nd.eff&(dropFlags|fSkip) != 0
	}
	firstH1 := int32(-1)
	for i := range p.blocks {
		if p.blocks[i].tag == atom.H1 && p.blocks[i].inh&fSkip == 0 {
			firstH1 = int32(i)
			break
		}
	}
	var keep, furniture []int
	for i := range p.blocks {
		b := &p.blocks[i]
		if b.tag == atom.H1 && int32(i) == firstH1 {
			continue // the headline
		}
		if !in[b.node] || out[b.node] || b.inh&fSkip != 0 {
			continue
		}
		if g, _ := weigh(p, b); g == 0 {
			continue
		}
		if b.tag == atom.H1 && isTitle(p, b) {
			continue
		}
		if b.alt {
			// A caption that says what the image's alt text says.
			furniture = append(furniture, i)
			continue
		}
		if credit := photoCredit(p.text[b.start:b.end]); credit || adLabel(p.text[b.start:b.end]) {
			if n := len(keep); credit && n > 0 && keep[n-1] == i-1 && captionOf(p, i-1, i) {
				furniture = append(furniture, keep[n-1])
				keep = keep[:n-1]
			}
			furniture = append(furniture, i)
			continue
		}
		keep = append(keep, i)
	}
	if len(keep) == 0 {
		return furniture // a page of nothing else is left to trimming to judge
	}
	return keep
}

// embeddedPost reports whether a node is a post quoted from a social
// network, in the markup the networks' embed codes write
// (<blockquote class="twitter-tweet">). A story quotes such posts as it
// quotes people, so the post is kept though the box around it is marked
// as social or as a widget; a share button named "tweet" is no
// blockquote and stays dropped.
func embeddedPost(nd *node) bool {
	return nd.tag == atom.Blockquote && nd.own&fPost != 0 && nd.own&fSkip == 0
}

// adLabels are the whole texts of the labels that mark an ad slot in a
// story's flow, lower-cased, in the languages the extractor reads, and
// of the button that unfolds the rest of a story.
var adLabels = map[string]bool{
	"advertisement": true, "advertisements": true, "advert": true, "adverts": true, "ad": true,
	"sponsored": true, "sponsored content": true, "paid content": true, "promoted": true,
	"story continues below advertisement": true, "article continues below advertisement": true,
	"article continues below": true, "continue reading below": true, "continue reading below advertisement": true,
	"publicité": true, "anzeige": true, "werbung": true, "publicidad": true, "publicidade": true,
	"pubblicità": true, "advertentie": true, "reklama": true, "iklan": true, "реклама": true,
	// The button that unfolds the rest of a story cut short on load.
	"read more": true, "read full story": true, "continue reading": true, "show more": true,
}

// adLabel reports whether a block is only the label of an ad slot, whose
// ad the extractor never sees: "Advertisement", "ADVERTISEMENT -".
func adLabel(t []byte) bool {
	if len(t) > 48 {
		return false
	}
	s := strings.ToLower(strings.Trim(string(t), " -–—:|·•*()[]"))
	return adLabels[s]
}

// maxCaption is the longest caption, in bytes, that captionOf takes.
const maxCaption = 600

// captionOf reports whether block c is the caption of the photo whose
// credit is block cr, the block after it: the two are the only blocks of
// the element that holds them both, as a figure's are.
func captionOf(p *page, c, cr int) bool {
	bc, bcr := &p.blocks[c], &p.blocks[cr]
	if bc.end-bc.start > maxCaption || photoCredit(p.text[bc.start:bc.end]) {
		return false
	}
	parent := p.nodes[bc.node].parent
	if parent < 0 || p.nodes[bcr.node].parent != parent || bc.node == bcr.node {
		return false
	}
	if c > 0 && under(p, p.blocks[c-1].node, parent) {
		return false
	}
	return cr+1 >= len(p.blocks) || !under(p, p.blocks[cr+1].node, parent)
}

// under reports whether node n is anc or lies below it.
func under(p *page, n, anc int32) bool {
	for ; n > anc; n = p.nodes[n].parent {
	}
	return n == anc
}

// maxCredit is the longest block, in bytes, that photoCredit reads.
const maxCredit = 300

// creditOpeners open the parenthesised credit that ends a caption:
// "(Image: Getty)", "(Photo by Mara Lind)", "(AP Photo/Tomas Berg)".
var creditOpeners = []string{"image:", "images:", "image by", "photo:", "photos:", "photo by", "photograph:",
	"picture:", "pictures:", "pic:", "credit:", "credits:", "ap photo", "foto:"}

// pictureAgencies end a bare credit line: "Mara Lind/Getty Images",
// "Tomas Berg | Bloomberg | Getty Images".
var pictureAgencies = []string{"Getty Images", "Getty", "AFP", "Reuters", "AP", "EPA", "Shutterstock", "Alamy", "iStock"}

// photoCredit reports whether a block is a photo's caption or credit
// left in the flow of a story, outside any figure caption element: a line
// opening with a copyright sign, a line ending in a parenthesised photo
// credit, or a bare credit line naming a picture agency last. A caption
// restates or anticipates the story's text, so its events would be
// coded twice, and its words are not the story's.
func photoCredit(t []byte) bool {
	if len(t) > maxCredit {
		return false
	}
	s := string(t)
	if strings.HasPrefix(s, "©") {
		return true
	}
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndexByte(s, '('); i >= 0 {
			in := strings.ToLower(strings.TrimSpace(s[i+1:]))
			for _, o := range creditOpeners {
				if strings.HasPrefix(in, o) {
					return true
				}
			}
		}
	}
	if len(s) > 100 || endsSentence(t) {
		return false
	}
	i := strings.LastIndexAny(s, "/|")
	if i <= 0 {
		return false
	}
	last := strings.TrimSpace(s[i+1:])
	for _, a := range pictureAgencies {
		if last == a || strings.HasSuffix(last, " "+a) {
			return true
		}
	}
	return false
}

// isTitle reports whether a heading repeats the page's title.
func isTitle(p *page, b *block) bool {
	t := string(p.text[b.start:b.end])
	if len(t) < 8 {
		return false
	}
	return strings.Contains(p.title, t) || strings.Contains(p.metaValue("og:title"), t)
}
