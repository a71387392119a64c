package world

import (
	"bufio"
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
)

// Width is the map's width in SVG user units: the Equal Earth projection
// of the whole sphere scaled to it. Height is its height.
const Width = 720.0

// Height is the map's height in SVG user units.
var Height = Width * maxY / maxX

// Equal Earth's polynomial coefficients (Šavrič, Patterson and Jenny,
// 2018).
const (
	a1 = 1.340264
	a2 = -0.081106
	a3 = 0.000893
	a4 = 0.003796
)

var (
	sqrt3 = math.Sqrt(3)
	// maxX and maxY are the projection's half width and half height on
	// the unit sphere: x at the equator's ends, y at the pole.
	maxX = 2 * sqrt3 * math.Pi / (3 * a1)
	maxY = eeY(math.Pi / 3)
)

func eeY(t float64) float64 {
	t2 := t * t
	t6 := t2 * t2 * t2
	return t * (a1 + a2*t2 + t6*(a3+a4*t2))
}

// Project returns the map position of a latitude and longitude in
// degrees: x from 0 (180°W) to Width, y from 0 (the North Pole) to
// Height. Latitudes beyond ±90 and longitudes beyond ±180 are clamped.
func Project(lat, lon float64) (x, y float64) {
	lat = math.Max(-90, math.Min(90, lat))
	lon = math.Max(-180, math.Min(180, lon))
	phi, lam := lat*math.Pi/180, lon*math.Pi/180
	t := math.Asin(sqrt3 / 2 * math.Sin(phi))
	t2 := t * t
	t6 := t2 * t2 * t2
	px := 2 * sqrt3 * lam * math.Cos(t) / (3 * (a1 + 3*a2*t2 + t6*(7*a3+9*a4*t2)))
	py := eeY(t)
	s := Width / (2 * maxX)
	return (px + maxX) * s, (maxY - py) * s
}

// Country is one country's outline.
type Country struct {
	ISO3 string // ISO 3166-1 alpha-3 code, or Natural Earth's for places without one
	Name string // Natural Earth's short name
	Path string // SVG path data in map units
}

// ErrSyntax reports a malformed outline file.
var ErrSyntax = errors.New("syntax error")

// ParseError is a malformed line of an outline file.
type ParseError struct {
	Line int // 1-based
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("world outline line %d: %v", e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// Parse reads an outline file: one country a line, "ISO3<tab>name<tab>path",
// as genworld writes it. Path data may hold only the characters of
// relative and absolute move, line and close commands and numbers.
func Parse(data []byte) ([]Country, error) {
	var out []Country
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, &ParseError{n, fmt.Errorf("%w: want 3 tab-separated fields, have %d", ErrSyntax, len(f))}
		}
		if len(f[0]) != 3 || strings.ToUpper(f[0]) != f[0] {
			return nil, &ParseError{n, fmt.Errorf("%w: bad code %q", ErrSyntax, f[0])}
		}
		if strings.Trim(f[2], "MmLlZz0123456789.,- ") != "" {
			return nil, &ParseError{n, fmt.Errorf("%w: path of %s holds other characters", ErrSyntax, f[0])}
		}
		out = append(out, Country{ISO3: f[0], Name: f[1], Path: f[2]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("world outline: %w", err)
	}
	return out, nil
}

//go:generate go run ../genworld -topo /tmp/package/countries-50m.json -countries ../../../../shared/data/geonames/countryInfo.txt -out countries.tsv

//go:embed countries.tsv
var countriesTSV []byte

var loadCountries = sync.OnceValues(func() ([]Country, error) { return Parse(countriesTSV) })

// Countries returns the embedded outline, decoded on the first call; the
// slice is shared and must not be changed.
func Countries() ([]Country, error) { return loadCountries() }
