package event

import "testing"

// TestWitnessIsNoParty checks that an actor named "in the presence of"
// a deed witnesses it and is no party to it, while one named "with" is.
func TestWitnessIsNoParty(t *testing.T) {
	tests := []eventCase{
		{"Chile and Peru signed a fishing deal in Lima in the presence of a Bolivian envoy.",
			[]string{"CHL>PER:057", "PER>CHL:057"}, []string{"CHL>BOLGOV:057", "BOLGOV>CHL:057", "PER>BOLGOV:057"}},
		{"Chile signed a fishing deal with Peru in the presence of the Bolivian foreign minister.",
			[]string{"CHL>PER:057"}, []string{"CHL>BOLGOV:057", "BOLGOV>CHL:057"}},
	}
	checkEventCases(t, tests)
}
