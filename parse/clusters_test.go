package parse

import (
	"bytes"
	"testing"

	"github.com/casus-project/casus/model"
)

func TestNormForm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Iran", "iran"},
		{"1980-88", "0000-00"},
		{"U.S.", "u.s."},
		{"Élysée", "Élysée"}, // only ASCII letters fold, as in wordHash
		{"", ""},
	}
	for _, tt := range tests {
		if got := normForm(tt.in); got != tt.want {
			t.Errorf("normForm(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if wordHash(normForm(tt.in)) != wordHash(tt.in) {
			t.Errorf("%q: wordHash of the normal form differs", tt.in)
		}
	}
}

func TestLexicon(t *testing.T) {
	x := newLexicon([]string{"iran", "albania", "said"}, []uint16{0, 0, 1}, []string{"0010", "1"})
	iran, albania, said := x.lookup(wordHash("Iran")), x.lookup(wordHash("ALBANIA")), x.lookup(wordHash("said"))
	unknown := x.lookup(wordHash("Azurix"))
	if *iran != *albania {
		t.Error("words of one class hash apart")
	}
	for i := range 3 {
		if iran[i] == said[i] || iran[i] == unknown[i] || said[i] == unknown[i] {
			t.Errorf("hash %d: classes collide: %x %x %x", i, iran[i], said[i], unknown[i])
		}
	}
	// A short path's prefixes are the path itself, but each length hashes
	// apart, as the features read them in different templates anyway.
	if said[0] == said[1] || said[1] == said[2] {
		t.Errorf("prefix hashes of a short path coincide: %x", said)
	}
}

// TestClassesLoadedAndSaved checks that a parse state carries the class
// hashes of the lexicon it is given, and that a model's word classes are
// saved and only then loaded.
func TestClassesLoadedAndSaved(t *testing.T) {
	m := trainTiny(t)
	var s state
	toks := []model.Token{{Form: "Iran", XPOS: "NNP"}, {Form: "Zzyzx", XPOS: "NNP"}}
	s.load(toks, m.lex)
	if want := m.lex.lookup(wordHash("iran")); s.cf[0] != want[2] || s.c4[0] != want[0] {
		t.Errorf("state class hashes %x %x, want %x", s.c4[0], s.cf[0], want)
	}
	if s.cf[1] != hUnknown || s.cf[2] != hRoot {
		t.Errorf("unknown word or root hashed %x, %x", s.cf[1], s.cf[2])
	}
	s.load(toks, nil)
	if s.cf[0] != hNone {
		t.Error("class hash without a lexicon")
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m.lex = nil
	var buf2 bytes.Buffer
	if err := m.Save(&buf2); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(&buf2)
	if err != nil {
		t.Fatal(err)
	}
	if m2.lex != nil {
		t.Error("a model saved without word classes loads with some")
	}
	if bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		t.Error("word classes not saved")
	}
}
