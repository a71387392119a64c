package web

import (
	"fmt"
	"html/template"
	"math"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/casus-project/casus/api"
	"github.com/casus-project/casus/model"
	"github.com/casus-project/casus/place"
	"github.com/casus-project/casus/store"
	"github.com/casus-project/casus/web/internal/world"
)

// The charts are drawn here as numbers for SVG templates: no script and
// no library, so they render the same with JavaScript off.

// chart is a bar chart of a timeline: cooperation (QuadClass 1 and 2)
// above the axis, conflict (3 and 4) below.
type chart struct {
	W, H  float64
	Zero  float64 // y of the axis
	Bars  []bar
	Ticks []tick
	// Gaps mark where intervals without events were left out, so that
	// bars side by side are not read as neighbours in time.
	Gaps  []gap
	Empty bool
}

// gap is a mark across the axis between two bars whose intervals are
// not adjacent.
type gap struct {
	X, Y1, Y2 float64
	Label     string // "no events from 1960-02 to 2020-12"
}

type bar struct {
	X, W                       float64
	Y1, H1, Y2, H2, Y3, H3, Y4 float64 // QuadClass 1 and 2 above, 3 and 4 below
	H4                         float64
	Label                      string  // for screen readers and tooltips
	Href                       string  // zooms in on the bucket
	From, To                   string  // the bucket's dates, for zoom.js
	X1, X2                     float64 // the bucket's slot, for zoom.js
}

type tick struct {
	X     float64
	Label string
}

// barChart lays out buckets of width iv. v holds the page's filters, kept
// by the zoom links.
func barChart(bs []store.Bucket, iv store.Interval, v url.Values) chart {
	c := chart{W: 720, H: 220}
	if len(bs) == 0 {
		c.Empty = true
		c.Zero = c.H / 2
		return c
	}
	var up, down int64 = 1, 1
	for _, b := range bs {
		up = max(up, b.Quad[0]+b.Quad[1])
		down = max(down, b.Quad[2]+b.Quad[3])
	}
	const top, bottom, left = 8.0, 24.0, 4.0
	scale := (c.H - top - bottom) / float64(up+down)
	c.Zero = top + float64(up)*scale
	slot := (c.W - 2*left) / float64(len(bs))
	w := math.Max(1, slot*0.8)
	every := max(1, (len(bs)+5)/6)
	for i, b := range bs {
		x := left + float64(i)*slot + (slot-w)/2
		h := func(n int64) float64 { return float64(n) * scale }
		br := bar{X: x, W: w, X1: left + float64(i)*slot, X2: left + float64(i+1)*slot}
		br.H2, br.H1 = h(b.Quad[1]), h(b.Quad[0])
		br.Y2 = c.Zero - br.H2
		br.Y1 = br.Y2 - br.H1
		br.H3, br.H4 = h(b.Quad[2]), h(b.Quad[3])
		br.Y3 = c.Zero
		br.Y4 = c.Zero + br.H3
		from, to, next := zoom(b.Start, iv)
		br.From, br.To = from, to
		br.Label = fmt.Sprintf("%s: %d events, %d cooperation, %d conflict, mean Goldstein %.1f",
			label(b.Start, iv), b.Count, b.Quad[0]+b.Quad[1], b.Quad[2]+b.Quad[3], b.Goldstein)
		z := url.Values{}
		for k, vs := range v {
			if k != "cursor" && k != "interval" && k != "from" && k != "to" {
				z[k] = vs
			}
		}
		z.Set("from", from)
		z.Set("to", to)
		if next == "" {
			br.Href = "/search?" + z.Encode()
		} else {
			z.Set("interval", next)
			br.Href = "/timeline?" + z.Encode()
		}
		c.Bars = append(c.Bars, br)
		if i > 0 {
			if after := nextInterval(bs[i-1].Start, iv); after.Before(b.Start) {
				last := b.Start.AddDate(0, 0, -1)
				if iv == store.Week {
					last = b.Start.AddDate(0, 0, -7)
				} else if iv == store.Month {
					last = b.Start.AddDate(0, -1, 0)
				}
				what := label(after, iv)
				if !last.Equal(after) {
					what = "from " + what + " to " + label(last, iv)
				}
				c.Gaps = append(c.Gaps, gap{X: br.X1, Y1: c.Zero - 10, Y2: c.Zero + 10, Label: "no events " + what})
			}
		}
		if i%every == 0 {
			short := b.Start.Format(time.DateOnly)
			if iv == store.Month {
				short = b.Start.Format("2006-01")
			}
			c.Ticks = append(c.Ticks, tick{X: x, Label: short})
		}
	}
	return c
}

// nextInterval returns the start of the interval of width iv after the
// one starting at start.
func nextInterval(start time.Time, iv store.Interval) time.Time {
	switch iv {
	case store.Month:
		return start.AddDate(0, 1, 0)
	case store.Week:
		return start.AddDate(0, 0, 7)
	}
	return start.AddDate(0, 0, 1)
}

// zoom returns the inclusive date range of a bucket and the finer
// interval to show it in ("" for a day: show its events).
func zoom(start time.Time, iv store.Interval) (from, to, next string) {
	f := start.Format(time.DateOnly)
	switch iv {
	case store.Month:
		return f, start.AddDate(0, 1, -1).Format(time.DateOnly), string(store.Day)
	case store.Week:
		return f, start.AddDate(0, 0, 6).Format(time.DateOnly), string(store.Day)
	}
	return f, f, ""
}

func label(t time.Time, iv store.Interval) string {
	switch iv {
	case store.Month:
		return t.Format("2006-01")
	case store.Week:
		return "week of " + t.Format(time.DateOnly)
	}
	return t.Format(time.DateOnly)
}

// graph is a network laid out by forces (forceLayout).
type graph struct {
	W, H  float64
	Nodes []gnode
	Edges []gedge
	Empty bool
}

type gnode struct {
	api.Node
	X, Y, R float64
	LX, LY  float64 // label position
	Anchor  string
	Class   string
}

type gedge struct {
	api.Edge
	Path  string // a slight curve, so A→B and B→A do not overlap
	Width float64
	Class string
}

// networkChart lays out n with forces, heavier edges pulling harder;
// nodes are sized by volume and coloured by mean Goldstein score, edges
// by theirs, and drawn as arcs bending to their left, so the two
// directions of a pair show apart.
func networkChart(n api.Network) graph {
	g := graph{W: 720, H: 560}
	if len(n.Nodes) == 0 {
		g.Empty = true
		return g
	}
	nodes := append([]api.Node(nil), n.Nodes...)
	sort.SliceStable(nodes, func(i, j int) bool {
		if nodes[i].Count != nodes[j].Count {
			return nodes[i].Count > nodes[j].Count
		}
		return nodes[i].Code < nodes[j].Code
	})
	var maxNode, maxEdge int64 = 1, 1
	for _, nd := range nodes {
		maxNode = max(maxNode, nd.Count)
	}
	pos := map[string]int{}
	for i, nd := range nodes {
		pos[nd.Code] = i
	}
	var links [][2]int
	var weights []float64
	var kept []api.Edge
	for _, e := range n.Edges {
		i, ok1 := pos[e.Source]
		j, ok2 := pos[e.Target]
		if !ok1 || !ok2 || i == j {
			continue
		}
		maxEdge = max(maxEdge, e.Count)
		links = append(links, [2]int{i, j})
		weights = append(weights, float64(e.Count))
		kept = append(kept, e)
	}
	xs, ys := forceLayout(len(nodes), links, weights, g.W, g.H, 48, 300)
	for i, nd := range nodes {
		x, y := xs[i], ys[i]
		r := 5 + 18*math.Sqrt(float64(nd.Count)/float64(maxNode))
		gn := gnode{Node: nd, X: round1(x), Y: round1(y), R: round1(r), Class: toneClass(nd.Goldstein), Anchor: "start"}
		gn.LX, gn.LY = round1(x+r+3), round1(y+4)
		if x > g.W*0.75 {
			gn.Anchor, gn.LX = "end", round1(x-r-3)
		}
		g.Nodes = append(g.Nodes, gn)
	}
	for k, e := range kept {
		a, b := g.Nodes[links[k][0]], g.Nodes[links[k][1]]
		// The control point sits off the middle, to the left of a→b.
		mx, my := (a.X+b.X)/2, (a.Y+b.Y)/2
		dx, dy := b.X-a.X, b.Y-a.Y
		cx, cy := mx+dy*0.12, my-dx*0.12
		g.Edges = append(g.Edges, gedge{Edge: e,
			Path:  fmt.Sprintf("M%.1f,%.1fQ%.1f,%.1f %.1f,%.1f", a.X, a.Y, cx, cy, b.X, b.Y),
			Width: round1(1 + 6*float64(e.Count)/float64(maxEdge)), Class: toneClass(e.Goldstein)})
	}
	return g
}

func round1(f float64) float64 { return math.Round(f*10) / 10 }

// worldMap is the world in the Equal Earth projection: every country's
// outline from Natural Earth (package world), countries with events shaded
// by their mean Goldstein score and, more opaque, by their count, and the
// places of events as dots. Countries the outline lacks get a circle at
// their GeoNames centre.
type worldMap struct {
	W, H      float64
	Land      template.HTML // every country, drawn once per handler
	Shaded    []mshape      // countries with events, over the land
	Countries []mpoint      // countries with events but no outline
	Places    []mpoint
	Empty     bool
}

type mshape struct {
	Path    string
	Label   string
	Href    string
	Class   string
	Opacity string
}

type mpoint struct {
	X, Y, R float64
	Label   string
	Href    string
	Class   string
}

// outline is the world map's land, loaded once per handler.
type outline struct {
	countries []world.Country
	byISO3    map[string]int
	height    float64 // the map is cut below 60°S: Antarctica has no news
	land      template.HTML
}

func newOutline() (*outline, error) {
	cs, err := world.Countries()
	if err != nil {
		return nil, err
	}
	o := &outline{byISO3: map[string]int{}}
	for _, c := range cs {
		if c.ISO3 == "ATA" {
			continue
		}
		o.byISO3[c.ISO3] = len(o.countries)
		o.countries = append(o.countries, c)
	}
	_, o.height = world.Project(-60, 0)
	var b strings.Builder
	b.WriteString(`<g class="land">`)
	for _, c := range o.countries {
		// world.Parse lets only digits, separators and path commands
		// into Path; the name is escaped.
		fmt.Fprintf(&b, `<path d="%s"><title>%s</title></path>`, c.Path, template.HTMLEscapeString(c.Name))
	}
	b.WriteString(`</g>`)
	o.land = template.HTML(b.String())
	return o, nil
}

func project(lat, lon float64) (float64, float64) { return world.Project(lat, lon) }

func mapChart(gaz *place.Gazetteer, o *outline, places, countries []store.Group) worldMap {
	m := worldMap{W: world.Width, H: world.Height, Empty: len(places) == 0 && len(countries) == 0}
	if o != nil {
		m.H = o.height
	}
	var most int64 = 1
	for _, c := range countries {
		most = max(most, c.Count)
	}
	shaded := map[int]mshape{}
	for _, c := range countries {
		name, iso3 := c.Key, c.Key
		var info place.Country
		var known bool
		if gaz != nil {
			if info, known = gaz.Country(c.Key); known {
				name, iso3 = info.Name, info.ISO3
			}
		}
		label := fmt.Sprintf("%s: %d events, mean Goldstein %.1f", name, c.Count, c.Goldstein)
		href := "/search?country=" + url.QueryEscape(c.Key)
		share := math.Sqrt(float64(c.Count) / float64(most))
		if o != nil {
			if i, ok := o.byISO3[iso3]; ok {
				if _, dup := shaded[i]; !dup { // two codes of one country: the first, busier, wins
					shaded[i] = mshape{Path: o.countries[i].Path, Label: label, Href: href, Class: toneClass(c.Goldstein),
						Opacity: strconv.FormatFloat(0.3+0.65*share, 'f', 2, 64)}
				}
				continue
			}
		}
		if !known || (info.Lat == 0 && info.Lon == 0) {
			continue
		}
		x, y := project(info.Lat, info.Lon)
		m.Countries = append(m.Countries, mpoint{X: x, Y: y, R: 3 + 9*share, Label: label, Href: href, Class: toneClass(c.Goldstein)})
	}
	if o != nil {
		m.Land = o.land
		for i := range o.countries {
			if s, ok := shaded[i]; ok {
				m.Shaded = append(m.Shaded, s)
			}
		}
	}
	for _, p := range places {
		if p.Lat == 0 && p.Lon == 0 {
			continue
		}
		x, y := project(p.Lat, p.Lon)
		m.Places = append(m.Places, mpoint{X: x, Y: y, R: 1.5 + math.Min(4, math.Sqrt(float64(p.Count))/2),
			Label: fmt.Sprintf("%s (%s): %d events, mean Goldstein %.1f", p.Key, p.Country, p.Count, p.Goldstein),
			Href:  "/search?country=" + url.QueryEscape(p.Country), Class: toneClass(p.Goldstein)})
	}
	return m
}

// segment is a run of an article's text with the marks over it.
type segment struct {
	Text    string
	Classes string // space-separated: ev (an event's sentence), src, tgt, pred, quote, frame
	// IDs are the anchors of the events whose sentence starts here: the
	// sentence's first segment, which events of one sentence share.
	IDs   []string
	Title string
}

// mark is one annotation span of the text.
type mark struct {
	start, end int
	class      string
	id, title  string
}

// annotate splits an article's text into paragraphs of segments, marking
// the sentences that produced events (with source, target and predicate),
// quotes and framing marks. Spans outside the text or not on character
// boundaries are clipped or dropped; nothing here trusts the offsets.
func annotate(a *model.Article) [][]segment {
	text := a.Text
	var marks []mark
	add := func(s model.Span, class, id, title string) {
		start, end := snap(text, s.Start), snap(text, s.End)
		if start < end {
			marks = append(marks, mark{start, end, class, id, title})
		}
	}
	for i, e := range a.Events {
		sent := e.Evidence.Sentence
		if sent.End <= sent.Start && e.Sentence != "" {
			if k := strings.Index(text, e.Sentence); k >= 0 {
				sent = model.Span{Start: k, End: k + len(e.Sentence)}
			}
		}
		id := fmt.Sprintf("s-%d", i)
		add(sent, "ev", id, fmt.Sprintf("event %d: %s %s", i+1, e.Code, codeName(e.Code)))
		add(e.Evidence.Source, "src", "", "source")
		add(e.Evidence.Target, "tgt", "", "target")
		add(e.Evidence.Predicate, "pred", "", "predicate")
	}
	for _, q := range a.Quotes {
		add(q.Span, "quote", "", "quote: "+q.Speaker.Name)
	}
	for _, f := range a.Framing {
		add(f.Span, "frame", "", "framing: "+f.Kind)
	}
	cuts := map[int]bool{0: true, len(text): true}
	for _, m := range marks {
		cuts[m.start], cuts[m.end] = true, true
	}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			cuts[i], cuts[i+1] = true, true
		}
	}
	points := make([]int, 0, len(cuts))
	for p := range cuts {
		points = append(points, p)
	}
	sort.Ints(points)
	var paras [][]segment
	var cur []segment
	seen := map[string]bool{}
	for k := 0; k+1 < len(points); k++ {
		s, e := points[k], points[k+1]
		if text[s:e] == "\n" {
			if len(cur) > 0 {
				paras = append(paras, cur)
			}
			cur = nil
			continue
		}
		seg := segment{Text: text[s:e]}
		var classes, titles []string
		for _, m := range marks {
			if m.start <= s && e <= m.end {
				if !slices.Contains(classes, m.class) {
					classes = append(classes, m.class)
				}
				titles = append(titles, m.title)
				if m.id != "" && !seen[m.id] {
					seen[m.id] = true
					seg.IDs = append(seg.IDs, m.id)
				}
			}
		}
		seg.Classes, seg.Title = strings.Join(classes, " "), strings.Join(titles, "; ")
		cur = append(cur, seg)
	}
	if len(cur) > 0 {
		paras = append(paras, cur)
	}
	return paras
}

// snap clips an offset to the text and moves it back to a character
// boundary.
func snap(text string, i int) int {
	i = max(0, min(i, len(text)))
	for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}
