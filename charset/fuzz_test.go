package charset

import (
	"bytes"
	"errors"
	"testing"
	"unicode/utf8"
)

// FuzzDecode checks that Decode never panics, returns valid UTF-8 with a
// name or ErrBinary, returns valid UTF-8 input unchanged, and that Detect
// agrees on a confidence in [0, 1].
func FuzzDecode(f *testing.F) {
	f.Add([]byte("plain"), "")
	f.Add([]byte("caf\xe9"), "text/html; charset=iso-8859-1")
	f.Add([]byte("\xef\xbb\xbfhi"), "text/plain; charset=utf-8")
	f.Add([]byte("\xff\xfeh\x00i\x00"), "")
	f.Add([]byte("<meta charset=shift_jis>\x82\xa0\x82\xa2"), "text/html")
	f.Add([]byte("<?xml version=\"1.0\" encoding=\"big5\"?>\xa4\xa4"), "")
	f.Add([]byte("\x1b$B$3$s\x1b(B"), "text/plain; charset=iso-2022-jp")
	f.Add([]byte("\xcf\xf0\xe8\xe2\xe5\xf2"), "text/html; charset=\"utf-16\"")
	f.Fuzz(func(t *testing.T, body []byte, ct string) {
		text, name, err := Decode(body, ct)
		if err != nil {
			if !errors.Is(err, ErrBinary) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if !utf8.Valid(text) {
			t.Fatalf("invalid UTF-8 output %q from %q as %s", text, body, name)
		}
		if name == "" {
			t.Fatal("no encoding name")
		}
		if utf8.Valid(body) && !bytes.HasPrefix(body, []byte("\xef\xbb\xbf")) && name == "utf-8" && !bytes.Equal(text, body) {
			t.Fatalf("valid UTF-8 changed: %q -> %q", body, text)
		}
		if n, c := Detect(body); n == "" || c < 0 || c > 1 {
			t.Fatalf("Detect = %q, %v", n, c)
		}
	})
}
