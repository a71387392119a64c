package api

import (
	"fmt"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/casus-project/casus/cameo"
	"github.com/casus-project/casus/gdelt"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/place"
	"github.com/casus-project/casus/store"
)

// ParamError is a bad query parameter: its name and what is wrong with
// it. Every handler answers it with 400 and {"error": Msg, "param": Param}.
type ParamError struct {
	Param, Msg string
}

func (e *ParamError) Error() string { return e.Param + ": " + e.Msg }

// Bounds on query parameters.
const (
	// MaxTextLen bounds free-text parameters, in bytes.
	MaxTextLen = 500
	// MaxSpanDays bounds the span of a from-to date range.
	MaxSpanDays = 366 * 200
	// MinYear and MaxYear bound dates.
	MinYear, MaxYear = 1800, 2200
)

// eventParams are the query parameters ParseEventQuery reads, in the
// order the documentation gives them. An array, so no caller can change
// what the handlers accept.
var eventParams = [...]string{"actor", "source", "target", "source_country", "target_country", "country",
	"code", "root", "quad", "goldstein_min", "goldstein_max", "from", "to", "status", "background",
	"publisher", "q", "article", "sort", "limit", "cursor"}

// EventParams returns the query parameters ParseEventQuery reads, in the
// order the documentation gives them. The slice is the caller's.
func EventParams() []string { return slices.Clone(eventParams[:]) }

// ParseEventQuery reads event filters from query parameters (see
// docs/API.md). Every error is a *ParamError naming the parameter. A
// parameter given twice is an error, so a shared link means one thing.
func ParseEventQuery(v url.Values) (store.EventQuery, error) {
	var q store.EventQuery
	p := params{v: v}
	q.Limit = p.limit(50)
	q.Cursor = p.text("cursor", 200)
	q.Actor = p.text("actor", 100)
	q.ActorCodes = actorCountry(q.Actor)
	q.Source = p.actorCode("source")
	q.Target = p.actorCode("target")
	q.SourceCountry = p.country("source_country")
	q.TargetCountry = p.country("target_country")
	q.Country = p.country("country")
	if s := p.one("code"); s != "" {
		if _, err := cameo.ParseCode(s); err != nil {
			p.fail("code", "want a CAMEO event code: 2 to 4 digits with a root from 01 to 20")
		} else if _, ok := cameo.Lookup(s); !ok && len(s) > 2 {
			p.fail("code", "not a code of the CAMEO codebook")
		}
		q.Code = strings.TrimSpace(s)
	}
	if s := p.one("root"); s != "" {
		if c, err := cameo.ParseCode(s); err != nil || len(c) != 2 {
			p.fail("root", "want a two-digit CAMEO root from 01 to 20")
		}
		q.Root = strings.TrimSpace(s)
	}
	if s := p.one("quad"); s != "" {
		for _, f := range strings.Split(s, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n < 1 || n > 4 {
				p.fail("quad", "want QuadClasses 1-4, comma-separated")
				break
			}
			if !slices.Contains(q.QuadClasses, n) {
				q.QuadClasses = append(q.QuadClasses, n)
			}
		}
	}
	q.MinGoldstein = p.goldstein("goldstein_min")
	q.MaxGoldstein = p.goldstein("goldstein_max")
	if q.MinGoldstein != nil && q.MaxGoldstein != nil && *q.MaxGoldstein < *q.MinGoldstein {
		p.fail("goldstein_max", "less than goldstein_min")
	}
	q.From, q.To = p.dates()
	if s := p.one("status"); s != "" {
		for _, f := range strings.Split(s, ",") {
			f = strings.TrimSpace(strings.ToLower(f))
			switch f {
			case model.Asserted, model.Claimed, model.Disputed, model.Negated, model.Hypothetical:
				if !slices.Contains(q.Statuses, f) {
					q.Statuses = append(q.Statuses, f)
				}
			default:
				p.fail("status", "want asserted, claimed, disputed, negated or hypothetical, comma-separated")
			}
		}
	}
	q.Background = p.boolean("background")
	q.Publisher = p.text("publisher", 200)
	q.Text = p.text("q", MaxTextLen)
	q.ArticleID = p.id("article")
	if s := p.one("sort"); s != "" {
		if !slices.Contains(store.EventSorts(), store.EventSort(s)) {
			p.fail("sort", "want newest, oldest, conflict, cooperation or confidence")
		}
		q.Sort = store.EventSort(s)
	}
	return q, p.err
}

// quoteParams are the query parameters ParseQuoteQuery reads.
var quoteParams = [...]string{"speaker", "q", "direct", "article", "limit", "cursor"}

// QuoteParams returns the query parameters ParseQuoteQuery reads. The
// slice is the caller's.
func QuoteParams() []string { return slices.Clone(quoteParams[:]) }

// ParseQuoteQuery reads quote filters from query parameters. Every error
// is a *ParamError.
func ParseQuoteQuery(v url.Values) (store.QuoteQuery, error) {
	p := params{v: v}
	q := store.QuoteQuery{
		Limit:     p.limit(50),
		Cursor:    p.text("cursor", 200),
		Speaker:   p.text("speaker", 200),
		Text:      p.text("q", MaxTextLen),
		Direct:    p.boolean("direct"),
		ArticleID: p.id("article"),
	}
	return q, p.err
}

// single returns the one value of parameter name in v, "" when absent,
// and a *ParamError when it is given twice or is not UTF-8 text: the
// rule ParseEventQuery applies to filters, for the endpoints' own
// parameters.
func single(v url.Values, name string) (string, error) {
	p := params{v: v}
	s := p.one(name)
	return s, p.err
}

// params reads query parameters, keeping the first error.
type params struct {
	v   url.Values
	err error
}

func (p *params) fail(name, msg string) {
	if p.err == nil {
		p.err = &ParamError{name, msg}
	}
}

// one returns the single value of parameter name, "" when absent.
func (p *params) one(name string) string {
	vs := p.v[name]
	switch {
	case len(vs) == 0:
		return ""
	case len(vs) > 1:
		p.fail(name, "given more than once")
		return ""
	case !utf8.ValidString(vs[0]) || strings.ContainsRune(vs[0], 0):
		p.fail(name, "not valid UTF-8 text")
		return ""
	}
	return vs[0]
}

func (p *params) text(name string, max int) string {
	s := p.one(name)
	if len(s) > max {
		p.fail(name, fmt.Sprintf("longer than %d bytes", max))
		return ""
	}
	return s
}

func (p *params) limit(def int) int {
	s := p.one("limit")
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > MaxLimit {
		p.fail("limit", "want an integer from 1 to "+strconv.Itoa(MaxLimit))
		return def
	}
	return n
}

func (p *params) id(name string) int64 {
	s := p.one(name)
	if s == "" {
		return 0
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 1 {
		p.fail(name, "want a positive integer")
		return 0
	}
	return n
}

func (p *params) boolean(name string) *bool {
	var b bool
	switch strings.ToLower(p.one(name)) {
	case "":
		return nil
	case "yes", "true", "1":
		b = true
	case "no", "false", "0":
	default:
		p.fail(name, "want yes or no")
		return nil
	}
	return &b
}

// actorCode reads a CAMEO actor code (or the start of one): letters and
// digits, at least three, the first three of them a segment the CAMEO
// actor tables know.
func (p *params) actorCode(name string) string {
	s := strings.ToUpper(p.one(name))
	if s == "" {
		return ""
	}
	if len(s) < 3 || len(s) > 30 || strings.IndexFunc(s, func(r rune) bool {
		return (r < 'A' || r > 'Z') && (r < '0' || r > '9')
	}) >= 0 {
		p.fail(name, "want a CAMEO actor code: 3 to 30 letters or digits")
		return ""
	}
	if parts := gdelt.SplitActor(s[:3]); parts == (gdelt.ActorParts{}) && !knownCountry(s[:3]) {
		p.fail(name, "unknown CAMEO actor code "+strconv.Quote(s[:3]))
		return ""
	}
	return s
}

// country reads a three-letter country code (see knownCountry) and
// returns the codes stored events may carry for that country, separated
// by commas, as store.EventQuery takes them: its ISO 3166 alpha-3 code
// and, for events stored before casus wrote ISO codes for actors, its
// CAMEO codes ("ROU,ROM"; see cameo.CountryAliases). Either code may be
// asked for.
func (p *params) country(name string) string {
	s := strings.ToUpper(p.one(name))
	if s == "" {
		return ""
	}
	if len(s) != 3 || !knownCountry(s) {
		p.fail(name, "want a three-letter country code (ISO 3166 alpha-3 or CAMEO)")
		return ""
	}
	return strings.Join(cameo.CountryAliases(s), ",")
}

// actorCountry returns, when the whole of an actor filter names a
// country ("Iran", "the United States"), the codes its actors' codes
// begin with, separated by commas as store.EventQuery.ActorCodes takes
// them: its CAMEO code and ISO 3166 alpha-3 code where they differ
// ("ROM,ROU"). A name matches no code, so without this "Albania" would
// miss the events of ALBGOV actors named after ministers.
func actorCountry(actor string) string {
	words := strings.Fields(actor)
	if len(words) == 0 {
		return ""
	}
	g, err := place.Default()
	if err != nil {
		return ""
	}
	c, n, ok := g.CountryByName(words)
	if !ok || n != len(words) {
		return ""
	}
	var codes []string
	if c.CAMEO != "" {
		codes = append(codes, c.CAMEO)
	}
	for _, a := range cameo.CountryAliases(c.ISO3) {
		if !slices.Contains(codes, a) {
			codes = append(codes, a)
		}
	}
	return strings.Join(codes, ",")
}

// knownCountry reports whether code, three upper-case letters, names a
// country in the CAMEO actor tables or in the gazetteer. Stored events
// carry both kinds: actors CAMEO codes, "KSV" of the Phoenix dictionaries
// among them, and places ISO 3166 alpha-3 codes, some of which ("XKX",
// "ROU", "MNE") CAMEO's table lacks.
func knownCountry(code string) bool {
	if gdelt.SplitActor(code).Country != "" {
		return true
	}
	g, err := place.Default()
	if err != nil {
		return false
	}
	_, ok := g.Country(code)
	return ok
}

func (p *params) goldstein(name string) *float64 {
	s := p.one(name)
	if s == "" {
		return nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || f < -10 || f > 10 {
		p.fail(name, "want a number from -10 to 10")
		return nil
	}
	return &f
}

// dates reads from and to (YYYY-MM-DD; to is inclusive) and returns the
// half-open range [from, to+1 day).
func (p *params) dates() (from, to time.Time) {
	for _, d := range []struct {
		name string
		t    *time.Time
	}{{"from", &from}, {"to", &to}} {
		s := p.one(d.name)
		if s == "" {
			continue
		}
		t, err := time.Parse(time.DateOnly, s)
		if err != nil || t.Year() < MinYear || t.Year() > MaxYear {
			p.fail(d.name, fmt.Sprintf("want a date YYYY-MM-DD between %d and %d", MinYear, MaxYear))
			continue
		}
		*d.t = t
	}
	if !to.IsZero() {
		if !from.IsZero() {
			if to.Before(from) {
				p.fail("to", "before from")
			} else if to.Sub(from) > MaxSpanDays*24*time.Hour {
				p.fail("to", fmt.Sprintf("more than %d days after from", MaxSpanDays))
			}
		}
		to = to.AddDate(0, 0, 1)
	}
	return from, to
}
