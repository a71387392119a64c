package event

import "testing"

// TestPlottedDeed checks that a deed in the infinitive of a scheme, plot
// or conspiracy is not coded as done, while the same deed told as done
// still is.
func TestPlottedDeed(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"The real problem is Chile's scheme to destroy Peru's fishing fleet.", nil, []string{"CHL>PER:*", "CHL>PERAGR:*", "CHL>PERBUS:*"}},
		{"Lima said the Chilean conspiracy to assassinate Peru's president had deep roots.", nil, []string{"CHL>PERGOV:*"}},
		{"Chile destroyed Peru's fishing fleet.", []string{"CHL>PER:*"}, nil},
	})
}
