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
		// Officials named only by descriptions of the countries named
		// before ("the two countries") tell the same deed again, and
		// the named telling is kept alone.
		{"Peru and Chile signed a water accord on Friday. The foreign ministers of the two countries signed the deal in Lima.",
			[]string{"PER>CHL:057", "CHL>PER:057"}, []string{"PERGOV>CHLGOV:057", "CHLGOV>PERGOV:057"}},
	}
	checkEventCases(t, tests)
}
