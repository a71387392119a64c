package ingest

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"
	"time"

	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/warc"
)

// maxWARCErrors bounds the malformed records reported for one file
// before the rest of it is given up.
const maxWARCErrors = 100

// warc streams the records of a decompressed WARC, yielding those that
// hold pages.
func (w *walker) warc(name string, r io.Reader, yield yieldFunc) bool {
	wr := warc.NewReader(r)
	errs := 0
	for i := 0; ; i++ {
		if w.stopped(yield) {
			return false
		}
		member := fmt.Sprintf("%s#record-%d", name, i)
		h, err := wr.Next()
		if err == io.EOF {
			return true
		}
		if err != nil {
			if !fail(yield, member, err) {
				return false
			}
			errs++
			if !errors.Is(err, warc.ErrHeader) && !errors.Is(err, warc.ErrLength) {
				return true // truncation or I/O: nothing more can be read
			}
			if errs >= maxWARCErrors {
				return fail(yield, name, fmt.Errorf("giving up after %d malformed records", errs))
			}
			continue
		}
		tr := &trackReader{r: wr}
		doc, err := w.record(member, h, tr)
		if tr.err != nil {
			// The archive itself broke inside this record.
			return fail(yield, member, tr.err)
		}
		if err != nil {
			if !fail(yield, member, err) {
				return false
			}
			continue
		}
		if doc != nil && !yield(doc, nil) {
			return false
		}
	}
}

// trackReader remembers the first failure of the archive reader, so a
// record whose HTTP parse fails because the archive ended is reported as
// the archive's truncation.
type trackReader struct {
	r   io.Reader
	err error
}

func (t *trackReader) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	if err != nil && err != io.EOF && t.err == nil {
		t.err = err
	}
	return n, err
}

// record turns one WARC record into a document; a nil document with a
// nil error means the record holds no page and is skipped.
func (w *walker) record(member string, h *warc.Header, block io.Reader) (*model.Document, error) {
	var (
		ct   string
		body io.Reader
		size int64 // declared body length, -1 when unknown
	)
	switch h.Type {
	case "response":
		resp, err := warc.ReadResponse(block)
		if err != nil {
			return nil, fmt.Errorf("HTTP response: %w", err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != 200 {
			return nil, nil
		}
		ct, body, size = resp.Header.Get("Content-Type"), resp.Body, resp.ContentLength
	case "resource":
		ct, body, size = h.ContentType, block, h.ContentLength
	default:
		return nil, nil
	}
	media := mediaType(ct)
	if media != "" && media != "text/html" && media != "application/xhtml+xml" && media != "text/plain" {
		return nil, nil
	}
	if size > w.opts.MaxFileBytes { // declared: refuse before reading
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, size, w.opts.MaxFileBytes)
	}
	b, err := readCapped(body, w.opts.MaxFileBytes, size, nil)
	if err != nil {
		return nil, err
	}
	k := sniff(b, "")
	switch {
	case k.kind == kindEmpty, k.kind == kindBinary, k.kind == kindGzip, k.kind == kindWARC:
		return nil, nil
	case media == "" && (k.kind == kindFeed):
		return nil, nil
	case media == "" && k.kind == kindText:
		ct = "text/plain"
	}
	def := w.opts.DefaultDate
	if def.IsZero() && !h.Date.IsZero() {
		y, m, d := h.Date.UTC().Date()
		def = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	return &model.Document{
		Origin:      member,
		URL:         h.TargetURI,
		ContentType: ct,
		Body:        b,
		Hints:       model.Hints{DefaultDate: def},
	}, nil
}

// mediaType returns the lower-cased media type of a Content-Type value,
// "" when there is none.
func mediaType(ct string) string {
	if t, _, err := mime.ParseMediaType(ct); err == nil {
		return t
	}
	t, _, _ := strings.Cut(ct, ";")
	return strings.ToLower(strings.TrimSpace(t))
}
