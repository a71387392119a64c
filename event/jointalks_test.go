package event

import "testing"

// TestJoinTalks checks that joining talks or negotiations engages in
// them (046), so that a call to join them is an appeal to negotiate
// (026), not a bare appeal (020).
func TestJoinTalks(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Bolivia joined talks with Chile on Monday.", []string{"BOL>CHL:046"}, nil},
		{"Peru called on Bolivia to join the talks on river water.", []string{"PER>BOL:026"}, []string{"PER>BOL:020"}},
		{"Ecuador urged Colombia to join the talks in Quito.", []string{"ECU>COL:026"}, []string{"ECU>COL:020"}},
		{"Ecuador asked Colombia to join talks on the border.", []string{"ECU>COL:026"}, []string{"ECU>COL:020"}},
	})
}
