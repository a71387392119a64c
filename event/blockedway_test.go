package event

import "testing"

// TestBlockedWay checks that a way or craft blocked by a state or its
// forces restricts movement (191), by others obstructs passage (144),
// and that blocking anything else keeps BLOCK's coercion (170).
func TestBlockedWay(t *testing.T) {
	tests := []eventCase{
		{"Peruvian farmers blocked the border with Bolivia on Monday.", []string{"PERAGR>BOL:144"}, []string{"PERAGR>BOL:170", "PERAGR>BOL:191"}},
		{"Chilean navy ships blocked a Peruvian fishing boat.", []string{"CHLMIL>PERCVL:191"}, []string{"CHLMIL>PERCVL:170"}},
		{"Chile blocked the Bolivian resolution at the United Nations.", nil, []string{"CHL>BOL:191", "CHL>BOL:144"}},
	}
	checkEventCases(t, tests)
}
