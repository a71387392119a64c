package event

import "testing"

// TestOrderedToIsNotYet checks that what an actor is ordered or directed
// to do, adverbs joined before it or not, has not happened, while the
// same deed done is coded.
func TestOrderedToIsNotYet(t *testing.T) {
	tests := []eventCase{
		{"The Peruvian court directed the Chilean company to \"jointly and severally pay\" Bolivian workers.", nil, []string{"CHLBUS>BOLLAB:061"}},
		{"The Peruvian court ordered the Chilean company to pay Bolivian workers.", nil, []string{"CHLBUS>BOLLAB:061"}},
		{"The Chilean company paid Bolivian workers.", []string{"CHLBUS>BOLLAB:061"}, nil},
	}
	checkEventCases(t, tests)
}
