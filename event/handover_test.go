package event

import "testing"

// TestHandedOver checks that people handed over to another party, named
// by a pronoun or a plural noun, are persons released to that party
// (0841), and that things handed over are not.
func TestHandedOver(t *testing.T) {
	tests := []eventCase{
		{"Peruvian soldiers detained 12 Chilean gunmen last month and handed them over to Chile.", []string{"PERMIL>CHL:0841"}, nil},
		{"Peru handed 12 Cubans to Chilean authorities on Tuesday.", []string{"PER>CHLGOV:0841"}, nil},
		{"Peru handed over the bodies to the Red Cross.", nil, []string{"PER>NGOHLHIRC:0841"}},
		{"Peru handed a letter to Chilean authorities on Tuesday.", nil, []string{"PER>CHLGOV:0841"}},
	}
	checkEventCases(t, tests)
}
