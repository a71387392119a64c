package warc

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Header is the header of one WARC record. The named fields are parsed
// from Fields for convenience; Fields keeps every field in order, with
// names as written.
type Header struct {
	// Version is the version line, such as "WARC/1.0".
	Version string
	// Type is WARC-Type: warcinfo, response, request, resource,
	// metadata, revisit, conversion or continuation.
	Type string
	// RecordID is WARC-Record-ID, including its angle brackets.
	RecordID string
	// TargetURI is WARC-Target-URI with any angle brackets removed.
	TargetURI string
	// ContentType is the Content-Type of the block.
	ContentType string
	// Date is WARC-Date; zero when absent or unparsable.
	Date time.Time
	// ContentLength is the declared length of the block in bytes.
	ContentLength int64
	// Fields holds all fields in order, names as written.
	Fields []Field
}

// Field is one named header field.
type Field struct{ Name, Value string }

// Field names the Header struct mirrors.
const (
	fieldType          = "WARC-Type"
	fieldRecordID      = "WARC-Record-ID"
	fieldDate          = "WARC-Date"
	fieldTargetURI     = "WARC-Target-URI"
	fieldContentType   = "Content-Type"
	fieldContentLength = "Content-Length"
)

// Get returns the value of the first field named name, compared
// case-insensitively, or "" when there is none.
func (h *Header) Get(name string) string {
	for _, f := range h.Fields {
		if strings.EqualFold(f.Name, name) {
			return f.Value
		}
	}
	return ""
}

// has reports whether h has a field named name.
func (h *Header) has(name string) bool {
	for _, f := range h.Fields {
		if strings.EqualFold(f.Name, name) {
			return true
		}
	}
	return false
}

// Errors a Reader reports, wrapped in a *ParseError.
var (
	// ErrTruncated means the stream ended inside a record header or block.
	ErrTruncated = errors.New("truncated record")
	// ErrHeader means a record header is malformed.
	ErrHeader = errors.New("malformed header")
	// ErrHeaderTooLong means a header exceeds Reader.MaxHeaderBytes.
	ErrHeaderTooLong = errors.New("header too long")
	// ErrLength means Content-Length is missing, negative or not a number.
	ErrLength = errors.New("bad Content-Length")
	// ErrNoRecord means Next skipped Reader.MaxSkipBytes of data without
	// finding a record.
	ErrNoRecord = errors.New("no record found")
)

// ParseError reports a malformed record and where it starts.
type ParseError struct {
	// Offset is the byte offset of the record in the decompressed stream.
	Offset int64
	// Err is the underlying error, often one of the Err* sentinels.
	Err error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("warc: record at offset %d: %v", e.Offset, e.Err)
}

// Unwrap returns e.Err.
func (e *ParseError) Unwrap() error { return e.Err }

// dateLayouts are the W3C-DTF forms WARC-Date takes, most common first.
var dateLayouts = [...]string{
	time.RFC3339Nano,
	"2006-01-02T15:04Z07:00",
	"2006-01-02",
	"2006-01",
	"2006",
}

// parseDate parses a WARC-Date value, returning the zero time on failure.
func parseDate(s string) time.Time {
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// trimAngle removes one pair of enclosing angle brackets.
func trimAngle(s string) string {
	if len(s) >= 2 && s[0] == '<' && s[len(s)-1] == '>' {
		return s[1 : len(s)-1]
	}
	return s
}
