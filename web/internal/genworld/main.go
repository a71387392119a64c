// Genworld compiles the world map's outline for package world from a
// TopoJSON file of countries, such as Natural Earth's admin-0 countries as
// the npm package world-atlas ships them:
//
//	cd /tmp && npm pack world-atlas && tar xzf world-atlas-2.0.2.tgz
//	go run ./web/internal/genworld -topo /tmp/package/countries-50m.json \
//		-countries ../shared/data/geonames/countryInfo.txt \
//		-out web/internal/world/countries.tsv
//
// It decodes the topology's quantized, delta-encoded arcs, projects them
// with world.Project, simplifies each shared arc once (Douglas-Peucker),
// so neighbours keep a common border, stitches the arcs into rings, drops
// specks, and writes one line per country: its ISO 3166-1 alpha-3 code
// (mapped from the ISO numeric id through GeoNames' countryInfo.txt),
// its name and its SVG path in relative commands at 0.1 unit.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/casus-project/casus/web/internal/world"
)

func main() {
	topo := flag.String("topo", "", "TopoJSON `FILE` with a \"countries\" object")
	info := flag.String("countries", "", "GeoNames countryInfo.txt `FILE`, for ISO numeric to alpha-3")
	out := flag.String("out", "", "write the outline to `FILE` (default stdout)")
	tol := flag.Float64("tolerance", 0.2, "simplification tolerance in map units")
	speck := flag.Float64("speck", 0.5, "drop rings smaller than this area in square map units, but for a country's largest")
	flag.Parse()
	if err := run(*topo, *info, *out, *tol, *speck); err != nil {
		fmt.Fprintln(os.Stderr, "genworld:", err)
		os.Exit(1)
	}
}

func run(topoFile, infoFile, outFile string, tol, speck float64) error {
	if topoFile == "" || infoFile == "" {
		return errors.New("need -topo and -countries")
	}
	tf, err := os.Open(topoFile)
	if err != nil {
		return err
	}
	defer tf.Close()
	t, err := decode(tf)
	if err != nil {
		return fmt.Errorf("%s: %w", topoFile, err)
	}
	inf, err := os.Open(infoFile)
	if err != nil {
		return err
	}
	defer inf.Close()
	iso, err := readISO(inf)
	if err != nil {
		return fmt.Errorf("%s: %w", infoFile, err)
	}
	cs, err := compile(t, iso, tol, speck)
	if err != nil {
		return err
	}
	if outFile == "" {
		return writeOutlines(os.Stdout, cs)
	}
	f, err := os.Create(outFile)
	if err != nil {
		return err
	}
	err = writeOutlines(f, cs)
	if cerr := f.Close(); err == nil {
		err = cerr // a write the kernel refuses may show only at Close
	}
	if err != nil {
		return fmt.Errorf("%s: %w", outFile, err)
	}
	return nil
}

// writeOutlines writes one line per country: ISO3, name and SVG path,
// tab-separated.
func writeOutlines(w io.Writer, cs []world.Country) error {
	bw := bufio.NewWriter(w)
	for _, c := range cs {
		fmt.Fprintf(bw, "%s\t%s\t%s\n", c.ISO3, c.Name, c.Path)
	}
	return bw.Flush()
}

// topology is the part of a TopoJSON file genworld reads.
type topology struct {
	Type      string `json:"type"`
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][]float64 `json:"arcs"`
	Objects struct {
		Countries struct {
			Type       string     `json:"type"`
			Geometries []geometry `json:"geometries"`
		} `json:"countries"`
	} `json:"objects"`
}

type geometry struct {
	Type       string          `json:"type"`
	ID         string          `json:"id"`
	Arcs       json.RawMessage `json:"arcs"`
	Properties struct {
		Name string `json:"name"`
	} `json:"properties"`
}

// shape is a decoded country: its polygons as rings of arc indices.
type shape struct {
	id, name string
	polygons [][][]int
}

// decoded is a topology with arcs in degrees.
type decoded struct {
	arcs   [][]pt // lon, lat
	shapes []shape
}

type pt struct{ x, y float64 }

var errTopo = errors.New("bad topology")

// decode reads a TopoJSON topology and checks every arc index.
func decode(r io.Reader) (*decoded, error) {
	var t topology
	if err := json.NewDecoder(r).Decode(&t); err != nil {
		return nil, fmt.Errorf("%w: %v", errTopo, err)
	}
	if t.Type != "Topology" {
		return nil, fmt.Errorf("%w: type %q, want Topology", errTopo, t.Type)
	}
	d := &decoded{arcs: make([][]pt, len(t.Arcs))}
	for i, arc := range t.Arcs {
		var x, y float64
		for j, p := range arc {
			if len(p) < 2 {
				return nil, fmt.Errorf("%w: arc %d point %d has %d coordinates", errTopo, i, j, len(p))
			}
			q := pt{p[0], p[1]}
			if t.Transform != nil {
				x, y = x+p[0], y+p[1]
				q = pt{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]}
			}
			if math.IsNaN(q.x) || math.IsNaN(q.y) || math.IsInf(q.x, 0) || math.IsInf(q.y, 0) {
				return nil, fmt.Errorf("%w: arc %d point %d is not finite", errTopo, i, j)
			}
			d.arcs[i] = append(d.arcs[i], q)
		}
	}
	for _, g := range t.Objects.Countries.Geometries {
		s := shape{id: g.ID, name: g.Properties.Name}
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return nil, fmt.Errorf("%w: %s: %v", errTopo, g.Properties.Name, err)
			}
			s.polygons = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &s.polygons); err != nil {
				return nil, fmt.Errorf("%w: %s: %v", errTopo, g.Properties.Name, err)
			}
		default:
			continue // null geometries and the like
		}
		for _, p := range s.polygons {
			for _, ring := range p {
				for _, a := range ring {
					if k := arcIndex(a); k < 0 || k >= len(d.arcs) {
						return nil, fmt.Errorf("%w: %s: arc %d of %d", errTopo, s.name, a, len(d.arcs))
					}
				}
			}
		}
		d.shapes = append(d.shapes, s)
	}
	return d, nil
}

// arcIndex resolves TopoJSON's one's complement for reversed arcs.
func arcIndex(a int) int {
	if a < 0 {
		return ^a
	}
	return a
}

// readISO maps ISO numeric codes to alpha-3 from GeoNames' countryInfo.txt.
func readISO(r io.Reader) (map[string]string, error) {
	m := map[string]string{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 5 {
			continue
		}
		if len(f[1]) == 3 && f[2] != "" && f[2] != "0" {
			m[f[2]] = f[1]
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(m) == 0 {
		return nil, errors.New("no countries with ISO codes")
	}
	return m, nil
}

// byName gives codes to Natural Earth's shapes without an ISO numeric id;
// "" drops the shape (disputed or uninhabited specks).
var byName = map[string]string{
	"Kosovo":            "XKX",
	"Somaliland":        "SOM",
	"N. Cyprus":         "CYP",
	"Indian Ocean Ter.": "",
	"Siachen Glacier":   "",
}

// compile projects, simplifies and stitches every shape, merging shapes
// of one code, sorted by code.
func compile(d *decoded, iso map[string]string, tol, speck float64) ([]world.Country, error) {
	raw := make([][]pt, len(d.arcs))
	proj := make([][]pt, len(d.arcs))
	// proj[i] is arc i projected and simplified, once for every ring that
	// shares it; raw[i] projected only.
	for i, arc := range d.arcs {
		ps := make([]pt, len(arc))
		for j, p := range arc {
			x, y := world.Project(p.y, p.x)
			ps[j] = pt{x, y}
		}
		raw[i], proj[i] = ps, simplify(ps, tol)
	}
	paths := map[string]*strings.Builder{}
	names := map[string]string{}
	for _, s := range d.shapes {
		code, ok := iso[s.id]
		if !ok {
			code, ok = byName[s.name]
			if !ok {
				return nil, fmt.Errorf("no code for %q (id %q): add it to byName", s.name, s.id)
			}
		}
		if code == "" {
			continue
		}
		var rings [][]ipt
		for _, p := range s.polygons {
			for _, ring := range p {
				if deg := join(d.arcs, ring); crosses(deg) {
					rings = append(rings, wrapped(deg, tol)...)
					continue
				}
				r := round(join(proj, ring))
				if len(r) < 3 {
					r = round(join(raw, ring)) // a small island: keep what detail it has
				}
				if len(r) >= 3 {
					rings = append(rings, r)
				}
			}
		}
		biggest := -1.0
		for _, r := range rings {
			biggest = max(biggest, math.Abs(area(r)))
		}
		b := paths[code]
		if b == nil {
			b = &strings.Builder{}
			paths[code] = b
		}
		if _, ok := names[code]; !ok || iso[s.id] == code {
			names[code] = s.name
		}
		for _, r := range rings {
			if a := math.Abs(area(r)); a < speck && a < biggest {
				continue
			}
			writeRing(b, r)
		}
	}
	var out []world.Country
	for code, b := range paths {
		if b.Len() > 0 {
			out = append(out, world.Country{ISO3: code, Name: names[code], Path: b.String()})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ISO3 < out[j].ISO3 })
	return out, nil
}

// ipt is a point in tenths of a map unit.
type ipt struct{ x, y int }

// join joins a ring's arcs, reversing those given as ^i and dropping each
// arc's first point after the first arc (it repeats the last one).
func join(arcs [][]pt, ring []int) []pt {
	var out []pt
	for k, a := range ring {
		arc := arcs[arcIndex(a)]
		n := len(arc)
		for j := 0; j < n; j++ {
			if j == 0 && k > 0 {
				continue
			}
			if a < 0 {
				out = append(out, arc[n-1-j])
			} else {
				out = append(out, arc[j])
			}
		}
	}
	return out
}

// round rounds a ring to tenths, dropping repeated points and the closing
// point.
func round(ps []pt) []ipt {
	var out []ipt
	for _, p := range ps {
		q := ipt{int(math.Round(p.x * 10)), int(math.Round(p.y * 10))}
		if len(out) > 0 && out[len(out)-1] == q {
			continue
		}
		out = append(out, q)
	}
	if len(out) > 1 && out[0] == out[len(out)-1] {
		out = out[:len(out)-1]
	}
	return out
}

// crosses reports whether a ring in degrees steps across the
// antimeridian.
func crosses(ring []pt) bool {
	for i := 1; i < len(ring); i++ {
		if math.Abs(ring[i].x-ring[i-1].x) > 180 {
			return true
		}
	}
	return false
}

// wrapped draws a ring in degrees that crosses the antimeridian twice:
// once moved east (western longitudes plus 360°) and once moved west, each
// projected with longitudes clamped to ±180°, so the part beyond the edge
// folds onto the map's edge and each side shows its own half.
func wrapped(ring []pt, tol float64) [][]ipt {
	var out [][]ipt
	for _, shift := range []float64{360, -360} {
		ps := make([]pt, len(ring))
		for i, p := range ring {
			lon := p.x
			if shift > 0 && lon < 0 || shift < 0 && lon > 0 {
				lon += shift
			}
			x, y := world.Project(p.y, lon)
			ps[i] = pt{x, y}
		}
		if r := round(simplify(ps, tol)); len(r) >= 3 && math.Abs(area(r)) > 0.01 {
			out = append(out, r)
		}
	}
	return out
}

// area is a ring's signed area in square map units (shoelace).
func area(r []ipt) float64 {
	var s float64
	for i := range r {
		j := (i + 1) % len(r)
		s += float64(r[i].x)*float64(r[j].y) - float64(r[j].x)*float64(r[i].y)
	}
	return s / 200
}

// writeRing writes a closed ring as an absolute move and relative lines.
func writeRing(b *strings.Builder, r []ipt) {
	b.WriteString("M")
	b.WriteString(tenths(r[0].x))
	b.WriteString(",")
	b.WriteString(tenths(r[0].y))
	b.WriteString("l")
	for i := 1; i < len(r); i++ {
		dx, dy := r[i].x-r[i-1].x, r[i].y-r[i-1].y
		if i > 1 && dx >= 0 {
			b.WriteString(" ")
		}
		b.WriteString(tenths(dx))
		if dy >= 0 {
			b.WriteString(" ")
		}
		b.WriteString(tenths(dy))
	}
	b.WriteString("z")
}

// tenths formats n/10 briefly: 12 is "1.2", -3 is "-.3", 20 is "2".
func tenths(n int) string {
	neg := n < 0
	if neg {
		n = -n
	}
	s := strconv.Itoa(n / 10)
	if f := n % 10; f != 0 {
		if s == "0" {
			s = ""
		}
		s += "." + strconv.Itoa(f)
	}
	if neg {
		s = "-" + s
	}
	return s
}

// simplify keeps the points of a polyline that lie farther than tol from
// the chord of their stretch (Douglas-Peucker), always keeping both ends.
func simplify(ps []pt, tol float64) []pt {
	if len(ps) < 3 {
		return ps
	}
	keep := make([]bool, len(ps))
	keep[0], keep[len(ps)-1] = true, true
	type span struct{ i, j int }
	stack := []span{{0, len(ps) - 1}}
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		far, at := -1.0, -1
		for k := s.i + 1; k < s.j; k++ {
			if d := distance(ps[k], ps[s.i], ps[s.j]); d > far {
				far, at = d, k
			}
		}
		if at >= 0 && far > tol {
			keep[at] = true
			stack = append(stack, span{s.i, at}, span{at, s.j})
		}
	}
	var out []pt
	for i, p := range ps {
		if keep[i] {
			out = append(out, p)
		}
	}
	return out
}

// distance is the distance of p from the segment a-b.
func distance(p, a, b pt) float64 {
	dx, dy := b.x-a.x, b.y-a.y
	l := dx*dx + dy*dy
	if l == 0 {
		return math.Hypot(p.x-a.x, p.y-a.y)
	}
	t := math.Max(0, math.Min(1, ((p.x-a.x)*dx+(p.y-a.y)*dy)/l))
	return math.Hypot(p.x-a.x-t*dx, p.y-a.y-t*dy)
}
