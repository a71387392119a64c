package place

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"sync"

	"github.com/casus-project/casus/internal/inplace"
)

// ErrFormat reports a compiled gazetteer that casus cannot read.
var ErrFormat = errors.New("not a casus gazetteer file")

// placesBin is the compiled gazetteer that Build writes.
//
//go:embed data/places.bin
var placesBin []byte

var loadDefault = sync.OnceValues(func() (*Gazetteer, error) {
	// The embedded file's indexes are not checked here, at every start,
	// but by TestDefaultChecked; its checksum is.
	g, err := read(placesBin, false)
	if err != nil {
		return nil, fmt.Errorf("embedded data/places.bin: %w", err)
	}
	return g, nil
})

// Default returns the gazetteer embedded in the binary, compiled by Build
// from GeoNames (geonames.org, CC BY 4.0): places of 15,000 people or
// more and seats of administrative divisions, their first-order
// divisions, and every country with its ISO, FIPS and CAMEO codes. It is
// decoded on the first call only; the result is shared and safe for
// concurrent use.
func Default() (*Gazetteer, error) { return loadDefault() }

// Kinds of record.
const (
	kindCity uint8 = iota
	kindADM1
	kindCountry
)

// rec is a place as stored.
type rec struct {
	Name    string
	ID      int64
	Lat     int32 // 1e-5 degrees
	Lon     int32
	Country uint16 // index into countries
	Adm     int32  // index of the ADM1 record, -1 if none
	Admin1  string // GeoNames admin1 code
	Code    string // GeoNames feature code
	Kind    uint8
	Pop     int64
}

// crec is a country as stored.
type crec struct {
	Name, ISO2, ISO3, FIPS, CAMEO, Capital, Continent string
	ID, Pop                                           int64
	Lat, Lon                                          int32
	Place                                             int32 // its kindCountry record
}

// file is the content of a compiled gazetteer (see format.go).
type file struct {
	Places    []rec
	Countries []crec
	// Keys holds the folded names, sorted, end to end; KeyEnd[i] ends
	// key i. CandEnd[i] ends key i's candidates in Cands; a candidate is
	// a place index shifted left by candShift, its low bits the name
	// level (nameOwn, nameSimilar, nameAlt).
	Keys    string
	KeyEnd  []uint32
	CandEnd []uint32
	Cands   []uint32
}

// Candidates: a place index and how the name belongs to the place.
const (
	candShift  = 2
	candLevels = 1<<candShift - 1
	// nameAlt is an alternate name unlike the place's own ("Trnava" for
	// Tirana), nameSimilar one that differs little from it ("Geneva"
	// for Genève), nameOwn the place's own name or a country's alias.
	nameAlt     = 0
	nameSimilar = 1
	nameOwn     = 2
)

func candPlace(c uint32) int32 { return int32(c >> candShift) }

const (
	// maxWords and maxKey bound a name: in words and in folded bytes.
	maxWords = 10
	maxKey   = 64
)

// Gazetteer finds places and countries by name and code. It is
// immutable and safe for concurrent use.
type Gazetteer struct {
	f file // without Places: see places
	// places are the places of the file, their strings in strs: the
	// collector has no pointer to follow in them.
	places                        []prec
	strs                          inplace.Strings
	byISO2, byISO3, byFIPS, byCAM map[string]int
}

// prec is a place as a Gazetteer keeps it: a rec whose strings are
// indexes into the gazetteer's strings.
type prec struct {
	ID, Pop            int64
	Lat, Lon           int32
	Adm                int32
	name, admin1, code uint32
	Country            uint16
	Kind               uint8
}

// name, admin1 and code return the strings of place p.
func (g *Gazetteer) name(p *prec) string   { return g.strs.At(p.name) }
func (g *Gazetteer) admin1(p *prec) string { return g.strs.At(p.admin1) }
func (g *Gazetteer) code(p *prec) string   { return g.strs.At(p.code) }

// Read decodes a compiled gazetteer written by WriteTo or Build.
func Read(r io.Reader) (*Gazetteer, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("place: %w: %v", ErrFormat, err)
	}
	return read(b, true)
}

// read decodes the compiled gazetteer b, which the gazetteer keeps and
// reads: b must not change. It checks the checksum and the indexes (see
// check) when checked is set, which it must be for any file but the
// embedded one: that one is part of the binary, and TestDefaultChecked
// checks it, so a start spares reading all its bytes.
func read(b []byte, checked bool) (*Gazetteer, error) {
	g, err := decode(b, checked)
	if err != nil {
		return nil, fmt.Errorf("place: %w: %v", ErrFormat, err)
	}
	if checked {
		if err := g.check(); err != nil {
			return nil, fmt.Errorf("place: %w: %v", ErrFormat, err)
		}
	}
	g.index()
	return g, nil
}

// check validates every index of g so that lookups cannot go out of
// range.
func (g *Gazetteer) check() error {
	f := &g.f
	nc, np := len(f.Countries), len(g.places)
	if nc > math.MaxUint16 || np > math.MaxInt32/2 {
		return errors.New("too many records")
	}
	ns := uint32(len(g.strs.Ends))
	for i, p := range g.places {
		if int(p.Country) >= nc {
			return fmt.Errorf("place %d: country %d out of range", i, p.Country)
		}
		if p.Adm < -1 || int(p.Adm) >= np || (p.Adm >= 0 && g.places[p.Adm].Kind != kindADM1) {
			return fmt.Errorf("place %d: division %d out of range", i, p.Adm)
		}
		if p.Kind > kindCountry {
			return fmt.Errorf("place %d: kind %d", i, p.Kind)
		}
		if p.name >= ns || p.admin1 >= ns || p.code >= ns {
			return fmt.Errorf("place %d: string out of range", i)
		}
	}
	for i, c := range f.Countries {
		if c.Place < 0 || int(c.Place) >= np {
			return fmt.Errorf("country %d: place %d out of range", i, c.Place)
		}
	}
	if len(f.KeyEnd) != len(f.CandEnd) {
		return errors.New("key and candidate tables differ in length")
	}
	prevEnd, prevCand, prevKey := uint32(0), uint32(0), ""
	for i, end := range f.KeyEnd {
		if end < prevEnd || int(end) > len(f.Keys) {
			return fmt.Errorf("key %d: bad end %d", i, end)
		}
		k := f.Keys[prevEnd:end]
		if i > 0 && k <= prevKey {
			return fmt.Errorf("key %d: %q not sorted after %q", i, k, prevKey)
		}
		ce := f.CandEnd[i]
		if ce < prevCand || int(ce) > len(f.Cands) {
			return fmt.Errorf("key %d: bad candidate end %d", i, ce)
		}
		prevEnd, prevCand, prevKey = end, ce, k
	}
	for i, c := range f.Cands {
		if int(c>>candShift) >= np || c&candLevels > nameOwn {
			return fmt.Errorf("candidate %d: place %d level %d out of range", i, c>>candShift, c&candLevels)
		}
	}
	return nil
}

// newGazetteer returns the gazetteer of f, unchecked and without its
// country codes (see check and index).
func newGazetteer(f file) *Gazetteer {
	g := &Gazetteer{f: f, places: make([]prec, len(f.Places))}
	g.f.Places = nil
	var text strings.Builder
	index := map[string]uint32{}
	str := func(s string) uint32 {
		i, ok := index[s]
		if !ok {
			text.WriteString(s)
			i = uint32(len(g.strs.Ends))
			g.strs.Ends = append(g.strs.Ends, uint32(text.Len()))
			index[s] = i
		}
		return i
	}
	for i, p := range f.Places {
		g.places[i] = prec{ID: p.ID, Pop: p.Pop, Lat: p.Lat, Lon: p.Lon, Adm: p.Adm,
			name: str(p.Name), admin1: str(p.Admin1), code: str(p.Code), Country: p.Country, Kind: p.Kind}
	}
	g.strs.Text = text.String()
	return g
}

// index builds the maps of country codes of a checked gazetteer.
func (g *Gazetteer) index() {
	f := &g.f
	g.byISO2 = make(map[string]int, len(f.Countries))
	g.byISO3 = make(map[string]int, len(f.Countries))
	g.byFIPS = make(map[string]int, len(f.Countries))
	g.byCAM = make(map[string]int, len(f.Countries))
	add := func(m map[string]int, code string, i int, override bool) {
		if code == "" {
			return
		}
		if _, ok := m[code]; !ok || override {
			m[code] = i
		}
	}
	for i, c := range f.Countries {
		// Regions that share an ISO code with their country (the West
		// Bank and Gaza Strip) come after it and take only the codes
		// that are their own.
		add(g.byISO2, c.ISO2, i, false)
		add(g.byISO3, c.ISO3, i, false)
		add(g.byFIPS, c.FIPS, i, g.code(&g.places[c.Place]) == "RGN")
		add(g.byCAM, c.CAMEO, i, false)
	}
}

// records returns the places of g as Build made them.
func (g *Gazetteer) records() []rec {
	out := make([]rec, len(g.places))
	for i := range g.places {
		p := &g.places[i]
		out[i] = rec{Name: g.name(p), ID: p.ID, Lat: p.Lat, Lon: p.Lon, Country: p.Country, Adm: p.Adm,
			Admin1: g.admin1(p), Code: g.code(p), Kind: p.Kind, Pop: p.Pop}
	}
	return out
}

// WriteTo writes g in the compiled format that Read decodes.
func (g *Gazetteer) WriteTo(w io.Writer) (int64, error) {
	f := g.f
	f.Places = g.records()
	b, err := f.encode()
	if err != nil {
		return 0, fmt.Errorf("place: encoding gazetteer: %w", err)
	}
	n, err := w.Write(b)
	return int64(n), err
}

// Len returns the number of places (cities, divisions and countries) in
// g.
func (g *Gazetteer) Len() int { return len(g.places) }

func (g *Gazetteer) key(i int) string {
	start := uint32(0)
	if i > 0 {
		start = g.f.KeyEnd[i-1]
	}
	return g.f.Keys[start:g.f.KeyEnd[i]]
}

func (g *Gazetteer) cands(i int) []uint32 {
	start := uint32(0)
	if i > 0 {
		start = g.f.CandEnd[i-1]
	}
	return g.f.Cands[start:g.f.CandEnd[i]]
}

// joiner reports whether a token that folds to nothing may sit inside a
// name: hyphens, apostrophes and periods ("Ivano - Frankivsk", "St. John
// 's").
func joiner(w string) bool {
	switch w {
	case "-", "–", "‐", "'", "’", ".", "&":
		return true
	}
	return false
}

// match calls fn(n, k) for every n such that words[:n] spells key k,
// shortest first.
func (g *Gazetteer) match(words []string, fn func(n, k int)) {
	var buf [maxKey + 8]byte
	key := buf[:0]
	lo, hi := 0, len(g.f.KeyEnd)
	for i, w := range words {
		if i == maxWords {
			return
		}
		before := len(key)
		if len(w) > maxKey {
			return
		}
		key, _ = fold(key, w)
		if len(key) > maxKey {
			return
		}
		if len(key) == before {
			if i == 0 || !joiner(w) {
				return
			}
			continue
		}
		ks := string(key)
		j := lo + sort.Search(hi-lo, func(x int) bool { return g.key(lo+x) >= ks })
		if j == hi || !strings.HasPrefix(g.key(j), ks) {
			return
		}
		lo = j
		if g.key(j) == ks {
			fn(i+1, j)
		}
	}
}

// hints narrow ambiguous names: places in these countries or divisions
// are preferred.
type hints struct {
	countries []uint16
	adms      []int32
}

func (h *hints) hasCountry(c uint16) bool {
	if h == nil {
		return false
	}
	for _, x := range h.countries {
		if x == c {
			return true
		}
	}
	return false
}

func (h *hints) hasAdm(a int32) bool {
	if h == nil || a < 0 {
		return false
	}
	for _, x := range h.adms {
		if x == a {
			return true
		}
	}
	return false
}

// score ranks candidate c: populous places first, then capitals, seats
// of divisions and countries above other places of the same name, a
// place's own name above an alternate name, and places in the hinted
// countries and divisions above all.
func (g *Gazetteer) score(c uint32, h *hints) float64 {
	p := &g.places[candPlace(c)]
	s := math.Log10(float64(max(p.Pop, 0)) + 1)
	switch p.Kind {
	case kindCountry:
		s += 8
		if g.code(p) == "RGN" {
			s -= 1
		}
	default:
		switch g.code(p) {
		case "PPLC":
			s += 2.5
		case "PPLA":
			s += 1
		case "PPLA2":
			s += 0.3
		case "PPLX":
			s -= 1.5
		case "PPLH", "PPLQ", "PPLW":
			s -= 3
		}
	}
	switch c & candLevels {
	case nameOwn:
		s += 2
	case nameSimilar:
		s += 1.5
	default:
		s--
	}
	if h.hasCountry(p.Country) {
		s += 6
		if p.Kind == kindADM1 {
			s += 4
		}
	}
	if h.hasAdm(p.Adm) {
		s += 10
	}
	return s
}

// best returns the highest-scoring candidate of cs that keep accepts.
func (g *Gazetteer) best(cs []uint32, h *hints, keep func(p *prec) bool) (uint32, bool) {
	var bc uint32
	bs, found := math.Inf(-1), false
	for _, c := range cs {
		if keep != nil && !keep(&g.places[candPlace(c)]) {
			continue
		}
		if s := g.score(c, h); s > bs {
			bc, bs, found = c, s, true
		}
	}
	return bc, found
}

// find is Lookup on place indexes: the longest name at the start of
// words that keep accepts, its best candidate, and a trailing ", Region"
// or ", Country" qualifier that narrows it ("Paris, Texas").
func (g *Gazetteer) find(words []string, h *hints, keep func(p *prec) bool) (place int32, n int, ok bool) {
	var bestC uint32
	g.match(words, func(m, k int) {
		if c, found := g.best(g.cands(k), h, keep); found {
			bestC, n, ok = c, m, true
		}
	})
	if !ok {
		return 0, 0, false
	}
	place = candPlace(bestC)
	if n+1 < len(words) && words[n] == "," {
		if q, qn, qok := g.qualify(words[:n], words[n+1:], h, keep); qok {
			return q, n + 1 + qn, true
		}
	}
	return place, n, true
}

// qualify resolves name (a matched name) against a following region or
// country name: the best place of that name within it.
func (g *Gazetteer) qualify(name, rest []string, h *hints, keep func(p *prec) bool) (int32, int, bool) {
	var (
		bestP int32
		bestN int
		found bool
	)
	g.match(rest, func(m, k int) {
		var qh hints
		for _, c := range g.cands(k) {
			p := &g.places[candPlace(c)]
			switch p.Kind {
			case kindCountry:
				qh.countries = append(qh.countries, p.Country)
			case kindADM1:
				qh.adms = append(qh.adms, candPlace(c))
			}
		}
		if len(qh.countries) == 0 && len(qh.adms) == 0 {
			return
		}
		inside := func(p *prec) bool {
			if keep != nil && !keep(p) {
				return false
			}
			return p.Kind != kindCountry && (qh.hasCountry(p.Country) || qh.hasAdm(p.Adm))
		}
		var c uint32
		var ok bool
		g.match(name, func(nm, nk int) {
			if nm == len(name) {
				c, ok = g.best(g.cands(nk), &qh, inside)
			}
		})
		if ok {
			bestP, bestN, found = candPlace(c), m, true
		}
	})
	return bestP, bestN, found
}

// place converts record i.
func (g *Gazetteer) place(i int32) Place {
	p := &g.places[i]
	c := &g.f.Countries[p.Country]
	out := Place{
		Name:        g.name(p),
		GeonameID:   p.ID,
		Country:     c.ISO3,
		CountryName: c.Name,
		ISO2:        c.ISO2,
		FIPS:        c.FIPS,
		FeatureCode: g.code(p),
		Population:  p.Pop,
		Lat:         float64(p.Lat) / 1e5,
		Lon:         float64(p.Lon) / 1e5,
	}
	us := c.ISO2 == "US"
	switch p.Kind {
	case kindCountry:
		out.Type, out.FeatureClass, out.ADM1 = TypeCountry, "A", c.FIPS
	case kindADM1:
		out.Type, out.FeatureClass = TypeWorldState, "A"
		if us {
			out.Type = TypeUSState
		}
		out.ADM1, out.Admin1Name = c.FIPS+g.admin1(p), g.name(p)
	default:
		out.Type, out.FeatureClass = TypeWorldCity, "P"
		if us {
			out.Type = TypeUSCity
		}
		if a := g.admin1(p); a != "" {
			out.ADM1 = c.FIPS + a
		}
		if p.Adm >= 0 {
			out.Admin1Name = g.name(&g.places[p.Adm])
		}
	}
	return out
}

// countryIndex finds a country by ISO2, ISO3, FIPS or CAMEO code.
func (g *Gazetteer) countryIndex(code string) (int, bool) {
	code = strings.ToUpper(strings.TrimSpace(code))
	var i int
	var ok bool
	switch len(code) {
	case 2:
		if i, ok = g.byISO2[code]; !ok {
			i, ok = g.byFIPS[code]
		}
	case 3:
		if i, ok = g.byISO3[code]; !ok {
			i, ok = g.byCAM[code]
		}
	}
	return i, ok
}

// hintFor turns a country code into hints; nil when code is empty or
// unknown.
func (g *Gazetteer) hintFor(code string) *hints {
	if code == "" {
		return nil
	}
	i, ok := g.countryIndex(code)
	if !ok {
		return nil
	}
	return &hints{countries: []uint16{g.places[g.f.Countries[i].Place].Country}}
}

// Lookup finds the place named by the words at the start of words and
// reports how many words the name took. The longest name wins ("New
// Delhi" over "New"); words are compared case-blind and without
// diacritics, so "Tirane", "Tiranë" and "TIRANA" all find Tirana, and
// GeoNames' alternate names in Latin script are known. A trailing ",
// Region" or ", Country" narrows the name and is counted in n ("Paris ,
// Texas" is 3 words). Of several places of one name the best is
// returned: a country, a capital or a populous place, preferring places
// in countryHint (an ISO2, ISO3, FIPS or CAMEO code; "" for none).
//
// words are tokens as package segment makes them; a token that is only a
// hyphen, apostrophe or period may sit inside a name.
func (g *Gazetteer) Lookup(words []string, countryHint string) (p Place, n int, ok bool) {
	i, n, ok := g.find(words, g.hintFor(countryHint), nil)
	if !ok {
		return Place{}, 0, false
	}
	return g.place(i), n, true
}

// Country returns the country with the given ISO 3166-1 alpha-2 or
// alpha-3, FIPS 10-4 or CAMEO code. Two-letter codes are tried as ISO
// codes before FIPS codes ("AU" is Australia; use CountryByFIPS for
// FIPS's Austria), three-letter codes as ISO before CAMEO ("ROU" and
// "ROM" are both Romania).
func (g *Gazetteer) Country(code string) (Country, bool) {
	i, ok := g.countryIndex(code)
	if !ok {
		return Country{}, false
	}
	return g.country(i), true
}

// CountryByFIPS returns the country with the given FIPS 10-4 code.
func (g *Gazetteer) CountryByFIPS(code string) (Country, bool) {
	i, ok := g.byFIPS[strings.ToUpper(strings.TrimSpace(code))]
	if !ok {
		return Country{}, false
	}
	return g.country(i), true
}

func (g *Gazetteer) country(i int) Country {
	c := &g.f.Countries[i]
	return Country{
		Name: c.Name, ISO2: c.ISO2, ISO3: c.ISO3, FIPS: c.FIPS, CAMEO: c.CAMEO,
		Capital: c.Capital, Continent: c.Continent, GeonameID: c.ID, Population: c.Pop,
		Lat: float64(c.Lat) / 1e5, Lon: float64(c.Lon) / 1e5,
	}
}

// Countries returns every country of g, in the order of GeoNames'
// country table.
func (g *Gazetteer) Countries() []Country {
	out := make([]Country, len(g.f.Countries))
	for i := range out {
		out[i] = g.country(i)
	}
	return out
}

// CountryPlace returns the country with the given code (as for Country)
// as a Place of TypeCountry.
func (g *Gazetteer) CountryPlace(code string) (Place, bool) {
	i, ok := g.countryIndex(code)
	if !ok {
		return Place{}, false
	}
	return g.place(g.f.Countries[i].Place), true
}

// CountryByName finds the country named at the start of words, with an
// optional leading "the" ("the United States", "Albania", "U.S."), and
// reports how many words it took. Demonyms ("Albanian") are not country
// names here: they belong to the actor dictionaries.
func (g *Gazetteer) CountryByName(words []string) (c Country, n int, ok bool) {
	skip := 0
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		skip = 1
	}
	i, n, ok := g.find(words[skip:], nil, func(p *prec) bool { return p.Kind == kindCountry })
	if !ok {
		return Country{}, 0, false
	}
	// A country's record carries its own country index.
	return g.country(int(g.places[i].Country)), skip + n, true
}
