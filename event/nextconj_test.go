package event

import "testing"

// TestNextConjunctTarget checks that a deed of force by police, troops or
// rebels that names only its means takes its target from a second verb
// joined to it ("fired tear gas and arrested dozens of traders").
func TestNextConjunctTarget(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peruvian police fired tear gas and arrested dozens of Bolivian traders on Monday.", []string{"PERCOP>BOLBUS:175", "PERCOP>BOLBUS:173"}, nil},
		{"Chilean soldiers shelled the area and killed two Bolivian rebels.", []string{"CHLMIL>BOLREB:194", "CHLMIL>BOLREB:190"}, nil},
	})
}
