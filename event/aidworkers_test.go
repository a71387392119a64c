package event

import "testing"

// TestAidWorkers checks that aid, relief and humanitarian workers are an
// aid group's staff (NGO, from the agent supplement), not labour, while
// other workers stay labour.
func TestAidWorkers(t *testing.T) {
	tests := []eventCase{
		{"Eritrea expelled aid workers last week.",
			[]string{"ERI>ERINGO:1663"}, []string{"ERI>ERILAB:1663", "ERI>ERILAB:174"}},
		{"Ethiopia detained two relief workers on Monday.",
			[]string{"ETH>ETHNGO:173"}, []string{"ETH>ETHLAB:173"}},
		{"Chad arrested humanitarian workers in the capital.",
			[]string{"TCD>TCDNGO:173"}, []string{"TCD>TCDLAB:173"}},
		{"Chad arrested striking dock workers in the capital.",
			[]string{"TCD>TCDLAB:173"}, []string{"TCD>TCDNGO:173"}},
	}
	checkEventCases(t, tests)
}
