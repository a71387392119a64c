package event

import "testing"

// TestSignedByAgents checks that a finite passive whose subject is what
// was done and whose "by" agent is an actor takes its pattern from that
// subject (passiveObject), and that the signatories of an agreement
// signed by a list sign it with each other (signatories) while the
// agents of other deeds stay one-sided.
func TestSignedByAgents(t *testing.T) {
	tests := []eventCase{
		{"A treaty on border demarcation was signed by Peru and Ecuador on Friday.", []string{"PER>ECU:057", "ECU>PER:057"}, nil},
		{"The memorandum of understanding had been signed by Chile and Bolivia in La Paz.", []string{"CHL>BOL:057", "BOL>CHL:057"}, nil},
		{"A new protocol was signed by the Uruguayan government and Paraguay.", []string{"URYGOV>PRY:057", "PRY>URYGOV:057"}, nil},
		{"The bill was signed by the Peruvian president.", nil, []string{"PERGOV>PER:057"}},
		{"The conference was sponsored by Chile and Peru.", nil, []string{"CHL>PER:*", "PER>CHL:*"}},
	}
	checkEventCases(t, tests)
}
