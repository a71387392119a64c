package event

import "testing"

// TestWordsThatMayBeSaid checks that a statement, appeal, meeting,
// demand, disapproval or rejection (CAMEO 01, 02, 04, 05, 10-12) that the
// sentence says may happen codes nothing, while one its source says it
// will make or means to make still codes (a reverse event too: "faced
// questions from senators"), and that a finite verb joined
// to "called for" is no part of what is called for.
func TestWordsThatMayBeSaid(t *testing.T) {
	tests := []eventCase{
		{"Peru could criticise Chile at the summit.", nil, []string{"PER>CHL:111"}},
		{"Chile might reject the Peruvian proposal.", nil, []string{"CHL>PER:120"}},
		{"Peru may ask Chile for help.", nil, []string{"PER>CHL:020"}},
		{"The envoy is likely to face tough questions from Chilean senators about the July call.", nil, []string{"CHLLEG>CHLGOV:020"}},
		{"The envoy faced tough questions from Chilean senators about the July call.", []string{"CHLLEG>CHLGOV:020"}, nil},
		{"Peru will criticise Chile at the summit.", []string{"PER>CHL:111"}, nil},
		{"Peru said it would meet Chile next week.", []string{"PER>CHL:036"}, nil},
		{"Qatar called for calm and urged Egypt to reopen the crossing.", []string{"QAT>EGY:020"}, nil},
	}
	checkEventCases(t, tests)
	checkStatuses(t, []statusCase{
		{"Qatar called for calm and urged Egypt to reopen the crossing.", "QAT", "EGY", "020", "asserted"},
		{"Qatar called for Egypt to be held accountable.", "QAT", "EGY", "100", "asserted"},
	})
}
