package event

import "testing"

// TestProgressiveRelative checks that a relative clause set off by a
// comma in the progressive reports a deed going on (describing), also
// on a list the parse hung it past; a present passive still only
// describes.
func TestProgressiveRelative(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"North Korea said the launches were a warning to Japan and the Philippines, which are holding joint naval drills this week.", []string{"JPN>PHL:062", "PHL>JPN:062"}, nil},
		{"Peru thanked Colombia, which is hosting talks between Chile and Ecuador this week.", []string{"COL>CHL:045", "COL>ECU:045"}, nil},
		{"Peru criticized Bolivia, which is blocked by Chile.", []string{"PER>BOL:111"}, []string{"CHL>BOL:*"}},
	})
}
