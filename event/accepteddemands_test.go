package event

import "testing"

// TestAcceptedDemands checks that accepting another's demands yields to
// them (080) and that saying one would not accept them refuses to yield
// (124), while a refusal to accept them stays a rejection (120).
func TestAcceptedDemands(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Ecuador accepted Colombia's demands.", []string{"ECU>COL:080"}, nil},
		{"Ecuador would not accept the demands of Colombia.", []string{"ECU>COL:124"}, []string{"ECU>COL:080"}},
		{"Ecuador refused to accept Colombia's demands.", []string{"ECU>COL:120"}, nil},
		{"Ecuador accepted Colombia's apology.", nil, []string{"ECU>COL:080"}},
	})
}
