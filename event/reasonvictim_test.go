package event

import "testing"

// TestReasonVictim checks that the victim of a deed a phrase of reason
// names ("over attacks on Chilean networks") is not the target of the
// verb's deed nor of a sanction noun, while the sanction's own object
// still is.
func TestReasonVictim(t *testing.T) {
	tests := []eventCase{
		{"Last year the European Union imposed sanctions on several GRU officers over attacks on Chilean government networks.", nil, []string{"IGOEUREEC>CHLGOV:163"}},
		{"The United States imposed sanctions on three militia commanders over attacks on Peruvian police.", nil, []string{"USA>PERCOP:163"}},
		{"The EU imposed sanctions on Russian officers over attacks on Chilean networks.", []string{"IGOEUREEC>RUS:163"}, []string{"IGOEUREEC>CHL:163"}},
	}
	checkEventCases(t, tests)
}
