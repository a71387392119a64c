package event

import "testing"

// TestRegionPlace checks that a country named after "in", "at" or "near"
// and a word for a part of it ("in northern Peru") is where a reverse
// event happened, not its source, while an actor named as the source
// still is.
func TestRegionPlace(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"A Chilean soldier died of wounds in northern Peru.", nil, []string{"PER>CHLMIL:190"}},
		{"Their Chilean patrol came under fire near the southern Peruvian border.", nil, []string{"PER>CHL:111", "PER>CHLMIL:111"}},
		{"A Chilean soldier died of wounds suffered in a Peruvian attack.", []string{"PER>CHLMIL:190"}, nil},
	})
}
