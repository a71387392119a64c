package event

import "testing"

// TestLeftTalks checks that breaking off, pulling or walking out of,
// withdrawing from or abandoning talks or negotiations halts them (164),
// while breaking off relations stays 161, pulling out of planned talks
// rejects the proposal to meet (125) and withdrawing from a place halts
// nothing.
func TestLeftTalks(t *testing.T) {
	tests := []eventCase{
		{"Chile broke off talks with Bolivia.", []string{"CHL>BOL:164"}, []string{"CHL>BOL:160"}},
		{"Chile broke off negotiations with Bolivia.", []string{"CHL>BOL:164"}, []string{"CHL>BOL:160"}},
		{"Chile pulled out of negotiations with Argentina.", []string{"CHL>ARG:164"}, nil},
		{"Bolivia walked out of the negotiations with Chile.", []string{"BOL>CHL:164"}, nil},
		{"Bolivia withdrew from the negotiations with Chile.", []string{"BOL>CHL:164"}, []string{"BOL>CHL:080"}},
		{"Bolivia withdrew from talks with Chile.", []string{"BOL>CHL:164"}, []string{"BOL>CHL:080"}},
		{"Chile abandoned negotiations with Peru.", []string{"CHL>PER:164"}, nil},
		{"Chile pulled out of planned negotiations with Peru.", []string{"CHL>PER:125"}, []string{"CHL>PER:164"}},
		{"Chile broke off relations with Bolivia.", []string{"CHL>BOL:161"}, []string{"CHL>BOL:164"}},
		{"Bolivian troops withdrew from the Chilean border.", nil, []string{"BOLMIL>CHL:164"}},
	}
	checkEventCases(t, tests)
}
