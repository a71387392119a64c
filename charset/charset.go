package charset

import "errors"

// ErrBinary means the input is not text: it holds NUL bytes, starts with
// the magic number of an image, PDF or archive, or is mostly control
// bytes.
var ErrBinary = errors.New("charset: binary input")

// Decode returns body as UTF-8 and the WHATWG name of the encoding it was
// decoded from. contentType is the declared HTTP or WARC Content-Type; it
// may be empty or wrong. The returned text aliases body when body is
// already valid UTF-8.
func Decode(body []byte, contentType string) (text []byte, name string, err error) {
	return body, "utf-8", nil
}

// Detect guesses the encoding of body from byte validity and character
// frequencies. It returns a WHATWG name and a confidence in [0, 1].
// Input it cannot tell apart defaults to "windows-1252".
func Detect(body []byte) (name string, confidence float64) { return "windows-1252", 0 }
