package event

import "testing"

// TestReturnToTalks checks that returning to talks or to the negotiating
// table resumes negotiating (046), so that a call to return to them is
// an appeal to negotiate (026), not a bare appeal (020).
func TestReturnToTalks(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Bolivia returned to talks with Chile on Monday.", []string{"BOL>CHL:046"}, nil},
		{"Ecuador returned to the negotiating table with Colombia.", []string{"ECU>COL:046"}, nil},
		{"Peru urged Bolivia to return to the table.", []string{"PER>BOL:026"}, []string{"PER>BOL:020"}},
		{"Peru called on Chile to return to talks.", []string{"PER>CHL:026"}, []string{"PER>CHL:020"}},
		{"Peru's ambassador returned to Lima on Monday.", nil, []string{"*>*:046"}},
	})
}
