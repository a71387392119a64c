package warc

import (
	"bufio"
	"compress/gzip"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// ErrField means a header given to WriteRecord cannot be written: a name
// or value holds a line break, a name is empty, starts with white space
// or holds a colon, or the version is not "WARC/..." or is longer than
// a Reader reads (64 bytes).
var ErrField = errors.New("warc: invalid header field")

// Writer writes WARC records. Options are exported fields, set before the
// first call to WriteRecord.
type Writer struct {
	// Compress makes every record its own gzip member, as in .warc.gz.
	Compress bool

	w  io.Writer
	bw *bufio.Writer
	zw *gzip.Writer
}

// NewWriter returns a Writer writing to w. Each WriteRecord call writes a
// whole record to w; the Writer keeps nothing buffered between calls.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// WriteRecord writes one record with block as its content.
//
// The fields of h.Fields are written in order. A non-zero named field of
// h (Type, RecordID, TargetURI, ContentType, Date) replaces the value of
// the field of that name, or is written before the others when Fields
// lacks it. WriteRecord fills WARC-Record-ID with a new urn:uuid when h
// has none, and always writes Content-Length as len(block); a different
// declared length is an error. An empty Version means "WARC/1.1". h is
// not modified.
func (w *Writer) WriteRecord(h *Header, block []byte) error {
	fields, version, err := w.layout(h, int64(len(block)))
	if err != nil {
		return err
	}
	var dst io.Writer = w.w
	if w.Compress {
		if w.zw == nil {
			w.zw = gzip.NewWriter(w.w)
		} else {
			w.zw.Reset(w.w)
		}
		dst = w.zw
	}
	if w.bw == nil {
		w.bw = bufio.NewWriterSize(dst, 32<<10)
	} else {
		w.bw.Reset(dst)
	}
	bw := w.bw
	bw.WriteString(version)
	bw.WriteString("\r\n")
	for _, f := range fields {
		bw.WriteString(f.Name)
		bw.WriteString(": ")
		bw.WriteString(f.Value)
		bw.WriteString("\r\n")
	}
	bw.WriteString("\r\n")
	bw.Write(block)
	bw.WriteString("\r\n\r\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("warc: write record: %w", err)
	}
	if w.zw != nil && w.Compress {
		if err := w.zw.Close(); err != nil {
			return fmt.Errorf("warc: write record: %w", err)
		}
	}
	return nil
}

// layout returns the fields to write for h and a block of length n.
func (w *Writer) layout(h *Header, n int64) ([]Field, string, error) {
	version := h.Version
	if version == "" {
		version = "WARC/1.1"
	}
	if !strings.HasPrefix(version, "WARC/") || strings.ContainsAny(version, "\r\n") || len(version) > maxVersionLine {
		return nil, "", fmt.Errorf("%w: version %q", ErrField, version)
	}
	if h.ContentLength != 0 && h.ContentLength != n {
		return nil, "", fmt.Errorf("%w: Content-Length %d for a block of %d bytes", ErrField, h.ContentLength, n)
	}
	if v := h.Get(fieldContentLength); h.has(fieldContentLength) {
		if d, err := parseLength(v); err != nil || d != n {
			return nil, "", fmt.Errorf("%w: Content-Length %q for a block of %d bytes", ErrField, v, n)
		}
	}
	id := h.RecordID
	if id == "" && h.Get(fieldRecordID) == "" {
		var err error
		if id, err = newRecordID(); err != nil {
			return nil, "", err
		}
	}
	var date string
	if !h.Date.IsZero() {
		date = h.Date.UTC().Format(time.RFC3339Nano)
		// Keep a written date when it already says the same instant.
		if old := h.Get(fieldDate); old != "" && parseDate(old).Equal(h.Date) {
			date = ""
		}
	}
	target := h.TargetURI
	if target != "" && trimAngle(h.Get(fieldTargetURI)) == target {
		target = ""
	}
	length := strconv.FormatInt(n, 10)
	if h.has(fieldContentLength) {
		length = "" // keep the declared form, checked equal above
	}
	named := []Field{
		{fieldType, h.Type},
		{fieldRecordID, id},
		{fieldDate, date},
		{fieldTargetURI, target},
		{fieldContentType, h.ContentType},
		{fieldContentLength, length},
	}
	out := make([]Field, 0, len(named)+len(h.Fields))
	used := make([]bool, len(named))
	// Named fields Fields lacks go first, in the conventional order.
	for i, nf := range named {
		if nf.Value != "" && !h.has(nf.Name) {
			out = append(out, nf)
			used[i] = true
		}
	}
	for _, f := range h.Fields {
		for i, nf := range named {
			if strings.EqualFold(f.Name, nf.Name) && !used[i] {
				if nf.Value != "" {
					f.Value = nf.Value
				}
				used[i] = true
				break
			}
		}
		out = append(out, f)
	}
	for _, f := range out {
		if err := checkField(f); err != nil {
			return nil, "", err
		}
	}
	return out, version, nil
}

// checkField reports whether f can be written so that a Reader reads it
// back unchanged.
func checkField(f Field) error {
	switch {
	case f.Name == "", f.Name[0] == ' ', f.Name[0] == '\t',
		strings.ContainsAny(f.Name, ":\r\n"),
		strings.TrimRight(f.Name, " \t") != f.Name:
		return fmt.Errorf("%w: name %q", ErrField, f.Name)
	case strings.ContainsAny(f.Value, "\r\n"):
		return fmt.Errorf("%w: value of %s holds a line break", ErrField, f.Name)
	}
	return nil
}

// newRecordID returns a new "<urn:uuid:...>" of a random (version 4) UUID.
func newRecordID() (string, error) {
	var u [16]byte
	if _, err := rand.Read(u[:]); err != nil {
		return "", fmt.Errorf("warc: record id: %w", err)
	}
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	return fmt.Sprintf("<urn:uuid:%x-%x-%x-%x-%x>", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16]), nil
}
