package tag

import (
	"bytes"
	"encoding/binary"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/casus-project/casus/internal/runes"
)

// maxLemmaSuffix is the longest word ending a lemma rule looks at.
const maxLemmaSuffix = 7

// lemmatizer turns a word and its XPOS tag into a lemma: first from a
// table of the forms that the rules get wrong, from the training data
// (went→go, children→child, I→I) and from WordNet's lists of irregular
// forms (fled→flee, froze→freeze), then by the rule of the longest known
// ending for that tag (-ies → -y for NNS, -pped → -p for VBD).
type lemmatizer struct {
	keepCase []bool // per XPOS: lemmas keep the form's capitals
	// wn and wnPOS, when set, let a rule's result be checked against
	// WordNet: wnPOS holds the WordNet part-of-speech bit of each XPOS
	// tag (0 for none).
	wn    dict
	wnPOS []uint16
	// past marks the XPOS tags of past forms (VBD, VBN), whose form is
	// its own lemma when WordNet knows it as a verb (cast, shed).
	past  []bool
	exc   map[uint64]string
	rules map[uint64]lrule
}

// lrule replaces the last cut bytes of a word with add.
type lrule struct {
	cut uint8
	add string
}

func excKey(xpos int, src string) uint64 { return f2(uint64(xpos), hashString(src), 0xe8c) }
func ruleKey(xpos int, suffix string) uint64 {
	return f2(uint64(xpos), hashString(suffix), 0x5ef+uint64(len(suffix)))
}

// source is the string a lemma is made from: the form itself, or its
// lower case for tags whose lemmas are lower case.
func (l *lemmatizer) source(form string, xpos int) string {
	if xpos >= 0 && xpos < len(l.keepCase) && l.keepCase[xpos] {
		return form
	}
	for i := 0; i < len(form); i++ {
		c := form[i]
		if 'A' <= c && c <= 'Z' || c >= 0x80 {
			return runes.Lower(form)
		}
	}
	return form
}

// lemma returns the lemma of form tagged xpos.
func (l *lemmatizer) lemma(form string, xpos int) string {
	if len(form) > maxFeatureBytes || xpos < 0 {
		return form
	}
	src := l.source(form, xpos)
	if v, ok := l.exc[excKey(xpos, src)]; ok {
		return v
	}
	return l.apply(src, xpos)
}

// apply applies the rule of the longest known ending of src. When
// WordNet knows the part of speech, a shorter ending's rule that yields a
// WordNet lemma is preferred to a longer one's that does not.
func (l *lemmatizer) apply(src string, xpos int) string {
	var pos uint16
	if xpos >= 0 && xpos < len(l.wnPOS) && l.wn.len() > 0 {
		pos = l.wnPOS[xpos]
		// A past form WordNet knows as a verb is one that does not
		// change (cast, shed, wed): the verbs whose past forms are other
		// verbs (found, saw, lay) are in the exception table.
		if xpos < len(l.past) && l.past[xpos] && l.wn.get(hashString(src))&wnVerb != 0 {
			return src
		}
	}
	first, found := src, false
	for k := min(len(src), maxLemmaSuffix); k >= 0; k-- {
		r, ok := l.rules[ruleKey(xpos, src[len(src)-k:])]
		if !ok {
			continue
		}
		out := src
		if c := int(r.cut); c < len(src) && (c == 0 || utf8.RuneStart(src[len(src)-c])) && (c > 0 || r.add != "") {
			out = src[:len(src)-c] + r.add
		}
		if pos == 0 {
			return out
		}
		if !found {
			first, found = out, true
		}
		if l.wn.get(hashString(out))&uint64(pos) != 0 {
			return out
		}
	}
	if found && first != src {
		if out, ok := l.respell(src, first, pos); ok {
			return out
		}
	}
	return first
}

// respell tries, when the rules cut an ending off src but left cut, a
// stem WordNet does not know, the spellings an English ending may have
// changed and returns the first WordNet knows as pos: a dropped final e
// (traded → trad → trade, resumed → resume), a doubled consonant
// (modelling → modell → model), a k after c (mimicking → mimic), and
// src itself (a base form tagged as a past one).
func (l *lemmatizer) respell(src, cut string, pos uint16) (string, bool) {
	known := func(s string) bool { return l.wn.get(hashString(s))&uint64(pos) != 0 }
	if s := cut + "e"; known(s) {
		return s, true
	}
	if n := len(cut); n >= 3 && (cut[n-1] == cut[n-2] && !strings.ContainsRune("aeiouy", rune(cut[n-1])) || cut[n-2:] == "ck") {
		if s := cut[:n-1]; known(s) {
			return s, true
		}
	}
	if known(src) {
		return src, true
	}
	return "", false
}

// wordNetPOS maps XPOS tags to WordNet part-of-speech bits.
func wordNetPOS(xpos []string) []uint16 {
	p := make([]uint16, len(xpos))
	for i, x := range xpos {
		switch {
		case strings.HasPrefix(x, "NN") && !strings.HasPrefix(x, "NNP"):
			p[i] = wnNoun
		case strings.HasPrefix(x, "VB"):
			p[i] = wnVerb
		case strings.HasPrefix(x, "JJ"):
			p[i] = wnAdj
		case strings.HasPrefix(x, "RB"):
			p[i] = wnAdv
		}
	}
	return p
}

// pastTags marks the XPOS tags of verbs' past forms.
func pastTags(xpos []string) []bool {
	p := make([]bool, len(xpos))
	for i, x := range xpos {
		p[i] = x == "VBD" || x == "VBN"
	}
	return p
}

// ruleFor is the rule that turns src into lemma.
func ruleFor(src, lemma string) (lrule, bool) {
	p := 0
	for p < len(src) && p < len(lemma) && src[p] == lemma[p] {
		p++
	}
	if len(src)-p > 255 {
		return lrule{}, false
	}
	return lrule{cut: uint8(len(src) - p), add: lemma[p:]}, true
}

// lemmaExample is one training word.
type lemmaExample struct {
	form, lemma string
	xpos        int
}

// learnLemmatizer builds a lemmatizer from examples, checking its rules
// against WordNet if wn is not empty, and adds to its exceptions the
// irregular forms of irr the training data does not have (see
// addIrregulars).
func learnLemmatizer(xpos []string, ex []lemmaExample, wn dict, irr []irregular) *lemmatizer {
	nXPOS := len(xpos)
	l := &lemmatizer{keepCase: make([]bool, nXPOS), exc: map[uint64]string{}, rules: map[uint64]lrule{}, wn: wn, wnPOS: wordNetPOS(xpos), past: pastTags(xpos)}
	upper, lower := make([]int, nXPOS), make([]int, nXPOS)
	for _, e := range ex {
		if e.form == strings.ToLower(e.form) {
			continue
		}
		if e.lemma != strings.ToLower(e.lemma) {
			upper[e.xpos]++
		} else {
			lower[e.xpos]++
		}
	}
	for x := range nXPOS {
		l.keepCase[x] = upper[x] > lower[x]
	}
	type key struct {
		xpos   int
		suffix string
	}
	counts := map[key]map[lrule]int{}
	types := map[key]map[string]int{} // (xpos, src) → lemma counts
	for _, e := range ex {
		if len(e.form) > maxFeatureBytes {
			continue
		}
		src := l.source(e.form, e.xpos)
		r, ok := ruleFor(src, e.lemma)
		if !ok {
			continue
		}
		for k := 0; k <= min(len(src), maxLemmaSuffix); k++ {
			kk := key{e.xpos, src[len(src)-k:]}
			m := counts[kk]
			if m == nil {
				m = map[lrule]int{}
				counts[kk] = m
			}
			m[r]++
		}
		tk := key{e.xpos, src}
		if types[tk] == nil {
			types[tk] = map[string]int{}
		}
		types[tk][e.lemma]++
	}
	chosen := map[key]lrule{}
	total := map[key]int{}
	for k, m := range counts {
		var br lrule
		bn := -1
		for r, n := range m {
			total[k] += n
			if n > bn || n == bn && (r.cut < br.cut || r.cut == br.cut && r.add < br.add) {
				br, bn = r, n
			}
		}
		chosen[k] = br
	}
	for k, r := range chosen {
		if len(k.suffix) > 0 {
			if total[k] < 2 {
				continue
			}
			parent := key{k.xpos, k.suffix[1:]}
			if pr, ok := chosen[parent]; ok && pr == r {
				continue
			}
		}
		l.rules[ruleKey(k.xpos, k.suffix)] = r
	}
	for k, m := range types {
		var gold string
		bn := -1
		for lem, n := range m {
			if n > bn || n == bn && lem < gold {
				gold, bn = lem, n
			}
		}
		if l.apply(k.suffix, k.xpos) != gold {
			l.exc[excKey(k.xpos, k.suffix)] = gold
		}
	}
	seen := make(map[uint64]bool, len(types))
	for k := range types {
		seen[excKey(k.xpos, k.suffix)] = true
	}
	l.addIrregulars(xpos, ex, irr, seen)
	return l
}

// irregularTags are the XPOS tags an irregular form of WordNet's
// exception lists is listed for, by its part of speech and ending:
// verbs' -ing forms for VBG, -s forms for VBZ, the others (fled, sunk)
// for VBD and VBN; nouns' for NNS; adjectives' and adverbs' -st forms
// for JJS and RBS, the others (better, worse) for JJR and RBR. Base
// forms (VB, VBP) are left out: many past forms are also verbs of their
// own ("saw", "found", "lay", "wound", "ground"), and the tag tells them
// apart.
func irregularTags(ir irregular) []string {
	switch ir.pos {
	case wnVerb:
		switch {
		case strings.HasSuffix(ir.form, "ing"):
			return []string{"VBG"}
		case strings.HasSuffix(ir.form, "s"):
			return []string{"VBZ"}
		}
		return []string{"VBD", "VBN"}
	case wnNoun:
		return []string{"NNS"}
	case wnAdj:
		if strings.HasSuffix(ir.form, "st") {
			return []string{"JJS"}
		}
		return []string{"JJR"}
	case wnAdv:
		if strings.HasSuffix(ir.form, "st") {
			return []string{"RBS"}
		}
		return []string{"RBR"}
	}
	return nil
}

// addIrregulars adds to l's exceptions WordNet's irregular forms (fled →
// flee for VBD and VBN, children → child for NNS; see irregularTags)
// where the rules would get them wrong. The training data takes precedence: a
// form seen with a tag there (seen holds its exception key) keeps what
// the training data says. A form WordNet gives two lemmas ("axes": ax,
// axis; "installed": instal, install) takes the one the training data
// uses most as a lemma, then the one with more WordNet senses, then the
// first listed.
func (l *lemmatizer) addIrregulars(xpos []string, ex []lemmaExample, irr []irregular, seen map[uint64]bool) {
	if len(irr) == 0 {
		return
	}
	used := map[string]int{}
	for _, e := range ex {
		used[strings.ToLower(e.lemma)]++
	}
	for _, ir := range irr {
		if len(ir.form) > maxFeatureBytes {
			continue
		}
		best := 0
		for i := 1; i < len(ir.lemmas); i++ {
			a, b := ir.lemmas[i], ir.lemmas[best]
			if used[a] > used[b] || used[a] == used[b] && ir.senses[i] > ir.senses[best] {
				best = i
			}
		}
		lemma := ir.lemmas[best]
		for _, tag := range irregularTags(ir) {
			x := slices.Index(xpos, tag)
			if x < 0 {
				continue
			}
			src := l.source(ir.form, x)
			k := excKey(x, src)
			if seen[k] {
				continue
			}
			if l.apply(src, x) != lemma {
				l.exc[k] = lemma
			}
		}
	}
}

func (l *lemmatizer) write(w *bytes.Buffer) {
	writeUvarint(w, uint64(len(l.keepCase)))
	for _, k := range l.keepCase {
		if k {
			w.WriteByte(1)
		} else {
			w.WriteByte(0)
		}
	}
	keys := slices.Sorted(maps.Keys(l.exc))
	writeUvarint(w, uint64(len(keys)))
	for _, k := range keys {
		w.Write(binary.LittleEndian.AppendUint64(nil, k))
		writeString(w, l.exc[k])
	}
	keys = slices.Sorted(maps.Keys(l.rules))
	writeUvarint(w, uint64(len(keys)))
	for _, k := range keys {
		w.Write(binary.LittleEndian.AppendUint64(nil, k))
		r := l.rules[k]
		w.WriteByte(r.cut)
		writeString(w, r.add)
	}
}

// readLemmatizer reads what write wrote; on bad input it returns nil and
// leaves the error in d.
func readLemmatizer(d *decoder) *lemmatizer {
	n := d.count(255, "lemma tags")
	l := &lemmatizer{keepCase: make([]bool, n)}
	for i := range l.keepCase {
		l.keepCase[i] = d.byte() == 1
	}
	n = d.count(1<<24, "lemma exceptions")
	l.exc = make(map[uint64]string, min(n, 1<<16))
	for range n {
		k := d.uint64()
		l.exc[k] = d.string()
		if d.err != nil {
			return nil
		}
	}
	n = d.count(1<<24, "lemma rules")
	l.rules = make(map[uint64]lrule, min(n, 1<<16))
	for range n {
		k := d.uint64()
		cut := d.byte()
		l.rules[k] = lrule{cut: cut, add: d.string()}
		if d.err != nil {
			return nil
		}
	}
	if d.err != nil {
		return nil
	}
	return l
}
