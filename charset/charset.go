package charset

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// ErrBinary means the input is not text: it holds NUL bytes, starts with
// the magic number of an image, PDF or archive, or is mostly control
// bytes.
var ErrBinary = errors.New("charset: binary input")

// Limits on how much of the body is examined.
const (
	// prescanBytes bounds the search for <meta> and XML declarations;
	// it also stops at </head>.
	prescanBytes = 8 << 10
	// sampleBytes bounds the bytes statistical detection looks at.
	sampleBytes = 16 << 10
	// scanBytes bounds how far into the body detection looks for
	// non-ASCII bytes to sample.
	scanBytes = 1 << 20
	// binaryBytes bounds the bytes the binary test looks at.
	binaryBytes = 8 << 10
)

// Decode returns body as UTF-8 and the WHATWG name of the encoding it was
// decoded from. contentType is the declared HTTP or WARC Content-Type; it
// may be empty or wrong.
//
// The order is: byte order mark; the charset of contentType; a <meta> or
// XML declaration in the first 8 KB (or up to </head>); detection. Valid
// UTF-8 that holds non-ASCII text is taken as UTF-8 whatever is declared,
// and a declaration the bytes make implausible (Cyrillic text declared
// windows-1252, say) yields to detection. The returned text aliases body
// when body is already valid UTF-8; otherwise it is a new slice. Invalid
// sequences become U+FFFD. Binary input returns ErrBinary. Empty input
// returns empty text and "utf-8".
func Decode(body []byte, contentType string) (text []byte, name string, err error) {
	if len(body) == 0 {
		return body, "utf-8", nil
	}
	if enc, name, n := bom(body); enc != nil {
		if name == "utf-8" {
			return validUTF8(body[n:]), name, nil
		}
		return decodeWith(enc, body[n:]), name, nil
	}
	declared := lookup(headerCharset(contentType))
	if declared.isUTF16() {
		return decodeWith(declared.enc, body), declared.name, nil
	}
	if name := utf16Pattern(body); name != "" {
		enc, _ := htmlindex.Get(name)
		return decodeWith(enc, body), name, nil
	}
	if isBinary(body) {
		return nil, "", ErrBinary
	}
	ascii, valid := scanUTF8(body)
	if valid && !ascii {
		return body, "utf-8", nil
	}
	meta := lookup(prescan(body))
	if meta.isUTF16() {
		meta = lookup("utf-8") // as WHATWG: a document that can read its own <meta> is not UTF-16
	}
	if ascii {
		if bytes.IndexByte(body, 0x1b) >= 0 && isISO2022JP(body) {
			enc, _ := htmlindex.Get("iso-2022-jp")
			return validUTF8(decodeWith(enc, body)), "iso-2022-jp", nil
		}
		for _, c := range []candidate{declared, meta} {
			if c.enc != nil && c.name != "iso-2022-jp" {
				return body, c.name, nil
			}
		}
		return body, "utf-8", nil
	}
	// Not UTF-8: weigh the declarations against detection.
	d := detect(body)
	for _, c := range []candidate{declared, meta} {
		if c.enc == nil || c.name == "utf-8" {
			continue
		}
		if d.plausible(c) {
			return decodeWith(c.enc, body), c.name, nil
		}
	}
	if d.best.name == "utf-8" {
		return validUTF8(body), "utf-8", nil
	}
	return decodeWith(d.best.enc, body), d.best.name, nil
}

// Detect guesses the encoding of body from byte validity and character
// frequencies. It returns a WHATWG name and a confidence in [0, 1].
// ASCII and valid UTF-8 are "utf-8"; input it cannot tell apart defaults
// to "windows-1252".
func Detect(body []byte) (name string, confidence float64) {
	if _, name, _ := bom(body); name != "" {
		return name, 1
	}
	if name := utf16Pattern(body); name != "" {
		return name, 0.9
	}
	ascii, valid := scanUTF8(body)
	switch {
	case ascii && bytes.IndexByte(body, 0x1b) >= 0 && isISO2022JP(body):
		return "iso-2022-jp", 0.95
	case valid:
		return "utf-8", 1
	}
	d := detect(body)
	return d.best.name, d.confidence()
}

// A candidate is an encoding with the language model that scores text
// decoded with it.
type candidate struct {
	name   string
	enc    encoding.Encoding
	models []string // languages the encoding writes
	prior  float64  // log prior
}

func (c candidate) isUTF16() bool { return c.name == "utf-16le" || c.name == "utf-16be" }

// Languages of the encodings detection weighs.
var (
	westernLangs = []string{"french", "german", "spanish", "portuguese", "italian", "nordic", "dutch"}
	centralLangs = []string{"polish", "czech", "slovak", "hungarian", "romanian", "croatian"}
	latinLangs   = append(append([]string{"turkish"}, westernLangs...), centralLangs...)
	cyrillic     = []string{"cyrillic"}
)

// candidates are the encodings detection chooses among.
var candidates = []struct {
	name   string
	models []string
	prior  float64
}{
	{"windows-1252", westernLangs, 0},
	{"windows-1250", centralLangs, -1},
	{"iso-8859-2", centralLangs, -2},
	{"windows-1254", []string{"turkish"}, -1},
	{"windows-1251", cyrillic, 0},
	{"koi8-r", cyrillic, -1},
	{"koi8-u", cyrillic, -1.5},
	{"iso-8859-5", cyrillic, -3},
	{"windows-1253", []string{"greek"}, 0},
	{"iso-8859-7", []string{"greek"}, -1},
	{"windows-1256", []string{"arabic"}, 0},
	{"iso-8859-6", []string{"arabic"}, -1},
	{"windows-1255", []string{"hebrew"}, 0},
	{"windows-874", []string{"thai"}, 0},
	{"gbk", []string{"zh-hans"}, 0},
	{"big5", []string{"zh-hant"}, 0},
	{"shift_jis", []string{"ja"}, 0},
	{"euc-jp", []string{"ja"}, 0},
	{"euc-kr", []string{"ko"}, 0},
}

// modelsFor names the languages that judge text declared in an encoding
// detection does not choose itself.
var modelsFor = map[string][]string{
	"iso-8859-15": westernLangs, "macintosh": westernLangs, "iso-8859-14": westernLangs,
	"iso-8859-3": latinLangs, "iso-8859-4": latinLangs, "iso-8859-10": latinLangs,
	"iso-8859-13": latinLangs, "iso-8859-16": latinLangs, "windows-1257": latinLangs,
	"windows-1258": latinLangs,
	"ibm866":       cyrillic, "x-mac-cyrillic": cyrillic,
	"iso-8859-8": {"hebrew"}, "iso-8859-8-i": {"hebrew"},
	"gb18030": {"zh-hans"}, "iso-2022-jp": {"ja"},
}

// lookup returns the candidate for a charset label, or the zero
// candidate when the label is empty or unknown.
func lookup(label string) candidate {
	label = strings.TrimSpace(label)
	if label == "" {
		return candidate{}
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return candidate{}
	}
	name, err := htmlindex.Name(enc)
	if err != nil || name == "replacement" || name == "x-user-defined" {
		return candidate{}
	}
	c := candidate{name: name, enc: enc, models: modelsFor[name]}
	for _, k := range candidates {
		if k.name == name {
			c.models = k.models
		}
	}
	return c
}

// detection is the outcome of scoring every candidate.
type detection struct {
	best   candidate
	scores map[string]float64 // log likelihood by encoding name
	second float64
	high   int // non-ASCII bytes in the sample
	sample []byte
}

// detect scores body's first sampleBytes under every candidate.
func detect(body []byte) *detection {
	sample := sampleOf(body)
	d := &detection{scores: map[string]float64{}, sample: sample, second: math.Inf(-1)}
	for _, b := range sample {
		if b >= 0x80 {
			d.high++
		}
	}
	// Mostly valid UTF-8 with a few broken bytes is damaged UTF-8.
	if good, bad := utf8Counts(sample); good > 0 && good >= 4*bad {
		d.best = candidate{name: "utf-8", enc: unicode.UTF8}
		d.second = -float64(bad) * 10
		d.scores["utf-8"] = 0
		return d
	}
	bestScore := math.Inf(-1)
	for _, k := range candidates {
		c := lookup(k.name)
		c.prior = k.prior
		s := score(c, sample) + c.prior
		d.scores[c.name] = s
		switch {
		case s > bestScore:
			d.second, bestScore, d.best = bestScore, s, c
		case s > d.second:
			d.second = s
		}
	}
	if d.high == 0 || d.best.enc == nil {
		d.best = lookup("windows-1252")
	}
	return d
}

// confidence maps the margin between the two best candidates, per
// non-ASCII byte, to [0, 1].
func (d *detection) confidence() float64 {
	if d.high == 0 {
		return 0
	}
	best := d.scores[d.best.name]
	margin := (best - d.second) / float64(d.high)
	if math.IsInf(margin, 1) || math.IsNaN(margin) {
		return 1
	}
	c := 1 - 0.5*math.Exp(-4*margin)
	// Little evidence caps confidence.
	if lim := 1 - 1/float64(d.high+1); c > lim {
		c = lim
	}
	return c
}

// plausible reports whether the bytes bear out a declared encoding: its
// score is not far below the best detected one.
func (d *detection) plausible(c candidate) bool {
	if c.name == d.best.name {
		return true
	}
	if d.best.name == "utf-8" {
		return false
	}
	s, ok := d.scores[c.name]
	if !ok {
		if c.models == nil {
			c.models = latinLangs
		}
		s = score(c, d.sample)
	}
	best := d.scores[d.best.name]
	return best-s <= 0.5*float64(d.high)+3
}

// score returns the log likelihood of sample decoded with c under the
// best of c's language models.
func score(c candidate, sample []byte) float64 {
	best := math.Inf(-1)
	if c.enc == nil {
		return best
	}
	text, err := c.enc.NewDecoder().Bytes(sample)
	if err != nil {
		return best
	}
	h := histogram(text)
	for _, name := range c.models {
		if m := models()[name]; m != nil {
			best = max(best, m.score(h))
		}
	}
	return best
}

// A context is a non-ASCII character with the class of the one before,
// packed as rune<<2 | class.
type context uint64

func ctx(r rune, prev int) context { return context(r)<<2 | context(prev) }

// histogram counts the contexts of the non-ASCII characters of text.
func histogram(text []byte) map[context]int {
	h := map[context]int{}
	prev := prevOther
	for len(text) > 0 {
		r, n := utf8.DecodeRune(text)
		text = text[n:]
		switch {
		case r < 0x80:
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				prev = prevASCIILetter
			} else {
				prev = prevOther
			}
			continue
		case !isLetter(r):
			h[ctx(r, prevOther)]++ // the class matters only for letters
			prev = prevOther
		default:
			h[ctx(r, prev)]++
			prev = prevHighLetter
		}
	}
	return h
}

// score returns the log likelihood of the characters counted in h.
func (m *model) score(h map[context]int) float64 {
	total := 0.0
	for c, n := range h {
		total += float64(n) * m.logProb(rune(c>>2), int(c&3))
	}
	return total
}

// sampleOf returns up to sampleBytes of body around its non-ASCII bytes,
// so that detection on a page of markup looks at the text. Windows start
// and end at bytes below 0x40, which no multi-byte encoding uses inside
// a character.
func sampleOf(body []byte) []byte {
	if len(body) <= sampleBytes {
		return body
	}
	scan := body[:min(len(body), scanBytes)]
	var out []byte
	end := 0
	for i := 0; i < len(scan) && len(out) < sampleBytes; i++ {
		if scan[i] < 0x80 || i < end {
			continue
		}
		start := i
		for start > end && start > i-64 && scan[start-1] >= 0x40 {
			start--
		}
		if start > end && start > 0 {
			out = append(out, ' ')
		}
		stop := min(len(scan), i+256)
		for stop < len(scan) && stop < i+320 && scan[stop] >= 0x40 {
			stop++
		}
		out = append(out, scan[start:stop]...)
		end = stop
	}
	return out
}

// bom returns the encoding a byte order mark names and the mark's length.
func bom(b []byte) (encoding.Encoding, string, int) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8, "utf-8", 3
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le", 2
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be", 2
	}
	return nil, "", 0
}

// utf16Pattern recognises UTF-16 without a byte order mark by its NUL
// bytes: mostly-Latin UTF-16 has a NUL in every other byte.
func utf16Pattern(b []byte) string {
	if len(b) > binaryBytes {
		b = b[:binaryBytes]
	}
	if len(b) < 8 || bytes.IndexByte(b, 0) < 0 {
		return "" // without a zero byte, neither half has any
	}
	var even, odd int
	for i, c := range b {
		if c == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	half := len(b) / 2
	switch {
	case odd*10 > half*6 && even*20 <= half:
		return "utf-16le"
	case even*10 > half*6 && odd*20 <= half:
		return "utf-16be"
	}
	return ""
}

// magics are prefixes of binary file formats.
var magics = [][]byte{
	[]byte("%PDF-"), []byte("\x89PNG"), []byte("\xFF\xD8\xFF"), []byte("GIF87a"), []byte("GIF89a"),
	[]byte("PK\x03\x04"), []byte("\x1F\x8B"), []byte("BZh"), []byte("\xFD7zXZ"), []byte("7z\xBC\xAF"),
	[]byte("Rar!"), []byte("RIFF"), []byte("OggS"), []byte("ID3"), []byte("fLaC"), []byte("\x7FELF"),
	[]byte("\x00asm"), []byte("wOFF"), []byte("wOF2"), []byte("II*\x00"), []byte("MM\x00*"),
	[]byte("\x1A\x45\xDF\xA3"), []byte("\x00\x00\x01\x00"), []byte("\xD0\xCF\x11\xE0"),
}

// isBinary reports whether b is not text: a known binary magic number, a
// media file, NUL bytes or many control bytes.
func isBinary(b []byte) bool {
	for _, m := range magics {
		if bytes.HasPrefix(b, m) {
			return true
		}
	}
	if len(b) >= 12 && string(b[4:8]) == "ftyp" {
		return true
	}
	if len(b) > binaryBytes {
		b = b[:binaryBytes]
	}
	var nul, ctl int
	count := func(b []byte) {
		for _, c := range b {
			switch {
			case c == 0:
				nul++
			case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b:
				ctl++
			}
		}
	}
	// Eight bytes at a time: only a word with a byte below 0x20 (in
	// text, mostly a line's end) is counted byte by byte. The test is
	// the classic has-less-than: a byte below n <= 0x80 borrows into its
	// own high bit, which the byte itself did not have.
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if w := binary.LittleEndian.Uint64(b[i:]); (w-0x2020202020202020)&^w&0x8080808080808080 != 0 {
			count(b[i : i+8])
		}
	}
	count(b[i:])
	return nul > 0 && nul*200 > len(b) || nul > 16 || (nul+ctl)*20 > len(b)
}

// scanUTF8 reports whether b is all ASCII and whether it is valid UTF-8,
// in one pass. A page is mostly ASCII markup, often wholly, so the bytes
// before the first that is not are tested eight at a time, as utf8.Valid
// does.
func scanUTF8(b []byte) (ascii, valid bool) {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i < len(b); i++ {
		if b[i] >= 0x80 {
			return false, utf8.Valid(b[i:])
		}
	}
	return true, true
}

// utf8Counts counts valid multi-byte UTF-8 sequences and invalid bytes.
func utf8Counts(b []byte) (good, bad int) {
	for len(b) > 0 {
		if b[0] < 0x80 {
			b = b[1:]
			continue
		}
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			bad++
		} else {
			good++
		}
		b = b[n:]
	}
	return good, bad
}

// isISO2022JP reports whether 7-bit text holds ISO-2022-JP escapes.
func isISO2022JP(b []byte) bool {
	return bytes.Contains(b, []byte("\x1b$B")) || bytes.Contains(b, []byte("\x1b$@")) ||
		bytes.Contains(b, []byte("\x1b(J"))
}

// decodeWith decodes b, replacing what cannot be decoded with U+FFFD.
func decodeWith(enc encoding.Encoding, b []byte) []byte {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		// Decoders replace bad input; an error here is unexpected, so
		// fall back on a lossy reading rather than fail.
		return validUTF8(b)
	}
	return validUTF8(out)
}

// validUTF8 returns b, or a copy with invalid sequences replaced.
func validUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	return bytes.ToValidUTF8(b, []byte("\uFFFD"))
}

// headerCharset returns the charset parameter of a Content-Type.
func headerCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		return params["charset"]
	}
	return charsetParam(strings.ToLower(contentType))
}

// charsetParam extracts "charset=x" from s, which must be lower case.
func charsetParam(s string) string {
	i := strings.Index(s, "charset")
	if i < 0 {
		return ""
	}
	s = strings.TrimLeft(s[i+len("charset"):], " \t\r\n")
	if !strings.HasPrefix(s, "=") {
		return charsetParam(s)
	}
	s = strings.TrimLeft(s[1:], " \t\r\n")
	if s != "" && (s[0] == '"' || s[0] == '\'') {
		q := s[0]
		s = s[1:]
		if j := strings.IndexByte(s, q); j >= 0 {
			return s[:j]
		}
	}
	if j := strings.IndexAny(s, " \t\r\n;\"'>/"); j >= 0 {
		s = s[:j]
	}
	return s
}

// prescan looks for a charset in <meta> tags and the XML declaration near
// the start of an HTML or XML document.
func prescan(body []byte) string {
	head := body
	if len(head) > prescanBytes {
		head = head[:prescanBytes]
	}
	lower := bytes.ToLower(head)
	if end := bytes.Index(lower, []byte("</head")); end >= 0 {
		lower = lower[:end]
	}
	if bytes.HasPrefix(lower, []byte("<?xml")) {
		if end := bytes.Index(lower, []byte("?>")); end >= 0 {
			decl := string(lower[:end])
			if i := strings.Index(decl, "encoding"); i >= 0 {
				v := strings.TrimLeft(decl[i+len("encoding"):], " \t\r\n")
				if strings.HasPrefix(v, "=") {
					v = strings.TrimLeft(v[1:], " \t\r\n")
					if v != "" && (v[0] == '"' || v[0] == '\'') {
						if j := strings.IndexByte(v[1:], v[0]); j >= 0 {
							return v[1 : j+1]
						}
					}
				}
			}
		}
	}
	for {
		i := bytes.Index(lower, []byte("<meta"))
		if i < 0 {
			return ""
		}
		lower = lower[i+len("<meta"):]
		end := bytes.IndexByte(lower, '>')
		if end < 0 {
			end = len(lower)
		}
		if cs := charsetParam(string(lower[:end])); cs != "" {
			return cs
		}
	}
}
