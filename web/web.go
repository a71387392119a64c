package web

import (
	"bytes"
	"embed"
	"errors"
	"html/template"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/store"
)

//go:embed templates/*.html
var templateFS embed.FS

// NewHandler returns a handler for the HTML pages, or an error if the
// embedded templates do not parse.
func NewHandler(st store.Store, log *slog.Logger) (http.Handler, error) {
	if log == nil {
		log = slog.Default()
	}
	tmpl, err := template.New("").Funcs(template.FuncMap{
		"paragraphs": paragraphs,
	}).ParseFS(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	h := &handler{st: st, log: log, tmpl: tmpl}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", h.index)
	mux.HandleFunc("GET /articles/{id}", h.article)
	return mux, nil
}

type handler struct {
	st   store.Store
	log  *slog.Logger
	tmpl *template.Template
}

func (h *handler) index(w http.ResponseWriter, r *http.Request) {
	q := store.ArticleQuery{Limit: 50, Cursor: r.URL.Query().Get("cursor"), Text: r.URL.Query().Get("q")}
	page, err := h.st.Articles(r.Context(), q)
	if err != nil {
		h.fail(w, r, http.StatusBadRequest, err)
		return
	}
	stats, err := h.st.Stats(r.Context())
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	h.render(w, r, "index.html", map[string]any{"Page": page, "Stats": stats, "Query": q.Text})
}

func (h *handler) article(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
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
	h.render(w, r, "article.html", a)
}

// render executes a template into a buffer first, so a failure half way
// gives an error page, not half a page.
func (h *handler) render(w http.ResponseWriter, r *http.Request, name string, data any) {
	var b bytes.Buffer
	if err := h.tmpl.ExecuteTemplate(&b, name, data); err != nil {
		h.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(b.Bytes())
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
