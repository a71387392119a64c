package place

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"unsafe"
)

// Compiled gazetteer format, version 3: fixed-width records and tables
// that Read uses as they lie (the names and the sorted name tables are
// not copied on a little-endian machine, when the bytes are aligned) or
// decodes with one pass over the records. Numbers are little-endian.
//
//	offset size
//	0      8    the magic "CASUSGAZ"
//	8      4    version (3)
//	12     4    places
//	16     4    countries
//	20     4    keys: folded names
//	24     4    key bytes
//	28     4    candidates
//	32     4    strings
//	36     4    string bytes
//	40     4    CRC-32 (Castagnoli) of the bytes after the header
//	44     4    zero
//	48          key ends (keys × uint32), candidate ends (keys × uint32),
//	            candidates (uint32 each; see file), string ends
//	            (strings × uint32), places (43 bytes each: ID and Pop
//	            int64, Lat, Lon and Adm int32, Name, Admin1 and Code
//	            string indexes uint32, Country uint16, Kind uint8),
//	            countries (56 bytes each: ID and Pop int64, Lat, Lon and
//	            Place int32, Name, ISO2, ISO3, FIPS, CAMEO, Capital and
//	            Continent string indexes uint32), the key bytes, the
//	            string bytes
//
// Strings are numbered in the order records first use them.
const (
	magic      = "CASUSGAZ"
	version    = 3
	headerSize = 48
	placeSize  = 43
	crecSize   = 56
)

// sizes are the counts of a compiled gazetteer's header.
type sizes struct {
	places, countries, keys, keyBytes, cands, strs, strBytes int
}

// layout gives where the parts of a file of sizes s start, and its size.
type layout struct {
	keyEnd, candEnd, cands, strEnd, places, countries, keys, strs, end int
}

func (s sizes) layout() layout {
	var l layout
	l.keyEnd = headerSize
	l.candEnd = l.keyEnd + 4*s.keys
	l.cands = l.candEnd + 4*s.keys
	l.strEnd = l.cands + 4*s.cands
	l.places = l.strEnd + 4*s.strs
	l.countries = l.places + placeSize*s.places
	l.keys = l.countries + crecSize*s.countries
	l.strs = l.keys + s.keyBytes
	l.end = l.strs + s.strBytes
	return l
}

func castagnoli() *crc32.Table { return crc32.MakeTable(crc32.Castagnoli) }

// encode returns f in the compiled format.
func (f *file) encode() ([]byte, error) {
	var strs []string
	index := map[string]uint32{}
	str := func(s string) uint32 {
		i, ok := index[s]
		if !ok {
			i = uint32(len(strs))
			index[s] = i
			strs = append(strs, s)
		}
		return i
	}
	type placeStrs struct{ name, admin1, code uint32 }
	ps := make([]placeStrs, len(f.Places))
	for i, p := range f.Places {
		ps[i] = placeStrs{str(p.Name), str(p.Admin1), str(p.Code)}
	}
	cs := make([][7]uint32, len(f.Countries))
	for i, c := range f.Countries {
		cs[i] = [7]uint32{str(c.Name), str(c.ISO2), str(c.ISO3), str(c.FIPS), str(c.CAMEO), str(c.Capital), str(c.Continent)}
	}
	strBytes := 0
	for _, s := range strs {
		strBytes += len(s)
	}
	if len(f.KeyEnd) != len(f.CandEnd) {
		return nil, errors.New("key and candidate tables differ in length")
	}
	s := sizes{places: len(f.Places), countries: len(f.Countries), keys: len(f.KeyEnd), keyBytes: len(f.Keys),
		cands: len(f.Cands), strs: len(strs), strBytes: strBytes}
	for _, n := range []int{s.places, s.countries, s.keys, s.keyBytes, s.cands, s.strs, s.strBytes} {
		if n > math.MaxUint32/64 {
			return nil, errors.New("too large")
		}
	}
	l := s.layout()
	b := make([]byte, l.end)
	le := binary.LittleEndian
	copy(b, magic)
	le.PutUint32(b[8:], version)
	for i, n := range []int{s.places, s.countries, s.keys, s.keyBytes, s.cands, s.strs, s.strBytes} {
		le.PutUint32(b[12+4*i:], uint32(n))
	}
	for i := range f.KeyEnd {
		le.PutUint32(b[l.keyEnd+4*i:], f.KeyEnd[i])
		le.PutUint32(b[l.candEnd+4*i:], f.CandEnd[i])
	}
	for i, c := range f.Cands {
		le.PutUint32(b[l.cands+4*i:], c)
	}
	end := 0
	for i, str := range strs {
		end += len(str)
		le.PutUint32(b[l.strEnd+4*i:], uint32(end))
		copy(b[l.strs+end-len(str):], str)
	}
	for i, p := range f.Places {
		o := b[l.places+placeSize*i:]
		le.PutUint64(o, uint64(p.ID))
		le.PutUint64(o[8:], uint64(p.Pop))
		le.PutUint32(o[16:], uint32(p.Lat))
		le.PutUint32(o[20:], uint32(p.Lon))
		le.PutUint32(o[24:], uint32(p.Adm))
		le.PutUint32(o[28:], ps[i].name)
		le.PutUint32(o[32:], ps[i].admin1)
		le.PutUint32(o[36:], ps[i].code)
		le.PutUint16(o[40:], p.Country)
		o[42] = p.Kind
	}
	for i, c := range f.Countries {
		o := b[l.countries+crecSize*i:]
		le.PutUint64(o, uint64(c.ID))
		le.PutUint64(o[8:], uint64(c.Pop))
		le.PutUint32(o[16:], uint32(c.Lat))
		le.PutUint32(o[20:], uint32(c.Lon))
		le.PutUint32(o[24:], uint32(c.Place))
		for k, v := range cs[i] {
			le.PutUint32(o[28+4*k:], v)
		}
	}
	copy(b[l.keys:], f.Keys)
	le.PutUint32(b[40:], crc32.Checksum(b[headerSize:], castagnoli()))
	return b, nil
}

// decode reads the compiled gazetteer b into a file, without checking
// its indexes (see file.check). The file's strings and tables may be b's
// bytes: b must not change.
func decode(b []byte) (file, error) {
	var f file
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return f, errors.New("bad magic")
	}
	if len(b) < headerSize {
		return f, errors.New("header cut short")
	}
	le := binary.LittleEndian
	if v := le.Uint32(b[8:]); v != version {
		return f, fmt.Errorf("version %d, want %d", v, version)
	}
	var n [7]int
	for i := range n {
		n[i] = int(le.Uint32(b[12+4*i:]))
		if n[i] > len(b) {
			return f, fmt.Errorf("%d bytes, header counts %d", len(b), n[i])
		}
	}
	s := sizes{places: n[0], countries: n[1], keys: n[2], keyBytes: n[3], cands: n[4], strs: n[5], strBytes: n[6]}
	l := s.layout()
	if len(b) != l.end || le.Uint32(b[44:]) != 0 {
		return f, fmt.Errorf("%d bytes, want %d", len(b), l.end)
	}
	if sum := crc32.Checksum(b[headerSize:], castagnoli()); sum != le.Uint32(b[40:]) {
		return f, fmt.Errorf("checksum %#08x, want %#08x", sum, le.Uint32(b[40:]))
	}
	f.KeyEnd = viewUint32(b[l.keyEnd:l.candEnd])
	f.CandEnd = viewUint32(b[l.candEnd:l.cands])
	f.Cands = viewUint32(b[l.cands:l.strEnd])
	f.Keys = bytesString(b[l.keys:l.strs])
	blob := bytesString(b[l.strs:l.end])
	strEnd := b[l.strEnd:l.places]
	str := func(i uint32) (string, bool) {
		if int(i) >= s.strs {
			return "", false
		}
		end := le.Uint32(strEnd[4*i:])
		start := uint32(0)
		if i > 0 {
			start = le.Uint32(strEnd[4*i-4:])
		}
		if start > end || int(end) > len(blob) {
			return "", false
		}
		return blob[start:end], true
	}
	var ok [7]bool
	f.Places = make([]rec, s.places)
	for i := range f.Places {
		o := b[l.places+placeSize*i : l.places+placeSize*(i+1)]
		p := &f.Places[i]
		p.ID = int64(le.Uint64(o))
		p.Pop = int64(le.Uint64(o[8:]))
		p.Lat = int32(le.Uint32(o[16:]))
		p.Lon = int32(le.Uint32(o[20:]))
		p.Adm = int32(le.Uint32(o[24:]))
		p.Name, ok[0] = str(le.Uint32(o[28:]))
		p.Admin1, ok[1] = str(le.Uint32(o[32:]))
		p.Code, ok[2] = str(le.Uint32(o[36:]))
		p.Country = le.Uint16(o[40:])
		p.Kind = o[42]
		if !ok[0] || !ok[1] || !ok[2] {
			return f, fmt.Errorf("place %d: bad string", i)
		}
	}
	f.Countries = make([]crec, s.countries)
	for i := range f.Countries {
		o := b[l.countries+crecSize*i : l.countries+crecSize*(i+1)]
		c := &f.Countries[i]
		c.ID = int64(le.Uint64(o))
		c.Pop = int64(le.Uint64(o[8:]))
		c.Lat = int32(le.Uint32(o[16:]))
		c.Lon = int32(le.Uint32(o[20:]))
		c.Place = int32(le.Uint32(o[24:]))
		for k, p := range []*string{&c.Name, &c.ISO2, &c.ISO3, &c.FIPS, &c.CAMEO, &c.Capital, &c.Continent} {
			*p, ok[k] = str(le.Uint32(o[28+4*k:]))
		}
		if ok != [7]bool{true, true, true, true, true, true, true} {
			return f, fmt.Errorf("country %d: bad string", i)
		}
	}
	return f, nil
}

// bytesString returns b as a string without copying it: b must not
// change.
func bytesString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// viewUint32 returns the little-endian uint32s of b: b itself on a
// little-endian machine when b is aligned, else a decoded copy.
func viewUint32(b []byte) []uint32 {
	if len(b) == 0 {
		return nil
	}
	p := unsafe.Pointer(&b[0])
	if binary.NativeEndian.Uint16([]byte{1, 0}) == 1 && uintptr(p)%unsafe.Alignof(uint32(0)) == 0 {
		return unsafe.Slice((*uint32)(p), len(b)/4)
	}
	v := make([]uint32, len(b)/4)
	for i := range v {
		v[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return v
}
