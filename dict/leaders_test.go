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
