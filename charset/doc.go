// Package charset turns text in the character sets news sites use into
// UTF-8.
//
// Decode follows a fixed order: a byte order mark, then the charset
// declared in the Content-Type, then a <meta charset>, <meta http-equiv>
// or XML declaration near the start of the body, then statistical
// detection. Valid UTF-8 is returned as is, without copying. A
// declaration that the bytes contradict (UTF-8 declared, invalid UTF-8
// present) is ignored in favour of detection. Invalid sequences become
// U+FFFD, so the output is always valid UTF-8.
//
//	text, name, err := charset.Decode(doc.Body, doc.ContentType)
//	if errors.Is(err, charset.ErrBinary) {
//		// not text: skip
//	}
//
// Encoding names are WHATWG names ("windows-1256", "shift_jis"); as in
// browsers, ISO-8859-1 and US-ASCII mean windows-1252.
//
// The package knows nothing about HTML beyond the declarations it scans
// for, and nothing about where bytes came from.
package charset
