package event

import "testing"

// TestMonitorsSent checks the verb supplement's &MONITOR patterns:
// ceasefire or peace monitors sent or deployed to another country are a
// peacekeeping deployment (074), and an offer or pledge to send them is
// the intent to provide one (0334), where OFFER's bare 030 was all that
// was coded; election monitors stay uncoded, and troops sent to
// monitor a ceasefire keep their own coding.
func TestMonitorsSent(t *testing.T) {
	tests := []eventCase{
		{"Ghana sent monitors to Togo on Monday.", []string{"GHA>TGO:074"}, nil},
		{"Senegal deployed ceasefire monitors along the border with Mali.", []string{"SEN>MLI:074"}, nil},
		{"Norway offered to send monitors to Sri Lanka.", []string{"NOR>LKA:0334"}, []string{"NOR>LKA:030"}},
		{"Egypt said it would send a monitor to Libya next month.", []string{"EGY>LBY:0334"}, nil},
		{"Canada sent election monitors to Haiti.", nil, []string{"CAN>HTI:074"}},
		{"Chad sent soldiers to monitor the ceasefire in Sudan.", []string{"TCDMIL>SDN:074"}, nil},
	}
	checkEventCases(t, tests)
}
