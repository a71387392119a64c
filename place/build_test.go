package place

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/casus-project/casus/internal/inplace"
)

// fixture copies testdata into a temporary folder, lets edit change a
// file, builds, and reads the result.
func fixture(t *testing.T, edit func(root string)) (*Gazetteer, error) {
	t.Helper()
	root := t.TempDir()
	err := os.CopyFS(root, os.DirFS("testdata"))
	if err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		edit(root)
	}
	dir := filepath.Join(root, "dir")
	if err := Build(context.Background(), BuildConfig{Data: filepath.Join(root, "data"), Dir: dir}); err != nil {
		return nil, err
	}
	f, err := os.Open(filepath.Join(dir, "places.bin"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	log, err := os.ReadFile(filepath.Join(dir, "BUILD.txt"))
	if err != nil || !bytes.Contains(log, []byte("GeoNames")) {
		t.Errorf("BUILD.txt: %v, %q", err, log)
	}
	return Read(f)
}

func TestBuild(t *testing.T) {
	g, err := fixture(t, nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words, hint string
		name, iso3  string
		typ, n      int
		pop         int64
	}{
		{"Tirana", "", "Tirana", "ALB", TypeWorldCity, 1, 420000},
		{"Tiranë", "", "Tirana", "ALB", TypeWorldCity, 1, 420000},
		{"Durazzo", "", "Durrës", "ALB", TypeWorldCity, 1, 115000},
		// The division "Durrës County" also answers to "Durres", but
		// its seat of that name wins.
		{"Durres", "", "Durrës", "ALB", TypeWorldCity, 1, 115000},
		{"Zvecan", "", "Zvečan", "XKX", TypeWorldCity, 1, 17000},
		{"Paris", "", "Paris", "FRA", TypeWorldCity, 1, 2100000},
		{"Paris", "US", "Paris", "USA", TypeUSCity, 1, 25000},
		{"Paris , Texas", "", "Paris", "USA", TypeUSCity, 3, 25000},
		{"Texas", "", "Texas", "USA", TypeUSState, 1, 1300000 + 25000}, // Oak Cliff (PPLX) not counted
		{"Illinois", "", "Illinois", "USA", TypeUSState, 1, 115000},
		{"Gaza City", "", "Gaza", "PSE", TypeWorldCity, 2, 400000},
		{"Gaza Strip", "", "Gaza Strip", "PSE", TypeCountry, 2, 0},
		{"America", "", "United States", "USA", TypeCountry, 1, 330000000},
		{"Occupied Palestinian Territory", "", "Palestinian Territory", "PSE", TypeCountry, 3, 4500000},
	}
	for _, tt := range tests {
		p, n, ok := g.Lookup(strings.Fields(tt.words), tt.hint)
		if !ok || p.Name != tt.name || p.Country != tt.iso3 || p.Type != tt.typ || n != tt.n || p.Population != tt.pop {
			t.Errorf("Lookup(%q, %q) = %s %s type %d n=%d pop %d %v; want %s %s type %d n=%d pop %d", tt.words, tt.hint, p.Name, p.Country, p.Type, n, p.Population, ok, tt.name, tt.iso3, tt.typ, tt.n, tt.pop)
		}
	}
	for _, w := range []string{"TIA", "Alaska", "Europe", "Тирана"} {
		if p, _, ok := g.Lookup(strings.Fields(w), ""); ok {
			t.Errorf("Lookup(%q) = %s; want nothing (code, division without places, region, other script)", w, p.Name)
		}
	}
	if _, n, _ := g.Lookup([]string{"Tiranë", "2"}, ""); n != 1 {
		t.Errorf("the alternate name with a digit was kept: n=%d", n)
	}
	codes := []struct{ code, iso2, cameo, fips string }{
		{"ROM", "RO", "ROM", "RO"},   // matched by name
		{"KSV", "XK", "KSV", "KV"},   // from the supplement
		{"GZS", "PS", "GZS", "GZ"},   // a region
		{"WE", "PS", "PSE", "WE"},    // FIPS
		{"PSE", "PS", "PSE", "WE"},   // the country, not its region
		{"usa", "US", "USA", "US"},   // case-blind
		{"ALB", "AL", "ALB", "AL"},   // ISO3 = CAMEO
		{"FR", "FR", "FRA", "FR"},    // ISO2
		{"US", "US", "USA", "US"},    // ISO2 before FIPS
		{"AL", "AL", "ALB", "AL"},    // ISO2
		{"XK", "XK", "KSV", "KV"},    // user-assigned ISO code
		{"KV", "XK", "KSV", "KV"},    // FIPS
		{"XKX", "XK", "KSV", "KV"},   // ISO3
		{"RO", "RO", "ROM", "RO"},    // ISO2
		{"ROU", "RO", "ROM", "RO"},   // ISO3
		{" al ", "AL", "ALB", "AL"},  // spaces
		{"GZ", "PS", "GZS", "GZ"},    // FIPS of the region
		{"PS", "PS", "PSE", "WE"},    // ISO2 of the country
		{"FRA", "FR", "FRA", "FR"},   // ISO3
		{"TX", "", "", ""},           // not a country
		{"EUR", "", "", ""},          // a CAMEO region, not a country
		{"", "", "", ""},             // empty
		{"ALBA", "", "", ""},         // too long
		{"A\xff", "", "", ""},        // invalid
		{"WSB", "", "", ""},          // a region the supplement does not define
		{"AQ", "", "", ""},           // not in this fixture
		{"0", "", "", ""},            // CAMEO's unknown
		{"XKXX", "", "", ""},         // too long
		{"K", "", "", ""},            // too short
		{"ROMANIA", "", "", ""},      // a name, not a code
		{"U.S.", "", "", ""},         // a name, not a code
		{"AL\n", "AL", "ALB", "AL"},  // trailing newline
		{"\tRO", "RO", "ROM", "RO"},  // leading tab
		{"gzs", "PS", "GZS", "GZ"},   // lower case region
		{"kv", "XK", "KSV", "KV"},    // lower case FIPS
		{"rom", "RO", "ROM", "RO"},   // lower case CAMEO
		{"xkx", "XK", "KSV", "KV"},   // lower case ISO3
		{"Us", "US", "USA", "US"},    // mixed case
		{"fRa", "FR", "FRA", "FR"},   // mixed case
		{"pse", "PS", "PSE", "WE"},   // lower case
		{"ksv", "XK", "KSV", "KV"},   // lower case supplement code
		{"WE ", "PS", "PSE", "WE"},   // trailing space
		{"GZS\t", "PS", "GZS", "GZ"}, // trailing tab
	}
	for _, c := range codes {
		got, ok := g.Country(c.code)
		if ok != (c.iso2 != "") || got.ISO2 != c.iso2 || got.CAMEO != c.cameo || got.FIPS != c.fips {
			t.Errorf("Country(%q) = %s/%s/%s %v; want %s/%s/%s", c.code, got.ISO2, got.CAMEO, got.FIPS, ok, c.iso2, c.cameo, c.fips)
		}
	}
	al, _ := g.Country("AL")
	if al.Capital != "Tirana" || al.Population != 2800000 || al.Continent != "EU" || al.GeonameID != 9001 {
		t.Errorf("Albania = %+v", al)
	}
	// A country's centre is that of its places.
	if !near(al.Lat, 41.325) || !near(al.Lon, 19.635) {
		t.Errorf("Albania's centre = %.3f,%.3f", al.Lat, al.Lon)
	}
	tx, _, _ := g.Lookup([]string{"Texas"}, "")
	if tx.ADM1 != "USTX" || tx.Admin1Name != "Texas" || tx.GeonameID != 8004 || tx.FeatureCode != "ADM1" {
		t.Errorf("Texas = %+v", tx)
	}
	// Every populated place of the fixture and its division can be
	// found again by its own name.
	for _, name := range []string{"Tirana", "Durrës", "Zvečan", "Dallas", "Oak Cliff", "Gaza", "Springfield"} {
		p, _, ok := g.Lookup(strings.Fields(name), "")
		if !ok || p.Name != name || p.FeatureClass != "P" {
			t.Errorf("Lookup(%q) = %+v", name, p)
		}
	}
}

func TestBuildErrors(t *testing.T) {
	replace := func(file, old, new string) func(string) {
		return func(root string) {
			p := filepath.Join(root, file)
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(b, []byte(old)) {
				t.Fatalf("%s lacks %q", file, old)
			}
			if err := os.WriteFile(p, bytes.Replace(b, []byte(old), []byte(new), 1), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	cities := filepath.Join("data", "geonames", "cities15000.txt")
	tests := []struct {
		name string
		edit func(string)
		file string // the file the ParseError names; "" for another error
		line int
	}{
		{"latitude", replace(cities, "41.33", "91.5"), "cities15000.txt", 1},
		{"longitude", replace(cities, "20.84", "east"), "cities15000.txt", 3},
		{"columns", replace(cities, "\tPPLA2\tUS\t", "\tPPLA2US\t"), "cities15000.txt", 5},
		{"geonameid", replace(cities, "104\t", "x104\t"), "cities15000.txt", 4},
		{"population", replace(cities, "\t17000\t", "\t-5\t"), "cities15000.txt", 3},
		{"country code", replace(cities, "\tXK\t", "\tXKX\t"), "cities15000.txt", 3},
		{"country population", replace(filepath.Join("data", "geonames", "countryInfo.txt"), "2800000", "many"), "countryInfo.txt", 3},
		{"duplicate country", replace(filepath.Join("data", "geonames", "countryInfo.txt"), "XK\tXKX", "AL\tXKX"), "countryInfo.txt", 4},
		{"admin1", replace(filepath.Join("data", "geonames", "admin1Codes_regionInfo.tsv"), "US.TX\t", "USTX\t"), "admin1Codes_regionInfo.tsv", 5},
		{"cameo", replace(filepath.Join("data", "cameo", "CAMEO.country.txt"), "ALB\t", "AL\t"), "CAMEO.country.txt", 5},
		{"supplement verb", replace(filepath.Join("dir", "countries.txt"), "cameo\tXK", "kameo\tXK"), "countries.txt", 2},
		{"supplement country", replace(filepath.Join("dir", "countries.txt"), "alias\tUS", "alias\tZZ"), "countries.txt", 3},
		{"supplement coordinates", replace(filepath.Join("dir", "countries.txt"), "31.42", "131.42"), "countries.txt", 4},
		{"missing file", func(root string) { os.Remove(filepath.Join(root, cities)) }, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := fixture(t, tt.edit)
			if err == nil {
				t.Fatal("no error")
			}
			var pe *ParseError
			if tt.file == "" {
				if errors.As(err, &pe) {
					t.Errorf("got ParseError %v", err)
				}
				return
			}
			if !errors.As(err, &pe) || !errors.Is(err, ErrSyntax) {
				t.Fatalf("error %v is not a ParseError wrapping ErrSyntax", err)
			}
			if filepath.Base(pe.File) != tt.file || pe.Line != tt.line {
				t.Errorf("error at %s:%d; want %s:%d (%v)", filepath.Base(pe.File), pe.Line, tt.file, tt.line, err)
			}
		})
	}
}

func TestBuildCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	dir := t.TempDir()
	if err := Build(ctx, BuildConfig{Data: "testdata/data", Dir: dir}); !errors.Is(err, context.Canceled) {
		t.Errorf("Build on a cancelled context = %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "places.bin")); err == nil {
		t.Error("cancelled Build wrote places.bin")
	}
}

// fixSum sets the checksum of compiled gazetteer b to that of its
// content.
func fixSum(b []byte) []byte {
	binary.LittleEndian.PutUint32(b[40:], inplace.Checksum(b[headerSize:]))
	return b
}

func TestReadErrors(t *testing.T) {
	encode := func(f file) []byte {
		b, err := f.encode()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	good := func() file {
		return file{
			Places:    []rec{{Name: "Albania", Kind: kindCountry, Adm: -1}, {Name: "Tirana", Kind: kindCity, Adm: -1}},
			Countries: []crec{{Name: "Albania", ISO2: "AL", ISO3: "ALB"}},
			Keys:      "albaniatirana", KeyEnd: []uint32{7, 13}, CandEnd: []uint32{1, 2}, Cands: []uint32{0<<candShift | nameOwn, 1<<candShift | nameOwn}}
	}
	if g, err := Read(bytes.NewReader(encode(good()))); err != nil {
		t.Fatalf("Read(good) = %v", err)
	} else if p, _, ok := g.Lookup([]string{"Tirana"}, ""); !ok || p.Name != "Tirana" || p.Country != "ALB" {
		t.Errorf("Lookup on a hand-made file = %+v", p)
	}
	// The tables of ends: after the two candidates and the two places.
	ends := headerSize + 4*2 + placeSize*2
	edit := func(f func(b []byte) []byte) []byte { return f(encode(good())) }
	if b := encode(good()); inplace.Uint32s(b[ends:ends+20]) == nil ||
		!slices.Equal(inplace.Uint32s(b[ends:ends+20]), []uint32{7, 13, 1, 2, 7}) {
		t.Fatalf("tables of ends % x, want key ends 7 13, candidate ends 1 2, string ends 7 ...", b[ends:ends+20])
	}
	bad := map[string][]byte{
		"empty":        nil,
		"old format":   []byte("\x1f\x8b\x08\x00"),
		"magic":        []byte("casus-places"),
		"header cut":   encode(good())[:40],
		"truncated":    fixSum(encode(good())[:len(encode(good()))-1]),
		"longer":       fixSum(append(encode(good()), 0)),
		"version":      edit(func(b []byte) []byte { b[8] = 3; return b }),
		"count":        edit(func(b []byte) []byte { b[12] = 200; return fixSum(b) }),
		"varint count": edit(func(b []byte) []byte { b[44]--; return fixSum(b) }),
		"checksum":     edit(func(b []byte) []byte { b[len(b)-1] = 'b'; return b }),
		"key end":      edit(func(b []byte) []byte { b[ends] = 14; return fixSum(b) }),
		"cand end":     edit(func(b []byte) []byte { b[ends+12] = 3; return fixSum(b) }),
		"string end":   edit(func(b []byte) []byte { b[ends+16] = 30; return fixSum(b) }),
		"cand place":   edit(func(b []byte) []byte { b[headerSize+1] = 9; return fixSum(b) }),
		"no strings":   edit(func(b []byte) []byte { b[32] = 0; return fixSum(b) }),
		"country":      encode(func() file { f := good(); f.Places[1].Country = 5; return f }()),
		"division":     encode(func() file { f := good(); f.Places[1].Adm = 0; return f }()),
		"kind":         encode(func() file { f := good(); f.Places[1].Kind = 9; return f }()),
		"country rec":  encode(func() file { f := good(); f.Countries[0].Place = 2; return f }()),
		"unsorted":     encode(func() file { f := good(); f.Keys = "tiranaalbania"; f.KeyEnd = []uint32{6, 13}; return f }()),
		"cand":         encode(func() file { f := good(); f.Cands[1] = 99; return f }()),
		"table length": edit(func(b []byte) []byte { b[20] = 1; return fixSum(b) }),
		"padding": func() []byte {
			// Three candidates (Tirana's key also finds Albania) leave four
			// bytes of padding before the places.
			f := good()
			f.CandEnd, f.Cands = []uint32{1, 3}, append(f.Cands, 0<<candShift|nameOwn)
			b := encode(f)
			if _, err := Read(bytes.NewReader(b)); err != nil {
				t.Fatalf("Read(three candidates) = %v", err)
			}
			b[headerSize+4*3] = 1
			return fixSum(b)
		}(),
	}
	for name, b := range bad {
		if _, err := Read(bytes.NewReader(b)); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: Read = %v; want ErrFormat", name, err)
		}
	}
	for name, f := range map[string]file{
		"more key ends":       {Keys: "a", KeyEnd: []uint32{1}},
		"key ends short":      {Keys: "ab", KeyEnd: []uint32{1}, CandEnd: []uint32{0}},
		"key ends decreasing": {Keys: "ab", KeyEnd: []uint32{2, 1}, CandEnd: []uint32{0, 0}},
	} {
		if _, err := f.encode(); err == nil {
			t.Errorf("encode with %s: no error", name)
		}
	}
}
