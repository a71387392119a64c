package event

import "testing"

// TestBreakCodes checks the verb supplement's BREAK: breaking a
// ceasefire or truce violates it (196), breaking off relations or ties
// severs them (161), breaking with a party reduces relations with it
// (160) and breaking with a resolution defies it (128), neither a threat
// (130), and breaking anything else (a promise, the law) is no use of
// force (190).
func TestBreakCodes(t *testing.T) {
	tests := []eventCase{
		{"Chile broke the ceasefire with Peru on Monday.", []string{"CHL>PER:196"}, []string{"CHL>PER:130", "CHL>PER:190"}},
		{"Chile broke off diplomatic relations with Peru.", []string{"CHL>PER:161"}, []string{"CHL>PER:130"}},
		{"Chile broke off ties with Peru in 2019.", []string{"CHL>PER:161"}, []string{"CHL>PER:130"}},
		{"Chile broke its promise to Peru.", nil, []string{"CHL>PER:190"}},
		{"Chile broke diplomatic relations with Peru.", []string{"CHL>PER:161"}, []string{"CHL>PER:160"}},
		{"Chile broke the embargo with Peru's help.", nil, []string{"CHL>PER:160", "CHL>PER:130"}},
		{"Chile broke with Peru over the fishing dispute.", []string{"CHL>PER:160"}, []string{"CHL>PER:130"}},
		{"The new law breaks with United Nations resolutions on fishing, Chile said.", nil, []string{"CHL>IGOUNO:130"}},
		{"Chile broke with United Nations resolutions on fishing.", []string{"CHL>IGOUNO:128"}, []string{"CHL>IGOUNO:130", "CHL>IGOUNO:160"}},
		{"Chilean police broke up demonstrations by Peruvian workers.", []string{"CHLCOP>PERLAB:175"}, nil},
	}
	checkEventCases(t, tests)
}
