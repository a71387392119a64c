package event

import "testing"

// TestDeclaredWinnerCriedWolf checks that figures of speech and the
// certification of a vote code no event of the verb's block: declaring
// a winner endorses nobody (051) and crying wolf disapproves of nobody
// (110), while a declared support stays an endorsement.
func TestDeclaredWinnerCriedWolf(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru's electoral court declared President Maria Lopez the winner of the runoff on Monday.", nil, []string{"*>*:051"}},
		{"Chile cried wolf about Bolivia for years.", nil, []string{"*>*:110"}},
		{"Chile declared its support for Bolivia on Monday.", []string{"CHL>BOL:051"}, nil},
	})
}
