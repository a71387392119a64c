package event

import "testing"

// TestThreatBeneficiary checks that an actor a threatened deed would
// protect is not the threat's target, while one the threat names as its
// object, or one the protecting verb does not govern, still is.
func TestThreatBeneficiary(t *testing.T) {
	tests := []eventCase{
		{"Peru's trade ministry threatened to retaliate to protect its exporters.", nil, []string{"PERGOV>PERBUS:*"}},
		{"Chile threatened to take measures to defend the interests of Bolivian farmers.", nil, []string{"CHL>BOLAGR:*", "CHL>BOL:*"}},
		{"Chile threatened Bolivia with sanctions to protect its farmers.", []string{"CHL>BOL:*"}, nil},
		{"Chile threatened to impose tariffs on Bolivia.", []string{"CHL>BOL:*"}, nil},
	}
	checkEventCases(t, tests)
}
