package event

import "testing"

// TestSeizedPropertyConfiscated checks the verb supplement's SEIZE
// patterns: a boat, tanker, truck or cargo seized is property confiscated
// (1711), not APPREHEND's bare seizure (171).
func TestSeizedPropertyConfiscated(t *testing.T) {
	tests := []eventCase{
		{"The Peruvian navy seized two Chilean fishing canoes on Monday.", []string{"PERMIL>CHLCVL:1711"}, []string{"PERMIL>CHLCVL:171"}},
		{"Peruvian customs officers seized three trucks carrying Bolivian timber.", []string{"PERGOV>BOL:1711"}, []string{"PERGOV>BOL:171"}},
		{"The Chilean coast guard seized a Peruvian tanker off Arica.", []string{"CHLMIL>PERBUS:1711"}, []string{"CHLMIL>PERBUS:171"}},
	}
	checkEventCases(t, tests)
}
