package event

import "testing"

// TestUnheldMeeting checks that a meeting between two parties that a
// clause on it, or the verb it is the object of, says was called off or
// is yet to be set again codes no meeting, while one held does.
func TestUnheldMeeting(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"A meeting between the Peruvian president and the Chilean president in Lima that was canceled last month has not been rescheduled.",
			nil, []string{"PERGOV>CHLGOV:040", "CHLGOV>PERGOV:040"}},
		{"The two governments have been unable to reschedule a meeting between the Peruvian president and the Chilean president.",
			nil, []string{"PERGOV>CHLGOV:040", "CHLGOV>PERGOV:040"}},
		{"A meeting between Peru and Chile, postponed twice, is now set for May.",
			nil, []string{"PER>CHL:040", "CHL>PER:040"}},
		{"A meeting between the Peruvian president and the Chilean president that was canceled on Friday drew protests in Lima.",
			nil, []string{"PERGOV>CHLGOV:040", "CHLGOV>PERGOV:040"}},
		{"A meeting between the Peruvian president and the Chilean president took place in Lima on Monday.",
			[]string{"PERGOV>CHLGOV:040"}, nil},
	})
}
