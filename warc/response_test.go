package warc

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"io"
	"strings"
	"testing"
)

func gz(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

func zl(s string) string {
	var b bytes.Buffer
	w := zlib.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

func rawDeflate(s string) string {
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, flate.DefaultCompression)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

func TestReadResponse(t *testing.T) {
	const page = "<html><body>Grüße</body></html>"
	tests := []struct {
		name       string
		in         string
		status     int
		body       string
		header     map[string]string // header values to check; "" means absent
		compressed bool              // want Uncompressed set
		wantErr    error
	}{
		{
			name:   "plain",
			in:     "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 5\r\n\r\n" + page,
			status: 200, body: page, // Content-Length is wrong; the block wins
			header: map[string]string{"Content-Type": "text/html; charset=utf-8"},
		},
		{
			name:   "LF only, folded header",
			in:     "HTTP/1.0 404 Not Found\nX-Long: a\n b\nServer: test\n\nmissing",
			status: 404, body: "missing",
			header: map[string]string{"X-Long": "a b", "Server": "test"},
		},
		{
			name:   "chunked",
			in:     "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n",
			status: 200, body: "hello world",
			header: map[string]string{"Transfer-Encoding": ""},
		},
		{
			name:   "declared chunked but stored de-chunked",
			in:     "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n<html>x</html>",
			status: 200, body: "<html>x</html>",
		},
		{
			name:   "gzip",
			in:     "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 99\r\n\r\n" + gz(page),
			status: 200, body: page, compressed: true,
			header: map[string]string{"Content-Encoding": "", "Content-Length": ""},
		},
		{
			name:   "chunked gzip",
			in:     "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n" + chunk(gz(page)),
			status: 200, body: page, compressed: true,
		},
		{
			name:   "gzip declared but stored decoded",
			in:     "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + page,
			status: 200, body: page,
			header: map[string]string{"Content-Encoding": "gzip"},
		},
		{
			name:   "deflate with zlib wrapper",
			in:     "HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n" + zl(page),
			status: 200, body: page, compressed: true,
		},
		{
			name:   "raw deflate",
			in:     "HTTP/1.1 200 OK\r\nContent-Encoding: Deflate\r\n\r\n" + rawDeflate(page),
			status: 200, body: page, compressed: true,
		},
		{
			name:   "bad header line dropped",
			in:     "HTTP/1.1 301 Moved\r\nthis is not a header\r\nLocation: /x\r\n\r\n",
			status: 301, body: "",
			header: map[string]string{"Location": "/x"},
		},
		{
			name:   "HTTP/2, no reason, no body",
			in:     "HTTP/2 204\r\nDate: x\r\n",
			status: 204, body: "",
		},
		{name: "not HTTP", in: "<html>hello</html>", wantErr: ErrHTTP},
		{name: "bad code", in: "HTTP/1.1 2x0 OK\r\n\r\n", wantErr: ErrHTTP},
		{name: "empty", in: "", wantErr: ErrHTTP},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := ReadResponse(strings.NewReader(tt.in))
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, err := io.ReadAll(resp.Body)
			if err != nil {
				t.Fatalf("body: %v", err)
			}
			if resp.StatusCode != tt.status || string(body) != tt.body {
				t.Errorf("got %d %q, want %d %q", resp.StatusCode, body, tt.status, tt.body)
			}
			if resp.Uncompressed != tt.compressed {
				t.Errorf("Uncompressed = %v, want %v", resp.Uncompressed, tt.compressed)
			}
			for k, v := range tt.header {
				if got := resp.Header.Get(k); got != v {
					t.Errorf("header %s = %q, want %q", k, got, v)
				}
			}
		})
	}
}

// chunk frames s as two chunks.
func chunk(s string) string {
	h := len(s) / 2
	return hex(h) + "\r\n" + s[:h] + "\r\n" + hex(len(s)-h) + "\r\n" + s[h:] + "\r\n0\r\n\r\n"
}

func hex(n int) string {
	const digits = "0123456789abcdef"
	if n == 0 {
		return "0"
	}
	var d []byte
	for ; n > 0; n /= 16 {
		d = append([]byte{digits[n%16]}, d...)
	}
	return string(d)
}
