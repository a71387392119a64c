package event

import "testing"

// TestTopicSubject checks that a subject noun whose only actors sit in a
// phrase saying what it is about ("the report on the Bolivian
// elections") leaves the verb with no source (topicSubject): the report
// is nobody's; while an actor that modifies the noun itself or names
// its author ("a Peruvian report", "the report by Chile's ministry")
// stays the source.
func TestTopicSubject(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"The report on the Bolivian elections criticized Peru's government.", nil, []string{"BOL>PERGOV:111"}},
		{"A study into Chile's fisheries accused Peru of overfishing.", nil, []string{"CHL>PER:112"}},
		{"The inquiry about Peruvian troops condemned Chile.", nil, []string{"PERMIL>CHL:111"}},
		{"A Peruvian report on the elections criticized Bolivia.", []string{"PER>BOL:111"}, nil},
		{"The report by Chile's ministry on the elections criticized Bolivia.", []string{"CHLGOV>BOL:111"}, nil},
	})
}
