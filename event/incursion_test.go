package event

import "testing"

// TestIncursions checks the verb supplement's incursion patterns:
// warships, troops or warplanes that cross into another country's
// waters or airspace, or violate its waters, demonstrate military power
// (150), where nothing was coded; fishing boats or airliners there show
// no force, and troops crossing into a country keep CROSS's own 190.
func TestIncursions(t *testing.T) {
	tests := []eventCase{
		{"Two Turkish frigates crossed into Greek waters on Sunday.", []string{"TURMIL>GRC:150"}, nil},
		{"A Chinese submarine crossed into Japanese waters last week.", []string{"CHN>JPN:150"}, nil},
		{"Russian warplanes crossed into Norwegian airspace on Friday.", []string{"RUSMIL>NOR:150"}, nil},
		{"Iranian gunboats violated Omani waters on Monday.", []string{"IRNMIL>OMN:150"}, nil},
		{"Vietnamese fishing boats crossed into Chinese waters on Friday.", nil, []string{"VNM>CHN:150"}},
		{"A Turkish passenger jet crossed into Syrian airspace on Monday.", nil, []string{"TURCVL>SYR:150", "TUR>SYR:150"}},
		{"Ethiopian troops crossed into Somalia on Monday.", []string{"ETHMIL>SOM:190"}, nil},
	}
	checkEventCases(t, tests)
}
