package event

import "testing"

// TestStoryTalks checks that talks held or resumed that name no party of
// their own are between the parties of the story's latest cooperation,
// and that talks with a party named, talks no one is said to have held
// and talks after a story of conflict alone code no such pair.
func TestStoryTalks(t *testing.T) {
	tests := []eventCase{
		{"Peru and Chile signed a fisheries accord on Monday. Talks resumed on Wednesday in Santiago.", []string{"PER>CHL:046", "CHL>PER:046"}, nil},
		{"Peru agreed on Friday to let Chilean inspectors visit its ports, its foreign minister said after talks in Lima.", []string{"PER>CHL:046", "CHL>PER:046"}, nil},
		{"Peru and Chile signed a fisheries accord on Monday. Chilean officials involved in the negotiations resigned.", nil, []string{"PER>CHL:046", "CHL>PER:046"}},
		{"Peru and Chile signed a fisheries accord on Monday. Talks with Bolivia resumed on Wednesday.", nil, []string{"PER>CHL:046", "CHL>PER:046"}},
		{"Peruvian troops shelled Chilean border posts on Monday. Talks resumed on Wednesday in Santiago.", nil, []string{"PERMIL>CHLMIL:046", "PER>CHL:046", "CHL>PER:046"}},
	}
	checkEventCases(t, tests)
}
