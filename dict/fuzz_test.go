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
	tests := map[string][]byte{
		"empty":       nil,
		"version 1":   []byte("casus-dicts 1\n\x1f\x8b"),
		"no checksum": []byte(magic + "\x00"),
		"checksum":    edit(func(b []byte) []byte { b[len(b)-1]++; return b }),
		"cut":         fixSum(bytes.Clone(good[:len(good)-1])),
		"longer":      fixSum(append(bytes.Clone(good), 0)),
		"strings":     edit(func(b []byte) []byte { b[len(magic)+4] = 0x7f; return fixSum(b) }),
		"no body":     fixSum([]byte(magic + "\x00\x00\x00\x00\x00")),
		// One string, its length (one byte, then two) beyond the end.
		"string length":   fixSum([]byte(magic + "\x00\x00\x00\x00\x01\x05")),
		"string length 2": fixSum([]byte(magic + "\x00\x00\x00\x00\x01\x80\x01")),
	}
	for name, in := range tests {
		if _, err := Read(bytes.NewReader(in)); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: Read = %v, want ErrFormat", name, err)
		}
	}
}

// TestReadTrie checks the lookup table a compiled trie brings: read as
// written when sound, refused when a probe could run out of range or
// never end.
func TestReadTrie(t *testing.T) {
	// Two nodes: the root and "A" under it, value 0; then the slots.
	head := []byte{0, 2, 0, 0, 1, 0}
	sound := []byte{4, 0, 0, 0, 0}
	sound[1+slotOf(0, "A", 3)] = 1
	tests := []struct {
		name  string
		slots []byte // count, then nodes
		ok    bool
	}{
		{"sound", sound, true},
		{"no empty slot", []byte{4, 1, 1, 1, 1}, false},
		{"node out of range", []byte{4, 0, 2, 0, 0}, false},
		{"not a power of two", []byte{3, 0, 1, 0}, false},
		{"no slots", []byte{0}, false},
		{"cut", []byte{4, 0, 1}, false},
	}
	for _, tt := range tests {
		r := &decoder{Varints: inplace.Varints{B: append(bytes.Clone(head), tt.slots...)}, strs: inplace.Strings{Text: "A", Ends: []uint32{1}}}
		tr, _ := r.trie(1)
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
