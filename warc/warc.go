package warc

import (
	"errors"
	"fmt"
	"io"
	"net/http"
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

// Reader reads records from a decompressed WARC stream. Options are
// exported fields, set before the first call to Next.
type Reader struct {
	// MaxHeaderBytes bounds the size of one record header; zero means
	// DefaultMaxHeaderBytes.
	MaxHeaderBytes int
	// MaxSkipBytes bounds how much non-WARC data Next skips while looking
	// for the next record before it gives up; zero means
	// DefaultMaxSkipBytes.
	MaxSkipBytes int64

	src io.Reader
}

// Default limits for a Reader.
const (
	DefaultMaxHeaderBytes       = 1 << 20
	DefaultMaxSkipBytes   int64 = 64 << 20
)

// NewReader returns a Reader reading the decompressed stream r. Wrap
// .warc.gz files in a gzip.Reader first; it reads multi-member files.
func NewReader(r io.Reader) *Reader { return &Reader{src: r} }

// Next advances to the next record, skipping any unread part of the
// current block, and returns its header. It returns io.EOF at a clean end
// of the stream, and a *ParseError otherwise.
func (r *Reader) Next() (*Header, error) { return nil, io.EOF }

// Read reads from the current record's block. It returns io.EOF at the
// end of the block, and an error wrapping ErrTruncated when the stream
// ends early.
func (r *Reader) Read(p []byte) (int, error) { return 0, io.EOF }

// ReadResponse parses the HTTP response held in the block of a response
// record. The returned Body is de-chunked and, when the response declares
// Content-Encoding gzip or deflate, decompressed; Content-Encoding and
// Content-Length are then removed from the header. The caller closes
// Body.
func ReadResponse(block io.Reader) (*http.Response, error) { return nil, errors.New("TODO") }

// Writer writes WARC records. Options are exported fields, set before the
// first call to WriteRecord.
type Writer struct {
	// Compress makes every record its own gzip member, as in .warc.gz.
	Compress bool

	w io.Writer
}

// NewWriter returns a Writer writing to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// WriteRecord writes one record. It fills WARC-Record-ID (a new urn:uuid)
// and Content-Length (len(block)) when h leaves them empty, and writes
// the named fields of h before the rest of h.Fields.
func (w *Writer) WriteRecord(h *Header, block []byte) error { return errors.New("TODO") }
