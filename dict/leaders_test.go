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
