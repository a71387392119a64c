package warc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
)

// rec builds a record with CRLF line endings and a correct Content-Length.
func rec(typ, block string, extra ...string) string {
	var b strings.Builder
	b.WriteString("WARC/1.0\r\nWARC-Type: " + typ + "\r\n")
	for _, e := range extra {
		b.WriteString(e + "\r\n")
	}
	b.WriteString("Content-Length: " + itoa(len(block)) + "\r\n\r\n" + block + "\r\n\r\n")
	return b.String()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var d []byte
	for ; n > 0; n /= 10 {
		d = append([]byte{byte('0' + n%10)}, d...)
	}
	return string(d)
}

type got struct {
	typ, block string
}

// readAll reads every record, recovering from non-sticky parse errors,
// and returns the records, the errors seen and the final error.
func readAll(t *testing.T, r *Reader, partial bool) ([]got, []error, error) {
	t.Helper()
	var recs []got
	var errs []error
	for i := 0; i < 100; i++ {
		h, err := r.Next()
		if err == io.EOF {
			return recs, errs, nil
		}
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
			errs = append(errs, err)
			if errors.Is(err, ErrTruncated) || errors.Is(err, ErrNoRecord) {
				return recs, errs, err
			}
			continue
		}
		var body []byte
		if partial {
			body = make([]byte, 2)
			n, _ := io.ReadFull(r, body)
			body = body[:n]
		} else {
			body, err = io.ReadAll(r)
			if err != nil {
				recs = append(recs, got{h.Type, string(body)})
				return recs, errs, err
			}
		}
		recs = append(recs, got{h.Type, string(body)})
	}
	t.Fatal("reader did not stop")
	return nil, nil, nil
}

func TestReader(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		partial  bool // read only two bytes of each block
		want     []got
		wantErrs []error // errors seen, in order
		skipped  int64
	}{
		{
			name: "two records",
			in:   rec("warcinfo", "software: test\r\n") + rec("response", "HTTP/1.1 200 OK\r\n\r\nhi"),
			want: []got{{"warcinfo", "software: test\r\n"}, {"response", "HTTP/1.1 200 OK\r\n\r\nhi"}},
		},
		{
			name:    "unread blocks are skipped",
			in:      rec("resource", "abcdef") + rec("resource", "ghijkl"),
			partial: true,
			want:    []got{{"resource", "ab"}, {"resource", "gh"}},
		},
		{
			name: "LF line endings",
			in:   "WARC/1.0\nWARC-Type: resource\nContent-Length: 3\n\nabc\n\nWARC/1.0\nWARC-Type: metadata\nContent-Length: 0\n\n\n\n",
			want: []got{{"resource", "abc"}, {"metadata", ""}},
		},
		{
			name: "missing trailer",
			in:   "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 3\r\n\r\nabcWARC/1.0\r\nWARC-Type: x\r\nContent-Length: 0\r\n\r\n",
			// "abc" is the block; the next line then starts with "WARC/".
			want: []got{{"resource", "abc"}, {"x", ""}},
		},
		{
			name:    "garbage between records",
			in:      rec("a", "1") + "junk line\r\nmore junk\n" + rec("b", "2"),
			want:    []got{{"a", "1"}, {"b", "2"}},
			skipped: int64(len("junk line\r\nmore junk\n")),
		},
		{
			name:    "garbage before first record",
			in:      "\x00\x01binary\n" + rec("a", "1"),
			want:    []got{{"a", "1"}},
			skipped: 9,
		},
		{
			name:     "truncated in header",
			in:       rec("a", "1") + "WARC/1.0\r\nWARC-Type: b\r\nContent-Len",
			want:     []got{{"a", "1"}},
			wantErrs: []error{ErrTruncated},
		},
		{
			name:     "truncated after version line",
			in:       "WARC/1.0\r\n",
			wantErrs: []error{ErrTruncated},
		},
		{
			name:     "truncated inside version line",
			in:       rec("a", "1") + "WAR",
			want:     []got{{"a", "1"}},
			wantErrs: []error{ErrTruncated},
		},
		{
			name:     "truncated in block",
			in:       "WARC/1.0\r\nWARC-Type: a\r\nContent-Length: 10\r\n\r\nabc",
			want:     []got{{"a", "abc"}},
			wantErrs: nil, // reported by Read, checked below
		},
		{
			name:     "huge declared length",
			in:       "WARC/1.0\r\nWARC-Type: a\r\nContent-Length: 9000000000000000000\r\n\r\nabc",
			partial:  true,
			want:     []got{{"a", "ab"}},
			wantErrs: []error{ErrTruncated},
		},
		{
			name:     "missing length, then recovery",
			in:       "WARC/1.0\r\nWARC-Type: a\r\n\r\nbody\r\n\r\n" + rec("b", "2"),
			want:     []got{{"b", "2"}},
			wantErrs: []error{ErrLength},
			skipped:  6, // "body\r\n"
		},
		{
			name:     "negative length",
			in:       "WARC/1.0\r\nWARC-Type: a\r\nContent-Length: -5\r\n\r\n" + rec("b", "2"),
			want:     []got{{"b", "2"}},
			wantErrs: []error{ErrLength},
		},
		{
			name:     "line without colon",
			in:       "WARC/1.0\r\nWARC-Type a\r\nContent-Length: 0\r\n\r\n" + rec("b", "2"),
			want:     []got{{"b", "2"}},
			wantErrs: []error{ErrHeader},
			skipped:  int64(len("Content-Length: 0\r\n")),
		},
		{
			name: "short declared length: rest is skipped as garbage",
			in:   "WARC/1.0\r\nWARC-Type: a\r\nContent-Length: 2\r\n\r\nabcdef\r\n\r\n" + rec("b", "2"),
			want: []got{{"a", "ab"}, {"b", "2"}},
			// "cdef\r\n" is garbage.
			skipped: 6,
		},
		{
			name: "only blank lines",
			in:   "\r\n\n\r\n",
		},
		{
			name: "empty",
			in:   "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tt.in))
			recs, errs, final := readAll(t, r, tt.partial)
			if !equalGot(recs, tt.want) {
				t.Errorf("records = %q, want %q", recs, tt.want)
			}
			if tt.name == "truncated in block" {
				if !errors.Is(final, ErrTruncated) {
					t.Errorf("final error = %v, want ErrTruncated", final)
				}
				return
			}
			if len(errs) != len(tt.wantErrs) {
				t.Fatalf("errors = %v, want %v", errs, tt.wantErrs)
			}
			for i := range errs {
				if !errors.Is(errs[i], tt.wantErrs[i]) {
					t.Errorf("error %d = %v, want %v", i, errs[i], tt.wantErrs[i])
				}
			}
			if r.Skipped() != tt.skipped {
				t.Errorf("Skipped() = %d, want %d", r.Skipped(), tt.skipped)
			}
		})
	}
}

func equalGot(a, b []got) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestHeaderFields(t *testing.T) {
	in := "WARC/1.1\r\n" +
		"WARC-Type: response\r\n" +
		"WARC-Record-ID: <urn:uuid:12345678-1234-4234-8234-123456789abc>\r\n" +
		"WARC-Date: 2024-03-05T07:08:09.123Z\r\n" +
		"WARC-Target-URI: <https://example.org/a?b=c>\r\n" +
		"warc-payload-digest :  sha1:ABC  \r\n" +
		"X-Folded: first\r\n" +
		"\tsecond\r\n" +
		"Content-Type: application/http; msgtype=response\r\n" +
		"Content-Length: 0\r\n\r\n"
	r := NewReader(strings.NewReader(in))
	h, err := r.Next()
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct{ name, got, want string }{
		{"Version", h.Version, "WARC/1.1"},
		{"Type", h.Type, "response"},
		{"RecordID", h.RecordID, "<urn:uuid:12345678-1234-4234-8234-123456789abc>"},
		{"TargetURI", h.TargetURI, "https://example.org/a?b=c"},
		{"ContentType", h.ContentType, "application/http; msgtype=response"},
		{"Get lower-case", h.Get("WARC-Payload-Digest"), "sha1:ABC"},
		{"name as written", h.Fields[4].Name, "warc-payload-digest"},
		{"folded", h.Get("x-folded"), "first second"},
		{"absent", h.Get("WARC-Refers-To"), ""},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	want := time.Date(2024, 3, 5, 7, 8, 9, 123e6, time.UTC)
	if !h.Date.Equal(want) {
		t.Errorf("Date = %v, want %v", h.Date, want)
	}
	if len(h.Fields) != 8 {
		t.Errorf("%d fields, want 8", len(h.Fields))
	}
}

func TestDateForms(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2021-01-02T03:04:05Z", time.Date(2021, 1, 2, 3, 4, 5, 0, time.UTC)},
		{"2021-01-02T03:04:05.5Z", time.Date(2021, 1, 2, 3, 4, 5, 5e8, time.UTC)},
		{"2021-01-02T03:04Z", time.Date(2021, 1, 2, 3, 4, 0, 0, time.UTC)},
		{"2021-01-02", time.Date(2021, 1, 2, 0, 0, 0, 0, time.UTC)},
		{"yesterday", time.Time{}},
	}
	for _, tt := range tests {
		if got := parseDate(tt.in); !got.Equal(tt.want) {
			t.Errorf("parseDate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestHeaderTooLong(t *testing.T) {
	in := "WARC/1.0\r\nWARC-Type: a\r\nX-Big: " + strings.Repeat("x", 300) + "\r\nContent-Length: 0\r\n\r\n" + rec("b", "2")
	r := NewReader(strings.NewReader(in))
	r.MaxHeaderBytes = 200
	if _, err := r.Next(); !errors.Is(err, ErrHeaderTooLong) {
		t.Fatalf("Next = %v, want ErrHeaderTooLong", err)
	}
	h, err := r.Next()
	if err != nil || h.Type != "b" {
		t.Fatalf("after recovery: %v, %v; want record b", h, err)
	}
}

func TestMaxSkip(t *testing.T) {
	in := strings.Repeat("garbage\n", 100) + rec("a", "1")
	r := NewReader(strings.NewReader(in))
	r.MaxSkipBytes = 100
	_, err := r.Next()
	if !errors.Is(err, ErrNoRecord) {
		t.Fatalf("Next = %v, want ErrNoRecord", err)
	}
	if _, err2 := r.Next(); err2 != err {
		t.Errorf("error not sticky: %v then %v", err, err2)
	}
}

func TestOffset(t *testing.T) {
	a, b := rec("a", "1"), rec("b", "22")
	r := NewReader(strings.NewReader(a + "xx\n" + b))
	for _, want := range []int64{0, int64(len(a) + 3)} {
		if _, err := r.Next(); err != nil {
			t.Fatal(err)
		}
		if r.Offset() != want {
			t.Errorf("Offset = %d, want %d", r.Offset(), want)
		}
	}
}

// TestGzipMembers reads a CC-NEWS style file: one gzip member per record.
func TestGzipMembers(t *testing.T) {
	var buf bytes.Buffer
	w := NewWriter(&buf)
	w.Compress = true
	blocks := []string{"first block", "", strings.Repeat("long block ", 10000)}
	for i, b := range blocks {
		h := &Header{Type: "resource", TargetURI: "http://example.com/" + itoa(i)}
		if err := w.WriteRecord(h, []byte(b)); err != nil {
			t.Fatal(err)
		}
	}
	// Each member is a valid gzip stream on its own.
	zr, err := gzip.NewReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	zr.Multistream(false)
	first, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(string(first), "first block\r\n\r\n") {
		t.Errorf("first member = %q", first)
	}

	zr, err = gzip.NewReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	r := NewReader(zr)
	for i, want := range blocks {
		h, err := r.Next()
		if err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
		if h.TargetURI != "http://example.com/"+itoa(i) {
			t.Errorf("record %d: TargetURI %q", i, h.TargetURI)
		}
		if b, err := io.ReadAll(r); err != nil || string(b) != want {
			t.Errorf("record %d: block %d bytes, %v; want %d bytes", i, len(b), err, len(want))
		}
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("end: %v, want io.EOF", err)
	}
}

// TestTruncatedGzip cuts a compressed file short.
func TestTruncatedGzip(t *testing.T) {
	var buf bytes.Buffer
	w := NewWriter(&buf)
	w.Compress = true
	for _, b := range []string{"one", strings.Repeat("two ", 5000)} {
		if err := w.WriteRecord(&Header{Type: "resource"}, []byte(b)); err != nil {
			t.Fatal(err)
		}
	}
	cut := buf.Bytes()[:buf.Len()-40]
	zr, err := gzip.NewReader(bytes.NewReader(cut))
	if err != nil {
		t.Fatal(err)
	}
	r := NewReader(zr)
	var last error
	for i := 0; i < 10; i++ {
		if _, last = r.Next(); last != nil {
			break
		}
		if _, last = io.Copy(io.Discard, r); last != nil {
			break
		}
	}
	if !errors.Is(last, ErrTruncated) {
		t.Errorf("error = %v, want ErrTruncated", last)
	}
}

// TestHeaderBound checks that MaxHeaderBytes bounds the header's bytes as
// written, blank line included, whether its lines end in LF or CRLF.
func TestHeaderBound(t *testing.T) {
	for _, eol := range []string{"\n", "\r\n"} {
		head := "WARC-Type: a" + eol + "Content-Length: 0" + eol + eol
		tests := []struct {
			limit int
			ok    bool
		}{
			{len(head), true},
			{len(head) - 1, false},
		}
		for _, tt := range tests {
			r := NewReader(strings.NewReader("WARC/1.0" + eol + head))
			r.MaxHeaderBytes = tt.limit
			_, err := r.Next()
			if (err == nil) != tt.ok || err != nil && !errors.Is(err, ErrHeaderTooLong) {
				t.Errorf("%q endings, limit %d for a %d-byte header: %v, want ok %v", eol, tt.limit, len(head), err, tt.ok)
			}
		}
	}
}
