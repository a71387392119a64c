package parse

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// ErrFormat is wrapped by Load errors that come from a malformed model file.
var ErrFormat = errors.New("malformed model")

const (
	magic   = "casusdep"
	version = 2
	maxBits = 22
)

// Save writes m in the package's model format: the flat format (see
// flatVersion), or version 2 for a model too large for a row table
// (see Model.index).
func (m *Model) Save(w io.Writer) error {
	if m.index != nil {
		if err := m.saveFlat(w); err != nil {
			return fmt.Errorf("parse: save: %w", err)
		}
		return nil
	}
	return m.saveGzip(w)
}

// saveGzip writes m in format version 2: a gzip stream holding a header
// (magic, version, hash width), the labels, the classes, the word
// classes (paths, then words with their class) and the non-zero weights.
func (m *Model) saveGzip(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("parse: save: %w", err)
	}
	bw := bufio.NewWriter(zw)
	var tmp [binary.MaxVarintLen64]byte
	uv := func(v uint64) { bw.Write(tmp[:binary.PutUvarint(tmp[:], v)]) }
	bw.WriteString(magic)
	uv(version)
	uv(uint64(m.bits))
	uv(uint64(len(m.labels)))
	for _, l := range m.labels {
		uv(uint64(len(l)))
		bw.WriteString(l)
	}
	uv(uint64(m.root))
	uv(uint64(len(m.classes)))
	for _, c := range m.classes {
		uv(uint64(c.move))
		uv(uint64(c.label))
	}
	var paths, words []string
	var wclass []uint16
	if m.lex != nil {
		paths = m.lex.paths
		var err error
		if words, wclass, err = m.lex.list(); err != nil {
			return fmt.Errorf("parse: save: %w", err)
		}
	}
	uv(uint64(len(paths)))
	for _, p := range paths {
		uv(uint64(len(p)))
		bw.WriteString(p)
	}
	uv(uint64(len(words)))
	for i, w := range words {
		uv(uint64(len(w)))
		bw.WriteString(w)
		uv(uint64(wclass[i]))
	}
	rows := 0
	for b := 0; b+1 < len(m.start); b++ {
		if m.start[b+1] > m.start[b] {
			rows++
		}
	}
	uv(uint64(rows))
	last := 0
	for b := 0; b+1 < len(m.start); b++ {
		lo, hi := m.start[b], m.start[b+1]
		if lo == hi {
			continue
		}
		uv(uint64(b - last))
		last = b
		uv(uint64(hi - lo))
		bw.Write(m.cls[lo:hi])
		for _, v := range m.val[lo:hi] {
			binary.LittleEndian.PutUint16(tmp[:], uint16(v))
			bw.Write(tmp[:2])
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("parse: save: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("parse: save: %w", err)
	}
	return nil
}

// Load reads a model written by Save. A malformed file yields an error
// wrapping ErrFormat.
func Load(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("parse: load: %w", err)
	}
	return loadBytes(data, true)
}

// loadBytes reads a model written by Save from data, which must not
// change while the model is in use: the model may read its tables
// from data. It checks a flat file's checksum if sum is true.
func loadBytes(data []byte, sum bool) (*Model, error) {
	if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b { // gzip: version 2
		return loadGzip(bytes.NewReader(data))
	}
	m, err := loadFlat(data, sum)
	if err != nil {
		return nil, fmt.Errorf("parse: load: %w", err)
	}
	return m, nil
}

// loadGzip reads a model of version 2.
func loadGzip(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("parse: load: %w: %w", ErrFormat, err)
	}
	m, err := decode(bufio.NewReader(zr))
	if err != nil {
		return nil, fmt.Errorf("parse: load: %w", err)
	}
	return m, nil
}

type decoder struct {
	r   *bufio.Reader
	err error
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: "+format, append([]any{ErrFormat}, args...)...)
	}
}

// uv reads a varint no larger than max.
func (d *decoder) uv(what string, max uint64) uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.fail("%s: %v", what, err)
		return 0
	}
	if v > max {
		d.fail("%s %d out of range", what, v)
		return 0
	}
	return v
}

func (d *decoder) bytes(what string, n int) []byte {
	if d.err != nil {
		return nil
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.fail("%s: %v", what, err)
		return nil
	}
	return b
}

// meta reads the labels, the root label and the classes into m and
// returns the number of classes.
func (d *decoder) meta(m *Model) int {
	nl := int(d.uv("label count", 1<<10))
	for range nl {
		m.labels = append(m.labels, string(d.bytes("label", int(d.uv("label length", 64)))))
	}
	m.root = uint16(d.uv("root label", uint64(max(nl-1, 0))))
	if d.err == nil && (nl == 0 || m.labels[m.root] != rootLabel) {
		d.fail("no %q label", rootLabel)
	}
	nc := int(d.uv("class count", 256))
	var haveShift, haveRoot, haveRight bool
	for range nc {
		c := class{move: uint8(d.uv("move", right)), label: uint16(d.uv("class label", uint64(max(nl-1, 0))))}
		m.classes = append(m.classes, c)
		switch {
		case c.move == shift:
			haveShift = true
		case c.move == left && c.label == m.root:
			haveRoot = true
		case c.move == right && c.label != m.root:
			haveRight = true
		}
	}
	if d.err == nil && !(haveShift && haveRoot && haveRight) {
		d.fail("classes lack shift, root or right arcs")
	}
	return nc
}

// path reads one word-class path.
func (d *decoder) path() string {
	p := string(d.bytes("word class path", int(d.uv("path length", 1<<16))))
	for i := 0; i < len(p); i++ {
		if p[i] != '0' && p[i] != '1' && d.err == nil {
			d.fail("word class path %q", p)
		}
	}
	return p
}

func decode(r *bufio.Reader) (*Model, error) {
	d := &decoder{r: r}
	if string(d.bytes("magic", len(magic))) != magic && d.err == nil {
		d.fail("bad magic")
	}
	if v := d.uv("version", 1<<16); v != version && d.err == nil {
		d.fail("version %d, want %d", v, version)
	}
	m := &Model{bits: uint(d.uv("hash width", maxBits))}
	if m.bits == 0 && d.err == nil {
		d.fail("hash width 0")
	}
	nc := d.meta(m)
	np := int(d.uv("word class count", 1<<16))
	paths := make([]string, 0, np)
	for range np {
		paths = append(paths, d.path())
	}
	nw := int(d.uv("word count", 1<<24))
	if np == 0 && nw > 0 && d.err == nil {
		d.fail("words without word classes")
	}
	var words []string
	var wclass []uint16
	for range nw {
		if d.err != nil {
			break
		}
		words = append(words, string(d.bytes("word", int(d.uv("word length", 1<<12)))))
		wclass = append(wclass, uint16(d.uv("word class", uint64(max(np-1, 0)))))
	}
	if d.err != nil {
		return nil, d.err
	}
	if np > 0 {
		m.lex = newLexicon(words, wclass, paths)
	}
	nb := 1 << m.bits
	m.start = make([]uint32, nb+1)
	rows := int(d.uv("row count", uint64(nb)))
	b := 0
	for i := range rows {
		delta := int(d.uv("row", uint64(nb)))
		if i > 0 && delta == 0 && d.err == nil {
			d.fail("repeated row")
		}
		nb2 := b + delta
		if nb2 >= nb && d.err == nil {
			d.fail("row %d out of range", nb2)
		}
		k := int(d.uv("row length", uint64(nc)))
		cls := d.bytes("classes", k)
		raw := d.bytes("weights", 2*k)
		if d.err != nil {
			return nil, d.err
		}
		for j := b + 1; j <= nb2; j++ {
			m.start[j] = uint32(len(m.cls))
		}
		b = nb2
		for j, c := range cls {
			if int(c) >= nc {
				d.fail("class %d out of range", c)
				return nil, d.err
			}
			m.cls = append(m.cls, c)
			m.val = append(m.val, int16(binary.LittleEndian.Uint16(raw[2*j:])))
		}
	}
	for j := b + 1; j <= nb; j++ {
		m.start[j] = uint32(len(m.cls))
	}
	if _, err := d.r.ReadByte(); err != io.EOF && d.err == nil {
		d.fail("trailing data")
	}
	if d.err != nil {
		return nil, d.err
	}
	m.pack()
	return m, nil
}
