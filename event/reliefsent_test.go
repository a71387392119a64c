package event

import "testing"

// TestReliefSent checks that sending or shipping food, medicine or
// shelter to someone gives humanitarian aid (073), while sending troops
// keeps its own code.
func TestReliefSent(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Ghana sent 30 tonnes of rice and medicine to Togo.", []string{"GHA>TGO:073"}, nil},
		{"Ghana shipped medicine to Togo on Friday.", []string{"GHA>TGO:073"}, nil},
		{"Ghana sent tents and blankets to Togo after the floods.", []string{"GHA>TGO:073"}, nil},
		{"Ghana sent two aircraft loaded with medical supplies to Togo.", []string{"GHA>TGO:073"}, []string{"GHA>TGO:062"}},
		{"Ghana sent troops to Togo.", []string{"GHA>TGO:074"}, []string{"GHA>TGO:073"}},
	})
}
