package event

import "testing"

// TestSidesAccord checks that an agreement or a ceasefire dated by a
// participle of its own but naming no party is made by the two sides of
// the story's latest conflict, and that one with no time, or after a
// story with no conflict, codes no such pair.
func TestSidesAccord(t *testing.T) {
	tests := []eventCase{
		{"Peruvian warplanes struck targets in northern Chile on Thursday. Chile's president condemned the strikes as a violation of the ceasefire agreed in November 2021.", []string{"PER>CHL:0871", "CHL>PER:0871"}, nil},
		{"Chilean police arrested Peruvian fishermen on Monday. The two countries had taken the dispute to the court under an agreement signed in 2016.", []string{"PER>CHL:057", "CHL>PER:057"}, nil},
		{"Peruvian warplanes struck targets in northern Chile on Thursday. Chile's president condemned the strikes as a violation of the ceasefire.", nil, []string{"PER>CHL:0871", "CHL>PER:0871"}},
		{"Peru and Chile held talks on Monday. Officials praised the agreement signed in 2016.", nil, []string{"PER>CHL:057", "CHL>PER:057"}},
	}
	checkEventCases(t, tests)
}
