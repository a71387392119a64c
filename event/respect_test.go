package event

import "testing"

// TestRespectNoPraise checks that respecting a thing ("Peru's interests",
// "the tribunal") is no praise (051) of its owner, while respecting the
// result of a vote, the supplement's RESPECT pattern, still is.
func TestRespectNoPraise(t *testing.T) {
	tests := []eventCase{
		{"Chile said it respected Peru's interests in the region.", nil, []string{"CHL>PER:051", "CHLGOV>PER:051"}},
		{"The Bolivian government respects the ruling of the Chilean court.", nil, []string{"BOLGOV>CHLJUD:051"}},
		{"Peru said it respected the result of the vote in Ecuador.", []string{"PER>ECU:051"}, nil},
	}
	checkEventCases(t, tests)
}
