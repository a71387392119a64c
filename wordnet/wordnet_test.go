package wordnet

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The fixture lines follow the data file format; the words and glosses
// are invented.
const dataFixture = `  1 This header stands for the licence text.
  2 Lines that begin with spaces are skipped.
00001740 03 n 01 entity 0 002 ~ 00001930 n 0000 ~ 00002137 n 0000 | that which exists
09001001 15 n 02 Port_Vell 0 Vell_Harbour 0 002 @i 08524735 n 0000 #p 09001002 n 0000 | a harbour town; "ships came to Port Vell"
09001002 15 n 01 Ardena 0 000 | an invented country
00100100 00 s 01 galore(ip) 0 001 & 00100000 a 0000 | in abundance
`

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSynsets(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "data.noun", dataFixture)
	var got []Synset
	if err := Synsets(p, func(s *Synset) { got = append(got, *s) }); err != nil {
		t.Fatal(err)
	}
	want := []Synset{
		{Offset: "00001740", Words: []string{"entity"}, Pointers: []Pointer{{"~", "00001930"}, {"~", "00002137"}}, Gloss: "that which exists"},
		{Offset: "09001001", Words: []string{"Port_Vell", "Vell_Harbour"}, Pointers: []Pointer{{"@i", "08524735"}, {"#p", "09001002"}}, Gloss: `a harbour town; "ships came to Port Vell"`},
		{Offset: "09001002", Words: []string{"Ardena"}, Gloss: "an invented country"},
		{Offset: "00100100", Words: []string{"galore(ip)"}, Pointers: []Pointer{{"&", "00100000"}}, Gloss: "in abundance"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%+v\nwant\n%+v", got, want)
	}
}

func TestSynsetsErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ name, line string }{
		{"few fields", "00001740 03 n"},
		{"bad word count", "00001740 03 n zz entity 0 000 | x"},
		{"words missing", "00001740 03 n 03 entity 0 000 | x"},
		{"bad pointer count", "00001740 03 n 01 entity 0 two | x"},
		{"pointers missing", "00001740 03 n 01 entity 0 002 ~ 00001930 n 0000 | x"},
	}
	for _, tc := range tests {
		p := writeFile(t, dir, "data.x", "00000001 03 n 01 fine 0 000 | ok\n"+tc.line+"\n")
		n := 0
		err := Synsets(p, func(*Synset) { n++ })
		if !errors.Is(err, ErrSyntax) || !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), "synset 2") {
			t.Errorf("%s: err = %v, want ErrSyntax naming %s, synset 2", tc.name, err, p)
		}
		if n != 1 {
			t.Errorf("%s: %d synsets before the error, want 1", tc.name, n)
		}
	}
	if err := Synsets(filepath.Join(dir, "none"), func(*Synset) {}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: err = %v", err)
	}
}

func TestLinesAndHave(t *testing.T) {
	dir := t.TempDir()
	if Have(dir) {
		t.Error("Have(empty dir) = true")
	}
	writeFile(t, dir, "data.noun", dataFixture)
	if Have(dir) {
		t.Error("Have without index.noun = true")
	}
	p := writeFile(t, dir, "index.noun", "  1 licence\nport_vell n 1 1 @ 1 0 09001001\n\nardena n 1 0 1 0 09001002\n")
	if !Have(dir) {
		t.Error("Have = false")
	}
	var got [][]string
	if err := Lines(p, func(f []string) { got = append(got, f) }); err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"port_vell", "n", "1", "1", "@", "1", "0", "09001001"},
		{"ardena", "n", "1", "0", "1", "0", "09001002"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestInstalled reads the installed database, when there is one: every
// line of the four data files is a synset.
func TestInstalled(t *testing.T) {
	if !Have(DefaultDir) {
		t.Skip("no WordNet in " + DefaultDir)
	}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		n := 0
		if err := Synsets(filepath.Join(DefaultDir, "data."+pos), func(*Synset) { n++ }); err != nil {
			t.Fatal(err)
		}
		if n < 3000 {
			t.Errorf("data.%s: %d synsets", pos, n)
		}
	}
}

func FuzzSynset(f *testing.F) {
	f.Add(" 00 0 0 00") // a header-like line: Synsets skips it, parseSynset must not trip
	for _, line := range strings.Split(dataFixture, "\n") {
		f.Add(line)
	}
	f.Fuzz(func(t *testing.T, line string) {
		s, err := parseSynset(line)
		if err != nil {
			if !errors.Is(err, ErrSyntax) {
				t.Fatalf("error %v does not wrap ErrSyntax", err)
			}
			return
		}
		if f := strings.Fields(line); len(f) == 0 || f[0] != s.Offset {
			t.Fatalf("synset %+v: offset is not the line's first field in %q", s, line)
		}
	})
}
