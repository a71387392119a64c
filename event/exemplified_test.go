package event

import "testing"

// TestExemplifiedList checks that members named as examples of a class
// ("countries like Chile and Peru") do a reciprocal deed each for
// itself, not with each other, while a plain list still acts on each
// other.
func TestExemplifiedList(t *testing.T) {
	tests := []eventCase{
		{"Some countries like Chile and Peru promote trading for tourists during the summer.", nil, []string{"CHL>PER:050", "PER>CHL:050"}},
		{"Chile and Peru restored diplomatic relations on Monday.", []string{"CHL>PER:054", "PER>CHL:054"}, nil},
	}
	checkEventCases(t, tests)
}
