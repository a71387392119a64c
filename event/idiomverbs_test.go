package event

import "testing"

// TestIdiomVerbs checks verbs whose object makes them an idiom or
// another sense: trading away one's dignity is no trade, fighting
// tariffs or sanctions is no use of force, mining a border is no probe,
// blocking trade with a country halts it (163), not a restriction of
// movement (191), and putting one's signature to a treaty or a deal
// signs it (057). The verbs' plain senses stay.
func TestIdiomVerbs(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru will not trade its dignity for Chilean money, the president said.", nil, []string{"PER>CHL:*"}},
		{"Chile will fight the tariffs at the WTO, the minister said.", nil, []string{"CHL>*:190"}},
		{"Chile will fight the Peruvian tariffs at the World Trade Organization.", nil, []string{"CHL>PER:190"}},
		{"Chile fought Peru in 1879.", []string{"CHL>PER:190"}, nil},
		{"Peru fought the Chilean sanctions at the WTO.", nil, []string{"PER>CHL:190"}},
		{"Chilean farmers were hit by Peruvian tariffs.", []string{"PER>CHLAGR:163"}, nil},
		{"Ecuador has mined the border with Peru.", nil, []string{"ECU>PER:090"}},
		{"Peru blocked trade with Chile on Monday.", []string{"PER>CHL:163"}, []string{"PER>CHL:191"}},
		{"Peru blocked a Chilean convoy.", []string{"PER>CHL:144"}, []string{"PER>CHL:163"}},
		{"The Peruvian and Chilean presidents put their signatures to the treaty.", []string{"PERGOV>CHLGOV:057", "CHLGOV>PERGOV:057"}, []string{"PERGOV>CHLGOV:035"}},
		{"Peru and Chile put their signatures to a new trade deal on Monday.", []string{"PER>CHL:057", "CHL>PER:057"}, nil},
		{"Peru put its name to the list of countries backing Chile.", nil, []string{"PER>CHL:057"}},
	})
}
