package place

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/casus-project/casus/internal/inplace"
)

// Compiled gazetteer format, version 4: the candidates as a table that
// Read uses as it lies (on a little-endian machine, when the bytes are
// aligned), the rest as varints decoded in one pass, and the names as
// bytes that the gazetteer's strings point into. Numbers are
// little-endian; unsigned varints are uvarints, signed ones zig-zag
// varints.
//
//	offset size
//	0      8    the magic "CASUSGAZ"
//	8      4    version (4)
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
//	            varints: each key's length, each key's number of
//	            candidates, each string's length, then the places (ID,
//	            Pop, Lat, Lon and Adm signed; Name, Admin1 and Code string
//	            indexes, Country and Kind unsigned) and the countries
//	            (ID, Pop, Lat, Lon and Place signed; Name, ISO2, ISO3,
//	            FIPS, CAMEO, Capital and Continent string indexes)
//	            the key bytes, the string bytes
//
// Strings are numbered in the order records first use them.
const (
	magic      = "CASUSGAZ"
	version    = 4
	headerSize = 48
)

// encode returns f in the compiled format.
func (f *file) encode() ([]byte, error) {
	if len(f.KeyEnd) != len(f.CandEnd) {
		return nil, errors.New("key and candidate tables differ in length")
	}
	var strs []string
	index := map[string]uint64{}
	var v []byte // the varints
	str := func(s string) {
		i, ok := index[s]
		if !ok {
			i = uint64(len(strs))
			index[s] = i
			strs = append(strs, s)
		}
		v = binary.AppendUvarint(v, i)
	}
	prevKey, prevCand := uint32(0), uint32(0)
	for i := range f.KeyEnd {
		if f.KeyEnd[i] < prevKey || f.CandEnd[i] < prevCand {
			return nil, fmt.Errorf("key %d: ends out of order", i)
		}
		v = binary.AppendUvarint(v, uint64(f.KeyEnd[i]-prevKey))
		prevKey = f.KeyEnd[i]
	}
	for i := range f.CandEnd {
		v = binary.AppendUvarint(v, uint64(f.CandEnd[i]-prevCand))
		prevCand = f.CandEnd[i]
	}
	if int(prevKey) != len(f.Keys) || int(prevCand) != len(f.Cands) {
		return nil, errors.New("key or candidate ends do not end the tables")
	}
	// The records go after the string lengths, and they number the
	// strings: they are written apart first.
	lens := v
	v = nil
	for _, p := range f.Places {
		v = binary.AppendVarint(v, p.ID)
		v = binary.AppendVarint(v, p.Pop)
		v = binary.AppendVarint(v, int64(p.Lat))
		v = binary.AppendVarint(v, int64(p.Lon))
		v = binary.AppendVarint(v, int64(p.Adm))
		str(p.Name)
		str(p.Admin1)
		str(p.Code)
		v = binary.AppendUvarint(v, uint64(p.Country))
		v = binary.AppendUvarint(v, uint64(p.Kind))
	}
	for _, c := range f.Countries {
		for _, n := range []int64{c.ID, c.Pop, int64(c.Lat), int64(c.Lon), int64(c.Place)} {
			v = binary.AppendVarint(v, n)
		}
		for _, s := range []string{c.Name, c.ISO2, c.ISO3, c.FIPS, c.CAMEO, c.Capital, c.Continent} {
			str(s)
		}
	}
	records := v
	v = lens
	strBytes := 0
	for _, s := range strs {
		v = binary.AppendUvarint(v, uint64(len(s)))
		strBytes += len(s)
	}
	v = append(v, records...)
	counts := []int{len(f.Places), len(f.Countries), len(f.KeyEnd), len(f.Keys), len(f.Cands), len(strs), strBytes, len(v)}
	for _, n := range counts {
		if n > math.MaxUint32/8 {
			return nil, errors.New("too large")
		}
	}
	b := make([]byte, headerSize, headerSize+4*len(f.Cands)+len(v)+len(f.Keys)+strBytes)
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

// ends reads n lengths and returns their running sums, which must end
// at total.
func (r *varints) ends(n, total int) []uint32 {
	if n == 0 {
		if total != 0 {
			r.Fail(fmt.Errorf("no lengths for %d bytes", total))
		}
		return nil
	}
	ends := make([]uint32, n)
	sum := uint64(0)
	// Most lengths are one byte: those are read from a local copy of
	// r.B, which is written back before any other read.
	b := r.B
	for i := range ends {
		if len(b) > 0 && b[0] < 0x80 {
			sum += uint64(b[0])
			b = b[1:]
		} else {
			r.B = b
			sum += r.Uint()
			b = r.B
		}
		if sum > uint64(total) {
			r.B = b
			r.Fail(errors.New("lengths beyond the end"))
			return nil
		}
		ends[i] = uint32(sum)
	}
	r.B = b
	if sum != uint64(total) {
		r.Fail(fmt.Errorf("lengths add up to %d, want %d", sum, total))
	}
	return ends
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
	end := headerSize
	for i, size := range []int{4 * n[4], n[7], n[3], n[6]} {
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
	places, countries, keys, keyBytes, cands, nstrs, strBytes := n[0], n[1], n[2], n[3], n[4], n[5], n[6]
	off := headerSize
	f.Cands = inplace.Uint32s(b[off : off+4*cands])
	off += 4 * cands
	r := &varints{inplace.Varints{B: b[off : off+n[7]]}}
	off += n[7]
	f.Keys = inplace.String(b[off : off+keyBytes])
	blob := inplace.String(b[off+keyBytes:])
	// Each counted thing takes a varint byte at least.
	if keys > n[7] || nstrs > n[7] || places > n[7] || countries > n[7] {
		return nil, errors.New("counts beyond the varints")
	}
	f.KeyEnd = r.ends(keys, keyBytes)
	f.CandEnd = r.ends(keys, cands)
	g.strs = inplace.Strings{Text: blob, Ends: r.ends(nstrs, strBytes)}
	str := func() uint32 {
		i := r.Uint()
		if i >= uint64(len(g.strs.Ends)) {
			r.Fail(fmt.Errorf("string %d of %d", i, len(g.strs.Ends)))
			return 0
		}
		return uint32(i)
	}
	if r.Err != nil {
		return nil, r.Err
	}
	g.places = make([]prec, places)
	for i := range g.places {
		p := &g.places[i]
		p.ID, p.Pop = r.Int(), r.Int()
		p.Lat, p.Lon, p.Adm = r.Int32(), r.Int32(), r.Int32()
		p.name, p.admin1, p.code = str(), str(), str()
		c, k := r.Uint(), r.Uint()
		if c > math.MaxUint16 || k > math.MaxUint8 {
			r.Fail(fmt.Errorf("place %d: country %d, kind %d", i, c, k))
		}
		p.Country, p.Kind = uint16(c), uint8(k)
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
