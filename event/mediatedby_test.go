package event

import "testing"

// TestMediatedBy checks that a go-between's participle naming no parties
// ("the treaty, brokered by Norway") mediates between the two countries
// of the article's latest event between two countries, and that a party
// of that event mediates no one.
func TestMediatedBy(t *testing.T) {
	tests := []eventCase{
		{"Pakistan accused India of backing militants. The treaty, brokered by Norway in 1960, has survived three wars.",
			[]string{"NOR>PAK:045", "NOR>IND:045"}, nil},
		// The latest event need not be a conflict: a deal is mediated
		// between those who made it.
		{"Iran and Saudi Arabia restored ties in March. The deal, mediated by China, ended seven years of rupture.",
			[]string{"CHN>IRN:045", "CHN>SAU:045"}, nil},
		{"Armenia accused Azerbaijan of shelling its villages. A ceasefire brokered by Armenia has held since then.",
			nil, []string{"ARM>AZE:045", "ARM>ARM:045"}},
	}
	checkEventCases(t, tests)
}
