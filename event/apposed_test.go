package event

import "testing"

// TestApposedSource checks that a person named and then described in
// apposition, set off by bare commas, is one source, not a list of two
// that tells the deed twice under two codes, while a list with "and"
// still codes each member.
func TestApposedSource(t *testing.T) {
	tests := []eventCase{
		{"Evo Morales, the former Bolivian president, accused Chile of spying on Monday.", []string{"BOLELI>CHL:1125"}, []string{"BOLGOV>CHL:*"}},
		{"Peru, the United States and Chile signed a trade deal on Monday.", []string{"PER>USA:057", "CHL>USA:057", "USA>PER:057"}, nil},
	}
	checkEventCases(t, tests)
}
