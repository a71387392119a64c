package parse

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"slices"
	"testing"
	"unsafe"

	"github.com/casus-project/casus/internal/inplace"
)

// plainRows returns the rows of m's row table as compressed sparse rows
// (as Model.start, cls and val), leaving out the padding of ext.
func plainRows(m *Model) (start []uint32, cls []uint8, val []int16) {
	add := func(e uint32) {
		cls = append(cls, uint8(e))
		val = append(val, int16(e>>16))
	}
	for b := range 1 << m.bits {
		start = append(start, uint32(len(cls)))
		x := m.index[b/32]
		if x>>(b%32)&1 == 0 {
			continue
		}
		r := m.rows[1+int(x>>32)+popcount(uint32(x)&(1<<(b%32)-1))]
		if r&slotExt == 0 {
			add(r)
			continue
		}
		for _, q := range m.ext[r>>11 : (r>>9+r&0xff+1)/4] {
			for _, e := range q {
				if e != padEntry {
					add(e)
				}
			}
		}
	}
	return append(start, uint32(len(cls))), cls, val
}

// sameTables reports whether a and b score alike: the same classes, row
// tables and word classes.
func sameTables(a, b *Model) bool {
	if !slices.Equal(a.labels, b.labels) || !slices.Equal(a.classes, b.classes) || a.root != b.root ||
		a.bits != b.bits || a.below != b.below || !slices.Equal(a.index, b.index) ||
		!slices.Equal(a.rows, b.rows) || !slices.Equal(a.ext, b.ext) {
		return false
	}
	if (a.lex == nil) != (b.lex == nil) {
		return false
	}
	if a.lex == nil {
		return true
	}
	aw, ac, aerr := a.lex.list()
	bw, bc, berr := b.lex.list()
	return aerr == nil && berr == nil && slices.Equal(aw, bw) && slices.Equal(ac, bc) &&
		slices.Equal(a.lex.paths, b.lex.paths) && slices.Equal(a.lex.hash, b.lex.hash) &&
		slices.Equal(a.lex.keys, b.lex.keys) && slices.Equal(a.lex.vals, b.lex.vals)
}

// withChecksum returns data with the checksum a flat file would have, if
// it is long enough to hold one.
func withChecksum(data []byte) []byte {
	if len(data) < flatHeader {
		return data
	}
	data = bytes.Clone(data)
	binary.LittleEndian.PutUint32(data[12:], checksum(data))
	return data
}

// TestFlatRoundTrip checks that a model saved in the flat format loads
// with the same tables, scores from views of the file's bytes, saves
// again to the same bytes, and that the older gzip format still loads
// to the same tables.
func TestFlatRoundTrip(t *testing.T) {
	m := trainTiny(t)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	if !bytes.HasPrefix(data, []byte(magic)) || binary.LittleEndian.Uint32(data[8:]) != flatVersion {
		t.Fatalf("Save wrote %q..., not the flat format", data[:min(len(data), 12)])
	}
	m2, err := loadBytes(data, true)
	if err != nil {
		t.Fatal(err)
	}
	if !sameTables(m, m2) {
		t.Fatal("loaded tables differ from saved ones")
	}
	if _, ok := inplace.View[uint64](data[:len(data)&^7]); ok {
		in := func(p unsafe.Pointer) bool {
			a := uintptr(p)
			lo := uintptr(unsafe.Pointer(&data[0]))
			return lo <= a && a < lo+uintptr(len(data))
		}
		if !in(unsafe.Pointer(&m2.index[0])) || !in(unsafe.Pointer(&m2.ext[0])) || !in(unsafe.Pointer(&m2.lex.keys[0])) {
			t.Error("tables copied from an aligned file")
		}
	}
	// Misaligned bytes are copied.
	odd := make([]byte, len(data)+1)[1:]
	copy(odd, data)
	m3, err := loadBytes(odd, true)
	if err != nil {
		t.Fatal(err)
	}
	if !sameTables(m, m3) {
		t.Error("tables loaded from misaligned bytes differ")
	}
	var again bytes.Buffer
	if err := m2.Save(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, again.Bytes()) {
		t.Error("a loaded model saves to other bytes")
	}
	var old bytes.Buffer
	if err := m.saveGzip(&old); err != nil {
		t.Fatal(err)
	}
	m4, err := Load(&old)
	if err != nil {
		t.Fatal(err)
	}
	if !sameTables(m, m4) || !slices.Equal(m.start, m4.start) || !slices.Equal(m.val, m4.val) {
		t.Error("gzip model loads with other tables")
	}
	for _, s := range readTiny(t) {
		a, b, c := Tokens(s), Tokens(s), Tokens(s)
		m.Parse(a)
		m2.Parse(b)
		m3.Parse(c)
		if !slices.Equal(a, b) || !slices.Equal(a, c) {
			t.Errorf("parses differ: %s vs %s, %s", show(a), show(b), show(c))
		}
	}
}

// TestLexiconTable checks the word table against the words it was built
// from, with colliding slots and a repeated word whose last class counts.
func TestLexiconTable(t *testing.T) {
	words := []string{"iran", "albania", "police", "the", "iran", "talks", "seized"}
	class := []uint16{0, 1, 2, 1, 2, 0, 1}
	x := newLexicon(words, class, []string{"00", "01", "1"})
	want := map[string]uint16{}
	for i, w := range words {
		want[w] = class[i]
	}
	for w, c := range want {
		if got := x.lookup(wordHash(w)); *got != x.hash[c] {
			t.Errorf("%s: hashes %x, want class %d's %x", w, *got, c, x.hash[c])
		}
	}
	if got := x.lookup(wordHash("zzyzx")); *got != x.hash[len(x.paths)] {
		t.Errorf("unknown word: hashes %x", *got)
	}
	if len(x.keys) < 2*len(words) || len(x.keys)&(len(x.keys)-1) != 0 {
		t.Errorf("table of %d slots for %d words", len(x.keys), len(words))
	}
	// Force every word into one chain: a table of 16 slots probed from
	// wherever slot puts them still finds them.
	y := &lexicon{paths: x.paths, hash: x.hash, keys: make([]uint64, 16), vals: make([]uint16, 16)}
	for i, w := range words {
		j := y.slot(wordHash(w))
		y.keys[j], y.vals[j] = wordHash(w), class[i]+1
	}
	for w, c := range want {
		if got := y.lookup(wordHash(w)); *got != x.hash[c] {
			t.Errorf("small table, %s: hashes %x, want %x", w, *got, x.hash[c])
		}
	}
}

// TestFlatLoadErrors checks that damaged flat files give errors wrapping
// ErrFormat: truncations, a wrong checksum, and, with the checksum made
// right, fields and tables that do not fit together.
func TestFlatLoadErrors(t *testing.T) {
	var buf bytes.Buffer
	m := trainTiny(t)
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	if _, err := loadBytes(good, true); err != nil {
		t.Fatal(err)
	}
	l := flatLayout{meta: int(binary.LittleEndian.Uint32(good[20:])), index: 8 * len(m.index), rows: 4 * len(m.rows),
		ext: 16 * len(m.ext), keys: 8 * len(m.lex.keys), vals: 2 * len(m.lex.vals)}
	at, _ := l.offsets()
	// edit returns good changed by f, with its checksum set.
	edit := func(f func(b []byte)) []byte {
		b := bytes.Clone(good)
		f(b)
		return withChecksum(b)
	}
	u32 := func(off int, v uint32) []byte {
		return edit(func(b []byte) { binary.LittleEndian.PutUint32(b[off:], v) })
	}
	extRow := slices.IndexFunc(m.rows, func(r uint32) bool { return r&slotExt != 0 })
	if extRow < 0 {
		t.Fatal("no long row in the tiny model")
	}
	tests := []struct {
		name string
		in   []byte
	}{
		{"header only", good[:flatHeader-1]},
		{"truncated", good[:len(good)-1]},
		{"truncated half", withChecksum(good[:len(good)/2])},
		{"trailing byte", withChecksum(append(bytes.Clone(good), 0))},
		{"bad magic", edit(func(b []byte) { b[0] = 'C' })},
		{"version 2 unzipped", u32(8, 2)},
		{"version 4", u32(8, 4)},
		{"checksum", func() []byte { b := bytes.Clone(good); b[len(b)-1] ^= 1; return b }()},
		{"hash width 0", u32(16, 0)},
		{"hash width 23", u32(16, 23)},
		{"hash width other", u32(16, uint32(m.bits+1))},
		{"meta too long", u32(20, uint32(l.meta+1))},
		{"meta too short", u32(20, uint32(l.meta-1))},
		{"reserved", u32(48, 1)},
		{"below", u32(44, uint32(len(m.classes)))},
		{"row count", u32(28, uint32(len(m.rows)+16))},
		{"index count", edit(func(b []byte) { b[at[1]+8+4]++ })},
		{"row 0", u32(at[2], 1)},
		{"ext row beyond", u32(at[2]+4*extRow, m.rows[extRow]+uint32(len(m.ext))<<11)},
		{"ext row misaligned", u32(at[2]+4*extRow, m.rows[extRow]+1<<9)},
		{"ext row odd length", u32(at[2]+4*extRow, m.rows[extRow]&^0xff|2)},
		{"word class", edit(func(b []byte) {
			for j := at[5]; ; j += 2 {
				if b[j] != 0 {
					binary.LittleEndian.PutUint16(b[j:], uint16(len(m.lex.paths)+1))
					return
				}
			}
		})},
		{"word table full", edit(func(b []byte) {
			for j := at[5]; j < at[5]+l.vals; j += 2 {
				if b[j] == 0 && b[j+1] == 0 {
					b[j] = 1
				}
			}
		})},
		{"no root label", edit(func(b []byte) { copy(b[bytes.Index(b, []byte("root")):], "ROOT") })},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loadBytes(tt.in, true)
			if err == nil {
				t.Fatal("no error")
			}
			if !errors.Is(err, ErrFormat) {
				t.Errorf("error %v does not wrap ErrFormat", err)
			}
		})
	}
}

// TestDefaultChecksum checks the checksum of the embedded model, which
// Default does not.
func TestDefaultChecksum(t *testing.T) {
	if _, err := loadBytes(defaultData, true); err != nil {
		t.Fatal(err)
	}
}

// TestFlatLoadMutations loads a small flat model with random bytes
// changed and its checksum made right, as FuzzLoad does but with a fixed
// seed: a load fails with ErrFormat or gives a model that parses to a
// tree and saves again.
func TestFlatLoadMutations(t *testing.T) {
	s := readTiny(t)
	m, err := train1(context.Background(), TrainConfig{Seed: 1, Epochs: 2, Bits: 8, Explore: -1, Classes: 2}, s, s)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	rng := rand.New(rand.NewPCG(1, 2))
	loaded := 0
	for range 3000 {
		d := bytes.Clone(good)
		for k := 1 + rng.IntN(3); k > 0; k-- {
			d[flatHeader/4+rng.IntN(len(d)-flatHeader/4)] = byte(rng.IntN(256))
		}
		m, err := loadBytes(withChecksum(d), true)
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("error %v does not wrap ErrFormat", err)
			}
			continue
		}
		loaded++
		toks := Tokens(s[2])
		m.Parse(toks)
		if why := checkTree(toks); why != "" {
			t.Fatal(why)
		}
		var out bytes.Buffer
		if err := m.Save(&out); err != nil {
			t.Fatal(err)
		}
	}
	if loaded == 0 {
		t.Error("no changed model loaded") // the weights can take any value
	}
}
