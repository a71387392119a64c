package event

import "testing"

// TestDiscussedTopic checks that what is discussed is a matter, not who
// is consulted: the "with" partner is (040, one way: contactPair), a possessive before the
// partner owns it and is no partner, and a compound subject consults its
// own members.
func TestDiscussedTopic(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"The Chilean foreign minister discussed Bolivia with his Peruvian counterpart.", []string{"CHLGOV>PERGOV:040"}, []string{"CHLGOV>BOL:040", "BOL>CHLGOV:040", "PERGOV>CHLGOV:040"}},
		{"The Chilean foreign minister discussed trade with his Peruvian counterpart.", []string{"CHLGOV>PERGOV:040"}, nil},
		{"Chile's president and Peru's president discussed Bolivia and Ecuador on Monday.", []string{"CHLGOV>PERGOV:040"}, []string{"CHLGOV>BOL:040", "PERGOV>ECU:040"}},
		{"Chile discussed Bolivia on Monday.", nil, []string{"CHL>BOL:040"}},
		{"The Chilean and Peruvian ministers discussed the crisis in Bolivia.", nil, []string{"CHLGOV>BOL:040", "PERGOV>BOL:040"}},
		{"Chile discussed the border with Peru.", []string{"CHL>PER:040"}, []string{"PER>CHL:040"}},
	})
}
