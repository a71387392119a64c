package event

import "testing"

// TestMistaggedPassive checks that an "-ed" word the tagger reads as an
// adjective between "be" and "by" is coded as the passive it is, with the
// one it happened to as the source of the dictionary's reversed code: the
// one shocked denounces the one who shocked it (111, as "appalled by").
func TestMistaggedPassive(t *testing.T) {
	tests := []eventCase{
		{"Japan was shocked by Peru.", []string{"JPN>PER:111"}, []string{"PER>JPN:111"}},
		{"The Chilean government was deeply shocked by Peru.", []string{"CHLGOV>PER:111"}, []string{"PER>CHLGOV:111"}},
		{"Chile was shocked by Peru on Monday.", []string{"CHL>PER:111"}, nil},
	}
	checkEventCases(t, tests)
}
