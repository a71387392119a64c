package warc

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

// FuzzReader feeds arbitrary bytes to a Reader. It checks that reading
// ends (every call makes progress), that errors are *ParseErrors, and
// that every record read can be written and read back unchanged.
func FuzzReader(f *testing.F) {
	seeds := []string{
		rec("warcinfo", "software: casus\r\n") + rec("response", "HTTP/1.1 200 OK\r\n\r\nbody"),
		"WARC/1.0\nWARC-Type: resource\nContent-Length: 3\n\nabc\n\n",
		"WARC/1.0\r\nWARC-Type: a\r\nContent-Length: 10\r\n\r\nabc",
		"garbage\n" + rec("a", "1", "X-F: a", "\tb", "WARC-Record-ID:"),
		"WARC/1.1\r\nWARC-Date: 2020-01-01T00:00:00Z\r\nWARC-Target-URI: <http://x/>\r\nContent-Length: 007\r\n\r\nabcdefg",
		"WARC/1.0\r\nContent-Length: -1\r\n\r\n",
		"WAR",
		"",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := NewReader(bytes.NewReader(data))
		r.MaxHeaderBytes = 4096
		for calls := 0; ; calls++ {
			if calls > len(data)+2 {
				t.Fatalf("%d calls to Next on %d bytes", calls, len(data))
			}
			h, err := r.Next()
			if err == io.EOF {
				return
			}
			if err != nil {
				var pe *ParseError
				if !errors.As(err, &pe) {
					t.Fatalf("error %v is not a *ParseError", err)
				}
				if pe.Offset < 0 || pe.Offset > int64(len(data)) {
					t.Fatalf("offset %d outside input of %d bytes", pe.Offset, len(data))
				}
				if errors.Is(err, ErrTruncated) || errors.Is(err, ErrNoRecord) {
					return
				}
				continue
			}
			block, err := io.ReadAll(r)
			if err != nil {
				if !errors.Is(err, ErrTruncated) {
					t.Fatalf("block: %v", err)
				}
				return
			}
			if int64(len(block)) != h.ContentLength {
				t.Fatalf("block of %d bytes, declared %d", len(block), h.ContentLength)
			}
			checkRoundTrip(t, h, block)
		}
	})
}

// checkRoundTrip writes h and block and reads them back.
func checkRoundTrip(t *testing.T, h *Header, block []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := NewWriter(&buf).WriteRecord(h, block); err != nil {
		t.Fatalf("write back %+v: %v", h, err)
	}
	r := NewReader(&buf)
	h2, err := r.Next()
	if err != nil {
		t.Fatalf("read back %q: %v", buf.Bytes(), err)
	}
	b2, err := io.ReadAll(r)
	if err != nil || !bytes.Equal(b2, block) {
		t.Fatalf("block read back as %q, %v; want %q", b2, err, block)
	}
	got := h2.Fields
	if !h.has(fieldRecordID) {
		// WriteRecord added an id before the other fields.
		if len(got) == 0 || got[0].Name != fieldRecordID || got[0].Value == "" {
			t.Fatalf("no record id added: %+v", got)
		}
		got = got[1:]
	}
	if h2.Version != h.Version || len(got) != len(h.Fields) {
		t.Fatalf("read back\n%+v\nwant\n%+v", h2, h)
	}
	filled := false
	for i, f := range h.Fields {
		g := got[i]
		if !filled && h.RecordID == "" && strings.EqualFold(f.Name, fieldRecordID) {
			filled = true // WriteRecord filled an empty id
			if g.Name != f.Name || g.Value == "" {
				t.Fatalf("record id not filled: %+v", g)
			}
			continue
		}
		if g != f {
			t.Fatalf("field %d read back as %+v, want %+v", i, g, f)
		}
	}
	if !filled && h.RecordID != "" && h2.RecordID != h.RecordID {
		t.Fatalf("record id %q, want %q", h2.RecordID, h.RecordID)
	}
	if h2.Type != h.Type || h2.TargetURI != h.TargetURI || !h2.Date.Equal(h.Date) || h2.ContentLength != h.ContentLength {
		t.Fatalf("read back\n%+v\nwant\n%+v", h2, h)
	}
	if _, err := r.Next(); err != io.EOF {
		t.Fatalf("after one record: %v", err)
	}
}

// FuzzReadResponse checks that ReadResponse never panics and that its
// body can be read (to an error or the end) and closed.
func FuzzReadResponse(f *testing.F) {
	for _, s := range []string{
		"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x",
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
		"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + gz("hello"),
		"HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n" + zl("hello"),
		"HTTP/2 204\n\n",
		"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		resp, err := ReadResponse(bytes.NewReader(data))
		if err != nil {
			if resp != nil {
				t.Fatal("response with error")
			}
			return
		}
		if resp.StatusCode < 100 || resp.StatusCode > 999 {
			t.Fatalf("status %d", resp.StatusCode)
		}
		io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<24))
		resp.Body.Close()
	})
}
