package event

import "testing"

// TestConditionalWouldIsNoIntent checks that "would" in a sentence that
// reports no words is a condition's consequence, so a deed or an appeal
// under it codes nothing, while "would" in reported or quoted words is
// what the speaker says will happen, and codes.
func TestConditionalWouldIsNoIntent(t *testing.T) {
	tests := []eventCase{
		{"To win Ohio, the Peruvian candidate would need support from Chilean voters.", nil, []string{"PERGOV>CHLCVL:022", "PER>CHLCVL:022"}},
		{"Chile would need support from Peru.", nil, []string{"CHL>PER:022"}},
		{"Chile said it would need support from Peru.", []string{"CHL>PER:022"}, nil},
		{"\"Chile would need support from Peru,\" the minister told reporters.", []string{"CHL>PER:022"}, nil},
	}
	checkEventCases(t, tests)
}

// TestInvertedHad checks that a condition that puts "had" before its
// subject ("Had Chile attacked Peru, ...") reports no deed done, while a
// pluperfect does.
func TestInvertedHad(t *testing.T) {
	checkEvents(t, code(t, "Had Chile attacked Peru, Bolivia would have responded.", nil, nil), nil, []string{"CHL>PER:*", "CHL>BOL:*"})
	checkStatuses(t, []statusCase{
		{"Chile had attacked Peru.", "CHL", "PER", "190", "asserted"},
		{"By Monday, Chile had attacked Peru twice.", "CHL", "PER", "190", "asserted"},
	})
}
