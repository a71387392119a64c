package dict

import (
	"bytes"
	"errors"
	"io"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
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

// FuzzRead: arbitrary bytes after the header never panic Read.
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
		Read(bytes.NewReader(b))
	})
}
