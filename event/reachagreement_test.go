package event

import "testing"

// TestReachedAgreement checks that an agreement, pact or accord reached
// with a party is one concluded (057), not an intent to cooperate (032),
// whatever the agreement is about, while a deal still hoped for keeps
// its intent and a list of parties reaching agreement on points keeps
// the block's code.
func TestReachedAgreement(t *testing.T) {
	tests := []eventCase{
		{"Kenya reached a pact with Uganda on Monday.", []string{"KEN>UGA:057"}, []string{"KEN>UGA:032"}},
		{"Peru reached an accord with Chile over fishing rights.", []string{"PER>CHL:057"}, []string{"PER>CHL:032"}},
		{"Bolivia reached a trade agreement with Paraguay last week.", []string{"BOL>PRY:057"}, []string{"BOL>PRY:0311"}},
		{"Kenya hopes to reach a deal with Uganda.", nil, []string{"KEN>UGA:057"}},
		{"Kenya and Uganda reached agreement on some issues.", nil, []string{"KEN>UGA:057"}},
	}
	checkEventCases(t, tests)
}
