package event

import "testing"

// TestTalksTimingCharge checks that talks that only time a deed someone
// is accused of ("accused Chile of spying after talks with Peru") are no
// talks of the accused, while talks timing the clause's own deed are its
// subject's, and talks the accused's possessive owns are the accused's.
func TestTalksTimingCharge(t *testing.T) {
	tests := []eventCase{
		{"Argentina accused Bolivia of smuggling after talks with Chile.", []string{"ARG>BOL:112"}, []string{"BOL>CHL:*"}},
		{"Argentina criticised Bolivia after talks with Chile.", []string{"ARG>CHL:046"}, nil},
		{"Argentina accused Bolivia of smuggling after its talks with Chile.", []string{"BOL>CHL:046"}, nil},
	}
	checkEventCases(t, tests)
}
