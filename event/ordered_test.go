package event

import "testing"

// TestOrderedToIsNotYet checks that what an actor is ordered or directed
// to do, adverbs joined before it or not, has not happened, while the
// same deed done is coded.
func TestOrderedToIsNotYet(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"The Peruvian court directed the Chilean company to \"jointly and severally pay\" Bolivian workers.", nil, []string{"CHLBUS>BOLLAB:061"}},
		{"The Peruvian court ordered the Chilean company to pay Bolivian workers.", nil, []string{"CHLBUS>BOLLAB:061"}},
		{"The Chilean company paid Bolivian workers.", []string{"CHLBUS>BOLLAB:061"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			checkEvents(t, code(t, tt.text, nil, nil), tt.want, tt.not)
		})
	}
}
