package event

import "testing"

// TestSuspendedMembership checks that an organisation suspending a
// member's membership is an administrative sanction of the member (172),
// with the organisation as source where a passive names no agent.
func TestSuspendedMembership(t *testing.T) {
	tests := []eventCase{
		{"The African Union suspended Mali's membership on Monday.", []string{"IGOAFR>MLI:172"}, nil},
		{"Mali's membership of the African Union was suspended on Monday.", []string{"IGOAFR>MLI:172"}, []string{"MLI>IGOAFR:*"}},
		{"Mali's membership in the African Union was suspended by its own government.", nil, []string{"IGOAFR>MLI:172"}},
		{"The bank suspended its membership fees.", nil, []string{"*>*:172"}},
	}
	checkEventCases(t, tests)
}
