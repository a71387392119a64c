package event

import "testing"

// TestSuspendedChannels checks the verb supplement's channels of
// communication: suspending or halting them halts negotiations (164).
func TestSuspendedChannels(t *testing.T) {
	checkEventCases(t, []eventCase{
		{text: "Peru suspended military communication channels with Chile in May.", want: []string{"PER>CHL:164"}},
		{text: "Peru halted channels of communication with Chile on Monday.", want: []string{"PER>CHL:164"}},
		{text: "Peru suspended talks with Chile in May.", want: []string{"PER>CHL:164"}},
	})
}
