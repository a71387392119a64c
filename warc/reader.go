package warc

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Reader reads records from a decompressed WARC stream. Options are
// exported fields, set before the first call to Next.
//
// After a *ParseError wrapping ErrHeader or ErrLength, Next may be called
// again: it resynchronises on the next version line. Truncation, I/O
// errors and ErrNoRecord are sticky: every later call returns them.
type Reader struct {
	// MaxHeaderBytes bounds the size of one record header: its field
	// lines and the blank line that ends them, line endings as written.
	// Zero means DefaultMaxHeaderBytes.
	MaxHeaderBytes int
	// MaxSkipBytes bounds how much non-WARC data Next skips while looking
	// for the next record before it gives up; zero means
	// DefaultMaxSkipBytes.
	MaxSkipBytes int64

	br      *bufio.Reader
	off     int64 // bytes consumed from br
	recOff  int64 // offset of the current record
	remain  int64 // unread bytes of the current block
	skipped int64 // garbage bytes skipped so far
	err     error // sticky error
}

// Default limits for a Reader.
const (
	DefaultMaxHeaderBytes       = 1 << 20
	DefaultMaxSkipBytes   int64 = 64 << 20
)

// maxVersionLine bounds the version line ("WARC/1.1"), its line ending
// not counted, so that the bound is the same however lines end; Writer
// refuses a longer version.
const maxVersionLine = 64

// NewReader returns a Reader reading the decompressed stream r. Wrap
// .warc.gz files in a gzip.Reader first; it reads multi-member files.
func NewReader(r io.Reader) *Reader {
	return &Reader{br: bufio.NewReaderSize(r, 64<<10)}
}

// Offset returns the byte offset, in the decompressed stream, of the
// record Next last returned (or failed to parse).
func (r *Reader) Offset() int64 { return r.recOff }

// Skipped returns how many bytes of data that belonged to no record
// (garbage between records) Next has skipped so far. Blank lines after a
// block are not counted.
func (r *Reader) Skipped() int64 { return r.skipped }

// fail records a sticky error for the current record and returns it.
func (r *Reader) fail(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			err = fmt.Errorf("%w: %w", ErrTruncated, err)
		} else {
			err = ErrTruncated
		}
	}
	r.err = &ParseError{Offset: r.recOff, Err: err}
	return r.err
}

// Next advances to the next record, skipping any unread part of the
// current block, and returns its header. It returns io.EOF at a clean end
// of the stream, and a *ParseError otherwise. The Header belongs to the
// caller.
func (r *Reader) Next() (*Header, error) {
	if r.err != nil {
		return nil, r.err
	}
	if r.remain > 0 {
		n, err := io.CopyN(io.Discard, r.br, r.remain)
		r.off += n
		r.remain -= n
		if err != nil {
			return nil, r.fail(err)
		}
	}
	version, err := r.findVersion()
	if err != nil {
		return nil, err
	}
	h := &Header{Version: version}
	if err := r.readFields(h); err != nil {
		return nil, err
	}
	if err := h.fill(); err != nil {
		return nil, &ParseError{Offset: r.recOff, Err: err}
	}
	r.remain = h.ContentLength
	return h, nil
}

// findVersion skips blank lines and garbage up to the next line starting
// with "WARC/" and consumes it, returning it without its line ending.
func (r *Reader) findVersion() (string, error) {
	maxSkip := r.MaxSkipBytes
	if maxSkip <= 0 {
		maxSkip = DefaultMaxSkipBytes
	}
	var skipped int64
	for {
		r.recOff = r.off
		b, err := r.br.Peek(5)
		if len(b) == 0 {
			if err == io.EOF {
				return "", io.EOF
			}
			return "", r.fail(err)
		}
		if bytes.HasPrefix(b, []byte("WARC/")) {
			break
		}
		if len(b) < 5 && strings.HasPrefix("WARC/", string(b)) {
			if err == io.EOF {
				return "", r.fail(io.ErrUnexpectedEOF)
			}
			if err != nil {
				return "", r.fail(err)
			}
		}
		n, blank, err := r.discardLine()
		if !blank {
			skipped += n
			r.skipped += n
		}
		if err != nil && err != io.EOF {
			return "", r.fail(err)
		}
		if skipped > maxSkip {
			return "", r.fail(ErrNoRecord)
		}
	}
	line, nl, err := r.readLine(maxVersionLine + len("\r\n"))
	switch {
	case errors.Is(err, errLineTooLong), len(line) > maxVersionLine:
		return "", &ParseError{Offset: r.recOff, Err: fmt.Errorf("%w: version line too long", ErrHeader)}
	case err != nil && err != io.EOF:
		return "", r.fail(err)
	case !nl:
		return "", r.fail(io.ErrUnexpectedEOF)
	}
	if bytes.IndexByte(line, '\r') >= 0 {
		return "", &ParseError{Offset: r.recOff, Err: fmt.Errorf("%w: carriage return inside the version line", ErrHeader)}
	}
	return strings.TrimRight(string(line), " \t"), nil
}

// readFields reads header lines up to the blank line that ends them.
func (r *Reader) readFields(h *Header) error {
	limit := r.MaxHeaderBytes
	if limit <= 0 {
		limit = DefaultMaxHeaderBytes
	}
	used := 0
	for {
		start := r.off
		line, nl, err := r.readLine(limit - used)
		if errors.Is(err, errLineTooLong) {
			return &ParseError{Offset: r.recOff, Err: ErrHeaderTooLong}
		}
		if err != nil && err != io.EOF {
			return r.fail(err)
		}
		if !nl {
			return r.fail(io.ErrUnexpectedEOF)
		}
		used += int(r.off - start) // line endings as written, so LF and CRLF headers meet one bound
		if len(line) == 0 {
			return nil
		}
		if bytes.IndexByte(line, '\r') >= 0 {
			return &ParseError{Offset: r.recOff, Err: fmt.Errorf("%w: carriage return inside a line", ErrHeader)}
		}
		if line[0] == ' ' || line[0] == '\t' {
			if len(h.Fields) == 0 {
				return &ParseError{Offset: r.recOff, Err: fmt.Errorf("%w: continuation line before any field", ErrHeader)}
			}
			f := &h.Fields[len(h.Fields)-1]
			if v := strings.TrimSpace(string(line)); v != "" {
				if f.Value != "" {
					f.Value += " "
				}
				f.Value += v
			}
			continue
		}
		name, value, ok := bytes.Cut(line, []byte(":"))
		name = bytes.TrimRight(name, " \t")
		if !ok || len(name) == 0 {
			return &ParseError{Offset: r.recOff, Err: fmt.Errorf("%w: line %q", ErrHeader, truncate(line, 40))}
		}
		h.Fields = append(h.Fields, Field{Name: string(name), Value: strings.Trim(string(value), " \t")})
	}
}

// fill sets the named fields of h from h.Fields.
func (h *Header) fill() error {
	h.Type = h.Get(fieldType)
	h.RecordID = h.Get(fieldRecordID)
	h.TargetURI = trimAngle(h.Get(fieldTargetURI))
	h.ContentType = h.Get(fieldContentType)
	h.Date = parseDate(h.Get(fieldDate))
	cl := h.Get(fieldContentLength)
	if cl == "" && !h.has(fieldContentLength) {
		return fmt.Errorf("%w: missing", ErrLength)
	}
	n, err := parseLength(cl)
	if err != nil {
		return err
	}
	h.ContentLength = n
	return nil
}

// parseLength parses a non-negative decimal length.
func parseLength(s string) (int64, error) {
	if s == "" || s[0] == '+' || s[0] == '-' {
		return 0, fmt.Errorf("%w: %q", ErrLength, s)
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%w: %q", ErrLength, s)
	}
	return n, nil
}

// Read reads from the current record's block. It returns io.EOF at the
// end of the block, and a *ParseError wrapping ErrTruncated when the
// stream ends early. Before the first Next it returns io.EOF.
func (r *Reader) Read(p []byte) (int, error) {
	if r.err != nil {
		return 0, r.err
	}
	if r.remain <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > r.remain {
		p = p[:r.remain]
	}
	n, err := r.br.Read(p)
	r.off += int64(n)
	r.remain -= int64(n)
	if err != nil && (r.remain > 0 || err != io.EOF) {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		err = r.fail(err)
		if n > 0 {
			return n, nil // report the error on the next call
		}
		return 0, err
	}
	return n, nil
}

// errLineTooLong is returned by readLine when a line exceeds its limit.
var errLineTooLong = errors.New("line too long")

// readLine reads one line of at most limit bytes (line ending included)
// and returns it without its "\n" or "\r\n", reporting whether a newline
// ended it. The returned slice belongs to the caller.
func (r *Reader) readLine(limit int) (line []byte, newline bool, err error) {
	for {
		chunk, err := r.br.ReadSlice('\n')
		r.off += int64(len(chunk))
		if len(line)+len(chunk) > limit {
			return nil, false, errLineTooLong
		}
		line = append(line, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		if n := len(line); n > 0 && line[n-1] == '\n' {
			line = line[:n-1]
			if n := len(line); n > 0 && line[n-1] == '\r' {
				line = line[:n-1]
			}
			return line, true, nil
		}
		return line, false, err
	}
}

// discardLine consumes one line of any length, returning its size and
// whether it was blank (only a line ending).
func (r *Reader) discardLine() (n int64, blank bool, err error) {
	blank = true
	for {
		chunk, err := r.br.ReadSlice('\n')
		n += int64(len(chunk))
		r.off += int64(len(chunk))
		for _, c := range chunk {
			if c != '\r' && c != '\n' {
				blank = false
				break
			}
		}
		if err != bufio.ErrBufferFull {
			return n, blank, err
		}
	}
}

// truncate shortens b to at most n bytes for error messages.
func truncate(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}
