package event

import "testing"

// TestReleasedPeople checks that people released or freed, active or
// passive, are released persons (0841) whatever noun names them, and
// that a country freed of something is not.
func TestReleasedPeople(t *testing.T) {
	tests := []eventCase{
		{"Two Chilean aid workers were freed by Bolivia on Sunday.", []string{"BOL>CHLNGO:0841"}, []string{"BOL>CHLNGO:080"}},
		{"Peruvian fishermen were released by Ecuador.", []string{"ECU>PERCVL:0841"}, []string{"ECU>PERCVL:084"}},
		{"Bolivia freed two Chilean aid workers.", []string{"BOL>CHLNGO:0841"}, []string{"BOL>CHLNGO:080"}},
		{"Chile released Peru from the fishing agreement.", nil, []string{"CHL>PER:0841"}},
	}
	checkEventCases(t, tests)
}
