package event

import "testing"

// TestTalksBetweenAgents checks that talks between a bare agent
// ("military commanders") are talks between that agent of each of the
// two countries the sentence lists, and that there are none where the
// list is of one country's actors.
func TestTalksBetweenAgents(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru and Chile agreed on Monday to reopen the border after talks between military commanders.", []string{"PERMIL>CHLMIL:046", "CHLMIL>PERMIL:046"}, nil},
		{"Peru and Chile agreed on Monday to reopen the border after talks between senior officials.", []string{"PERGOV>CHLGOV:046", "CHLGOV>PERGOV:046"}, nil},
		{"Peru's army and the rebels agreed to a truce after talks between military commanders.", nil, []string{"*>*:046"}},
		{"Peru reopened the border after talks between military commanders.", nil, []string{"*>*:046"}},
	})
}
