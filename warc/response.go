package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httputil"
	"net/textproto"
	"strconv"
	"strings"
)

// ErrHTTP means a response block does not hold an HTTP response.
var ErrHTTP = errors.New("warc: malformed HTTP response")

// Limits on the HTTP header ReadResponse parses.
const (
	maxStatusLine  = 8 << 10
	maxHTTPHeaders = 1 << 20
)

// ReadResponse parses the HTTP response held in the block of a response
// record. The returned Body is de-chunked and, when the response declares
// Content-Encoding gzip or deflate, decompressed; Content-Encoding and
// Content-Length are then removed from the header and Uncompressed is
// set. The caller closes Body.
//
// ReadResponse is more forgiving than http.ReadResponse, because archives
// hold what servers sent: header lines without a colon are dropped, the
// body runs to the end of the block whatever Content-Length says, and a
// body declared chunked or compressed that is not (crawlers often store
// decoded payloads under the original header) is returned as it is.
func ReadResponse(block io.Reader) (*http.Response, error) {
	br := bufio.NewReaderSize(block, 16<<10)
	line, err := readHTTPLine(br, maxStatusLine)
	for err == nil && len(bytes.TrimSpace(line)) == 0 {
		line, err = readHTTPLine(br, maxStatusLine)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: status line: %w", ErrHTTP, err)
	}
	resp, err := parseStatus(string(bytes.TrimSpace(line)))
	if err != nil {
		return nil, err
	}
	if resp.Header, err = readHTTPHeader(br); err != nil {
		return nil, err
	}
	resp.ContentLength = -1
	if n, err := strconv.ParseInt(resp.Header.Get("Content-Length"), 10, 64); err == nil && n >= 0 {
		resp.ContentLength = n
	}

	var body io.Reader = br
	if isChunked(resp.Header) && looksChunked(br) {
		body = httputil.NewChunkedReader(br)
		resp.Header.Del("Transfer-Encoding")
		resp.TransferEncoding = []string{"chunked"}
		resp.ContentLength = -1
	}
	closer := io.NopCloser(nil)
	switch strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))) {
	case "gzip", "x-gzip":
		zbr := bufio.NewReader(body)
		if magic, _ := zbr.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
			zr, err := gzip.NewReader(zbr)
			if err != nil {
				return nil, fmt.Errorf("warc: gzip body: %w", err)
			}
			body, closer = zr, zr
			markDecoded(resp)
		} else {
			body = zbr
		}
	case "deflate":
		zbr := bufio.NewReader(body)
		if h, _ := zbr.Peek(2); len(h) == 2 && h[0]&0x0f == 8 && (uint16(h[0])<<8|uint16(h[1]))%31 == 0 {
			zr, err := zlib.NewReader(zbr)
			if err != nil {
				return nil, fmt.Errorf("warc: deflate body: %w", err)
			}
			body, closer = zr, zr
		} else {
			fr := flate.NewReader(zbr)
			body, closer = fr, fr
		}
		markDecoded(resp)
	}
	resp.Body = readCloser{body, closer}
	return resp, nil
}

// markDecoded updates resp after its body has been decompressed.
func markDecoded(resp *http.Response) {
	resp.Header.Del("Content-Encoding")
	resp.Header.Del("Content-Length")
	resp.ContentLength = -1
	resp.Uncompressed = true
}

type readCloser struct {
	io.Reader
	io.Closer
}

// parseStatus parses "HTTP/1.1 200 OK".
func parseStatus(line string) (*http.Response, error) {
	proto, rest, _ := strings.Cut(line, " ")
	if !strings.HasPrefix(proto, "HTTP/") {
		return nil, fmt.Errorf("%w: status line %q", ErrHTTP, truncate([]byte(line), 40))
	}
	rest = strings.TrimLeft(rest, " ")
	code, reason, _ := strings.Cut(rest, " ")
	n, err := strconv.Atoi(code)
	if err != nil || len(code) != 3 || n < 100 {
		return nil, fmt.Errorf("%w: status code %q", ErrHTTP, truncate([]byte(code), 10))
	}
	resp := &http.Response{Proto: proto, StatusCode: n, Status: strings.TrimSpace(code + " " + reason)}
	if major, minor, ok := http.ParseHTTPVersion(proto); ok {
		resp.ProtoMajor, resp.ProtoMinor = major, minor
	} else if v, err := strconv.Atoi(strings.TrimPrefix(proto, "HTTP/")); err == nil {
		resp.ProtoMajor = v // "HTTP/2"
	}
	return resp, nil
}

// readHTTPHeader reads header lines up to a blank line or the end of the
// block, skipping lines it cannot parse.
func readHTTPHeader(br *bufio.Reader) (http.Header, error) {
	h := make(http.Header)
	used := 0
	var last string
	for {
		line, err := readHTTPLine(br, maxHTTPHeaders-used)
		if err == io.EOF && len(line) == 0 {
			return h, nil // no body
		}
		if err != nil && err != io.EOF {
			return nil, fmt.Errorf("%w: header: %w", ErrHTTP, err)
		}
		used += len(line) + 2
		if len(bytes.TrimRight(line, " \t")) == 0 {
			return h, nil
		}
		if (line[0] == ' ' || line[0] == '\t') && last != "" {
			vs := h[last]
			vs[len(vs)-1] = strings.TrimSpace(vs[len(vs)-1] + " " + strings.TrimSpace(string(line)))
			continue
		}
		name, value, ok := strings.Cut(string(line), ":")
		name = strings.TrimSpace(name)
		if !ok || name == "" {
			last = ""
			continue
		}
		last = textproto.CanonicalMIMEHeaderKey(name)
		h[last] = append(h[last], strings.TrimSpace(value))
		if err == io.EOF {
			return h, nil
		}
	}
}

// errHTTPLineTooLong is returned by readHTTPLine for overlong lines.
var errHTTPLineTooLong = errors.New("line too long")

// readHTTPLine reads a line of at most limit bytes and returns it without
// its line ending. At the end of input it returns what it read with
// io.EOF.
func readHTTPLine(br *bufio.Reader, limit int) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(line)+len(chunk) > limit {
			return nil, errHTTPLineTooLong
		}
		line = append(line, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		return line, err
	}
}

// isChunked reports whether h declares chunked transfer coding.
func isChunked(h http.Header) bool {
	for _, v := range h.Values("Transfer-Encoding") {
		if strings.Contains(strings.ToLower(v), "chunked") {
			return true
		}
	}
	return false
}

// looksChunked reports whether the body starts with a chunk-size line.
func looksChunked(br *bufio.Reader) bool {
	b, _ := br.Peek(32)
	i := 0
	for i < len(b) && isHex(b[i]) {
		i++
	}
	if i == 0 || i > 16 {
		return false
	}
	for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	return i < len(b) && (b[i] == '\r' || b[i] == '\n' || b[i] == ';')
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
