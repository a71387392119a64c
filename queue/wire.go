package queue

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/casus-project/casus/model"
)

// Version is the wire format version Encode writes. Decode reads this
// version only; a worker meeting a newer one reports it as a failure
// instead of guessing.
const Version = 1

// magic starts every encoded document: "CSD" then the version byte.
const magic = "CSD"

// Errors Decode wraps; test with errors.Is.
var (
	// ErrFormat means the bytes are not an encoded document: wrong magic,
	// truncated, a length running past the end, or bytes after the end.
	ErrFormat = errors.New("not an encoded document")
	// ErrVersion means the bytes are a document of a version this build
	// does not read.
	ErrVersion = errors.New("unsupported wire format version")
)

// Encode returns the wire form of doc: "CSD", a version byte, then the
// Origin, URL, ContentType, Hints.Title, Hints.Publisher,
// Hints.Published, Hints.DefaultDate and Body, each as a uvarint length
// and that many bytes. Times are in time.Time's binary form, the zero
// time as an empty field. It fails only on a time whose zone offset
// time.MarshalBinary cannot represent.
func Encode(doc *model.Document) ([]byte, error) {
	pub, err := encodeTime(doc.Hints.Published)
	if err != nil {
		return nil, fmt.Errorf("queue: encode %s: published: %w", doc.Origin, err)
	}
	def, err := encodeTime(doc.Hints.DefaultDate)
	if err != nil {
		return nil, fmt.Errorf("queue: encode %s: default date: %w", doc.Origin, err)
	}
	fields := [][]byte{
		[]byte(doc.Origin), []byte(doc.URL), []byte(doc.ContentType),
		[]byte(doc.Hints.Title), []byte(doc.Hints.Publisher), pub, def, doc.Body,
	}
	n := len(magic) + 1
	for _, f := range fields {
		n += binary.MaxVarintLen64 + len(f)
	}
	b := make([]byte, 0, n)
	b = append(b, magic...)
	b = append(b, Version)
	for _, f := range fields {
		b = binary.AppendUvarint(b, uint64(len(f)))
		b = append(b, f...)
	}
	return b, nil
}

func encodeTime(t time.Time) ([]byte, error) {
	if t.IsZero() {
		return nil, nil
	}
	return t.MarshalBinary()
}

// Decode parses the wire form Encode writes. The Document's Body is a
// fresh copy; b may be reused once Decode returns. Bad input yields an
// error wrapping ErrFormat or ErrVersion, never a panic.
func Decode(b []byte) (*model.Document, error) {
	if len(b) < len(magic)+1 || string(b[:len(magic)]) != magic {
		return nil, fmt.Errorf("queue: decode: %w: bad magic", ErrFormat)
	}
	if v := b[len(magic)]; v != Version {
		return nil, fmt.Errorf("queue: decode: %w %d (this build reads %d)", ErrVersion, v, Version)
	}
	r := fieldReader{b: b[len(magic)+1:]}
	doc := &model.Document{
		Origin:      string(r.next("origin")),
		URL:         string(r.next("url")),
		ContentType: string(r.next("content type")),
	}
	doc.Hints.Title = string(r.next("title"))
	doc.Hints.Publisher = string(r.next("publisher"))
	doc.Hints.Published = r.time("published")
	doc.Hints.DefaultDate = r.time("default date")
	if body := r.next("body"); len(body) > 0 {
		doc.Body = append([]byte(nil), body...)
	}
	if r.err == nil && len(r.b) > 0 {
		r.err = fmt.Errorf("%w: %d bytes after the body", ErrFormat, len(r.b))
	}
	if r.err != nil {
		return nil, fmt.Errorf("queue: decode: %w", r.err)
	}
	return doc, nil
}

// fieldReader reads length-prefixed fields; its first error is sticky.
type fieldReader struct {
	b   []byte
	err error
}

func (r *fieldReader) next(name string) []byte {
	if r.err != nil {
		return nil
	}
	n, k := binary.Uvarint(r.b)
	if k <= 0 {
		r.err = fmt.Errorf("%w: %s: bad length", ErrFormat, name)
		return nil
	}
	r.b = r.b[k:]
	if n > uint64(len(r.b)) {
		r.err = fmt.Errorf("%w: %s: length %d past the end", ErrFormat, name, n)
		return nil
	}
	f := r.b[:n:n]
	r.b = r.b[n:]
	return f
}

func (r *fieldReader) time(name string) time.Time {
	f := r.next(name)
	var t time.Time
	if r.err != nil || len(f) == 0 {
		return t
	}
	if err := t.UnmarshalBinary(f); err != nil {
		r.err = fmt.Errorf("%w: %s: %v", ErrFormat, name, err)
	}
	return t
}

// ID identifies a document for deduplication: the first 128 bits of the
// SHA-256 of its Origin, a NUL byte and its Body, in hex. The same input
// read again has the same ID, so publishing it again is recognised.
func ID(doc *model.Document) string {
	h := sha256.New()
	h.Write([]byte(doc.Origin))
	h.Write([]byte{0})
	h.Write(doc.Body)
	return hex.EncodeToString(h.Sum(nil)[:16])
}
