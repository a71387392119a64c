// Package warc reads and writes WARC 1.0 and 1.1 files (ISO 28500), the
// web archive format of Common Crawl and CC-NEWS.
//
// A Reader walks a decompressed WARC stream one record at a time, the way
// archive/tar walks a tarball: Next returns the record's Header, Read then
// yields that record's content block, and the following call to Next
// skips whatever of the block was left unread. Nothing is held in memory
// beyond one header, so archives of any size stream through.
//
//	zr, err := gzip.NewReader(f) // gzip.Reader reads multi-member files
//	if err != nil { ... }
//	r := warc.NewReader(zr)
//	for {
//		h, err := r.Next()
//		if err == io.EOF {
//			break
//		}
//		if err != nil { ... }
//		if h.Type != "response" {
//			continue
//		}
//		resp, err := warc.ReadResponse(r)
//		...
//	}
//
// Malformed input never causes a panic. Parse failures are reported as a
// *ParseError carrying the byte offset of the record; a stream that ends
// inside a record yields an error wrapping ErrTruncated. Declared lengths
// are never trusted for allocation: a block is streamed, and a header is
// limited to Reader.MaxHeaderBytes. The reader tolerates LF-only line
// endings and garbage between records (it resynchronises on the next
// "WARC/" version line and reports the skipped bytes through Skipped).
//
// A Writer produces records; WriteRecord fills in WARC-Record-ID and
// Content-Length when the header leaves them empty. With Writer.Compress
// set, every record is its own gzip member, as CC-NEWS files are.
//
// The package knows nothing about HTML, character sets, or what the
// pages mean; ReadResponse only undoes HTTP framing (chunking and
// content encoding).
package warc
