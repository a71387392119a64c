package event

import "testing"

// TestJoinedToCondition checks that a verb joined to an "if" clause's
// verb past a comma, or the infinitive such a conjunct takes, is as
// hypothetical as the condition and codes no deed done, while the same
// words with no condition, or a conjunct with its own subject, still do.
func TestJoinedToCondition(t *testing.T) {
	tests := []eventCase{
		{"If Peru loses the vote, and comes to blame Ecuador, the talks will fail.", nil, []string{"PER>ECU:112"}},
		{"Peru lost the vote, and came to blame Ecuador.", []string{"PER>ECU:112"}, nil},
		{"If it rains, Peru will stay home, and Chile blamed Ecuador for it.", []string{"CHL>ECU:112"}, nil},
	}
	checkEventCases(t, tests)
	checkUnrealisedStatuses(t, []statusCase{
		{"If Chile sends troops to the border, and then attacks Bolivia, the region will suffer.", "CHL", "BOL", "190", "hypothetical"},
	})
}
