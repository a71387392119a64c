package tag

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"unsafe"

	"github.com/casus-project/casus/internal/formcache"
	"github.com/casus-project/casus/internal/hugemem"
	"github.com/casus-project/casus/internal/inplace"
)

// Format of an encoded model. The large parts, the lexicon's hash tables
// and the weight tables, are stored as the tagger lays them out in memory
// (little-endian, each array starting at a multiple of 8 bytes from the
// start), except that only the used slots of a hash table are stored,
// after a bitmap of where they go: decoding spreads them into a table of
// free slots, and uses the weight entries where they lie. Without gzip
// and with no table to rebuild, the embedded model decodes in a few
// milliseconds; without the free slots (more than half of them), it is
// half the size. On a big-endian machine, or from bytes that are not
// suitably aligned, the entries are copied out instead.
//
// Decode checks every slot of the tables it reads, so that a corrupt
// model is an error and not a fault or an endless look-up later; Default
// skips those checks for the embedded model, which is part of the
// program and which the package's tests check.
//
//	magic "casus-tag" version(uvarint)
//	XPOS names, UPOS names (count, then length-prefixed strings)
//	UPOS candidates per XPOS (uvarint masks)
//	passes (byte 1 or 2), for 2 the margin Model.sure
//	lemmatizer: keep-case bytes, exceptions, rules
//	lexicon dicts (ambiguity classes, fixed tags, WordNet bits), each:
//	  slots(uvarint) used slots
//	weight tables (the passes', then UPOS), each:
//	  classes(uvarint) slots(uvarint) used slots
//	  entries(uvarint) pad, entries × uint32
//	used slots: count(uvarint) pad, bitmap of the used slots
//	  (uint64 words, bit i%64 of word i/64 for slot i), then each used
//	  slot in order: {key, value uint64} in a dict, {key, a, b uint32}
//	  in a table
//
// Padding bytes are zero.
const (
	magic   = "casus-tag"
	version = 3
)

// ErrFormat is wrapped by Decode's errors for input that is not a tagger
// model of a version this package reads.
var ErrFormat = errors.New("tag: not a tagger model")

// errCorrupt is wrapped by decoding errors.
var errCorrupt = errors.New("corrupt model")

// arrayAlign is the alignment, from the start of the encoded model, of
// its arrays.
const arrayAlign = 8

// Encode writes m in the package's binary format.
func (m *Model) Encode(w io.Writer) error {
	var b bytes.Buffer
	b.WriteString(magic)
	writeUvarint(&b, version)
	writeStrings(&b, m.xpos)
	writeStrings(&b, m.upos)
	for _, c := range m.uposCands {
		writeUvarint(&b, c)
	}
	if m.pass2 != nil {
		b.WriteByte(2)
		writeUvarint(&b, uint64(m.sure))
	} else {
		b.WriteByte(1)
	}
	m.lem.write(&b)
	for _, d := range []*dict{&m.lex.amb, &m.lex.fixed, &m.lex.wn} {
		writeDict(&b, d)
	}
	for _, t := range []*table{m.pass1, m.pass2, m.uposTable} {
		if t != nil {
			writeTable(&b, t)
		}
	}
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("tag: encode: %w", err)
	}
	return nil
}

// Decode reads a model written by Encode.
func Decode(r io.Reader) (*Model, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("tag: decode: %w", err)
	}
	return decodeBytes(b, true)
}

// decodeBytes reads a model written by Encode from b, checking the
// tables and dicts slot by slot if verify is set (else only their sizes).
// The model may use b's memory: b must not change while the model is in
// use.
func decodeBytes(b []byte, verify bool) (*Model, error) {
	return decodeWith(&decoder{b: b, inPlace: canView(b), verify: verify})
}

// decodeWith is decodeBytes with the decoder d.
func decodeWith(d *decoder) (*Model, error) {
	m, err := decode(d)
	if err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return m, nil
}

func decode(d *decoder) (*Model, error) {
	if head := d.bytes(len(magic)); d.err != nil || string(head) != magic {
		if d.err != nil {
			return nil, d.err
		}
		return nil, fmt.Errorf("bad magic %q", head)
	}
	if v := d.uvarint(); d.err != nil || v != version {
		if d.err != nil {
			return nil, d.err
		}
		return nil, fmt.Errorf("version %d, want %d", v, version)
	}
	m := new(Model)
	m.xpos = d.strings()
	m.upos = d.strings()
	if d.err != nil {
		return nil, d.err
	}
	if len(m.xpos) == 0 || len(m.xpos) > 64 || len(m.upos) == 0 || len(m.upos) > 64 {
		return nil, fmt.Errorf("%w: %d XPOS and %d UPOS tags", errCorrupt, len(m.xpos), len(m.upos))
	}
	m.verbal = verbalTags(m.xpos)
	m.clause = newClauseTags(m.xpos)
	m.uposCands = make([]uint64, len(m.xpos))
	for i := range m.uposCands {
		m.uposCands[i] = d.uvarint()
		if d.err == nil && (m.uposCands[i] == 0 || m.uposCands[i]>>len(m.upos) != 0) {
			return nil, fmt.Errorf("%w: UPOS candidates", errCorrupt)
		}
	}
	passes := d.byte()
	if d.err == nil && passes != 1 && passes != 2 {
		return nil, fmt.Errorf("%w: %d passes", errCorrupt, passes)
	}
	if passes == 2 {
		s := d.uvarint()
		if s > 1<<30 {
			return nil, fmt.Errorf("%w: margin %d", errCorrupt, s)
		}
		m.sure = int32(s)
	}
	m.lem = readLemmatizer(d)
	if d.err != nil {
		return nil, d.err
	}
	if len(m.lem.keepCase) != len(m.xpos) {
		return nil, fmt.Errorf("%w: lemmatizer tags", errCorrupt)
	}
	nx := uint64(len(m.xpos))
	m.lex.amb = readDict(d, "lexicon", func(uint64) bool { return true })
	m.lex.fixed = readDict(d, "fixed tag", func(t uint64) bool { return t <= nx })
	m.lex.wn = readDict(d, "WordNet", func(v uint64) bool { return v <= 0xffff })
	m.pass1 = readTable(d)
	if passes == 2 {
		m.pass2 = readTable(d)
	}
	m.uposTable = readTable(d)
	if d.err != nil {
		return nil, d.err
	}
	if d.off != len(d.b) {
		return nil, fmt.Errorf("%w: %d bytes after the model", errCorrupt, len(d.b)-d.off)
	}
	if m.pass1.nClass != len(m.xpos) || m.pass2 != nil && m.pass2.nClass != len(m.xpos) || m.uposTable.nClass != len(m.upos) {
		return nil, fmt.Errorf("%w: table sizes", errCorrupt)
	}
	m.lem.wn, m.lem.wnPOS, m.lem.past = m.lex.wn, wordNetPOS(m.xpos), pastTags(m.xpos)
	m.cache = formcache.New[cachedWord](wordCacheBits)
	m.pairs = newPairRows(len(m.xpos))
	return m, nil
}

// writeDict writes d's used slots and where they go.
func writeDict(w *bytes.Buffer, d *dict) {
	writeUvarint(w, uint64(len(d.ents)))
	writeSlots(w, d.ents, func(e *dictEntry) bool { return e.key != 0 }, func(b []byte, e *dictEntry) []byte {
		return binary.LittleEndian.AppendUint64(binary.LittleEndian.AppendUint64(b, e.key), e.val)
	})
}

// readDict reads a dict written by writeDict. If d.verify is set, it
// checks that its values are ones ok accepts.
func readDict(d *decoder, what string, ok func(uint64) bool) dict {
	size := d.count(1<<26, what+" slots")
	if d.err == nil && size != 0 && (size < 2 || size&(size-1) != 0) {
		d.fail(fmt.Errorf("%w: %s of %d slots", errCorrupt, what, size))
	}
	ents, used, _ := readSlots(d, size, 16, func(b []byte) dictEntry {
		return dictEntry{binary.LittleEndian.Uint64(b), binary.LittleEndian.Uint64(b[8:])}
	})
	if d.err != nil || size == 0 {
		return dict{}
	}
	if d.verify {
		for i := range ents {
			if e := &ents[i]; e.key != 0 && (e.val == 0 || !ok(e.val)) {
				d.fail(fmt.Errorf("%w: %s value %d", errCorrupt, what, e.val))
				return dict{}
			}
		}
	}
	return dict{shift: uint(64 - bits.TrailingZeros(uint(size))), ents: ents, n: len(used)}
}

// writeTable writes t's used slots and where they go, and its entries.
func writeTable(w *bytes.Buffer, t *table) {
	writeUvarint(w, uint64(t.nClass))
	writeUvarint(w, uint64(len(t.slots)))
	writeSlots(w, t.slots, func(s *slot) bool { return s.key != 0 }, func(b []byte, s *slot) []byte {
		return binary.LittleEndian.AppendUint32(binary.LittleEndian.AppendUint32(binary.LittleEndian.AppendUint32(b, s.key), s.a), s.fileB())
	})
	writeUvarint(w, uint64(len(t.ents)))
	pad(w)
	for _, e := range t.ents {
		w.Write(binary.LittleEndian.AppendUint32(nil, e))
	}
}

// readTable reads a table written by writeTable. If d.verify is set, it
// checks every used slot: its classes are below the table's count, its
// external entries lie inside the entries, and at least one slot is
// free, so that every look-up ends. The classes of external entries are
// not checked: they index a fixed array of 256 scores, where a wrong one
// cannot fault.
func readTable(d *decoder) *table {
	nClass := d.count(255, "classes")
	size := d.count(1<<28, "slots")
	if d.err == nil && (nClass == 0 || size < 2 || size&(size-1) != 0) {
		d.fail(fmt.Errorf("%w: table of %d classes, %d slots", errCorrupt, nClass, size))
	}
	t := &table{nClass: nClass, shift: uint(64 - bits.TrailingZeros(uint(size)))}
	var packed []slot
	var used []uint64
	t.slots, packed, used = readSlots(d, size, 12, func(b []byte) slot {
		return slot{binary.LittleEndian.Uint32(b), binary.LittleEndian.Uint32(b[4:]), binary.LittleEndian.Uint32(b[8:])}
	})
	nEnts := d.count(1<<28, "entries")
	d.align()
	t.ents = viewArray[uint32](d, nEnts, 4, binary.LittleEndian.Uint32)
	if d.err != nil {
		return nil
	}
	if d.huge {
		if ents := hugemem.Array[uint32](len(t.ents)); ents != nil {
			copy(ents, t.ents)
			t.ents = ents
		}
	}
	if d.verify {
		if err := t.check(); err != nil {
			d.fail(err)
			return nil
		}
	}
	t.densify(packed, used)
	return t
}

// check reports whether t's slots are sound: see readTable.
func (t *table) check() error {
	free := false
	nc, ne := uint32(t.nClass), uint32(len(t.ents))
	for i := range t.slots {
		s := &t.slots[i]
		if s.key == 0 {
			if s.a|s.b != 0 {
				return fmt.Errorf("%w: free slot %d not empty", errCorrupt, i)
			}
			free = true
			continue
		}
		ok := false
		switch s.b >> 24 {
		case 0:
			ok = s.a>>24 == 0 && s.a>>16 < nc && s.b>>16 < nc
		case noEntry >> 24:
			ok = s.a>>24 == 0 && s.a>>16 < nc && s.b == noEntry
		case external >> 24:
			c := s.b & 0xffff
			ok = s.b&0x00ff0000 == 0 && c > 2 && c <= nc && s.a <= ne && c <= ne-s.a
		}
		if !ok {
			return fmt.Errorf("%w: slot %d", errCorrupt, i)
		}
	}
	if !free {
		return fmt.Errorf("%w: no free slot", errCorrupt)
	}
	return nil
}

// writeSlots writes the slots of a hash table that used accepts, after a
// bitmap of their places, each as put appends it.
func writeSlots[T any](w *bytes.Buffer, slots []T, used func(*T) bool, put func([]byte, *T) []byte) {
	words := make([]uint64, (len(slots)+63)/64)
	n := 0
	for i := range slots {
		if used(&slots[i]) {
			words[i/64] |= 1 << (i % 64)
			n++
		}
	}
	writeUvarint(w, uint64(n))
	pad(w)
	for _, x := range words {
		w.Write(binary.LittleEndian.AppendUint64(nil, x))
	}
	var b []byte
	for i := range slots {
		if used(&slots[i]) {
			b = put(b[:0], &slots[i])
			w.Write(b)
		}
	}
}

// readSlots reads the used slots that writeSlots wrote, each of size
// bytes, and returns the hash table of size slots they make, the others
// zero, the used slots in slot order, and their bitmap (slot i is bit
// i%64 of word i/64); the last two may be views of d's bytes.
func readSlots[T any](d *decoder, size, elemSize int, get func([]byte) T) ([]T, []T, []uint64) {
	n := d.count(size, "used slots")
	if d.err == nil && size > 0 && n == size {
		// A look-up of a missing key would never end.
		d.fail(fmt.Errorf("%w: no free slot", errCorrupt))
	}
	d.align()
	words := viewArray[uint64](d, (size+63)/64, 8, binary.LittleEndian.Uint64)
	used := viewArray[T](d, n, elemSize, get)
	if d.err != nil || size == 0 {
		return nil, nil, nil
	}
	var out []T
	if d.huge {
		out = hugemem.Array[T](size)
	}
	if out == nil {
		out = make([]T, size)
	}
	k := 0
	for w, x := range words {
		if bits.OnesCount64(x) > n-k || w == len(words)-1 && size%64 != 0 && x>>(size%64) != 0 {
			d.fail(fmt.Errorf("%w: bitmap of used slots", errCorrupt))
			return nil, nil, nil
		}
		for ; x != 0; x &= x - 1 {
			out[w*64+bits.TrailingZeros64(x)] = used[k]
			k++
		}
	}
	if k != n {
		d.fail(fmt.Errorf("%w: %d used slots, bitmap has %d", errCorrupt, n, k))
		return nil, nil, nil
	}
	return out, used, words
}

// canView reports whether arrays in b can be used in place: the machine
// is little-endian and b starts at a multiple of arrayAlign.
func canView(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	return inplace.LittleEndian() && uintptr(unsafe.Pointer(unsafe.SliceData(b)))%arrayAlign == 0
}

// viewArray returns the next n elements of d, each size bytes: a view of
// d's bytes when it can use them in place (inplace.Array), else a copy
// made with get. T must have no pointers and be laid out in memory as
// the file lays it out.
func viewArray[T any](d *decoder, n, size int, get func([]byte) T) []T {
	b := d.bytes(n * size)
	if d.err != nil || n == 0 {
		return nil
	}
	if d.inPlace {
		return inplace.Array(b, size, get)
	}
	out := make([]T, n)
	for i := range out {
		out[i] = get(b[i*size:])
	}
	return out
}

// decoder reads an encoded model from memory. Its first error stops it:
// later reads return zero values, and the error stays in err.
type decoder struct {
	b       []byte
	off     int
	err     error
	inPlace bool // arrays may be used where they lie in b
	verify  bool // check tables and dicts slot by slot
	// huge puts the large hash tables and weight entries in memory
	// backed by huge pages (package hugemem), which is never freed: for
	// the embedded model, decoded once a process.
	huge bool
}

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
}

// bytes returns the next n bytes.
func (d *decoder) bytes(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || n > len(d.b)-d.off {
		if d.off == len(d.b) {
			d.fail(io.EOF)
		} else {
			d.fail(io.ErrUnexpectedEOF)
		}
		return nil
	}
	b := d.b[d.off : d.off+n : d.off+n]
	d.off += n
	return b
}

func (d *decoder) byte() byte {
	if b := d.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

func (d *decoder) uint64() uint64 {
	if b := d.bytes(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b[d.off:])
	if n <= 0 {
		if n == 0 {
			d.fail(io.ErrUnexpectedEOF)
		} else {
			d.fail(fmt.Errorf("%w: varint overflows", errCorrupt))
		}
		return 0
	}
	d.off += n
	return v
}

// count reads a uvarint that must not exceed limit.
func (d *decoder) count(limit int, what string) int {
	v := d.uvarint()
	if v > uint64(limit) {
		d.fail(fmt.Errorf("%w: %d %s", errCorrupt, v, what))
		return 0
	}
	return int(v)
}

// align skips the zero padding before an array.
func (d *decoder) align() {
	n := (arrayAlign - d.off%arrayAlign) % arrayAlign
	for _, c := range d.bytes(n) {
		if c != 0 {
			d.fail(fmt.Errorf("%w: padding", errCorrupt))
		}
	}
}

func (d *decoder) string() string {
	n := d.count(1<<16, "bytes in a string")
	return string(d.bytes(n))
}

func (d *decoder) strings() []string {
	n := d.count(255, "strings")
	ss := make([]string, n)
	for i := range ss {
		ss[i] = d.string()
	}
	return ss
}

// pad writes zeros up to the next multiple of arrayAlign.
func pad(w *bytes.Buffer) {
	for w.Len()%arrayAlign != 0 {
		w.WriteByte(0)
	}
}

func writeUvarint(w *bytes.Buffer, v uint64) {
	w.Write(binary.AppendUvarint(nil, v))
}

func writeString(w *bytes.Buffer, s string) {
	writeUvarint(w, uint64(len(s)))
	w.WriteString(s)
}

func writeStrings(w *bytes.Buffer, ss []string) {
	writeUvarint(w, uint64(len(ss)))
	for _, s := range ss {
		writeString(w, s)
	}
}
