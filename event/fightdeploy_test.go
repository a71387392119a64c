package event

import "testing"

// TestFightDeployment checks that armed forces sent, deployed or arriving
// to fight a named enemy mobilise against it (154), and that forces sent
// for another purpose, a plan to send them, or a purpose with no enemy
// named code no 154.
func TestFightDeployment(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Chilean fighter jets arrived in Peru on Monday to join the fight against Bolivian rebels.", []string{"CHLMIL>BOLREB:154"}, nil},
		{"The Chilean army sent 300 troops to Peru to fight Bolivian rebels.", []string{"CHLMIL>BOLREB:154"}, nil},
		{"Two hundred Chilean soldiers deployed to Peru to join the fight against Bolivian rebels.", []string{"CHLMIL>BOLREB:154"}, nil},
		{"Chilean soldiers departed for a deployment to Peru to support operations against Bolivian rebels.", []string{"CHLMIL>BOLREB:154"}, nil},
		{"The Chilean army sent 300 troops to Peru to help Bolivian refugees.", nil, []string{"CHLMIL>*:154"}},
		{"Chile will send 300 troops to Peru to fight Bolivian rebels.", nil, []string{"*>BOLREB:154"}},
		{"Chilean fighter jets arrived in Peru to join the fight.", nil, []string{"CHLMIL>*:154"}},
	})
}
