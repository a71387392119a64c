package dict

import (
	"slices"
	"testing"
)

func TestSurnameVariants(t *testing.T) {
	tests := []struct {
		name string
		want []string // variants that must be there
		not  []string // and must not
	}{
		{"ANDRIY SADOVSKYY", []string{"ANDRIY SADOVSKY", "ANDRIY SADOVSKIY", "ANDRIY SADOVSKI"}, []string{"ANDRIY SADOVSKYY"}},
		{"PETRO IVANOVYCH KOVALSKI", []string{"PETRO IVANOVYCH KOVALSKY", "PETRO KOVALSKYY", "PETRO KOVALSKI"}, nil},
		{"ALBIN KURTI", nil, []string{"ALBIN KURTY"}},
		{"BORIS SKY", nil, []string{"BORIS SKYY"}},
		{"MARIA", nil, nil},
	}
	for _, tt := range tests {
		got := surnameVariants(tt.name)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("surnameVariants(%q) = %q, lacks %q", tt.name, got, w)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(got, w) {
				t.Errorf("surnameVariants(%q) = %q, has %q", tt.name, got, w)
			}
		}
		if len(tt.want) == 0 && len(got) != 0 {
			t.Errorf("surnameVariants(%q) = %q, want none", tt.name, got)
		}
	}
}

func TestAddLeadersVariants(t *testing.T) {
	ls := []Leader{{Name: "OLENA HRYTSENSKYY", Country: "UKR", Start: Day(20200101), Source: "test"}}
	es, _, _, _ := addLeaders(nil, ls)
	if len(es) != 1 || !slices.Contains(es[0].Synonyms, "OLENA HRYTSENSKY") {
		t.Fatalf("entries %+v: no OLENA HRYTSENSKY", es)
	}
}

// TestParseFactbookPerson checks the reading of the Factbook's "Title
// Given SURNAME (since ...)" entries, with a maternal surname after the
// upper-case one left out.
func TestParseFactbookPerson(t *testing.T) {
	tests := []struct {
		seg, given, surname string
		ok                  bool
	}{
		{"Prime Minister Edi RAMA (since 10 September 2013)", "EDI", "RAMA", true},
		{"President Ana Maria QUISPE Flores (since 7 August 2022)", "ANA MARIA", "QUISPE", true},
		{"President Luis Alberto MAMANI Choque Vargas (since 2021)", "LUIS ALBERTO", "MAMANI", true},
		{"Amir TAMIM bin Hamad Al Thani (since 25 June 2013)", "", "", false},
		{"President Jane Doe (since 2020)", "", "", false},
		{"President XI Jinping (since 14 March 2013)", "", "", false},
		{"President Tom HOLT, Jr. (since 2021)", "", "", false},
	}
	for _, tt := range tests {
		p, ok := parseFactbookPerson(tt.seg)
		if ok != tt.ok || ok && (p.Given != tt.given || p.Surname != tt.surname) {
			t.Errorf("%q: got %q %q %v, want %q %q %v", tt.seg, p.Given, p.Surname, ok, tt.given, tt.surname, tt.ok)
		}
	}
}

// TestNameVariants checks the hyphen spellings of leaders' names.
func TestNameVariants(t *testing.T) {
	for _, tt := range []struct {
		name string
		want []string
	}{
		{"PAK JI-SONG", []string{"PAK JI SONG"}},
		{"HAN MIN SOO", []string{"HAN MIN-SOO"}},
		{"ANA LOPEZ", nil},
		{"ANA MARIA DE LA CRUZ", []string{"ANA MARIA DE LA-CRUZ"}},
	} {
		if got := nameVariants(tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("nameVariants(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestAddLeadersOverOpenRole checks that a leader's office comes before
// an open-ended earlier role in the same country, and after a role in
// another country.
func TestAddLeadersOverOpenRole(t *testing.T) {
	es := []*Entry{
		{Name: "ANA LOPEZ", Roles: []Role{{Code: "FREGOVBUS", Start: Day(20080101)}, {Code: "FREELI"}}},
		{Name: "LUIS SOTO", Roles: []Role{{Code: "SYLGOV", Start: Day(20000101)}, {Code: "SYLELI"}}},
		{Name: "EVA ROSS", Roles: []Role{{Code: "FREGOVEDU", Start: Day(20080101), End: Day(20120101)}, {Code: "FREELI"}}},
	}
	ls := []Leader{
		{Name: "ANA LOPEZ", Country: "FRE", Start: Day(20250314), Source: "test"},
		{Name: "LUIS SOTO", Country: "FRE", Start: Day(20200101), Source: "test"},
		{Name: "EVA ROSS", Country: "FRE", Start: Day(20200101), Source: "test"},
	}
	es, _, _, _ = addLeaders(es, ls)
	for _, tt := range []struct {
		entry int
		day   Day
		want  string
	}{
		{0, Day(20250601), "FREGOV"},
		{0, Day(20100601), "FREGOVBUS"},
		{1, Day(20210601), "SYLGOV"},
		{2, Day(20210601), "FREGOV"},
		{2, Day(20100601), "FREGOVEDU"},
	} {
		if got, _ := datedCode(es[tt.entry], tt.day); got != tt.want {
			t.Errorf("%s on %d: %s, want %s", es[tt.entry].Name, tt.day, got, tt.want)
		}
	}
}

// TestMergeLeadersEndsYearTerm checks that a term Wikidata ends by the
// year ends on the day the Factbook's holder of the same office took it,
// and not on a holder of another office.
func TestMergeLeadersEndsYearTerm(t *testing.T) {
	wd := []Leader{
		{Name: "ANA LOPEZ", Country: "FRE", Office: "President of Freedonia", Start: Day(20180101), End: Day(20230101), Source: WikidataHeadsFile},
		{Name: "EVA ROSS", Country: "FRE", Office: "Prime Minister of Freedonia", Start: Day(20190101), End: Day(20230101), Source: WikidataHeadsFile},
	}
	fb := map[string][]factbookPerson{"FRE": {{Given: "LUIS", Surname: "SOTO", Since: Day(20220807), Text: "President Luis SOTO (since 7 August 2022)"}}}
	out, _ := mergeLeaders(wd, fb)
	ends := map[string]Day{}
	for _, l := range out {
		ends[l.Name] = l.End
	}
	if ends["ANA LOPEZ"] != Day(20220807) || ends["EVA ROSS"] != Day(20230101) || ends["LUIS SOTO"] != 0 {
		t.Errorf("ends = %v; want ANA LOPEZ 20220807, EVA ROSS 20230101, LUIS SOTO open", ends)
	}
}
