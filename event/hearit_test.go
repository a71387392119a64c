package event

import "testing"

// TestHearIt checks that a verb of hearing or learning with the bare
// object "it" consults no one, and that one with an actor still does.
func TestHearIt(t *testing.T) {
	tests := []eventCase{
		{"The European Union sent observers. The Chilean minister said he was furious when he heard it.", nil, []string{"CHLGOV>IGOEUREEC:040"}},
		{"The United Nations closed the office. Chile's envoy learned it on Monday.", nil, []string{"CHLGOV>IGOUNO:040"}},
		{"Chile heard Peru on Monday.", []string{"CHL>PER:040"}, nil},
	}
	checkEventCases(t, tests)
}
