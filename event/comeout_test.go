package event

import "testing"

// TestComeOutTo checks the verb supplement's ARRIVE: coming out to a
// place or a crowd consults no one, while coming to a country still
// codes the block's own pattern.
func TestComeOutTo(t *testing.T) {
	tests := []eventCase{
		{"Chilean workers came out to Peruvian communities on Sunday.", nil, []string{"CHLLAB>PERCVL:*", "CHLLAB>PER:*"}},
		{"Chilean nurses will come out to Peruvian towns next week.", nil, []string{"CHLHLH>PER:*", "CHLMED>PER:*"}},
		{"Chile's envoy came to Peru for talks.", []string{"CHLGOV>PER:042"}, nil},
	}
	checkEventCases(t, tests)
}
