package inplace

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"math"
	"slices"
	"testing"
	"unsafe"
)

// aligned returns n bytes starting at an address that is a multiple of 8,
// and the same bytes one address further on.
func aligned(n int) (even, odd []byte) {
	buf := make([]uint64, n/8+2)
	b := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(buf))), 8*len(buf))
	return b[:n], b[1 : n+1]
}

func TestArrays(t *testing.T) {
	want32 := []uint32{1, 0xdeadbeef, 7, 1 << 31}
	want64 := []uint64{3, 1<<63 | 5}
	want16 := []uint16{9, 0xffff, 2, 1}
	wantF := []float32{1.5, -2, float32(math.Inf(1)), 0}
	for _, shift := range []bool{false, true} {
		even, odd := aligned(32)
		b := even
		if shift {
			b = odd
		}
		for i, x := range want32 {
			binary.LittleEndian.PutUint32(b[4*i:], x)
		}
		if got := Uint32s(b[:16]); !slices.Equal(got, want32) {
			t.Errorf("shift %v: Uint32s %v, want %v", shift, got, want32)
		}
		for i, x := range want64 {
			binary.LittleEndian.PutUint64(b[8*i:], x)
		}
		if got := Uint64s(b[:16]); !slices.Equal(got, want64) {
			t.Errorf("shift %v: Uint64s %v, want %v", shift, got, want64)
		}
		for i, x := range want16 {
			binary.LittleEndian.PutUint16(b[2*i:], x)
		}
		if got := Uint16s(b[:8]); !slices.Equal(got, want16) {
			t.Errorf("shift %v: Uint16s %v, want %v", shift, got, want16)
		}
		for i, x := range wantF {
			binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(x))
		}
		if got := Float32s(b[:16]); !slices.Equal(got, wantF) {
			t.Errorf("shift %v: Float32s %v, want %v", shift, got, wantF)
		}
		// A view shares the bytes; a copy does not.
		v := Uint32s(b[:16])
		b[0] ^= 1
		_, viewable := View[uint32](b[:16])
		if shared := v[0] != math.Float32bits(wantF[0]); shared != viewable {
			t.Errorf("shift %v: shared %v, viewable %v", shift, shared, viewable)
		}
		if _, ok := View[uint32](b[:15]); ok {
			t.Errorf("shift %v: a view of 15 bytes as uint32s", shift)
		}
	}
	if _, ok := View[uint32](nil); ok {
		t.Error("a view of no bytes")
	}
	if Uint32s([]byte{1, 2, 3}) != nil {
		t.Error("uint32s of 3 bytes")
	}
	if got := Uint32s([]byte{1, 0, 0, 0, 9}); !slices.Equal(got, []uint32{1}) {
		t.Errorf("a trailing byte: %v", got)
	}
}

func TestStringAndChecksum(t *testing.T) {
	if String(nil) != "" || String([]byte("abc")) != "abc" {
		t.Error("String")
	}
	b := []byte("The quick brown fox")
	if Checksum(b) != crc32.Checksum(b, crc32.MakeTable(crc32.Castagnoli)) || Checksum(b) == crc32.ChecksumIEEE(b) {
		t.Error("Checksum is not CRC-32C")
	}
}

func TestVarints(t *testing.T) {
	var b []byte
	b = binary.AppendUvarint(b, 300)
	b = binary.AppendVarint(b, -5)
	b = binary.AppendVarint(b, 1<<40)
	b = binary.AppendVarint(b, 7)
	r := Varints{B: b}
	if got := r.Uint(); got != 300 {
		t.Errorf("Uint %d", got)
	}
	if got := r.Int(); got != -5 {
		t.Errorf("Int %d", got)
	}
	if got := r.Int32(); got != 0 || r.Err == nil {
		t.Errorf("Int32 of 1<<40: %d, %v", got, r.Err)
	}
	first := r.Err
	if got := r.Int(); got != 0 || r.Err != first {
		t.Errorf("a read after an error: %d, %v", got, r.Err)
	}
	r = Varints{B: []byte{0x80}}
	if r.Uint(); r.Err == nil {
		t.Error("a truncated varint read without error")
	}
}

// TestVarintsLikeBinary checks that Uint and Int read what
// encoding/binary's Uvarint and Varint read, fail where they fail, and
// leave the bytes after the number.
func TestVarintsLikeBinary(t *testing.T) {
	inputs := [][]byte{
		{},
		{0},
		{1, 2},
		{0x7f},
		{0x80},
		{0x80, 0x01},
		{0xff, 0xff, 0x03, 9},
		{0x81, 0x00, 7},          // two bytes, the second zero
		{0xff, 0x7f},             // the largest of two bytes
		{0x80, 0x80, 0x01},       // the smallest of three bytes
		{0xff, 0xff, 0x7f, 0x80}, // the largest of three bytes, then a cut one
		{0x80, 0x80, 0x80, 0x01}, // four bytes
		{0x80, 0x80},             // cut after two bytes
		{0xff, 0xff, 0xff},       // cut after three bytes
		binary.AppendUvarint(nil, 1<<63),
		binary.AppendUvarint(nil, ^uint64(0)),
		append(binary.AppendUvarint(nil, ^uint64(0)), 5),
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01},                // 1<<63
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x02},                // overflow in the tenth byte
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01},          // eleven bytes
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0}, // too long
	}
	for _, in := range inputs {
		wantU, k := binary.Uvarint(in)
		r := Varints{B: in}
		gotU := r.Uint()
		if k <= 0 {
			if r.Err == nil || gotU != 0 || len(r.B) != 0 {
				t.Errorf("Uint(% x) = %d, rest % x, err %v; want an error", in, gotU, r.B, r.Err)
			}
		} else if gotU != wantU || r.Err != nil || !bytes.Equal(r.B, in[k:]) {
			t.Errorf("Uint(% x) = %d, rest % x, err %v; want %d, rest % x", in, gotU, r.B, r.Err, wantU, in[k:])
		}
		wantI, k := binary.Varint(in)
		r = Varints{B: in}
		gotI := r.Int()
		if k <= 0 {
			if r.Err == nil || gotI != 0 {
				t.Errorf("Int(% x) = %d, err %v; want an error", in, gotI, r.Err)
			}
		} else if gotI != wantI || r.Err != nil || !bytes.Equal(r.B, in[k:]) {
			t.Errorf("Int(% x) = %d, rest % x, err %v; want %d, rest % x", in, gotI, r.B, r.Err, wantI, in[k:])
		}
	}
}
