package event

import "testing"

// TestIdiomVerbs checks verbs whose object makes them an idiom or
// another sense: trading away one's dignity is no trade, mining a
// border is no probe, and blocking trade with a country halts it (163), not a restriction
// of movement (191). The verbs' plain senses stay.
func TestIdiomVerbs(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru will not trade its dignity for Chilean money, the president said.", nil, []string{"PER>CHL:*"}},
		{"Ecuador has mined the border with Peru.", nil, []string{"ECU>PER:090"}},
		{"Peru blocked trade with Chile on Monday.", []string{"PER>CHL:163"}, []string{"PER>CHL:191"}},
		{"Peru blocked a Chilean convoy.", []string{"PER>CHL:144"}, []string{"PER>CHL:163"}},
	})
}
