package event

import "testing"

// TestPronounList checks that "they" or "them" standing for a list of
// actors gives every member its event, and that such a list is no pair
// acting on each other unless the clause says so.
func TestPronounList(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"Chile held talks with Peru, Bolivia and Ecuador, threatening them with sanctions.", []string{"CHL>PER:1312", "CHL>BOL:1312", "CHL>ECU:1312"}, nil},
		{"Peru and Bolivia said they would criticise Chile.", []string{"PER>CHL:111", "BOL>CHL:111"}, nil},
		{"Russia and Peru, which voted against the resolution, said they did not recognise the vote.", nil, []string{"RUS>PER:*", "PER>RUS:*"}},
		{"Chile held talks with Peru, threatening it with sanctions.", []string{"CHL>PER:1312"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}
