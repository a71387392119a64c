package event

import "testing"

// TestReducedRelativeEndsAtMainVerb checks that a participle right after
// the noun it describes finds no target after the sentence's own verb,
// while one before that verb, and an actor after a participle with no
// later verb, stay its targets.
func TestReducedRelativeEndsAtMainVerb(t *testing.T) {
	tests := []eventCase{
		{"The Chilean doctors offering to run the clinic have documented abuses by the Peruvian police.", nil, []string{"CHLHLH>PERCOP:030"}},
		{"Chilean doctors offering help to Peru arrived on Monday.", []string{"CHLHLH>PER:030"}, nil},
		{"Chile sent doctors on Monday, offering help to Peru.", []string{"CHL>PER:030"}, nil},
	}
	checkEventCases(t, tests)
}
