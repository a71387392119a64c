package event

import "testing"

// TestNextClause checks that "and" or "but" between a verb's object and
// a name a finite verb follows joins two clauses, not two members of a
// list; while a list after a preposition, a list as subject, a list
// before "of" and the subject of what a verb of saying reports stay
// lists.
func TestNextClause(t *testing.T) {
	tests := []eventCase{
		{"Chile attacked Peru and Bolivia condemned the attack.", []string{"CHL>PER:190"}, []string{"CHL>BOL:190"}},
		{"China criticised Japan and South Korea praised the decision.", []string{"CHN>JPN:111"}, []string{"CHN>KOR:111"}},
		{"Iran threatened Israel and the United States warned Tehran.", []string{"IRN>ISR:130", "USA>IRN:130"}, []string{"IRN>USA:130", "ISR>IRN:130"}},
		{"Armenia accused Azerbaijan and France called for restraint.", []string{"ARM>AZE:112"}, []string{"ARM>FRA:112"}},
		{"Egypt hosted Sudan and Ethiopia welcomed the talks.", []string{"EGY>SDN:043"}, []string{"EGY>ETH:043"}},
		{"Ghana criticised Togo but Nigeria praised Lome.", []string{"GHA>TGO:111"}, []string{"GHA>NGA:111"}},
		// Lists stay lists.
		{"India accused Pakistan and China of supporting terrorism.", []string{"IND>PAK:1124", "IND>CHN:1124"}, nil},
		{"Canada sanctioned Russia and Belarus over the war.", []string{"CAN>RUS:163", "CAN>BLR:163"}, nil},
		{"Germany said Poland and Lithuania had agreed to expand the pipeline.", []string{"POL>LTU:030"}, nil},
	}
	checkEventCases(t, tests)
}
