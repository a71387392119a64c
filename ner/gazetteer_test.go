package ner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGazetteerMark(t *testing.T) {
	b := newBuilder(map[string]bool{"bay": true})
	b.add("Al Qaeda", gzOrg)
	b.add("New York", gzLoc)
	b.add("New York Times", gzOrg)
	b.add("Bay", gzLoc) // a common word: skipped
	b.add("Mujahedin-e-Khalq", gzOrg)
	tests := []struct {
		text   string
		wantB  string // kinds starting at each word: o org, l loc, . none
		wantIn string // kinds continuing at each word
	}{
		{"al - Qaeda struck", "o...", ".oo."},
		{"the New York Times", ".o..", "..oo"},
		{"in New York today", ".l..", "..l."},
		{"a bay", "..", ".."},
		{"Mujahedin - e - Khalq", "o....", ".oooo"},
		{"- Qaeda", "..", ".."},
	}
	code := func(k uint8) byte {
		switch {
		case k&(1<<gzOrg) != 0:
			return 'o'
		case k&(1<<gzLoc) != 0:
			return 'l'
		}
		return '.'
	}
	for _, tt := range tests {
		words := strings.Fields(tt.text)
		ws := make([]word, len(words))
		for i, w := range words {
			describe(w, &ws[i])
		}
		b.g.mark(ws)
		gotB, gotI := make([]byte, len(ws)), make([]byte, len(ws))
		for i := range ws {
			gotB[i], gotI[i] = code(ws[i].gzB), code(ws[i].gzI)
		}
		if string(gotB) != tt.wantB || string(gotI) != tt.wantIn {
			t.Errorf("%q: starts %s continues %s, want %s %s", tt.text, gotB, gotI, tt.wantB, tt.wantIn)
		}
	}
}

func TestSentenceCase(t *testing.T) {
	tests := []struct {
		text string
		want uint8
	}{
		{"The cat sat on Tuesday .", caseMixed},
		{"Lovely Cottage In The Hills", caseTitle},
		{"VISAKHA INDUSTRIAL GASES PVT. LTD. , location", caseTitle},
		{"VISAKHA INDUSTRIAL GASES PVT. LTD.", caseUpper},
		{"I WANT A REFUND", caseUpper},
		{"where can i get morcillas in tampa bay ?", caseLower},
		{"ok", caseMixed},
		{"", caseMixed},
		{"3 , 4", caseMixed},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.text)
		ws := make([]word, len(words))
		for i, w := range words {
			describe(w, &ws[i])
		}
		if got := sentenceCase(ws); got != tt.want {
			t.Errorf("sentenceCase(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestLatinName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Samarra", true},
		{"Al Hillah", true},
		{"Sankt-Peterburg", true},
		{"St. John's", true},
		{"Rome", true},
		{"NYC", false},     // too short
		{"londres", false}, // no capital
		{"Sāmarrā", false}, // not plain Latin letters
		{"سامراء", false},  // Arabic script
		{"Rome 2", false},  // a digit
		{"Zürich", false},  // not plain Latin letters
		{"", false},
	}
	for _, tt := range tests {
		if got := latinName(tt.name); got != tt.want {
			t.Errorf("latinName(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestCompileGazetteerGeoNames checks the place names taken from GeoNames
// files: alternate names in Latin letters, ASCII names without their
// closing apostrophe, and each half of a country "A and B".
func TestCompileGazetteerGeoNames(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"geonames/countryInfo.txt": "#ISO\tISO3\tnum\tfips\tCountry\tCapital\n" +
			"AG\tATG\t028\tAC\tAntigua and Barbuda\tSaint John's\n",
		"geonames/cities15000.txt": "99131\tSāmarrā’\tSamarra'\tSamarra,Samarrah,سامراء,Sāmarrā\t34.19\t43.87\n" +
			"98182\tBaghdad\tBaghdad\tBagdad,BGW\t33.34\t44.40\n",
		"geonames/admin1Codes_regionInfo.tsv":                     "",
		"dictionaries/petrarch2/Phoenix.Countries.actors.txt":     "",
		"dictionaries/petrarch2/Phoenix.International.actors.txt": "",
		"dictionaries/petrarch2/Phoenix.MilNonState.actors.txt":   "",
		"cameo/CAMEO.knowngroup.txt":                              "CODE\tName\n",
	}
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := compileGazetteer(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		phrase string
		want   uint8 // kind bits, 0 for none
	}{
		{"antigua and barbuda", 1 << gzCountry},
		{"antigua", 1 << gzCountry},
		{"barbuda", 1 << gzCountry},
		{"saint john 's", 1 << gzLoc},
		{"samarra", 1 << gzLoc},
		{"samarrah", 1 << gzLoc},
		{"bagdad", 1 << gzLoc},
		{"baghdad", 1 << gzLoc},
		{"bgw", 0}, // a code, too short to be a name
		{"sāmarrā", 0},
	}
	for _, tt := range tests {
		h := phraseOffset
		for _, w := range strings.Fields(tt.phrase) {
			h = phraseStep(h, w)
		}
		if got := b.g[h]; got != tt.want {
			t.Errorf("%q: kinds %08b, want %08b", tt.phrase, got, tt.want)
		}
	}
}
