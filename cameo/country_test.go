package cameo

import (
	"maps"
	"slices"
	"testing"

	"github.com/casus-project/casus/place"
)

func TestISOCountry(t *testing.T) {
	tests := []struct{ cameo, iso string }{
		{"ROM", "ROU"},
		{"KSV", "XKX"},
		{"MTN", "MNE"},
		{"TMP", "TLS"},
		{"IMY", "IMN"},
		{"GZS", "PSE"},
		{"ALB", "ALB"},
		{"PSE", "PSE"},
		{"AFR", "AFR"}, // a region: no ISO code
		{"ROU", "ROU"}, // already ISO
		{"", ""},
	}
	for _, tt := range tests {
		if got := ISOCountry(tt.cameo); got != tt.iso {
			t.Errorf("ISOCountry(%q) = %q, want %q", tt.cameo, got, tt.iso)
		}
	}
}

func TestCAMEOCountry(t *testing.T) {
	tests := []struct{ iso, cameo string }{
		{"ROU", "ROM"},
		{"XKX", "KSV"},
		{"TLS", "TMP"},
		{"PSE", "PSE"},
		{"ALB", "ALB"},
		{"ROM", "ROM"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := CAMEOCountry(tt.iso); got != tt.cameo {
			t.Errorf("CAMEOCountry(%q) = %q, want %q", tt.iso, got, tt.cameo)
		}
	}
}

func TestCountryAliases(t *testing.T) {
	tests := []struct {
		code string
		want []string
	}{
		{"ROM", []string{"ROU", "ROM"}},
		{"ROU", []string{"ROU", "ROM"}},
		{"XKX", []string{"XKX", "KSV"}},
		{"WSB", []string{"PSE", "GZS", "WSB"}},
		{"IRN", []string{"IRN"}},
	}
	for _, tt := range tests {
		if got := CountryAliases(tt.code); !slices.Equal(got, tt.want) {
			t.Errorf("CountryAliases(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

// TestISOCountryGazetteer checks the table against the gazetteer, which
// place.Build compiles from the same GeoNames and CAMEO tables: every
// country whose CAMEO code is not its ISO code is in the table, and
// nothing else is.
func TestISOCountryGazetteer(t *testing.T) {
	g, err := place.Default()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, c := range g.Countries() {
		if c.CAMEO != "" && c.CAMEO != c.ISO3 {
			want[c.CAMEO] = c.ISO3
		}
	}
	if !maps.Equal(isoOf, want) {
		t.Errorf("table %v, gazetteer %v", isoOf, want)
	}
}
