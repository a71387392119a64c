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

// TestPassiveActorObject checks that a passive subject that is itself an
// actor is the noun the verb's patterns name, as an active verb's object
// is: an envoy summoned is an official complaint (114), and persons
// released are released persons (0841), not the bare verbs' 040 and 084.
func TestPassiveActorObject(t *testing.T) {
	tests := []eventCase{
		{"The Bolivian ambassador was summoned by Paraguay on Tuesday.", []string{"PRYGOV>BOLGOV:114"}, []string{"PRY>BOLGOV:040"}},
		{"Two Ecuadorian diplomats were expelled by Colombia.", []string{"COL>ECUGOV:174"}, nil},
		{"Three Peruvian journalists were released by Chile on Sunday.", []string{"CHL>PERMED:0841"}, []string{"CHL>PERMED:084"}},
		{"Peruvian protesters were arrested by Chilean police.", []string{"CHLCOP>PEROPP:173"}, nil},
	}
	checkEventCases(t, tests)
}
