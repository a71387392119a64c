package place

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ErrSyntax reports a malformed line of a GeoNames, CAMEO or supplement
// file.
var ErrSyntax = errors.New("syntax error")

// ParseError is the error of Build's readers: where in which file a line
// could not be read, and why.
type ParseError struct {
	File string // file name
	Line int    // 1-based line number
	Err  error  // wraps ErrSyntax
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("place: %s:%d: %v", e.File, e.Line, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// BuildConfig says where Build reads and writes. Paths are relative to
// the working directory; the zero value suits the repository root.
type BuildConfig struct {
	// Data is the shared data folder (default "../shared/data"): Build
	// reads geonames/cities15000.txt, geonames/countryInfo.txt,
	// geonames/admin1Codes_regionInfo.tsv and cameo/CAMEO.country.txt.
	Data string
	// Dir is the package's data folder (default "place/data"): it holds
	// countries.txt, casus's own country aliases, and receives places.bin
	// and BUILD.txt (the build log).
	Dir string
	// Log, when set, receives progress lines.
	Log io.Writer
}

func (c *BuildConfig) defaults() {
	if c.Data == "" {
		c.Data = filepath.Join("..", "shared", "data")
	}
	if c.Dir == "" {
		c.Dir = filepath.Join("place", "data")
	}
	if c.Log == nil {
		c.Log = io.Discard
	}
}

// Build compiles the gazetteer from GeoNames' cities15000, country and
// admin1 tables, CAMEO's country codes and the aliases of Dir/countries.txt.
// It writes Dir/places.bin, which the package embeds, and Dir/BUILD.txt,
// a log of counts and of what was skipped.
func Build(ctx context.Context, cfg BuildConfig) error {
	cfg.defaults()
	var logb strings.Builder
	logf := func(format string, args ...any) {
		fmt.Fprintf(&logb, format+"\n", args...)
		fmt.Fprintf(cfg.Log, "place: "+format+"\n", args...)
	}
	geo := filepath.Join(cfg.Data, "geonames")
	b := &builder{logf: logf, admIndex: map[string]int32{}, countryIdx: map[string]int{}, keys: map[string][]uint32{}}
	steps := []struct {
		path string
		read func(*lineReader) error
	}{
		{filepath.Join(geo, "countryInfo.txt"), b.readCountries},
		{filepath.Join(cfg.Data, "cameo", "CAMEO.country.txt"), b.readCAMEO},
		{filepath.Join(cfg.Dir, "countries.txt"), b.readSupplement},
		{filepath.Join(geo, "admin1Codes_regionInfo.tsv"), b.readAdmin1},
		{filepath.Join(geo, "cities15000.txt"), b.readCities},
	}
	for _, s := range steps {
		if err := ctx.Err(); err != nil {
			return err
		}
		logf("reading %s", s.path)
		if err := readLines(s.path, s.read); err != nil {
			return err
		}
	}
	f := b.finish()
	g := newGazetteer(f)
	if err := g.check(); err != nil {
		return fmt.Errorf("place: built an invalid gazetteer: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	out := filepath.Join(cfg.Dir, "places.bin")
	tmp := out + ".tmp"
	w, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("place: %w", err)
	}
	n, err := g.WriteTo(w)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, out)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("place: writing %s: %w", out, err)
	}
	logf("wrote %s: %d bytes", out, n)
	header := "# place.Build log. GeoNames data (geonames.org), CC BY 4.0.\n"
	if err := os.WriteFile(filepath.Join(cfg.Dir, "BUILD.txt"), []byte(header+logb.String()), 0o644); err != nil {
		return fmt.Errorf("place: %w", err)
	}
	return nil
}

// lineReader yields the tab-separated fields of a file's lines, skipping
// blank lines and lines that start with '#'.
type lineReader struct {
	name string
	sc   *bufio.Scanner
	line int
}

// next returns the fields of the next line, or io.EOF.
func (r *lineReader) next() ([]string, error) {
	for r.sc.Scan() {
		r.line++
		s := strings.TrimRight(r.sc.Text(), "\r")
		if strings.TrimSpace(s) == "" || s[0] == '#' {
			continue
		}
		return strings.Split(s, "\t"), nil
	}
	if err := r.sc.Err(); err != nil {
		return nil, fmt.Errorf("place: %s:%d: %w", r.name, r.line+1, err)
	}
	return nil, io.EOF
}

// rows yields the fields of each line (see next) to the end of the file,
// or up to the first error, which it yields with nil fields.
func (r *lineReader) rows() iter.Seq2[[]string, error] {
	return func(yield func([]string, error) bool) {
		for {
			f, err := r.next()
			if err == io.EOF || !yield(f, err) || err != nil {
				return
			}
		}
	}
}

// errorf returns a *ParseError for the current line.
func (r *lineReader) errorf(format string, args ...any) error {
	return &ParseError{File: r.name, Line: r.line, Err: fmt.Errorf("%w: "+format, append([]any{ErrSyntax}, args...)...)}
}

func newLineReader(name string, rd io.Reader) *lineReader {
	sc := bufio.NewScanner(rd)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	return &lineReader{name: name, sc: sc}
}

func readLines(path string, read func(*lineReader) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("place: %w", err)
	}
	defer f.Close()
	return read(newLineReader(path, f))
}

// city is one row of cities15000.txt, as Build keeps it.
type city struct {
	id           int64
	name, ascii  string
	alt          []string
	lat, lon     float64
	class, code  string
	cc, admin1   string
	population   int64
	modification string
}

// parseCity reads one row of GeoNames' geoname table (19 columns).
func parseCity(fields []string) (city, error) {
	if len(fields) != 19 {
		return city{}, fmt.Errorf("%d columns, want 19", len(fields))
	}
	var c city
	var err error
	if c.id, err = strconv.ParseInt(fields[0], 10, 64); err != nil || c.id <= 0 {
		return city{}, fmt.Errorf("bad geonameid %q", fields[0])
	}
	c.name, c.ascii = strings.TrimSpace(fields[1]), strings.TrimSpace(fields[2])
	if c.name == "" {
		return city{}, errors.New("empty name")
	}
	if fields[3] != "" {
		c.alt = strings.Split(fields[3], ",")
	}
	if c.lat, err = strconv.ParseFloat(fields[4], 64); err != nil || math.IsNaN(c.lat) || c.lat < -90 || c.lat > 90 {
		return city{}, fmt.Errorf("bad latitude %q", fields[4])
	}
	if c.lon, err = strconv.ParseFloat(fields[5], 64); err != nil || math.IsNaN(c.lon) || c.lon < -180 || c.lon > 180 {
		return city{}, fmt.Errorf("bad longitude %q", fields[5])
	}
	c.class, c.code, c.cc, c.admin1 = fields[6], fields[7], fields[8], fields[10]
	if len(c.cc) != 2 {
		return city{}, fmt.Errorf("bad country code %q", c.cc)
	}
	if fields[14] != "" {
		if c.population, err = strconv.ParseInt(fields[14], 10, 64); err != nil || c.population < 0 {
			return city{}, fmt.Errorf("bad population %q", fields[14])
		}
	}
	c.modification = fields[18]
	return c, nil
}

// builder accumulates the gazetteer while Build reads its sources.
type builder struct {
	logf       func(string, ...any)
	places     []rec
	countries  []crec
	countryIdx map[string]int // ISO2 → country index (real countries only)
	admNames   map[string][2]string
	admIDs     map[string]int64
	admIndex   map[string]int32 // "CC.code" → ADM1 record
	cities     []city
	keys       map[string][]uint32
	aliases    [][]string // per country: extra names
	cameoSet   map[string]string
	regions    []region
}

type region struct {
	cameo, iso2, fips string
	lat, lon          float64
	names             []string
}

func (b *builder) readCountries(r *lineReader) error {
	for f, err := range r.rows() {
		if err != nil {
			return err
		}
		if len(f) < 17 {
			return r.errorf("%d columns, want at least 17", len(f))
		}
		iso2, iso3, fips, name := f[0], f[1], f[3], f[4]
		if len(iso2) != 2 || len(iso3) != 3 || name == "" {
			return r.errorf("bad country codes %q %q or empty name", iso2, iso3)
		}
		pop, err := strconv.ParseInt(f[7], 10, 64)
		if err != nil || pop < 0 {
			return r.errorf("bad population %q", f[7])
		}
		id, err := strconv.ParseInt(f[16], 10, 64)
		if err != nil {
			return r.errorf("bad geonameid %q", f[16])
		}
		if _, dup := b.countryIdx[iso2]; dup {
			return r.errorf("duplicate country %s", iso2)
		}
		i := len(b.countries)
		b.countryIdx[iso2] = i
		b.countries = append(b.countries, crec{Name: name, ISO2: iso2, ISO3: iso3, FIPS: fips, Capital: f[5], Continent: f[8], ID: id, Pop: pop, Place: int32(i)})
		b.aliases = append(b.aliases, nil)
	}
	b.logf("countries: %d", len(b.countries))
	return nil
}

func (b *builder) readCAMEO(r *lineReader) error {
	b.cameoSet = map[string]string{}
	byISO3 := map[string]int{}
	byName := map[string]int{}
	for i, c := range b.countries {
		byISO3[c.ISO3] = i
		byName[foldString(c.Name)] = i
	}
	var unmatched []string
	for f, err := range r.rows() {
		if err != nil {
			return err
		}
		if len(f) < 2 {
			return r.errorf("want CODE<tab>LABEL")
		}
		code, label := strings.TrimSpace(f[0]), strings.TrimSpace(f[1])
		if code == "CODE" || code == "0" { // header; "0" is "Unknown or Not Applicable"
			continue
		}
		if len(code) != 3 {
			return r.errorf("bad CAMEO code %q", code)
		}
		b.cameoSet[code] = label
		i, ok := byISO3[code]
		if !ok {
			i, ok = byName[foldString(label)]
		}
		if !ok {
			unmatched = append(unmatched, code+" "+label)
			continue
		}
		if b.countries[i].CAMEO == "" {
			b.countries[i].CAMEO = code
		}
		b.aliases[i] = append(b.aliases[i], label)
	}
	b.logf("CAMEO codes without a GeoNames country (regions, or set in countries.txt): %s", strings.Join(unmatched, "; "))
	return nil
}

// readSupplement reads countries.txt: "alias ISO2 name|name...",
// "cameo ISO2 CODE" and "region CAMEO ISO2 FIPS lat lon name|name...".
func (b *builder) readSupplement(r *lineReader) error {
	country := func(iso2 string) (int, error) {
		i, ok := b.countryIdx[iso2]
		if !ok {
			return 0, r.errorf("unknown country %q", iso2)
		}
		return i, nil
	}
	for f, err := range r.rows() {
		if err != nil {
			return err
		}
		switch {
		case f[0] == "alias" && len(f) == 3:
			i, err := country(f[1])
			if err != nil {
				return err
			}
			b.aliases[i] = append(b.aliases[i], strings.Split(f[2], "|")...)
		case f[0] == "cameo" && len(f) == 3:
			i, err := country(f[1])
			if err != nil {
				return err
			}
			b.countries[i].CAMEO = f[2]
		case f[0] == "region" && len(f) == 7:
			if _, err := country(f[2]); err != nil {
				return err
			}
			lat, err1 := strconv.ParseFloat(f[4], 64)
			lon, err2 := strconv.ParseFloat(f[5], 64)
			if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
				return r.errorf("bad coordinates %q %q", f[4], f[5])
			}
			b.regions = append(b.regions, region{cameo: f[1], iso2: f[2], fips: f[3], lat: lat, lon: lon, names: strings.Split(f[6], "|")})
		default:
			return r.errorf("want alias, cameo or region line, got %q with %d fields", f[0], len(f))
		}
	}
	return nil
}

func (b *builder) readAdmin1(r *lineReader) error {
	b.admNames = map[string][2]string{}
	b.admIDs = map[string]int64{}
	for f, err := range r.rows() {
		if err != nil {
			return err
		}
		if len(f) != 4 || !strings.Contains(f[0], ".") || f[1] == "" {
			return r.errorf("want CC.code<tab>name<tab>asciiname<tab>geonameid")
		}
		id, err := strconv.ParseInt(f[3], 10, 64)
		if err != nil {
			return r.errorf("bad geonameid %q", f[3])
		}
		b.admNames[f[0]] = [2]string{f[1], f[2]}
		b.admIDs[f[0]] = id
	}
	b.logf("admin1 divisions listed: %d", len(b.admNames))
	return nil
}

func (b *builder) readCities(r *lineReader) error {
	skipped := map[string]int{}
	for f, err := range r.rows() {
		if err != nil {
			return err
		}
		c, err := parseCity(f)
		if err != nil {
			return r.errorf("%v", err)
		}
		if _, ok := b.countryIdx[c.cc]; !ok {
			skipped["country "+c.cc]++
			continue
		}
		if c.class != "P" {
			skipped["feature class "+c.class]++
			continue
		}
		b.cities = append(b.cities, c)
	}
	b.logf("places read: %d; skipped: %v", len(b.cities), skipped)
	return nil
}

// vec sums unit vectors to find the centre of a set of points on the
// sphere (so that places on both sides of the antimeridian average
// sensibly).
type vec struct{ x, y, z float64 }

func (v *vec) add(lat, lon float64) {
	la, lo := lat*math.Pi/180, lon*math.Pi/180
	v.x += math.Cos(la) * math.Cos(lo)
	v.y += math.Cos(la) * math.Sin(lo)
	v.z += math.Sin(la)
}

func (v vec) latLon() (float64, float64) {
	h := math.Hypot(v.x, v.y)
	return math.Atan2(v.z, h) * 180 / math.Pi, math.Atan2(v.y, v.x) * 180 / math.Pi
}

func deg(x float64) int32 { return int32(math.Round(x * 1e5)) }

// admSuffixes and admPrefixes are words that GeoNames puts around some
// division names and news leaves out ("Yazd Province" is "Yazd").
var (
	admSuffixes = []string{" County", " Province", " Region", " Governorate", " District", " Oblast", " Oblast'", " Prefecture", " Department", " State", " Municipality", " Voivodeship", " Krai", " Kray", " Canton", " Emirate", " Division", " Territory"}
	admPrefixes = []string{"Province of ", "Muhafazat ", "Muḩāfaz̧at ", "Provincia de ", "Provincia di ", "Provincia del ", "Departamento de ", "Estado de ", "State of ", "Region of ", "Wilayat ", "Wilāyat "}
)

// finish turns what was read into the compiled file.
func (b *builder) finish() file {
	divisions, firstCity := b.addPlaces()
	b.addNames(divisions, firstCity)
	return b.index(len(divisions))
}

// addPlaces makes the place records: countries first (place i is country
// i), then regions, the divisions that have populated places, and the
// populated places. It returns the divisions' "CC.code" keys in order and
// the index of the first populated place.
func (b *builder) addPlaces() (divisions []string, firstCity int) {
	nc := len(b.countries)
	// Country records first: place i is country i.
	for i, c := range b.countries {
		b.places = append(b.places, rec{Name: c.Name, ID: c.ID, Country: uint16(i), Adm: -1, Code: "PCLI", Kind: kindCountry, Pop: c.Pop})
	}
	for _, rg := range b.regions {
		parent := b.countries[b.countryIdx[rg.iso2]]
		i := len(b.countries)
		b.countries = append(b.countries, crec{Name: rg.names[0], ISO2: parent.ISO2, ISO3: parent.ISO3, FIPS: rg.fips, CAMEO: rg.cameo, Continent: parent.Continent, Lat: deg(rg.lat), Lon: deg(rg.lon), Place: int32(len(b.places))})
		b.aliases = append(b.aliases, rg.names[1:])
		b.places = append(b.places, rec{Name: rg.names[0], Country: uint16(i), Adm: -1, Code: "RGN", Kind: kindCountry, Lat: deg(rg.lat), Lon: deg(rg.lon)})
	}
	// Divisions that have places, with the centre and sum of them.
	type acc struct {
		v   vec
		pop int64
	}
	admAcc := map[string]*acc{}
	countryAcc := make([]vec, nc)
	countryN := make([]int, nc)
	missingAdm := 0
	for _, c := range b.cities {
		ci := b.countryIdx[c.cc]
		countryAcc[ci].add(c.lat, c.lon)
		countryN[ci]++
		k := c.cc + "." + c.admin1
		if _, ok := b.admNames[k]; !ok {
			missingAdm++
			continue
		}
		a := admAcc[k]
		if a == nil {
			a = &acc{}
			admAcc[k] = a
			divisions = append(divisions, k)
		}
		a.v.add(c.lat, c.lon)
		if c.code != "PPLX" { // sections of a city are counted in the city
			a.pop += c.population
		}
	}
	sort.Strings(divisions)
	b.logf("divisions with places: %d; places whose division is not listed: %d", len(divisions), missingAdm)
	for _, k := range divisions {
		a := admAcc[k]
		lat, lon := a.v.latLon()
		cc, code, _ := strings.Cut(k, ".")
		b.admIndex[k] = int32(len(b.places))
		b.places = append(b.places, rec{Name: b.admNames[k][0], ID: b.admIDs[k], Lat: deg(lat), Lon: deg(lon), Country: uint16(b.countryIdx[cc]), Adm: -1, Admin1: code, Code: "ADM1", Kind: kindADM1, Pop: a.pop})
	}
	noCentre := []string{}
	for i := range nc {
		if countryN[i] == 0 {
			noCentre = append(noCentre, b.countries[i].ISO2)
			continue
		}
		lat, lon := countryAcc[i].latLon()
		b.countries[i].Lat, b.countries[i].Lon = deg(lat), deg(lon)
		b.places[i].Lat, b.places[i].Lon = deg(lat), deg(lon)
	}
	b.logf("countries without places (no coordinates): %s", strings.Join(noCentre, " "))
	firstCity = len(b.places)
	for _, c := range b.cities {
		adm, ok := b.admIndex[c.cc+"."+c.admin1]
		if !ok {
			adm = -1
		}
		b.places = append(b.places, rec{Name: c.name, ID: c.id, Lat: deg(c.lat), Lon: deg(c.lon), Country: uint16(b.countryIdx[c.cc]), Adm: adm, Admin1: c.admin1, Code: c.code, Kind: kindCity, Pop: c.population})
	}
	return divisions, firstCity
}

// addNames adds the names of the countries and regions, of the
// divisions (with and without words such as "Province"), and of the
// places, under which the lookup finds them.
func (b *builder) addNames(divisions []string, firstCity int) {
	for i := range b.countries {
		c := b.countries[i]
		b.addKey(c.Name, c.Place, nameOwn)
		for _, a := range b.aliases[i] {
			b.addKey(a, c.Place, nameOwn)
		}
	}
	for _, k := range divisions {
		p := b.admIndex[k]
		for _, n := range b.admNames[k] {
			b.addKey(n, p, nameOwn)
			for _, s := range admSuffixes {
				if base, ok := strings.CutSuffix(n, s); ok && base != "" {
					b.addKey(base, p, nameOwn)
				}
			}
			for _, s := range admPrefixes {
				if base, ok := strings.CutPrefix(n, s); ok && base != "" {
					b.addKey(base, p, nameOwn)
				}
			}
		}
	}
	alts, dropped := 0, 0
	for j, c := range b.cities {
		p := int32(firstCity + j)
		b.addKey(c.name, p, nameOwn)
		b.addKey(c.ascii, p, nameOwn)
		for _, a := range c.alt {
			if usableAlt(a) {
				b.addKey(a, p, altLevel(a, c.name, c.ascii))
				alts++
			} else {
				dropped++
			}
		}
	}
	b.logf("alternate names kept: %d; dropped (other scripts, codes, digits, length): %d", alts, dropped)
}

// index sorts the names and orders each name's candidates by static
// rank, at most maxCands of them, into the compiled file.
func (b *builder) index(nDivisions int) file {
	keys := make([]string, 0, len(b.keys))
	for k := range b.keys {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	f := file{Places: b.places, Countries: b.countries}
	g := newGazetteer(f)
	var kb strings.Builder
	capped := 0
	for _, k := range keys {
		cs := b.seatsWin(b.keys[k])
		sort.SliceStable(cs, func(x, y int) bool { return g.score(cs[x], nil) > g.score(cs[y], nil) })
		if len(cs) > maxCands {
			cs = cs[:maxCands]
			capped++
		}
		kb.WriteString(k)
		f.KeyEnd = append(f.KeyEnd, uint32(kb.Len()))
		f.Cands = append(f.Cands, cs...)
		f.CandEnd = append(f.CandEnd, uint32(len(f.Cands)))
	}
	f.Keys = kb.String()
	b.logf("places: %d (%d countries and regions, %d divisions, %d populated places); names: %d; candidates: %d; names with more than %d places cut: %d",
		len(f.Places), len(f.Countries), nDivisions, len(b.cities), len(keys), len(f.Cands), maxCands, capped)
	return f
}

// seatsWin drops from cs the divisions that share the name with a
// populated place of their country: "Tirana", "Kabul" and "New York"
// name the city, not the division around it, and "Kiev" is Kyiv, not
// Kyiv Oblast (whose seat Kyiv is, though not within it).
func (b *builder) seatsWin(cs []uint32) []uint32 {
	out := cs[:0]
	for _, c := range cs {
		p := &b.places[candPlace(c)]
		if p.Kind == kindADM1 {
			seat := false
			for _, d := range cs {
				if q := &b.places[candPlace(d)]; q.Kind == kindCity && q.Country == p.Country {
					seat = true
					break
				}
			}
			if seat {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// maxCands bounds the places kept for one name.
const maxCands = 48

// addKey files place p under name at the given level (nameOwn, ...);
// a name filed twice keeps its highest level.
func (b *builder) addKey(name string, p int32, level uint32) {
	kb, _ := fold(nil, name)
	if len(kb) == 0 || len(kb) > maxKey {
		return
	}
	k := string(kb)
	c := uint32(p)<<candShift | level
	cs := b.keys[k]
	for i, x := range cs {
		if candPlace(x) == p {
			if x&candLevels < level {
				cs[i] = c
			}
			return
		}
	}
	b.keys[k] = append(cs, c)
}

// altLevel says how alternate name alt belongs to a place with the
// given own names: nameOwn for "New York" of "New York City",
// nameSimilar for a spelling within a third of its length in edits of an
// own name ("Geneva" of "Genève", "Odessa" of "Odesa"), else nameAlt.
func altLevel(alt string, own ...string) uint32 {
	ka := foldString(alt)
	level := uint32(nameAlt)
	for _, o := range own {
		if short, ok := strings.CutSuffix(o, " City"); ok && alt == short {
			return nameOwn
		}
		ko := foldString(o)
		if d := editDistance(ka, ko); d*3 <= max(len(ka), len(ko)) {
			level = nameSimilar
		}
	}
	return level
}

// editDistance is the Levenshtein distance between a and b in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// usableAlt reports whether a GeoNames alternate name is worth keeping:
// Latin script, no digits, not an all-capitals code ("TIA", "NYC"), no
// brackets or commas, 3 to 40 bytes, starting with a capital.
func usableAlt(a string) bool {
	a = strings.TrimSpace(a)
	if len(a) < 3 || len(a) > 40 || strings.ContainsAny(a, "0123456789(),;/") {
		return false
	}
	if strings.ToUpper(a) == a {
		return false
	}
	// Names in lower case are romanisations ("de la na", "tilana"), not
	// names news writes.
	if r, _ := utf8.DecodeRuneInString(a); !unicode.IsUpper(r) {
		return false
	}
	k, latin := fold(nil, a)
	return latin && len(k) >= 3
}
