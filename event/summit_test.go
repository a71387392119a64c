package event

import "testing"

// TestNominalSummit checks that a summit is a meeting as the noun
// "meeting" is: between two parties, one party's with another, or held
// ("at a summit with"), each a consultation (040); and that one planned
// and called off, or one with no second party, codes none.
func TestNominalSummit(t *testing.T) {
	tests := []eventCase{
		{"A summit between Zambia and Malawi ended on Friday.", []string{"ZMB>MWI:040", "MWI>ZMB:040"}, nil},
		{"Zambia's summit with Malawi ended on Friday.", []string{"ZMB>MWI:040"}, nil},
		{"At a summit with Malawi's president on Monday, the Zambian leader raised the border dispute.", []string{"ZMBGOV>MWIGOV:040"}, nil},
		{"A planned summit between Zambia and Malawi was cancelled.", nil, []string{"ZMB>MWI:040", "ZMB>MWI:036"}},
		{"The regional summit in Lusaka ended on Sunday.", nil, []string{"ZMB>MWI:040"}},
	}
	checkEventCases(t, tests)
}
