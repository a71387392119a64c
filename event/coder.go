package event

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/casus-project/casus/actor"
	"github.com/casus-project/casus/cameo"
	"github.com/casus-project/casus/dict"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/nlp"
	"github.com/casus-project/casus/place"
	"github.com/casus-project/casus/when"
)

// Coder codes events with one set of dictionaries. It keeps no state
// between calls and is safe for concurrent use; set its fields before the
// first call.
type Coder struct {
	d      *dict.Dicts
	r      *actor.Resolver
	blocks map[*dict.VerbBlock]*block
	// stems reports TABARI-style verbs, whose words are stems that
	// match any word they begin ("RESTOR" matches "restore").
	stems bool
	syn   synIndex

	// Places, when set, locates events: the place the words of an
	// event's clause name ("in Zvečan"), else of its sentence, else the
	// article's dateline, with the FIPS, ADM1 and GeoNames type GDELT's
	// export needs.
	Places *place.Gazetteer

	// CapitalGovernments codes a capital city that is the subject of an
	// active verb as its government ("Tehran rejected" is IRNGOV). By
	// default a capital is its country, as PETRARCH, TABARI and the
	// CAMEO codebook code it ("Pyongyang fired shells at Seoul" is PRK
	// against KOR), and as the demo corpus's gold reads "Tehran denies"
	// or "Tokyo lodged a protest".
	CapitalGovernments bool

	// Default, when its codes are set, gives an event whose source or
	// target the sentence does not name a default actor, as TABARI's
	// DEFAULT option does.
	Default Default

	// Place, when set and Places is not, gives the place of an event
	// from its sentence; events carry no location when neither is set.
	Place func(text string, s model.Sentence) *model.Place

	// CodeBy is TABARI's "SET: CODE BY" option: "" (by clause, the
	// default) codes the main events of each sentence; CodeSentence only
	// the first verb that codes; CodeAll every verb that codes, keeping
	// statements, subordinate verbs and nouns beside the main events.
	CodeBy CodeBy

	// MaxVerbs and MaxConj, when above zero, leave a sentence with at
	// least that many verbs the verb dictionary knows, or conjunctions
	// that join no compound actor, uncoded, as TABARI's "COMPLEX:
	// VERBS[n] CONJ[m]" option does: such a sentence says too much to
	// code reliably.
	MaxVerbs, MaxConj int

	// MinWords, when above zero, leaves sentences of fewer words
	// (separated by spaces) uncoded, as TABARI's "SET: MINIMUM WORDS"
	// does: fragments and headlines say too little to code.
	MinWords int

	// Forward, when its code is set, is the actor that a pronoun
	// ("he", "it", "they") standing before any actor of the article's
	// first sentence refers to when the article itself names no
	// antecedent: the text continues a story whose earlier sentences
	// were coded apart, as TABARI's FORWARD option carries a story's
	// actor into its next sentence.
	Forward model.Actor

	// Unrealised, when set, codes a deed of material cooperation or
	// conflict (CAMEO 06-09, 14-20) that may, could or should happen,
	// that someone urges or tries to bring about, or that happens only
	// under a condition (status hypothetical), as PETRARCH and TABARI
	// do. By default such a deed codes nothing unless its own source
	// says it will do it or means to ("said it would impose sanctions",
	// "plans to expel"): what is said of it is coded from the verbs
	// that say it (an appeal, a demand, a threat). The same holds for
	// words and meetings (CAMEO 01, 02, 04, 05, 10-12) that may happen:
	// "Peru could criticise Chile" codes nothing unless Unrealised.
	Unrealised bool
}

// CodeBy says which of a sentence's events the Coder keeps.
type CodeBy uint8

// The values of CodeBy.
const (
	CodeClause CodeBy = iota
	CodeSentence
	CodeAll
)

// Default is TABARI's DEFAULT option: "SOURCE [DEFSRC] PRIOR TARGET
// [DEFTAR]".
type Default struct {
	// Source and Target are the codes of the default actors; "" for
	// none.
	Source, Target string
	// Prior gives the default source to a verb without an actor before
	// it; without Prior the actor after such a verb is its source (and
	// the target is then the default), or a compound after it both.
	Prior bool
	// After gives the default target to a verb without an actor after
	// it; without After a compound before it is both source and target.
	After bool
}

// New returns a Coder for the dictionaries d.
func New(d *dict.Dicts) (*Coder, error) {
	if d == nil {
		return nil, fmt.Errorf("event: no dictionaries")
	}
	c := &Coder{d: d, r: actor.New(d), blocks: map[*dict.VerbBlock]*block{}, syn: synIndex{}}
	if vd := d.VerbDict(); vd != nil {
		c.stems = len(vd.Blocks) > 0
		for _, b := range vd.Blocks {
			c.blocks[b] = compileBlock(b, c.syn)
			if len(b.Verbs) > 1 {
				// PETRARCH blocks group verbs; TABARI's hold one each.
				c.stems = false
			}
		}
	}
	return c, nil
}

// Resolver returns the actor resolver the Coder uses.
func (c *Coder) Resolver() *actor.Resolver { return c.r }

// Code returns the events of an article: art gives the text, the date
// (art.Published; a zero date leaves events undated) and the source of
// attribution; doc is the analysis of art.Text; quotes and framing are the
// article's quotations and framing marks (either may be nil). Events come
// in text order, one per source, target, code and date.
func (c *Coder) Code(ctx context.Context, art *model.Article, doc *nlp.Doc, quotes []model.Quote, framing []model.FramingMark) []model.Event {
	return c.Prepare(art, doc).Code(ctx, quotes, framing)
}

// Prepared is what the coder reads of an article before it codes any
// sentence: whether the story or each sentence is discarded, and each
// sentence's actor mentions. It reads tags, lemmas and names, never a
// parse, so that a caller can prepare an article once, parse only the
// sentences Parseable selects, then code it (see Coder.Prepare).
type Prepared struct {
	c        *Coder
	art      *model.Article
	doc      *nlp.Doc
	story    bool
	skip     []bool
	ups      [][]string // the sentences' forms upper-cased (see discards)
	mentions [][]actor.Mention
	// times are the time expressions of doc's text, found once for the
	// actors' days (sentenceDays) and for the events' dates.
	times []when.Expression
}

// Prepare reads art and doc as Code does before it codes a sentence. doc
// must be tagged and its names found; its sentences need not be parsed
// yet, but Prepared.Code reads their parse as it is then: parse them in
// place (nlp.Analyzer.Parse) in between. Coder.Code(ctx, art, doc, ...)
// is c.Prepare(art, doc).Code(ctx, ...).
func (c *Coder) Prepare(art *model.Article, doc *nlp.Doc) *Prepared {
	p := &Prepared{c: c, art: art, doc: doc}
	if doc == nil || art == nil {
		return p
	}
	if ref := art.Published.Time; !ref.IsZero() {
		p.times = when.Find(doc.Text, ref)
	}
	p.story, p.skip, p.ups, p.mentions = c.start(doc, art.Published.Time, p.times)
	return p
}

// Code returns the events of the prepared article, as Coder.Code does.
func (p *Prepared) Code(ctx context.Context, quotes []model.Quote, framing []model.FramingMark) []model.Event {
	c, art, doc := p.c, p.art, p.doc
	if doc == nil || art == nil || ctx.Err() != nil || p.story {
		return nil
	}
	text := doc.Text
	ref := art.Published.Time
	skip, ups, mentions, times := p.skip, p.ups, p.mentions, p.times
	a := &article{
		c: c, text: text, ref: ref, quotes: quotes, framing: framing, times: times,
		seen: map[string]bool{}, mentions: mentions, ents: doc.Entities,
	}
	a.w.syn = c.syn
	a.w.forms = c.stems
	if c.Places != nil {
		if dl, ok := c.Places.Dateline(text); ok {
			a.dateline = &dl
		}
	}
	a.setStoryDay(doc.Sentences)
	para, breaks, seen := -1, 0, 0
	for i := range doc.Sentences {
		if i&15 == 0 && ctx.Err() != nil {
			break
		}
		s := &doc.Sentences[i]
		// The paragraph is the number of line breaks before the sentence,
		// counted on from the last sentence's start (sentences come in
		// text order), not from the top each time.
		at := max(seen, min(s.Start, len(text)))
		breaks += strings.Count(text[seen:at], "\n")
		seen = at
		if breaks != para {
			para, a.paraDate, a.paraAt = breaks, nil, i
		}
		a.si = i
		a.sentEvents = append(a.sentEvents, len(a.events))
		if storyStart(text, doc.Sentences, mentions, a.storyAt, i) {
			a.storyAt, a.storyEvents = i, len(a.events)
		}
		// A dateline that is a sentence of its own names the agency, no
		// actor of the story ("CARACAS (Reuters) -"): context finders
		// start after it.
		if toks := s.Tokens; len(toks) > 0 && datelineEnd(toks) == len(toks)-1 {
			a.storyAt = i + 1
		}
		if !skip[i] && !c.short(text, s) && !(c.stems && discardActor(mentions[i])) && !c.complex(s, mentions[i]) {
			a.sentence(s, mentions[i], ups[i])
		}
	}
	return isoCountries(mergeVaguer(a.events))
}

// mainClauseTime reports whether x dates the sentence's main line ("In
// 1986, Iran asked France ..."; "were injured on Monday when protesters
// threw stones"), not a clause on a noun ("mayors elected in April
// boycotted ..."; "a post that Chile built in 2016"), nor the deed an
// appeal asks for ("urged Peru to act before July"), nor a time before an
// event noun after the clause's verb ("denied any role in the Aug. 30
// bombing"); true when the parse
// is unusable.
func (a *article) mainClauseTime(toks []model.Token, x when.Expression) bool {
	c := a.timeClause(toks, x)
	if c < 0 {
		return !a.t.ok
	}
	// "Chile has denied any role in the Aug. 30 bombing": the bombing's
	// date, after the main verb, not the denial's.
	if a.preNominalTime(toks, x, c) {
		return false
	}
	for steps := 0; c >= 0 && steps < len(toks); c, steps = a.t.head[c], steps+1 {
		switch base(a.t.rel[c]) {
		case "acl":
			if !a.activeParticiple(c) {
				return false
			}
		case "csubj":
			return false
		case "xcomp":
			// "urged Peru to approve the bid before the summit in
			// July": when the deed asked for should be done.
			if h := a.t.head[c]; h >= 0 && askLemmas[strings.ToUpper(toks[h].Lemma)] && a.askedInfinitive(h) == c {
				return false
			}
		}
		if a.commaWhSubject(c) {
			return false
		}
	}
	return true
}

// commaWhSubject reports a clause at c whose subject is "who" or "which"
// right after a comma: a relative clause on the noun before the comma
// ("Netanyahu, who first took office in 1996, met Biden"), whatever
// relation the parse gives it (there, a complement of "met").
func (a *article) commaWhSubject(c int) bool {
	for _, k := range a.t.kids[c] {
		if base(a.t.rel[k]) != "nsubj" || k == 0 || a.toks[k-1].Form != "," {
			continue
		}
		switch strings.ToLower(a.toks[k].Form) {
		case "who", "which":
			return a.xpos(k) == "WP" || a.xpos(k) == "WDT"
		}
	}
	return false
}

// activeParticiple reports a past participle with a direct object that
// the parse hangs on a noun: a finite verb taken for a participle ("Omar
// Lamrani, an analyst at Stratfor, told Business Insider in October 2018
// that ..."), since a participle that modifies a noun is passive and has
// no object.
func (a *article) activeParticiple(c int) bool {
	if a.xpos(c) != "VBN" {
		return false
	}
	for _, k := range a.t.kids[c] {
		if a.t.rel[k] == "obj" {
			return true
		}
	}
	return false
}

// ledeSentences is how many sentences from the top setStoryDay reads: a
// headline, a dateline and the lede.
const ledeSentences = 3

// setStoryDay sets the story's day: the first time expression of the
// story's first sentences that dates a main clause to one day of the
// article's week, up to its date ("TIRANA, Sept 7 (Reuters) - Albania on Wednesday
// severed ..."). A report published the morning after tells of the day
// before, and the events it names without a time are that day's.
func (a *article) setStoryDay(sents []model.Sentence) {
	a.storyDay = nil
	if a.ref.IsZero() {
		return
	}
	for i := range sents[:min(ledeSentences, len(sents))] {
		a.toks = sents[i].Tokens
		a.t.reset(a.toks)
		for _, x := range a.timesIn(sents[i].Span) {
			if x.Precision == when.Day && !when.Background(x, a.ref) && !x.From.After(a.ref) && a.mainClauseTime(a.toks, x) {
				a.storyDay = &x
				return
			}
		}
	}
}

// start is what Code and Parseable read before coding any sentence:
// whether the story is discarded, which sentences are, their forms
// upper-cased (see discards) and the actor mentions of each sentence,
// resolved at ref or at the sentence's own past days (sentenceDays, of
// times, the text's time expressions). The mentions are nil when the
// story is discarded.
func (c *Coder) start(doc *nlp.Doc, ref time.Time, times []when.Expression) (story bool, skip []bool, ups [][]string, mentions [][]actor.Mention) {
	story, skip, ups = c.discards(doc.Sentences)
	if story {
		return true, skip, ups, nil
	}
	// A first sentence that is only a dateline ("VIENNA, June 5 (MPA) -",
	// as package segment splits it) names where the story was filed, not
	// an actor: it is not resolved, so that no later agent takes its
	// country from the filing city.
	first := 0
	if len(doc.Sentences) > 1 {
		if toks := doc.Sentences[0].Tokens; datelineEnd(toks) == len(toks)-1 {
			first = 1
		}
	}
	var own []actor.Dates
	if len(times) > 0 {
		own = sentenceDays(doc.Text, doc.Sentences[first:], times, ref)
	}
	mentions = append(make([][]actor.Mention, first), c.r.ResolveDated(doc.Sentences[first:], doc.Entities, ref, own)...)
	if len(mentions) > 0 {
		mentions[0] = dropDateline(&doc.Sentences[0], mentions[0])
		if c.Forward.Code != "" {
			mentions[0] = forward(&doc.Sentences[0], mentions[0], c.Forward)
		}
	}
	return false, skip, ups, mentions
}

// sentenceDays returns, for each of sents (of text), the past days its
// actors are read at (see actor.Resolver.ResolveDated), from times, the
// time expressions of text found at ref: the middle, last and first day
// (see addDays) of each of the sentence's own expressions when all lie
// before the article's week ("Saddam Hussein invaded Kuwait in 1990",
// "the 1980-88 war"). An expression that opens the sentence before any
// verb comes first, as it dates the main clause ("In 1990, Iraq invaded
// Kuwait, which it had claimed since 1961"), then the others from the
// last. Past days that are a relative clause's ("Netanyahu, who first
// took office in 1996, met Biden": Biden is of today), or that the
// sentence names beside a recent one ("Iran said on Monday that Saddam
// Hussein invaded Kuwait in 1990": the speaker is of today), are read
// only for a name with no role on the article's date. A sentence with no
// expression of its own takes the days of its paragraph's last sentence
// that opened with a past date before any verb ("In 1986, Iran asked
// France ... It demanded"), unless it has a verb in the present or a
// modal: it tells of the time of writing. The parse is not needed
// (Prepare runs before it), so a date that only modifies a noun may date
// its sentence too.
func sentenceDays(text string, sents []model.Sentence, times []when.Expression, ref time.Time) []actor.Dates {
	out := make([]actor.Dates, len(sents))
	var para []time.Time
	breaks, seen, lastPara, k := 0, 0, -1, 0
	for i := range sents {
		s := &sents[i]
		at := max(seen, min(s.Start, len(text)))
		breaks += strings.Count(text[seen:at], "\n")
		seen = at
		if breaks != lastPara {
			lastPara, para = breaks, nil
		}
		for k < len(times) && times[k].Start < s.Start {
			k++
		}
		end, recent := k, false
		for ; end < len(times) && times[end].End <= s.End; end++ {
			recent = recent || !when.Background(times[end], ref)
		}
		var own, aside []time.Time
		opens := end > k && beforeVerb(s.Tokens, times[k].Start)
		if opens {
			own = addDays(own, times[k], ref)
		}
		for j := end - 1; j >= k && !(opens && j == k); j-- {
			if relativeClause(s.Tokens, times[j].Start) {
				aside = addDays(aside, times[j], ref)
			} else {
				own = addDays(own, times[j], ref)
			}
		}
		switch {
		case recent:
			out[i].Also = append(own, aside...)
		case own != nil:
			out[i].Own, out[i].Also = own, aside
			if opens {
				para = own
			}
		case aside != nil:
			out[i].Also = aside
		case !presentOrModal(s.Tokens):
			out[i].Own = para
		}
	}
	return out
}

// addDays appends the middle, the last and the first day of x to days
// when x lies before the week of ref. A year's middle is the likeliest
// day of what it dates, before or after a change the deed itself makes:
// "Iraq invaded Kuwait in 1990" is KWT, not the occupied Kuwait (KWTOCC)
// Phoenix codes from August 1990; "Kosovo declared independence in 2008"
// is KSV, not the UN administration it codes until February 2008.
func addDays(days []time.Time, x when.Expression, ref time.Time) []time.Time {
	if !when.Background(x, ref) {
		return days
	}
	mid := x.From.Add(x.To.Sub(x.From) / 2).Truncate(24 * time.Hour)
	for _, d := range [...]time.Time{mid, x.To, x.From} {
		if !slices.ContainsFunc(days, d.Equal) {
			days = append(days, d)
		}
	}
	return days
}

// relativeClause reports whether a relative pronoun ("who", "which",
// "whose") comes before offset at in its comma-delimited part of toks:
// the time is a relative clause's ("Netanyahu, who first took office in
// 1996, met Biden"), not the sentence's.
func relativeClause(toks []model.Token, at int) bool {
	rel := false
	for _, t := range toks {
		if t.Start >= at {
			break
		}
		switch {
		case t.Form == "," || t.Form == "(" || t.Form == "\u2013" || t.Form == "\u2014":
			rel = false
		case t.XPOS == "WP" || t.XPOS == "WP$" || t.XPOS == "WDT":
			rel = true
		}
	}
	return rel
}

// beforeVerb reports whether no verb of toks begins before offset at.
func beforeVerb(toks []model.Token, at int) bool {
	for _, t := range toks {
		if t.Start >= at {
			return true
		}
		if t.UPOS == "VERB" || t.UPOS == "AUX" {
			return false
		}
	}
	return true
}

// presentOrModal reports a sentence with a verb in the present tense or
// a modal ("says", "are", "will").
func presentOrModal(toks []model.Token) bool {
	for _, t := range toks {
		switch t.XPOS {
		case "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// complex reports a sentence with MaxVerbs verbs the dictionary knows or
// MaxConj conjunctions that join no compound actor.
func (c *Coder) complex(s *model.Sentence, ms []actor.Mention) bool {
	if c.MaxVerbs <= 0 && c.MaxConj <= 0 {
		return false
	}
	verbs, conj := 0, 0
	for k, t := range s.Tokens {
		switch {
		case isVerb(t):
			if len(c.d.Verbs(t.Form)) > 0 || t.Lemma != "" && len(c.d.Verbs(t.Lemma)) > 0 {
				verbs++
			}
		case t.UPOS == "CCONJ":
			if !joinsActors(s.Tokens, ms, k) {
				conj++
			}
		}
	}
	return c.MaxVerbs > 0 && verbs >= c.MaxVerbs || c.MaxConj > 0 && conj >= c.MaxConj
}

// joinsActors reports a conjunction at k between two actor mentions
// that it joins into a compound.
func joinsActors(toks []model.Token, ms []actor.Mention, k int) bool {
	for i := 0; i+1 < len(ms); i++ {
		if ms[i].End <= k && k < ms[i+1].Start && joined(toks, ms[i].End, ms[i+1].Start) {
			return true
		}
	}
	return false
}

// discardActor reports a mention coded "###", which in TABARI
// dictionaries discards its sentence ("USSR [USR <911226] [###]": the
// sentence is not about a current actor).
func discardActor(ms []actor.Mention) bool {
	for _, m := range ms {
		if m.Code == "###" {
			return true
		}
	}
	return false
}

// short reports a sentence of fewer than MinWords words.
func (c *Coder) short(text string, s *model.Sentence) bool {
	if c.MinWords <= 0 || s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return false
	}
	n := 0
	in := false
	for i := s.Start; i < s.End && n < c.MinWords; i++ {
		sp := text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n < c.MinWords
}

// forward gives the first pronoun of a sentence that stands before every
// actor mention of it, and that nothing resolved, the actor fw.
func forward(s *model.Sentence, ms []actor.Mention, fw model.Actor) []actor.Mention {
	for i, t := range s.Tokens {
		if len(ms) > 0 && ms[0].Start <= i {
			return ms
		}
		switch strings.ToUpper(t.Form) {
		case "HE", "SHE", "IT", "THEY":
		default:
			continue
		}
		m := actor.Mention{Actor: fw, Start: i, End: i + 1, Head: i, Kind: actor.Pronoun}
		m.Span = t.Span
		m.Entry = "forwarded from the story's previous sentence: " + fw.Code
		return append([]actor.Mention{m}, ms...)
	}
	return ms
}

// discards reads the discard phrases of every sentence once: it reports
// whether a story-level phrase occurs (the story is not coded) and, per
// sentence, whether a sentence-level one does (the sentence is not
// coded). Phrases that only date the past do not count.
// It also returns every sentence's words upper-cased, which the coder
// reuses.
func (c *Coder) discards(sents []model.Sentence) (story bool, sent []bool, up [][]string) {
	sent = make([]bool, len(sents))
	up = make([][]string, len(sents))
	for i, s := range sents {
		w := make([]string, 0, min(len(s.Tokens), maxTokens))
		for _, t := range s.Tokens[:min(len(s.Tokens), maxTokens)] {
			w = append(w, strings.ToUpper(t.Form))
		}
		up[i] = w
		for k := range w {
			x, _, ok := c.d.Discard(w[k:])
			if !ok || temporal(x) {
				continue
			}
			if x.Story {
				return true, nil, nil
			}
			sent[i] = true
		}
	}
	return false, sent, up
}

// temporal reports a discard phrase that only says the sentence is about
// the past ("1986", "years ago", "the Second World War"): PETRARCH drops
// such sentences, casus
// codes them with their own date and marks them background.
func temporal(x dict.Discard) bool {
	if len(x.Words) == 0 {
		return false
	}
	switch x.Words[len(x.Words)-1] {
	case "AGO", "LATER", "EARLIER":
		return true
	}
	// "the Second World War", "post World War II": a past war named
	// dates what it is said of, as a year does.
	for i := 0; i+1 < len(x.Words); i++ {
		if x.Words[i] == "WORLD" && x.Words[i+1] == "WAR" {
			return true
		}
	}
	for _, w := range x.Words {
		for i := 0; i < len(w); i++ {
			if w[i] < '0' || w[i] > '9' {
				return false
			}
		}
	}
	return true
}

// article is the state of one Code call.
type article struct {
	c        *Coder
	text     string
	ref      time.Time
	quotes   []model.Quote
	framing  []model.FramingMark
	times    []when.Expression
	paraDate *when.Expression
	// storyDay is the recent day the story's lede names (see
	// setStoryDay), the date of events no time expression dates.
	storyDay  *when.Expression
	timeHeads []int // scratch for timeClauses
	seen      map[string]bool
	events    []model.Event
	dateline  *place.Place
	// from is the first token of the current sentence that may code: the
	// token after a headline glued to its lede (headlineEnd), else 0.
	from int
	// locs caches the places of the current sentence's clauses.
	locs map[locKey]*model.Place
	w    words
	t    tree
	// speech flags, per event of the current sentence, a statement
	// coded from a reporting verb.
	speech []bool
	// sub flags, per event of the current sentence, an event coded from
	// a subordinate verb (see subordinate).
	sub  []bool
	toks []model.Token // the current sentence's tokens
	// mentions are the actor mentions of every sentence of the article,
	// si the index of the current sentence.
	mentions [][]actor.Mention
	si       int
	// paraAt is the first sentence of the current sentence's paragraph.
	paraAt int
	// storyAt is the first sentence of the current story and storyEvents
	// the number of events coded before it: context finders look no
	// further back (see storyStart).
	storyAt, storyEvents int
	// sentEvents holds, for each sentence read so far, the number of
	// events coded before it.
	sentEvents []int
	// ents are the article's names, in text order (see words.name).
	ents []model.Entity
}

// clause is what the coder knows about one coded verb.
type clause struct {
	v, vEnd int // the verb's tokens [v, vEnd)
	lo, hi  int // the clause window
	block   *dict.VerbBlock
	verb    *dict.Verb
	code    string // the event's code, "" for none
	rev     string // the code of the reverse event (target to source) of "[A:B]"
	pattern string
	entries []string
	score   int
	m       match
	passive bool
	dep     bool // the parse around the verb is plausible
	sub     bool // the verb is subordinate: it modifies a noun or completes another verb
	charge  bool // the verb denies a charge named before its subject (deniedCharge)
	forces  bool // a country source acts through its military (a demonstration)
	src     int  // index in mentions, -1 none
	tgt     int
}

const maxTokens = actor.MaxTokens

// sentence codes the events of one sentence with its actor mentions ms
// and upper-cased words up: it reads the sentence's words, sets aside a
// headline glued to its lede, codes each verb the dictionaries know
// (codeVerbs), then keeps the events the sentence's reading allows and
// adds those of the sentence as a whole (settle).
func (a *article) sentence(s *model.Sentence, ms []actor.Mention, up []string) {
	toks := s.Tokens
	if len(toks) > maxTokens {
		toks = toks[:maxTokens]
	}
	if len(toks) == 0 {
		return
	}
	a.readWords(toks, up)
	sentTimes := a.timesIn(s.Span)
	a.setParaDate(toks, sentTimes)
	ms = a.afterHeadline(toks, ms)
	if len(ms) == 0 {
		return
	}
	a.markActors(toks, ms)
	if !a.c.stems {
		// TABARI gives an agent only to the member it is written
		// with.
		ms = spreadAgent(toks, ms)
	}
	says := a.speakers(toks, ms)
	first, nouns := a.codeVerbs(s, toks, ms, says, sentTimes)
	a.settle(s, toks, ms, says, sentTimes, first, nouns)
}

// readWords sets the article's per-sentence word tables for toks (upper
// case, lemmas, auxiliaries, names) and resets its parse tree and cached
// places.
func (a *article) readWords(toks []model.Token, up []string) {
	a.w.up = up
	a.w.lem = a.w.lem[:0]
	a.w.aux = a.w.aux[:0]
	for i, t := range toks {
		a.w.aux = append(a.w.aux, t.UPOS == "AUX" || t.UPOS == "PART")
		l := t.Lemma
		if l == "" || l == t.Form {
			a.w.lem = append(a.w.lem, up[i])
			continue
		}
		a.w.lem = append(a.w.lem, strings.ToUpper(l))
	}
	a.toks = toks
	a.markNames(toks)
	a.t.reset(toks)
	a.t.namesFirst = a.c.stems
	clear(a.locs)
}

// setParaDate makes the sentence's own explicit past date, in its main
// clause, the date of the rest of its paragraph.
func (a *article) setParaDate(toks []model.Token, sentTimes []when.Expression) {
	for i := range sentTimes {
		if when.Background(sentTimes[i], a.ref) && a.mainClauseTime(toks, sentTimes[i]) {
			x := sentTimes[i]
			a.paraDate = &x
			break
		}
	}
}

// afterHeadline sets a.from to the first token after a headline glued to
// the lede it heads ("Lankan president accepts invitation COLOMBO: Sri
// Lankan President ... has accepted", which repeats the lede in short;
// only the lede codes) and returns the mentions from there on.
func (a *article) afterHeadline(toks []model.Token, ms []actor.Mention) []actor.Mention {
	a.from = headlineEnd(toks) + 1
	if a.from > 0 {
		kept := ms[:0:0]
		for _, m := range ms {
			if m.Start >= a.from {
				kept = append(kept, m)
			}
		}
		ms = kept
	}
	return ms
}

// markActors flags the tokens of toks inside an actor mention (a.w.act)
// and inside a mention listed together with another (a.w.comp).
func (a *article) markActors(toks []model.Token, ms []actor.Mention) {
	a.w.comp = a.w.comp[:0]
	a.w.act = a.w.act[:0]
	for range toks {
		a.w.comp = append(a.w.comp, false)
		a.w.act = append(a.w.act, false)
	}
	for i := range ms {
		for k := ms[i].Start; k < ms[i].End && k < len(toks); k++ {
			a.w.act[k] = true
		}
		if i > 0 && together(toks, ms[i-1], ms[i]) || i+1 < len(ms) && together(toks, ms[i], ms[i+1]) {
			for k := ms[i].Start; k < ms[i].End && k < len(toks); k++ {
				a.w.comp[k] = true
			}
		}
	}
}

// speakers returns the reporting verbs of the sentence from a.from on,
// with their speaker.
func (a *article) speakers(toks []model.Token, ms []actor.Mention) []say {
	var says []say
	for v := a.from; v < len(toks); v++ {
		if !isVerb(toks[v]) {
			continue
		}
		if sayLemmas[a.w.lem[v]] {
			if src := a.source(toks, ms, v); src >= 0 {
				says = append(says, say{v: v, who: src})
			}
		}
	}
	return says
}

// codeVerbs codes each verb of the sentence from a.from on that a verb
// dictionary knows, unless its words show it is no predicate (an
// adjective, a name, a charge's gerund...). It returns the index of the
// sentence's first event and the starts of the verb words the tagger
// took for nouns.
func (a *article) codeVerbs(s *model.Sentence, toks []model.Token, ms []actor.Mention, says []say, sentTimes []when.Expression) (int, []int) {
	first := len(a.events)
	a.speech = a.speech[:0]
	a.sub = a.sub[:0]
	var prev []*clause // clauses coded so far whose patterns used words
	var nouns []int    // starts of TABARI verb words the tagger took for nouns
	for v := a.from; v < len(toks); v++ {
		noun := !isVerb(toks[v]) && !mistaggedInfinitive(toks, v)
		if noun && !a.c.stems || adjectival(toks, v) || goingTo(toks, v) || prepositional(toks, v) || usedBy(prev, v) || naming(toks, a.w.lem, v) || soCalled(toks, v) || extraposed(toks, v) || a.predication(toks, v) || a.changeOfAmount(toks, v) || anonymity(toks, v) || compoundHalf(toks, v) {
			continue
		}
		// "was in an accord with": a word the tagger took for a noun
		// right after an article is one.
		if noun && v > 0 && isArticle(toks[v-1]) {
			continue
		}
		cl, ok := a.verb(toks, v)
		if !ok || noun && !nounVerb(cl) && !afterActor(toks, ms, v) {
			continue
		}
		// "blaming Pakistan for backing militants", "an officer accused
		// of attacking officials": the charge is the event; only a
		// use of force or coercion it names with an accuser is one of its own.
		charged, accuser := a.chargedDeed(v)
		if charged && (!accuser || !forceCode(cl.code)) {
			continue
		}
		if cl.m.n > 0 && a.c.stems {
			prev = append(prev, cl)
		}
		// "a swap mediated by Qatar": a participle with an agent that
		// mediates (045) reports the agent's deed. So does the use of
		// force an accuser charges ("Pakistan accused India of attacking
		// Pakistani soldiers"): the deed is the accused's event, claimed
		// by the accuser, beside the accusation, wherever the parse hung
		// the gerund.
		cl.sub = a.subordinate(v) && !cl.charge && !(charged && accuser) && !(strings.HasPrefix(cl.code, "045") && a.agentParticiple(v))
		if noun && !afterActor(toks, ms, v) {
			nouns = append(nouns, toks[v].Start)
		}
		a.code(s, toks, ms, cl, says, sentTimes)
	}
	return first, nouns
}

// settle keeps, of the sentence's events from first on, those the
// Coder's CodeBy and the sentence as a whole allow (no noun taken for a
// verb, no statement beside its content, no complement beside its
// governor, no bare appeal beside a specific one), and adds the events
// of the sentence as a whole: demands, charges, nominal events.
func (a *article) settle(s *model.Sentence, toks []model.Token, ms []actor.Mention, says []say, sentTimes []when.Expression, first int, nouns []int) {
	switch a.c.CodeBy {
	case CodeAll:
		return
	case CodeSentence:
		a.keepFirst(first)
		return
	}
	a.dropNouns(first, nouns)
	a.dropSpeech(first)
	a.dropComplements(first, toks)
	a.dropBareAppeals(first)
	if !a.c.stems {
		a.endDemand(s, toks, ms, says, sentTimes, first)
		a.toldDemand(s, toks, ms, says, sentTimes, first)
		a.viewedAs(s, toks, ms, says, sentTimes, first)
		a.saidFalse(s, toks, ms, says, sentTimes, first)
		a.abuseCharge(s, toks, ms, says, sentTimes, first)
		a.borderBuildup(s, toks, ms, says, sentTimes, first)
		a.nominals(s, toks, ms, says, sentTimes)
	}
}

// dropBareAppeals removes, from the events of the current sentence
// (from first on), an unspecified appeal (020) whose source and target
// another event of the sentence appeals to more specifically ("called
// for restraint and urged all parties to avoid escalation": the call for
// de-escalation, 0256, is what the urging asks as well; "urged Peru to
// release the prisoners and called on it to act" is 0253 alone).
func (a *article) dropBareAppeals(first int) {
	specific := func(e *model.Event) bool {
		if e.Source == nil || e.Target == nil || e.Code == "020" || !strings.HasPrefix(e.Code, "02") {
			return false
		}
		return true
	}
	drop := func(e *model.Event) bool {
		if e.Code != "020" || e.Source == nil || e.Target == nil {
			return false
		}
		for j := first; j < len(a.events); j++ {
			o := &a.events[j]
			if specific(o) && o.Source.Code == e.Source.Code && o.Target.Code == e.Target.Code {
				return true
			}
		}
		return false
	}
	out := a.events[:first]
	keep := make([]model.Event, 0, len(a.events)-first)
	for i := first; i < len(a.events); i++ {
		e := &a.events[i]
		if drop(e) {
			delete(a.seen, e.Source.Code+"|"+e.Target.Code+"|"+e.Code+"|"+e.Date.String())
			continue
		}
		keep = append(keep, *e)
	}
	a.events = append(out, keep...)
}

// dropComplements removes the events of the current sentence (from
// first on) coded from a verb that completes another verb whose events
// stay ("called on Gondor to be allowed to leave Lorien": the call, not
// the leaving), following xcomp links up the parse.
func (a *article) dropComplements(first int, toks []model.Token) {
	if !a.t.ok || len(a.events)-first < 2 {
		return
	}
	at := func(e *model.Event) int {
		for k := range toks {
			if toks[k].Start == e.Evidence.Predicate.Start {
				return k
			}
		}
		return -1
	}
	preds := make(map[int]bool, len(a.events)-first)
	for i := first; i < len(a.events); i++ {
		if k := at(&a.events[i]); k >= 0 {
			preds[k] = true
		}
	}
	drop := func(e *model.Event) bool {
		k := at(e)
		for steps := 0; k >= 0 && steps < 8 && base(a.t.rel[k]) == "xcomp"; steps++ {
			k = a.t.head[k]
			if preds[k] {
				return true
			}
		}
		return false
	}
	out := a.events[:first]
	speech, sub := a.speech[:0], a.sub[:0]
	changed := false
	for i := first; i < len(a.events); i++ {
		e := &a.events[i]
		if drop(e) {
			delete(a.seen, e.Source.Code+"|"+e.Target.Code+"|"+e.Code+"|"+e.Date.String())
			changed = true
			continue
		}
		speech, sub = append(speech, a.speech[i-first]), append(sub, a.sub[i-first])
		out = append(out, *e)
	}
	if changed {
		a.events, a.speech, a.sub = out, speech, sub
	}
}

// keepFirst keeps, of the current sentence's events (from first on),
// those of the first verb that coded.
func (a *article) keepFirst(first int) {
	if len(a.events)-first < 2 {
		return
	}
	p := a.events[first].Evidence.Predicate.Start
	out := a.events[:first]
	speech, sub := a.speech[:0], a.sub[:0]
	for i := first; i < len(a.events); i++ {
		e := &a.events[i]
		if e.Evidence.Predicate.Start != p {
			delete(a.seen, e.Source.Code+"|"+e.Target.Code+"|"+e.Code+"|"+e.Date.String())
			continue
		}
		speech, sub = append(speech, a.speech[i-first]), append(sub, a.sub[i-first])
		out = append(out, *e)
	}
	a.events, a.speech, a.sub = out, speech, sub
}

// dropNouns removes the events of the current sentence (from first on)
// coded from TABARI verb words the tagger took for nouns (the predicates
// starting at the byte offsets in nouns) when another verb of the
// sentence codes an event: "an anti- Gondor parade" is the event of
// "participated in" only when that verb codes none.
func (a *article) dropNouns(first int, nouns []int) {
	if len(nouns) == 0 {
		return
	}
	isNoun := func(e *model.Event) bool { return slices.Contains(nouns, e.Evidence.Predicate.Start) }
	other := false
	for i := first; i < len(a.events); i++ {
		other = other || !isNoun(&a.events[i])
	}
	if !other {
		return
	}
	out := a.events[:first]
	speech, sub := a.speech[:0], a.sub[:0]
	for i := first; i < len(a.events); i++ {
		e := &a.events[i]
		if isNoun(e) {
			delete(a.seen, e.Source.Code+"|"+e.Target.Code+"|"+e.Code+"|"+e.Date.String())
			continue
		}
		speech, sub = append(speech, a.speech[i-first]), append(sub, a.sub[i-first])
		out = append(out, *e)
	}
	a.events, a.speech, a.sub = out, speech, sub
}

// dropSpeech keeps the main events of the sentence whose events start
// at first. The statement events (CAMEO 010-019 from a reporting verb)
// go when the sentence codes another event: by PETRARCH's convention
// "Rama said Iran attacked" is the attack, claimed by Rama, not a
// statement. Events of subordinate verbs ("the talks hosted by Turkey")
// go when a main predicate of the sentence codes an event: a sentence
// reports what its main clauses say.
func (a *article) dropSpeech(first int) {
	other, main := false, false
	for i := first; i < len(a.events); i++ {
		other = other || !a.speech[i-first]
		main = main || !a.sub[i-first]
	}
	// A statement more specific than a plain one (a denial, 016) gives
	// way only to an event that stays: "The UAE denies arming the RSF"
	// keeps the denial, and its subordinate "arming" goes.
	stays := false
	for i := first; i < len(a.events); i++ {
		stays = stays || !a.speech[i-first] && !(main && a.sub[i-first])
	}
	if !other && !main {
		return
	}
	out := a.events[:first]
	for i := first; i < len(a.events); i++ {
		e := &a.events[i]
		disp := other
		if e.Code != "010" {
			disp = stays
		}
		if disp && a.speech[i-first] || main && a.sub[i-first] {
			delete(a.seen, e.Source.Code+"|"+e.Target.Code+"|"+e.Code+"|"+e.Date.String())
			continue
		}
		out = append(out, a.events[i])
	}
	a.events = out
}

// markNames fills a.w.name and a.w.glued for the sentence toks (see
// words).
func (a *article) markNames(toks []model.Token) {
	a.w.name = a.w.name[:0]
	a.w.glued = a.w.glued[:0]
	for k, t := range toks {
		a.w.name = append(a.w.name, 0)
		a.w.glued = append(a.w.glued, k > 1 && (t.XPOS == "VBN" || t.XPOS == "VBG") && toks[k-1].XPOS == "HYPH" &&
			toks[k-1].End == t.Start && toks[k-2].End == toks[k-1].Start && isWordToken(toks[k-2]) ||
			attributive(toks, k))
	}
	if len(toks) == 0 {
		return
	}
	lo, hi := toks[0].Start, toks[len(toks)-1].End
	var id int16
	for _, e := range a.ents {
		if e.End <= lo || e.Start >= hi {
			continue
		}
		switch e.Kind {
		case model.Person, model.Organization, model.Location:
		default:
			continue
		}
		id++
		for k, t := range toks {
			if t.Start >= e.Start && t.End <= e.End {
				a.w.name[k] = id
			}
		}
	}
}

// attributive reports an -ing participle at k right after a verb of
// telling and before a noun: the verb takes a person and no deed as its
// object, so the participle is the object's adjective ("told visiting
// officials", "warned departing crews"), neither a predicate nor a
// pattern's noun.
func attributive(toks []model.Token, k int) bool {
	if toks[k].XPOS != "VBG" || k == 0 || k+1 >= len(toks) || !isVerb(toks[k-1]) || !tellLemmas[strings.ToLower(toks[k-1].Lemma)] {
		return false
	}
	switch toks[k+1].UPOS {
	case "NOUN", "PROPN", "ADJ":
		return true
	}
	return false
}

// relativeVerb reports a verb at v right after a relative pronoun
// subject and its auxiliaries ("who are suing", "that attacked").
func relativeVerb(toks []model.Token, v int) bool {
	k := v - 1
	for k >= 0 && (toks[k].UPOS == "AUX" || toks[k].UPOS == "ADV" || toks[k].UPOS == "PART") {
		k--
	}
	if k < 0 {
		return false
	}
	switch strings.ToLower(toks[k].Form) {
	case "who", "which", "that":
		return toks[k].XPOS == "WP" || toks[k].XPOS == "WDT"
	}
	return false
}

// isWordToken reports a token that is a word: a noun, name, adjective,
// number or adverb ("ad" in "ad-funded", "state" in "state-owned").
func isWordToken(t model.Token) bool {
	switch t.UPOS {
	case "NOUN", "PROPN", "ADJ", "NUM", "ADV":
		return true
	}
	return false
}

// adjectival reports a participle used as an adjective before a noun
// ("the exiled Iranian opposition", "an armed group", an adverb in
// "-ly" between: "a newly elected parliament"), or joined by a
// hyphen to the common noun it governs ("a survival-threatening
// situation", "life-saving aid"), or after a verb of telling ("told
// visiting officials", attributive): not a predicate.
func adjectival(toks []model.Token, v int) bool {
	x := toks[v].XPOS
	if x != "VBN" && x != "VBG" || v == 0 || v+1 >= len(toks) {
		return false
	}
	if v > 1 && toks[v-1].XPOS == "HYPH" && (toks[v-2].UPOS == "NOUN" || toks[v-2].UPOS == "PROPN") && toks[v-1].End == toks[v].Start && toks[v-2].End == toks[v-1].Start {
		switch toks[v+1].UPOS {
		case "NOUN", "PROPN", "ADJ", "PUNCT":
			return true
		}
	}
	if attributive(toks, v) {
		return true
	}
	// "bomber and remotely piloted aircraft", "a newly elected
	// parliament": an adverb on the participle stands between.
	if v > 1 && toks[v-1].UPOS == "ADV" && strings.HasSuffix(strings.ToLower(toks[v-1].Form), "ly") {
		switch toks[v-2].UPOS {
		case "DET", "ADJ", "ADP", "NUM", "CCONJ":
			switch toks[v+1].UPOS {
			case "NOUN", "PROPN":
				return true
			}
		}
	}
	switch toks[v-1].UPOS {
	case "DET", "ADJ", "ADP", "NUM":
	case "PRON":
		if toks[v-1].XPOS != "PRP$" {
			return false
		}
	default:
		return false
	}
	switch toks[v+1].UPOS {
	case "NOUN", "PROPN", "ADJ":
		return true
	}
	// "the stepped up rivalry": a phrasal participle's particle
	// between it and its noun.
	if x == "VBN" && v+2 < len(toks) && (toks[v+1].UPOS == "ADP" || toks[v+1].UPOS == "PART") && toks[v+2].UPOS == "NOUN" {
		switch strings.ToLower(toks[v+1].Form) {
		case "up", "down", "out", "off":
			return true
		}
	}
	return false
}

// compoundHalf reports a verb written as the second half of a hyphenated
// word whose first half is a word of manner or degree ("ill-advised",
// "strong-arm", "well-armed", "self-declared"): the compound is a word of
// its own, no act of the verb.
func compoundHalf(toks []model.Token, v int) bool {
	if v < 2 || toks[v-1].XPOS != "HYPH" || toks[v-1].End != toks[v].Start || toks[v-2].End != toks[v-1].Start {
		return false
	}
	return compoundFirst[strings.ToLower(toks[v-2].Form)]
}

// compoundFirst are the first halves of hyphenated adjectives and verbs
// that make a word of their own of a verb (lower case).
var compoundFirst = map[string]bool{
	"ill": true, "well": true, "strong": true, "hard": true, "short": true,
	"self": true, "half": true, "long": true, "much": true, "little": true,
}

// extraposed reports a present participle that is an adjective after
// "it" and a form of "be" and before the clause it judges ("it's
// striking that ...", "it is alarming how ...", "it was shocking to
// see ..."): a comment on a fact, no act of the participle's verb.
func extraposed(toks []model.Token, v int) bool {
	if v < 2 || v+1 >= len(toks) || toks[v].XPOS != "VBG" {
		return false
	}
	if !strings.EqualFold(toks[v-2].Form, "it") || !strings.EqualFold(toks[v-1].Lemma, "be") {
		return false
	}
	switch strings.ToLower(toks[v+1].Form) {
	case "that", "how":
		return true
	}
	return false
}

// isArticle reports "a", "an" or "the".
func isArticle(t model.Token) bool {
	switch strings.ToLower(t.Form) {
	case "a", "an", "the":
		return true
	}
	return false
}

// nounVerb reports whether a TABARI verb word the tagger did not take
// for a verb codes anyway: TABARI finds verbs by dictionary, not by
// part of speech, so "raised its voice for Bree" is VOICE with the
// pattern "- RECENTLY {RAISED | OTTERED} ITS *". Only a pattern with
// words before the word vouches for it; a bare noun is no predicate.
func nounVerb(cl *clause) bool {
	return cl.m.p != nil && cl.score > 0 && len(cl.m.p.Before) > 0
}

// spreadAgent gives the agent of "lawmakers in Fornost and Gondor" and
// "the ambassadors of Arnor, Osgiliath and Gondor" to every country of the
// compound: the agent named first, then "in" or "of" and the country,
// then countries joined to it; bare agents joined before the agent take
// its countries too ("lawmakers and officials in Fornost and Gondor"). It
// returns ms, or a changed copy.
func spreadAgent(toks []model.Token, ms []actor.Mention) []actor.Mention {
	var out []actor.Mention
	for i := 0; i+1 < len(ms); i++ {
		m := ms[i]
		if m.Kind != actor.Named || m.Agent == "" || len(m.Country) != 3 || !strings.HasPrefix(m.Code, m.Country) || len(m.Code) <= 3 {
			continue
		}
		of := false
		for k := m.Start + 1; k < m.End-1 && k < len(toks); k++ {
			if f := strings.ToLower(toks[k].Form); f == "in" || f == "of" {
				of = true
			}
		}
		if !of {
			continue
		}
		countries := []string{m.Country}
		for j := i + 1; j < len(ms) && joined(toks, ms[j-1].End, ms[j].Start); j++ {
			n := ms[j]
			if n.Kind != actor.Named || n.Agent != "" || len(n.Code) != 3 || n.Code != n.Country {
				break
			}
			if out == nil {
				out = append([]actor.Mention(nil), ms...)
			}
			out[j].Code = dict.Combine(n.Code, "~"+m.Code[3:])
			countries = append(countries, n.Code)
		}
		// "Lawmakers and officials in Fornost and Gondor": bare agents
		// joined before it are of the same countries, one actor each
		// (a group code, "FORLEG/GONLEG").
		for j := i - 1; j >= 0 && ms[j].Kind == actor.Agent && joined(toks, ms[j].End, ms[j+1].Start); j-- {
			a := ms[j].Code
			if ms[j].Country != "" {
				a = strings.TrimPrefix(a, ms[j].Country)
			} else {
				a = strings.TrimLeft(a, "-~")
			}
			if a == "" {
				break
			}
			codes := make([]string, len(countries))
			for k, c := range countries {
				codes[k] = dict.Combine(c, "~"+a)
			}
			if out == nil {
				out = append([]actor.Mention(nil), ms...)
			}
			out[j].Code, out[j].Country = strings.Join(codes, "/"), m.Country
		}
	}
	if out == nil {
		return ms
	}
	return out
}

// usedBy reports a word that the pattern of an earlier verb matched
// ("SUGGESTED * DEMAND CONVENTIONS" of "should"): part of that verb's
// event, not a predicate of its own, as TABARI reads its dictionaries
// (only TABARI clauses are passed: PETRARCH-2 codes every verb phrase,
// and "hoped to visit Tehran" is a visit).
func usedBy(cls []*clause, v int) bool {
	for _, cl := range cls {
		if cl.m.uses(v) {
			return true
		}
	}
	return false
}

// afterActor reports a word right after an actor mention (adverbs may
// stand between), where TABARI, which finds verbs by dictionary, reads a
// verb the tagger took for a noun: "Estonia act on a resolution". A
// possessor is no subject ("Iran's deal").
func afterActor(toks []model.Token, ms []actor.Mention, v int) bool {
	k := v
	for k > 0 && toks[k-1].UPOS == "ADV" {
		k--
	}
	for _, m := range ms {
		if m.End == k && m.End > m.Start && m.Start < len(toks) {
			last := toks[m.End-1]
			return last.XPOS != "PRP$" && last.XPOS != "POS" && !strings.HasSuffix(last.Form, "'s") && !strings.HasSuffix(last.Form, "’s") &&
				clauseStart(toks, m.Start)
		}
	}
	return false
}

// clauseStart reports a token that begins a clause: the sentence's
// first, or one after a comma, a semicolon or a conjunction (not a
// modifier: "an anti- Gondor parade").
func clauseStart(toks []model.Token, k int) bool {
	if k == 0 {
		return true
	}
	p := toks[k-1]
	return p.Form == "," || p.Form == ";" || p.UPOS == "CCONJ" || p.UPOS == "SCONJ"
}

// goingTo reports the "going" of a future "is going to expel": no
// movement, and no predicate of its own.
func goingTo(toks []model.Token, v int) bool {
	return v+2 < len(toks) && strings.EqualFold(toks[v].Form, "going") &&
		strings.EqualFold(toks[v+1].Form, "to") && toks[v+2].XPOS == "VB"
}

// namingLemmas name or describe something (upper-case lemmas).
var namingLemmas = map[string]bool{"CALL": true, "DESCRIBE": true, "TERM": true, "DUB": true, "LABEL": true}

// naming reports a verb at v by which an actor, a pronoun for the actor
// of the clause around it, names its own deed in a free relative: "North
// Korea test-fired what it called a new missile" is no call and no
// description of anyone. Another actor's words ("what Turkey called a
// provocation") are its reaction, and stay.
func naming(toks []model.Token, lem []string, v int) bool {
	if !namingLemmas[lem[v]] || v < 2 || !strings.EqualFold(toks[v-2].Form, "what") {
		return false
	}
	return toks[v-1].UPOS == "PRON" && toks[v-1].XPOS == "PRP"
}

// predicationLemmas hold or put something as something (upper-case
// lemmas).
var predicationLemmas = map[string]bool{
	"SEE": true, "VIEW": true, "REGARD": true, "CONSIDER": true, "DEEM": true,
	"SERVE": true, "PERCEIVE": true,
}

// predication reports a verb at v that, by a usable parse, only says what
// something is or is held to be: a role or judgement introduced by "as"
// ("territories seen as pivotal", "was serving as the president's
// physician", "viewed the move as a violation"), or a small clause of a
// verb of judgement ("considers the settlements illegal"). It observes,
// consults or serves no one.
func (a *article) predication(toks []model.Token, v int) bool {
	t := &a.t
	if !t.ok || !predicationLemmas[a.w.lem[v]] {
		return false
	}
	for _, c := range t.kids[v] {
		switch base(t.rel[c]) {
		case "obl", "advcl", "xcomp", "nmod":
			for _, x := range t.kids[c] {
				if (base(t.rel[x]) == "case" || base(t.rel[x]) == "mark") && a.w.up[x] == "AS" {
					return true
				}
			}
			if base(t.rel[c]) == "xcomp" && (a.w.lem[v] == "CONSIDER" || a.w.lem[v] == "DEEM") &&
				(toks[c].UPOS == "ADJ" || toks[c].UPOS == "NOUN" || a.xpos(c) == "VBN") {
				return true
			}
		}
	}
	return false
}

// anonymity reports a verb at v by which a source only asks to go
// unnamed ("a refugee who asked not to be identified", "spoke on
// condition of anonymity"): no appeal to, or talk with, anyone the
// sentence names.
func anonymity(toks []model.Token, v int) bool {
	at := func(k int, words ...string) bool {
		if k+len(words) > len(toks) {
			return false
		}
		for i, w := range words {
			if !strings.EqualFold(toks[k+i].Form, w) {
				return false
			}
		}
		return true
	}
	if at(v+1, "on", "condition", "of", "anonymity") || at(v+1, "anonymously") {
		return true
	}
	if !at(v+1, "not", "to", "be") || v+4 >= len(toks) {
		return false
	}
	switch strings.ToLower(toks[v+4].Form) {
	case "named", "identified", "quoted":
		return true
	}
	return false
}

// changeOfAmount reports a "go" at v that, by a usable parse, only
// measures a change of amount ("going from 175 gigawatts to 450",
// "went up to 5 percent", "the rate is going up."): no one goes
// anywhere.
func (a *article) changeOfAmount(toks []model.Token, v int) bool {
	if a.w.lem[v] != "GO" || v+1 >= len(toks) {
		return false
	}
	w := strings.ToLower(toks[v+1].Form)
	switch w {
	case "from", "to", "up", "down":
	default:
		return false
	}
	// "the morbidity rate is going up, ...", "prices went down sharply":
	// up or down and nothing it goes to.
	if (w == "up" || w == "down") && (v+2 >= len(toks) || toks[v+2].UPOS == "PUNCT" || toks[v+2].UPOS == "CCONJ" || toks[v+2].UPOS == "ADV") {
		return true
	}
	for k := v + 2; k < len(toks) && k <= v+4; k++ {
		if toks[k].UPOS == "NUM" {
			return true
		}
	}
	return false
}

// soCalled reports the participle of "so-called" written as three
// tokens ("the so-called Lazarus Group"): a label for the noun after it,
// no act of calling.
func soCalled(toks []model.Token, v int) bool {
	return v >= 2 && toks[v].Form != "" && strings.EqualFold(toks[v].Form, "called") &&
		toks[v-1].Form == "-" && strings.EqualFold(toks[v-2].Form, "so")
}

type say struct{ v, who int }

// verb looks the verb at v up and matches its patterns.
func (a *article) verb(toks []model.Token, v int) (*clause, bool) {
	refs := a.verbRefs(toks, v)
	if len(refs) == 0 {
		return nil, false
	}
	cl := a.pickVerb(refs, v)
	if cl.verb == nil {
		return nil, false
	}
	a.setWindow(toks, cl)
	a.matchPatterns(toks, cl, refs)
	if !a.keepCode(toks, cl) {
		return nil, false
	}
	src := cmp.Or(cl.verb.Source, cl.block.Source, "verbs")
	cl.entries = append(cl.entries, fmt.Sprintf("verb %s in block %s (%s:%d): %s", cl.verb.Word, cl.block.Name, src, cl.verb.Line, cl.pattern))
	return cl, true
}

// verbRefs returns the verb dictionary's listings of the word at v: by
// its form, else its lemma, else (coding as TABARI does) the longest
// stem it begins with or a closed verb with a regular ending.
func (a *article) verbRefs(toks []model.Token, v int) []dict.VerbRef {
	d := a.c.d
	refs := d.Verbs(toks[v].Form)
	if len(refs) == 0 && toks[v].Lemma != "" {
		refs = d.Verbs(toks[v].Lemma)
	}
	if len(refs) == 0 && a.c.stems {
		// The longest stem the word begins with, or a verb written
		// closed ("DEPART_") with a regular ending ("departen").
		up := a.w.up[v]
		for n := len(up) - 1; n >= 3 && len(refs) == 0; n-- {
			for _, r := range d.Verbs(up[:n]) {
				if slices.Contains(r.Verb.Stems, up[:n]) || !r.Verb.Exact && r.Verb.Word == up[:n] && regularEnding(up[n:]) {
					refs = append(refs, r)
				}
			}
		}
	}
	return refs
}

// pickVerb returns a clause for the verb at v with the listing of refs
// it is: a multi-word verb whose other words are there before a single
// word, and a verb written as this very word before one it is a form of.
// Its verb is nil when none fits.
func (a *article) pickVerb(refs []dict.VerbRef, v int) *clause {
	cl := &clause{v: v, vEnd: v + 1, src: -1, tgt: -1}
	// Prefer a multi-word verb whose other words are there ("cut off",
	// "took in").
	for _, r := range refs {
		vb := r.Verb
		if vb.Exact && a.w.up[v] != vb.Word {
			continue
		}
		if len(vb.Before) == 0 && len(vb.After) == 0 {
			// A verb written as this very word ("ATTACKED" beside
			// "ATTACK") before one it is a form of.
			if cl.verb == nil || vb.Word == a.w.up[v] && cl.verb.Word != a.w.up[v] && len(cl.verb.Before)+len(cl.verb.After) == 0 {
				cl.block, cl.verb = r.Block, vb
			}
			continue
		}
		end, ok := a.multi(vb, v)
		if ok && (cl.verb == nil || len(cl.verb.Before)+len(cl.verb.After) < len(vb.Before)+len(vb.After)) {
			cl.block, cl.verb, cl.vEnd = r.Block, vb, end
		}
	}
	return cl
}

// setWindow sets the clause's window [lo, hi): by word order, widened to
// the parse's reach of the verb where the parse is plausible, and ended
// by a comma that closes the verb's clause.
func (a *article) setWindow(toks []model.Token, cl *clause) {
	v := cl.v
	cl.lo, cl.hi = a.window(toks, v, cl.vEnd)
	if a.depPlausible(v) {
		cl.dep = true
		cl.hi = max(a.depReach(v, cl.hi), cl.vEnd)
	}
	if c := closingComma(toks, v); c >= cl.vEnd && c < cl.hi {
		cl.hi = c
	}
}

// matchPatterns sets the clause's code from the verb's bare code, or
// from its best pattern in any block that lists it (blockMatch); a deed
// a verb of saying's pattern finds after "must" is a demand.
func (a *article) matchPatterns(toks []model.Token, cl *clause, refs []dict.VerbRef) {
	v := cl.v
	code := cl.verb.Code
	if code == "" {
		code = cl.block.Code
	}
	cl.code, cl.rev, _ = strings.Cut(code, ":")
	cl.pattern = cl.verb.Word + " [" + code + "]"
	// A verb the dictionary lists in more than one block ("REOPEN" in
	// RE_ESTABLISH and in START) has its code without a pattern from its
	// first listing, as PETRARCH-2 reads it (which never reaches the
	// later blocks); the patterns a later block writes for it ("- *
	// EMBASSY [054] # OPEN , REOPEN") are tried too, the best match
	// winning and the earlier block on a tie (blockMatch).
	first, firstVerb := cl.block, cl.verb
	best := match{score: -1}
	bestBlock, bestVerb := first, firstVerb
	for _, r := range listings(refs, cl.block, cl.verb) {
		cl.block, cl.verb = r.Block, r.Verb
		if m := a.blockMatch(toks, v, cl, r.Block != first); m.p != nil && m.score > best.score {
			best, bestBlock, bestVerb = m, r.Block, r.Verb
		}
	}
	cl.block, cl.verb = first, firstVerb
	if best.p != nil && best.score > 0 {
		cl.block, cl.verb = bestBlock, bestVerb
		cl.code, cl.rev = best.p.Code, best.p.Passive
		cl.m = best
		cl.score = best.score
		cl.pattern = strings.TrimSpace(best.p.Text)
		// "told Chile it must withdraw its troops": a deed a
		// verb of saying's pattern finds after "must" or "had
		// to" is demanded of whom it is said to, not done by
		// the speaker.
		if demandSayers[a.w.lem[v]] && material(cl.code) && obligedDeed(toks, best) {
			d := appealCode("10", cl.code)
			if d == "" {
				d = "100"
			}
			cl.code, cl.rev = d, ""
			cl.pattern += " (said must: " + d + ")"
			// "told the Peruvian envoy that Chile must release the
			// fishermen": a deed with a named subject of its own is
			// demanded of that subject (mustDemand), not of whom it
			// is told to.
			if namedDeedSubject(toks, best) {
				cl.code = ""
			}
		}
	}
}

// keepCode drops codes the coder does not use and bare codes the words
// around the verb belie (wanting or planning one's own deed, a negated
// answer, which is declining comment, 010, a denied charge, 016). It
// reports false when the clause codes nothing.
func (a *article) keepCode(toks []model.Token, cl *clause) bool {
	v := cl.v
	if !usable(cl.code) {
		cl.code = ""
	}
	// "Bolivia wants to withdraw its troops", "Chile needs to release
	// the fishermen": wanting or needing to do something oneself asks
	// no one for anything; the infinitive's deed is coded for itself
	// (an intent, or what a speaker says must be done).
	if selfNeedLemmas[a.w.lem[v]] && (strings.HasPrefix(cl.code, "02") || strings.HasPrefix(cl.code, "10")) && a.ownInfinitive(toks, cl) {
		return false
	}
	// "Chile was preparing to attack Peru", "intends to expel Peru's
	// ambassador", "failed to attack Peru": a verb of planning or
	// failing with no pattern of its own says nothing of the deed by its
	// bare code (030 intent to cooperate, 120 rejection); the
	// infinitive's deed is coded for itself.
	if cl.score == 0 && planLemmas[a.w.lem[v]] && (a.ownInfinitive(toks, cl) || cl.code == "030") {
		// "is preparing an attack on Peru", "plans a new port": a plan
		// no pattern names is no intent to cooperate either.
		return false
	}
	// "North Korea did not immediately respond", "Russia has not
	// commented on the proposal": a verb of answering, negated, is
	// declining comment, a plain statement (010), whatever its object.
	if answerLemmas[a.w.lem[v]] && negated(toks, v) {
		cl.code, cl.rev, cl.pattern = "010", "", "<no answer> NOT "+a.w.up[v]+" [010]"
		cl.m, cl.score = match{}, 0
	}
	if cl.score == 0 && a.deniedCharge(toks, v) {
		cl.code, cl.rev, cl.pattern, cl.charge = "016", "", "<accusation> SUBJECT "+a.w.up[v], true
	}
	if !usable(cl.rev) {
		cl.rev = ""
	}
	if cl.code == "" && cl.rev == "" {
		return false
	}
	return true
}

// namesVerb reports whether a pattern's comment names verb vb among the
// verbs it lists ("OPEN , REOPEN <ab 02 Dec 2005>"), as its word or one
// of its forms, a multi-word verb by its words joined with '_'.
func namesVerb(comment string, vb *dict.Verb) bool {
	c, _, _ := strings.Cut(strings.TrimLeft(comment, "# \t"), "<")
	whole := strings.Join(slices.Concat(vb.Before, []string{vb.Word}, vb.After), "_")
	single := len(vb.Before)+len(vb.After) == 0
	for _, name := range strings.Split(c, ",") {
		f := strings.Fields(name)
		if len(f) == 0 {
			continue
		}
		w := strings.ToUpper(strings.Trim(f[0], "+_"))
		if strings.ReplaceAll(w, "+", "") == whole || single && (w == vb.Word || slices.Contains(vb.Forms, w)) {
			return true
		}
	}
	return false
}

// listings returns the verb vb of block b first, then the same verb as
// listed in the other blocks among refs, each block once.
func listings(refs []dict.VerbRef, b *dict.VerbBlock, vb *dict.Verb) []dict.VerbRef {
	out := []dict.VerbRef{{Block: b, Verb: vb}}
	for _, r := range refs {
		if r.Block == b || r.Verb.Word != vb.Word || !slices.Equal(r.Verb.Before, vb.Before) || !slices.Equal(r.Verb.After, vb.After) {
			continue
		}
		if !slices.ContainsFunc(out, func(o dict.VerbRef) bool { return o.Block == r.Block }) {
			out = append(out, r)
		}
	}
	return out
}

// blockMatch returns the best match of the patterns of the clause's
// block for its verb at v, with score -1 when none matches. In a later
// listing of the verb only the patterns whose comment names it are its
// own: the block's others were written for the verbs it lists first
// (GRANT's "- * THREAT [130] # ISSUE" is no "he added: ... under threat
// of starvation").
func (a *article) blockMatch(toks []model.Token, v int, cl *clause, later bool) match {
	b := a.c.blocks[cl.block]
	if b == nil {
		return match{score: -1}
	}
	// Of equally specific patterns the first in the block wins, so
	// that a supplement's patterns (merged ahead of the block's own)
	// override the dictionary's whatever word anchors them.
	best, bestAt := match{score: -1}, int32(-1)
	foreign := func(i int32) bool {
		if later {
			return !namesVerb(cl.block.Patterns[i].Comment, cl.verb)
		}
		o := b.owner[i]
		return o >= 0 && !sameVerb(&cl.block.Verbs[o], cl.verb) && (b.phrasal[i] || verbCode(cl.block, &cl.block.Verbs[o]) != verbCode(cl.block, cl.verb))
	}
	try := func(i int32) {
		if foreign(i) {
			return
		}
		p := &cl.block.Patterns[i]
		m, ok := matchPattern(p, &a.w, v, cl.lo, cl.hi, cl.vEnd)
		if ok && a.belied(toks, v, cl, b, i, &m) {
			ok = false
		}
		if ok && m.score == 0 && a.w.slotFilled(m) {
			// "- $ * [095]": a pattern of slots alone, whose
			// slots hold actors, is more than the bare verb.
			m.score = 1
		}
		better := m.score > best.score
		if m.score == best.score {
			better = i < bestAt
			if lp, lb := literal(p), literal(best.p); a.c.stems && lp != lb {
				better = lp > lb
			}
			// The same words written for two verbs of a block
			// ("- * INDEPENDENCE [017] # CELEBRATE" and "[054] #
			// RECOGNISE"): the matched verb's own wins.
			if mine, theirs := b.ownedBy(i, cl), b.ownedBy(bestAt, cl); mine != theirs && sameWords(p, best.p) {
				better = mine
			}
		}
		if ok && better {
			best, bestAt = m, i
		}
	}
	for _, i := range b.free {
		try(i)
	}
	for k := cl.lo; k < cl.hi; k++ {
		if k >= v && k < cl.vEnd {
			continue
		}
		if a.w.forms {
			a.w.keys(k, func(key string) {
				for _, i := range b.byWord[key] {
					try(i)
				}
			})
			continue
		}
		for _, i := range b.byWord[a.w.up[k]] {
			try(i)
		}
		if a.w.lem[k] != a.w.up[k] {
			for _, i := range b.byWord[a.w.lem[k]] {
				try(i)
			}
		}
	}
	// "a ceasefire the two countries agreed": the noun a relative
	// clause hangs on is the object of a verb that has none of its
	// own, and a pattern of that noun alone after the verb matches
	// it. A charge denied ("an allegation Lima rejected") is the
	// denial of the accusation before it (deniedCharge, below).
	if best.score <= 0 && !a.deniedCharge(toks, v) {
		if h := a.gapObject(v); h >= 0 {
			best = a.gapMatch(cl, b, v, h, best, bestAt, foreign)
		}
	}
	return best
}

// belied reports a match m of pattern i of the clause's block that the
// words around it belie: a phrasal pattern's object slot that is no
// actor of the verb's own, a saying's cooperation that is the reported
// clause's, a deed's noun after a verb of going on, a particle that is
// another phrase's or a date's, the content of a decision or plan.
func (a *article) belied(toks []model.Token, v int, cl *clause, b *block, i int32, m *match) bool {
	if b.phrasal[i] && m.tgt[1] > 0 && m.tgt[0] == cl.vEnd && !a.w.opensWithActor(m.tgt) {
		// "- * + TO [020] # WANT": the slot of a phrasal
		// pattern right after its verb is the verb's own
		// object, an actor from its first word ("wants the UK to extradite"), not one
		// inside a noun ("wanted the talks with Peru to
		// succeed").
		return true
	}
	if sayLemmas[a.w.lem[v]] && cooperative(cl.block.Patterns[i].Code) && pastThat(toks, m, cl) {
		// "told reporters that Chile had agreed to talks",
		// "told lawmakers that he opposed the plan": a word of
		// the clause a verb of saying reports is that clause's,
		// coded by its own verb, not the saying's cooperation
		// (a demand, "told Chile that it had to release", is).
		return true
	}
	if aspectLemmas[a.w.lem[v]] && a.pastGerund(toks, m, cl) {
		// "kept attacking Chilean positions": a verb of going
		// on with a deed the dictionary codes has that deed
		// for its complement; a noun after it is the deed's,
		// not the pattern's ("KEEP ... POSITION").
		return true
	}
	if b.phrasal[i] && a.w.lem[v] == "CALL" && !particleNext(toks, m, cl.vEnd) {
		// "called Peru's decision a mistake in remarks on
		// Monday": "call on" and "call for" keep their particle
		// next to the verb; one after its object is another
		// phrase's.
		return true
	}
	if b.phrasal[i] && a.timeParticle(toks, m, cl.vEnd) {
		// "called Peru's president on Monday": a preposition
		// that opens a time is the date's, not the particle
		// of a phrasal verb ("call on" someone, 020).
		return true
	}
	if a.strayCraft(toks, v, cl, m) {
		// "struck a deal to buy fighter jets": see strayCraft.
		return true
	}
	if a.pastPlanInfinitive(toks, m, cl) {
		// "slammed Washington's decision to sell weapons
		// to Taiwan": what a decision or plan is to do is its
		// content, not the verb's (SLAM's "- * &WEAPON
		// [195]").
		return true
	}
	return false
}

// gapMatch returns the best of best and the matches of the clause's
// block that take h, the noun a relative clause on the verb at v hangs
// on, for the object the verb has none of ("a ceasefire the two
// countries agreed"), with bestAt the index of best's pattern; a
// pattern of that noun alone after the verb matches it.
func (a *article) gapMatch(cl *clause, b *block, v, h int, best match, bestAt int32, foreign func(int32) bool) match {
	tryGap := func(i int32) {
		p := &cl.block.Patterns[i]
		if foreign(i) || len(p.Before) != 0 {
			return
		}
		m, ok := matchPattern(p, &a.w, v, v, h+1, h)
		if ok && m.src[1] == 0 && m.tgt[1] == 0 && m.comp[1] == 0 && (m.score > best.score || m.score == best.score && i < bestAt) {
			best, bestAt = m, i
		}
	}
	for _, i := range b.free {
		tryGap(i)
	}
	if a.w.forms {
		a.w.keys(h, func(key string) {
			for _, i := range b.byWord[key] {
				tryGap(i)
			}
		})
	} else {
		for _, i := range b.byWord[a.w.up[h]] {
			tryGap(i)
		}
		if a.w.lem[h] != a.w.up[h] {
			for _, i := range b.byWord[a.w.lem[h]] {
				tryGap(i)
			}
		}
	}
	return best
}

// regularEnding reports an ending TABARI allows on a verb written
// closed: S, ES, D, ED, EN, ING.
func regularEnding(e string) bool {
	switch e {
	case "S", "ES", "D", "ED", "EN", "ING":
		return true
	}
	return false
}

// literal counts the plain words of a pattern: of TABARI patterns that
// match as much, the one naming the word beats the one naming its set
// ("* DOLLAR" over "* &CURRENCY").
func literal(p *dict.Pattern) int {
	if p == nil {
		return 0
	}
	n := 0
	for _, side := range [2][]dict.Element{p.Before, p.After} {
		for _, e := range side {
			for _, t := range e.Terms {
				if t.Synset == "" {
					n++
				}
			}
		}
	}
	return n
}

// verbCode returns the code of verb v of block b without a pattern.
func verbCode(b *dict.VerbBlock, v *dict.Verb) string {
	if v.Code != "" {
		return v.Code
	}
	return b.Code
}

// sameVerb reports whether two verb entries are one.
// ownedBy reports whether pattern i of b names the clause's verb in its
// comment ("# RECOGNISE" for "recognise" and for "recognize").
func (b *block) ownedBy(i int32, cl *clause) bool {
	if i < 0 || int(i) >= len(b.owner) {
		return false
	}
	o := b.owner[i]
	if o < 0 {
		return false
	}
	v := &cl.block.Verbs[o]
	return sameVerb(v, cl.verb) || len(v.Before)+len(v.After)+len(cl.verb.Before)+len(cl.verb.After) == 0 && ise(v.Word) == ise(cl.verb.Word)
}

// ise spells a verb ending in -IZE as -ISE, so that the two spellings
// of one verb, listed apart, are one.
func ise(w string) string {
	if s, ok := strings.CutSuffix(w, "IZE"); ok {
		return s + "ISE"
	}
	return w
}

// sameWords reports whether two patterns are written alike but for
// their codes and comments.
func sameWords(p, q *dict.Pattern) bool {
	if p == nil || q == nil {
		return false
	}
	pt, _, _ := strings.Cut(p.Text, "[")
	qt, _, _ := strings.Cut(q.Text, "[")
	return strings.Join(strings.Fields(pt), " ") == strings.Join(strings.Fields(qt), " ")
}

func sameVerb(a, b *dict.Verb) bool {
	return a == b || a.Word == b.Word && a.Line == b.Line
}

// usable reports whether an event code codes an event: a CAMEO code, or
// the code of another ontology in a validation dictionary (WEIS codes,
// letter suffixes), which is coded as written. "---" codes nothing.
func usable(c string) bool {
	if c == "" || c == "---" {
		return false
	}
	if _, err := cameo.ParseCode(c); err == nil {
		return true
	}
	return plausibleCode(c)
}

// plausibleCode accepts the codes of validation dictionaries: up to five
// digits or letters.
func plausibleCode(c string) bool {
	if len(c) == 0 || len(c) > 5 {
		return false
	}
	for _, r := range c {
		if !(r >= '0' && r <= '9' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// multi checks the other words of a multi-word verb around v and returns
// the end of the verb's tokens.
func (a *article) multi(vb *dict.Verb, v int) (int, bool) {
	for j, b := range vb.Before {
		k := v - len(vb.Before) + j
		if k < 0 || !a.w.is(k, b) {
			return 0, false
		}
	}
	end := v + 1
	k := v + 1
	for _, x := range vb.After {
		found := false
		// A particle may follow a short object: "cut them off".
		for ; k < len(a.w.up) && k <= end+3; k++ {
			if a.w.is(k, x) {
				found = true
				k++
				break
			}
		}
		if !found {
			return 0, false
		}
		end = k
	}
	if end == v+1 || len(vb.After) == 0 {
		return v + 1, true
	}
	// The verb's tokens are only v itself and an adjacent particle.
	if end == v+2 {
		return end, true
	}
	return v + 1, true
}

// window returns the clause around the verb at v: from the sentence start
// or the last ';' before it to the next clause boundary after it.
func (a *article) window(toks []model.Token, v, vEnd int) (lo, hi int) {
	for lo = v; lo > 0; lo-- {
		if toks[lo-1].Form == ";" {
			break
		}
	}
	rel := relativeVerb(toks, v)
	for hi = vEnd; hi < len(toks); hi++ {
		f := toks[hi].Form
		if f == ";" {
			break
		}
		// "victims who are suing his estate will find the interview
		// given by Prince Andrew": a relative clause ends where the
		// verb of the clause around it begins.
		if rel && hi > vEnd && (toks[hi].XPOS == "MD" || isFinite(toks[hi])) {
			break
		}
		lf := strings.ToLower(f)
		if boundaryWords[lf] && hi > vEnd && !repetition(toks, hi) {
			break
		}
		if f == "," && hi+1 < len(toks) && (toks[hi+1].XPOS == "VBG" || boundaryWords[strings.ToLower(toks[hi+1].Form)]) {
			break
		}
		if lf == "and" && hi+1 < len(toks) && isFinite(toks[hi+1]) {
			break
		}
		// "phone calls with leaders (several were placed on a
		// server)": a clause in brackets is an aside with a verb of
		// its own, not the verb's words; a short name in brackets
		// ("(ELN)") is no clause and the window goes on.
		if f == "(" && hi > vEnd && bracketClause(toks, hi) {
			break
		}
	}
	return lo, hi
}

// bracketClause reports whether the brackets opened at k hold a finite
// verb before they close.
func bracketClause(toks []model.Token, k int) bool {
	for j := k + 1; j < len(toks) && toks[j].Form != ")"; j++ {
		if isFinite(toks[j]) {
			return true
		}
	}
	return false
}

// repetition reports a word at k set between two copies of one word, a
// noun by sense ("round after round", "day after day"): it repeats the noun and opens
// no clause.
func repetition(toks []model.Token, k int) bool {
	if k == 0 || k+1 >= len(toks) || !strings.EqualFold(toks[k-1].Form, toks[k+1].Form) {
		return false
	}
	switch toks[k-1].UPOS {
	case "PRON", "DET", "PUNCT", "SCONJ", "CCONJ", "AUX", "VERB":
		return false
	}
	return true
}

var boundaryWords = map[string]bool{
	"which": true, "who": true, "whom": true, "whose": true, "after": true, "before": true,
	"because": true, "while": true, "when": true, "although": true, "though": true,
	"whereas": true, "since": false, "until": true, "unless": true, "if": true,
}

func isVerb(t model.Token) bool {
	if t.UPOS == "AUX" {
		return false
	}
	if t.UPOS == "VERB" {
		return true
	}
	return strings.HasPrefix(t.XPOS, "VB") && t.UPOS == ""
}

// mistaggedInfinitive reports a word at v that the tagger took for an
// adjective or a singular noun although it is an infinitive: a base
// form (its lemma) right after "to" that follows a verb of intent
// (intentLemmas: "had offered to mediate", "agreed to intervene"), and
// that ends its phrase (punctuation, a preposition, an adverb or a
// conjunction follows, or nothing). "agreed to peace talks" and "offered
// to Chile" are no such words.
func mistaggedInfinitive(toks []model.Token, v int) bool {
	if v < 2 || toks[v].UPOS != "ADJ" && toks[v].UPOS != "NOUN" || toks[v].XPOS != "JJ" && toks[v].XPOS != "NN" {
		return false
	}
	if !strings.EqualFold(toks[v].Form, toks[v].Lemma) || !strings.EqualFold(toks[v-1].Form, "to") {
		return false
	}
	// "prompting South Korean troops to fire warning shots": after the
	// object of a verb that moves it to act, whatever follows.
	if promptVerb(toks, v-2) >= 0 {
		return true
	}
	if v+1 < len(toks) {
		switch toks[v+1].UPOS {
		case "PUNCT", "ADP", "ADV", "CCONJ":
		default:
			return false
		}
	}
	g := v - 2
	for g > 0 && toks[g].UPOS == "ADV" {
		g--
	}
	return isVerb(toks[g]) && intentLemmas[strings.ToUpper(toks[g].Lemma)]
}

// promptLemmas move their object to act, and "to" after that object
// always opens an infinitive (upper-case lemmas): "prompting troops to
// fire", "forced Peru to withdraw". Not "led the troops to victory".
var promptLemmas = map[string]bool{"PROMPT": true, "FORCE": true, "COMPEL": true, "SPUR": true}

// promptVerb returns the verb of promptLemmas whose object ends at k,
// the object a few words of a noun phrase ("prompting South Korean
// troops"), else -1.
func promptVerb(toks []model.Token, k int) int {
	for n := 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		switch toks[k].UPOS {
		case "ADJ", "DET", "NOUN", "PROPN", "NUM", "PART":
			continue
		}
		if n > 0 && isVerb(toks[k]) && promptLemmas[strings.ToUpper(toks[k].Lemma)] {
			return k
		}
		return -1
	}
	return -1
}

// isFinite reports a finite verb: a tensed one (finite) or a modal.
func isFinite(t model.Token) bool { return finite(t) || t.XPOS == "MD" }

// timeParticle reports a pattern whose first word after the verb, a
// preposition, opens a time expression or is followed by one ("on
// Monday", "in 2020").
func (a *article) timeParticle(toks []model.Token, m *match, vEnd int) bool {
	for _, u := range m.used[:m.n] {
		at, end := int(u[0]), int(u[1])
		if at < vEnd {
			continue
		}
		if end >= len(toks) {
			return false
		}
		return a.timeAt(toks[at].Start) || a.timeAt(toks[end].Start)
	}
	return false
}

// particleNext reports a pattern whose first word after the verb comes
// right after it, past adverbs and asides only ("called again on Peru",
// "called (in a letter) on Peru").
func particleNext(toks []model.Token, m *match, vEnd int) bool {
	first := -1
	for _, u := range m.used[:m.n] {
		if at := int(u[0]); at >= vEnd && (first < 0 || at < first) {
			first = at
		}
	}
	if first < 0 {
		return true
	}
	for k := vEnd; k < first && k < len(toks); k++ {
		// An aside in brackets or between commas: "called (in a
		// letter) on Peru", "called, in a letter, on Peru".
		closer := ""
		switch toks[k].Form {
		case "(":
			closer = ")"
		case ",":
			closer = ","
		}
		if closer != "" {
			j := k + 1
			for j < first && toks[j].Form != closer {
				j++
			}
			if j < first {
				k = j
				continue
			}
		}
		if toks[k].UPOS != "ADV" {
			return false
		}
	}
	return true
}

// timeAt reports a time expression that starts at byte offset off.
func (a *article) timeAt(off int) bool {
	_, ok := slices.BinarySearchFunc(a.times, off, func(x when.Expression, off int) int { return cmp.Compare(x.Start, off) })
	return ok
}

// timesIn returns the time expressions within span.
func (a *article) timesIn(sp model.Span) []when.Expression {
	lo := 0
	for lo < len(a.times) && a.times[lo].Start < sp.Start {
		lo++
	}
	hi := lo
	for hi < len(a.times) && a.times[hi].End <= sp.End {
		hi++
	}
	return a.times[lo:hi]
}

// denyLemmas reject a charge (upper-case lemmas).
var denyLemmas = map[string]bool{"DENY": true, "REJECT": true, "DISMISS": true, "REFUTE": true}

// chargeNouns name an accusation (upper-case lemmas).
var chargeNouns = map[string]bool{
	"CHARGE": true, "ACCUSATION": true, "ALLEGATION": true, "CLAIM": true, "ASSERTION": true,
}

// deniedCharge reports a denial verb at v in a relative clause whose
// object is a charge named just before its subject: "a charge Azerbaijan
// denies", "allegations which Moscow rejects". The verb denies
// responsibility (016) though it has no object of its own.
func (a *article) deniedCharge(toks []model.Token, v int) bool {
	if !denyLemmas[a.w.lem[v]] {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-7; k-- {
		if chargeNouns[a.w.lem[k]] && toks[k].UPOS == "NOUN" {
			return k+1 < v
		}
		if isVerb(toks[k]) || toks[k].Form == "," || toks[k].Form == ";" {
			return false
		}
	}
	return false
}

// prepositional reports a participle at v that, with the preposition
// after it, is a preposition itself ("based on some 3,000 migrants in
// custody", "compared with Chile", "depending on Peru"): no predicate.
func prepositional(toks []model.Token, v int) bool {
	if v+1 >= len(toks) {
		return false
	}
	next := strings.ToLower(toks[v+1].Form)
	switch strings.ToLower(toks[v].Form) {
	case "based":
		return next == "on" || next == "upon"
	case "compared":
		return next == "with" || next == "to"
	case "depending":
		return next == "on" || next == "upon"
	}
	return false
}

// obligedDeed reports a verb among the words a pattern matched that
// "must", or "have to" or "need to" in any form, comes right before
// (past adverbs): "told Chile it must withdraw", "that it had to
// release".
func obligedDeed(toks []model.Token, m match) bool {
	for _, u := range m.used[:m.n] {
		k := int(u[0])
		if k >= len(toks) || !isVerb(toks[k]) {
			continue
		}
		if obliged(toks, k) {
			return true
		}
	}
	return false
}

// namedDeedSubject reports, among the words a pattern matched, a verb
// that "must", "have to" or "need to" governs (obligedDeed) whose
// subject right before the modal is a name or a noun, not a pronoun
// ("that Chile must release", not "that it must release").
func namedDeedSubject(toks []model.Token, m match) bool {
	for _, u := range m.used[:m.n] {
		k := int(u[0])
		if k >= len(toks) || !isVerb(toks[k]) || !obliged(toks, k) {
			continue
		}
		j := k - 1
		for j >= 0 && toks[j].UPOS == "ADV" {
			j--
		}
		if j >= 0 && strings.EqualFold(toks[j].Form, "to") {
			j -= 2 // "has to", "need to"
		} else {
			j-- // "must"
		}
		for j >= 0 && (toks[j].UPOS == "AUX" || toks[j].UPOS == "ADV") {
			j--
		}
		return j >= 0 && (toks[j].UPOS == "PROPN" || toks[j].UPOS == "NOUN")
	}
	return false
}

// planLemmas are the verbs (upper-case lemmas) whose bare code says
// nothing of the infinitive that follows them: a plan, which, unlike a
// promise or a pledge, commits to no cooperation (030: "plans to expel",
// "is preparing to attack"), and a failure, which rejects nothing (120:
// "failed to attack Peru" is a negated attack).
var planLemmas = map[string]bool{"PLAN": true, "PREPARE": true, "INTEND": true, "FAIL": true}

// selfNeedLemmas are the verbs (upper-case lemmas) of the CAMEO.2.0
// DEMAND block, and HOPE and WISH, that code an appeal or demand with an
// object ("wants Chile to withdraw", "needs help") but none when their
// subject's own infinitive follows ("wants to withdraw", "hopes to turn
// the region into a battlefield").
var selfNeedLemmas = map[string]bool{"WANT": true, "NEED": true, "HOPE": true, "WISH": true}

// ownInfinitive reports a verb at cl.v followed, past adverbs, by "to"
// and a verb: the infinitive is the subject's own deed.
func (a *article) ownInfinitive(toks []model.Token, cl *clause) bool {
	k := cl.vEnd
	for k < len(toks) && toks[k].UPOS == "ADV" {
		k++
	}
	return k+1 < len(toks) && strings.EqualFold(toks[k].Form, "to") && isVerb(toks[k+1])
}

// aspectLemmas begin or go on with the deed of the gerund after them
// (upper-case lemmas).
var aspectLemmas = map[string]bool{"BEGIN": true, "START": true, "CONTINUE": true, "KEEP": true}

// pastGerund reports a pattern match m for clause cl whose first word
// after the verb lies past an -ing verb right after it (adverbs between)
// that the dictionary codes ("kept attacking Chilean positions" matching
// POSITION).
func (a *article) pastGerund(toks []model.Token, m *match, cl *clause) bool {
	g := cl.vEnd
	for g < cl.hi && toks[g].UPOS == "ADV" {
		g++
	}
	if g >= cl.hi || toks[g].XPOS != "VBG" {
		return false
	}
	first := -1
	for _, u := range m.used[:m.n] {
		if k := int(u[0]); k >= cl.vEnd && (first < 0 || k < first) {
			first = k
		}
	}
	if first <= g {
		return false
	}
	return len(a.c.d.Verbs(toks[g].Lemma)) > 0 || len(a.c.d.Verbs(toks[g].Form)) > 0
}

// planNouns are the nouns (upper-case lemmas) whose "to" infinitive says
// what they would do: "the decision to sell weapons", "plans to expel".
var planNouns = map[string]bool{
	"DECISION": true, "MOVE": true, "PLAN": true, "EFFORT": true, "ATTEMPT": true,
	"BID": true, "PROPOSAL": true, "OFFER": true, "THREAT": true, "PROMISE": true,
	"PLEDGE": true, "REFUSAL": true, "READINESS": true, "WILLINGNESS": true,
	"INTENTION": true, "PUSH": true, "CAMPAIGN": true, "RIGHT": true,
}

// pastPlanInfinitive reports a pattern match m for clause cl that uses a
// word after the verb past the "to" infinitive of a plan-like noun
// (planNouns) that the pattern does not itself name: "slammed the
// decision to sell weapons" matching WEAPON. A pattern that names the
// noun or the "to" ("- * PROPOSAL ... TALKS", "- * DEAL TO PURCHASE")
// reads the infinitive as its own.
func (a *article) pastPlanInfinitive(toks []model.Token, m *match, cl *clause) bool {
	last := -1
	for _, u := range m.used[:m.n] {
		if k := int(u[1]) - 1; k >= cl.vEnd && k > last {
			last = k
		}
	}
	for k := max(cl.vEnd, 1); k+1 < len(toks) && k < last; k++ {
		if !strings.EqualFold(toks[k].Form, "to") || toks[k+1].XPOS != "VB" || m.uses(k) {
			continue
		}
		if toks[k-1].UPOS == "NOUN" && planNouns[a.w.lem[k-1]] && !m.uses(k-1) {
			return true
		}
	}
	return false
}

// pastThat reports a pattern match m for clause cl whose first word after
// the verb lies past a "that" after the verb's object ("told reporters
// that Chile had agreed"), the tagger's relative pronoun too.
func pastThat(toks []model.Token, m *match, cl *clause) bool {
	first := -1
	for _, u := range m.used[:m.n] {
		if k := int(u[0]); k >= cl.vEnd && (first < 0 || k < first) {
			first = k
		}
	}
	for k := cl.vEnd; k < first; k++ {
		if strings.EqualFold(toks[k].Form, "that") && toks[k].UPOS != "DET" {
			return true
		}
	}
	return false
}

// cooperative reports a code of intent, consultation or support (CAMEO
// 03, 04, 05).
func cooperative(code string) bool {
	return strings.HasPrefix(code, "03") || strings.HasPrefix(code, "04") || strings.HasPrefix(code, "05")
}

// coordinatedAdjective reports a past participle at v right after "and"
// or "or" that follows a noun, with a noun or adjective after it: the
// second of two noun phrases ("armies and suspected weapons
// programmes"), whose participle describes its noun.
func coordinatedAdjective(toks []model.Token, v int) bool {
	if toks[v].XPOS != "VBN" || v < 2 || v+1 >= len(toks) || toks[v-1].UPOS != "CCONJ" || toks[v-2].UPOS != "NOUN" {
		return false
	}
	switch toks[v+1].UPOS {
	case "NOUN", "ADJ":
		return true
	}
	return false
}

// goesOn reports the word at k after "go on" that makes the phrase mean
// to continue or to happen, not a journey: a gerund ("has gone on
// blaming Peru"), a preposition other than one of direction ("what goes
// on in the army"), an adverb, a conjunction or the end of the clause.
func goesOn(toks []model.Token, k int) bool {
	if k >= len(toks) {
		return true
	}
	t := toks[k]
	switch t.UPOS {
	case "PUNCT", "ADV", "SCONJ", "CCONJ":
		return true
	case "ADP":
		switch strings.ToLower(t.Form) {
		case "to", "into", "towards", "toward":
			return false
		}
		return true
	}
	return t.XPOS == "VBG"
}
