package event

import "testing"

// TestMakeVisitCodes checks the verb supplement's MAKE: a visit or trip
// made is a visit (042), the visitor's alone (no host's 043: visitPair),
// not an intent to meet (036).
func TestMakeVisitCodes(t *testing.T) {
	tests := []eventCase{
		{"The Chilean president made a visit to Peru on Monday.", []string{"CHLGOV>PER:042"}, []string{"CHLGOV>PER:036", "PER>CHLGOV:043"}},
		{"Chile's foreign minister made a trip to Peru in May.", []string{"CHLGOV>PER:042"}, []string{"CHLGOV>PER:036"}},
		{"Chilean troops made progress on the ceasefire with Peru.", nil, []string{"CHLMIL>PER:042"}},
	}
	checkEventCases(t, tests)
}
