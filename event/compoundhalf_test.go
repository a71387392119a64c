package event

import "testing"

// TestCompoundHalf checks that a verb written as the second half of a
// hyphenated word of manner or degree ("ill-advised", "strong-arm") codes
// nothing, while a verb after a prefix ("re-elected") or on its own still
// does.
func TestCompoundHalf(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"But Chile pointed out that Peru would be ill-advised to be involved again, militarily, with Bolivia.", nil, []string{"PER>BOL:020"}},
		{"The United States should strong-arm Chile and Peru into a settlement.", nil, []string{"USA>CHL:062", "USA>PER:062"}},
		{"Chile re-elected its president and criticised Peru.", []string{"CHL>PER:111"}, nil},
		{"Chile advised Peru to withdraw its troops.", []string{"CHL>PER:0256"}, nil},
	})
}
