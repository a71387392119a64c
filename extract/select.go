package extract

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// Scoring weights, tuned on the benchmark's development pages.
const (
	badWeight   = 1.0  // how much boilerplate text costs a candidate subtree
	maxLinkKeep = 0.5  // link density above which a block is dropped
	bodyBonus   = 1.25 // factor for subtrees marked as the article body
)

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// weigh splits a block's text into good (article-like) and bad
// (boilerplate-like) amounts.
func weigh(p *page, b *block) (good, bad float64) {
	t := p.text[b.start:b.end]
	n := float64(utf8.RuneCount(t))
	link := float64(b.link)
	if len(t) > 0 {
		link = n * float64(b.link) / float64(len(t))
	}
	ld := link / n
	switch {
	case b.inh&fSkip != 0:
		return 0, 0
	case ld > maxLinkKeep:
		return 0, n
	case b.inh&(fCaption|fHeader) != 0:
		return 0, n * 0.5
	}
	good = n - link
	if !endsSentence(t) && good < 80 {
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

// choose returns the node whose subtree best holds the article, or -1.
func choose(p *page) int32 {
	n := len(p.nodes)
	good := make([]float64, n)
	bad := make([]float64, n)
	for i := range p.blocks {
		b := &p.blocks[i]
		g, bd := weigh(p, b)
		good[b.node] += g
		bad[b.node] += bd
	}
	best, bestScore := int32(-1), 0.0
	for i := n - 1; i >= 0; i-- {
		nd := &p.nodes[i]
		s := good[i] - badWeight*bad[i]
		if nd.own&fBody != 0 {
			s *= bodyBonus
		}
		if nd.inh&fSkip == 0 && s > bestScore {
			best, bestScore = int32(i), s
		}
		if nd.parent < 0 {
			continue
		}
		if nd.own&(fBad|fWeak) != 0 && nd.own&fBody == 0 {
			bad[nd.parent] += good[i] + bad[i]
		} else {
			good[nd.parent] += good[i]
			bad[nd.parent] += bad[i]
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
		out[i] = out[nd.parent] || nd.own&(fBad|fWeak|fHeader|fCaption|fSkip) != 0 && nd.own&fBody == 0
	}
	var keep []int
	for i := range p.blocks {
		b := &p.blocks[i]
		if !in[b.node] || out[b.node] || b.inh&fSkip != 0 {
			continue
		}
		t := p.text[b.start:b.end]
		if float64(b.link) > maxLinkKeep*float64(len(t)) {
			continue
		}
		if b.tag == atom.H1 {
			continue
		}
		keep = append(keep, i)
	}
	return keep
}
