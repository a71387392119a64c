package event

import "testing"

// TestBlockedTrade checks that blocking or barring imports or exports is
// an embargo (163), as halting them is, not the EXCLUDE block's bare
// coercion (170) nor BAR's administrative sanction (172), while blocking
// a convoy or the sale of goods keeps the block's own codes.
func TestBlockedTrade(t *testing.T) {
	tests := []eventCase{
		{"Peru blocked imports of Chilean salmon on Tuesday.", []string{"PER>CHL:163"}, []string{"PER>CHL:170"}},
		{"Argentina blocked Bolivian gas exports.", []string{"ARG>BOL:163"}, []string{"ARG>BOL:170"}},
		{"Ecuador blocked the import of Colombian rice.", []string{"ECU>COL:163"}, []string{"ECU>COL:170"}},
		{"Chile barred imports of Peruvian fruit.", []string{"CHL>PER:163"}, []string{"CHL>PER:172"}},
		{"Peru barred all exports to Chile.", []string{"PER>CHL:163"}, []string{"PER>CHL:172"}},
		{"Chile blocked the sale of Peruvian copper.", []string{"CHL>PER:163"}, nil},
		{"Bolivian farmers blocked the convoy from Peru.", []string{"BOLAGR>PER:144"}, []string{"BOLAGR>PER:163"}},
	}
	checkEventCases(t, tests)
}
