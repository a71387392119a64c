package event

import "testing"

// TestPraisedDelegation checks that praising or commending a delegation
// is praise (051), not the diplomatic cooperation (050) CAMEO.2.0.txt
// gives a delegation, which a welcome keeps.
func TestPraisedDelegation(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Chile's president praised the Bolivian delegation for its patience on Monday.", []string{"CHLGOV>*:051"}, []string{"*>*:050"}},
		{"Peru commended the Ecuadorian delegation on Tuesday.", []string{"PER>*:051"}, []string{"*>*:050"}},
		{"Peru welcomed the Ecuadorian delegation on Tuesday.", []string{"PER>ECU:050"}, nil},
	})
}
