package quote

import (
	"sort"
	"strings"
	"time"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/segment"
)

// Options tune Find and Sources. The zero value is ready to use.
type Options struct {
	// Date is the article's date, passed to Actor.
	Date time.Time
	// Actor, when set, resolves a speaker's name (split into words) to an
	// actor code and country, as dict.Dicts.Actor does. Entities that
	// already carry an actor take precedence.
	Actor func(words []string, at time.Time) (code, country string, ok bool)
	// Marks, when they are the text's own (FindMarks of the same text),
	// are used rather than found again: a caller that also needs the
	// Quotations finds them once. Marks of another text are ignored.
	Marks *Marks
}

// MinSpeechWords is the fewest words a quotation needs to be reported as
// speech on its own; shorter ones are scare quotes, titles or labels.
const MinSpeechWords = 4

// analyzer holds one call's state.
type analyzer struct {
	text      string
	low       string // asciiLower(text)
	ws        []word
	sents     [][2]int // word range of each sentence
	ents      []model.Entity
	opts      Options
	spans     []span
	spanOf    []int // for each word, the span it lies in, or -1
	full      []string
	fullWords [][]string // the words of each of full
	mentions  []mention
	used      map[int]bool // cue words already used by a direct quote
	covered   []bool       // words inside reported clauses found so far
}

func newAnalyzer(text string, sents []model.Sentence, ents []model.Entity, opts Options) *analyzer {
	if sents == nil {
		sents = segment.Sentences(text)
	}
	a := &analyzer{text: text, ents: ents, opts: opts, used: map[int]bool{}}
	a.low = asciiLower(text)
	a.ws, a.sents = words(text, a.low, sents)
	if opts.Marks != nil && opts.Marks.text == text {
		a.spans = opts.Marks.spans
	} else {
		a.spans = quoteSpans(text)
	}
	a.spanOf = make([]int, len(a.ws))
	a.covered = make([]bool, len(a.ws))
	k := 0
	for i := range a.ws {
		a.spanOf[i] = -1
		for k < len(a.spans) && a.spanEnd(k) <= a.ws[i].start {
			k++
		}
		if k < len(a.spans) && a.ws[i].start >= a.spans[k].openEnd && a.ws[i].end <= a.spanEnd(k) {
			a.spanOf[i] = k
		}
	}
	a.names()
	a.collectMentions()
	return a
}

func (a *analyzer) spanEnd(k int) int {
	s := &a.spans[k]
	if s.close >= 0 {
		return s.close
	}
	return s.end
}

// wordAt returns the index of the first word starting at or after off.
func (a *analyzer) wordAt(off int) int {
	return sort.Search(len(a.ws), func(i int) bool { return a.ws[i].start >= off })
}

// sentBounds returns the word range of word i's sentence.
func (a *analyzer) sentBounds(i int) (int, int) {
	r := a.sents[a.ws[i].sent]
	return r[0], r[1]
}

// collectMentions records every sentence's subject and the subject of
// every speech verb, for pronouns and definite descriptions.
func (a *analyzer) collectMentions() {
	for _, r := range a.sents {
		if r[0] >= r[1] {
			continue
		}
		start := r[0]
		for start < r[1] && (a.ws[start].mark || isPunct(a.ws[start].s)) {
			start++
		}
		if start >= r[1] || a.spanOf[start] >= 0 {
			continue
		}
		n := fwdNP(a.ws, start, r[1])
		if n.b < r[1] && a.ws[n.b].s != "," || n.b-n.a <= 6 {
			a.mention(n)
		}
		// The subject of a fronted clause is the one a pronoun after it
		// most often means: "When President X announced the deal, he
		// said". Only a phrase that opens with a capital or a determiner
		// is one: "After meeting X, he said" has no subject of its own.
		if s := start + 1; a.ws[start].in(subordinatorsClass) && s < r[1] && (a.ws[s].cap || a.ws[s].in(determinersClass)) {
			a.mention(fwdNP(a.ws, s, r[1]))
		}
	}
	for v := range a.ws {
		if a.ws[v].in(speechVerbsClass) && a.spanOf[v] < 0 && v > 0 {
			lo, hi := a.sentBounds(v)
			n := backNP(a.ws, lo, v)
			if n.empty() && (a.ws[v-1].s == "," || a.ws[v-1].mark) {
				n = afterNP(a.ws, v+1, hi)
			}
			a.mention(n)
		}
	}
	sort.SliceStable(a.mentions, func(i, j int) bool { return a.mentions[i].pos < a.mentions[j].pos })
}

// Find returns the quotations of text, direct and indirect, in text
// order. sents are text's sentences with tokens (nil: Find splits the text
// with package segment); ents are its named entities, if known.
func Find(text string, sents []model.Sentence, ents []model.Entity, opts Options) []model.Quote {
	a := newAnalyzer(text, sents, ents, opts)
	return a.quotes()
}

func (a *analyzer) quotes() []model.Quote {
	var out []model.Quote
	// Direct speech.
	speakers := make([]string, len(a.spans))
	cues := make([]string, len(a.spans))
	for k := range a.spans {
		s := &a.spans[k]
		name, cue := "", ""
		switch {
		case s.cont && k > 0 && speakers[k-1] != "" && a.spans[k-1].para == s.para-1:
			name, cue = speakers[k-1], cues[k-1]
		case s.words < MinSpeechWords && !(s.close < 0 && k+1 < len(a.spans) && a.spans[k+1].cont):
		default:
			name, cue = a.after(k)
			if name == "" {
				name, cue = a.before(k)
			}
			if name == "" {
				name, cue = a.inherit(k, speakers, cues)
			}
		}
		if name == "" {
			continue
		}
		speakers[k], cues[k] = name, cue
		st, en := s.start, s.end
		if en > st && a.text[en-1] == ',' {
			en--
		}
		out = append(out, model.Quote{Speaker: a.speaker(name), Text: a.text[st:en], Direct: true, Cue: cue,
			Span: model.Span{Start: st, End: en}})
	}
	// Indirect speech.
	for v := range a.ws {
		if q, ok := a.indirect(v); ok {
			out = append(out, q)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// after attributes span k from a cue after it: "...," Rama said; "...,"
// said Hana Mori; "...," the minister was quoted as saying. The quotation
// must open its sentence or follow a colon or comma, so that a phrase
// quoted inside reported speech is not taken for a whole utterance.
func (a *analyzer) after(k int) (string, string) {
	s := &a.spans[k]
	if s.close < 0 || !a.opensClause(k) {
		return "", ""
	}
	i := a.wordAt(s.closeEnd)
	if i >= len(a.ws) || strings.Contains(a.text[s.closeEnd:a.ws[i].start], "\n") {
		return "", ""
	}
	for i < len(a.ws) && (a.ws[i].s == "," || a.ws[i].s == "—" || a.ws[i].s == "–" || a.ws[i].s == "-") {
		i++
	}
	first := i
	for v := i; v < len(a.ws) && v < first+20; v++ {
		w := &a.ws[v]
		if w.mark || w.s == "." || w.s == ";" || v > first && strings.Contains(a.text[a.ws[first].start:w.start], "\n") {
			break
		}
		if w.lower == "according" && v == first && v+1 < len(a.ws) && a.ws[v+1].lower == "to" {
			_, hi := a.sentBounds(v)
			if name, _ := a.resolve(afterNP(a.ws, v+2, hi)); name != "" {
				return name, "according to"
			}
			return "", ""
		}
		if !w.in(speechVerbsClass) && w.lower != "quoted" {
			if !w.cap && w.lowerIn(clauseStopsClass) && !w.in(connectorsClass) && !w.in(trailingSkipClass) {
				return "", ""
			}
			continue
		}
		_, hi := a.sentBounds(v)
		var n np
		if v == first {
			n = afterNP(a.ws, v+1, hi)
		} else {
			n = a.looseNP(first, v)
		}
		name, _ := a.resolve(n)
		if name != "" {
			a.used[v] = true
			return name, a.cueText(v)
		}
		return "", ""
	}
	return "", ""
}

// opensClause reports whether span k starts its sentence or paragraph, or
// follows a colon, comma or dash.
func (a *analyzer) opensClause(k int) bool {
	s := &a.spans[k]
	o := a.wordAt(s.open)
	if o >= len(a.ws) {
		return false
	}
	lo, _ := a.sentBounds(o)
	if o == lo {
		return true
	}
	switch a.ws[o-1].s {
	case ":", ",", "—", "–", ";":
		return true
	}
	return false
}

// looseNP takes the words between a quotation and its cue as the speaker:
// "...," a doctor at a Khartoum hospital told. Appositives between commas
// are handled as backNP does.
func (a *analyzer) looseNP(first, v int) np {
	ws := a.ws
	e := v
	for e > first && ws[e-1].in(trailingSkipClass) {
		e--
	}
	if e-first > 14 {
		return np{}
	}
	if n := backNP(ws, first, v); n.a == first || a.npSpanOK(first, n) {
		return n
	}
	for i := first; i < e; i++ {
		if ws[i].mark || !ws[i].cap && ws[i].lowerIn(clauseStopsClass) && !ws[i].in(connectorsClass) {
			return np{}
		}
	}
	if e-first > 8 {
		return np{}
	}
	return np{first, e}
}

// npSpanOK reports whether the words from first up to n are only an
// appositive structure around n (so that n is the subject of the cue).
func (a *analyzer) npSpanOK(first int, n np) bool {
	for i := first; i < n.a; i++ {
		if a.ws[i].s == "," {
			return true
		}
	}
	return false
}

// cueText is the cue as printed, with "quoted as saying" and "according
// to" kept whole.
func (a *analyzer) cueText(v int) string {
	w := a.ws[v].s
	if a.ws[v].lower == "quoted" {
		return "quoted as saying"
	}
	return w
}

// before attributes span k from a cue before it: Rama said: "..."; وقال
// بلينكن: «...»; called the attack "..."; said "...".
func (a *analyzer) before(k int) (string, string) {
	s := &a.spans[k]
	o := a.wordAt(s.open)
	if o >= len(a.ws) {
		return "", ""
	}
	lo, _ := a.sentBounds(o)
	p := o - 1
	if p < lo {
		return "", ""
	}
	last := &a.ws[p]
	switch {
	case last.s == ":" || last.s == "," || last.s == "—" || last.s == "–":
		// A speech verb shortly before: X said: "..."; X told reporters: "...".
		for v := p - 1; v >= lo && v >= p-7; v-- {
			w := &a.ws[v]
			if w.mark {
				break
			}
			if !w.in(speechVerbsClass) {
				continue
			}
			var n np
			if w.in(arabicVerbsClass) {
				n = np{v + 1, p}
				for n.b > n.a && (a.ws[n.b-1].s == "في" || a.ws[n.b-1].s == "بيان") {
					n.b--
				}
			} else {
				n = a.subject(v)
			}
			if name, _ := a.resolve(n); name != "" {
				a.used[v] = true
				return name, w.s
			}
			return "", ""
		}
	case last.in(speechVerbsClass) || last.lower == "that" && p > lo && a.ws[p-1].in(speechVerbsClass) || last.lower == "saying":
		v := p
		if last.lower == "that" {
			v = p - 1
		}
		if name, _ := a.resolve(a.subject(v)); name != "" {
			a.used[v] = true
			return name, a.ws[v].s
		}
	default:
		// called NP "..." / urged NP "..." / a step X called "...".
		for v := p; v >= lo && v >= p-6; v-- {
			w := &a.ws[v]
			if w.mark || w.lowerIn(clauseStopsClass) && !w.in(connectorsClass) {
				return "", ""
			}
			if !w.in(labelVerbsClass) {
				if v < p && !npish(a.ws, v, p+1) {
					return "", ""
				}
				continue
			}
			if name, _ := a.resolve(a.subject(v)); name != "" {
				return name, w.s
			}
			return "", ""
		}
	}
	return "", ""
}

// inherit gives span k, a quotation that opens a sentence and names no
// speaker, the speaker of the quotation just before it: "...," Rama said.
// "...".
func (a *analyzer) inherit(k int, speakers, cues []string) (string, string) {
	if k == 0 || speakers[k-1] == "" {
		return "", ""
	}
	s, prev := &a.spans[k], &a.spans[k-1]
	if prev.para != s.para && prev.para != s.para-1 {
		return "", ""
	}
	o := a.wordAt(s.open)
	if o >= len(a.ws) {
		return "", ""
	}
	lo, _ := a.sentBounds(o)
	if lo != o {
		return "", ""
	}
	// Nothing but the previous quotation's cue sentence between.
	between := a.wordAt(prev.closeEnd)
	if prev.close < 0 {
		between = o
	}
	if o-between > 16 {
		return "", ""
	}
	return speakers[k-1], cues[k-1]
}

// subject finds the subject of the verb at v: the noun phrase before it,
// or, for a coordinated verb ("... and said") or a participle ("...,
// saying"), the subject of the clause.
func (a *analyzer) subject(v int) np {
	lo, hi := a.sentBounds(v)
	cs := lo
	for i := v - 1; i >= lo; i-- {
		if w := a.ws[i].s; w == ":" || w == ";" {
			cs = i + 1
			break
		}
	}
	// A sentence that opens with a quotation: its clause starts after it.
	if cs == lo && a.ws[lo].mark && a.spanOf[lo] < 0 {
		for i := lo + 1; i < v; i++ {
			if a.ws[i].mark && a.spanOf[i] < 0 {
				cs = i + 1
				break
			}
		}
	}
	for cs < v && (a.ws[cs].mark || isPunct(a.ws[cs].s)) {
		cs++
	}
	w := a.ws[v].lower
	if w == "saying" && v-2 > cs && a.ws[v-1].lower == "as" && a.ws[v-2].lower == "quoted" {
		v -= 2 // "was quoted as saying"
	}
	if strings.HasSuffix(w, "ing") && v > lo && a.ws[v-1].s == "," {
		return fwdNP(a.ws, cs, hi)
	}
	n := backNP(a.ws, cs, v)
	if v > cs && (a.ws[v-1].s == "and" || a.ws[v-1].s == "but") {
		return fwdNP(a.ws, cs, hi)
	}
	if n.a > cs && a.ws[n.a-1].lowerIn(relativesClass) {
		return np{} // "what it said was", "a team that Seoul says works"
	}
	return n
}

// spanOfMark returns the span whose opening or closing mark is word i,
// or -1.
func (a *analyzer) spanOfMark(i int) int {
	off := a.ws[i].start
	k := sort.Search(len(a.spans), func(k int) bool { return a.spans[k].open >= off || a.spans[k].close >= off })
	for ; k < len(a.spans) && a.spans[k].open <= off; k++ {
		if a.spans[k].close == off || a.spans[k].open == off {
			return k
		}
	}
	return -1
}

// indirect reports the reported speech introduced by the verb at v:
// "Rama said the government had decided ...", "X told Y that ...",
// "According to X, ...", وقالت الوزارة إن ...; and the reported view of a
// label verb with a short quotation: "called the resolution "politically
// motivated" and said ...".
func (a *analyzer) indirect(v int) (model.Quote, bool) {
	ws := a.ws
	w := &ws[v]
	if a.spanOf[v] >= 0 || a.used[v] || a.covered[v] {
		return model.Quote{}, false
	}
	lo, hi := a.sentBounds(v)
	if v > lo {
		switch ws[v-1].lower {
		case "was", "were", "been", "being", "is", "are", "be":
			return model.Quote{}, false // passive: "was told that"
		}
	}
	var c int
	var n np
	cue := w.s
	switch {
	case (w.s == "According" || w.s == "according") && v+1 < hi && ws[v+1].s == "to" && a.clauseStart(lo, v):
		n = afterNP(ws, v+2, hi)
		if n.b >= hi || ws[n.b].s != "," {
			return model.Quote{}, false
		}
		c = n.b + 1
		cue = "according to"
	case w.in(arabicVerbsClass):
		j := v + 1
		for j < hi && j < v+10 && ws[j].s != "إن" && ws[j].s != "أن" {
			j++
		}
		if j >= hi || ws[j].s != "إن" && ws[j].s != "أن" {
			return model.Quote{}, false
		}
		n = np{v + 1, j}
		for n.b > n.a && (ws[n.b-1].s == "في" || ws[n.b-1].s == "بيان") {
			n.b--
		}
		c = j + 1
	case w.in(labelVerbsClass):
		// called NP "short quote" ...: the reported view runs from NP.
		i := v + 1
		e := i
		for e < hi && e-i < 8 && !ws[e].mark && ws[e].s != "," && !(ws[e].lowerIn(clauseStopsClass) && !ws[e].in(connectorsClass)) {
			e++
		}
		if e == i || e-i == 1 && (ws[i].in(personPronounsClass) || ws[i].in(thingPronounsClass) || ws[i].lower == "him" || ws[i].lower == "them" || ws[i].lower == "her") {
			return model.Quote{}, false
		}
		as := e < hi && ws[e].lower == "as"
		if as {
			e++
		}
		if e >= hi || !ws[e].mark || a.spanOf[e] >= 0 {
			return model.Quote{}, false
		}
		k := a.spanOfMark(e)
		if k < 0 {
			return model.Quote{}, false
		}
		sp := &a.spans[k]
		if sp.open != ws[e].start || sp.words >= MinSpeechWords && !(as && (w.lower == "dismissed" || w.lower == "condemned")) {
			return model.Quote{}, false
		}
		if w.lower == "urged" || w.lower == "urging" {
			return model.Quote{}, false
		}
		c = i
		n = a.subject(v)
		if v > lo && ws[v-1].lowerIn(relativesClass) {
			return model.Quote{}, false
		}
	case w.in(reportVerbsClass):
		i := v + 1
		if w.in(listenerVerbsClass) && i < hi && ws[i].lower != "that" {
			i = a.listener(i, hi)
		}
		i = a.skipAdverbials(i, hi)
		if i < hi && ws[i].lower == "that" {
			i++
		} else if !w.in(bareClauseVerbsClass) || i < hi && ws[i].s == "," {
			return model.Quote{}, false
		}
		c = i
		n = a.subject(v)
	default:
		return model.Quote{}, false
	}
	if c >= hi || hi-c < 3 {
		return model.Quote{}, false
	}
	first := &ws[c]
	if first.lowerIn(clauseStopsClass) || isPunct(first.s) && !first.mark || !first.cap && (strings.HasSuffix(first.lower, "ing") || strings.HasSuffix(first.lower, "ed")) {
		return model.Quote{}, false
	}
	if first.mark {
		if k := a.spanOf[c+1]; c+1 < hi && k >= 0 && a.spans[k].words >= MinSpeechWords {
			return model.Quote{}, false // a direct quotation
		}
	}
	name, _ := a.resolve(n)
	if name == "" {
		return model.Quote{}, false
	}
	st := first.start
	en := ws[hi-1].end
	// Never run past the paragraph.
	if nl := strings.IndexByte(a.text[st:en], '\n'); nl >= 0 {
		en = st + nl
	}
	for en > st {
		ch := a.text[en-1]
		if ch == '.' || ch == ' ' || ch == '!' || ch == '?' || ch == ';' || ch == ',' {
			en--
			continue
		}
		break
	}
	if en <= st {
		return model.Quote{}, false
	}
	for i := c; i < hi; i++ {
		a.covered[i] = true // cues inside this clause report nothing more
	}
	return model.Quote{Speaker: a.speaker(name), Text: a.text[st:en], Direct: false, Cue: cue,
		Span: model.Span{Start: st, End: en}}, true
}

// clauseStart reports whether word v opens its sentence or a clause.
func (a *analyzer) clauseStart(lo, v int) bool {
	if v == lo {
		return true
	}
	p := a.ws[v-1].s
	return p == ":" || p == ";" || p == "—"
}

// listener skips the listener after "told": reporters; the minister;
// Serbian media; the Adriatic Ledger.
func (a *analyzer) listener(i, hi int) int {
	ws := a.ws
	if i >= hi {
		return i
	}
	switch w := &ws[i]; {
	case w.lower == "him" || w.lower == "her" || w.lower == "them" || w.lower == "us" || w.lower == "me":
		return i + 1
	case w.in(determinersClass) || w.cap:
		e := chunkFwd(ws, i, hi)
		if e-i > 6 {
			e = i + 6
		}
		if e == i {
			e++
		}
		return e
	case !w.lowerIn(clauseStopsClass) && !isPunct(w.s) && !w.mark:
		e := i + 1
		if e < hi && ws[e].lowerIn(descriptorsClass) {
			e++
		}
		return e
	}
	return i
}

// skipAdverbials skips "on Sunday", "in a statement", "last week" and
// the like after a verb: a phrase of a preposition or time word followed
// by "that", or a short run of time words.
func (a *analyzer) skipAdverbials(i, hi int) int {
	ws := a.ws
	if i < hi && (ws[i].in(prepositionsClass) || ws[i].in(timeWordsClass)) {
		for j := i + 1; j < hi && j < i+9; j++ {
			w := &ws[j]
			if w.lower == "that" {
				return j
			}
			if w.mark || w.s == "," || w.s == "." || !w.cap && w.lowerIn(clauseStopsClass) && !w.in(connectorsClass) {
				break
			}
		}
	}
	j := i
	for j < hi && j < i+4 && ws[j].in(timeWordsClass) && ws[j].s != "on" {
		j++
	}
	if j < hi && ws[j].s == "on" && j+1 < hi && ws[j+1].in(timeWordsClass) {
		j += 2
		for j < hi && ws[j].in(timeWordsClass) {
			j++
		}
	}
	if j < hi && ws[j].in(prepositionsClass) {
		return hi // "said in 2019 ...": not a clause we can delimit
	}
	return j
}
