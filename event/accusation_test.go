package event

import "testing"

// TestAccusationOfDeed checks that an unspecified accusation takes the
// kind of the deed it charges, named by a gerund or a noun, and that a
// deed with no kind of accusation leaves it unspecified.
func TestAccusationOfDeed(t *testing.T) {
	tests := []eventCase{
		{"Seoul accused Pyongyang of firing artillery across the border.", []string{"KOR>PRK:1123"}, []string{"KOR>PRK:112"}},
		{"Azerbaijan accused Armenia of violating the ceasefire.", []string{"AZE>ARM:1123"}, []string{"AZE>ARM:112"}},
		{"Greece blamed Turkey for shelling Greek villages near the border.", []string{"GRC>TUR:1123"}, []string{"GRC>TUR:112"}},
		{"Human Rights Watch accused the Ethiopian army of killing civilians in Tigray.", []string{"NGOHRI>ETHMIL:1124"}, []string{"NGOHRI>ETHMIL:112"}},
		// A condemnation stays one.
		{"India condemned Pakistan for shelling villages in Kashmir.", []string{"IND>PAK:111"}, []string{"IND>PAK:1123"}},
		// Force on protesters and beating people who bear no arms are
		// human rights abuses, not aggression.
		{"The opposition in Kenya accused Kenyan police of killing 20 opposition protesters.", []string{"KENOPP>KENCOP:1122"}, []string{"KENOPP>KENCOP:1123"}},
		{"Haiti accused Dominican soldiers of beating Haitian migrants at the border.", []string{"HTI>DOMMIL:1122"}, []string{"HTI>DOMMIL:112"}},
		{"Bolivia accused Peruvian troops of shooting Bolivian soldiers.", []string{"BOL>PERMIL:1123"}, []string{"BOL>PERMIL:1122"}},
		// Arming someone is no kind the codebook names.
		{"Mali's junta accused France of arming the jihadists.", []string{"MLIGOV>FRA:112"}, nil},
	}
	checkEventCases(t, tests)
}

// TestNamedCharge checks that an accusation or blame names its charge's
// kind by the noun of the charge (dict/data/supplement.verbs.txt).
func TestNamedCharge(t *testing.T) {
	tests := []eventCase{
		{"Beijing accused Washington of spying on Chinese companies.", []string{"CHN>USA:1125"}, []string{"CHN>USA:112"}},
		{"Iran's foreign ministry accused Britain of espionage.", []string{"IRNGOV>GBR:1125"}, nil},
		{"A United Nations panel accused the Syrian government of war crimes in Aleppo.", []string{"IGOUNO>SYRGOV:1124"}, []string{"IGOUNO>SYRGOV:112"}},
		{"Ukraine accused Russia of genocide.", []string{"UKR>RUS:1124"}, nil},
		{"Human Rights Watch accused the Ethiopian army of human rights abuses in Tigray.", []string{"NGOHRI>ETHMIL:1122"}, nil},
		{"Kenya accused Somalia of torture.", []string{"KEN>SOM:1122"}, nil},
		{"Armenia accused Azerbaijan of aggression.", []string{"ARM>AZE:1123"}, nil},
		{"Russia's foreign ministry blamed Ukraine for the incursion into Kursk.", []string{"RUSGOV>UKR:1123"}, nil},
		// A condemnation keeps its own code.
		{"Pakistan condemned India for human rights violations in Kashmir.", []string{"PAK>IND:111"}, nil},
	}
	checkEventCases(t, tests)
}

func TestAccusationCode(t *testing.T) {
	tests := []struct{ deed, victim, want string }{
		{"190", "", "1123"}, {"194", "", "1123"}, {"1951", "", "1123"}, {"196", "", "1123"}, {"202", "", "1124"}, {"2042", "", "1124"},
		{"175", "", "1122"}, {"1822", "", "1122"}, {"182", "", ""}, {"183", "", ""}, {"173", "", ""}, {"176", "", ""}, {"060", "", ""}, {"", "", ""},
		{"190", "KENOPP", "1122"}, {"190", "KENCVL", "1123"}, {"190", "KENMIL", "1123"},
		{"182", "HTICVL", "1122"}, {"182", "VENOPP", "1122"}, {"182", "PERMIL", ""}, {"183", "PERCVL", ""},
	}
	for _, tt := range tests {
		if got := accusationCode(tt.deed, tt.victim); got != tt.want {
			t.Errorf("accusationCode(%q, %q) = %q, want %q", tt.deed, tt.victim, got, tt.want)
		}
	}
}
