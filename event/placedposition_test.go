package event

import "testing"

// TestPlacedPosition checks that positions troops hold ("defensive
// positions", "forward positions") are ground, not a stance kept (124),
// while a position a country maintains is still one.
func TestPlacedPosition(t *testing.T) {
	tests := []eventCase{
		{"Chilean troops maintained their defensive positions against Bolivian rebels on Monday.", nil, []string{"CHLMIL>BOLREB:124"}},
		{"Chilean soldiers maintained fortified positions against Bolivian rebels near the border.", nil, []string{"CHLMIL>BOLREB:124"}},
		{"Chile maintained its position against Bolivia on Monday.", []string{"CHL>BOL:124"}, nil},
	}
	checkEventCases(t, tests)
}
