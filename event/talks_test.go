package event

import "testing"

// TestTalksCollapsed checks that talks whose breakdown names no party
// broke down (164) between the parties of the article's latest
// negotiation, each way, that a sponsor named after "by" is no party,
// and that a breakdown with no earlier talks, or of something else,
// codes nothing.
func TestTalksCollapsed(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru and Chile held talks in Lima on Monday. The talks collapsed in Quito on Tuesday.", []string{"PER>CHL:164", "CHL>PER:164"}, nil},
		{"Peru and Chile held talks in Lima on Monday. Previous talks in Quito, sponsored by Brazil and the United States, collapsed in 2023.", []string{"PER>CHL:164", "CHL>PER:164"}, []string{"BRA>*:164", "USA>*:164"}},
		{"Brazil hosted Peru's president on Monday. The talks collapsed on Tuesday.", nil, []string{"*>*:164"}},
		{"Peru and Chile held talks in Lima on Monday. The roof collapsed on Tuesday.", nil, []string{"*>*:164"}},
	})
}
