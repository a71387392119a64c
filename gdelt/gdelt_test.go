package gdelt

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/casus-project/casus/model"
)

func TestSplitActor(t *testing.T) {
	tests := []struct {
		code string
		want ActorParts
	}{
		{"ALB", ActorParts{Country: "ALB"}},
		{"IRNGOV", ActorParts{Country: "IRN", Type: [3]string{"GOV"}}},
		{"IRNGOVMIL", ActorParts{Country: "IRN", Type: [3]string{"GOV", "MIL"}}},
		{"IGOUNO", ActorParts{Type: [3]string{"IGO"}, KnownGroup: "UNO"}},
		{"USAREBXYZ", ActorParts{Country: "USA", Type: [3]string{"REB"}}},
		{"", ActorParts{}},
		{"AL", ActorParts{}},
	}
	for _, tt := range tests {
		if got := SplitActor(tt.code); got != tt.want {
			t.Errorf("SplitActor(%q) = %+v, want %+v", tt.code, got, tt.want)
		}
	}
}

func TestEventRow(t *testing.T) {
	text := "Albania severed ties with Iran on Wednesday.\nIn 1986, Iran asked France to expel the group."
	a := &model.Article{
		URL: "https://news.example/a", Publisher: "News Example", Text: text,
		Published: model.Day(time.Date(2022, 9, 8, 0, 0, 0, 0, time.UTC)),
		URLs:      []model.Carrier{{URL: "https://news.example/a", Publisher: "News Example"}, {URL: "https://other.example/b", Publisher: "Other"}},
	}
	e := &model.Event{
		Source: &model.Actor{Code: "ALBGOV", Name: "Albania", Country: "ALB"},
		Target: &model.Actor{Code: "IRN", Name: "Iran"},
		Code:   "161", Root: "16", Base: "161", QuadClass: 4, Goldstein: -4,
		Date:     model.Day(time.Date(2022, 9, 7, 0, 0, 0, 0, time.UTC)),
		Location: &model.Place{Name: "Tirana", Country: "ALB", FIPS: "AL", ADM1: "AL50", Lat: 41.3275, Lon: 19.8189, GeoType: 4, GeonameID: 3183875},
		Evidence: model.Evidence{Sentence: model.Span{Start: 0, End: 44}, Source: model.Span{Start: 0, End: 7}, Predicate: model.Span{Start: 8, End: 15}},
	}
	row := EventRow(42, a, e, time.Date(2022, 9, 8, 10, 11, 12, 0, time.UTC))
	if len(row) != EventColumns || len(strings.Split(Header(), "\t")) != EventColumns {
		t.Fatalf("%d columns, header %d; want %d", len(row), len(strings.Split(Header(), "\t")), EventColumns)
	}
	want := map[int]string{
		0: "42", 1: "20220907", 2: "202209", 3: "2022",
		5: "ALBGOV", 6: "ALBANIA", 7: "ALB", 12: "GOV",
		15: "IRN", 17: "IRN", 25: "1", 26: "161", 27: "161", 28: "16", 29: "4", 30: "-4.0",
		31: "2", 32: "2", 33: "2", 51: "4", 52: "Tirana", 53: "AL", 54: "AL50", 56: "41.3275", 58: "3183875",
		59: "20220908101112", 60: "https://news.example/a",
	}
	for i, v := range want {
		if row[i] != v {
			t.Errorf("column %d (%s) = %q, want %q", i, eventNames[i], row[i], v)
		}
	}
	e3 := *e
	e3.Target = nil
	if m := MentionRow(44, a, &e3, time.Now()); m[8] != "-1" {
		t.Errorf("Actor2CharOffset without a target = %q, want -1", m[8])
	}
	// A background event from the second paragraph is not a root event.
	e2 := *e
	e2.Evidence.Sentence = model.Span{Start: 45, End: len(text)}
	if r := EventRow(43, a, &e2, time.Now()); r[25] != "0" {
		t.Errorf("IsRootEvent of a later paragraph = %q", r[25])
	}
	m := MentionRow(42, a, e, time.Date(2022, 9, 8, 10, 11, 12, 0, time.UTC))
	if len(m) != MentionColumns || m[4] != "news.example" || m[6] != "1" || m[7] != "0" || m[8] != "0" || m[9] != "8" {
		t.Errorf("mention row %q", m)
	}
}

func TestWriterFlattens(t *testing.T) {
	var b bytes.Buffer
	w := NewWriter(&b)
	a := &model.Article{URL: "https://x.example/\tevil\nrow", Text: "x"}
	e := &model.Event{Code: "010", Root: "01", Source: &model.Actor{Code: "USA", Name: "a\tb"}}
	if err := w.Event(1, a, e, time.Now()); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 1 || len(strings.Split(lines[0], "\t")) != EventColumns {
		t.Errorf("row broken by tabs or newlines in fields: %q", b.String())
	}
}

func TestSentenceNumber(t *testing.T) {
	text := "One.\nTwo here.\nThree."
	withSentences := &model.Article{Text: text, Sentences: []model.Sentence{
		{Span: model.Span{Start: 0, End: 4}},
		{Span: model.Span{Start: 5, End: 14}},
		{Span: model.Span{Start: 15, End: 21}},
	}}
	withoutSentences := &model.Article{Text: text}
	tests := []struct {
		off        int
		want, para int
	}{
		{0, 1, 1},
		{3, 1, 1},
		{5, 2, 2},
		{10, 2, 2},
		{15, 3, 3},
		{20, 3, 3},
		{-1, 1, 1},
		{99, 3, 3},
	}
	for _, tt := range tests {
		if got := sentenceNumber(withSentences, tt.off); got != tt.want {
			t.Errorf("sentenceNumber(sentences, %d) = %d, want %d", tt.off, got, tt.want)
		}
		if got := sentenceNumber(withoutSentences, tt.off); got != tt.para {
			t.Errorf("sentenceNumber(paragraphs, %d) = %d, want %d", tt.off, got, tt.para)
		}
	}
}

func TestMentionSource(t *testing.T) {
	tests := []struct {
		url, publisher          string
		typ, source, identifier string
	}{
		{"https://news.example/a", "News Example", "1", "news.example", "https://news.example/a"},
		{"https://www.BBC.co.uk:443/news/1", "BBC", "1", "bbc.co.uk", "https://www.BBC.co.uk:443/news/1"},
		{"http://world.news.example/x?id=1", "", "1", "world.news.example", "http://world.news.example/x?id=1"},
		// A page read from a file has no URL: cited by its publisher.
		{"", "Gulf Courier", "2", "Gulf Courier", "Gulf Courier"},
		{"file:///tmp/a.html", "Gulf Courier", "2", "Gulf Courier", "Gulf Courier"},
	}
	e := &model.Event{Code: "010", Root: "01"}
	for _, tt := range tests {
		a := &model.Article{URL: tt.url, Publisher: tt.publisher, Text: "x"}
		m := MentionRow(1, a, e, time.Now())
		if m[3] != tt.typ || m[4] != tt.source || m[5] != tt.identifier {
			t.Errorf("URL %q, publisher %q: MentionType, MentionSourceName, MentionIdentifier = %q, %q, %q; want %q, %q, %q",
				tt.url, tt.publisher, m[3], m[4], m[5], tt.typ, tt.source, tt.identifier)
		}
		// The event row's SOURCEURL is the same URL or citation.
		if r := EventRow(1, a, e, time.Now()); r[60] != tt.identifier {
			t.Errorf("URL %q, publisher %q: SOURCEURL %q, want %q", tt.url, tt.publisher, r[60], tt.identifier)
		}
	}
}

func TestMentionCharacters(t *testing.T) {
	ascii := "Iran met Albania."
	// "Généve" and "Türkiye" take more bytes than characters.
	accented := "In Généve, Türkiye met Albania."
	tests := []struct {
		text                 string
		source, target, verb model.Span
		noTarget             bool
		want                 [4]string // Actor1CharOffset, Actor2CharOffset, ActionCharOffset, MentionDocLen
	}{
		{ascii, model.Span{Start: 0, End: 4}, model.Span{Start: 9, End: 16}, model.Span{Start: 5, End: 8}, false, [4]string{"0", "9", "5", "17"}},
		{accented, model.Span{Start: 13, End: 21}, model.Span{Start: 26, End: 33}, model.Span{Start: 22, End: 25}, false, [4]string{"11", "23", "19", "31"}},
		{accented, model.Span{Start: 13, End: 21}, model.Span{}, model.Span{Start: 22, End: 25}, true, [4]string{"11", "-1", "19", "31"}},
		// Spans past the text (a stale article) do not panic.
		{ascii, model.Span{Start: 99, End: 100}, model.Span{Start: -3}, model.Span{Start: 50}, false, [4]string{"17", "0", "17", "17"}},
	}
	for _, tt := range tests {
		e := &model.Event{Code: "036", Root: "03",
			Source:   &model.Actor{Code: "TUR"},
			Target:   &model.Actor{Code: "ALB"},
			Evidence: model.Evidence{Source: tt.source, Target: tt.target, Predicate: tt.verb}}
		if tt.noTarget {
			e.Target = nil
		}
		m := MentionRow(1, &model.Article{Text: tt.text}, e, time.Now())
		if got := [4]string{m[7], m[8], m[9], m[12]}; got != tt.want {
			t.Errorf("%q: offsets and length %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestFractionDate(t *testing.T) {
	tests := []struct {
		y    int
		m    time.Month
		d    int
		want string
	}{
		{2022, 1, 1, "2022.0027"},
		{2022, 7, 2, "2022.5014"},
		{2022, 12, 30, "2022.9973"},
		{2022, 12, 31, "2022.9999"}, // was 2023.0000
		{2024, 12, 31, "2024.9999"}, // day 366 of a leap year: was 2025.0027
	}
	for _, tt := range tests {
		day := time.Date(tt.y, tt.m, tt.d, 0, 0, 0, 0, time.UTC)
		row := EventRow(1, &model.Article{}, &model.Event{Date: model.Day(day)}, time.Now())
		if row[4] != tt.want || row[3] != strconv.Itoa(tt.y) {
			t.Errorf("%s: Year %s, FractionDate %s; want %d, %s", day.Format(time.DateOnly), row[3], row[4], tt.y, tt.want)
		}
	}
}

// TestGeoColumns checks ActionGeo's eight columns (51-58) for a place at
// each GDELT level and for none: Type as the field table numbers it,
// Fullname from model.Place.FullName (Name when that is empty), the FIPS
// country code, ADM1, an empty ADM2, coordinates and FeatureID.
func TestGeoColumns(t *testing.T) {
	tests := []struct {
		name  string
		place *model.Place
		want  [8]string
	}{
		{"none", nil, [8]string{"0", "", "", "", "", "", "", ""}},
		{"world city", &model.Place{Name: "Tirana", FullName: "Tirana, Tirana, Albania", FIPS: "AL", ADM1: "AL50", Lat: 41.3275, Lon: 19.8189, GeoType: 4, GeonameID: 3183875},
			[8]string{"4", "Tirana, Tirana, Albania", "AL", "AL50", "", "41.3275", "19.8189", "3183875"}},
		{"US city", &model.Place{Name: "Houston", FullName: "Houston, Texas, United States", FIPS: "US", ADM1: "USTX", Lat: 29.76, Lon: -95.36, GeoType: 3, GeonameID: 4699066},
			[8]string{"3", "Houston, Texas, United States", "US", "USTX", "", "29.7600", "-95.3600", "4699066"}},
		{"US state", &model.Place{Name: "Texas", FullName: "Texas, United States", FIPS: "US", ADM1: "USTX", GeoType: 2, GeonameID: 4736286},
			[8]string{"2", "Texas, United States", "US", "USTX", "", "0.0000", "0.0000", "4736286"}},
		{"world state", &model.Place{Name: "Bavaria", FullName: "Bavaria, Germany", FIPS: "GM", ADM1: "GM02", GeoType: 5, GeonameID: 2951839},
			[8]string{"5", "Bavaria, Germany", "GM", "GM02", "", "0.0000", "0.0000", "2951839"}},
		{"country", &model.Place{Name: "Albania", FullName: "Albania", FIPS: "AL", ADM1: "AL", Lat: 41, Lon: 20, GeoType: 1, GeonameID: 783754},
			[8]string{"1", "Albania", "AL", "AL", "", "41.0000", "20.0000", "783754"}},
		{"no full name", &model.Place{Name: "Tirana", FIPS: "AL", GeoType: 4},
			[8]string{"4", "Tirana", "AL", "", "", "0.0000", "0.0000", ""}},
	}
	a := &model.Article{URL: "https://news.example/a", Text: "x"}
	for _, tt := range tests {
		e := &model.Event{Code: "010", Root: "01", Base: "010", Location: tt.place}
		row := EventRow(1, a, e, time.Date(2022, 9, 8, 0, 0, 0, 0, time.UTC))
		for i, want := range tt.want {
			if got := row[51+i]; got != want {
				t.Errorf("%s: column %d (%s) = %q, want %q", tt.name, 51+i, eventNames[51+i], got, want)
			}
		}
	}
}
