package api

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/netip"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/store"
)

// MaxLimit is the largest page size a client may ask for.
const MaxLimit = 500

// Options configure NewHandler. The zero value serves every read to
// anyone and refuses ingestion.
type Options struct {
	// Log receives server faults; nil means slog.Default().
	Log *slog.Logger
	// Token is the bearer token that POST /api/ingest requires (and every
	// request, when Private is set). Empty disables ingestion.
	Token string
	// Private closes reads too: every request needs the token.
	Private bool
	// Ingest queues ingestion requests; nil disables POST /api/ingest.
	Ingest Ingester
	// MaxBody bounds the body of POST /api/ingest in bytes; zero means
	// DefaultMaxBody.
	MaxBody int64
	// IngestRate and IngestBurst limit POST /api/ingest per client
	// address: IngestBurst requests at once, refilled at IngestRate per
	// second. Zero means DefaultIngestRate and DefaultIngestBurst.
	IngestRate  float64
	IngestBurst int
	// TrustedProxies are the reverse proxies in front of the server. A
	// request whose peer is one of them is counted against the client
	// its X-Forwarded-For names (the nearest address that is not a
	// trusted proxy); with none, the header is ignored and every request
	// counts against its peer. ParseTrustedProxies reads a list.
	TrustedProxies []netip.Prefix
	// MaxExport bounds the events of one export; zero means
	// DefaultMaxExport.
	MaxExport int
	// WriteIdle is how long an export may wait on a client that takes
	// nothing: as an export makes progress it moves the connection's
	// write deadline this far ahead, so a slow but live download of
	// MaxExport events outlasts the server's WriteTimeout while a stalled
	// client is still cut off. Zero means DefaultWriteIdle.
	WriteIdle time.Duration
}

// Defaults of Options.
const (
	DefaultMaxBody     = 4 << 20
	DefaultIngestRate  = 0.5
	DefaultIngestBurst = 5
	DefaultMaxExport   = 200000
	DefaultWriteIdle   = time.Minute
)

// NewHandler returns a handler serving the API from st.
func NewHandler(st store.Store, opts Options) http.Handler {
	if opts.Log == nil {
		opts.Log = slog.Default()
	}
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	if opts.IngestRate <= 0 {
		opts.IngestRate = DefaultIngestRate
	}
	if opts.IngestBurst <= 0 {
		opts.IngestBurst = DefaultIngestBurst
	}
	if opts.MaxExport <= 0 {
		opts.MaxExport = DefaultMaxExport
	}
	if opts.WriteIdle <= 0 {
		opts.WriteIdle = DefaultWriteIdle
	}
	h := &handler{st: st, log: opts.Log, opts: opts, limiter: newLimiter(opts.IngestRate, opts.IngestBurst)}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/articles", h.articles)
	mux.HandleFunc("GET /api/articles/{id}", h.article)
	mux.HandleFunc("GET /api/stats", h.stats)
	mux.HandleFunc("GET /api/events", h.events)
	mux.HandleFunc("GET /api/export", h.export)
	mux.HandleFunc("GET /api/timeline", h.timeline)
	mux.HandleFunc("GET /api/groups", h.groups)
	mux.HandleFunc("GET /api/network", h.network)
	mux.HandleFunc("GET /api/quotes", h.quotes)
	mux.HandleFunc("POST /api/ingest", h.ingest)
	mux.HandleFunc("GET /api/ingest/{id}", h.ingestStatus)
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		h.error(w, r, http.StatusNotFound, "", "no such endpoint", nil)
	})
	if opts.Private {
		return RequireToken(opts.Token, mux)
	}
	return mux
}

type handler struct {
	st      store.Store
	log     *slog.Logger
	opts    Options
	limiter *limiter
}

// RequireToken wraps h so that every request must carry token, as a bearer
// token ("Authorization: Bearer TOKEN") or as the password of HTTP basic
// authentication (any user name), which browsers can prompt for. An empty
// token refuses every request.
func RequireToken(token string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !hasToken(r, token) {
			w.Header().Set("WWW-Authenticate", `Basic realm="casus", charset="UTF-8"`)
			writeJSONError(w, http.StatusUnauthorized, "token", "this server needs its token: Authorization: Bearer TOKEN")
			return
		}
		h.ServeHTTP(w, r)
	})
}

// hasToken reports whether r carries token, comparing in constant time.
func hasToken(r *http.Request, token string) bool {
	if token == "" {
		return false
	}
	got := ""
	if a := r.Header.Get("Authorization"); len(a) > 7 && strings.EqualFold(a[:7], "bearer ") {
		got = strings.TrimSpace(a[7:])
	} else if _, pw, ok := r.BasicAuth(); ok {
		got = pw
	}
	return subtle.ConstantTimeCompare([]byte(got), []byte(token)) == 1
}

// badParam answers an error of reading the request: 400 naming the
// parameter for a *ParamError, 500 (logged) for anything else, so no
// error leaves a handler without an answer.
func (h *handler) badParam(w http.ResponseWriter, r *http.Request, err error) {
	var pe *ParamError
	if errors.As(err, &pe) {
		h.error(w, r, http.StatusBadRequest, pe.Param, pe.Msg, nil)
		return
	}
	h.error(w, r, http.StatusInternalServerError, "", "reading the request failed", err)
}

// storeError answers an error of the store: 400 for a bad cursor or
// query, 500 (logged) for the rest.
func (h *handler) storeError(w http.ResponseWriter, r *http.Request, what string, err error) {
	switch {
	case errors.Is(err, store.ErrBadCursor):
		h.error(w, r, http.StatusBadRequest, "cursor", "not a cursor this server gave out for this sort", nil)
	case errors.Is(err, store.ErrBadQuery):
		h.error(w, r, http.StatusBadRequest, "", err.Error(), nil)
	case errors.Is(err, context.Canceled):
		// The client went away; nobody is listening.
	default:
		h.error(w, r, http.StatusInternalServerError, "", what+" failed", err)
	}
}

func (h *handler) articles(w http.ResponseWriter, r *http.Request) {
	q, err := articleQuery(r)
	if err != nil {
		h.badParam(w, r, err)
		return
	}
	page, err := h.st.Articles(r.Context(), q)
	if err != nil {
		h.storeError(w, r, "listing articles", err)
		return
	}
	h.json(w, r, http.StatusOK, articlePage{Articles: page.Articles, Next: page.Next})
}

// articlePage is the JSON form of a page of articles.
type articlePage struct {
	Articles []*model.Article `json:"articles"`
	Next     string           `json:"next"`
}

// articleQuery reads the article filters from r's query string.
func articleQuery(r *http.Request) (store.ArticleQuery, error) {
	p := params{v: r.URL.Query()}
	q := store.ArticleQuery{
		Limit:     p.limit(50),
		Cursor:    p.text("cursor", 200),
		Publisher: p.text("publisher", 200),
		Text:      p.text("q", MaxTextLen),
	}
	q.From, q.To = p.dates()
	return q, p.err
}

func (h *handler) article(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id < 1 {
		h.error(w, r, http.StatusBadRequest, "id", "want a positive integer", nil)
		return
	}
	a, err := h.st.Article(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		h.error(w, r, http.StatusNotFound, "id", "no such article", nil)
		return
	}
	if err != nil {
		h.storeError(w, r, "reading the article", err)
		return
	}
	h.json(w, r, http.StatusOK, a)
}

func (h *handler) stats(w http.ResponseWriter, r *http.Request) {
	s, err := h.st.Stats(r.Context())
	if err != nil {
		h.storeError(w, r, "reading stats", err)
		return
	}
	h.json(w, r, http.StatusOK, map[string]any{
		"articles":       s.Articles,
		"texts":          s.Texts,
		"carriers":       s.Carriers,
		"events":         s.Events,
		"quotes":         s.Quotes,
		"schema_version": s.SchemaVersion,
	})
}

// eventQuery reads event filters, refusing parameters it does not know
// among extra, so a typo is a 400 rather than an unfiltered answer.
func eventQuery(r *http.Request, extra ...string) (store.EventQuery, error) {
	v := r.URL.Query()
	for k := range v {
		if !slices.Contains(eventParams[:], k) && !slices.Contains(extra, k) {
			return store.EventQuery{}, &ParamError{k, "unknown parameter"}
		}
	}
	return ParseEventQuery(v)
}

func (h *handler) events(w http.ResponseWriter, r *http.Request) {
	q, err := eventQuery(r)
	if err != nil {
		h.badParam(w, r, err)
		return
	}
	page, err := h.st.Events(r.Context(), q)
	if err != nil {
		h.storeError(w, r, "listing events", err)
		return
	}
	if page.Events == nil {
		page.Events = []store.EventHit{}
	}
	h.json(w, r, http.StatusOK, struct {
		Events []store.EventHit `json:"events"`
		Next   string           `json:"next"`
	}{page.Events, page.Next})
}

func (h *handler) timeline(w http.ResponseWriter, r *http.Request) {
	q, err := eventQuery(r, "interval")
	if err != nil {
		h.badParam(w, r, err)
		return
	}
	s, err := single(r.URL.Query(), "interval")
	if err != nil {
		h.badParam(w, r, err)
		return
	}
	iv := store.Interval(s)
	switch iv {
	case "":
		iv = store.Day
	case store.Day, store.Week, store.Month:
	default:
		h.error(w, r, http.StatusBadRequest, "interval", "want day, week or month", nil)
		return
	}
	bs, err := h.st.Timeline(r.Context(), q, iv)
	if err != nil {
		h.storeError(w, r, "timeline", err)
		return
	}
	if bs == nil {
		bs = []store.Bucket{}
	}
	h.json(w, r, http.StatusOK, struct {
		Interval store.Interval `json:"interval"`
		Buckets  []store.Bucket `json:"buckets"`
	}{iv, bs})
}

// top reads the "top" parameter: how many groups to return.
func top(v url.Values, def int) (int, error) {
	s, err := single(v, "top")
	if err != nil || s == "" {
		return def, err
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > MaxLimit {
		return 0, &ParamError{"top", "want an integer from 1 to " + strconv.Itoa(MaxLimit)}
	}
	return n, nil
}

func (h *handler) groups(w http.ResponseWriter, r *http.Request) {
	q, err := eventQuery(r, "by", "top")
	if err == nil {
		q.Limit, err = top(r.URL.Query(), 50)
	}
	if err != nil {
		h.badParam(w, r, err)
		return
	}
	s, err := single(r.URL.Query(), "by")
	if err != nil {
		h.badParam(w, r, err)
		return
	}
	by := store.GroupBy(s)
	if !slices.Contains(groupNames(), string(by)) {
		h.error(w, r, http.StatusBadRequest, "by", "want one of "+strings.Join(groupNames(), ", "), nil)
		return
	}
	gs, err := h.st.Groups(r.Context(), q, by, q.Limit)
	if err != nil {
		h.storeError(w, r, "grouping events", err)
		return
	}
	if gs == nil {
		gs = []store.Group{}
	}
	h.json(w, r, http.StatusOK, struct {
		By     store.GroupBy `json:"by"`
		Groups []store.Group `json:"groups"`
	}{by, gs})
}

func groupNames() []string {
	var out []string
	for _, g := range store.Groupings() {
		out = append(out, string(g))
	}
	return out
}

// Node is an actor of a network.
type Node struct {
	Code string `json:"code"`
	Name string `json:"name"`
	// Count is the events of the network's edges that the actor is in;
	// Goldstein their mean score.
	Count     int64   `json:"count"`
	Goldstein float64 `json:"goldstein"`
}

// Edge is the events from one actor to another.
type Edge struct {
	Source    string  `json:"source"`
	Target    string  `json:"target"`
	Count     int64   `json:"count"`
	Conflict  int64   `json:"conflict"`
	Goldstein float64 `json:"goldstein"`
}

// Network is who acts on whom for a filter: the busiest actor pairs and
// the actors in them.
type Network struct {
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"edges"`
}

// BuildNetwork makes a network of actor pairs (groups by store.ByPair).
// Nodes come in order of first appearance, so the busiest pair's actors
// first.
func BuildNetwork(pairs []store.Group) Network {
	n := Network{Nodes: []Node{}, Edges: []Edge{}}
	index := map[string]int{}
	node := func(code, name string, g store.Group) {
		i, ok := index[code]
		if !ok {
			i = len(n.Nodes)
			index[code] = i
			n.Nodes = append(n.Nodes, Node{Code: code, Name: name})
		}
		nd := &n.Nodes[i]
		if nd.Name == "" {
			nd.Name = name
		}
		sum := nd.Goldstein*float64(nd.Count) + g.Goldstein*float64(g.Count)
		nd.Count += g.Count
		nd.Goldstein = sum / float64(nd.Count)
	}
	for _, g := range pairs {
		node(g.Key, g.Name, g)
		if g.Target != g.Key {
			node(g.Target, g.TargetName, g)
		}
		n.Edges = append(n.Edges, Edge{Source: g.Key, Target: g.Target, Count: g.Count, Conflict: g.Conflict, Goldstein: g.Goldstein})
	}
	return n
}

func (h *handler) network(w http.ResponseWriter, r *http.Request) {
	q, err := eventQuery(r, "top")
	if err == nil {
		q.Limit, err = top(r.URL.Query(), 60)
	}
	if err != nil {
		h.badParam(w, r, err)
		return
	}
	pairs, err := h.st.Groups(r.Context(), q, store.ByPair, q.Limit)
	if err != nil {
		h.storeError(w, r, "network", err)
		return
	}
	h.json(w, r, http.StatusOK, BuildNetwork(pairs))
}

func (h *handler) quotes(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	for k := range v {
		if !slices.Contains(quoteParams[:], k) {
			h.error(w, r, http.StatusBadRequest, k, "unknown parameter", nil)
			return
		}
	}
	q, err := ParseQuoteQuery(v)
	if err != nil {
		h.badParam(w, r, err)
		return
	}
	page, err := h.st.Quotes(r.Context(), q)
	if err != nil {
		h.storeError(w, r, "listing quotes", err)
		return
	}
	if page.Quotes == nil {
		page.Quotes = []store.QuoteHit{}
	}
	h.json(w, r, http.StatusOK, struct {
		Quotes []store.QuoteHit `json:"quotes"`
		Next   string           `json:"next"`
	}{page.Quotes, page.Next})
}

func (h *handler) json(w http.ResponseWriter, r *http.Request, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		h.error(w, r, http.StatusInternalServerError, "", "encoding the response failed", err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(b)
	w.Write([]byte{'\n'})
}

func (h *handler) error(w http.ResponseWriter, r *http.Request, status int, param, msg string, err error) {
	if err != nil {
		h.log.Error("api", "method", r.Method, "url", r.URL.String(), "status", status, "err", err)
	}
	writeJSONError(w, status, param, msg)
}

// writeJSONError writes {"error": msg, "param": param}.
func writeJSONError(w http.ResponseWriter, status int, param, msg string) {
	body := struct {
		Error string `json:"error"`
		Param string `json:"param,omitempty"`
	}{msg, param}
	b, _ := json.Marshal(body)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(b)
	w.Write([]byte{'\n'})
}

// limiter is a token bucket per client address.
type limiter struct {
	rate  float64
	burst float64

	mu sync.Mutex
	b  map[string]*bucket // by client address
}

type bucket struct {
	tokens float64
	last   time.Time
}

func newLimiter(rate float64, burst int) *limiter {
	return &limiter{rate: rate, burst: float64(burst), b: map[string]*bucket{}}
}

// allow takes a token for key, reporting whether there was one and, when
// not, how long until there is.
func (l *limiter) allow(key string, now time.Time) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.b) > 10000 { // forget idle clients rather than grow without bound
		for k, b := range l.b {
			if now.Sub(b.last).Seconds()*l.rate >= l.burst {
				delete(l.b, k)
			}
		}
	}
	b, ok := l.b[key]
	if !ok {
		b = &bucket{tokens: l.burst, last: now}
		l.b[key] = b
	}
	b.tokens = min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true, 0
	}
	return false, time.Duration((1 - b.tokens) / l.rate * float64(time.Second))
}
