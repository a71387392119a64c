package event

import "testing"

// TestPeopleOfCountry checks genericAt: the people, citizens or residents
// "of" a country are that country's civilians and may be a target, while
// reporters placed only by a city after them ("told reporters in Lima")
// stay no target, and hearing about their treatment consults no one.
func TestPeopleOfCountry(t *testing.T) {
	tests := []eventCase{
		{"Bolivia praised the people of Chile for their courage.", []string{"BOL>CHLCVL:051"}, nil},
		{"Brazil said it stood with the people of Paraguay.", []string{"BRA>PRYCVL:051"}, nil},
		{"Ecuador called on the citizens of Peru to stay calm.", []string{"ECU>PERCVL:020"}, nil},
		{"Peru told reporters in Lima that Chile had lied.", nil, []string{"PER>PERMED:010", "PER>PER:010"}},
		{"Peru's minister said they had heard again about the harsh treatment of the people of Chile.", nil, []string{"PERGOV>CHLCVL:040", "PER>CHLCVL:040"}},
	}
	checkEventCases(t, tests)
}
