package event

import "testing"

// TestHeldPeople checks that people HOLD holds, as its object or as the
// noun its participle describes, are detained (173), and that a person
// noun elsewhere after HOLD ("held talks with the fishermen") detains no
// one, while people held hostage stay 181.
func TestHeldPeople(t *testing.T) {
	tests := []eventCase{
		{"Morocco is holding four Spanish fishermen.", []string{"MAR>ESPCVL:173"}, nil},
		{"Gambia has held 23 Senegalese fishermen since Tuesday.", []string{"GMB>SENCVL:173"}, nil},
		{"Eritrea held two of the Djiboutian soldiers for a decade.", []string{"ERI>DJIMIL:173"}, nil},
		{"Iran is still holding three British journalists.", []string{"IRN>GBRMED:173"}, nil},
		{"Peru held talks with Chilean fishermen on Monday.", []string{"PER>CHLCVL:046"}, []string{"PER>CHLCVL:173"}},
		{"Bolivia held a meeting with Peruvian journalists in La Paz.", nil, []string{"BOL>PERMED:173"}},
		{"Nigerian gunmen held 20 Nigerian villagers hostage.", []string{"NGAUAF>NGACVL:181"}, []string{"NGAUAF>NGACVL:173"}},
		{"Somali pirates held 20 Indian sailors hostage.", []string{"SOMCRM>IND:181"}, []string{"SOMCRM>IND:173"}},
		{"Peru said Chile had held the Peruvian soldiers as hostages.", []string{"CHL>PERMIL:181"}, []string{"CHL>PERMIL:173"}},
	}
	checkEventCases(t, tests)
}
