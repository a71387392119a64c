package ner

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
	"sync"
	"unsafe"

	"github.com/casus-project/casus/internal/formcache"
	"github.com/casus-project/casus/internal/inplace"
)

// Model file format, version 5. A loaded model tags with the tables of
// fast.go, and the file holds them as they lie in memory, so that
// loading checks them and then reads the file's own bytes (on a
// little-endian machine that lays the tables out as the file does, when
// the bytes are aligned; elsewhere it decodes a copy). Numbers are
// little-endian; each part after the header starts at a multiple of 8
// bytes.
//
//	offset size
//	0      8    the magic "CASUSNER"
//	8      1    version (5)
//	9      1    bits: log2 of the number of weight buckets (1-20)
//	10     1    flags: 1 when document features are left out
//	11     1    1 when the word table holds key 0, else 0
//	12     4    the word table's value of key 0 (see below)
//	16     4    rows: how many buckets hold weights
//	20     4    log2 of the number of word-table slots (2-28)
//	24     4    the index of an empty word-table slot
//	28     4    CRC-32 (Castagnoli) of the bytes after the header
//	32     360  transitions: (nLabels+1) × nLabels float32; row nLabels
//	            is the start
//	392         occupancy: for each 64 buckets, 16 bytes: a bitmap of
//	            those holding weights (uint64), how many buckets before
//	            them do (uint32), 4 zero bytes
//	            weights: rows × nLabels float32, the weights of the
//	            buckets holding weights in bucket order, then zero bytes
//	            to a multiple of 8
//	            gazetteer bits: 16384 uint64 (see gazBit)
//	            word table: its slots, 8 bytes each: the key (uint32; 0 in
//	            an empty slot), gazetteer kinds (0: no gazetteer phrase),
//	            lexicon class, head-word bits, word class + 1
//
// The file ends there. WriteTo rounds a trained model's weights to int16
// multiples of the largest weight / 32767, and lays out the word table by
// inserting the keys in increasing order, so that the same model always
// gives the same bytes.
const (
	magic   = "CASUSNER"
	version = 5
	// headerSize is the size of the header, up to the transitions.
	headerSize = 32
	transSize  = (nLabels + 1) * nLabels * 4
	// maxBits bounds the weight table a model file may ask for (2^20
	// buckets), maxSlotBits its word table (2^28 slots).
	maxBits     = 20
	maxSlotBits = 28
)

// Model file flags.
const flagNoDoc = 1

// ErrFormat is wrapped by errors about malformed model files.
var ErrFormat = errors.New("ner: bad model file")

// layout gives where the parts of a model file start, and its size.
type layout struct {
	occ, rows, gazBits, words, end int
}

func layoutOf(bits uint8, rows int, slotBits uint8) layout {
	var l layout
	l.occ = align8(headerSize + transSize)
	l.rows = l.occ + (1<<bits+63)/64*16
	l.gazBits = l.rows + align8(rows*nLabels*4)
	l.words = l.gazBits + gazBitsLen*8
	l.end = l.words + 8<<slotBits
	return l
}

func align8(n int) int { return (n + 7) &^ 7 }

// WriteTo writes m in the model file format. A trained model's weights
// are rounded to 16 bits each (see the format above); a loaded model is
// written as it was read.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	b, err := m.encode()
	if err != nil {
		return 0, err
	}
	n, err := w.Write(b)
	return int64(n), err
}

// encode returns m's model file.
func (m *Model) encode() ([]byte, error) {
	if len(m.trans) != (nLabels+1)*nLabels || m.bits == 0 || m.bits > maxBits {
		return nil, fmt.Errorf("ner: cannot write a model of %d bucket bits and %d transitions", m.bits, len(m.trans))
	}
	f := m.fast
	if f == nil {
		var err error
		if f, err = m.quantize(); err != nil {
			return nil, err
		}
	}
	slotBits := 32 - f.words.shift
	empty := slices.IndexFunc(f.words.slots, func(s slot[wordInfo]) bool { return s.key == 0 })
	if empty < 0 || slotBits > maxSlotBits || len(f.gazBits) != gazBitsLen {
		return nil, errors.New("ner: cannot write a model with a full word table")
	}
	rows := len(f.w.rows)
	l := layoutOf(m.bits, rows, slotBits)
	b := make([]byte, l.end)
	le := binary.LittleEndian
	copy(b, magic)
	b[8] = version
	b[9] = m.bits
	if m.noDoc {
		b[10] = flagNoDoc
	}
	if f.words.hasZero {
		b[11] = 1
	}
	z := f.words.zero
	b[12], b[13], b[14], b[15] = z.gaz, z.lex, z.head, z.clus
	le.PutUint32(b[16:], uint32(rows))
	le.PutUint32(b[20:], uint32(slotBits))
	le.PutUint32(b[24:], uint32(empty))
	for i, v := range m.trans {
		le.PutUint32(b[headerSize+4*i:], math.Float32bits(v))
	}
	for i, o := range f.w.occ {
		le.PutUint64(b[l.occ+16*i:], o.bits)
		le.PutUint32(b[l.occ+16*i+8:], o.rank)
	}
	for i, r := range f.w.rows {
		for j, v := range r {
			le.PutUint32(b[l.rows+4*(i*nLabels+j):], math.Float32bits(v))
		}
	}
	for i, v := range f.gazBits {
		le.PutUint64(b[l.gazBits+8*i:], v)
	}
	for i, s := range f.words.slots {
		o := l.words + 8*i
		le.PutUint32(b[o:], s.key)
		b[o+4], b[o+5], b[o+6], b[o+7] = s.val.gaz, s.val.lex, s.val.head, s.val.clus
	}
	le.PutUint32(b[28:], inplace.Checksum(b[headerSize:]))
	return b, nil
}

// quantize returns the fast tables of a trained model, its weights
// rounded to int16 multiples of the largest weight / 32767.
func (m *Model) quantize() (*fastTables, error) {
	nb := 1 << m.bits
	if len(m.w) != nb*nLabels {
		return nil, fmt.Errorf("ner: cannot write %d weights for %d buckets", len(m.w), nb)
	}
	for k, v := range m.gaz {
		if v == 0 {
			return nil, fmt.Errorf("ner: cannot write gazetteer phrase %#x of no kind", k)
		}
	}
	var maxAbs float32
	for _, v := range m.w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	pw := newPacked(nb)
	var q [nLabels]int16
	for b := range nb {
		nz := false
		for y := range q {
			q[y] = int16(math.Round(float64(m.w[b*nLabels+y] / scale)))
			nz = nz || q[y] != 0
		}
		if nz {
			pw.put(b, &q, scale)
		}
	}
	pw.finish()
	return buildFast(m, pw), nil
}

// Load reads a model in the format WriteTo writes.
func Load(r io.Reader) (*Model, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	return load(b, true)
}

// load reads the model file b. The model keeps b and reads its tables
// there: b must not change. It checks b's checksum if sum is set, which
// it must be for any file but the embedded one: that one is part of the
// binary, and TestDefaultChecksum checks it, so a start spares reading
// all its bytes (most of its rows are never read).
func load(b []byte, sum bool) (*Model, error) {
	fail := func(what string, err error) (*Model, error) {
		return nil, fmt.Errorf("%w: %s: %v", ErrFormat, what, err)
	}
	if len(b) < len(magic)+1 || string(b[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: not a casus NER model", ErrFormat)
	}
	if b[8] != version {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrFormat, b[8], version)
	}
	if len(b) < headerSize {
		return fail("header", io.ErrUnexpectedEOF)
	}
	le := binary.LittleEndian
	m := &Model{bits: b[9]}
	if m.bits == 0 || m.bits > maxBits {
		return fail("header", fmt.Errorf("%d bucket bits", m.bits))
	}
	if b[10]&^flagNoDoc != 0 {
		return fail("header", fmt.Errorf("unknown flags %#x", b[10]))
	}
	m.noDoc = b[10]&flagNoDoc != 0
	if b[11] > 1 {
		return fail("header", fmt.Errorf("key 0 flag %d", b[11]))
	}
	rows, slotBits, empty := le.Uint32(b[16:]), le.Uint32(b[20:]), le.Uint32(b[24:])
	if rows > 1<<m.bits {
		return fail("header", fmt.Errorf("%d buckets of %d", rows, 1<<m.bits))
	}
	if slotBits < 2 || slotBits > maxSlotBits || empty >= 1<<slotBits {
		return fail("header", fmt.Errorf("word table of 2^%d slots, empty slot %d", slotBits, empty))
	}
	l := layoutOf(m.bits, int(rows), uint8(slotBits))
	if len(b) != l.end {
		return fail("size", fmt.Errorf("%d bytes, want %d", len(b), l.end))
	}
	if sum {
		if got := inplace.Checksum(b[headerSize:]); got != le.Uint32(b[28:]) {
			return fail("checksum", fmt.Errorf("%#08x, want %#08x", got, le.Uint32(b[28:])))
		}
	}
	m.trans = inplace.Float32s(b[headerSize : headerSize+transSize])
	f := &fastTables{
		w: packed{
			occ:  viewOcc(b[l.occ:l.rows]),
			rows: inplace.Array(b[l.rows:l.rows+int(rows)*nLabels*4], nLabels*4, readRow),
		},
		words: &flatTable[wordInfo]{
			slots:   viewSlots(b[l.words:l.end]),
			shift:   uint8(32 - slotBits),
			zero:    wordInfo{gaz: b[12], lex: b[13], head: b[14], clus: b[15]},
			hasZero: b[11] == 1,
		},
		gazBits: inplace.Uint64s(b[l.gazBits:l.words]),
	}
	// Padding is zero, so that a model is written as it was read.
	for i := l.occ + 12; i < l.rows; i += 16 {
		if le.Uint32(b[i:]) != 0 {
			return fail("weights", errors.New("padding not zero"))
		}
	}
	if rows%2 == 1 && le.Uint32(b[l.gazBits-4:]) != 0 {
		return fail("weights", errors.New("padding not zero"))
	}
	// Every row a bucket of occ points to must be in rows.
	n := uint32(0)
	for i, o := range f.w.occ {
		if o.rank != n {
			return fail("weights", fmt.Errorf("buckets %d-%d: %d before them, want %d", i*64, i*64+63, o.rank, n))
		}
		n += uint32(bits.OnesCount64(o.bits))
	}
	if n != rows {
		return fail("weights", fmt.Errorf("%d buckets hold weights, want %d", n, rows))
	}
	// An empty slot ends every probe of the word table.
	if f.words.slots[empty].key != 0 {
		return fail("word table", fmt.Errorf("slot %d is not empty", empty))
	}
	f.gazFilter = newGazFilter(f.words)
	f.setRefs(m.mask())
	m.fast = f
	m.cache = formcache.New[cachedWord](wordCacheBits)
	return m, nil
}

// occLikeFile and slotLikeFile report whether the machine lays out
// occWord and slot[wordInfo] as the file does.
const (
	occLikeFile  = unsafe.Sizeof(occWord{}) == 16 && unsafe.Offsetof(occWord{}.rank) == 8
	slotLikeFile = unsafe.Sizeof(slot[wordInfo]{}) == 8 && unsafe.Offsetof(slot[wordInfo]{}.val) == 4 &&
		unsafe.Offsetof(wordInfo{}.lex) == 1 && unsafe.Offsetof(wordInfo{}.head) == 2 && unsafe.Offsetof(wordInfo{}.clus) == 3
)

func viewOcc(b []byte) []occWord {
	if occLikeFile {
		if v, ok := inplace.View[occWord](b); ok {
			return v
		}
	}
	v := make([]occWord, len(b)/16)
	for i := range v {
		v[i] = occWord{bits: binary.LittleEndian.Uint64(b[16*i:]), rank: binary.LittleEndian.Uint32(b[16*i+8:])}
	}
	return v
}

// readRow decodes one row of weights, nLabels little-endian float32s;
// inplace.Array uses it only where it cannot view the file's bytes.
func readRow(b []byte) [nLabels]float32 {
	var r [nLabels]float32
	for i := range r {
		r[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return r
}

func viewSlots(b []byte) []slot[wordInfo] {
	if slotLikeFile {
		if v, ok := inplace.View[slot[wordInfo]](b); ok {
			return v
		}
	}
	v := make([]slot[wordInfo], len(b)/8)
	for i := range v {
		o := 8 * i
		v[i] = slot[wordInfo]{key: binary.LittleEndian.Uint32(b[o:]),
			val: wordInfo{gaz: b[o+4], lex: b[o+5], head: b[o+6], clus: b[o+7]}}
	}
	return v
}

//go:embed model/ner.bin
var defaultModel []byte

var loadDefault = sync.OnceValues(func() (*Model, error) {
	m, err := load(defaultModel, false) // TestDefaultChecksum checks it
	if err != nil {
		return nil, fmt.Errorf("ner: embedded model/ner.bin: %w", err)
	}
	return m, nil
})

// Default returns the embedded model, loaded on first use. It is safe for
// concurrent use; every caller shares one Model.
func Default() (*Model, error) { return loadDefault() }
