package event

import "testing"

// TestConversationWith checks that a conversation held with someone, as
// a meeting held (nominalMeeting), consults them (040): one its owner
// had, or one a preposition of time opens; one cancelled is none.
func TestConversationWith(t *testing.T) {
	tests := []eventCase{
		{"The Bolivian president described his conversation with the president of Chile as friendly.", []string{"BOLGOV>CHLGOV:040"}, nil},
		{"During a conversation with Chile's foreign minister, Peru's president raised the border issue.", []string{"PERGOV>CHLGOV:040"}, nil},
		{"Ecuador cancelled a planned conversation with Peru.", nil, []string{"ECU>PER:040"}},
	}
	checkEventCases(t, tests)
}
