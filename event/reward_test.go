package event

import "testing"

// TestRewardOffered checks that a reward or bounty offered for
// information on someone is no offer to them, while an offer of
// something else, or a reward offered to someone, still codes.
func TestRewardOffered(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru is offering rewards for information on Chilean smugglers.", nil, []string{"PER>CHL:030", "PER>CHLCRM:030"}},
		{"The Peruvian government has authorized a reward of up to $2 million for information leading to the arrest of Bolivian rebel leaders.", nil, []string{"PERGOV>BOLREB:080", "PERGOV>BOLREB:030"}},
		{"Peru offered Chile a reward for its help.", []string{"PER>CHL:030"}, nil},
	})
}
