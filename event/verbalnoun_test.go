package event

import "testing"

// TestIssuedOrMadeCharge checks that issuing a condemnation, rebuke or
// criticism criticises, and that making accusations, allegations,
// threats or a complaint accuses, threatens or complains, where ISSUE
// coded material cooperation (060) or an official complaint (114) and
// MAKE nothing.
func TestIssuedOrMadeCharge(t *testing.T) {
	tests := []eventCase{
		{"Turkey issued a strong condemnation of the Swedish government.", []string{"TUR>SWEGOV:111"}, []string{"TUR>SWEGOV:060"}},
		{"Egypt's foreign ministry issued a sharp rebuke to Ethiopia.", []string{"EGYGOV>ETH:111"}, nil},
		{"Japan issued criticism of the North Korean launch.", []string{"JPN>PRK:111"}, []string{"JPN>PRK:114"}},
		{"Serbia made fresh accusations against Kosovo.", []string{"SRB>KSV:112"}, nil},
		{"The Philippines made allegations of harassment against China.", []string{"PHL>CHN:112"}, nil},
		{"Venezuela's president made threats against Guyana.", []string{"VENGOV>GUY:130"}, nil},
		{"India made a formal complaint to China about the incursion.", []string{"IND>CHN:114"}, nil},
		{"Peru made a statement on the border dispute.", nil, []string{"PER>*:112", "PER>*:130"}},
	}
	checkEventCases(t, tests)
}

// TestLodgedProtestRejectedCall checks that lodging a protest is an
// official complaint whatever preposition follows, and that rejecting a
// call is a rejection (120), of a proposal to meet where it calls for
// talks (125) and of a request for aid where it calls for aid (122).
func TestLodgedProtestRejectedCall(t *testing.T) {
	tests := []eventCase{
		{"Thailand lodged a protest with Cambodia over the shooting of a soldier.", []string{"THA>KHM:114"}, []string{"THA>KHM:140"}},
		{"Vietnam lodged a protest against China's deployment of an oil rig.", []string{"VNM>CHN:114"}, []string{"VNM>CHN:140"}},
		{"Eritrea rejected the African Union's call for talks.", []string{"ERI>IGOAFR:125"}, []string{"ERI>IGOAFR:122"}},
		{"Russia rejected Ukraine's call for a summit.", []string{"RUS>UKR:125"}, nil},
		{"Israel rejected the United Nations' call for a ceasefire.", []string{"ISR>IGOUNO:120"}, []string{"ISR>IGOUNO:122"}},
		{"Chile rejected Peru's calls for economic aid.", []string{"CHL>PER:122"}, nil},
	}
	checkEventCases(t, tests)
}
