package event

import "testing"

// TestCountryCooperationRestated checks that a country's cooperation
// that its officials' act restates in a later sentence is kept beside
// theirs, while another deed told for the country and again for its
// officials is still folded into the officials' one (mergeVaguer).
func TestCountryCooperationRestated(t *testing.T) {
	tests := []eventCase{
		{"Chile signed a water accord with Peru on Friday. The Chilean foreign minister and his Peruvian counterpart signed the deal in Lima.",
			[]string{"CHL>PER:057", "CHLGOV>PERGOV:057"}, nil},
		{"Chile accused Peru of spying on Friday. The Chilean foreign minister accused Peru of spying in a speech in Santiago.",
			[]string{"CHLGOV>PER:1125"}, []string{"CHL>PER:1125"}},
	}
	checkEventCases(t, tests)
}
