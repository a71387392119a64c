package event

import "testing"

// TestBeforeClauseUnderModal checks that a deed marked "before" or
// "until" under a modal, or below the infinitive of a verb of needing or
// trying, has not happened, while one beside a deed done is coded.
func TestBeforeClauseUnderModal(t *testing.T) {
	tests := []eventCase{
		{"Peru must consult Bolivia before sending aid to Chile.", nil, []string{"PER>CHL:070"}},
		{"Peru said it needs to complete an assessment before providing Chile with food aid.", nil, []string{"PER>CHL:073"}},
		{"Peru consulted Bolivia before sending aid to Chile.", []string{"PER>BOL:040"}, nil},
	}
	checkEventCases(t, tests)
}
