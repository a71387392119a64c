package event

import "testing"

// TestCallBetween checks that a call, conversation or meeting between two
// parties is a consultation of each with the other (by telephone where a
// phone is named), past a short place phrase, and that one still to be
// held, or put off, is none.
func TestCallBetween(t *testing.T) {
	tests := []eventCase{
		{"The phone call between Peru and Chile lasted an hour.", []string{"PER>CHL:041", "CHL>PER:041"}, nil},
		{"Aides described a tense conversation in Lima between Peru and Bolivia.", []string{"PER>BOL:040", "BOL>PER:040"}, nil},
		{"A phone call between Peru and Chile is expected next week.", nil, []string{"PER>CHL:*", "CHL>PER:*"}},
		{"Talks between Peru and Chile are expected to resume in March.", nil, []string{"PER>CHL:046", "CHL>PER:046"}},
		{"Talks between Peru and Chile ended on Monday.", []string{"PER>CHL:046", "CHL>PER:046"}, nil},
		{"A conversation between the two men was not recorded.", nil, []string{"*>*:040"}},
		{"The meeting between Peru and Chile lasted three hours.", []string{"PER>CHL:040", "CHL>PER:040"}, nil},
		{"A planned meeting between Bolivia and Chile was called off.", nil, []string{"BOL>CHL:*", "CHL>BOL:*"}},
		{"The next phone call between Peru and Chile will take place in May.", nil, []string{"PER>CHL:*", "CHL>PER:*"}},
	}
	checkEventCases(t, tests)
}
