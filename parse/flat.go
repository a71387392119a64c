package parse

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math/bits"

	"github.com/casus-project/casus/internal/inplace"
)

// The flat format (version 3) holds the tables that scoring reads as they
// are laid out in memory, so that a model embedded in the binary is used
// from its bytes without decoding them. All numbers are little-endian.
//
// A header of flatHeader bytes:
//
//	 0  magic "casusdep"
//	 8  uint32 version (3)
//	12  uint32 CRC-32C (Castagnoli) of the file from offset 16 on
//	16  uint32 hash width (bits)
//	20  uint32 bytes of the meta section
//	24  uint32 index words (uint64 each)
//	28  uint32 rows (uint32 each)
//	32  uint32 quads of ext (four uint32 each)
//	36  uint32 slots of the word table (a power of two, 0 without word classes)
//	40  uint32 bytes of the word list
//	44  uint32 Model.below
//	48  zero up to flatHeader
//
// then the sections, each from an offset that is a multiple of
// flatAlign, zero-padded between: meta (varints as in version 2: the
// labels, the root label, the classes, the word-class paths), index,
// rows, ext, the word table's keys (wordHash, uint64 each), its values
// (uint16 each: the class plus one, 0 for an empty slot), and the word
// list (varints: the word count, then each word's length, bytes and
// class), which only Save reads. The file ends with the word list.
const (
	flatVersion = 3
	flatHeader  = 64
	flatAlign   = 64
)

// flatLayout holds the section sizes of a flat file, in bytes.
type flatLayout struct {
	meta, index, rows, ext, keys, vals, words int
}

// offsets returns where each section starts and where the file ends.
func (l flatLayout) offsets() (at [7]int, end int) {
	end = flatHeader
	for i, n := range [7]int{l.meta, l.index, l.rows, l.ext, l.keys, l.vals, l.words} {
		end = (end + flatAlign - 1) &^ (flatAlign - 1)
		at[i] = end
		end += n
	}
	return at, end
}

// saveFlat writes m, which must have a row table, in the flat format.
func (m *Model) saveFlat(w io.Writer) error {
	var meta bytes.Buffer
	var tmp [binary.MaxVarintLen64]byte
	uv := func(b *bytes.Buffer, v uint64) { b.Write(tmp[:binary.PutUvarint(tmp[:], v)]) }
	uv(&meta, uint64(len(m.labels)))
	for _, l := range m.labels {
		uv(&meta, uint64(len(l)))
		meta.WriteString(l)
	}
	uv(&meta, uint64(m.root))
	uv(&meta, uint64(len(m.classes)))
	for _, c := range m.classes {
		uv(&meta, uint64(c.move))
		uv(&meta, uint64(c.label))
	}
	var keys []uint64
	var vals []uint16
	var words bytes.Buffer
	if x := m.lex; x != nil {
		uv(&meta, uint64(len(x.paths)))
		for _, p := range x.paths {
			uv(&meta, uint64(len(p)))
			meta.WriteString(p)
		}
		keys, vals = x.keys, x.vals
		if x.raw != nil {
			words.Write(x.raw)
		} else {
			uv(&words, uint64(len(x.words)))
			for i, w := range x.words {
				uv(&words, uint64(len(w)))
				words.WriteString(w)
				uv(&words, uint64(x.class[i]))
			}
		}
	} else {
		uv(&meta, 0)
	}
	l := flatLayout{meta: meta.Len(), index: 8 * len(m.index), rows: 4 * len(m.rows),
		ext: 16 * len(m.ext), keys: 8 * len(keys), vals: 2 * len(vals), words: words.Len()}
	at, end := l.offsets()
	if end > 1<<31 {
		return fmt.Errorf("model of %d bytes too large", end)
	}
	b := make([]byte, end)
	copy(b, magic)
	le := binary.LittleEndian
	for i, v := range []int{flatVersion, 0, int(m.bits), l.meta, len(m.index), len(m.rows), len(m.ext), len(keys), l.words, m.below} {
		le.PutUint32(b[8+4*i:], uint32(v))
	}
	copy(b[at[0]:], meta.Bytes())
	for i, v := range m.index {
		le.PutUint64(b[at[1]+8*i:], v)
	}
	for i, v := range m.rows {
		le.PutUint32(b[at[2]+4*i:], v)
	}
	for i, q := range m.ext {
		for j, v := range q {
			le.PutUint32(b[at[3]+16*i+4*j:], v)
		}
	}
	for i, v := range keys {
		le.PutUint64(b[at[4]+8*i:], v)
	}
	for i, v := range vals {
		le.PutUint16(b[at[5]+2*i:], v)
	}
	copy(b[at[6]:], words.Bytes())
	le.PutUint32(b[12:], checksum(b))
	_, err := w.Write(b)
	return err
}

// loadFlat returns the model that data holds in the flat format. The
// model's tables are views of data where the machine's byte order and
// data's alignment allow, copies otherwise: data must not change while
// the model is in use. The checksum is checked if sum is true (the
// embedded model's is checked by a test); the checks that keep
// scoring in bounds always are.
func loadFlat(data []byte, sum bool) (*Model, error) {
	fail := func(format string, args ...any) (*Model, error) {
		return nil, fmt.Errorf("%w: "+format, append([]any{ErrFormat}, args...)...)
	}
	if len(data) < flatHeader {
		return fail("%d bytes, shorter than a header", len(data))
	}
	if string(data[:len(magic)]) != magic {
		return fail("bad magic")
	}
	le := binary.LittleEndian
	h := func(i int) int { return int(le.Uint32(data[8+4*i:])) }
	if v := h(0); v != flatVersion {
		return fail("version %d, want %d", v, flatVersion)
	}
	if sum {
		if got := checksum(data); got != uint32(h(1)) {
			return fail("checksum %08x, want %08x", got, uint32(h(1)))
		}
	}
	m := &Model{bits: uint(h(2))}
	if m.bits == 0 || m.bits > maxBits {
		return fail("hash width %d", m.bits)
	}
	nb := 1 << m.bits
	nIndex, nRows, nExt, nSlots, nWords := h(4), h(5), h(6), h(7), h(8)
	if nIndex != (nb+31)/32 || nRows < 1 || nRows > nb+1 || nExt > maxSlotEntries/4 ||
		nSlots > 1<<24 || nSlots&(nSlots-1) != 0 || nWords > len(data) || h(3) > len(data) {
		return fail("section sizes")
	}
	for i := 10; 8+4*i < flatHeader; i++ {
		if h(i) != 0 {
			return fail("reserved header field %d set", i)
		}
	}
	l := flatLayout{meta: h(3), index: 8 * nIndex, rows: 4 * nRows, ext: 16 * nExt,
		keys: 8 * nSlots, vals: 2 * nSlots, words: nWords}
	at, end := l.offsets()
	if end != len(data) {
		return fail("%d bytes, want %d", len(data), end)
	}

	d := &decoder{r: bufio.NewReader(bytes.NewReader(data[at[0]:][:l.meta]))}
	d.meta(m)
	np := int(d.uv("word class count", 1<<16))
	paths := make([]string, 0, np)
	for range np {
		paths = append(paths, d.path())
	}
	if d.err == nil {
		if _, err := d.r.ReadByte(); err != io.EOF {
			d.fail("trailing meta data")
		}
	}
	if d.err != nil {
		return nil, d.err
	}
	if np == 0 && (nSlots > 0 || nWords > 0) || np > 0 && nSlots == 0 {
		return fail("word table without word classes")
	}

	m.index = inplace.Uint64s(data[at[1]:][:l.index])
	m.rows = inplace.Uint32s(data[at[2]:][:l.rows])
	m.ext = viewQuads(data[at[3]:][:l.ext])
	if err := checkRowTable(m.index, m.rows, len(m.ext)); err != nil {
		return fail("%v", err)
	}
	m.below = h(9)
	if m.below >= len(m.classes) {
		return fail("first right arc %d of %d classes", m.below, len(m.classes))
	}
	if np > 0 {
		x := &lexicon{paths: paths, keys: inplace.Uint64s(data[at[4]:][:l.keys]), vals: inplace.Uint16s(data[at[5]:][:l.vals]),
			raw: data[at[6]:][:l.words]}
		empty := false
		for _, v := range x.vals {
			if int(v) > np {
				return fail("word class %d of %d", int(v)-1, np)
			}
			empty = empty || v == 0
		}
		if !empty {
			return fail("word table full")
		}
		x.hashPaths()
		m.lex = x
	}
	m.order, m.ends = featureOrder()
	m.setLegal()
	return m, nil
}

// checksum returns the checksum of a flat file of at least flatHeader
// bytes.
func checksum(data []byte) uint32 {
	return inplace.Checksum(data[16:])
}

// checkRowTable reports whether index and rows address rows within ext
// quads as Model.index describes, so that scoring stays in bounds.
func checkRowTable(index []uint64, rows []uint32, ext int) error {
	n := uint32(0)
	for i, x := range index {
		if uint32(x>>32) != n {
			return fmt.Errorf("index word %d counts %d rows before it, want %d", i, x>>32, n)
		}
		n += uint32(bits.OnesCount32(uint32(x)))
	}
	if int(n)+1 != len(rows) {
		return fmt.Errorf("index has %d rows, table %d", n, len(rows)-1)
	}
	if rows[0] != 0 {
		return fmt.Errorf("row 0 not empty")
	}
	// Without branches, which made this loop cost more than a
	// millisecond: the longest reach and the misalignment of the long
	// rows are gathered, a row of one entry counting as none.
	var end, odd uint32
	for _, x := range rows {
		long := x >> 8 & 1
		at, k := x>>9*long, (x&0xff+1)*long
		end = max(end, at+k)
		odd |= (at | k) & 3
	}
	if odd != 0 || int(end/4) > ext {
		return fmt.Errorf("long rows reach entry %d of %d or are not in quads", end, 4*ext)
	}
	return nil
}

// viewQuads returns b's quads: a view of b where the machine allows
// (inplace.Array), else a copy.
func viewQuads(b []byte) []quad {
	return inplace.Array(b, 16, func(b []byte) quad {
		var q quad
		for j := range q {
			q[j] = binary.LittleEndian.Uint32(b[4*j:])
		}
		return q
	})
}
