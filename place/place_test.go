package place

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/casus-project/casus/internal/inplace"
	"github.com/casus-project/casus/model"
)

func defaultGazetteer(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	return g
}

func near(a, b float64) bool { return math.Abs(a-b) <= 0.1 }

func TestLookup(t *testing.T) {
	g := defaultGazetteer(t)
	tests := []struct {
		words   string
		hint    string
		name    string
		country string
		typ     int
		n       int
		lat     float64
		lon     float64
	}{
		{"Tirana", "", "Tirana", "ALB", TypeWorldCity, 1, 41.33, 19.82},
		{"Tiranë", "", "Tirana", "ALB", TypeWorldCity, 1, 41.33, 19.82},
		{"TIRANA said", "", "Tirana", "ALB", TypeWorldCity, 1, 41.33, 19.82},
		{"Tirane", "", "Tirana", "ALB", TypeWorldCity, 1, 41.33, 19.82},
		{"New Delhi on", "", "New Delhi", "IND", TypeWorldCity, 2, 28.61, 77.21},
		{"Addis Ababa", "", "Addis Ababa", "ETH", TypeWorldCity, 2, 9.02, 38.75},
		{"Addis Abeba", "", "Addis Ababa", "ETH", TypeWorldCity, 2, 9.02, 38.75},
		{"Zvecan", "", "Zvečan", "XKX", TypeWorldCity, 1, 42.91, 20.84},
		{"Ivano - Frankivsk", "", "Ivano-Frankivsk", "UKR", TypeWorldCity, 3, 48.92, 24.71},
		{"Paris", "", "Paris", "FRA", TypeWorldCity, 1, 48.85, 2.35},
		{"Paris", "US", "Paris", "USA", TypeUSCity, 1, 33.66, -95.56},
		{"Paris", "USA", "Paris", "USA", TypeUSCity, 1, 33.66, -95.56},
		{"Paris , Texas", "", "Paris", "USA", TypeUSCity, 3, 33.66, -95.56},
		{"Washington", "", "Washington", "USA", TypeUSCity, 1, 38.9, -77.04},
		{"Washington", "GB", "Washington", "GBR", TypeWorldCity, 1, 54.9, -1.52},
		{"Georgia", "", "Georgia", "GEO", TypeCountry, 1, 0, 0},
		{"Georgia", "US", "Georgia", "USA", TypeUSState, 1, 0, 0},
		{"Texas", "", "Texas", "USA", TypeUSState, 1, 0, 0},
		{"Sudan", "", "Sudan", "SDN", TypeCountry, 1, 0, 0},
		{"Kosovo", "", "Kosovo", "XKX", TypeCountry, 1, 0, 0},
		{"Kabul", "", "Kabul", "AFG", TypeWorldCity, 1, 34.53, 69.17},
		{"Kiev", "", "Kyiv", "UKR", TypeWorldCity, 1, 50.45, 30.52},
		{"New York", "", "New York City", "USA", TypeUSCity, 2, 40.71, -74.01},
		{"Gaza Strip", "", "Gaza Strip", "PSE", TypeCountry, 2, 31.42, 34.37},
		{"United States", "", "United States", "USA", TypeCountry, 2, 0, 0},
		{"U.S.", "", "United States", "USA", TypeCountry, 1, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.words+"/"+tt.hint, func(t *testing.T) {
			p, n, ok := g.Lookup(strings.Fields(tt.words), tt.hint)
			if !ok {
				t.Fatalf("Lookup(%q, %q) found nothing", tt.words, tt.hint)
			}
			if p.Name != tt.name || p.Country != tt.country || p.Type != tt.typ || n != tt.n {
				t.Errorf("Lookup(%q, %q) = %s %s type %d, n=%d; want %s %s type %d, n=%d", tt.words, tt.hint, p.Name, p.Country, p.Type, n, tt.name, tt.country, tt.typ, tt.n)
			}
			if tt.lat != 0 && (!near(p.Lat, tt.lat) || !near(p.Lon, tt.lon)) {
				t.Errorf("Lookup(%q) at %.3f,%.3f; want %.2f,%.2f", tt.words, p.Lat, p.Lon, tt.lat, tt.lon)
			}
		})
	}
	for _, w := range []string{"", "Xqzzyville", "the", ",", "-", "Parliament", "said"} {
		if p, n, ok := g.Lookup(strings.Fields(w), ""); ok {
			t.Errorf("Lookup(%q) = %+v, n=%d; want nothing", w, p, n)
		}
	}
}

func TestCountry(t *testing.T) {
	g := defaultGazetteer(t)
	tests := []struct {
		code                          string
		name, iso2, iso3, fips, cameo string
	}{
		{"AL", "Albania", "AL", "ALB", "AL", "ALB"},
		{"alb", "Albania", "AL", "ALB", "AL", "ALB"},
		{"ROU", "Romania", "RO", "ROU", "RO", "ROM"},
		{"ROM", "Romania", "RO", "ROU", "RO", "ROM"},
		{"MNE", "Montenegro", "ME", "MNE", "MJ", "MTN"},
		{"TMP", "Timor Leste", "TL", "TLS", "TT", "TMP"},
		{"XK", "Kosovo", "XK", "XKX", "KV", "KSV"},
		{"KSV", "Kosovo", "XK", "XKX", "KV", "KSV"},
		{"KV", "Kosovo", "XK", "XKX", "KV", "KSV"}, // FIPS
		{"AU", "Australia", "AU", "AUS", "AS", "AUS"},
		{"WSB", "West Bank", "PS", "PSE", "WE", "WSB"},
		{"GZS", "Gaza Strip", "PS", "PSE", "GZ", "GZS"},
		{"IR", "Iran", "IR", "IRN", "IR", "IRN"},
	}
	for _, tt := range tests {
		c, ok := g.Country(tt.code)
		if !ok {
			t.Errorf("Country(%q) not found", tt.code)
			continue
		}
		if c.Name != tt.name || c.ISO2 != tt.iso2 || c.ISO3 != tt.iso3 || c.FIPS != tt.fips || c.CAMEO != tt.cameo {
			t.Errorf("Country(%q) = %s %s %s %s %s; want %s %s %s %s %s", tt.code, c.Name, c.ISO2, c.ISO3, c.FIPS, c.CAMEO, tt.name, tt.iso2, tt.iso3, tt.fips, tt.cameo)
		}
	}
	if c, ok := g.CountryByFIPS("AU"); !ok || c.ISO2 != "AT" {
		t.Errorf("CountryByFIPS(AU) = %s %v; want Austria", c.Name, ok)
	}
	if c, ok := g.Country("AL"); !ok || c.Capital != "Tirana" {
		t.Errorf("Albania's capital = %q", c.Capital)
	}
	for _, bad := range []string{"", "A", "ZZ", "QQQ", "ALBANIA", "\xff\xfe"} {
		if c, ok := g.Country(bad); ok {
			t.Errorf("Country(%q) = %s; want nothing", bad, c.Name)
		}
	}
	// Every country with a CAMEO code is found by it.
	for _, c := range g.Countries() {
		if c.CAMEO == "" {
			continue
		}
		if got, ok := g.Country(c.CAMEO); !ok || got.ISO3 != c.ISO3 {
			t.Errorf("Country(%q) = %s; want %s", c.CAMEO, got.Name, c.Name)
		}
	}
}

func TestCountryByName(t *testing.T) {
	g := defaultGazetteer(t)
	tests := []struct {
		words string
		iso3  string
		n     int
	}{
		{"Albania", "ALB", 1},
		{"the United States said", "USA", 3},
		{"The Netherlands", "NLD", 2},
		{"Netherlands", "NLD", 1},
		{"U.S. officials", "USA", 1},
		{"Britain", "GBR", 1},
		{"Côte d'Ivoire", "CIV", 2},
		{"Ivory Coast", "CIV", 2},
		{"Democratic Republic of the Congo", "COD", 5},
		{"Georgia", "GEO", 1},
		{"Occupied Palestinian Territory", "PSE", 3},
	}
	for _, tt := range tests {
		c, n, ok := g.CountryByName(strings.Fields(tt.words))
		if !ok || c.ISO3 != tt.iso3 || n != tt.n {
			t.Errorf("CountryByName(%q) = %s, %d, %v; want %s, %d", tt.words, c.ISO3, n, ok, tt.iso3, tt.n)
		}
	}
	for _, w := range []string{"Tirana", "Albanian", "Texas", "the", ""} {
		if c, _, ok := g.CountryByName(strings.Fields(w)); ok {
			t.Errorf("CountryByName(%q) = %s; want nothing", w, c.Name)
		}
	}
}

func TestLocate(t *testing.T) {
	g := defaultGazetteer(t)
	tirana, _, _ := g.Lookup([]string{"Tirana"}, "")
	addis, _, _ := g.Lookup([]string{"Addis", "Ababa"}, "")
	khartoum, _, _ := g.Lookup([]string{"Khartoum"}, "")
	dallas, _, _ := g.Lookup([]string{"Dallas"}, "")
	tests := []struct {
		name     string
		sentence string
		dateline *Place
		want     string // place name; "" for none
		country  string
		span     string // the text of the span; "" for the dateline
	}{
		{"in", "Protesters gathered outside the parliament in Tirana on Wednesday.", nil, "Tirana", "ALB", "Tirana"},
		{"near, folded", "There were clashes near Zvecan in north Kosovo.", nil, "Zvečan", "XKX", "Zvecan"},
		{"actor not place", "Washington accused Tehran of the attack.", nil, "", "", ""},
		{"actor, dateline", "Washington accused Tehran of the attack.", &tirana, "Tirana", "ALB", ""},
		{"country", "Fighting continued in Sudan for a third week.", nil, "Sudan", "SDN", "Sudan"},
		{"country refined by dateline", "Fighting continued in Sudan for a third week.", &khartoum, "Khartoum", "SDN", ""},
		{"country not refined by far dateline", "Fighting continued in Sudan for a third week.", &addis, "Sudan", "SDN", "Sudan"},
		{"city over country", "Clashes in Sudan spread to fighting in Omdurman.", nil, "Omdurman", "SDN", "Omdurman"},
		{"first place kept", "Turkey struck bases in northern Syria, a week after a bomb attack in Istanbul.", nil, "Syria", "SYR", "Syria"},
		{"outskirts", "Shelling was reported on the outskirts of Kharkiv overnight.", nil, "Kharkiv", "UKR", "Kharkiv"},
		{"north of", "A convoy was hit 20 km north of Baghdad.", nil, "Baghdad", "IRQ", "Baghdad"},
		{"city of", "Police fired tear gas in the southern city of Basra.", nil, "Basrah", "IRQ", "Basra"},
		{"capital comma", "Thousands marched in the capital, Addis Ababa, on Sunday.", nil, "Addis Ababa", "ETH", "Addis Ababa"},
		{"possessive", "Crowds gathered in Albania's capital Tirana.", nil, "Tirana", "ALB", "Tirana"},
		{"alternate spelling", "Rockets fell near Kiryat Shmona.", nil, "Qiryat Shmona", "ISR", "Kiryat Shmona"},
		{"month is not a place", "The talks began in March and ended in May.", nil, "", "", ""},
		{"newspaper is not a place", "He wrote in The New York Times that the deal was dead.", nil, "", "", ""},
		{"organisation is not a place", "She studied at Tirana University before the war.", nil, "", "", ""},
		{"hint by country in sentence", "Two people were shot in Paris, Texas, on Friday.", nil, "Paris", "USA", "Paris, Texas"},
		{"hint by dateline", "Storms damaged roofs in Paris on Friday.", &dallas, "Paris", "USA", "Paris"},
		{"no hint", "Storms damaged roofs in Paris on Friday.", nil, "Paris", "FRA", "Paris"},
		{"country beats hint", "A tornado touched down in Lebanon on Friday.", &dallas, "Lebanon", "LBN", "Lebanon"},
		{"lower case is not a name", "They met in private at night.", nil, "", "", ""},
		{"compass word in a name", "Missiles were launched in North Korea on Friday.", nil, "North Korea", "PRK", "North Korea"},
		{"compass word skipped", "Troops massed in northern Syria.", nil, "Syria", "SYR", "Syria"},
		{"the in a name", "Judges sat in The Hague on Monday.", nil, "The Hague", "NLD", "The Hague"},
		{"division", "A bomb exploded in Northern Ireland.", nil, "Northern Ireland", "GBR", "Northern Ireland"},
		{"headline in capitals", "CLASHES ERUPT IN TIRANA AFTER DISPUTED VOTE", nil, "Tirana", "ALB", "TIRANA"},
		{"airport", "The plane landed at Kabul airport late on Monday.", nil, "Kabul", "AFG", "Kabul"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, span, ok := g.Locate(tt.sentence, nil, tt.dateline)
			if tt.want == "" {
				if ok {
					t.Fatalf("Locate(%q) = %s; want nothing", tt.sentence, p.Name)
				}
				return
			}
			if !ok || p.Name != tt.want || p.Country != tt.country {
				t.Fatalf("Locate(%q) = %q %s %v; want %q %s", tt.sentence, p.Name, p.Country, ok, tt.want, tt.country)
			}
			got := tt.sentence[span.Start:span.End]
			if got != tt.span {
				t.Errorf("Locate(%q) span %v = %q; want %q", tt.sentence, span, got, tt.span)
			}
		})
	}
}

func TestLocateWithTokens(t *testing.T) {
	g := defaultGazetteer(t)
	// Tokens in article coordinates, as the pipeline passes them: the
	// sentence starts at byte 100.
	text := "Protesters gathered outside the parliament in Tirana on Wednesday ."
	var toks []model.Token
	tags := []string{"NNS", "VBD", "IN", "DT", "NN", "IN", "NNP", "IN", "NNP", "."}
	for i, tk := range split(text) {
		tk.Start += 100
		tk.End += 100
		tk.XPOS = tags[i]
		toks = append(toks, tk)
	}
	p, span, ok := g.Locate(text, toks, nil)
	if !ok || p.Name != "Tirana" || !near(p.Lat, 41.33) || !near(p.Lon, 19.82) {
		t.Fatalf("Locate = %+v %v", p, ok)
	}
	if span.Start != 100+strings.Index(text, "Tirana") || span.End != span.Start+len("Tirana") {
		t.Errorf("span = %v", span)
	}
	if mp := p.Model(); mp.Name != "Tirana" || mp.Country != "ALB" || mp.GeonameID != p.GeonameID {
		t.Errorf("Model() = %+v", mp)
	}
}

func TestPlaceOf(t *testing.T) {
	g := defaultGazetteer(t)
	text := "TIRANA, Sept 7 (Reuters) - Albania cut ties with Iran.\nWashington accused Tehran.\nRockets fell near Kiryat Shmona."
	var sents []model.Sentence
	start := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		s := model.Sentence{Span: model.Span{Start: start, End: start + len(strings.TrimSuffix(line, "\n"))}}
		for _, tk := range split(text[s.Start:s.End]) {
			tk.Start += start
			tk.End += start
			s.Tokens = append(s.Tokens, tk)
		}
		sents = append(sents, s)
		start += len(line)
	}
	for i, want := range []string{"Tirana", "Tirana", "Qiryat Shmona"} {
		p := g.PlaceOf(text, sents[i])
		if p == nil || p.Name != want {
			t.Errorf("sentence %d: PlaceOf = %+v; want %s", i, p, want)
		}
	}
	if p := g.PlaceOf("Washington accused Tehran.", model.Sentence{Span: model.Span{Start: 0, End: 26}}); p != nil {
		t.Errorf("PlaceOf without cue or dateline = %+v", p)
	}
	if p := g.PlaceOf("short", model.Sentence{Span: model.Span{Start: 3, End: 99}}); p != nil {
		t.Errorf("PlaceOf with a bad span = %+v", p)
	}
}

func TestDateline(t *testing.T) {
	g := defaultGazetteer(t)
	tests := []struct {
		text    string
		want    string
		country string
	}{
		{"TIRANA, Sept 7 (Reuters) - Albania cut ties with Iran.", "Tirana", "ALB"},
		{"ADDIS ABABA, Feb 18 (MPA) - The African Union summit opened.", "Addis Ababa", "ETH"},
		{"WASHINGTON (AP) — The Senate voted on Tuesday.", "Washington", "USA"},
		{"NEW DELHI: The government said on Monday.", "New Delhi", "IND"},
		{"Kyiv, Ukraine (AP) — Air raid sirens sounded.", "Kyiv", "UKR"},
		{"KYIV, Ukraine, March 3 (Reuters) - Sirens sounded.", "Kyiv", "UKR"},
		{"PARIS, Texas — A storm hit the town.", "Paris", "USA"},
		{"Tehran, Sept 8 (IRNA) – Iran condemned the decision.", "Tehran", "IRN"},
		{"BEIRUT/DAMASCUS, Jan 2 (Reuters) - Talks resumed.", "Beirut", "LBN"},
		{"By Jane Doe\nTIRANA, Sept 7 (Reuters) - Albania cut ties.", "Tirana", "ALB"},
		{"Iran, meanwhile, said it would respond - and soon.", "", ""},
		{"Protests in Tirana turned violent on Wednesday.", "", ""},
		{"UNITED NATIONS (AP) — The council met.", "", ""},
		{"Tirana is the capital of Albania.", "", ""},
		{"Note: Tirana hosted the talks.", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		p, ok := g.Dateline(tt.text)
		if tt.want == "" {
			if ok {
				t.Errorf("Dateline(%q) = %s; want none", tt.text, p.Name)
			}
			continue
		}
		if !ok || p.Name != tt.want || p.Country != tt.country {
			t.Errorf("Dateline(%q) = %q %s %v; want %q %s", tt.text, p.Name, p.Country, ok, tt.want, tt.country)
		}
	}
	if p, ok := Dateline("ADDIS ABABA, Feb 18 (MPA) -"); !ok || p.Name != "Addis Ababa" {
		t.Errorf("package Dateline = %+v %v", p, ok)
	}
}

func TestFullName(t *testing.T) {
	g := defaultGazetteer(t)
	for _, tt := range []struct{ words, want string }{
		{"Paris , Texas", "Paris, Texas, United States"},
		{"Texas", "Texas, United States"},
		{"Albania", "Albania"},
	} {
		p, _, ok := g.Lookup(strings.Fields(tt.words), "")
		if !ok {
			t.Fatalf("Lookup(%q) failed", tt.words)
		}
		c, _ := g.Country(p.ISO2)
		if got := p.FullName(c.Name); got != tt.want {
			t.Errorf("FullName of %q = %q; want %q", tt.words, got, tt.want)
		}
	}
}

func TestBadInput(t *testing.T) {
	g := defaultGazetteer(t)
	long := strings.Repeat("In Tirana the Parliament met near Zvecan , and ", 625) // 5,000 tokens
	toks := split(long)
	if len(toks) < 5000 {
		t.Fatalf("only %d tokens", len(toks))
	}
	inputs := []string{"", " ", "\xff\xfe\xfd", "in \xff", "in", "near", "in the the the the the the the the", "TIRANA,", "(", long,
		"in " + strings.Repeat("A", 10000), "in Tir\xffana", strings.Repeat("in ", 3000)}
	for _, s := range inputs {
		g.Locate(s, nil, nil)
		g.Dateline(s)
		g.Lookup(strings.Fields(s), "")
		g.CountryByName(strings.Fields(s))
	}
	if p, _, ok := g.Locate(long, toks, nil); !ok || p.Name != "Tirana" {
		t.Errorf("Locate on 5,000 tokens = %s %v", p.Name, ok)
	}
	g.Locate("x", []model.Token{{Form: ""}, {Form: "in"}, {Form: ""}}, nil)
}

func TestSplit(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tirana, Sept 7 (Reuters) -", "Tirana|,|Sept|7|(|Reuters|)|-"},
		{"the U.S. said", "the|U.S.|said"},
		{"Iran's capital", "Iran|'s|capital"},
		{"Côte d'Ivoire.", "Côte|d'Ivoire|."},
		{"St. John's", "St|.|John|'s"},
		{"Ivano-Frankivsk", "Ivano|-|Frankivsk"},
	}
	for _, tt := range tests {
		var forms []string
		for _, tk := range split(tt.in) {
			if tt.in[tk.Start:tk.End] != tk.Form {
				t.Errorf("split(%q): token %q has span %v", tt.in, tk.Form, tk.Span)
			}
			forms = append(forms, tk.Form)
		}
		if got := strings.Join(forms, "|"); got != tt.want {
			t.Errorf("split(%q) = %s; want %s", tt.in, got, tt.want)
		}
	}
}

// TestSplitFirst checks that splitFirst stops once it holds n tokens (one
// more when a word's "'s" is cut off it) and that those tokens are split's.
func TestSplitFirst(t *testing.T) {
	const text = "Rohan's riders crossed the Fords of Isen at dawn, and the U.S. envoy's aide said nothing."
	all := split(text)
	if len(all) != 20 {
		t.Fatalf("split gave %d tokens; want 20", len(all))
	}
	for _, tt := range []struct{ n, want int }{
		{0, 0},
		{1, 2}, // "Rohan" and its "'s"
		{3, 3},
		{13, 13},
		{15, 16}, // "envoy" and its "'s"
		{20, 20},
		{100, 20},
	} {
		got := splitFirst(text, nil, tt.n)
		if len(got) != tt.want {
			t.Errorf("splitFirst(n=%d) gave %d tokens; want %d", tt.n, len(got), tt.want)
		}
		if !slices.Equal(got, all[:min(len(got), len(all))]) {
			t.Errorf("splitFirst(n=%d) = %v; want a prefix of %v", tt.n, got, all)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct {
		in, want string
		latin    bool
	}{
		{"Tiranë", "tirane", true},
		{"Zvečan", "zvecan", true},
		{"Addis-Abeba", "addisabeba", true},
		{"Ørsta", "orsta", true},
		{"Łódź", "lodz", true},
		{"Straße", "strasse", true},
		{"Qarku i Tiranës", "qarkuitiranes", true},
		{"Sanʻa", "sana", true},
		{"U.S.", "us", true},
		{"Москва", "москва", false},
		{"Tir\xffana", "tirana", true},
		{"", "", true},
	}
	for _, tt := range tests {
		got, latin := fold(nil, tt.in)
		if string(got) != tt.want || latin != tt.latin {
			t.Errorf("fold(%q) = %q, %v; want %q, %v", tt.in, got, latin, tt.want, tt.latin)
		}
	}
}

func TestDefaultRoundTrip(t *testing.T) {
	g := defaultGazetteer(t)
	var buf bytes.Buffer
	if _, err := g.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), placesBin) {
		t.Errorf("rewritten gazetteer differs from the embedded one (%d bytes, embedded %d)", buf.Len(), len(placesBin))
	}
	h, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if h.Len() != g.Len() {
		t.Errorf("round trip: %d places, want %d", h.Len(), g.Len())
	}
	p, _, ok := h.Lookup([]string{"Zvecan"}, "")
	if !ok || p.Name != "Zvečan" {
		t.Errorf("after round trip Lookup(Zvecan) = %+v", p)
	}
	if len(placesBin) > 6<<20 {
		t.Errorf("embedded gazetteer is %d bytes", len(placesBin))
	}
	if !utf8.ValidString(p.Name) {
		t.Errorf("name %q not UTF-8", p.Name)
	}
}

func BenchmarkLocate(b *testing.B) {
	g := defaultGazetteer(b)
	sentences := []string{
		"Protesters gathered outside the parliament in Tirana on Wednesday, police said.",
		"Washington accused Tehran of carrying out the cyberattack against Albania in July.",
		"There were clashes near Zvecan in north Kosovo as Serb protesters blocked roads.",
	}
	toks := make([][]model.Token, len(sentences))
	for i, s := range sentences {
		toks[i] = split(s)
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		k := i % len(sentences)
		g.Locate(sentences[k], toks[k], nil)
	}
}

func BenchmarkLookup(b *testing.B) {
	g := defaultGazetteer(b)
	words := []string{"Addis", "Ababa", "on", "Sunday"}
	for b.Loop() {
		g.Lookup(words, "")
	}
}

// TestDefaultChecked checks the checksum and the indexes of the embedded
// gazetteer, which Default does not.
func TestDefaultChecked(t *testing.T) {
	if _, err := read(placesBin, true); err != nil {
		t.Fatal(err)
	}
}

// TestDefaultInPlace checks that the embedded gazetteer's tables are used
// where they lie, not copied, where the machine allows it, and that a
// copy, decoded place by place, reads the same places.
func TestDefaultInPlace(t *testing.T) {
	g, err := read(placesBin, false)
	if err != nil {
		t.Fatal(err)
	}
	start := uintptr(unsafe.Pointer(unsafe.SliceData(placesBin)))
	if inplace.LittleEndian() && precInPlace && start%8 == 0 {
		inFile := func(p unsafe.Pointer) bool { return uintptr(p) >= start && uintptr(p) < start+uintptr(len(placesBin)) }
		for name, p := range map[string]unsafe.Pointer{
			"places":         unsafe.Pointer(unsafe.SliceData(g.places)),
			"candidates":     unsafe.Pointer(unsafe.SliceData(g.f.Cands)),
			"key ends":       unsafe.Pointer(unsafe.SliceData(g.f.KeyEnd)),
			"candidate ends": unsafe.Pointer(unsafe.SliceData(g.f.CandEnd)),
			"string ends":    unsafe.Pointer(unsafe.SliceData(g.strs.Ends)),
		} {
			if !inFile(p) {
				t.Errorf("%s: a copy, not the file's bytes", name)
			}
		}
	}
	table := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(g.places))), len(g.places)*placeSize)
	if !precInPlace {
		table = nil
		for _, p := range g.places {
			table = appendPlace(table, p)
		}
	}
	odd := append([]byte{0}, table...)[1:] // misaligned: decoded place by place
	if got := readPlaces(odd); !slices.Equal(got, g.places) {
		t.Error("places decoded one by one differ from the table's")
	}
}

// BenchmarkReadDefault reads the embedded gazetteer as Default does.
func BenchmarkReadDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := read(placesBin, false); err != nil {
			b.Fatal(err)
		}
	}
}

// TestModel checks the document model's Place at each level GDELT
// distinguishes (Geo_Type 1 country, 2 US state, 3 US city, 4 world city,
// 5 world state), FullName's names coming from GeoNames' admin1 codes and
// countryInfo.
func TestModel(t *testing.T) {
	g := defaultGazetteer(t)
	tests := []struct {
		words, hint string
		want        model.Place // Lat and Lon are not compared
	}{
		{"Tirana", "", model.Place{Name: "Tirana", FullName: "Tirana, Tirana, Albania", GeonameID: 3183875, Country: "ALB", FIPS: "AL", ADM1: "AL50", GeoType: TypeWorldCity}},
		{"Lyon", "", model.Place{Name: "Lyon", FullName: "Lyon, Rhône-Alpes, France", GeonameID: 2996944, Country: "FRA", FIPS: "FR", ADM1: "FR84", GeoType: TypeWorldCity}},
		{"Houston", "US", model.Place{Name: "Houston", FullName: "Houston, Texas, United States", GeonameID: 4699066, Country: "USA", FIPS: "US", ADM1: "USTX", GeoType: TypeUSCity}},
		{"Texas", "", model.Place{Name: "Texas", FullName: "Texas, United States", GeonameID: 4736286, Country: "USA", FIPS: "US", ADM1: "USTX", GeoType: TypeUSState}},
		{"Bavaria", "", model.Place{Name: "Bavaria", FullName: "Bavaria, Germany", GeonameID: 2951839, Country: "DEU", FIPS: "GM", ADM1: "GM02", GeoType: TypeWorldState}},
		{"Albania", "", model.Place{Name: "Albania", FullName: "Albania", GeonameID: 783754, Country: "ALB", FIPS: "AL", ADM1: "AL", GeoType: TypeCountry}},
	}
	for _, tt := range tests {
		p, _, ok := g.Lookup(strings.Fields(tt.words), tt.hint)
		if !ok {
			t.Fatalf("Lookup(%q) failed", tt.words)
		}
		got := p.Model()
		got.Lat, got.Lon = 0, 0
		if got != tt.want {
			t.Errorf("Model of %q = %+v\nwant %+v", tt.words, got, tt.want)
		}
	}
}
