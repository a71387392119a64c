package event

import "testing"

// TestRelativeList checks that a reciprocal deed in a relative clause on
// a list, the clause's subject the pronoun right after the list's comma,
// is between the list's members, as it is when the list is the subject
// of the verb itself (relativeBeside), and that a clause with a subject
// of its own is not.
func TestRelativeList(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru thanked Chile and Bolivia, which signed a peace treaty on Monday.", []string{"CHL>BOL:057", "BOL>CHL:057", "PER>CHL:051"}, nil},
		{"North Korea criticized Japan and the Philippines, which are holding joint naval drills this week.", []string{"JPN>PHL:062", "PHL>JPN:062"}, nil},
		{"Peru thanked Chile and Bolivia, which Brazil criticized on Monday.", []string{"BRA>CHL:111", "BRA>BOL:111"}, []string{"CHL>BOL:*", "BOL>CHL:*"}},
	})
}
