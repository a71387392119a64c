package event

import "testing"

// TestWantedDeed checks that a deed someone wants, expects or seeks of
// another actor is not that actor's intent: it codes nothing but what
// the wanting says, while one's own intent still codes.
func TestWantedDeed(t *testing.T) {
	tests := []eventCase{
		{"Most Chileans want Congress to investigate President Gabriel Boric.", nil, []string{"CHLLEG>CHLGOV:090", "USALEG>CHLGOV:090"}},
		{"Most Peruvians want the Chilean congress to investigate the Bolivian president.", nil, []string{"CHLLEG>BOLGOV:090"}},
		{"Chile wants Peru to investigate Bolivia.", nil, []string{"PER>BOL:090"}},
		{"Chile expects Peru to sanction Bolivia.", nil, []string{"PER>BOL:163"}},
		{"Peru wants to meet Bolivia.", []string{"PER>BOL:036"}, nil},
	}
	checkEventCases(t, tests)
}
