package event

import "testing"

// TestPrisonerSwap checks that a list of two freeing prisoners is a swap,
// each releasing the other's (0841 both ways), as "exchanged prisoners"
// is, while a release of others, or by one side, goes one way.
func TestPrisonerSwap(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"freed prisoners", "Peru and Chile freed dozens of prisoners of war on Tuesday.",
			[]string{"PER>CHL:0841", "CHL>PER:0841"}, nil},
		{"released detainees each", "Peru and Chile released 40 detainees each on Tuesday.",
			[]string{"PER>CHL:0841", "CHL>PER:0841"}, nil},
		{"freed others", "Peru and Chile freed two journalists on Tuesday.",
			nil, []string{"PER>CHL:*", "CHL>PER:*"}},
		{"one side's release", "Peru released 40 Chilean prisoners on Tuesday.",
			[]string{"PER>CHL:0841"}, []string{"CHL>PER:*"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}
