package ingest

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/casus-project/casus/feed"
)

// sniffLen is how many leading bytes decide an input's kind.
const sniffLen = 4096

type kind int

const (
	kindEmpty kind = iota
	kindGzip
	kindWARC
	kindFeed
	kindHTML
	kindText
	kindBinary
)

// sniffed is the verdict on an input's first bytes.
type sniffed struct {
	kind kind
	what string // for kindBinary and errors: "PNG image"
}

// magics are the signatures of binary formats people may point ingest at
// by mistake. Offsets other than 0 are written into the check below.
var magics = []struct {
	sig, what string
}{
	{"%PDF-", "PDF document"},
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"II*\x00", "TIFF image"},
	{"MM\x00*", "TIFF image"},
	{"wOFF", "WOFF font"},
	{"wOF2", "WOFF2 font"},
	{"PK\x03\x04", "zip archive"},
	{"PK\x05\x06", "zip archive"},
	{"\xfd7zXZ\x00", "xz archive"},
	{"7z\xbc\xaf\x27\x1c", "7z archive"},
	{"\x28\xb5\x2f\xfd", "zstd archive"},
	{"Rar!\x1a\x07", "RAR archive"},
	{"\x7fELF", "ELF executable"},
	{"\xcf\xfa\xed\xfe", "Mach-O executable"},
	{"\xce\xfa\xed\xfe", "Mach-O executable"},
	{"\xca\xfe\xba\xbe", "Java class or Mach-O executable"},
	{"\x00asm", "WebAssembly module"},
	{"SQLite format 3\x00", "SQLite database"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office document"},
	{"OggS", "Ogg media"},
	{"fLaC", "FLAC audio"},
	{"\x1a\x45\xdf\xa3", "Matroska or WebM video"},
	{"%!PS", "PostScript document"},
}

// sniff classifies an input from its first bytes; ext (lower case, with
// the dot, "" when unknown) breaks the tie between HTML and plain text.
func sniff(head []byte, ext string) sniffed {
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	if len(head) == 0 {
		return sniffed{kind: kindEmpty}
	}
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		return sniffed{kind: kindGzip, what: "gzip"}
	}
	// UTF-16 text: judge the ASCII it spells.
	if len(head) >= 2 && (head[0] == 0xff && head[1] == 0xfe || head[0] == 0xfe && head[1] == 0xff) {
		k := sniffText(utf16ASCII(head), ext)
		if k.kind == kindBinary || k.kind == kindEmpty {
			k = sniffed{kind: kindText}
		}
		return k
	}
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if bytes.HasPrefix(bytes.TrimLeft(head, "\r\n"), []byte("WARC/")) {
		return sniffed{kind: kindWARC, what: "WARC"}
	}
	for _, m := range magics {
		if bytes.HasPrefix(head, []byte(m.sig)) {
			return sniffed{kind: kindBinary, what: m.what}
		}
	}
	switch {
	case len(head) >= 12 && string(head[4:8]) == "ftyp":
		return sniffed{kind: kindBinary, what: "MP4 or QuickTime media"}
	case len(head) >= 12 && string(head[:4]) == "RIFF":
		return sniffed{kind: kindBinary, what: "RIFF media (" + printable(head[8:12]) + ")"}
	case len(head) >= 10 && string(head[:3]) == "BZh" && string(head[4:10]) == "1AY&SY":
		return sniffed{kind: kindBinary, what: "bzip2 archive"}
	case len(head) >= 4 && string(head[:3]) == "ID3" && head[3] < 0x10:
		return sniffed{kind: kindBinary, what: "MP3 audio"}
	case len(head) >= 2 && string(head[:2]) == "MZ" && bytes.IndexByte(head, 0) >= 0:
		return sniffed{kind: kindBinary, what: "Windows executable"}
	}
	return sniffText(head, ext)
}

// sniffText tells feeds, HTML, plain text and other binary data apart.
func sniffText(head []byte, ext string) sniffed {
	if len(bytes.TrimSpace(head)) == 0 {
		return sniffed{kind: kindText}
	}
	if isFeed(head) {
		return sniffed{kind: kindFeed, what: "feed"}
	}
	if binaryShare(head) {
		return sniffed{kind: kindBinary, what: "binary data"}
	}
	if looksHTML(head) || htmlExt[ext] {
		return sniffed{kind: kindHTML}
	}
	return sniffed{kind: kindText}
}

// binaryShare reports whether head holds a NUL byte or more than one
// control byte in ten (tab, newlines, form feed and escape excepted).
func binaryShare(head []byte) bool {
	ctl := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b:
			ctl++
		}
	}
	return ctl*10 > len(head)
}

// utf16ASCII keeps the low byte of each UTF-16 code unit after the BOM, which
// is enough to see markup.
func utf16ASCII(b []byte) []byte {
	le := b[0] == 0xff
	b = b[2:]
	out := make([]byte, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		lo, hi := b[i], b[i+1]
		if !le {
			lo, hi = hi, lo
		}
		if hi != 0 || lo == 0 {
			lo = '?'
		}
		out = append(out, lo)
	}
	return out
}

func printable(b []byte) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r > 0x7e {
			return '?'
		}
		return r
	}, string(b))
}

// isFeed reports whether head starts like RSS, Atom, RDF or JSON Feed.
func isFeed(head []byte) bool {
	if feed.Sniff(head) {
		return true
	}
	root := rootElement(head)
	switch {
	case root == "rss" || root == "feed" || root == "rdf:rdf" || strings.HasSuffix(root, ":rdf"):
		return true
	case root != "":
		return false
	}
	t := bytes.TrimSpace(head)
	return bytes.HasPrefix(t, []byte("{")) && bytes.Contains(t, []byte("jsonfeed.org/version"))
}

// rootElement returns the lower-cased name of the first element in head,
// skipping the XML declaration, processing instructions, comments and a
// doctype; "" when head does not start with markup.
func rootElement(head []byte) string {
	s := head
	for {
		s = bytes.TrimLeft(s, " \t\r\n")
		switch {
		case bytes.HasPrefix(s, []byte("<?")):
			i := bytes.Index(s, []byte("?>"))
			if i < 0 {
				return ""
			}
			s = s[i+2:]
		case bytes.HasPrefix(s, []byte("<!--")):
			i := bytes.Index(s[4:], []byte("-->"))
			if i < 0 {
				return ""
			}
			s = s[4+i+3:]
		case bytes.HasPrefix(s, []byte("<!")):
			i := bytes.IndexByte(s, '>')
			if i < 0 {
				return ""
			}
			s = s[i+1:]
		case bytes.HasPrefix(s, []byte("<")):
			s = s[1:]
			end := bytes.IndexAny(s, " \t\r\n/>")
			if end < 0 {
				end = len(s)
			}
			return strings.ToLower(string(s[:end]))
		default:
			return ""
		}
	}
}

var htmlMarkers = [][]byte{
	[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"),
	[]byte("<meta"), []byte("<title"), []byte("<div"), []byte("<p>"), []byte("<p "),
	[]byte("<article"), []byte("<script"), []byte("<br"), []byte("<table"),
}

// looksHTML reports whether head is markup: it starts with "<" or holds a
// common HTML tag.
func looksHTML(head []byte) bool {
	if t := bytes.TrimLeft(head, " \t\r\n\f"); len(t) > 0 && t[0] == '<' {
		return true
	}
	l := bytes.ToLower(head)
	for _, m := range htmlMarkers {
		if bytes.Contains(l, m) {
			return true
		}
	}
	return false
}

var htmlExt = map[string]bool{
	".html": true, ".htm": true, ".xhtml": true, ".shtml": true,
	".php": true, ".asp": true, ".aspx": true, ".jsp": true,
}

// dirExt lists the extensions a directory walk reads; "" is a file
// without one.
var dirExt = map[string]bool{
	".html": true, ".htm": true, ".xhtml": true, ".shtml": true,
	".php": true, ".asp": true, ".aspx": true, ".txt": true, ".text": true,
	".xml": true, ".rss": true, ".atom": true, ".rdf": true,
	".gz": true, ".warc": true, "": true,
}

// extOf returns the lower-cased extension of name, looking through a
// ".gz" when inner is set ("a.html.gz" gives ".html").
func extOf(name string, inner bool) string {
	e := strings.ToLower(filepath.Ext(name))
	if inner && e == ".gz" {
		e = strings.ToLower(filepath.Ext(strings.TrimSuffix(name, filepath.Ext(name))))
	}
	return e
}
