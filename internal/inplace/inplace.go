package inplace

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"math"
	"unsafe"
)

// LittleEndian reports whether the machine stores numbers as the files
// do.
func LittleEndian() bool { return binary.NativeEndian.Uint16([]byte{1, 0}) == 1 }

// View returns the values of type T that b holds, without copying them,
// when b holds them as the machine lays out a []T: the machine is
// little-endian, b starts at an address aligned for T and holds a whole
// number of values. ok is false otherwise, and for an empty b. T must
// hold no pointers, and the caller must know that the file lays out a T
// as the machine does. The view shares b's memory: b must not change.
func View[T any](b []byte) (v []T, ok bool) {
	var z T
	size := int(unsafe.Sizeof(z))
	if len(b) == 0 || size == 0 || len(b)%size != 0 || !LittleEndian() {
		return nil, false
	}
	p := unsafe.SliceData(b)
	if uintptr(unsafe.Pointer(p))%unsafe.Alignof(z) != 0 {
		return nil, false
	}
	return unsafe.Slice((*T)(unsafe.Pointer(p)), len(b)/size), true
}

// Array returns the len(b)/size values of type T that b holds, size
// bytes each: a view of b where View allows it and size is T's size in
// memory, else a copy decoded value by value with get.
func Array[T any](b []byte, size int, get func([]byte) T) []T {
	if size <= 0 || len(b) < size {
		return nil
	}
	b = b[:len(b)-len(b)%size]
	var z T
	if int(unsafe.Sizeof(z)) == size {
		if v, ok := View[T](b); ok {
			return v
		}
	}
	v := make([]T, len(b)/size)
	for i := range v {
		v[i] = get(b[i*size:])
	}
	return v
}

// Uint16s returns b's little-endian uint16s (see Array).
func Uint16s(b []byte) []uint16 { return Array(b, 2, binary.LittleEndian.Uint16) }

// Uint32s returns b's little-endian uint32s (see Array).
func Uint32s(b []byte) []uint32 { return Array(b, 4, binary.LittleEndian.Uint32) }

// Uint64s returns b's little-endian uint64s (see Array).
func Uint64s(b []byte) []uint64 { return Array(b, 8, binary.LittleEndian.Uint64) }

// Float32s returns b's little-endian IEEE 754 float32s (see Array).
func Float32s(b []byte) []float32 {
	return Array(b, 4, func(b []byte) float32 { return math.Float32frombits(binary.LittleEndian.Uint32(b)) })
}

// String returns b as a string without copying it: b must never change.
func String(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// Checksum returns the CRC-32C (Castagnoli) checksum of b, which the file
// formats carry to tell a damaged file from a good one.
func Checksum(b []byte) uint32 { return crc32.Checksum(b, crc32.MakeTable(crc32.Castagnoli)) }

// Varints reads the varints of a file's bytes in turn: unsigned ones as
// uvarints, signed ones zig-zag, as encoding/binary writes them. Its
// first error is kept in Err, and every read after it yields zero.
type Varints struct {
	B   []byte // the bytes not read yet
	Err error
}

// Fail keeps err unless an error is kept already, and stops r.
func (r *Varints) Fail(err error) {
	if r.Err == nil {
		r.Err = err
	}
	r.B = nil
}

// Uint reads an unsigned varint.
func (r *Varints) Uint() uint64 {
	// The loop is binary.Uvarint's, with the bytes read from a local
	// copy of r.B, which is written back once.
	b := r.B
	// Most are one to three bytes long.
	if len(b) > 0 && b[0] < 0x80 {
		r.B = b[1:]
		return uint64(b[0])
	}
	if len(b) > 1 && b[1] < 0x80 {
		r.B = b[2:]
		return uint64(b[0]&0x7f) | uint64(b[1])<<7
	}
	if len(b) > 2 && b[2] < 0x80 {
		r.B = b[3:]
		return uint64(b[0]&0x7f) | uint64(b[1]&0x7f)<<7 | uint64(b[2])<<14
	}
	var x uint64
	for i := 0; i < len(b) && i < binary.MaxVarintLen64; i++ {
		c := b[i]
		if c < 0x80 {
			if i == binary.MaxVarintLen64-1 && c > 1 {
				break // overflow
			}
			r.B = b[i+1:]
			return x | uint64(c)<<(7*i&63)
		}
		x |= uint64(c&0x7f) << (7 * i & 63)
	}
	r.Fail(errBadNumber)
	return 0
}

// Int reads a signed varint.
func (r *Varints) Int() int64 {
	ux := r.Uint() // zig-zag, as binary.Varint reads it
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x
}

// Int32 reads a signed varint that must fit in an int32.
func (r *Varints) Int32() int32 {
	n := r.Int()
	if n != int64(int32(n)) {
		r.Fail(errors.New("number out of range"))
		return 0
	}
	return int32(n)
}

var errBadNumber = errors.New("bad or missing number")

// Strings is a list of strings laid end to end in Text: string i ends at
// Ends[i], and begins where string i-1 ends.
type Strings struct {
	Text string
	Ends []uint32
}

// At returns string i, which must be in the list.
func (s *Strings) At(i uint32) string {
	start := uint32(0)
	if i > 0 {
		start = s.Ends[i-1]
	}
	return s.Text[start:s.Ends[i]]
}
