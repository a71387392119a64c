package event

import "testing"

// TestBeganNegotiations checks that beginning, starting, launching or
// entering negotiations is engaging in them (046, both ways), not an
// intent (036), while negotiations still to begin stay an intent.
func TestBeganNegotiations(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Guyana and Suriname began a second round of negotiations on their maritime border.", want: []string{"GUY>SUR:046", "SUR>GUY:046"}, not: []string{"GUY>SUR:036"}},
		{text: "Uruguay started negotiations with Brazil on a bridge.", want: []string{"URY>BRA:046"}, not: []string{"URY>BRA:036"}},
		{text: "Vietnam launched negotiations with Canada on a trade pact.", want: []string{"VNM>CAN:046"}, not: []string{"VNM>CAN:036"}},
		{text: "Zambia and Malawi entered negotiations on water sharing.", want: []string{"ZMB>MWI:046", "MWI>ZMB:046"}},
		{text: "Norway will begin negotiations with Iceland next month.", want: []string{"NOR>ISL:036"}, not: []string{"NOR>ISL:046"}},
	})
}
