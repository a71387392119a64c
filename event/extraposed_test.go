package event

import "testing"

// TestExtraposedInfinitive checks that the infinitive an expletive "it"
// stands in for ("it is wrong to punish Chile") codes no event, while an
// actor's "it" ("it was ready to attack") and a plain infinitive keep
// theirs.
func TestExtraposedInfinitive(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru's foreign minister said it was counterproductive to impose sanctions on Chile.", nil, []string{"PERGOV>CHL:163", "PER>CHL:163"}},
		{"Bolivia's president said it would be wrong to expel the Peruvian ambassador.", nil, []string{"BOLGOV>PERGOV:174", "BOL>PERGOV:174"}},
		{"It is important to try to punish Bolivia, the Chilean minister said.", nil, []string{"CHLGOV>BOL:170"}},
		{"Peru said it was ready to impose sanctions on Chile.", []string{"PER>CHL:163"}, nil},
		{"Peru imposed sanctions on Chile.", []string{"PER>CHL:163"}, nil},
	})
}
