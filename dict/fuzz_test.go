package dict

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/casus-project/casus/internal/inplace"
)

func seed(f *testing.F, paths ...string) {
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
}

// FuzzActorReader: no panic; every error is a *ParseError with a line in
// range; the reader always reaches io.EOF; entries have names.
func FuzzActorReader(f *testing.F) {
	seed(f, "testdata/petr/test.actors.txt", "testdata/tabari/test.actors")
	f.Add("A [X >9901011]\n+\n\t[Y 0101-]\n<NOUN>\n")
	f.Fuzz(func(t *testing.T, in string) {
		lines := strings.Count(in, "\n") + 1
		ar := NewActorReader(strings.NewReader(in))
		ar.Stems = true
		var es []*Entry
		for i := 0; ; i++ {
			if i > 2*lines+2 { // a line can yield an entry and an error
				t.Fatal("reader did not reach EOF")
			}
			e, err := ar.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				var pe *ParseError
				if !errors.As(err, &pe) || pe.Line < 1 || pe.Line > lines {
					t.Fatalf("error %v is not a ParseError in range", err)
				}
				continue
			}
			if e.Name == "" {
				t.Fatal("entry without a name")
			}
			for _, r := range e.Roles {
				if r.Start != 0 && r.End != 0 && r.End < r.Start {
					t.Fatalf("role ends before it starts: %v", r)
				}
			}
			for _, st := range e.Stems {
				if st != e.Name && !slices.Contains(e.Synonyms, st) {
					t.Fatalf("stem %q is none of the entry's phrases %+v", st, e)
				}
			}
			es = append(es, e)
		}
		// Stem lookups of the input's own words stay within them.
		d, err := Compile(Sources{Actors: es, ActorStems: true})
		if err != nil {
			t.Fatal(err)
		}
		ws := strings.Fields(in)
		for i := range ws {
			if _, _, n, ok := d.Actor(ws[i:], time.Time{}); ok && (n < 1 || n > len(ws)-i) {
				t.Fatalf("Actor matched %d of %d words", n, len(ws)-i)
			}
		}
	})
}

// FuzzReadVerbs: no panic; patterns keep their codes' shape; a compiled
// round trip keeps the pattern count.
func FuzzReadVerbs(f *testing.F) {
	seed(f, "testdata/petr/test.verbs.txt", "testdata/tabari/test.verbs")
	f.Add("--- A [010] ---\nA\n- * {X | &Y} (TO {Z W}) [010:011]\n&Y\n+&Y\n")
	f.Fuzz(func(t *testing.T, in string) {
		vd, err := readVerbs(strings.NewReader(in), "fuzz", true)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a ParseError", err)
			}
		}
		d, _ := Compile(Sources{Verbs: vd})
		var buf bytes.Buffer
		if _, err := d.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		d2, err := Read(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if d.Stats() != d2.Stats() {
			t.Fatalf("round trip: %+v vs %+v", d.Stats(), d2.Stats())
		}
	})
}

// FuzzReadAgentsDiscardsIssues: no panic, only ParseErrors, and lookups
// on what was read find it.
func FuzzReadAgentsDiscardsIssues(f *testing.F) {
	seed(f, "testdata/petr/test.agents.txt", "testdata/petr/test.discards.txt", "testdata/petr/test.issues.txt")
	f.Fuzz(func(t *testing.T, in string) {
		as, _ := readAgents(strings.NewReader(in), "", true)
		ds, _ := readDiscards(strings.NewReader(in), "", true)
		is, err := readIssues(strings.NewReader(in), "", true)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a ParseError", err)
			}
		}
		d, _ := Compile(Sources{Agents: as, Discards: ds, Issues: is})
		for _, a := range as {
			if _, n, ok := d.Agent(strings.Fields(a.Phrase)); !ok || n != len(strings.Fields(a.Phrase)) {
				t.Fatalf("agent %q not found", a.Phrase)
			}
		}
		for _, x := range ds {
			if _, _, ok := d.Discard(x.Words); !ok {
				t.Fatalf("discard %q not found", x.Words)
			}
		}
	})
}

// fixSum sets the checksum of compiled file b to that of its content.
func fixSum(b []byte) []byte {
	if len(b) >= len(magic)+4 {
		binary.LittleEndian.PutUint32(b[len(magic):], inplace.Checksum(b[len(magic)+4:]))
	}
	return b
}

// bodyStart returns where the body of compiled file b starts, after its
// strings, whose count must be one byte long.
func bodyStart(b []byte) int {
	i := len(magic) + 4
	ns := int(b[i])
	i = (i + 1 + 3) &^ 3 // padded to the array of ends
	total := 0
	if ns > 0 {
		total = int(binary.LittleEndian.Uint32(b[i+4*(ns-1):]))
	}
	return (i + 4*ns + total + 3) &^ 3
}

// FuzzRead: arbitrary bytes never panic Read, and what Read accepts is
// written and read back the same.
func FuzzRead(f *testing.F) {
	d, err := LoadDir("testdata/petr")
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	d.WriteTo(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, b []byte) {
		check := func(b []byte) {
			d, err := Read(bytes.NewReader(b))
			if err != nil {
				return
			}
			d.Actor([]string{"Edi", "Rama"}, time.Time{})
			d.Agent([]string{"police"})
			d.Issue([]string{"nuclear", "weapons"})
			var out bytes.Buffer
			if _, err := d.WriteTo(&out); err != nil {
				t.Fatal(err)
			}
			d2, err := Read(bytes.NewReader(out.Bytes()))
			if err != nil {
				t.Fatalf("written back: %v", err)
			}
			var again bytes.Buffer
			if _, err := d2.WriteTo(&again); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(out.Bytes(), again.Bytes()) || !reflect.DeepEqual(d.Entries(), d2.Entries()) {
				t.Error("written back: read differently")
			}
		}
		check(b)
		// The checksum refuses nearly every change: with the right one,
		// the other checks are tried.
		if bytes.HasPrefix(b, []byte(magic)) {
			check(fixSum(bytes.Clone(b)))
		}
	})
}

// TestReadBad checks that damaged compiled files are refused with
// ErrFormat.
func TestReadBad(t *testing.T) {
	d, err := LoadDir("testdata/petr")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := d.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	if _, err := Read(bytes.NewReader(good)); err != nil {
		t.Fatal(err)
	}
	edit := func(f func(b []byte) []byte) []byte { return f(bytes.Clone(good)) }
	st, at := d.Stats(), bodyStart(good)
	if got := good[at : at+3]; int(got[0]) != st.Entries || int(got[1]) != st.Synonyms || int(got[2]) != st.Roles {
		t.Fatalf("body opens with % x, want the counts of %+v", got, st)
	}
	tests := map[string][]byte{
		"empty":       nil,
		"version 1":   []byte("casus-dicts 1\n\x1f\x8b"),
		"no checksum": []byte(magic + "\x00"),
		"checksum":    edit(func(b []byte) []byte { b[len(b)-1]++; return b }),
		"cut":         fixSum(bytes.Clone(good[:len(good)-1])),
		"longer":      fixSum(append(bytes.Clone(good), 0)),
		"strings":     edit(func(b []byte) []byte { b[len(magic)+4] = 0x7f; return fixSum(b) }),
		"no body":     fixSum([]byte(magic + "\x00\x00\x00\x00\x00")),
		// One string (the count, a byte of padding, its end), its end
		// beyond the end; then two, the second ending before the first.
		"string end":     fixSum([]byte(magic + "\x00\x00\x00\x00\x01\x00\x05\x00\x00\x00")),
		"strings order":  fixSum([]byte(magic + "\x00\x00\x00\x00\x02\x00\x02\x00\x00\x00\x01\x00\x00\x00ab")),
		"string padding": fixSum([]byte(magic + "\x00\x00\x00\x00\x01\x01\x01\x00\x00\x00a")),
		// The counts of the entries' synonyms and roles the file gives.
		"synonyms": edit(func(b []byte) []byte { b[bodyStart(b)+1]++; return fixSum(b) }),
		"roles":    edit(func(b []byte) []byte { b[bodyStart(b)+2]++; return fixSum(b) }),
	}
	for name, in := range tests {
		if _, err := Read(bytes.NewReader(in)); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: Read = %v, want ErrFormat", name, err)
		}
	}
}

// TestReadTrie checks the lookup table a compiled trie brings: read as
// written when sound, refused when a node or a probe could run out of
// range or never end.
func TestReadTrie(t *testing.T) {
	// Two nodes: the root and "A" under it, value 0; then the slots.
	type layout struct {
		parent, word, val [2]int32
		count             byte // the slot count
		slots             []int32
		pad               byte // the padding's bytes
	}
	file := func(l layout) []byte {
		b := []byte{0, 2, l.pad, l.pad} // shadowed, nodes, padding
		for _, a := range [][2]int32{l.parent, l.word, l.val} {
			for _, v := range a {
				b = binary.LittleEndian.AppendUint32(b, uint32(v))
			}
		}
		b = append(b, l.count, l.pad, l.pad, l.pad)
		for _, v := range l.slots {
			b = binary.LittleEndian.AppendUint32(b, uint32(v))
		}
		return b
	}
	sound := layout{parent: [2]int32{0, 0}, word: [2]int32{0, 0}, val: [2]int32{-1, 0}, count: 4, slots: make([]int32, 4)}
	sound.slots[slotOf(0, "A", 3)] = 1
	with := func(edit func(*layout)) layout {
		l := sound
		l.slots = slices.Clone(sound.slots)
		edit(&l)
		return l
	}
	tests := []struct {
		name string
		l    layout
		ok   bool
	}{
		{"sound", sound, true},
		{"no empty slot", with(func(l *layout) { l.slots = []int32{1, 1, 1, 1} }), false},
		{"node out of range", with(func(l *layout) { l.slots = []int32{0, 2, 0, 0} }), false},
		{"negative node", with(func(l *layout) { l.slots = []int32{0, -1, 0, 0} }), false},
		{"not a power of two", with(func(l *layout) { l.count, l.slots = 3, []int32{0, 1, 0} }), false},
		{"no slots", with(func(l *layout) { l.count, l.slots = 0, nil }), false},
		{"cut", with(func(l *layout) { l.slots = l.slots[:2] }), false},
		{"parent not before", with(func(l *layout) { l.parent[1] = 1 }), false},
		{"root with a parent", with(func(l *layout) { l.parent[0] = 1 }), false},
		{"word out of range", with(func(l *layout) { l.word[1] = 1 }), false},
		{"value out of range", with(func(l *layout) { l.val[1] = 1 }), false},
		{"value below none", with(func(l *layout) { l.val[1] = -2 }), false},
		{"bad padding", with(func(l *layout) { l.pad = 1 }), false},
	}
	for _, tt := range tests {
		b := file(tt.l)
		r := &decoder{Varints: inplace.Varints{B: b}, strs: inplace.Strings{Text: "A", Ends: []uint32{1}}, size: len(b)}
		tr, _ := r.trie(1, true)
		if (r.Err == nil) != tt.ok {
			t.Errorf("%s: error %v, want ok %v", tt.name, r.Err, tt.ok)
		}
		if tt.ok {
			if n, ok := tr.next(0, "A"); n != 1 || !ok {
				t.Errorf("%s: next(A) = %d, %v", tt.name, n, ok)
			}
		}
	}
}
