package event

import "testing"

// TestNominalClash checks that clashes or fighting between two parties
// that happened are each one's force against the other (190), and that
// clashes only feared, prevented or ended code nothing.
func TestNominalClash(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"clashes between two peoples' troops", "Clashes between Peruvian and Chilean troops killed four soldiers on Tuesday.",
			[]string{"PERMIL>CHLMIL:190", "CHLMIL>PERMIL:190"}, nil},
		{"fighting between two countries", "Fighting between Peru and Chile resumed on Tuesday.",
			[]string{"PER>CHL:190", "CHL>PER:190"}, nil},
		{"clashes broke out between", "Clashes broke out between Peruvian and Bolivian police on Tuesday.",
			[]string{"PERCOP>BOLCOP:190", "BOLCOP>PERCOP:190"}, nil},
		{"clashes to prevent", "Ecuador sent envoys to prevent clashes between Peru and Chile.",
			nil, []string{"PER>CHL:190", "CHL>PER:190"}},
		{"fears of fighting", "Fears of fighting between Peru and Chile grew on Tuesday.",
			nil, []string{"PER>CHL:190", "CHL>PER:190"}},
		{"clashes that ended", "Clashes between Peru and Chile ended on Tuesday.",
			nil, []string{"PER>CHL:190", "CHL>PER:190"}},
		{"clashes that may come", "Clashes between Peru and Chile could resume next week.",
			nil, []string{"PER>CHL:190", "CHL>PER:190"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}
