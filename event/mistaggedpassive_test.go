package event

import "testing"

// TestMistaggedPassive checks that an "-ed" word the tagger reads as an
// adjective between "be" and "by" is coded as the passive it is, with the
// one it happened to as the target of the dictionary's reversed code: the
// one shocked disapproves of the one who shocked it.
func TestMistaggedPassive(t *testing.T) {
	tests := []eventCase{
		{"Japan was shocked by Peru.", []string{"JPN>PER:110"}, []string{"PER>JPN:110"}},
		{"The Chilean government was deeply shocked by Peru.", []string{"CHLGOV>PER:110"}, []string{"PER>CHLGOV:110"}},
		{"Chile was shocked by Peru on Monday.", []string{"CHL>PER:110"}, nil},
	}
	checkEventCases(t, tests)
}
