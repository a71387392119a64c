package event

import "testing"

// TestAsideRelative checks that a deed the subject did in a relative
// clause set off by commas stays beside the main clause's reported deeds
// and does not make them give way, as a main clause's deed would.
func TestAsideRelative(t *testing.T) {
	tests := []eventCase{
		{"Peruvian and Chilean troops clashed on Sunday. Brazil, which brokered a ceasefire in July after five days of fighting that killed more than 40 people, said its president had spoken by telephone with both leaders on Thursday.", []string{"BRA>PER:045", "BRAGOV>PERGOV:041", "BRAGOV>CHLGOV:041"}, nil},
	}
	checkEventCases(t, tests)
}
