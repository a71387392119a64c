package web

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/casus-project/casus/api"
	"github.com/casus-project/casus/cameo"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/place"
	"github.com/casus-project/casus/store"
)

//go:embed templates/*.html static
var templateFS embed.FS

// NewHandler returns a handler for the HTML pages, or an error if the
// embedded templates do not parse. Rendered pages are kept for up to 15
// seconds while the store's counts do not change.
func NewHandler(st store.Store, log *slog.Logger) (http.Handler, error) {
	return newHandler(st, log, newPageCache(15*time.Second, 256, 16<<20))
}

// newHandler is NewHandler with a page cache of the caller's choosing; nil
// renders every request.
func newHandler(st store.Store, log *slog.Logger, cache *pageCache) (http.Handler, error) {
	if log == nil {
		log = slog.Default()
	}
	tmpl, err := template.New("").Funcs(template.FuncMap{
		"paragraphs": paragraphs,
		"codeName":   codeName,
		"quadName":   quadName,
		"tone":       toneClass,
		"withParam":  withParam,
		"inc":        func(i int) int { return i + 1 },
		"fmtg":       func(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) },
		"day":        func(t time.Time) string { return t.Format(time.DateOnly) },
		"published":  published,
		"pathEscape": url.PathEscape,
		"list":       func(s ...string) []string { return s },
		"withoutDates": func(v url.Values) url.Values {
			c := url.Values{}
			for k, vs := range v {
				if k != "from" && k != "to" && k != "cursor" {
					c[k] = vs
				}
			}
			return c
		},
	}).ParseFS(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	h := &handler{st: st, log: log, tmpl: tmpl, cache: cache}
	if h.world, err = newOutline(); err != nil {
		return nil, err
	}
	if g, err := place.Default(); err == nil {
		h.gaz = g
	} else {
		log.Warn("web: no gazetteer; the map shows places only", "err", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", h.overview)
	mux.HandleFunc("GET /search", h.search)
	mux.HandleFunc("GET /timeline", h.timeline)
	mux.HandleFunc("GET /network", h.network)
	mux.HandleFunc("GET /map", h.worldMap)
	mux.HandleFunc("GET /articles", h.articles)
	mux.HandleFunc("GET /articles/{id}", h.article)
	mux.HandleFunc("GET /actors/{code}", h.actor)
	pages := h.cachePages(mux)
	all := http.NewServeMux()
	all.Handle("GET /static/", http.FileServerFS(templateFS))
	all.Handle("/", pages)
	return withHeaders(all), nil
}

// withHeaders sets the security headers every page carries: no script,
// style or image from anywhere but this server.
func withHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		if strings.HasPrefix(r.URL.Path, "/static/") {
			w.Header().Set("Cache-Control", "public, max-age=3600")
		}
		h.ServeHTTP(w, r)
	})
}

type handler struct {
	st   store.Store
	log  *slog.Logger
	tmpl *template.Template
	gaz  *place.Gazetteer
	// world is the map's outline.
	world *outline
	cache *pageCache // nil for none
	// publishers keeps the filter form's publisher list while the store
	// does not change: grouping every event by publisher for each page
	// would read the whole store.
	publishers publisherList
}

// publisherList is the busiest publishers (at most maxPublishers) of the
// store as it was at version, read at at.
type publisherList struct {
	mu      sync.Mutex
	version store.Stats
	at      time.Time
	names   []string
	ok      bool
}

// publishersFor is how long a publisher list is kept while the store's
// counts stay the same, as long as a cached page: an article stored
// again under another publisher changes no count.
const publishersFor = 15 * time.Second

// get returns the store's busiest publishers, reading them again only when
// the store's counts have changed since the last read, or when that read
// is older than publishersFor at now.
func (l *publisherList) get(ctx context.Context, st store.Store, now time.Time) ([]string, error) {
	version, err := st.Stats(ctx)
	if err != nil {
		return nil, fmt.Errorf("publishers: %w", err)
	}
	l.mu.Lock()
	if l.ok && l.version == version && now.Sub(l.at) <= publishersFor {
		names := l.names
		l.mu.Unlock()
		return names, nil
	}
	l.mu.Unlock()
	gs, err := st.Groups(ctx, store.EventQuery{}, store.ByPublisher, maxPublishers)
	if err != nil {
		return nil, fmt.Errorf("publishers: %w", err)
	}
	names := make([]string, len(gs))
	for i, g := range gs {
		names[i] = g.Key
	}
	l.mu.Lock()
	l.version, l.at, l.names, l.ok = version, now, names, true
	l.mu.Unlock()
	return names, nil
}

// page is what every page template gets.
type page struct {
	Title string
	Nav   string // the current section, for aria-current
	Query url.Values
	Error *api.ParamError
	Data  any
	// Publishers are offered in the filter form's publisher field, which
	// matches a publisher's whole name: the busiest first.
	Publishers []string
}

// maxPublishers is how many publishers the filter form offers.
const maxPublishers = 200

func (h *handler) overview(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	stats, err := h.st.Stats(ctx)
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	latest, err := h.st.Events(ctx, store.EventQuery{Limit: 15, Background: ptr(false)})
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	months, err := h.st.Timeline(ctx, store.EventQuery{}, store.Month)
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	pairs, err := h.st.Groups(ctx, store.EventQuery{}, store.ByPair, 10)
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	h.render(w, r, http.StatusOK, "overview.html", page{Title: "Overview", Nav: "overview", Data: map[string]any{
		"Stats": stats, "Latest": latest.Events, "Chart": barChart(months, store.Month, url.Values{}), "Pairs": pairs,
	}})
}

// filters reads the event filters of a page, answering 400 with the form
// when they are bad. It returns the query and the page's parameters:
// the filters and those of extra that are set, without empty form fields
// and parameters the page does not know.
func (h *handler) filters(w http.ResponseWriter, r *http.Request, name string, extra ...string) (store.EventQuery, url.Values, bool) {
	known := api.EventParams()
	clean, filters := url.Values{}, url.Values{}
	for k, vs := range r.URL.Query() {
		if len(vs) == 1 && vs[0] == "" {
			continue // empty form fields
		}
		switch {
		case slices.Contains(known, k):
			filters[k] = vs
			clean[k] = vs
		case slices.Contains(extra, k):
			clean[k] = vs
		}
	}
	q, err := api.ParseEventQuery(filters)
	var pe *api.ParamError
	switch {
	case errors.As(err, &pe):
		h.render(w, r, http.StatusBadRequest, name, page{Title: "Bad filter", Nav: strings.TrimSuffix(name, ".html"), Query: clean, Error: pe})
		return q, clean, false
	case err != nil:
		h.fail(w, r, http.StatusInternalServerError, err)
		return q, clean, false
	}
	return q, clean, true
}

func (h *handler) search(w http.ResponseWriter, r *http.Request) {
	q, v, ok := h.filters(w, r, "search.html")
	if !ok {
		return
	}
	res, err := h.st.Events(r.Context(), q)
	if errors.Is(err, store.ErrBadCursor) {
		h.render(w, r, http.StatusBadRequest, "search.html", page{Title: "Search", Nav: "search", Query: v,
			Error: &api.ParamError{Param: "cursor", Msg: "not a cursor of this search"}})
		return
	}
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	next := ""
	if res.Next != "" {
		next = withParam(v, "cursor", res.Next)
	}
	export := url.Values{}
	for k, vs := range v {
		if k != "cursor" && k != "limit" {
			export[k] = vs
		}
	}
	h.render(w, r, http.StatusOK, "search.html", page{Title: "Search", Nav: "search", Query: v, Data: map[string]any{
		"Events": res.Events, "Next": next, "Export": export.Encode(), "Sorts": store.EventSorts(),
	}})
}

func (h *handler) timeline(w http.ResponseWriter, r *http.Request) {
	q, v, ok := h.filters(w, r, "timeline.html", "interval")
	if !ok {
		return
	}
	iv := store.Interval(v.Get("interval"))
	switch iv {
	case store.Day, store.Week, store.Month:
	case "":
		iv = store.Week
	default:
		h.render(w, r, http.StatusBadRequest, "timeline.html", page{Title: "Timeline", Nav: "timeline", Query: v,
			Error: &api.ParamError{Param: "interval", Msg: "want day, week or month"}})
		return
	}
	bs, err := h.st.Timeline(r.Context(), q, iv)
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	h.render(w, r, http.StatusOK, "timeline.html", page{Title: "Timeline", Nav: "timeline", Query: v, Data: map[string]any{
		"Chart": barChart(bs, iv, v), "Interval": string(iv), "Buckets": bs,
	}})
}

func (h *handler) network(w http.ResponseWriter, r *http.Request) {
	q, v, ok := h.filters(w, r, "network.html")
	if !ok {
		return
	}
	pairs, err := h.st.Groups(r.Context(), q, store.ByPair, 40)
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	n := api.BuildNetwork(pairs)
	h.render(w, r, http.StatusOK, "network.html", page{Title: "Network", Nav: "network", Query: v, Data: map[string]any{
		"Graph": networkChart(n), "Network": n,
	}})
}

func (h *handler) worldMap(w http.ResponseWriter, r *http.Request) {
	q, v, ok := h.filters(w, r, "map.html")
	if !ok {
		return
	}
	ctx := r.Context()
	places, err := h.st.Groups(ctx, q, store.ByPlace, 300)
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	countries, err := h.st.Groups(ctx, q, store.ByCountry, 0)
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	h.render(w, r, http.StatusOK, "map.html", page{Title: "Map", Nav: "map", Query: v, Data: map[string]any{
		"Map": mapChart(h.gaz, h.world, places, countries), "Countries": h.countryRows(countries), "Places": places,
	}})
}

// countryRow is a country of the map's table.
type countryRow struct {
	store.Group
	Name string
}

func (h *handler) countryRows(gs []store.Group) []countryRow {
	var out []countryRow
	for _, g := range gs {
		name := g.Key
		if h.gaz != nil {
			if c, ok := h.gaz.Country(g.Key); ok {
				name = c.Name
			}
		}
		out = append(out, countryRow{g, name})
	}
	return out
}

func (h *handler) articles(w http.ResponseWriter, r *http.Request) {
	q := store.ArticleQuery{Limit: 20, Cursor: r.URL.Query().Get("cursor"), Text: r.URL.Query().Get("q")}
	if len(q.Text) > api.MaxTextLen {
		h.fail(w, r, http.StatusBadRequest, errors.New("search text too long"))
		return
	}
	res, err := h.st.Articles(r.Context(), q)
	if errors.Is(err, store.ErrBadCursor) {
		h.fail(w, r, http.StatusBadRequest, errors.New("bad cursor"))
		return
	}
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	stats, err := h.st.Stats(r.Context())
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	h.render(w, r, http.StatusOK, "index.html", page{Title: "Articles", Nav: "articles",
		Data: map[string]any{"Page": res, "Stats": stats, "Query": q.Text}})
}

func (h *handler) article(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id < 1 {
		h.fail(w, r, http.StatusBadRequest, errors.New("bad article id"))
		return
	}
	a, err := h.st.Article(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		h.fail(w, r, http.StatusNotFound, err)
		return
	}
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	h.render(w, r, http.StatusOK, "article.html", page{Title: a.Title, Nav: "articles", Data: map[string]any{
		"Article": a, "Text": annotate(a),
	}})
}

func (h *handler) actor(w http.ResponseWriter, r *http.Request) {
	code := strings.ToUpper(r.PathValue("code"))
	q, err := api.ParseEventQuery(url.Values{"actor": {code}})
	if err != nil || code == "" || len(code) > 40 {
		h.fail(w, r, http.StatusBadRequest, errors.New("bad actor code"))
		return
	}
	ctx := r.Context()
	q.Limit = 25
	evs, err := h.st.Events(ctx, q)
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	months, err := h.st.Timeline(ctx, q, store.Month)
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	pairs, err := h.st.Groups(ctx, q, store.ByPair, 20)
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	quotes, err := h.st.Quotes(ctx, store.QuoteQuery{Speaker: code, Limit: 20})
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	// A code such as IRNGOV stands for many people and bodies: the page
	// takes the name that more than half the code's named mentions in the
	// events shown give it, as the API's groups do, rather than calling
	// the Iranian government by whichever minister spoke last, and lists
	// the names when there are several.
	type named struct {
		Name  string
		Count int
	}
	var names []named
	total := 0
	for _, e := range evs.Events {
		for _, a := range []*model.Actor{e.Source, e.Target} {
			if a == nil || a.Code != code || a.Name == "" {
				continue
			}
			total++
			i := slices.IndexFunc(names, func(n named) bool { return n.Name == a.Name })
			if i < 0 {
				i = len(names)
				names = append(names, named{Name: a.Name})
			}
			names[i].Count++
		}
	}
	slices.SortStableFunc(names, func(a, b named) int { return b.Count - a.Count })
	name := code
	if len(names) > 0 && 2*names[0].Count > total {
		name = names[0].Name
	}
	if len(names) < 2 {
		names = nil
	}
	status := http.StatusOK
	if len(evs.Events) == 0 && len(quotes.Quotes) == 0 {
		status = http.StatusNotFound
	}
	h.render(w, r, status, "actor.html", page{Title: name, Nav: "network", Data: map[string]any{
		"Code": code, "Name": name, "Names": names, "Events": evs.Events, "More": evs.Next != "",
		"Chart": barChart(months, store.Month, url.Values{"actor": {code}}), "Pairs": pairs, "Quotes": quotes.Quotes,
	}})
}

// render executes a template into a buffer first, so a failure half way
// gives an error page, not half a page.
func (h *handler) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	if p, ok := data.(page); ok && hasFilters(name) {
		var err error
		if p.Publishers, err = h.publishers.get(r.Context(), h.st, time.Now()); err != nil {
			h.fail(w, r, http.StatusInternalServerError, err)
			return
		}
		data = p
	}
	var b bytes.Buffer
	if err := h.tmpl.ExecuteTemplate(&b, name, data); err != nil {
		if errors.Is(r.Context().Err(), context.Canceled) {
			return
		}
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

// hasFilters reports whether the page of template name has the filter
// form.
func hasFilters(name string) bool {
	switch name {
	case "search.html", "timeline.html", "network.html", "map.html":
		return true
	}
	return false
}

func (h *handler) fail(w http.ResponseWriter, r *http.Request, status int, err error) {
	if status >= 500 {
		h.log.Error("web", "url", r.URL.String(), "err", err)
		err = errors.New("internal error")
	}
	http.Error(w, http.StatusText(status)+": "+err.Error(), status)
}

// paragraphs splits an article's text into its paragraphs.
func paragraphs(a *model.Article) []string {
	var out []string
	start := 0
	for i := 0; i <= len(a.Text); i++ {
		if i == len(a.Text) || a.Text[i] == '\n' {
			if i > start {
				out = append(out, a.Text[start:i])
			}
			start = i + 1
		}
	}
	return out
}

func ptr[T any](v T) *T { return &v }

// published writes a publication date for a reader: the day, and the
// time with its zone when the page gave one ("2026-03-10 09:30 +02:00",
// where the API writes RFC 3339).
func published(d model.Date) string {
	if d.Clock {
		return d.Time.Format("2006-01-02 15:04 -07:00")
	}
	return d.String()
}

// codeName is the CAMEO codebook's name of an event code.
func codeName(code string) string {
	if e, ok := cameo.Lookup(code); ok {
		return e.Name
	}
	return ""
}

// quadName names a QuadClass.
func quadName(q int) string {
	switch q {
	case 1:
		return "verbal cooperation"
	case 2:
		return "material cooperation"
	case 3:
		return "verbal conflict"
	case 4:
		return "material conflict"
	}
	return "unknown"
}

// toneClass is the CSS class of a Goldstein score.
func toneClass(g float64) string {
	switch {
	case g <= -5:
		return "t-conflict2"
	case g < 0:
		return "t-conflict"
	case g == 0:
		return "t-neutral"
	case g < 5:
		return "t-coop"
	}
	return "t-coop2"
}

// withParam returns the query string of v with name set to value (deleted
// when value is empty), for links that change one filter.
func withParam(v url.Values, name, value string) string {
	c := url.Values{}
	for k, vs := range v {
		if k != "cursor" {
			c[k] = vs
		}
	}
	if value == "" {
		c.Del(name)
	} else {
		c.Set(name, value)
	}
	return c.Encode()
}
