package event

import "testing"

// TestContactPair checks that one party's meeting, consultation or
// telephone call with another is coded one way, the subject's towards the
// party it met or called (contactPair), while two parties named together
// as meeting or calling are still coded each way, and a signing with
// another party, which binds both, still is too.
func TestContactPair(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Uruguay's foreign minister spoke by telephone with his Paraguayan counterpart on Friday.",
			want: []string{"URYGOV>PRYGOV:041"},
			not:  []string{"PRYGOV>URYGOV:041"}},
		{text: "The Uruguayan president consulted with Argentina on the river dispute.",
			want: []string{"URYGOV>ARG:040"},
			not:  []string{"ARG>URYGOV:040"}},
		{text: "Uruguay discussed fishing quotas with Brazil on Tuesday.",
			want: []string{"URY>BRA:040"},
			not:  []string{"BRA>URY:040"}},
		{text: "Uruguay and Paraguay spoke by telephone on Friday.",
			want: []string{"URY>PRY:041", "PRY>URY:041"}},
		{text: "The foreign ministers of Uruguay and Brazil discussed fishing quotas on Tuesday.",
			want: []string{"URYGOV>BRAGOV:040", "BRAGOV>URYGOV:040"}},
		{text: "Uruguay signed a fishing accord with Brazil on Tuesday.",
			want: []string{"URY>BRA:057", "BRA>URY:057"}},
	})
}
