package event

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/casus-project/casus/actor"
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
	// voices are, per sentence, the speaker of the statement it belongs
	// to (statementPronouns), nil when the article has none.
	voices []actor.Mention
	// times are the time expressions of doc's text, found once for the
	// actors' days (sentenceDays) and for the events' dates.
	times []when.Expression
	// impossible are the days doc's text names that no calendar has
	// ("Feb 30"), found with times.
	impossible []model.Span
	// deferred marks the sentences Parseable left out because they
	// name one actor code only; parse, if set (ParseOnDemand), parses
	// one of them in place when Code finds it may need its parse.
	deferred []bool
	parse    func(i int)
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
		p.times, p.impossible = when.FindWithImpossible(doc.Text, ref)
	}
	p.story, p.skip, p.ups, p.mentions, p.voices = c.start(doc, art.Published.Time, p.times)
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
	skip, mentions, times := p.skip, p.mentions, p.times
	a := &article{
		c: c, text: text, ref: ref, quotes: quotes, framing: framing, times: times, impossible: p.impossible,
		seen: map[string]bool{}, mentions: mentions, voices: p.voices, ents: doc.Entities,
		airTitle: airStrikeTitle(art.Title), title: art.Title,
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
			p.sentence(a, i)
		}
	}
	return isoCountries(mergeVaguer(a.results()))
}

// results returns the article's events and, beside them, which were
// described (eventRecord.described), as mergeVaguer reads them.
func (a *article) results() ([]model.Event, []bool) {
	if len(a.events) == 0 {
		return nil, nil
	}
	evs, described := make([]model.Event, len(a.events)), make([]bool, len(a.events))
	for i := range a.events {
		evs[i], described[i] = a.events[i].Event, a.events[i].described
	}
	return evs, described
}

// article is the state of one Code call.
type article struct {
	c *Coder
	// airTitle says the article's title speaks of air strikes
	// (airStrikeTitle): its strikes by an armed force are air strikes.
	airTitle bool
	// title is the article's title. headline holds the countries it
	// names (headlineCountries), read when headlineRival first needs
	// them (headlineRead), for a show of force the story opens with
	// that names no rival: few articles have one.
	title        string
	headline     []string
	headlineRead bool
	text         string
	ref          time.Time
	quotes       []model.Quote
	framing      []model.FramingMark
	times        []when.Expression
	// impossible are the days the text names that no calendar has
	// (when.FindWithImpossible).
	impossible []model.Span
	paraDate   *when.Expression
	// storyDay is the recent day the story's lede names (see
	// setStoryDay), the date of events no time expression dates.
	storyDay  *when.Expression
	timeHeads []int           // scratch for timeClauses
	seen      map[string]bool // eventKey of each event coded
	// events are the events coded so far, each with what the coder
	// knows of it beside the event (eventRecord).
	events   []eventRecord
	dateline *place.Place
	// from is the first token of the current sentence that may code: the
	// token after a headline glued to its lede (headlineEnd), else 0.
	from int
	// locs caches the places of the current sentence's clauses.
	locs map[locKey]*model.Place
	w    words
	t    tree
	// sentFirst is the index in events of the current sentence's first
	// event (set by codeVerbs; see sentenceFirst).
	sentFirst int
	toks      []model.Token // the current sentence's tokens
	// mentions are the actor mentions of every sentence of the article,
	// si the index of the current sentence.
	mentions [][]actor.Mention
	si       int
	// voices are, per sentence, the speaker of the statement it
	// belongs to (see Prepared).
	voices []actor.Mention
	// paraAt is the first sentence of the current sentence's paragraph.
	paraAt int
	// storyAt is the first sentence of the current story and storyEvents
	// the number of events coded before it: context finders look no
	// further back (see storyStart).
	storyAt, storyEvents int
	// critics are the criticisms read so far that named no target
	// (untargetedCritic).
	critics []critic
	// noSubject is set when a clause found no source because its
	// subject names no actor the coder can tell (coding.noSubject): a
	// name the dictionaries do not know may be of an actor's officer
	// ("OAS Secretary-General Lucia Ferrante urged"), which the parse
	// of a sentence coded from its words alone would read
	// (Prepared.sentence).
	noSubject bool
	// sentEvents holds, for each sentence read so far, the number of
	// events coded before it.
	sentEvents []int
	// ents are the article's names, in text order (see words.name).
	ents []model.Entity
	// voice is the actor whose statement the document is, if its
	// first sentences say so (noteVoice), and voiceRead is set once
	// they have decided.
	voice     actor.Mention
	voiceRead bool
}

// eventRecord is an event the article has coded with the facts the coder
// keeps beside it: one record per event, so that cutting, restoring and
// dropping events (dropEvents, restore) moves the facts with the event.
type eventRecord struct {
	model.Event
	// described flags an event whose source and target were both
	// found through definite descriptions ("the two countries"), not
	// named (emit), for mergeVaguer.
	described bool
	// origins is where the coder took the source's and the target's
	// mentions from (emit; see tookSource and tookTarget).
	origins [2]actor.Origin
	// speech flags a statement coded from a reporting verb, and sub an
	// event coded from a subordinate verb (see subordinate); rule is
	// the coder's own rule that coded its clause (clause.rule; see
	// answersRequest). They are read while the event's sentence is
	// coded (dropSpeech).
	speech, sub bool
	rule        rule
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
	rule    rule // which of the coder's own rules set pattern, none for a dictionary pattern
	entries []string
	score   int
	m       match
	passive bool
	dep     bool // the parse around the verb is plausible
	sub     bool // the verb is subordinate: it modifies a noun or completes another verb
	charge  bool // the verb denies a charge named before its subject (deniedCharge)
	refused bool // the verb refuses a request made before and names nothing (bareRefusal)
	forces  bool // a country source acts through its military (a demonstration)
	src     int  // index in mentions, -1 none
	tgt     int
	// denied holds the tokens [lo, hi) of the clause whose deed a
	// denial of one's own deed denies (ownDeedDenied); empty for none.
	denied [2]int
}

// rule names the coder's own rule that coded a clause in place of its
// verb's dictionary pattern, so later steps can tell it without reading
// the pattern text back (the pattern is evidence the output prints).
type rule uint8

const (
	noRule        rule = iota // the verb's bare code or a dictionary pattern
	ruleNoAnswer              // a negated verb of answering (010)
	ruleCharge                // a denied charge named before (016, deniedCharge)
	ruleOwnDenial             // a denial of one's own deed (016, ownDeedDenied; ownDenialPattern)
	ruleRequest               // a bare refusal of a request (120, bareRefusal; requestPattern)
	ruleMandate               // insisting that someone do something (100; mandatePattern)
	ruleTown                  // a bare TAKE of a town (192, townTaken; townPattern)
	ruleLeft                  // a bare verb of leaving an organisation (161, organisationLeft; leftPattern)
)

const maxTokens = actor.MaxTokens
