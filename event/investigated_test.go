package event

import "testing"

// TestInvestigatedOf checks that an investigation naming no one looks
// into the accused of the article's latest accusation, refined by its
// charge (aggression, 1123, is investigated as military action, 093),
// and that one with no accusation before it, or by the accuser's own
// country, has no target.
func TestInvestigatedOf(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Chile accused Peru of launching a drone attack on a tanker. The U.S. Navy said it was investigating.", []string{"USAMIL>PER:093"}, nil},
		{"Chile accused Peru of launching a drone attack on a tanker. Peru denied it. The U.S. Navy said it was investigating.", []string{"USAMIL>PER:093"}, nil},
		{"The U.S. Navy said it was investigating.", nil, []string{"USAMIL>*:*"}},
		{"Chile accused Peru of launching a drone attack on a tanker. Chile's navy said it was investigating.", nil, []string{"CHLMIL>PER:093", "CHLMIL>PER:090"}},
	})
}
