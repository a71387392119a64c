package api

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/casus-project/casus/gdelt"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/store"
)

// Export formats of WriteEvents.
const (
	FormatJSONL           = "jsonl"
	FormatCSV             = "csv"
	FormatGDELT           = "gdelt"          // GDELT 2.0 event rows, tab-separated
	FormatGDELTMentions   = "gdelt-mentions" // GDELT 2.0 mention rows
	exportPage            = 500
	maxArticlesCached     = 256
	gdeltEventsPerArticle = 1000
)

// ExportFormats lists the formats WriteEvents writes.
func ExportFormats() []string {
	return []string{FormatJSONL, FormatCSV, FormatGDELT, FormatGDELTMentions}
}

// ErrFormat is returned by WriteEvents for a format it does not know.
var ErrFormat = errors.New("unknown export format")

// csvHeader is the header row of the CSV export.
var csvHeader = [...]string{"article_id", "seq", "date", "date_precision", "background", "status",
	"source_code", "source_name", "source_country", "target_code", "target_name", "target_country",
	"code", "root", "quad_class", "goldstein", "plover_event", "place_name", "place_country", "lat", "lon",
	"attributed_to", "confidence", "published", "publisher", "url", "title", "sentence"}

// CSVHeader returns the header row of the CSV export. The slice is the
// caller's.
func CSVHeader() []string { return slices.Clone(csvHeader[:]) }

// GDELTEventID is the GLOBALEVENTID of an event in the GDELT export: the
// article's ID times 1000 plus the event's index.
func GDELTEventID(articleID int64, seq int) int64 {
	return articleID*gdeltEventsPerArticle + int64(seq)
}

// GDELTStatuses returns the claim statuses the GDELT formats write when a
// query names none: a GDELT row says that an event took place, which a
// negated or hypothetical event did not. The slice is the caller's.
func GDELTStatuses() []string { return []string{model.Asserted, model.Claimed, model.Disputed} }

// WriteEvents writes every event matching q (q.Limit and q.Cursor are
// ignored; q.Sort is kept), at most max (all when max <= 0), to w in
// format. It returns the number of events written. The CSV and GDELT
// formats have no header row unless header is set; the GDELT formats
// write only events of GDELTStatuses unless q names statuses, number
// events with GDELTEventID and date them "added" at the article's
// publication (when undated, at the time the store wrote its events). Text cells of the CSV that a
// spreadsheet would read as a formula are prefixed with a quote.
func WriteEvents(ctx context.Context, w io.Writer, st store.Store, q store.EventQuery, format string, max int, header bool) (int, error) {
	if (format == FormatGDELT || format == FormatGDELTMentions) && len(q.Statuses) == 0 {
		q.Statuses = GDELTStatuses()
	}
	ew, err := newEventWriter(ctx, w, st, format, header)
	if err != nil {
		return 0, err
	}
	q.Cursor, q.Limit = "", exportPage
	n := 0
	for {
		page, err := st.Events(ctx, q)
		if err != nil {
			return n, fmt.Errorf("export: listing events after %d: %w", n, err)
		}
		for _, h := range page.Events {
			if max > 0 && n >= max {
				return n, ew.flush()
			}
			if err := ew.write(h); err != nil {
				return n, fmt.Errorf("export: event %d of article %d: %w", h.Seq, h.ArticleID, err)
			}
			n++
		}
		if page.Next == "" {
			return n, ew.flush()
		}
		q.Cursor = page.Next
	}
}

// eventWriter writes events in one export format.
type eventWriter struct {
	write func(h store.EventHit) error
	flush func() error
}

// newEventWriter returns the writer of format to w, having written the
// header row when header is set and the format has one (CSV only). The GDELT
// formats read each event's article from st.
func newEventWriter(ctx context.Context, w io.Writer, st store.Store, format string, header bool) (eventWriter, error) {
	switch format {
	case FormatJSONL:
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return eventWriter{
			write: func(h store.EventHit) error { return enc.Encode(h) },
			flush: func() error { return nil },
		}, nil
	case FormatCSV:
		cw := csv.NewWriter(w)
		if header {
			cw.Write(csvHeader[:]) // an error stays in cw and comes back from flush
		}
		return eventWriter{
			write: func(h store.EventHit) error { return cw.Write(csvRow(h)) },
			flush: func() error { cw.Flush(); return cw.Error() },
		}, nil
	case FormatGDELT, FormatGDELTMentions:
		// No header row, whatever header says: GDELT's own files have
		// none, and tools that read them expect the first line to be an
		// event.
		gw := &gdeltWriter{w: gdelt.NewWriter(w), st: st, mentions: format == FormatGDELTMentions, articles: map[int64]*model.Article{}}
		return eventWriter{
			write: func(h store.EventHit) error { return gw.write(ctx, h) },
			flush: gw.w.Flush,
		}, nil
	}
	return eventWriter{}, fmt.Errorf("%w %q: want %s", ErrFormat, format, strings.Join(ExportFormats(), ", "))
}

// gdeltWriter writes GDELT event or mention rows, which need the whole
// article of each event. The articles last read are kept, so that an
// article's events written in a row cost one read.
type gdeltWriter struct {
	w        *gdelt.Writer
	st       store.Store
	mentions bool
	articles map[int64]*model.Article // at most maxArticlesCached
}

func (g *gdeltWriter) write(ctx context.Context, h store.EventHit) error {
	a, ok := g.articles[h.ArticleID]
	if !ok {
		var err error
		if a, err = g.st.Article(ctx, h.ArticleID); err != nil {
			return fmt.Errorf("reading the article: %w", err)
		}
		if len(g.articles) >= maxArticlesCached {
			clear(g.articles)
		}
		g.articles[h.ArticleID] = a
	}
	// GDELT stamps an event when its crawler read the article, about
	// when it appeared; for an archive read later the publication is the
	// closer stamp. An undated article takes the time the store wrote its
	// events, so that two exports of one database agree.
	added := a.Published.Time
	if a.Published.IsZero() {
		added = h.Article.Added
	}
	id := GDELTEventID(h.ArticleID, h.Seq)
	if g.mentions {
		return g.w.Mention(id, a, &h.Event, added)
	}
	return g.w.Event(id, a, &h.Event, added)
}

// CSVCell returns s as a CSV text cell that a spreadsheet will not read
// as a formula: a cell starting with =, +, -, @, tab or carriage return
// gets a leading quote. Text taken from pages is untrusted.
func CSVCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func csvRow(h store.EventHit) []string {
	e := &h.Event
	actor := func(a *model.Actor) (string, string, string) {
		if a == nil {
			return "", "", ""
		}
		return CSVCell(a.Code), CSVCell(a.Name), CSVCell(a.Country)
	}
	sc, sn, sk := actor(e.Source)
	tc, tn, tk := actor(e.Target)
	var plover, pname, pcountry, lat, lon, attributed string
	if e.Plover != nil {
		plover = CSVCell(e.Plover.Event)
	}
	if l := e.Location; l != nil {
		pname, pcountry = CSVCell(l.Name), CSVCell(l.Country)
		lat, lon = strconv.FormatFloat(l.Lat, 'f', -1, 64), strconv.FormatFloat(l.Lon, 'f', -1, 64)
	}
	if e.AttributedTo != nil {
		attributed = CSVCell(e.AttributedTo.Name)
		if attributed == "" {
			attributed = CSVCell(e.AttributedTo.Code)
		}
	}
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	return []string{strconv.FormatInt(h.ArticleID, 10), strconv.Itoa(h.Seq), e.Date.String(), CSVCell(e.DatePrecision),
		strconv.FormatBool(e.Background), CSVCell(e.Status), sc, sn, sk, tc, tn, tk, CSVCell(e.Code), CSVCell(e.Root),
		strconv.Itoa(e.QuadClass), f(e.Goldstein), plover, pname, pcountry, lat, lon, attributed, f(e.Confidence),
		h.Article.Published.String(), CSVCell(h.Article.Publisher), CSVCell(h.Article.URL), CSVCell(h.Article.Title), CSVCell(e.Sentence)}
}

func (h *handler) export(w http.ResponseWriter, r *http.Request) {
	q, err := eventQuery(r, "format", "max")
	if err != nil {
		h.badParam(w, r, err)
		return
	}
	v := r.URL.Query()
	format, err := single(v, "format")
	if err != nil {
		h.badParam(w, r, err)
		return
	}
	if format == "" {
		format = FormatCSV
	}
	if !slices.Contains(ExportFormats(), format) {
		h.error(w, r, http.StatusBadRequest, "format", "want one of "+strings.Join(ExportFormats(), ", "), nil)
		return
	}
	max := h.opts.MaxExport
	s, err := single(v, "max")
	if err != nil {
		h.badParam(w, r, err)
		return
	}
	if s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > h.opts.MaxExport {
			h.error(w, r, http.StatusBadRequest, "max", "want an integer from 1 to "+strconv.Itoa(h.opts.MaxExport), nil)
			return
		}
		max = n
	}
	// Check the filters before the first byte goes out, so a bad cursor
	// or a failing store is still an error status.
	probe := q
	probe.Limit, probe.Cursor = 1, ""
	if _, err := h.st.Events(r.Context(), probe); err != nil {
		h.storeError(w, r, "export", err)
		return
	}
	ctype, ext := "text/csv; charset=utf-8", "csv"
	switch format {
	case FormatJSONL:
		ctype, ext = "application/x-ndjson; charset=utf-8", "jsonl"
	case FormatGDELT, FormatGDELTMentions:
		ctype, ext = "text/tab-separated-values; charset=utf-8", "tsv"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", `attachment; filename="casus-events-`+format+`.`+ext+`"`)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	rc := http.NewResponseController(w)
	dw := &deadlineWriter{w: w, set: rc.SetWriteDeadline, now: time.Now, idle: h.opts.WriteIdle}
	if _, err := WriteEvents(r.Context(), dw, h.st, q, format, max, true); err != nil && !errors.Is(err, context.Canceled) {
		// The status is sent; all that is left is to log and stop.
		h.log.Error("api export", "url", r.URL.String(), "err", err)
	}
}

// deadlineWriter writes a long answer to a client, moving the
// connection's write deadline idle ahead as the answer goes out (at most
// every idle/8), so that the server's WriteTimeout, which counts from the
// request, does not cut off a download that is making progress, while a
// client that takes nothing for idle is still cut off.
type deadlineWriter struct {
	w    io.Writer
	set  func(time.Time) error // sets the write deadline (http.ResponseController's)
	now  func() time.Time
	idle time.Duration
	next time.Time // when to move the deadline again
	off  bool      // the ResponseWriter has no deadline to move
}

func (d *deadlineWriter) Write(p []byte) (int, error) {
	if now := d.now(); !d.off && !now.Before(d.next) {
		if err := d.set(now.Add(d.idle)); err != nil {
			// http.ErrNotSupported: not a connection of net/http's server.
			d.off = true
		}
		d.next = now.Add(d.idle / 8)
	}
	return d.w.Write(p)
}
