package event

import "testing"

// TestJointPatrols checks the verb supplement's joint patrols: patrols
// set up, begun, launched, held, conducted or carried out jointly are
// military cooperation (062) between the parties, and an intent to
// cooperate militarily (0312) when agreed or ahead.
func TestJointPatrols(t *testing.T) {
	tests := []eventCase{
		{"Kenya and Uganda set up a joint patrol along the border on Tuesday.", []string{"KEN>UGA:062", "UGA>KEN:062"}, nil},
		{"Kenya set up a joint patrol with Uganda on Tuesday.", []string{"KEN>UGA:062"}, nil},
		{"Kenya and Uganda began joint naval patrols on Lake Victoria on Tuesday.", []string{"KEN>UGA:062"}, nil},
		{"Kenyan and Ugandan troops conducted joint patrols along the border.", []string{"KENMIL>UGAMIL:062"}, nil},
		{"Kenya and Uganda carried out joint border patrols last week.", []string{"KEN>UGA:062"}, nil},
		{"Kenya and Uganda have agreed to launch joint patrols.", []string{"KEN>UGA:0312"}, []string{"KEN>UGA:030"}},
	}
	checkEventCases(t, tests)
}
