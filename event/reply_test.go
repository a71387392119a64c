package event

import "testing"

// TestReplyFrom checks that a reply received from someone is their
// statement to the receiver (010 reversed), negated where it has not
// come, and that a positive response stays support (051).
func TestReplyFrom(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru received a reply from Chile on Monday.", []string{"CHL>PER:010"}, nil},
		{"Peru received a positive response from Chile.", []string{"CHL>PER:051"}, []string{"CHL>PER:010"}},
	})
	checkStatuses(t, []statusCase{
		{"Peru has not yet received a reply from Chile.", "CHL", "PER", "010", "negated"},
		{"Peru received no reply from Chile.", "CHL", "PER", "010", "negated"},
	})
}
