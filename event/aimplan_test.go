package event

import "testing"

// TestAimPlan checks that "aims to" is a plan (planLemmas), as "plans
// to" and "intends to" are: its bare code (AIM, 030) is no intent to
// cooperate with whoever the infinitive names, and the infinitive's own
// deed is coded for itself.
func TestAimPlan(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru aims to overtake Chile as the region's largest copper exporter.", nil, []string{"PER>CHL:030"}},
		{"Peru is aiming to attack Chile.", []string{"PER>CHL:190"}, []string{"PER>CHL:030"}},
		{"Peru aims to sign a trade deal with Chile next year.", []string{"PER>CHL:057"}, []string{"PER>CHL:030"}},
		{"Peru aimed its missiles at Chilean cities.", []string{"PER>CHL:190"}, nil},
	})
}
