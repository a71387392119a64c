package place

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"unsafe"

	"github.com/casus-project/casus/internal/inplace"
)

// Compiled gazetteer format, version 5: the candidates, the places and
// the tables of ends as tables that Read uses as they lie (on a
// little-endian machine, when the bytes are aligned), the countries as
// varints, and the names as bytes that the gazetteer's strings point
// into. Numbers are little-endian; unsigned varints are uvarints, signed
// ones zig-zag varints.
//
//	offset size
//	0      8    the magic "CASUSGAZ"
//	8      4    version (5)
//	12     4    places
//	16     4    countries
//	20     4    keys: folded names
//	24     4    key bytes
//	28     4    candidates
//	32     4    strings
//	36     4    string bytes
//	40     4    CRC-32 (Castagnoli) of the bytes after the header
//	44     4    varint bytes
//	48          candidates (uint32 each; see file)
//	            zero bytes to a multiple of 8
//	            places, placeSize bytes each, as a prec lies in memory:
//	            ID and Pop (int64), Lat, Lon and Adm (int32), the Name,
//	            Admin1 and Code string indexes (uint32), Country
//	            (uint16), Kind (uint8), five zero bytes
//	            the end of each key in the key bytes, of each key's
//	            candidates, of each string in the string bytes (uint32
//	            each)
//	            varints: the countries (ID, Pop, Lat, Lon and Place
//	            signed; Name, ISO2, ISO3, FIPS, CAMEO, Capital and
//	            Continent string indexes)
//	            the key bytes, the string bytes
//
// Strings are numbered in the order records first use them.
const (
	magic      = "CASUSGAZ"
	version    = 5
	headerSize = 48
	placeSize  = 48
)

// precInPlace reports that a prec lies in memory as the file lays out a
// place, so that decode may use the file's table as it is.
const precInPlace = unsafe.Sizeof(prec{}) == placeSize && unsafe.Alignof(prec{}) <= 8 &&
	unsafe.Offsetof(prec{}.ID) == 0 && unsafe.Offsetof(prec{}.Pop) == 8 &&
	unsafe.Offsetof(prec{}.Lat) == 16 && unsafe.Offsetof(prec{}.Lon) == 20 && unsafe.Offsetof(prec{}.Adm) == 24 &&
	unsafe.Offsetof(prec{}.name) == 28 && unsafe.Offsetof(prec{}.admin1) == 32 && unsafe.Offsetof(prec{}.code) == 36 &&
	unsafe.Offsetof(prec{}.Country) == 40 && unsafe.Offsetof(prec{}.Kind) == 42

// appendPlace appends p's placeSize bytes.
func appendPlace(b []byte, p prec) []byte {
	le := binary.LittleEndian
	b = le.AppendUint64(b, uint64(p.ID))
	b = le.AppendUint64(b, uint64(p.Pop))
	for _, n := range [...]uint32{uint32(p.Lat), uint32(p.Lon), uint32(p.Adm), p.name, p.admin1, p.code} {
		b = le.AppendUint32(b, n)
	}
	b = le.AppendUint16(b, p.Country)
	return append(b, p.Kind, 0, 0, 0, 0, 0)
}

// getPlace reads the place of b's first placeSize bytes.
func getPlace(b []byte) prec {
	le := binary.LittleEndian
	return prec{ID: int64(le.Uint64(b)), Pop: int64(le.Uint64(b[8:])),
		Lat: int32(le.Uint32(b[16:])), Lon: int32(le.Uint32(b[20:])), Adm: int32(le.Uint32(b[24:])),
		name: le.Uint32(b[28:]), admin1: le.Uint32(b[32:]), code: le.Uint32(b[36:]),
		Country: le.Uint16(b[40:]), Kind: b[42]}
}

// encode returns f in the compiled format.
func (f *file) encode() ([]byte, error) {
	if len(f.KeyEnd) != len(f.CandEnd) {
		return nil, errors.New("key and candidate tables differ in length")
	}
	var strs []string
	index := map[string]uint64{}
	var v []byte // the varints
	str := func(s string) uint32 {
		i, ok := index[s]
		if !ok {
			i = uint64(len(strs))
			index[s] = i
			strs = append(strs, s)
		}
		return uint32(i)
	}
	prevKey, prevCand := uint32(0), uint32(0)
	for i := range f.KeyEnd {
		if f.KeyEnd[i] < prevKey || f.CandEnd[i] < prevCand {
			return nil, fmt.Errorf("key %d: ends out of order", i)
		}
		prevKey, prevCand = f.KeyEnd[i], f.CandEnd[i]
	}
	if int(prevKey) != len(f.Keys) || int(prevCand) != len(f.Cands) {
		return nil, errors.New("key or candidate ends do not end the tables")
	}
	var places []byte
	for _, p := range f.Places {
		places = appendPlace(places, prec{ID: p.ID, Pop: p.Pop, Lat: p.Lat, Lon: p.Lon, Adm: p.Adm,
			name: str(p.Name), admin1: str(p.Admin1), code: str(p.Code), Country: p.Country, Kind: p.Kind})
	}
	for _, c := range f.Countries {
		for _, n := range []int64{c.ID, c.Pop, int64(c.Lat), int64(c.Lon), int64(c.Place)} {
			v = binary.AppendVarint(v, n)
		}
		for _, s := range []string{c.Name, c.ISO2, c.ISO3, c.FIPS, c.CAMEO, c.Capital, c.Continent} {
			v = binary.AppendUvarint(v, uint64(str(s)))
		}
	}
	strBytes := 0
	for _, s := range strs {
		strBytes += len(s)
	}
	counts := []int{len(f.Places), len(f.Countries), len(f.KeyEnd), len(f.Keys), len(f.Cands), len(strs), strBytes, len(v)}
	for _, n := range counts {
		if n > math.MaxUint32/placeSize {
			return nil, errors.New("too large")
		}
	}
	b := make([]byte, headerSize, headerSize+4*len(f.Cands)+4+len(places)+4*(2*len(f.KeyEnd)+len(strs))+len(v)+len(f.Keys)+strBytes)
	le := binary.LittleEndian
	copy(b, magic)
	le.PutUint32(b[8:], version)
	for i, n := range counts[:7] {
		le.PutUint32(b[12+4*i:], uint32(n))
	}
	le.PutUint32(b[44:], uint32(len(v)))
	for _, c := range f.Cands {
		b = le.AppendUint32(b, c)
	}
	for len(b)%8 != 0 {
		b = append(b, 0)
	}
	b = append(b, places...)
	for _, ends := range [][]uint32{f.KeyEnd, f.CandEnd} {
		for _, e := range ends {
			b = le.AppendUint32(b, e)
		}
	}
	end := uint32(0)
	for _, s := range strs {
		end += uint32(len(s))
		b = le.AppendUint32(b, end)
	}
	b = append(b, v...)
	b = append(b, f.Keys...)
	for _, s := range strs {
		b = append(b, s...)
	}
	le.PutUint32(b[40:], inplace.Checksum(b[headerSize:]))
	return b, nil
}

// varints reads a compiled gazetteer's varints (inplace.Varints).
type varints struct{ inplace.Varints }

// ends checks a table of ends: in order, the last at total (none for
// total 0).
func ends(e []uint32, total int) error {
	prev := uint32(0)
	for i, n := range e {
		if n < prev {
			return fmt.Errorf("end %d before the one before it", i)
		}
		prev = n
	}
	if int64(prev) != int64(total) {
		return fmt.Errorf("ends at %d, want %d", prev, total)
	}
	return nil
}

// decode reads the compiled gazetteer b, without checking its indexes
// or indexing it (see Gazetteer.check and index), and checks its
// checksum if sum is set. Its strings and tables may be b's bytes: b
// must not change.
func decode(b []byte, sum bool) (*Gazetteer, error) {
	g := &Gazetteer{}
	f := &g.f
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, errors.New("bad magic")
	}
	if len(b) < headerSize {
		return nil, errors.New("header cut short")
	}
	le := binary.LittleEndian
	if v := le.Uint32(b[8:]); v != version {
		return nil, fmt.Errorf("version %d, want %d", v, version)
	}
	var n [8]int
	for i := range 7 {
		n[i] = int(le.Uint32(b[12+4*i:]))
	}
	n[7] = int(le.Uint32(b[44:]))
	places, countries, keys, keyBytes, cands, nstrs, strBytes := n[0], n[1], n[2], n[3], n[4], n[5], n[6]
	pad := (4 * cands) % 8
	end := headerSize
	for i, size := range []int{4 * cands, pad, placeSize * places, 4 * (2*keys + nstrs), n[7], keyBytes, strBytes} {
		if size < 0 || size > len(b) || end+size > len(b) {
			return nil, fmt.Errorf("%d bytes, header counts %d (part %d)", len(b), size, i)
		}
		end += size
	}
	if end != len(b) {
		return nil, fmt.Errorf("%d bytes, want %d", len(b), end)
	}
	if sum {
		if got := inplace.Checksum(b[headerSize:]); got != le.Uint32(b[40:]) {
			return nil, fmt.Errorf("checksum %#08x, want %#08x", got, le.Uint32(b[40:]))
		}
	}
	off := headerSize
	f.Cands = inplace.Uint32s(b[off : off+4*cands])
	off += 4 * cands
	// Zero padding, as encode writes it, keeps one file per gazetteer:
	// a byte there that is not zero is a damaged or hand-made file.
	for _, c := range b[off : off+pad] {
		if c != 0 {
			return nil, errors.New("bad padding after the candidates")
		}
	}
	off += pad
	g.places = readPlaces(b[off : off+placeSize*places])
	off += placeSize * places
	f.KeyEnd = inplace.Uint32s(b[off : off+4*keys])
	off += 4 * keys
	f.CandEnd = inplace.Uint32s(b[off : off+4*keys])
	off += 4 * keys
	strEnds := inplace.Uint32s(b[off : off+4*nstrs])
	off += 4 * nstrs
	r := &varints{inplace.Varints{B: b[off : off+n[7]]}}
	off += n[7]
	f.Keys = inplace.String(b[off : off+keyBytes])
	g.strs = inplace.Strings{Text: inplace.String(b[off+keyBytes:]), Ends: strEnds}
	for i, e := range []error{ends(f.KeyEnd, keyBytes), ends(f.CandEnd, cands), ends(strEnds, strBytes)} {
		if e != nil {
			return nil, fmt.Errorf("table of ends %d: %w", i, e)
		}
	}
	// Each country takes a varint byte at least.
	if countries > n[7] {
		return nil, errors.New("counts beyond the varints")
	}
	str := func() uint32 {
		i := r.Uint()
		if i >= uint64(len(g.strs.Ends)) {
			r.Fail(fmt.Errorf("string %d of %d", i, len(g.strs.Ends)))
			return 0
		}
		return uint32(i)
	}
	f.Countries = make([]crec, countries)
	for i := range f.Countries {
		c := &f.Countries[i]
		c.ID, c.Pop = r.Int(), r.Int()
		c.Lat, c.Lon, c.Place = r.Int32(), r.Int32(), r.Int32()
		for _, s := range []*string{&c.Name, &c.ISO2, &c.ISO3, &c.FIPS, &c.CAMEO, &c.Capital, &c.Continent} {
			if i := str(); r.Err == nil {
				*s = g.strs.At(i)
			}
		}
	}
	if r.Err == nil && len(r.B) > 0 {
		r.Fail(fmt.Errorf("%d bytes after the records", len(r.B)))
	}
	if r.Err != nil {
		return nil, r.Err
	}
	return g, nil
}

// readPlaces returns the places of table b: b itself where the machine
// lays out a prec as the file does (precInPlace, inplace.View), else a
// copy decoded place by place.
func readPlaces(b []byte) []prec {
	if len(b) == 0 {
		return []prec{}
	}
	if precInPlace {
		if v, ok := inplace.View[prec](b); ok {
			return v
		}
	}
	v := make([]prec, len(b)/placeSize)
	for i := range v {
		v[i] = getPlace(b[i*placeSize:])
	}
	return v
}
