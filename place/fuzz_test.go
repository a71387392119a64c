package place

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Tiranë", "Zvečan", "Москва", "Straße", "U.S.", "\xff", "ǅ", "K"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, _ := fold(nil, s)
		if !utf8.Valid(out) {
			t.Fatalf("fold(%q) = %q: invalid UTF-8", s, out)
		}
		for _, b := range out {
			if b < utf8.RuneSelf && !('a' <= b && b <= 'z' || '0' <= b && b <= '9') {
				t.Fatalf("fold(%q) = %q: kept %q", s, out, b)
			}
		}
		if again, _ := fold(nil, string(out)); string(again) != string(out) {
			t.Fatalf("fold is not idempotent: %q → %q → %q", s, out, again)
		}
	})
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"TIRANA, Sept 7 (Reuters) -", "the U.S.'s", "Côte d'Ivoire.", "a\xffb", "St. John's"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		end := 0
		for _, tk := range split(s) {
			if tk.Start < end || tk.End <= tk.Start || tk.End > len(s) || s[tk.Start:tk.End] != tk.Form {
				t.Fatalf("split(%q): bad token %q at %v after %d", s, tk.Form, tk.Span, end)
			}
			if strings.TrimSpace(tk.Form) == "" {
				t.Fatalf("split(%q): blank token %q", s, tk.Form)
			}
			end = tk.End
		}
	})
}

func validPlace(t *testing.T, p Place) {
	t.Helper()
	if p.Name == "" || p.Country == "" || p.Type < TypeCountry || p.Type > TypeWorldState ||
		p.Lat < -90 || p.Lat > 90 || p.Lon < -180 || p.Lon > 180 {
		t.Fatalf("invalid place %+v", p)
	}
}

func FuzzLookup(f *testing.F) {
	g := defaultGazetteer(f)
	for _, s := range []string{"Addis Ababa on", "Paris , Texas", "Ivano - Frankivsk", "the United States", "Tir\xffana", "- -", ", ,"} {
		f.Add(s, "US")
	}
	f.Fuzz(func(t *testing.T, s, hint string) {
		words := strings.Fields(s)
		p, n, ok := g.Lookup(words, hint)
		if !ok {
			if n != 0 {
				t.Fatalf("Lookup(%q) failed with n=%d", s, n)
			}
			return
		}
		if n < 1 || n > len(words) {
			t.Fatalf("Lookup(%q) n=%d of %d words", s, n, len(words))
		}
		validPlace(t, p)
		// The name alone finds the same place.
		q, m, ok := g.Lookup(words[:n], hint)
		if !ok || m != n || q != p {
			t.Fatalf("Lookup(%q) = %s/%d but on its %d words %s/%d %v", s, p.Name, n, n, q.Name, m, ok)
		}
		if c, cn, ok := g.CountryByName(words); ok && (cn < 1 || cn > len(words) || c.ISO3 == "") {
			t.Fatalf("CountryByName(%q) = %+v, %d", s, c, cn)
		}
	})
}

func FuzzDateline(f *testing.F) {
	g := defaultGazetteer(f)
	for _, s := range []string{"TIRANA, Sept 7 (Reuters) - Albania", "Kyiv, Ukraine (AP) —", "BEIRUT/CAIRO, Jan 2 -", "NEW DELHI:", "(", "A, B, C -", "\n\n\nX -"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, ok := g.Dateline(s)
		if ok {
			validPlace(t, p)
		}
	})
}

func FuzzLocate(f *testing.F) {
	g := defaultGazetteer(f)
	for _, s := range []string{"Protesters gathered outside the parliament in Tirana on Wednesday.", "clashes near Zvecan in north Kosovo", "in Albania's capital Tirana", "on the outskirts of", "in the capital, ,"} {
		f.Add(s, false)
	}
	tirana, _, _ := g.Lookup([]string{"Tirana"}, "")
	f.Fuzz(func(t *testing.T, s string, withDateline bool) {
		var dl *Place
		if withDateline {
			dl = &tirana
		}
		p, span, ok := g.Locate(s, nil, dl)
		if !ok {
			return
		}
		validPlace(t, p)
		if span.Start < 0 || span.End < span.Start || span.End > len(s) {
			t.Fatalf("Locate(%q): span %v out of range", s, span)
		}
		if span.End == span.Start && p != tirana {
			t.Fatalf("Locate(%q) = %s with an empty span, not the dateline", s, p.Name)
		}
	})
}

func FuzzParseCity(f *testing.F) {
	f.Add("101\tTirana\tTirana\tTiranë\t41.33\t19.82\tP\tPPLC\tAL\t\t50\t\t\t\t420000\t\t100\tEurope/Tirane\t2024-01-01")
	f.Add("1\tx\tx\t\tNaN\t0\tP\tPPL\tAL\t\t\t\t\t\t\t\t\t\t")
	f.Add("1\tx\tx\t\t1e400\t0\tP\tPPL\tAL\t\t\t\t\t\t\t\t\t\t")
	f.Fuzz(func(t *testing.T, line string) {
		c, err := parseCity(strings.Split(line, "\t"))
		if err != nil {
			return
		}
		if c.id <= 0 || c.name == "" || len(c.cc) != 2 || c.population < 0 || !(c.lat >= -90 && c.lat <= 90) || !(c.lon >= -180 && c.lon <= 180) {
			t.Fatalf("parseCity(%q) accepted %+v", line, c)
		}
	})
}

// FuzzRead checks that Read refuses bad files without panicking, and
// that a gazetteer it accepts finds places and is written and read back
// the same.
func FuzzRead(f *testing.F) {
	var buf bytes.Buffer
	small := newGazetteer(file{
		Places:    []rec{{Name: "Albania", Kind: kindCountry, Adm: -1}, {Name: "Tirana", Kind: kindCity, Adm: -1}},
		Countries: []crec{{Name: "Albania", ISO2: "AL", ISO3: "ALB"}},
		Keys:      "albaniatirana", KeyEnd: []uint32{7, 13}, CandEnd: []uint32{1, 2}, Cands: []uint32{0<<candShift | nameOwn, 1<<candShift | nameOwn}})
	small.WriteTo(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte("\x1f\x8b"))
	f.Add([]byte(magic + "\x03\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		check := func(b []byte) {
			h, err := Read(bytes.NewReader(b))
			if err != nil {
				return
			}
			for _, w := range [][]string{{"Tirana"}, {"Albania"}, {"a"}, {"Paris", ",", "Texas"}} {
				if p, _, ok := h.Lookup(w, "AL"); ok {
					_ = p.FullName("")
				}
				h.CountryByName(w)
			}
			h.Locate("Crowds gathered in Albania's capital Tirana.", nil, nil)
			h.Countries()
			var out bytes.Buffer
			if _, err := h.WriteTo(&out); err != nil {
				t.Fatal(err)
			}
			h2, err := Read(&out)
			if err != nil {
				t.Fatalf("written back: %v", err)
			}
			if !reflect.DeepEqual(h2.f, h.f) || !reflect.DeepEqual(h2.records(), h.records()) {
				t.Error("written back: read differently")
			}
		}
		check(b)
		// The checksum refuses nearly every change: with the right one,
		// the other checks are tried.
		if len(b) >= headerSize {
			check(fixSum(bytes.Clone(b)))
		}
	})
}
