package api

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/store"
)

// MaxLimit is the largest page size a client may ask for.
const MaxLimit = 500

// NewHandler returns a handler serving the API from st.
func NewHandler(st store.Store, log *slog.Logger) http.Handler {
	if log == nil {
		log = slog.Default()
	}
	h := &handler{st: st, log: log}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/articles", h.articles)
	mux.HandleFunc("GET /api/articles/{id}", h.article)
	mux.HandleFunc("GET /api/stats", h.stats)
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		h.error(w, r, http.StatusNotFound, "", "no such endpoint", nil)
	})
	return mux
}

type handler struct {
	st  store.Store
	log *slog.Logger
}

// paramError is a bad query parameter.
type paramError struct {
	param, msg string
}

func (e *paramError) Error() string { return e.param + ": " + e.msg }

func (h *handler) articles(w http.ResponseWriter, r *http.Request) {
	q, err := articleQuery(r)
	if err != nil {
		var pe *paramError
		errors.As(err, &pe)
		h.error(w, r, http.StatusBadRequest, pe.param, pe.msg, nil)
		return
	}
	page, err := h.st.Articles(r.Context(), q)
	if errors.Is(err, store.ErrBadCursor) {
		h.error(w, r, http.StatusBadRequest, "cursor", "not a cursor this server gave out", nil)
		return
	}
	if err != nil {
		h.error(w, r, http.StatusInternalServerError, "", "listing articles failed", err)
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
	v := r.URL.Query()
	q := store.ArticleQuery{
		Limit:     50,
		Cursor:    v.Get("cursor"),
		Publisher: v.Get("publisher"),
		Text:      v.Get("q"),
	}
	if s := v.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > MaxLimit {
			return q, &paramError{"limit", "want an integer from 1 to " + strconv.Itoa(MaxLimit)}
		}
		q.Limit = n
	}
	for _, p := range []struct {
		name string
		t    *time.Time
	}{{"from", &q.From}, {"to", &q.To}} {
		s := v.Get(p.name)
		if s == "" {
			continue
		}
		t, err := time.Parse(time.DateOnly, s)
		if err != nil || t.Year() < 1800 || t.Year() > 2200 {
			return q, &paramError{p.name, "want a date YYYY-MM-DD between 1800 and 2200"}
		}
		*p.t = t
	}
	if !q.To.IsZero() {
		if !q.From.IsZero() && q.To.Before(q.From) {
			return q, &paramError{"to", "before from"}
		}
		q.To = q.To.AddDate(0, 0, 1) // To is exclusive: keep the whole last day
	}
	if len(q.Text) > 500 {
		return q, &paramError{"q", "longer than 500 characters"}
	}
	return q, nil
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
		h.error(w, r, http.StatusInternalServerError, "", "reading the article failed", err)
		return
	}
	h.json(w, r, http.StatusOK, a)
}

func (h *handler) stats(w http.ResponseWriter, r *http.Request) {
	s, err := h.st.Stats(r.Context())
	if err != nil {
		h.error(w, r, http.StatusInternalServerError, "", "reading stats failed", err)
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

func (h *handler) json(w http.ResponseWriter, r *http.Request, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		h.error(w, r, http.StatusInternalServerError, "", "encoding the response failed", err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b)
	w.Write([]byte{'\n'})
}

func (h *handler) error(w http.ResponseWriter, r *http.Request, status int, param, msg string, err error) {
	if err != nil {
		h.log.Error("api", "method", r.Method, "url", r.URL.String(), "status", status, "err", err)
	}
	body := struct {
		Error string `json:"error"`
		Param string `json:"param,omitempty"`
	}{msg, param}
	b, _ := json.Marshal(body)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b)
	w.Write([]byte{'\n'})
}
