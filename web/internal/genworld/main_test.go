package main

import (
	"errors"
	"math"
	"strings"
	"testing"
)

// square is a topology written for these tests: two unit-ish squares
// sharing an edge (arc 0), a country without an id, and a ring across the
// antimeridian.
const square = `{"type":"Topology",
 "transform":{"scale":[1,1],"translate":[0,0]},
 "arcs":[
  [[10,0],[0,10]],
  [[10,10],[-10,0],[0,-10],[10,0]],
  [[10,0],[10,0],[0,10],[-10,0]],
  [[170,-10],[20,0],[0,20],[-20,0],[0,-20]]
 ],
 "objects":{"countries":{"type":"GeometryCollection","geometries":[
  {"type":"Polygon","id":"008","arcs":[[0,1]],"properties":{"name":"West"}},
  {"type":"Polygon","id":"364","arcs":[[2,-1]],"properties":{"name":"East"}},
  {"type":"Polygon","arcs":[[0,1]],"properties":{"name":"Kosovo"}},
  {"type":"Polygon","id":"242","arcs":[[3]],"properties":{"name":"Wrap"}},
  {"type":null,"id":"999","properties":{"name":"Nothing"}}
 ]}}}`

func TestDecode(t *testing.T) {
	d, err := decode(strings.NewReader(square))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.arcs) != 4 || len(d.shapes) != 4 {
		t.Fatalf("%d arcs, %d shapes", len(d.arcs), len(d.shapes))
	}
	// Delta decoding: arc 1 is 10,10 then 0,10, 0,0, 10,0.
	want := []pt{{10, 10}, {0, 10}, {0, 0}, {10, 0}}
	for i, p := range d.arcs[1] {
		if p != want[i] {
			t.Errorf("arc 1 point %d = %v, want %v", i, p, want[i])
		}
	}
	// East's ring: arc 2 then arc 0 reversed closes on itself.
	ring := join(d.arcs, d.shapes[1].polygons[0][0])
	if first, last := ring[0], ring[len(ring)-1]; first != last {
		t.Errorf("East's ring does not close: %v", ring)
	}
	if crosses(ring) {
		t.Error("East crosses the antimeridian")
	}
	wrap := join(d.arcs, d.shapes[3].polygons[0][0])
	// 170 + 20 = 190 is past the edge: the test topology has no transform
	// bounds, so map it back as TopoJSON files do (190 is -170).
	for i := range wrap {
		if wrap[i].x > 180 {
			wrap[i].x -= 360
		}
	}
	if !crosses(wrap) {
		t.Errorf("Wrap does not cross: %v", wrap)
	}
	if rs := wrapped(wrap, 0.1); len(rs) != 2 {
		t.Errorf("Wrap drawn as %d rings, want one on each side", len(rs))
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct{ name, in string }{
		{"not json", `{"type":`},
		{"not a topology", `{"type":"FeatureCollection"}`},
		{"arc out of range", `{"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"countries":{"geometries":[{"type":"Polygon","arcs":[[5]]}]}}}`},
		{"reversed arc out of range", `{"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"countries":{"geometries":[{"type":"Polygon","arcs":[[-3]]}]}}}`},
		{"short point", `{"type":"Topology","arcs":[[[0]]],"objects":{}}`},
		{"bad polygon", `{"type":"Topology","arcs":[],"objects":{"countries":{"geometries":[{"type":"Polygon","arcs":"x"}]}}}`},
	}
	for _, tt := range tests {
		if _, err := decode(strings.NewReader(tt.in)); !errors.Is(err, errTopo) {
			t.Errorf("%s: err = %v, want errTopo", tt.name, err)
		}
	}
}

func TestCompile(t *testing.T) {
	d, err := decode(strings.NewReader(square))
	if err != nil {
		t.Fatal(err)
	}
	iso := map[string]string{"008": "ALB", "364": "IRN", "242": "FJI"}
	cs, err := compile(d, iso, 0.1, 0)
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, c := range cs {
		codes = append(codes, c.ISO3)
		if !strings.HasPrefix(c.Path, "M") || !strings.HasSuffix(c.Path, "z") {
			t.Errorf("%s path %q", c.ISO3, c.Path)
		}
	}
	if got := strings.Join(codes, " "); got != "ALB FJI IRN XKX" {
		t.Errorf("codes %q", got)
	}
	delete(iso, "364")
	if _, err := compile(d, iso, 0.1, 0); err == nil {
		t.Error("a shape without a code compiled")
	}
}

func TestSimplify(t *testing.T) {
	line := []pt{{0, 0}, {1, 0.05}, {2, -0.05}, {3, 0}, {4, 2}, {5, 0}}
	got := simplify(line, 0.1)
	want := []pt{{0, 0}, {3, 0}, {4, 2}, {5, 0}}
	if len(got) != len(want) {
		t.Fatalf("simplify = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("point %d = %v, want %v", i, got[i], want[i])
		}
	}
	if got := simplify(line, 0); len(got) != len(line) {
		t.Errorf("tolerance 0 dropped points: %v", got)
	}
}

func TestTenths(t *testing.T) {
	for n, want := range map[int]string{0: "0", 12: "1.2", -3: "-.3", 20: "2", -105: "-10.5", 7: ".7"} {
		if got := tenths(n); got != want {
			t.Errorf("tenths(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestWriteRing(t *testing.T) {
	r := []ipt{{10, 10}, {30, 10}, {30, 5}, {12, 7}}
	var b strings.Builder
	writeRing(&b, r)
	if got, want := b.String(), "M1,1l2 0 0-.5-1.8 .2z"; got != want {
		t.Errorf("writeRing = %q, want %q", got, want)
	}
	if a := area(r); math.Abs(math.Abs(a)-0.75) > 1e-9 {
		t.Errorf("area %v", a)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(square)
	f.Add(`{"type":"Topology","arcs":[[[0,0],[1e308,1e308],[1e308,1e308]]],"objects":{}}`)
	f.Add(`{"type":"Topology","arcs":[[[0,0]]],"objects":{"countries":{"geometries":[{"type":"MultiPolygon","arcs":[[[0,-1]]]}]}}}`)
	f.Fuzz(func(t *testing.T, in string) {
		d, err := decode(strings.NewReader(in))
		if err != nil {
			return
		}
		iso := map[string]string{}
		for _, s := range d.shapes {
			iso[s.id] = "ABC"
		}
		cs, err := compile(d, iso, 0.2, 0.5)
		if err != nil {
			return
		}
		for _, c := range cs {
			if strings.ContainsAny(c.Path, "NaI+e") {
				t.Fatalf("path %q", c.Path)
			}
		}
	})
}
