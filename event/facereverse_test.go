package event

import "testing"

// TestFaceRiotControl checks that facing tear gas or rubber bullets from
// someone is their repression of the one facing it (175), and facing
// thrown stones or petrol bombs a riot against them (145), not a meeting.
func TestFaceRiotControl(t *testing.T) {
	tests := []eventCase{
		{"Chilean students faced tear gas and rubber bullets from the police.", []string{"CHLCOP>CHLEDU:175"}, []string{"CHLEDU>CHLCOP:040"}},
		{"Peruvian police faced stones thrown by Bolivian miners.", []string{"BOL>PERCOP:145"}, []string{"PERCOP>BOL:040"}},
		{"Peru's president will face Chile's president in a debate.", nil, []string{"*>*:175", "*>*:145"}},
	}
	checkEventCases(t, tests)
}
