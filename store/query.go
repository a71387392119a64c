package store

import (
	"context"
	"encoding/base64"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/casus-project/casus/model"
)

// The read side of the store: events, their aggregates and quotes, for
// the API, the dashboard and the export commands. The SQL is in
// query_sql.go; what differs between the backends is chosen by the small
// functions of queryDialect.

// EventSort orders a listing of events.
type EventSort string

// Orders of EventQuery.Sort. Events of one article keep their order
// within the article under every sort.
const (
	// Newest lists the latest event dates first (undated events last);
	// the default.
	Newest EventSort = "newest"
	// Oldest lists the earliest event dates first (undated events first).
	Oldest EventSort = "oldest"
	// MostConflict lists the lowest Goldstein scores first.
	MostConflict EventSort = "conflict"
	// MostCooperation lists the highest Goldstein scores first.
	MostCooperation EventSort = "cooperation"
	// MostConfident lists the highest confidence first.
	MostConfident EventSort = "confidence"
)

// EventSorts lists the valid values of EventQuery.Sort.
func EventSorts() []EventSort {
	return []EventSort{Newest, Oldest, MostConflict, MostCooperation, MostConfident}
}

// EventQuery selects events. Every set field narrows the selection; the
// zero value selects every event.
type EventQuery struct {
	// Limit is the page size of Events: DefaultLimit when zero or
	// negative, at most MaxLimit.
	Limit int
	// Cursor continues a listing of Events: the Next of the previous page
	// with the same filters and sort.
	Cursor string
	// Sort orders Events; "" is Newest.
	Sort EventSort

	// Actor keeps events whose source or target code begins with Actor
	// (case ignored: "IRN" finds IRN and IRNGOV), or whose source or target
	// name contains it (ASCII case ignored).
	Actor string
	// ActorCodes widens Actor to events whose source or target code
	// begins with one of these codes, separated by commas: the codes of
	// a country that Actor names ("IRN" for "Iran"), so that the
	// government's events are found although their actors are named
	// after ministers. It is ignored without Actor.
	ActorCodes string
	// Source and Target keep events whose source (target) code begins with
	// the given code, case ignored.
	Source, Target string
	// SourceCountry and TargetCountry keep events whose source (target)
	// actor has this country code (ISO 3166 alpha-3, case ignored).
	// Each of the three country fields may hold several codes separated
	// by commas, all of one country ("ROU,ROM": events stored before casus
	// wrote ISO codes for actors carry CAMEO's); an event matches any.
	SourceCountry, TargetCountry string
	// Country keeps events whose source, target or place has this country.
	Country string
	// Code keeps events whose CAMEO code begins with Code ("19" is a root,
	// "190" a base code); Root keeps events whose two-digit root is Root.
	Code, Root string
	// QuadClasses keeps events of any of these QuadClasses (1-4).
	QuadClasses []int
	// MinGoldstein and MaxGoldstein bound the Goldstein score, inclusive,
	// when non-nil.
	MinGoldstein, MaxGoldstein *float64
	// From and To keep events dated at or after From and before To, when
	// set. Undated events never match a date bound.
	From, To time.Time
	// Statuses keeps events with any of these claim statuses.
	Statuses []string
	// Background, when non-nil, keeps background events (true) or current
	// events (false).
	Background *bool
	// Publisher keeps events of articles carried by this publisher (ASCII
	// case ignored), on any carrier.
	Publisher string
	// Text keeps events whose sentence contains this string (ASCII case
	// ignored).
	Text string
	// ArticleID keeps the events of one article.
	ArticleID int64
}

// ArticleRef is what a listing says of the article an event or quote
// comes from.
type ArticleRef struct {
	ID        int64      `json:"id"`
	Title     string     `json:"title"`
	URL       string     `json:"url"`
	Publisher string     `json:"publisher"`
	Published model.Date `json:"published"`
	// Added is when the store last wrote the article's events (the
	// article stored or analysed again). Event listings set it; GDELT
	// export stamps an undated article's events with it.
	Added time.Time `json:"added,omitzero"`
}

// EventHit is one event of a listing with the article it was coded from.
// In JSON the event's fields sit beside article_id, seq and article.
type EventHit struct {
	// ArticleID and Seq identify the event: its article and its index in
	// the article's events.
	ArticleID int64 `json:"article_id"`
	Seq       int   `json:"seq"`
	// Article describes the article.
	Article ArticleRef `json:"article"`
	model.Event
}

// EventPage is one page of Store.Events.
type EventPage struct {
	Events []EventHit
	// Next is the cursor of the following page, "" on the last page.
	Next string
}

// Interval is the width of a Timeline bucket.
type Interval string

// Intervals of Store.Timeline.
const (
	Day   Interval = "day"
	Week  Interval = "week" // ISO weeks, starting on Monday
	Month Interval = "month"
)

// Bucket is the events of one interval of a timeline.
type Bucket struct {
	// Start is the first day of the interval (UTC midnight).
	Start time.Time `json:"start"`
	// Count is the number of events; Quad[i] counts those of QuadClass
	// i+1 (verbal cooperation, material cooperation, verbal conflict,
	// material conflict).
	Count int64    `json:"count"`
	Quad  [4]int64 `json:"quad"`
	// Goldstein is the mean Goldstein score.
	Goldstein float64 `json:"goldstein"`
}

// GroupBy says how Store.Groups groups events.
type GroupBy string

// Groupings of Store.Groups.
const (
	// ByRoot groups by two-digit CAMEO root; Key is the root.
	ByRoot GroupBy = "root"
	// ByCode groups by CAMEO code; Key is the code.
	ByCode GroupBy = "code"
	// ByPair groups by source and target actor; Key is the source code,
	// Target the target code. Events without both actors are left out.
	ByPair GroupBy = "pair"
	// ByActor groups by actor, counting an event for its source and for
	// its target; Key is the actor code.
	ByActor GroupBy = "actor"
	// ByCountry groups by the country of the event's place; Key is the
	// country code. Events without a place are left out.
	ByCountry GroupBy = "country"
	// ByPlace groups by place; Key is the place name, with Country, Lat
	// and Lon. Events without a place are left out.
	ByPlace GroupBy = "place"
	// ByStatus groups by claim status; Key is the status.
	ByStatus GroupBy = "status"
	// ByPublisher groups by the publisher of the event's article (the
	// one it is stored under, not every outlet that carried it); Key is
	// the publisher. Articles without one are left out.
	ByPublisher GroupBy = "publisher"
)

// Groupings lists the valid values of GroupBy.
func Groupings() []GroupBy {
	return []GroupBy{ByRoot, ByCode, ByPair, ByActor, ByCountry, ByPlace, ByStatus, ByPublisher}
}

// Group is the events of one group, largest groups first.
type Group struct {
	Key string `json:"key"`
	// Name is the actor's name (ByPair: the source's; ByActor): the one
	// that more than half the actor's named mentions in the group's
	// events give it, else empty.
	Name string `json:"name,omitempty"`
	// Target and TargetName are the target actor, for ByPair; TargetName
	// is chosen as Name is.
	Target     string `json:"target,omitempty"`
	TargetName string `json:"target_name,omitempty"`
	// Country, Lat and Lon locate a place, for ByPlace.
	Country string  `json:"country,omitempty"`
	Lat     float64 `json:"lat,omitempty"`
	Lon     float64 `json:"lon,omitempty"`
	Count   int64   `json:"count"`
	// Conflict counts the events of QuadClass 3 and 4.
	Conflict int64 `json:"conflict"`
	// Goldstein is the mean Goldstein score.
	Goldstein float64 `json:"goldstein"`
}

// QuoteQuery selects quotes for Store.Quotes.
type QuoteQuery struct {
	// Limit and Cursor page as in ArticleQuery.
	Limit  int
	Cursor string
	// Speaker keeps quotes whose speaker's actor code equals Speaker (case
	// ignored) or whose speaker's name contains it (ASCII case ignored).
	Speaker string
	// Text keeps quotes whose text contains this string (ASCII case
	// ignored).
	Text string
	// Direct, when non-nil, keeps direct (true) or indirect (false) quotes.
	Direct *bool
	// ArticleID keeps the quotes of one article.
	ArticleID int64
}

// QuoteHit is one quote of a listing with its article. In JSON the
// quote's fields sit beside article_id, seq and article.
type QuoteHit struct {
	ArticleID int64      `json:"article_id"`
	Seq       int        `json:"seq"`
	Article   ArticleRef `json:"article"`
	model.Quote
}

// QuotePage is one page of Store.Quotes.
type QuotePage struct {
	Quotes []QuoteHit
	// Next is the cursor of the following page, "" on the last page.
	Next string
}

// Reader is the read side of Store: listings and aggregates of events and
// quotes.
type Reader interface {
	// Events lists events matching q one page at a time, in q.Sort order,
	// with their articles. It fails with ErrBadCursor for a cursor it did
	// not make for the same sort.
	Events(ctx context.Context, q EventQuery) (EventPage, error)
	// Timeline counts the dated events matching q (q's paging fields are
	// ignored) per interval, oldest first, leaving out empty intervals.
	Timeline(ctx context.Context, q EventQuery, iv Interval) ([]Bucket, error)
	// Groups counts the events matching q (paging ignored) by the
	// grouping, largest first, at most limit groups (all when limit <= 0).
	Groups(ctx context.Context, q EventQuery, by GroupBy, limit int) ([]Group, error)
	// Quotes lists quotes matching q, newest article first and in text
	// order within an article.
	Quotes(ctx context.Context, q QuoteQuery) (QuotePage, error)
}

// eventCursor is a position in a listing of events: the sort key of the
// last event of a page, its article and its index.
type eventCursor struct {
	sort EventSort
	key  string // date string, or a float in strconv 'g' form
	aid  int64
	seq  int64
}

func (c eventCursor) String() string {
	s := strings.Join([]string{"e1", string(c.sort), c.key, strconv.FormatInt(c.aid, 36), strconv.FormatInt(c.seq, 36)}, "|")
	return base64.RawURLEncoding.EncodeToString([]byte(s))
}

// parseEventCursor decodes s, which must have been made for sort.
func parseEventCursor(s string, sort EventSort) (eventCursor, error) {
	bad := fmt.Errorf("%w %q", ErrBadCursor, s)
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return eventCursor{}, bad
	}
	p := strings.Split(string(b), "|")
	if len(p) != 5 || p[0] != "e1" || EventSort(p[1]) != sort {
		return eventCursor{}, bad
	}
	c := eventCursor{sort: sort, key: p[2]}
	var err1, err2 error
	c.aid, err1 = strconv.ParseInt(p[3], 36, 64)
	c.seq, err2 = strconv.ParseInt(p[4], 36, 64)
	if err1 != nil || err2 != nil || c.aid <= 0 || c.seq < 0 {
		return eventCursor{}, bad
	}
	if sort != Newest && sort != Oldest {
		f, err := strconv.ParseFloat(c.key, 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return eventCursor{}, bad
		}
	} else if _, err := model.ParseDate(c.key); err != nil {
		return eventCursor{}, bad
	}
	return c, nil
}

// quoteCursor is a position in a listing of quotes.
type quoteCursor struct {
	key, aid, seq int64
}

func (c quoteCursor) String() string {
	s := "q1|" + strconv.FormatInt(c.key, 36) + "|" + strconv.FormatInt(c.aid, 36) + "|" + strconv.FormatInt(c.seq, 36)
	return base64.RawURLEncoding.EncodeToString([]byte(s))
}

func parseQuoteCursor(s string) (quoteCursor, error) {
	bad := fmt.Errorf("%w %q", ErrBadCursor, s)
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return quoteCursor{}, bad
	}
	p := strings.Split(string(b), "|")
	if len(p) != 4 || p[0] != "q1" {
		return quoteCursor{}, bad
	}
	var c quoteCursor
	var e [3]error
	c.key, e[0] = strconv.ParseInt(p[1], 36, 64)
	c.aid, e[1] = strconv.ParseInt(p[2], 36, 64)
	c.seq, e[2] = strconv.ParseInt(p[3], 36, 64)
	if e[0] != nil || e[1] != nil || e[2] != nil || c.aid <= 0 || c.seq < 0 {
		return quoteCursor{}, bad
	}
	return c, nil
}

// weekStart returns the Monday of t's ISO week.
func weekStart(t time.Time) time.Time {
	wd := (int(t.Weekday()) + 6) % 7 // Monday 0
	return t.AddDate(0, 0, -wd)
}

// foldDays folds daily buckets, oldest first, into buckets of iv.
func foldDays(days []Bucket, iv Interval) []Bucket {
	var out []Bucket
	for _, d := range days {
		start := d.Start
		switch iv {
		case Week:
			start = weekStart(d.Start)
		case Month:
			start = time.Date(d.Start.Year(), d.Start.Month(), 1, 0, 0, 0, 0, time.UTC)
		}
		if n := len(out); n > 0 && out[n-1].Start.Equal(start) {
			b := &out[n-1]
			sum := b.Goldstein*float64(b.Count) + d.Goldstein*float64(d.Count)
			b.Count += d.Count
			for i := range b.Quad {
				b.Quad[i] += d.Quad[i]
			}
			b.Goldstein = sum / float64(b.Count)
			continue
		}
		d.Start = start
		out = append(out, d)
	}
	return out
}
