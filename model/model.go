package model

import (
	"time"
)

// Document is one raw input: the bytes of a page (or text file) and where
// they came from. It is what ingestion yields and extraction consumes.
type Document struct {
	// Origin names the input for people: a file path, a URL, or an archive
	// member such as "news.warc.gz#record-17". It is the "doc" of the JSON
	// output and of every error message.
	Origin string
	// URL is the page's address when known (fetched URL, WARC target URI,
	// feed item link). Empty for local files with no known address.
	URL string
	// ContentType is the declared media type with parameters, such as
	// "text/html; charset=windows-1256", from HTTP or WARC headers. Empty
	// when nothing declared it.
	ContentType string
	// Body holds the bytes as received. Stages that need text decode it to
	// UTF-8 first.
	Body []byte
	// Hints carries what the container knew about the page before it was
	// read: a feed item's title and date, or the --date flag.
	Hints Hints
}

// Hints are facts about a document known from outside it. Extraction
// prefers what the page itself says and falls back on hints.
type Hints struct {
	Title     string
	Published time.Time
	// DefaultDate dates inputs that carry no date of their own, such as
	// plain-text files (the --date flag).
	DefaultDate time.Time
	// Publisher names the site when the container knows it (a feed's title).
	Publisher string
}

// Article is a news article extracted from a Document, with the
// annotations that later stages add. The fields up to Text are filled by
// extraction; the rest are filled as analysis stages run and are omitted
// from JSON when empty.
type Article struct {
	// ID is the store's identifier; zero until stored.
	ID int64 `json:"id,omitempty"`
	// Doc is the Document's Origin.
	Doc string `json:"doc"`
	// URL is the canonical URL when the page names one, else the fetched URL.
	URL   string `json:"url"`
	Title string `json:"title"`
	// Published is the publication date; see Date for its JSON form.
	Published Date `json:"published"`
	// Publisher is the site that carried the page ("Tehran Times").
	Publisher string `json:"publisher"`
	// Source is the original outlet when the page republishes another's
	// report ("Reuters", "AFP", "Iran Press TV"); empty for original reports.
	Source   string   `json:"source"`
	Authors  []string `json:"authors"`
	Language string   `json:"language"`
	// Text is the body: paragraphs (headings included) joined by "\n".
	// Every offset in the annotations below is a byte offset into Text.
	Text string `json:"text"`

	// URLs lists every address that carried this article, filled by the
	// store when duplicates are folded together.
	URLs []Carrier `json:"urls,omitempty"`

	Sentences []Sentence      `json:"sentences,omitempty"`
	Entities  []Entity        `json:"entities,omitempty"`
	Events    []Event         `json:"events,omitempty"`
	Quotes    []Quote         `json:"quotes,omitempty"`
	Framing   []FramingMark   `json:"framing,omitempty"`
	Tone      *Tone           `json:"tone,omitempty"`
	Sources   []SourceMention `json:"sources,omitempty"`
}

// Carrier is one place an article was seen: a URL and the publisher there.
type Carrier struct {
	URL       string `json:"url"`
	Publisher string `json:"publisher,omitempty"`
	Doc       string `json:"doc,omitempty"`
}

// Span is a half-open byte range [Start, End) into Article.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Token is one token of a sentence, in CoNLL-U terms.
type Token struct {
	Span
	Form  string `json:"form"`
	Lemma string `json:"lemma,omitempty"`
	UPOS  string `json:"upos,omitempty"`
	XPOS  string `json:"xpos,omitempty"`
	// Head is the 1-based index of the head token within the sentence, 0
	// for the root, -1 when unparsed.
	Head   int    `json:"head"`
	DepRel string `json:"deprel,omitempty"`
}

// Sentence is a span of Text with its tokens.
type Sentence struct {
	Span
	Tokens []Token `json:"tokens,omitempty"`
}

// Entity kinds.
const (
	Person       = "PERSON"
	Organization = "ORG"
	Location     = "LOCATION"
	Misc         = "MISC"
)

// Entity is a named-entity mention.
type Entity struct {
	Span
	Text string `json:"text"`
	// Kind is one of Person, Organization, Location, Misc.
	Kind string `json:"kind"`
	// Actor is the resolved actor, when one is known.
	Actor *Actor `json:"actor,omitempty"`
}

// Actor is a resolved actor: a CAMEO actor code such as "IRNGOV" with the
// dictionary entry that produced it.
type Actor struct {
	Code    string `json:"code"`
	Name    string `json:"name,omitempty"`
	Country string `json:"country,omitempty"` // ISO 3166-1 alpha-3 / CAMEO country code
	// Entry names the dictionary entry that resolved the mention, for
	// explanation.
	Entry string `json:"entry,omitempty"`
	Span
}

// Claim statuses of an event.
const (
	Asserted     = "asserted"
	Claimed      = "claimed"
	Disputed     = "disputed"
	Negated      = "negated"
	Hypothetical = "hypothetical"
)

// Event is one coded event: who did what to whom, when and where, and why
// casus thinks so.
type Event struct {
	Source    *Actor    `json:"source,omitempty"`
	Target    *Actor    `json:"target,omitempty"`
	Code      string    `json:"code"` // CAMEO event code, "161"
	RootCode  string    `json:"root_code"`
	BaseCode  string    `json:"base_code"`
	Goldstein float64   `json:"goldstein"`
	QuadClass int       `json:"quad_class"`
	Plover    string    `json:"plover,omitempty"`
	Date      EventDate `json:"date"`
	// Background marks events dated before the article's week.
	Background   bool     `json:"background"`
	Place        *Place   `json:"place,omitempty"`
	Status       string   `json:"status"`
	AttributedTo *Actor   `json:"attributed_to,omitempty"`
	Evidence     Evidence `json:"evidence"`
	Confidence   float64  `json:"confidence"`
}

// EventDate is an event's own date with its precision: "day", "month",
// "year" or "range" (Start to End).
type EventDate struct {
	Start     Date   `json:"start"`
	End       Date   `json:"end,omitempty"`
	Precision string `json:"precision"`
	// Reason explains how the date was found ("weekday 'Wednesday' before
	// dateline 2022-09-08").
	Reason string `json:"reason,omitempty"`
}

// Place is a GeoNames place.
type Place struct {
	Name      string  `json:"name"`
	GeonameID int64   `json:"geoname_id,omitempty"`
	Country   string  `json:"country"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
}

// Evidence ties an event to the text and rules that produced it.
type Evidence struct {
	Sentence  Span   `json:"sentence"`
	Source    Span   `json:"source"`
	Target    Span   `json:"target"`
	Predicate Span   `json:"predicate"`
	Pattern   string `json:"pattern"`
	// Entries lists the dictionary entries that fired.
	Entries []string `json:"entries,omitempty"`
}

// Quote is a direct or indirect quotation with its speaker.
type Quote struct {
	Speaker Speaker `json:"speaker"`
	Text    string  `json:"text"`
	Direct  bool    `json:"direct"`
	Cue     string  `json:"cue"`
	Span
	Tone *Tone `json:"tone,omitempty"`
}

// Speaker is who said a quote.
type Speaker struct {
	Name    string `json:"name"`
	Actor   string `json:"actor,omitempty"`
	Country string `json:"country,omitempty"`
}

// FramingMark is a way the outlet frames what it reports: scare quotes,
// distancing words, loaded labels, hedges.
type FramingMark struct {
	Kind   string `json:"kind"`
	Text   string `json:"text"`
	Target string `json:"target,omitempty"`
	Span
}

// SourceMention is a source the article cites ("experts believe",
// "London-based website Emerging Europe reported").
type SourceMention struct {
	Kind string `json:"kind"` // named, anonymous, republication
	Text string `json:"text"`
	Name string `json:"name,omitempty"`
	Span
}

// Tone holds GDELT-compatible tone figures.
type Tone struct {
	Tone             float64 `json:"tone"`
	Positive         float64 `json:"positive"`
	Negative         float64 `json:"negative"`
	Polarity         float64 `json:"polarity"`
	ActivityDensity  float64 `json:"activity_density"`
	SelfGroupDensity float64 `json:"self_group_density"`
	WordCount        int     `json:"word_count"`
}
