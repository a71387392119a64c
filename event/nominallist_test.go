package event

import "testing"

// TestNominalListSource checks that each member of a list that launches
// or carries out strikes or an attack named by a noun strikes the
// target, not the last member only.
func TestNominalListSource(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"strikes by a list of three", "Peru, Chile and Bolivia launched strikes on Ecuador on Tuesday.",
			[]string{"PER>ECU:190", "CHL>ECU:190", "BOL>ECU:190"}, []string{"PER>CHL:*", "CHL>BOL:*"}},
		{"an assault by a list of two", "Peru and Chile mounted an assault on Ecuador on Tuesday.",
			[]string{"PER>ECU:190", "CHL>ECU:190"}, []string{"PER>CHL:*", "CHL>PER:*"}},
		{"drone strikes by one", "Chile carried out drone strikes on Peru on Tuesday.",
			[]string{"CHL>PER:195"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}
