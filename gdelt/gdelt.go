package gdelt

import (
	"bufio"
	_ "embed"
	"io"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/casus-project/casus/cameo"
	"github.com/casus-project/casus/model"
)

// EventColumns and MentionColumns are the widths of the two formats.
const (
	EventColumns   = 61
	MentionColumns = 16
)

//go:embed codes.tsv
var codesTSV string

// codeKinds maps "kind\tcode" lines to a lookup of code → kinds.
var codeKinds = sync.OnceValue(func() map[string][]string {
	m := make(map[string][]string)
	for _, line := range strings.Split(strings.TrimSpace(codesTSV), "\n") {
		kind, code, _ := strings.Cut(line, "\t")
		m[code] = append(m[code], kind)
	}
	return m
})

func is(code, kind string) bool {
	for _, k := range codeKinds()[code] {
		if k == kind {
			return true
		}
	}
	return false
}

// ActorParts is a CAMEO actor code split into GDELT's actor fields.
type ActorParts struct {
	Country, KnownGroup, Ethnic string
	Religion                    [2]string
	Type                        [3]string
}

// SplitActor splits a CAMEO actor code ("IRNGOV", "IGOUNO", "IRNREBPMD")
// into its parts: the first three letters are the country when they name
// one, and every later three-letter segment is a type, a known group, a
// religion or an ethnic group, in the order GDELT fills them. Segments the
// tables do not know are left out.
func SplitActor(code string) ActorParts {
	var p ActorParts
	nt, nr := 0, 0
	for i := 0; i+3 <= len(code); i += 3 {
		seg := code[i : i+3]
		switch {
		case i == 0 && is(seg, "country"):
			p.Country = seg
		case is(seg, "group") && p.KnownGroup == "" && nt > 0:
			// Some codes are both types and known groups (UNO): after a
			// type such as IGO they name the group.
			p.KnownGroup = seg
		case is(seg, "type") && nt < len(p.Type):
			p.Type[nt] = seg
			nt++
		case is(seg, "group") && p.KnownGroup == "":
			p.KnownGroup = seg
		case is(seg, "religion") && nr < len(p.Religion):
			p.Religion[nr] = seg
			nr++
		case is(seg, "ethnic") && p.Ethnic == "":
			p.Ethnic = seg
		}
	}
	return p
}

// flatten replaces what would break a tab-separated row.
var flatten = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")

// Writer writes tab-separated GDELT rows.
type Writer struct {
	w *bufio.Writer
}

// NewWriter returns a Writer writing to w. Call Flush at the end.
func NewWriter(w io.Writer) *Writer { return &Writer{w: bufio.NewWriter(w)} }

// Flush writes any buffered rows.
func (w *Writer) Flush() error { return w.w.Flush() }

func (w *Writer) write(cols []string) error {
	for i, c := range cols {
		if i > 0 {
			w.w.WriteByte('\t')
		}
		w.w.WriteString(flatten.Replace(c))
	}
	return w.w.WriteByte('\n')
}

// Event writes the GDELT 2.0 event row of e, event number id of article a,
// added to the store at added.
func (w *Writer) Event(id int64, a *model.Article, e *model.Event, added time.Time) error {
	return w.write(EventRow(id, a, e, added))
}

// Mention writes the GDELT 2.0 mentions row of e: one per event, in the
// article that carried it.
func (w *Writer) Mention(id int64, a *model.Article, e *model.Event, added time.Time) error {
	return w.write(MentionRow(id, a, e, added))
}

// EventRow returns the 61 columns of the event row.
func EventRow(id int64, a *model.Article, e *model.Event, added time.Time) []string {
	c := make([]string, EventColumns)
	day := e.Date.Time
	if e.Date.IsZero() {
		day = a.Published.Time
	}
	c[0] = strconv.FormatInt(id, 10)
	if !day.IsZero() {
		c[1] = day.Format("20060102")
		c[2] = day.Format("200601")
		c[3] = day.Format("2006")
		c[4] = fractionDate(day)
	}
	actorColumns(c[5:15], e.Source)
	actorColumns(c[15:25], e.Target)
	if e.Evidence.Sentence.Start < firstParagraphEnd(a.Text) {
		c[25] = "1"
	} else {
		c[25] = "0"
	}
	c[26], c[27], c[28] = e.Code, e.Base, e.Root
	c[29] = strconv.Itoa(e.QuadClass)
	c[30] = strconv.FormatFloat(e.Goldstein, 'f', 1, 64)
	n := max(len(a.URLs), 1)
	c[31], c[32], c[33] = strconv.Itoa(n), strconv.Itoa(publishers(a)), strconv.Itoa(n)
	if a.Tone != nil {
		c[34] = strconv.FormatFloat(a.Tone.Tone, 'f', 4, 64)
	} else {
		c[34] = "0"
	}
	c[35], c[43] = "0", "0" // actor places: casus locates actions, not actors
	geoColumns(c[51:59], e.Location)
	c[59] = added.UTC().Format("20060102150405")
	c[60] = citation(a)
	return c
}

// MentionRow returns the 16 columns of the mention row.
func MentionRow(id int64, a *model.Article, e *model.Event, added time.Time) []string {
	c := make([]string, MentionColumns)
	c[0] = strconv.FormatInt(id, 10)
	stamp := added.UTC().Format("20060102150405")
	c[1] = stamp
	if !a.Published.IsZero() {
		c[2] = a.Published.Time.UTC().Format("20060102150405")
	} else {
		c[2] = stamp
	}
	// MentionType 1 is a web page, whose source is named by its domain;
	// 2 a document known only by a textual citation, here its
	// publisher's name.
	if host := domain(a.URL); host != "" {
		c[3], c[4] = "1", host
	} else {
		c[3], c[4] = "2", a.Publisher
	}
	c[5] = citation(a)
	c[6] = strconv.Itoa(sentenceNumber(a, e.Evidence.Sentence.Start))
	// GDELT counts offsets and lengths in characters; spans are bytes.
	c[7] = offset(a.Text, e.Source, e.Evidence.Source)
	c[8] = offset(a.Text, e.Target, e.Evidence.Target)
	c[9] = strconv.Itoa(chars(a.Text, e.Evidence.Predicate.Start))
	c[10] = "1"
	c[11] = strconv.Itoa(int(e.Confidence*100 + 0.5))
	c[12] = strconv.Itoa(utf8.RuneCountInString(a.Text))
	if a.Tone != nil {
		c[13] = strconv.FormatFloat(a.Tone.Tone, 'f', 4, 64)
	} else {
		c[13] = "0"
	}
	return c
}

func actorColumns(c []string, a *model.Actor) {
	if a == nil {
		return
	}
	p := SplitActor(a.Code)
	c[0], c[1] = a.Code, strings.ToUpper(a.Name)
	// GDELT's country column holds a CAMEO code: the code's own prefix,
	// else the actor's country (an ISO code, see model.Actor) in CAMEO.
	c[2] = p.Country
	if k := cameo.CAMEOCountry(a.Country); c[2] == "" && len(k) == 3 && is(k, "country") {
		c[2] = k
	}
	c[3], c[4], c[5], c[6] = p.KnownGroup, p.Ethnic, p.Religion[0], p.Religion[1]
	c[7], c[8], c[9] = p.Type[0], p.Type[1], p.Type[2]
}

func geoColumns(c []string, p *model.Place) {
	if p == nil {
		c[0] = "0"
		return
	}
	c[0] = strconv.Itoa(p.GeoType)
	c[1], c[2], c[3] = p.FullName, p.FIPS, p.ADM1
	if c[1] == "" {
		c[1] = p.Name
	}
	c[5] = strconv.FormatFloat(p.Lat, 'f', 4, 64)
	c[6] = strconv.FormatFloat(p.Lon, 'f', 4, 64)
	if p.GeonameID != 0 {
		c[7] = strconv.FormatInt(p.GeonameID, 10)
	}
}

// offset is the character offset in text of an actor's span, "-1" when
// there is no actor.
func offset(text string, a *model.Actor, s model.Span) string {
	if a == nil {
		return "-1"
	}
	return strconv.Itoa(chars(text, s.Start))
}

// chars is the number of characters in text before byte offset off.
func chars(text string, off int) int {
	return utf8.RuneCountInString(text[:min(max(off, 0), len(text))])
}

// domain is the host a web page's URL names, lower-cased, without a port
// or a leading "www.", as GDELT names a mention's source ("bbc.co.uk");
// "" when rawURL is not an http or https URL.
func domain(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// citation is how GDELT's SOURCEURL and MentionIdentifier name the
// article: its URL when it has a web one, else its publisher (a textual
// citation).
func citation(a *model.Article) string {
	if domain(a.URL) != "" {
		return a.URL
	}
	return a.Publisher
}

// fractionDate is GDELT's FractionDate, the year and the part of it gone
// by on day: YYYY.FFFF, the day of the year over 365, kept below the next
// year (the last day of a year is YYYY.9999, not YYYY+1).
func fractionDate(day time.Time) string {
	f := min(float64(day.YearDay())/365, 0.9999)
	return strconv.FormatFloat(float64(day.Year())+f, 'f', 4, 64)
}

func firstParagraphEnd(text string) int {
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		return i
	}
	return len(text)
}

// sentenceNumber is the 1-based number of the sentence starting at or
// before off, counting the article's sentences when they are known and
// its paragraphs otherwise.
func sentenceNumber(a *model.Article, off int) int {
	if len(a.Sentences) > 0 {
		// Sentences are in text order: the count of those starting at or
		// before off is the index of the first that starts after it.
		n := sort.Search(len(a.Sentences), func(i int) bool { return a.Sentences[i].Start > off })
		return max(n, 1)
	}
	return strings.Count(a.Text[:min(max(off, 0), len(a.Text))], "\n") + 1
}

func publishers(a *model.Article) int {
	seen := map[string]bool{}
	for _, c := range a.URLs {
		seen[c.Publisher] = true
	}
	return max(len(seen), 1)
}

// Header returns the names of the event columns, for a header line when
// one is wanted (GDELT's own files have none).
func Header() string {
	return strings.Join(eventNames, "\t")
}

var eventNames = strings.Fields(`GLOBALEVENTID SQLDATE MonthYear Year FractionDate
Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code
Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code
IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone
Actor1Geo_Type Actor1Geo_Fullname Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
Actor2Geo_Type Actor2Geo_Fullname Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
ActionGeo_Type ActionGeo_Fullname ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID
DATEADDED SOURCEURL`)
