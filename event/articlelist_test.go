package event

import "testing"

// TestArticleList checks that members of a list may each have an
// indefinite article after "and" ("a Peruvian and a Chilean"), while a
// name after a bare comma and "a" is an apposition, no member.
func TestArticleList(t *testing.T) {
	tests := []eventCase{
		{"Bolivian police arrested a Peruvian and a Chilean on Monday.", []string{"BOLCOP>PER:173", "BOLCOP>CHL:173"}, nil},
		{"Two hostages, an American and an Australian, who had been held by the Taliban were released on Tuesday.", []string{"AFGGOV>USA:*", "AFGGOV>AUS:*"}, nil},
		{"Chile, a NATO partner since 2008, has hosted Peruvian dissidents.", nil, []string{"IGOWSTNAT>*:*"}},
	}
	checkEventCases(t, tests)
}
