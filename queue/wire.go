package queue

import (
	"bytes"
	"compress/flate"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/casus-project/casus/model"
)

// Version is the wire format version Encode writes. Decode reads this
// version only; a worker meeting a newer one reports it as a failure
// instead of guessing.
const Version = 1

// magic starts every encoded document: "CSD" then the version byte.
const magic = "CSD"

// Flags, the byte after the version.
const (
	// flagDeflate marks a Body compressed with raw DEFLATE and preceded
	// by its uncompressed length.
	flagDeflate = 1 << iota
)

// compressMin is the smallest body Encode compresses.
const compressMin = 512

// MaxBody is the largest uncompressed body Decode accepts.
const MaxBody = 1 << 30

// Errors Decode wraps; test with errors.Is.
var (
	// ErrFormat means the bytes are not an encoded document: wrong magic,
	// truncated, a length running past the end, or bytes after the end.
	ErrFormat = errors.New("not an encoded document")
	// ErrVersion means the bytes are a document of a version this build
	// does not read.
	ErrVersion = errors.New("unsupported wire format version")
)

// Encode returns the wire form of doc: "CSD", a version byte, a flags
// byte, then the Origin, URL, ContentType, Hints.Title, Hints.Publisher,
// Hints.Published, Hints.DefaultDate and Body, each as a uvarint length
// and that many bytes. Times are in time.Time's binary form, the zero
// time as an empty field. A body of 512 bytes or more is compressed with
// raw DEFLATE when that makes it smaller (flag 1); the field then holds
// the uncompressed length as a uvarint, then the compressed bytes. It
// fails only on a time whose zone offset time.MarshalBinary cannot
// represent.
func Encode(doc *model.Document) ([]byte, error) {
	pub, err := encodeTime(doc.Hints.Published)
	if err != nil {
		return nil, fmt.Errorf("queue: encode %s: published: %w", doc.Origin, err)
	}
	def, err := encodeTime(doc.Hints.DefaultDate)
	if err != nil {
		return nil, fmt.Errorf("queue: encode %s: default date: %w", doc.Origin, err)
	}
	var flags byte
	body := doc.Body
	if len(body) >= compressMin {
		if z := deflate(body); len(z) < len(body) {
			flags |= flagDeflate
			body = z
		}
	}
	fields := [][]byte{
		[]byte(doc.Origin), []byte(doc.URL), []byte(doc.ContentType),
		[]byte(doc.Hints.Title), []byte(doc.Hints.Publisher), pub, def, body,
	}
	n := len(magic) + 2
	for _, f := range fields {
		n += binary.MaxVarintLen64 + len(f)
	}
	b := make([]byte, 0, n)
	b = append(b, magic...)
	b = append(b, Version, flags)
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
	if len(b) < len(magic)+2 {
		return nil, fmt.Errorf("queue: decode: %w: no flags", ErrFormat)
	}
	flags := b[len(magic)+1]
	if flags&^flagDeflate != 0 {
		return nil, fmt.Errorf("queue: decode: %w: unknown flags %#x", ErrFormat, flags)
	}
	r := fieldReader{b: b[len(magic)+2:]}
	doc := &model.Document{
		Origin:      string(r.next("origin")),
		URL:         string(r.next("url")),
		ContentType: string(r.next("content type")),
	}
	doc.Hints.Title = string(r.next("title"))
	doc.Hints.Publisher = string(r.next("publisher"))
	doc.Hints.Published = r.time("published")
	doc.Hints.DefaultDate = r.time("default date")
	if body := r.next("body"); r.err == nil && flags&flagDeflate != 0 {
		doc.Body, r.err = inflate(body)
	} else if len(body) > 0 {
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

// deflate compresses b with raw DEFLATE, prefixed by len(b).
func deflate(b []byte) []byte {
	var buf bytes.Buffer
	buf.Write(binary.AppendUvarint(nil, uint64(len(b))))
	w, _ := flate.NewWriter(&buf, flate.BestSpeed) // the level is valid
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// inflate reverses deflate, refusing a body longer than MaxBody or than
// its stated length.
func inflate(z []byte) ([]byte, error) {
	n, k := binary.Uvarint(z)
	if k <= 0 || n > MaxBody {
		return nil, fmt.Errorf("%w: body: bad length", ErrFormat)
	}
	var buf bytes.Buffer
	buf.Grow(int(min(n, 4*uint64(len(z))+64)))
	_, err := io.Copy(&buf, io.LimitReader(flate.NewReader(bytes.NewReader(z[k:])), int64(n)+1))
	if err != nil {
		return nil, fmt.Errorf("%w: body: %v", ErrFormat, err)
	}
	if uint64(buf.Len()) != n {
		return nil, fmt.Errorf("%w: body: %d bytes, stated %d", ErrFormat, buf.Len(), n)
	}
	if n == 0 {
		return nil, nil
	}
	return buf.Bytes(), nil
}
