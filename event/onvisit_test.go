package event

import "testing"

// TestOnAVisit checks that an actor "on a visit to" a country, after a
// copula or a comma, is its visitor (042), and that a visit to a city of
// the visitor's own country is none.
func TestOnAVisit(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "The Egyptian foreign minister is on a two-day visit to Greece.", want: []string{"EGYGOV>GRC:042"}},
		{text: "Argentina's president, on a state visit to Spain, met business leaders.", want: []string{"ARGGOV>ESP:042"}},
		{text: "The Nigerian army chief was on an official visit to Ghana last week.", want: []string{"NGAMIL>GHA:042"}},
		{text: "The Japanese prime minister is on a visit to Osaka.", not: []string{"JPNGOV>JPN:042"}},
		// "on" of anything but the visit's visitor.
		{text: "The trade dispute will be on the agenda of Chile's talks with Peru.", not: []string{"CHL>PER:042"}},
	})
}
