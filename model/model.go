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
	Code string `json:"code"`
	Name string `json:"name,omitempty"`
	// Country is the actor's country. Events and entities carry its
	// ISO 3166-1 alpha-3 code ("ROU", "XKX"); inside the coder it is
	// the CAMEO country code the actor code begins with ("ROM", "KSV").
	// cameo.ISOCountry maps one to the other.
	Country string `json:"country,omitempty"`
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

// Event is one coded event: who did what to whom, when and where, on
// whose word, and why casus thinks so. The JSON names are the contract of
// casus analyze and casus events.
type Event struct {
	Source *Actor `json:"source,omitempty"`
	Target *Actor `json:"target,omitempty"`
	// Code is the CAMEO event code ("161"); Root its two-digit root ("16")
	// and Base its three-digit base code ("161").
	Code      string  `json:"code"`
	Root      string  `json:"root"`
	Base      string  `json:"base,omitempty"`
	QuadClass int     `json:"quad_class"`
	Goldstein float64 `json:"goldstein"`
	Plover    *Plover `json:"plover,omitempty"`
	// Date is the event's own date, resolved against the article's;
	// DateEnd closes a range. DatePrecision is "day", "month", "year" or
	// "range"; DateReason says how the date was found.
	Date          Date   `json:"date"`
	DateEnd       Date   `json:"date_end,omitzero"`
	DatePrecision string `json:"date_precision"`
	DateReason    string `json:"date_reason,omitempty"`
	// Background marks events dated before the article's week.
	Background bool `json:"background"`
	// Status is one of Asserted, Claimed, Disputed, Negated, Hypothetical.
	Status string `json:"status"`
	// AttributedTo is who the event is reported through, for claims.
	AttributedTo *Actor `json:"attributed_to,omitempty"`
	Location     *Place `json:"location,omitempty"`
	// Sentence is the text of the sentence the event was coded from.
	Sentence string `json:"sentence"`
	// Pattern is the dictionary pattern that fired.
	Pattern    string   `json:"pattern"`
	Confidence float64  `json:"confidence"`
	Evidence   Evidence `json:"evidence"`
}

// Plover is the PLOVER mapping of an event's CAMEO code.
type Plover struct {
	Event   string `json:"event"`
	Mode    string `json:"mode,omitempty"`
	Context string `json:"context,omitempty"`
}

// Place is a GeoNames place.
type Place struct {
	Name string `json:"name"`
	// FullName is the name with its first-order division and country
	// names, as GDELT's Geo_Fullname has it: "Tirana, Tirana, Albania"
	// for a city, "Texas, United States" for a division, "Albania" for
	// a country.
	FullName  string `json:"full_name,omitempty"`
	GeonameID int64  `json:"geoname_id,omitempty"`
	// Country is the ISO 3166-1 alpha-3 code; FIPS the FIPS 10-4 country
	// code and ADM1 the first-level division ("AL40"), as GDELT has them.
	Country string  `json:"country"`
	FIPS    string  `json:"fips,omitempty"`
	ADM1    string  `json:"adm1,omitempty"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
	// GeoType is GDELT's place type: 1 country, 2 US state, 3 US city,
	// 4 world city, 5 world state.
	GeoType int `json:"geo_type,omitempty"`
}

// Evidence ties an event to the text and dictionary entries that produced
// it: the spans of the sentence, source, target and predicate, and the
// entries that fired.
type Evidence struct {
	Sentence  Span     `json:"sentence"`
	Source    Span     `json:"source"`
	Target    Span     `json:"target"`
	Predicate Span     `json:"predicate"`
	Entries   []string `json:"entries,omitempty"`
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
