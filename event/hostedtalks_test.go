package event

import "testing"

// TestHostedTalks checks that a host of talks or negotiations that name
// no party mediates between the parties of the story's latest event
// (045), and that hosting a visitor, even for talks, stays a visit hosted
// (043).
func TestHostedTalks(t *testing.T) {
	tests := []eventCase{
		{"Peru and Bolivia signed a trade deal on Monday. Chile, which hosted the negotiations, welcomed it.", []string{"CHL>PER:045", "CHL>BOL:045"}, []string{"CHL>PER:043"}},
		{"Peru and Bolivia signed a trade deal on Monday. Chile hosted several rounds of talks last year.", []string{"CHL>PER:045", "CHL>BOL:045"}, nil},
		{"Chile hosted the Peruvian minister for talks on Monday.", []string{"CHL>PERGOV:043"}, []string{"CHL>PERGOV:045"}},
	}
	checkEventCases(t, tests)
}
