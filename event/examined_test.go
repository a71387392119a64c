package event

import "testing"

// TestExaminedProposals checks that examining another's proposal, request
// or offer is considering a policy option (014), while examining a thing
// stays INSPECT's investigation (090).
func TestExaminedProposals(t *testing.T) {
	tests := []eventCase{
		{"Chile said it would examine Peru's proposal.", []string{"CHL>PER:014"}, []string{"CHL>PER:090"}},
		{"Chile examined the Peruvian offer on Monday.", []string{"CHL>PER:014"}, []string{"CHL>PER:090"}},
		{"Chile will examine the proposal from Peru.", []string{"CHL>PER:014"}, []string{"CHL>PER:090"}},
		{"Chilean inspectors examined the Peruvian ship.", []string{"CHL>PER:090"}, []string{"CHL>PER:014"}},
	}
	checkEventCases(t, tests)
}
