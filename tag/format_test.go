package tag

import (
	"bytes"
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
		"free slot not empty": encoded(t, m, func(c *Model) {
			i := slices.IndexFunc(c.pass1.slots, func(s slot) bool { return s.key == 0 })
			c.pass1.slots[i].a = 1
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
		"dict count":    encoded(t, m, func(c *Model) { c.lex.amb.n++ }),
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
