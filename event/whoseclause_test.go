package event

import "testing"

// TestWhoseClause checks that a country's verb after a relative clause
// opened by ", whose" is the country's own, not its troops', however the
// parse hangs the relative clause (whoseClause).
func TestWhoseClause(t *testing.T) {
	tests := []eventCase{
		{"Serbia, whose troops were placed on alert, accused Kosovo of provoking the clashes.", []string{"SRB>KSV:112"}, []string{"SRBMIL>KSV:112"}},
		{"Kenya, whose troops are fighting al-Shabaab in Somalia, criticized the United Nations.", []string{"KEN>IGOUNO:111"}, nil},
		{"Chad, whose army lost ten soldiers, blamed Sudan for the raid.", []string{"TCD>SDN:*"}, nil},
		{"Peru, whose navy seized a Chilean boat on Monday, summoned the Bolivian ambassador.", []string{"PERGOV>BOLGOV:114"}, []string{"PERMIL>BOLGOV:114"}},
	}
	checkEventCases(t, tests)
}
