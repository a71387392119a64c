package event

import "testing"

// TestNominalStance checks that a noun of one party's words about or to
// another codes them as the verb would, by its owner, the actor after
// "by" or "from", or the subject of a verb that voices it, on the actor
// after its preposition; and that a noun naming no speaker or no target,
// or a target that is not right after its preposition, codes none.
func TestNominalStance(t *testing.T) {
	tests := []eventCase{
		{"The rally was loud. Ecuador's criticism of Colombia grew sharper on Monday.", []string{"ECU>COL:111"}, nil},
		{"The rally was loud. The Uruguayan president's harsh condemnation of Paraguay surprised diplomats.", []string{"URYGOV>PRY:111"}, nil},
		{"The rally was loud. The criticism of Argentina by Brazil was unusually blunt.", []string{"BRA>ARG:111"}, nil},
		{"The rally was loud. Venezuelan criticism of Guyana mounted after the vote.", []string{"VEN>GUY:111"}, nil},
		{"The rally was loud. Honduras levelled fresh accusations against Nicaragua on Tuesday.", []string{"HND>NIC:112"}, nil},
		{"The rally was loud. Mongolia's praise for Kazakhstan was welcomed in Astana.", []string{"MNG>KAZ:051"}, nil},
		{"The rally was loud. Norway's apology to Iceland was accepted.", []string{"NOR>ISL:055"}, nil},
		{"The rally was loud. Ghana's threats against Togo have alarmed the region.", []string{"GHA>TGO:130"}, nil},
		{"The rally was loud. Kenya's threat of new tariffs against Uganda rattled traders.", []string{"KEN>UGA:1312"}, []string{"KEN>UGA:130"}},
		// No speaker, no target, or a target that is not the noun's.
		{"The rally was loud. Fears of criticism kept the Ecuadorian minister away from Colombia.", nil, []string{"ECU>COL:111", "ECUGOV>COL:111"}},
		{"The rally was loud. Ecuador's criticism was aimed at the budget of Colombia.", nil, []string{"ECU>COL:111"}},
		{"The rally was loud. The criticism of the plan surprised Ecuador and Colombia.", nil, []string{"ECU>COL:111", "COL>ECU:111"}},
	}
	checkEventCases(t, tests)
}
