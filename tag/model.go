package tag

import (
	_ "embed"
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"sync"

	"github.com/casus-project/casus/model"
)

// MaxSentence is the longest run of tokens tagged as one unit; Tag cuts
// longer sentences into pieces of this size, so time and memory per call
// stay bounded.
const MaxSentence = 400

// Model is a trained tagger. A Model is safe for concurrent use.
type Model struct {
	xpos, upos []string
	uposCands  []uint64 // per XPOS tag, the UPOS tags seen with it
	lex        lexicon
	pass1      *table
	pass2      *table // nil for a one-pass model
	uposTable  *table
	lem        *lemmatizer
	verbal     uint64 // verbalTags(xpos)
	clause     clauseTags
	// sure is the margin between the first pass's best and second-best
	// scores above which the second pass keeps the first pass's tag
	// without scoring the word again; 0 rescores every word.
	sure int32
	// cache holds the analysis and word-feature scores of frequent
	// words; nil while training, when the tables are still changing.
	cache *wordCache
	// pairs holds the summed rows of the features of the two tags before
	// a word; nil while training, as cache.
	pairs *pairRows

	pool sync.Pool // of *workspace
}

// lexicon holds what the training data says about frequent words.
type lexicon struct {
	amb   dict // lower-case form, or formKey of the form → ambiguity class
	fixed dict // form → 1 + its only tag
	wn    dict // lower-case word → WordNet bits; may be empty
}

// workspace is the scratch memory of one Tag call.
type workspace struct {
	words       []word
	left, right []int
	upos        []int
	fs          []uint64
	scores      [256]int32
	margin      []int32       // the first pass's margin for each word
	cached      []*cachedWord // each word's entry in Model.cache, or nil
	// named marks the words whose form is a name, never the numeral or
	// letter the model may read it as (titleNumeral); nil while training.
	named []bool
	buf   []byte
}

var (
	padS1 = padWord(padStart1)
	padS2 = padWord(padStart2)
	padE1 = padWord(padEnd1)
	padE2 = padWord(padEnd2)
)

// XPOSTags returns the model's Penn Treebank tag set.
func (m *Model) XPOSTags() []string { return slices.Clone(m.xpos) }

// UPOSTags returns the model's Universal Dependencies tag set.
func (m *Model) UPOSTags() []string { return slices.Clone(m.upos) }

// Tag assigns XPOS, UPOS and Lemma to each token of one sentence, in
// place. Only Form is read. Sentences longer than MaxSentence are tagged
// in pieces. A sentence that the model leaves with no finite verb but
// verbs of saying gets one back: a past participle (VBN) right after the
// subject of its main clause, or of the clause a verb of saying
// reports, becomes its verb (VBD) when nothing else can be ("Hezbollah
// fired rockets at Israel"), and so does an "-ed" adjective in a
// sentence with no verb at all ("Australia sanctioned/JJ Russian
// officials"; see clauseTags.repairFinite). Initials read as a function
// word after "the" or before a noun are a name ("The WHO criticized";
// see clauseTags.acronyms), and an unseen plural read as a verb in -s
// before a past form and its object is a noun ("Somali pirates
// hijacked a ship"; see Model.pluralSubject).
func (m *Model) Tag(tokens []model.Token) { m.tag(tokens, sentenceRepair) }

// TagFinite is Tag with the repair made clause by clause: a participle
// is its clause's verb when its own clause has no finite verb, whatever
// the other clauses have ("Separatists shelled the city, and troops
// withdrew", "brushed aside reports that the rebels attacked"), and a
// subject may be followed by a phrase set off by commas ("Elrond, wary
// as ever, brushed aside"). Tag does not do this yet: the event coder
// reads some of the model's participles as verbs by rules of its own,
// and loses events of the demo and held-out sets when these tags are
// right (see the package documentation).
func (m *Model) TagFinite(tokens []model.Token) { m.tag(tokens, clauseRepair) }

// A repair says which past participles the tagger gives back as past
// tenses after the model's passes (see clauseTags.repairFinite).
type repair int

const (
	noRepair       repair = iota // the model's tags as they are
	sentenceRepair               // Tag's
	clauseRepair                 // TagFinite's
)

// tag is Tag with the given repair.
func (m *Model) tag(tokens []model.Token, r repair) {
	ws, _ := m.pool.Get().(*workspace)
	if ws == nil {
		ws = new(workspace)
	}
	for start := 0; start < len(tokens); start += MaxSentence {
		part := tokens[start:min(len(tokens), start+MaxSentence)]
		m.tagPart(ws, part, r)
		for i := range part {
			t := &part[i]
			t.XPOS = m.xpos[ws.right[i]]
			t.UPOS = m.upos[ws.upos[i]]
			if cw := ws.cached[i]; cw != nil {
				t.Lemma = cw.lemma(m.lem, ws.right[i])
			} else {
				t.Lemma = m.lem.lemma(t.Form, ws.right[i])
			}
		}
	}
	m.pool.Put(ws)
}

// forms is the view of a sentence the tagger reads.
type forms interface {
	Len() int
	Form(i int) string
}

type tokenForms []model.Token

func (t tokenForms) Len() int          { return len(t) }
func (t tokenForms) Form(i int) string { return t[i].Form }

func (m *Model) tagPart(ws *workspace, tokens []model.Token, r repair) {
	m.tagForms(ws, tokenForms(tokens), r)
}

// tagForms tags one piece of at most MaxSentence words, with repair r,
// leaving XPOS tags in ws.right and UPOS tags in ws.upos.
func (m *Model) tagForms(ws *workspace, s forms, r repair) {
	n := s.Len()
	ws.words = slices.Grow(ws.words[:0], n+4)[:n+4]
	ws.left = slices.Grow(ws.left[:0], n)[:n]
	ws.right = slices.Grow(ws.right[:0], n)[:n]
	ws.upos = slices.Grow(ws.upos[:0], n)[:n]
	ws.words[0], ws.words[1], ws.words[n+2], ws.words[n+3] = padS1, padS2, padE1, padE2
	ws.cached = slices.Grow(ws.cached[:0], n)[:n]
	for i := range n {
		form, w := s.Form(i), &ws.words[i+2]
		var cw *cachedWord
		if m.cache != nil {
			if cw = m.cache.Get(hashString(form), form); cw != nil {
				*w = cw.w
			}
		}
		if cw == nil {
			ws.buf = m.lex.analyse(w, form, ws.buf)
			if m.cache != nil && cacheable(w, form) {
				cw = m.remember(m.cache, w, form)
			}
		}
		ws.cached[i] = cw
	}
	ws.named = slices.Grow(ws.named[:0], n)[:n]
	for i := range n {
		ws.named[i] = titleNumeral(s.Form(i))
	}
	setContext(ws.words[2 : n+2])
	m.pass(ws, m.pass1, ws.left, nil, ws.cached, 0)
	if m.pass2 != nil {
		m.pass(ws, m.pass2, ws.right, ws.left, ws.cached, 1)
	} else {
		copy(ws.right, ws.left)
	}
	if r != noRepair {
		m.acronyms(ws, s)
		m.pluralSubject(ws, s)
		m.relativeVerb(ws, s)
		m.repairFinite(ws, s, r == sentenceRepair)
		m.secondClause(ws, s)
	}
	scores := ws.scores[:len(m.upos)]
	for i := range n {
		cands := m.uposCands[ws.right[i]]
		if cands&(cands-1) == 0 {
			ws.upos[i] = lowBit(cands)
			continue
		}
		if row := m.uposRow(ws.cached[i], ws.right[i]); row != nil {
			copy(scores, row)
			ws.fs = uposContextFeatures(ws.fs[:0], ws.words, i, ws.right)
		} else {
			clear(scores)
			ws.fs = uposFeatures(ws.fs[:0], ws.words, i, ws.right)
		}
		m.uposTable.add(ws.fs, &ws.scores)
		ws.upos[i] = argmax(scores, cands)
	}
}

// pass tags every word into out, reading right as the tags of a
// previous pass (nil for none). cached, if not nil, holds each word's
// entry in the word cache, whose rows of index row are this pass's.
func (m *Model) pass(ws *workspace, t *table, out, right []int, cached []*cachedWord, row int) {
	m.passFrom(ws, t, out, right, cached, row, 0)
}

// passFrom is pass for the words from index from on, reading out's tags
// before it as chosen.
func (m *Model) passFrom(ws *workspace, t *table, out, right []int, cached []*cachedWord, row, from int) {
	n := len(m.xpos)
	scores := ws.scores[:n]
	first := right == nil
	if first {
		ws.margin = slices.Grow(ws.margin[:0], len(out))[:len(out)]
	}
	for i := from; i < len(out); i++ {
		if f := ws.words[i+2].fixed; f >= 0 {
			out[i] = f
			continue
		}
		if !first && m.sure > 0 && ws.margin[i] > m.sure {
			out[i] = right[i]
			continue
		}
		// The words around i that the word cache holds are scored
		// with its rows: i itself, the word after (nextFeatures), the
		// word before (prevFeatures) and the word two after
		// (next2Features).
		var cw, next, prev, next2 *cachedWord
		if cached != nil {
			cw = cached[i]
			if i+1 < len(out) {
				next = cached[i+1]
			}
			if i > 0 {
				prev = cached[i-1]
			}
			if i+2 < len(out) {
				next2 = cached[i+2]
			}
		}
		fs := ws.fs[:0]
		if cw != nil {
			copy(scores, m.rowsOf(cw, row)[rowWord*n:][:n])
		} else {
			clear(scores)
			fs = wordFeatures(fs, &ws.words[i+2])
		}
		if next != nil {
			addRow(&ws.scores, m.rowsOf(next, row)[rowNext*n:][:n])
		} else {
			fs = nextFeatures(fs, &ws.words[i+3])
		}
		leave := 0
		if m.pairs != nil {
			leave |= leavePairs
		}
		if prev != nil {
			addRow(&ws.scores, m.rowsOf(prev, row)[rowPrev*n:][:n])
			leave |= leavePrev
		}
		if next2 != nil {
			addRow(&ws.scores, m.rowsOf(next2, row)[rowNext2*n:][:n])
			leave |= leaveNext2
		}
		ws.fs = contextFeatures(fs, ws.words, i, out, right, m.verbal, leave)
		t.add(ws.fs, &ws.scores)
		if m.pairs != nil {
			t1, t2 := leftTags(i, out)
			addRow(&ws.scores, m.pairs.row(t, row, t1, t2)[:n])
		}
		if first {
			out[i], ws.margin[i] = argmaxMargin(scores)
		} else {
			out[i] = argmax(scores, 0)
		}
		if i < len(ws.named) && ws.named[i] {
			out[i] = m.nameTag(out[i], i)
		}
	}
}

// titleNumeral reports whether form is written as a name, an upper-case
// letter and then lower-case ones, and spells a Roman numeral ("Xi",
// "Li", "Mix", "Vi"). Roman numerals are written in capitals ("XI",
// "Chapter II") or, in lists, in lower case ("xi."); in title case such a
// word is a name (China's president Xi, premier Li) or an ordinary word,
// and WordNet's numeral sense of "xi" or "li" must not make it CD or JJ.
func titleNumeral(form string) bool {
	if len(form) < 2 || len(form) > 8 || !strings.ContainsRune("IVXLCDM", rune(form[0])) {
		return false
	}
	for i := 1; i < len(form); i++ {
		if !strings.ContainsRune("ivxlcdm", rune(form[i])) {
			return false
		}
	}
	return romanNumeral(strings.ToUpper(form))
}

// romanNumeral reports whether s, in capitals, is a well-formed Roman
// numeral from 1 to 3999 (thousands, hundreds, tens, units, each as one
// of its standard spellings).
func romanNumeral(s string) bool {
	for _, digits := range [][]string{
		{"MMM", "MM", "M"},
		{"CM", "DCCC", "DCC", "DC", "D", "CD", "CCC", "CC", "C"},
		{"XC", "LXXX", "LXX", "LX", "L", "XL", "XXX", "XX", "X"},
		{"IX", "VIII", "VII", "VI", "V", "IV", "III", "II", "I"},
	} {
		for _, d := range digits {
			if strings.HasPrefix(s, d) {
				s = s[len(d):]
				break
			}
		}
	}
	return s == ""
}

// nameTag returns the tag of word i, a titleNumeral, given that the model
// chose tag t: a numeral or list-item reading (CD, LS) is a proper noun
// (NNP); so is an adjective or common-noun reading (JJ, NN) after the
// sentence's first word, where the capital is not the sentence's. Other
// readings ("Mix the flour" as VB) stand.
func (m *Model) nameTag(t, i int) int {
	switch m.xpos[t] {
	case "CD", "LS":
	case "JJ", "NN":
		if i == 0 {
			return t
		}
	default:
		return t
	}
	if p := slices.Index(m.xpos, "NNP"); p >= 0 {
		return p
	}
	return t
}

// argmaxMargin returns the best class and by how much its score beats
// the second best; ties go to the lower class. The loop has no branch
// on the scores (min, max and the conditional move of b): the best class
// falls anywhere, so a branch on it would be mispredicted often.
func argmaxMargin(scores []int32) (int, int32) {
	b, s1, s2 := 0, scores[0], int32(-1<<31)
	for c := 1; c < len(scores); c++ {
		v := scores[c]
		// s2 is the second best of those before and v: v itself, or
		// s1 when v beats it.
		s2 = max(s2, min(v, s1))
		if v > s1 {
			b = c
		}
		s1 = max(s1, v)
	}
	return b, s1 - s2
}

func lowBit(m uint64) int {
	for i := range 64 {
		if m&(1<<i) != 0 {
			return i
		}
	}
	return 0
}

// argmax returns the best class allowed by mask (any, if mask is 0); ties
// go to the lower class. It keeps the best score in a variable, and with
// a mask visits only the classes the mask allows.
func argmax(scores []int32, mask uint64) int {
	if mask == 0 {
		if len(scores) == 0 {
			return 0
		}
		b, best := 0, scores[0]
		for c := 1; c < len(scores); c++ {
			if s := scores[c]; s > best {
				b, best = c, s
			}
		}
		return b
	}
	if len(scores) < 64 {
		mask &= 1<<len(scores) - 1
	}
	if mask == 0 {
		return 0
	}
	b := bits.TrailingZeros64(mask)
	best := scores[b]
	for mask &= mask - 1; mask != 0; mask &= mask - 1 {
		if c := bits.TrailingZeros64(mask); scores[c] > best {
			b, best = c, scores[c]
		}
	}
	return b
}

//go:embed model/tagger.bin
var embedded []byte

// Default returns the embedded model trained on the English Web
// Treebank. It is decoded once; later calls return the same Model. Its
// large tables are in memory backed by huge pages where the system allows
// (package hugemem): the tagger's time goes mostly to looking up weights
// at random places in them.
func Default() (*Model, error) { return loadDefault() }

var loadDefault = sync.OnceValues(func() (*Model, error) {
	m, err := decodeWith(&decoder{b: embedded, inPlace: canView(embedded), huge: true})
	if err != nil {
		return nil, fmt.Errorf("tag: embedded model: %w", err)
	}
	return m, nil
})
