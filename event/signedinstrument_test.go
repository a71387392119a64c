package event

import "testing"

// TestSignedInstrumentCodes checks the verb supplement's SIGN block for
// the instruments of an agreement: signing a framework, a revision or an
// annex of one signs a formal agreement (057), both parties of a joint
// subject signing it, and a framework only planned is no signature.
func TestSignedInstrumentCodes(t *testing.T) {
	tests := []eventCase{
		{"Chile and Peru signed a framework for fishing talks on Friday.", []string{"CHL>PER:057", "PER>CHL:057"}, nil},
		{"Chile signed a framework with Peru on water on Friday.", []string{"CHL>PER:057"}, nil},
		{"Chile and Peru signed a revision of their border treaty on Friday.", []string{"CHL>PER:057", "PER>CHL:057"}, nil},
		{"Chile signed an annex to its trade accord with Peru on Friday.", []string{"CHL>PER:057"}, nil},
		{"Chile proposed a framework to Peru on Friday.", nil, []string{"CHL>PER:057"}},
	}
	checkEventCases(t, tests)
}
