package event

import "testing"

// TestBothSides checks that "both sides" and "the two sides" stand for
// the list of two named in the sentence before, as subject (each member
// an event) or object, but not for sides named apart, sides of a thing
// or a where ("protesters on both sides").
func TestBothSides(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Kenya and Somalia held talks in Nairobi on Monday. The two sides accused each other of violating the truce.",
			want: []string{"KEN>SOM:112", "SOM>KEN:112"}},
		{text: "Chile and Bolivia ended their talks on Friday. Both sides condemned the attack on Peru.",
			want: []string{"CHL>PER:111", "BOL>PER:111"}},
		{text: "Chile and Bolivia ended their talks on Friday. Ecuador praised both sides.",
			want: []string{"ECU>CHL:051", "ECU>BOL:051"}},
		{text: "Chilean troops shelled Bolivian positions. Ecuador praised both sides.",
			not: []string{"ECU>CHL:051", "ECU>CHLMIL:051", "ECU>BOLMIL:051", "ECU>BOL:051"}},
		{text: "Chile and Bolivia held talks on Friday. Ecuador praised both sides of the debate.",
			not: []string{"ECU>CHL:051", "ECU>BOL:051"}},
		{text: "Chile and Bolivia held talks on Friday. Protesters on both sides clashed with police.",
			not: []string{"CHL>BOL:190", "BOL>CHL:190"}},
		{text: "Chile and Bolivia held talks on Friday. Ecuador called on both sides to talk.",
			want: []string{"ECU>CHL:020", "ECU>BOL:020"}},
	})
}
