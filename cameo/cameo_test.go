package cameo

import (
	"errors"
	"testing"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		code      string
		root      string
		goldstein float64
		quad      QuadClass
		plover    string
	}{
		{"161", "16", -4, MaterialConflict, "SANCTION"},
		{"112", "11", -2, VerbalConflict, "ACCUSE"},
		{"036", "03", 4, VerbalCooperation, "AGREE"},
		{" 042 ", "04", 1.9, VerbalCooperation, "CONSULT"},
		{"190", "19", -10, MaterialConflict, ""},
	}
	for _, tt := range tests {
		e, ok := Lookup(tt.code)
		if !ok {
			t.Errorf("Lookup(%q): not found", tt.code)
			continue
		}
		if e.Root != tt.root || e.Goldstein != tt.goldstein || e.QuadClass != tt.quad {
			t.Errorf("Lookup(%q) = %+v, want root %s goldstein %v quad %v", tt.code, e, tt.root, tt.goldstein, tt.quad)
		}
		if tt.plover != "" && e.Plover.Event != tt.plover {
			t.Errorf("Lookup(%q).Plover.Event = %q, want %q", tt.code, e.Plover.Event, tt.plover)
		}
	}
	for _, bad := range []string{"", "999", "21", "x1"} {
		if _, ok := Lookup(bad); ok {
			t.Errorf("Lookup(%q) found something", bad)
		}
	}
}

func TestCodes(t *testing.T) {
	codes := Codes()
	if len(codes) < 300 {
		t.Fatalf("%d codes, want the whole codebook", len(codes))
	}
	if codes[0] != "01" {
		t.Errorf("first code %q, want 01", codes[0])
	}
	for _, c := range codes {
		if _, err := ParseCode(c); err != nil {
			t.Errorf("codebook holds a malformed code: %v", err)
		}
	}
}

func TestParseCode(t *testing.T) {
	for _, ok := range []string{"01", "20", "161", "0311", " 1721\n"} {
		if _, err := ParseCode(ok); err != nil {
			t.Errorf("ParseCode(%q): %v", ok, err)
		}
	}
	for _, bad := range []string{"", "1", "00", "21", "99", "12345", "1a", "-12", "１２"} {
		if _, err := ParseCode(bad); !errors.Is(err, ErrBadCode) {
			t.Errorf("ParseCode(%q) = %v, want ErrBadCode", bad, err)
		}
	}
}

func FuzzParseCode(f *testing.F) {
	for _, s := range []string{"161", "0311", "20", "", "abc", "9999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCode(s)
		if err != nil {
			return
		}
		// A parsed code parses to itself.
		if c2, err := ParseCode(c); err != nil || c2 != c {
			t.Fatalf("ParseCode(%q) = %q, then %q, %v", s, c, c2, err)
		}
	})
}
