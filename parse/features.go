package parse

import (
	"strings"

	"github.com/casus-project/casus/model"
)

// Hash constants for values that are not words.
const (
	hNone uint64 = 0x6a09e667f3bcc908 // absent position
	hRoot uint64 = 0xbb67ae8584caa73b // the artificial root
	hTag  uint64 = 0x3c6ef372fe94f82b // seed of tag hashes
	hWord uint64 = 0xa54ff53a5f1d36f1 // seed of word hashes
)

const prime64 = 1099511628211

// wordHash hashes a form with ASCII letters lowercased and digits mapped to 0.
func wordHash(form string) uint64 {
	h := hWord
	for i := 0; i < len(form); i++ {
		c := form[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case '0' <= c && c <= '9':
			c = '0'
		}
		h ^= uint64(c)
		h *= prime64
	}
	return h
}

// tagHash hashes the token's XPOS and UPOS together: UPOS separates what
// one Penn tag lumps (IN as ADP or SCONJ, VB* as VERB or AUX).
func tagHash(tok *model.Token) uint64 {
	upos := tok.UPOS
	if upos == "" {
		upos = uposOf(tok.XPOS, tok.Form)
	}
	h := hTag
	for i := 0; i < len(tok.XPOS); i++ {
		h ^= uint64(tok.XPOS[i])
		h *= prime64
	}
	h ^= '|'
	h *= prime64
	for i := 0; i < len(upos); i++ {
		h ^= uint64(upos[i])
		h *= prime64
	}
	return h
}

// uposOf returns the Universal tag most often paired with a Penn Treebank
// tag in English, for tokens that come with XPOS only. Forms of "be" are
// AUX, as UD tags them as copula and auxiliary alike.
func uposOf(xpos, form string) string {
	switch xpos {
	case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ":
		switch strings.ToLower(form) {
		case "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m":
			return "AUX"
		}
		return "VERB"
	case "NN", "NNS":
		return "NOUN"
	case "NNP", "NNPS":
		return "PROPN"
	case "MD":
		return "AUX"
	case "JJ", "JJR", "JJS":
		return "ADJ"
	case "RB", "RBR", "RBS", "WRB":
		return "ADV"
	case "IN", "RP":
		return "ADP"
	case "DT", "PDT", "WDT":
		return "DET"
	case "PRP", "PRP$", "WP", "WP$", "EX":
		return "PRON"
	case "CD":
		return "NUM"
	case "CC":
		return "CCONJ"
	case "TO", "POS":
		return "PART"
	case "UH":
		return "INTJ"
	case "SYM", "$", "#":
		return "SYM"
	case ".", ",", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP":
		return "PUNCT"
	case "ADD", "FW", "GW", "LS", "XX", "AFX":
		return "X"
	}
	return ""
}

// mix folds v into h.
func mix(h, v uint64) uint64 {
	h ^= v
	h *= 0x9e3779b97f4a7c15
	return h ^ h>>31
}

func f1(t, a uint64) uint64       { return mix(mix(t*0xff51afd7ed558ccd, a), 1) }
func f2(t, a, b uint64) uint64    { return mix(mix(mix(t*0xff51afd7ed558ccd, a), b), 2) }
func f3(t, a, b, c uint64) uint64 { return mix(mix(mix(mix(t*0xff51afd7ed558ccd, a), b), c), 3) }

// node gathers what features read about one position.
type node struct {
	w, p             uint64 // word, tag
	l                uint64 // own label (hashed), hNone if unattached
	vl, vr           uint64 // valencies
	ls, rs           uint64 // label sets
	lc1w, lc1p, lc1l uint64
	lc2p, lc2l       uint64
	rc1w, rc1p, rc1l uint64
	rc2p             uint64
	c4, c6, cf       uint64 // word class: short, long prefix, whole path
	lc1c, rc1c       uint64 // word class (whole) of lc1, rc1
}

func (s *state) wp(i int32) (uint64, uint64) {
	if i == none {
		return hNone, hNone
	}
	return s.word[i], s.tag[i]
}

// class returns the whole word class hash of position i.
func (s *state) class(i int32) uint64 {
	if i == none {
		return hNone
	}
	return s.cf[i]
}

func (s *state) lab(i int32) uint64 {
	if i == none || s.head[i] == none {
		return hNone
	}
	return uint64(s.label[i]) + 1
}

func (s *state) node(i int32, x *node) {
	if i == none {
		*x = node{w: hNone, p: hNone, l: hNone, vl: hNone, vr: hNone, ls: hNone, rs: hNone,
			lc1w: hNone, lc1p: hNone, lc1l: hNone, lc2p: hNone, lc2l: hNone,
			rc1w: hNone, rc1p: hNone, rc1l: hNone, rc2p: hNone,
			c4: hNone, c6: hNone, cf: hNone, lc1c: hNone, rc1c: hNone}
		return
	}
	x.c4, x.c6, x.cf = s.c4[i], s.c6[i], s.cf[i]
	x.lc1c, x.rc1c = s.class(s.lc1[i]), s.class(s.rc1[i])
	x.w, x.p = s.word[i], s.tag[i]
	x.l = s.lab(i)
	x.vl, x.vr = uint64(s.nl[i]), uint64(s.nr[i])
	x.ls, x.rs = s.lset[i], s.rset[i]
	x.lc1w, x.lc1p = s.wp(s.lc1[i])
	x.lc1l = s.lab(s.lc1[i])
	_, x.lc2p = s.wp(s.lc2[i])
	x.lc2l = s.lab(s.lc2[i])
	x.rc1w, x.rc1p = s.wp(s.rc1[i])
	x.rc1l = s.lab(s.rc1[i])
	_, x.rc2p = s.wp(s.rc2[i])
}

func distance(a, b int32) uint64 {
	if a == none || b == none {
		return 0
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d < 5:
		return uint64(d)
	case d < 10:
		return 5
	default:
		return 6
	}
}

// nFeatures is the number of features extract writes.
const nFeatures = 111

// extract writes the hashed features of s into out, which must have room
// for nFeatures values.
func (s *state) extract(out []uint64) { s.extractSome(out, 1<<nGroups-1) }

// extractSome is extract for the features of the groups whose bits are
// set in need (bit g for group g of featureOrder) and those of no group:
// the features of the other groups in out are left as they are.
func (s *state) extractSome(out []uint64, need uint) {
	_ = out[nFeatures-1]
	var s0i, s1i, s2i int32 = none, none, none
	if k := len(s.stack); k > 0 {
		s0i = s.stack[k-1]
		if k > 1 {
			s1i = s.stack[k-2]
			if k > 2 {
				s2i = s.stack[k-3]
			}
		}
	}
	b0i := int32(s.b)
	var b1i, b2i int32 = none, none
	if s.b+1 < s.n {
		b1i = b0i + 1
		if s.b+2 < s.n {
			b2i = b0i + 2
		}
	} else if s.b+1 == s.n {
		b1i = int32(s.n)
	}
	var s0, s1, b0 node
	s.node(s0i, &s0)
	s.node(s1i, &s1)
	s.node(b0i, &b0)
	s2w, s2p := s.wp(s2i)
	b1w, b1p := s.wp(b1i)
	b1c4, b1c6 := hNone, hNone
	if b1i != none {
		b1c4, b1c6 = s.c4[b1i], s.c6[b1i]
	}
	b2w, b2p := s.wp(b2i)
	d1 := distance(s0i, b0i)
	d2 := distance(s1i, s0i)
	if b0i == int32(s.n) {
		d1 += 16
	}

	// Feature out[i] hashes template t (its first argument) with what it
	// reads: words and tags, pairs of s0-b0 and s1-s0, tag trigrams,
	// distances, valencies, children (templates 63, 67, 68 and 74-76, the
	// tag of s0's rightmost child, the tag and label of its second
	// rightmost, and the word, tag and label of s1's rightmost, were
	// dropped: they read the most weights per step for the least weight
	// on the choice, and the conjunctions carry the same information),
	// children in context, label sets and word classes (Koo, Carreras and
	// Collins 2008). They are grouped as featureOrder groups them, which
	// TestExtractSome checks.
	if need&(1<<gBuf) != 0 {
		out[8] = f1(9, b0.w)
		out[9] = f1(10, b0.p)
		out[10] = f2(11, b0.w, b0.p)
		out[11] = f1(12, b1w)
		out[12] = f1(13, b1p)
		out[13] = f2(14, b1w, b1p)
		out[14] = f1(15, b2p)
		out[15] = f2(16, b2w, b2p)
		out[30] = f2(31, b0.p, b1p)
		out[31] = f2(32, b0.w, b1w)
		out[32] = f3(33, b0.p, b1p, b2p)
		out[93] = f1(101, b0.cf)
		out[94] = f1(102, b0.c4)
		out[96] = f1(104, b1c6)
		out[110] = f1(98, 0)
	}
	if need&(1<<gFront) != 0 {
		out[53] = f2(54, b0.w, b0.vl)
		out[54] = f2(55, b0.p, b0.vl)
		out[65] = f1(69, b0.lc1w)
		out[66] = f1(70, b0.lc1p)
		out[67] = f1(71, b0.lc1l)
		out[68] = f1(72, b0.lc2p)
		out[69] = f1(73, b0.lc2l)
		out[74] = f3(81, b0.p, b0.lc1p, b0.lc2p)
		out[83] = f3(90, b0.p, b0.lc1l, b0.lc2l)
		out[88] = f2(95, b0.w, b0.ls)
		out[89] = f2(96, b0.p, b0.ls)
	}
	if need&(1<<gS0) != 0 {
		out[0] = f1(1, s0.w)
		out[1] = f1(2, s0.p)
		out[2] = f2(3, s0.w, s0.p)
		out[6] = f1(7, s2p)
		out[7] = f2(8, s2w, s2p)
		out[23] = f3(24, s1.w, s1.p, mix(s0.w, s0.p))
		out[24] = f3(25, s1.w, s1.p, s0.w)
		out[25] = f3(26, s1.w, s0.w, s0.p)
		out[26] = f3(27, s1.w, s1.p, s0.p)
		out[27] = f3(28, s1.p, s0.w, s0.p)
		out[28] = f2(29, s1.w, s0.w)
		out[29] = f2(30, s1.p, s0.p)
		out[35] = f3(36, s2p, s1.p, s0.p)
		out[45] = f2(46, s1.w, d2)
		out[46] = f2(47, s0.w, d2)
		out[47] = f3(48, s1.p, s0.p, d2)
		out[48] = f3(49, s1.w, s0.w, d2)
		out[51] = f2(52, s0.w, s0.vl)
		out[52] = f2(53, s0.p, s0.vl)
		out[58] = f1(59, s0.lc1w)
		out[59] = f1(60, s0.lc1p)
		out[60] = f1(61, s0.lc1l)
		out[63] = f1(65, s0.lc2p)
		out[64] = f1(66, s0.lc2l)
		out[72] = f3(79, s0.p, s0.lc1p, s0.lc2p)
		out[79] = f3(86, s1.p, s1.rc1p, s0.p)
		out[80] = f3(87, s1.p, s0.p, s0.lc1p)
		out[86] = f2(93, s0.w, s0.ls)
		out[87] = f2(94, s0.p, s0.ls)
		out[90] = f3(97, s1.p, s1.rs, s0.p)
		out[91] = f1(99, s0.cf)
		out[92] = f1(100, s0.c4)
		out[102] = f2(110, s1.c6, s0.c6)
		out[103] = f2(111, s1.cf, s0.p)
		out[104] = f2(112, s1.p, s0.cf)
	}
	if need&(1<<gS0R) != 0 {
		out[49] = f2(50, s0.w, s0.vr)
		out[50] = f2(51, s0.p, s0.vr)
		out[61] = f1(62, s0.rc1w)
		out[62] = f1(64, s0.rc1l)
		out[73] = f3(80, s0.p, s0.rc1p, s0.rc2p)
		out[81] = f3(88, s1.p, s0.p, s0.rc1p)
		out[82] = f3(89, s0.p, s0.lc1l, s0.rc1l)
		out[84] = f2(91, s0.w, s0.rs)
		out[85] = f2(92, s0.p, s0.rs)
	}
	if need&(1<<gS1) != 0 {
		out[3] = f1(4, s1.w)
		out[4] = f1(5, s1.p)
		out[5] = f2(6, s1.w, s1.p)
		out[55] = f2(56, s1.w, s1.vr)
		out[56] = f2(57, s1.p, s1.vr)
		out[57] = f2(58, s1.p, s1.vl)
		out[70] = f1(77, s1.lc1p)
		out[71] = f1(78, s1.lc1l)
		out[75] = f3(82, s1.p, s1.rc1p, s1.rc2p)
		out[95] = f1(103, s1.cf)
	}
	// The rest, in every step.
	out[16] = f3(17, s0.w, s0.p, mix(b0.w, b0.p))
	out[17] = f3(18, s0.w, s0.p, b0.w)
	out[18] = f3(19, s0.w, b0.w, b0.p)
	out[19] = f3(20, s0.w, s0.p, b0.p)
	out[20] = f3(21, s0.p, b0.w, b0.p)
	out[21] = f2(22, s0.w, b0.w)
	out[22] = f2(23, s0.p, b0.p)
	out[33] = f3(34, s0.p, b0.p, b1p)
	out[34] = f3(35, s1.p, s0.p, b0.p)
	out[36] = f3(37, s0.w, b0.p, b1p)
	out[37] = f3(38, s1.p, s0.w, b0.p)
	out[38] = f3(39, s1.p, s0.p, b0.w)
	out[39] = f2(40, s0.w, d1)
	out[40] = f2(41, s0.p, d1)
	out[41] = f2(42, b0.w, d1)
	out[42] = f2(43, b0.p, d1)
	out[43] = f3(44, s0.w, b0.w, d1)
	out[44] = f3(45, s0.p, b0.p, d1)
	out[76] = f3(83, s0.p, s0.lc1p, b0.p)
	out[77] = f3(84, s0.p, s0.rc1p, b0.p)
	out[78] = f3(85, s0.p, b0.p, b0.lc1p)
	out[97] = f2(105, s0.c6, b0.c6)
	out[98] = f2(106, s0.c4, b0.c4)
	out[99] = f2(107, s0.cf, b0.p)
	out[100] = f2(108, s0.p, b0.cf)
	out[101] = f3(109, s0.c6, b0.c6, d1)
	out[105] = f3(113, s0.c4, b0.c4, b1c4)
	out[106] = f3(114, s1.c4, s0.c4, b0.c4)
	out[107] = f3(115, s0.p, s0.rc1c, b0.p)
	out[108] = f3(116, b0.p, b0.lc1c, s0.p)
	out[109] = f3(117, s0.cf, b0.cf, mix(s0.p, b0.p))
}

// Feature groups of featureOrder, by what their features read.
const (
	gBuf   = iota // b0, b1, b2's words, tags and word classes; the bias
	gFront        // b0 and its left children, valency and label set
	gS0           // s0 and its left children, and the stack below s0
	gS0R          // s0's right children, right valency and label set
	gS1           // s1 and its children, valency and label sets
	nGroups
)

// featureOrder returns the indices of extract's output by group: group g
// is order[ends[g-1]:ends[g]] (from 0 for the first), and the features
// after ends[nGroups-1] are the rest, which read s0 or s1 together with
// the buffer. The buffer features stay the same until a shift; the
// front features until a shift or a left arc. The features of s0 and of
// s1 depend on which word is there and on its children. A word's left
// children are all there when it leaves the buffer, and the stack below
// a word does not change while it is on the stack (a right arc onto the
// word below pops it), so that the features of gS0 stay the same while
// the word is on the stack, and those of gS0R and gS1 until a right arc
// gives the word a child. Only the sum of the scores matters, not this
// order.
func featureOrder() (order [nFeatures]uint8, ends [nGroups]int) {
	groups := [nGroups][]uint8{
		gBuf:   {8, 9, 10, 11, 12, 13, 14, 15, 30, 31, 32, 93, 94, 96, 110},
		gFront: {53, 54, 65, 66, 67, 68, 69, 74, 83, 88, 89},
		gS0: {0, 1, 2, 51, 52, 58, 59, 60, 63, 64, 72, 86, 87, 91, 92,
			6, 7, 23, 24, 25, 26, 27, 28, 29, 35, 45, 46, 47, 48, 79, 80, 90, 102, 103, 104},
		gS0R: {49, 50, 61, 62, 73, 81, 82, 84, 85},
		gS1:  {3, 4, 5, 55, 56, 57, 70, 71, 75, 95},
	}
	var in [nFeatures]bool
	n := 0
	for g, fs := range groups {
		for _, f := range fs {
			order[n], in[f] = f, true
			n++
		}
		ends[g] = n
	}
	for f := range uint8(nFeatures) {
		if !in[f] {
			order[n] = f
			n++
		}
	}
	return order, ends
}
