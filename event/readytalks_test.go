package event

import "testing"

// TestReadyTalks checks nominalReadyTalks: talks, dialogue or a meeting
// with someone that the subject is ready for or open to is its intent to
// meet or negotiate (036); readiness denied, or readiness for something
// other than talks, codes no 036.
func TestReadyTalks(t *testing.T) {
	tests := []eventCase{
		{"Peru is open to talks with Chile.", []string{"PER>CHL:036"}, nil},
		{"Bolivia said it was ready for negotiations with Chile.", []string{"BOL>CHL:036"}, nil},
		{"Ecuador said it remained open to dialogue with Peru.", []string{"ECU>PER:036"}, nil},
		{"The Bolivian president said he was open to a meeting with his Chilean counterpart.", []string{"BOLGOV>CHLGOV:036"}, nil},
		{"Chile is prepared for fresh talks with Argentina.", []string{"CHL>ARG:036"}, nil},
		{"Bolivia is not ready for talks with Chile.", nil, []string{"BOL>CHL:036"}},
		// "not" is caught later too; only the readiness test drops "never".
		{"Bolivia was never ready for talks with Chile.", nil, []string{"BOL>CHL:036"}},
		{"Chile is open to criticism from Peru.", nil, []string{"CHL>PER:036"}},
		{"Peru was ready for war with Chile.", nil, []string{"PER>CHL:036"}},
	}
	checkEventCases(t, tests)
}
