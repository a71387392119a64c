package tag

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"testing"
)

// encoded returns the encoding of m after change has altered a copy of
// its tables and dicts.
func encoded(t *testing.T, m *Model, change func(*Model)) []byte {
	t.Helper()
	c := &Model{xpos: m.xpos, upos: m.upos, uposCands: m.uposCands, lex: m.lex, lem: m.lem, verbal: m.verbal, sure: m.sure}
	clone := func(tb *table) *table {
		if tb == nil {
			return nil
		}
		u := *tb
		u.slots, u.ents = slices.Clone(tb.slots), slices.Clone(tb.ents)
		return &u
	}
	c.pass1, c.pass2, c.uposTable = clone(m.pass1), clone(m.pass2), clone(m.uposTable)
	c.lex.amb.ents, c.lex.fixed.ents = slices.Clone(m.lex.amb.ents), slices.Clone(m.lex.fixed.ents)
	if change != nil {
		change(c)
	}
	var b bytes.Buffer
	if err := c.Encode(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// firstUsed returns the index of the first used slot of tb whose
// entries are of the kind of b's top byte (0, noEntry or external).
func firstUsed(tb *table, kind uint32) int {
	for i, s := range tb.slots {
		if s.key != 0 && s.b>>24 == kind>>24 {
			return i
		}
	}
	return -1
}

func TestDecodeErrors(t *testing.T) {
	m, err := tinyModel()
	if err != nil {
		t.Fatal(err)
	}
	good := encoded(t, m, nil)
	cases := map[string][]byte{
		"empty":         nil,
		"gzip":          {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff},
		"bad magic":     []byte("casus-pos\x02"),
		"version 1":     []byte("casus-tag\x01"),
		"version 9":     []byte("casus-tag\x09"),
		"trailing byte": append(slices.Clone(good), 0),
		"two inline, class too high": encoded(t, m, func(c *Model) {
			i := firstUsed(c.pass1, 0)
			c.pass1.slots[i].b = uint32(c.pass1.nClass) << 16
		}),
		"one inline, class too high": encoded(t, m, func(c *Model) {
			i := firstUsed(c.pass1, 0)
			c.pass1.slots[i].a, c.pass1.slots[i].b = uint32(c.pass1.nClass)<<16, noEntry
		}),
		"external entries past the end": encoded(t, m, func(c *Model) {
			i := firstUsed(c.pass1, external)
			c.pass1.slots[i].a = uint32(len(c.pass1.ents)) - 2
		}),
		"bad entry kind": encoded(t, m, func(c *Model) {
			c.pass1.slots[firstUsed(c.pass1, 0)].b |= 0x10000000
		}),
		"no free slot": encoded(t, m, func(c *Model) {
			for i := range c.pass2.slots {
				if s := &c.pass2.slots[i]; s.key == 0 {
					*s = slot{key: 1, a: 0, b: noEntry}
				}
			}
		}),
		"fixed tag too high": encoded(t, m, func(c *Model) {
			c.lex.fixed = makeDict(1)
			c.lex.fixed.put(12345, uint64(len(c.xpos))+1)
		}),
		"table classes": encoded(t, m, func(c *Model) { c.uposTable.nClass = len(c.xpos) }),
	}
	for _, n := range []int{len(magic), len(magic) + 1, 40, len(good) / 3, len(good) / 2, len(good) - 1} {
		cases[fmt.Sprint("cut at ", n)] = good[:n]
	}
	for name, in := range cases {
		if _, err := Decode(bytes.NewReader(in)); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: Decode error %v, want ErrFormat", name, err)
		}
	}
	if _, err := Decode(bytes.NewReader(good)); err != nil {
		t.Errorf("unchanged model: %v", err)
	}
}

// TestDecodeCopies decodes a model in place and from bytes that cannot
// be used in place, which are copied: both must be the model encoded.
func TestDecodeCopies(t *testing.T) {
	m, err := tinyModel()
	if err != nil {
		t.Fatal(err)
	}
	good := encoded(t, m, nil)
	aligned := make([]byte, len(good)+arrayAlign)
	off := 0
	for !canView(aligned[off:]) {
		off++
	}
	tests := []struct {
		name    string
		b       []byte
		inPlace bool
	}{
		{"aligned", aligned[off : off+len(good)], true},
		{"unaligned", aligned[off+1 : off+1+len(good)], false},
	}
	sentence := "The minister said that talks with the rebels failed ."
	want := tokens(sentence)
	m.Tag(want)
	for _, tc := range tests {
		copy(tc.b, good)
		if canView(tc.b) != tc.inPlace {
			t.Fatalf("%s: canView %v, want %v", tc.name, !tc.inPlace, tc.inPlace)
		}
		d, err := decodeBytes(tc.b, true)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := encoded(t, d, nil); !bytes.Equal(got, good) {
			t.Errorf("%s: decoded model encodes to %d different bytes", tc.name, len(got))
		}
		toks := tokens(sentence)
		d.Tag(toks)
		if !slices.Equal(toks, want) {
			t.Errorf("%s: tagged %v, want %v", tc.name, toks, want)
		}
	}
}

// TestReadSlots reads the used slots of a hash table of 128 slots from
// hand-made encodings: the bitmap must place exactly the slots that
// follow it, inside the table, and leave a slot free.
func TestReadSlots(t *testing.T) {
	enc := func(count int, words []uint64, vals ...uint64) []byte {
		b := binary.AppendUvarint(nil, uint64(count))
		for len(b)%arrayAlign != 0 {
			b = append(b, 0)
		}
		for _, w := range words {
			b = binary.LittleEndian.AppendUint64(b, w)
		}
		for _, v := range vals {
			b = binary.LittleEndian.AppendUint64(b, v)
		}
		return b
	}
	all := []uint64{^uint64(0), ^uint64(0)}
	tests := []struct {
		name string
		size int
		in   []byte
		want map[int]uint64 // slot → value; nil for an error
	}{
		{"two used", 128, enc(2, []uint64{1 << 5, 1 << 63}, 7, 9), map[int]uint64{5: 7, 127: 9}},
		{"none used", 128, enc(0, []uint64{0, 0}), map[int]uint64{}},
		{"small table", 2, enc(1, []uint64{2}, 4), map[int]uint64{1: 4}},
		{"more bits than slots", 128, enc(1, []uint64{3, 0}, 7, 9), nil},
		{"fewer bits than slots", 128, enc(2, []uint64{1, 0}, 7, 9), nil},
		{"bit past the table", 2, enc(1, []uint64{4}, 7), nil},
		{"every slot used", 2, enc(2, []uint64{3}, 7, 9), nil},
		{"count past the table", 128, enc(129, all), nil},
		{"cut short", 128, enc(2, []uint64{3, 0}, 7), nil},
		{"padding not zero", 128, append(append([]byte{2}, 1, 0, 0, 0, 0, 0, 0), enc(2, []uint64{3, 0}, 7, 9)[8:]...), nil},
		{"whole table used", 128, enc(128, all, make([]uint64, 128)...), nil},
	}
	for _, tc := range tests {
		for _, inPlace := range []bool{false, true} {
			d := &decoder{b: tc.in, inPlace: inPlace && canView(tc.in)}
			got, used, bitmap := readSlots(d, tc.size, 8, binary.LittleEndian.Uint64)
			if tc.want == nil {
				if d.err == nil {
					t.Errorf("%s: no error", tc.name)
				}
				continue
			}
			if d.err != nil {
				t.Errorf("%s: %v", tc.name, d.err)
				continue
			}
			if len(got) != tc.size || len(used) != len(tc.want) {
				t.Errorf("%s: %d slots, %d used; want %d, %d", tc.name, len(got), len(used), tc.size, len(tc.want))
				continue
			}
			var order []uint64 // the used values in slot order
			for i, v := range got {
				if v != tc.want[i] {
					t.Errorf("%s: slot %d = %d, want %d", tc.name, i, v, tc.want[i])
				}
				if _, ok := tc.want[i]; ok {
					order = append(order, v)
				}
				if b := bitmap[i/64]>>(i%64)&1 == 1; b != (tc.want[i] != 0) {
					t.Errorf("%s: slot %d's bit %v", tc.name, i, b)
				}
			}
			if !slices.Equal(used, order) {
				t.Errorf("%s: used %v, want %v", tc.name, used, order)
			}
		}
	}
}
