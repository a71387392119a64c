package event

import "testing"

// TestJointRival checks that a show of force naming no target is aimed
// at the country its source's deed before it in the same sentence is
// aimed at, however the parse hangs the second verb, and that it takes
// no target from another source's deed nor from a deed after it.
func TestJointRival(t *testing.T) {
	tests := []eventCase{
		{"Chile demanded on Monday that Peru immediately release six Chilean soldiers detained near the border, and put its army on higher alert along the boundary.", []string{"CHL>PER:1053", "CHL>PER:152"}, nil},
		{"Chile accused Peru of violating its waters and put its navy on higher alert along the coast.", []string{"CHL>PER:152"}, nil},
		// Another source's deed, and no deed of the source before it.
		{"Peru detained six Chilean fishermen, and Chile put its navy on higher alert along the coast.", nil, []string{"CHL>PER:152"}},
		{"Chile put its navy on higher alert along the coast.", nil, []string{"CHL>PER:152"}},
	}
	checkEventCases(t, tests)
}
