package world

import (
	"errors"
	"math"
	"testing"
)

func TestProject(t *testing.T) {
	tests := []struct {
		name     string
		lat, lon float64
		x, y     float64 // want, within 0.05
	}{
		{"centre", 0, 0, Width / 2, Height / 2},
		{"west end of the equator", 0, -180, 0, Height / 2},
		{"east end of the equator", 0, 180, Width, Height / 2},
		{"north pole", 90, 0, Width / 2, 0},
		{"south pole", -90, 0, Width / 2, Height},
	}
	for _, tt := range tests {
		x, y := Project(tt.lat, tt.lon)
		if math.Abs(x-tt.x) > 0.05 || math.Abs(y-tt.y) > 0.05 {
			t.Errorf("%s: Project(%v, %v) = %.2f, %.2f, want %.2f, %.2f", tt.name, tt.lat, tt.lon, x, y, tt.x, tt.y)
		}
	}
	// Out of range is clamped to the edge.
	if x, y := Project(120, 400); x != must(Project(90, 180)) || math.Abs(y) > 1e-9 {
		t.Errorf("Project(120, 400) = %.2f, %.2f, want the pole's east end", x, y)
	}
	// Equal Earth's poles are lines: the pole's ends are inside the map,
	// narrower than the equator.
	if x, _ := Project(90, 180); x >= Width || x <= Width*0.6 {
		t.Errorf("Project(90, 180) x = %.1f", x)
	}
	// Order is kept: further east is further right, further north higher.
	x1, y1 := Project(10, 10)
	x2, y2 := Project(20, 20)
	if !(x2 > x1 && y2 < y1) {
		t.Errorf("order: (%.1f %.1f) then (%.1f %.1f)", x1, y1, x2, y2)
	}
	if r := Width / Height; r < 2 || r > 2.1 {
		t.Errorf("aspect %.3f, Equal Earth's is about 2.05", r)
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		n    int
		line int // of the error, 0 for none
	}{
		{"two", "ALB\tAlbania\tM1,2l3 4-.5 0z\nIRN\tIran\tM5,5l1 1 1-1z\n", 2, 0},
		{"blank lines", "\nALB\tAlbania\tM1,2l3 4z\n\n", 1, 0},
		{"empty", "", 0, 0},
		{"two fields", "ALB\tM1,2l3 4z\n", 0, 1},
		{"lower-case code", "ALB\tAlbania\tM1,2z\nalb\tx\tM1,1z\n", 0, 2},
		{"long code", "ALBA\tAlbania\tM1,2z\n", 0, 1},
		{"markup in the path", "ALB\tAlbania\tM1,2\"/><script>\n", 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs, err := Parse([]byte(tt.in))
			if tt.line != 0 {
				var pe *ParseError
				if !errors.As(err, &pe) || pe.Line != tt.line || !errors.Is(err, ErrSyntax) {
					t.Fatalf("err = %v, want a ParseError on line %d", err, tt.line)
				}
				return
			}
			if err != nil || len(cs) != tt.n {
				t.Fatalf("got %d countries, %v; want %d", len(cs), err, tt.n)
			}
		})
	}
}

func TestEmbedded(t *testing.T) {
	cs, err := Countries()
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) < 200 {
		t.Fatalf("%d countries", len(cs))
	}
	seen := map[string]bool{}
	for _, c := range cs {
		if seen[c.ISO3] {
			t.Errorf("%s twice", c.ISO3)
		}
		seen[c.ISO3] = true
	}
	for _, code := range []string{"ALB", "IRN", "USA", "RUS", "FJI", "XKX", "SGP", "BHR"} {
		if !seen[code] {
			t.Errorf("no outline for %s", code)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("ALB\tAlbania\tM1,2l3 4-.5 0z\n"))
	f.Add([]byte("ALB\t\t\n\tx\ty\n"))
	f.Add([]byte("ZZZ\tA\tM0,0z\nAB\tB\tM"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cs, err := Parse(data)
		if err != nil {
			return
		}
		for _, c := range cs {
			if len(c.ISO3) != 3 {
				t.Errorf("code %q", c.ISO3)
			}
			for _, r := range c.Path {
				if !(r >= '0' && r <= '9' || r == '.' || r == ',' || r == '-' || r == ' ' || r == 'M' || r == 'm' || r == 'l' || r == 'L' || r == 'z' || r == 'Z') {
					t.Fatalf("path %q holds %q", c.Path, r)
				}
			}
		}
	})
}

func must(x, _ float64) float64 { return x }
