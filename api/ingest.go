package api

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// IngestRequest is the body of POST /api/ingest: pages and feeds to
// fetch, and pages given inline.
type IngestRequest struct {
	// URLs are http or https addresses of pages or feeds; a feed's items
	// are fetched in turn.
	URLs []string `json:"urls"`
	// Documents are pages or texts sent in the request.
	Documents []IngestDocument `json:"documents"`
}

// IngestDocument is one inline page or text.
type IngestDocument struct {
	// URL is where the page lives, when it has an address.
	URL string `json:"url"`
	// HTML is the page; Text a plain text. Exactly one is set.
	HTML string `json:"html"`
	Text string `json:"text"`
	// Title and Published (YYYY-MM-DD or RFC 3339) help when the page
	// does not say.
	Title     string `json:"title"`
	Published string `json:"published"`
}

// IngestJob is the state of a queued request.
type IngestJob struct {
	ID string `json:"id"`
	// State is "queued", "running", "done" or "failed".
	State string `json:"state"`
	// Inputs is the number of URLs and documents of the request; Read,
	// Stored and Failed count what the pipeline did so far.
	Inputs int      `json:"inputs"`
	Read   int      `json:"read"`
	Stored int      `json:"stored"`
	Failed int      `json:"failed"`
	Errors []string `json:"errors,omitempty"`
}

// Ingester queues ingest requests for the pipeline.
type Ingester interface {
	// Enqueue queues req and returns its job; it fails with
	// ErrQueueFull when the queue has no room.
	Enqueue(ctx context.Context, req IngestRequest) (IngestJob, error)
	// Job returns the state of a queued job; ok is false for an unknown
	// ID.
	Job(id string) (job IngestJob, ok bool)
}

// ErrQueueFull is returned by Ingester.Enqueue when no more work can be
// queued; the API answers 503 with Retry-After.
var ErrQueueFull = errors.New("ingest queue full")

// MaxIngestItems bounds the URLs plus documents of one request.
const MaxIngestItems = 1000

// Validate checks a request: at least one item, at most MaxIngestItems,
// http(s) URLs, one of html or text per document, dates in the forms the
// model knows. Errors are *ParamError naming the JSON field.
func (req *IngestRequest) Validate() error {
	n := len(req.URLs) + len(req.Documents)
	if n == 0 {
		return &ParamError{"urls", "nothing to ingest: give urls or documents"}
	}
	if n > MaxIngestItems {
		return &ParamError{"urls", "more than " + strconv.Itoa(MaxIngestItems) + " urls and documents"}
	}
	for i, s := range req.URLs {
		if !httpURL(s) {
			return &ParamError{"urls[" + strconv.Itoa(i) + "]", "want an http or https URL"}
		}
	}
	for i, d := range req.Documents {
		name := "documents[" + strconv.Itoa(i) + "]"
		if (d.HTML == "") == (d.Text == "") {
			return &ParamError{name, "want one of html or text"}
		}
		if d.URL != "" && !httpURL(d.URL) {
			return &ParamError{name + ".url", "want an http or https URL"}
		}
		if d.Published != "" {
			if _, err := time.Parse(time.DateOnly, d.Published); err != nil {
				if _, err := time.Parse(time.RFC3339, d.Published); err != nil {
					return &ParamError{name + ".published", "want YYYY-MM-DD or RFC 3339"}
				}
			}
		}
		if !utf8.ValidString(d.HTML + d.Text + d.Title) {
			return &ParamError{name, "not valid UTF-8"}
		}
	}
	return nil
}

func httpURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && len(s) <= 4096
}

// ingestAllowed answers 403 when ingestion is off and 401 when r lacks
// the token, reporting whether r may go on.
func (h *handler) ingestAllowed(w http.ResponseWriter, r *http.Request) bool {
	if h.opts.Token == "" || h.opts.Ingest == nil {
		h.error(w, r, http.StatusForbidden, "", "ingestion is off: start the server with --token or CASUS_TOKEN", nil)
		return false
	}
	if !hasToken(r, h.opts.Token) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="casus"`)
		h.error(w, r, http.StatusUnauthorized, "token", "want Authorization: Bearer TOKEN", nil)
		return false
	}
	return true
}

func (h *handler) ingest(w http.ResponseWriter, r *http.Request) {
	if !h.ingestAllowed(w, r) {
		return
	}
	if ok, wait := h.limiter.allow(clientAddr(r, h.opts.TrustedProxies), time.Now()); !ok {
		w.Header().Set("Retry-After", strconv.Itoa(int(wait.Seconds())+1))
		h.error(w, r, http.StatusTooManyRequests, "", "too many ingest requests; retry later", nil)
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		h.error(w, r, http.StatusUnsupportedMediaType, "", "want a JSON body (Content-Type: application/json)", nil)
		return
	}
	body := http.MaxBytesReader(w, r.Body, h.opts.MaxBody)
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	var req IngestRequest
	if err := dec.Decode(&req); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			h.error(w, r, http.StatusRequestEntityTooLarge, "", "body larger than "+strconv.FormatInt(h.opts.MaxBody, 10)+" bytes", nil)
			return
		}
		h.error(w, r, http.StatusBadRequest, "", "body is not an ingest request: "+err.Error(), nil)
		return
	}
	if dec.More() {
		h.error(w, r, http.StatusBadRequest, "", "body holds more than one JSON value", nil)
		return
	}
	if err := req.Validate(); err != nil {
		h.badParam(w, r, err)
		return
	}
	job, err := h.opts.Ingest.Enqueue(r.Context(), req)
	if errors.Is(err, ErrQueueFull) {
		w.Header().Set("Retry-After", "30")
		h.error(w, r, http.StatusServiceUnavailable, "", "the ingest queue is full; retry later", nil)
		return
	}
	if err != nil {
		h.error(w, r, http.StatusInternalServerError, "", "queueing failed", err)
		return
	}
	w.Header().Set("Location", "/api/ingest/"+url.PathEscape(job.ID))
	h.json(w, r, http.StatusAccepted, job)
}

func (h *handler) ingestStatus(w http.ResponseWriter, r *http.Request) {
	if !h.ingestAllowed(w, r) {
		return
	}
	job, ok := h.opts.Ingest.Job(r.PathValue("id"))
	if !ok {
		h.error(w, r, http.StatusNotFound, "id", "no such ingest job", nil)
		return
	}
	h.json(w, r, http.StatusOK, job)
}
