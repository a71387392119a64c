package event

import "testing"

// TestHomeTrip checks that a visit or a meeting between a country, read
// as a place, and its own people or private bodies codes nothing, while
// a visit abroad by the same kind of people and a meeting with their own
// state still code.
func TestHomeTrip(t *testing.T) {
	tests := []eventCase{
		{"This Chilean man has clearly never visited Chile.", nil, []string{"CHLPPL>CHL:*", "CHL>CHLPPL:*"}},
		{"Many Irish people do not go to Ireland for the weather.", nil, []string{"IRLPPL>IRL:*"}},
		{"Peruvian students visited Chile last week.", []string{"PEREDU>CHL:042"}, nil},
		{"Chilean farmers met Chile's agriculture minister on Monday.", []string{"CHLAGR>CHLGOV:040"}, nil},
	}
	checkEventCases(t, tests)
}
