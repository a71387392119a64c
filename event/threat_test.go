package event

import "testing"

// TestThreatOfDeed checks that an unspecified threat takes the code of
// the deed it threatens, that a threat of force the deed names is one of
// its children, and that a threat of a deed with no threat of its own
// stays unspecified.
func TestThreatOfDeed(t *testing.T) {
	tests := []eventCase{
		{"Ethiopia threatened to cut diplomatic ties with Egypt.", []string{"ETH>EGY:1313"}, []string{"ETH>EGY:130"}},
		{"Serbia threatened to recall its ambassador from Montenegro.", []string{"SRB>MNE:1313"}, []string{"SRB>MNE:130"}},
		{"Israel threatened to suspend the negotiations with Hamas.", []string{"ISR>PSEREBHMS:134"}, []string{"ISR>PSEREBHMS:130"}},
		{"The United States threatened to halt military aid to Egypt.", []string{"USA>EGY:1311"}, []string{"USA>EGY:138"}},
		{"Venezuela's government threatened to ban the opposition party.", []string{"VENGOV>VENOPP:1322"}, []string{"VENGOV>VENOPP:130"}},
		{"Azerbaijan threatened to attack Armenian positions.", []string{"AZE>ARM:1384"}, []string{"AZE>ARM:130"}},
		{"Russia threatened to invade Ukraine.", []string{"RUS>UKR:1382"}, []string{"RUS>UKR:138"}},
		{"Iran threatened to retaliate against Israel.", []string{"IRN>ISR:130"}, []string{"IRN>ISR:138"}},
		{"Iran threatened to attack Israel.", []string{"IRN>ISR:138"}, []string{"IRN>ISR:130"}},
		{"Peru threatened on Monday to strike Chile.", []string{"PER>CHL:138"}, []string{"PER>CHL:130"}},
		{"Turkey threatened to expel the Swedish ambassador.", []string{"TUR>SWEGOV:130"}, nil},
	}
	checkEventCases(t, tests)
}

func TestThreatCode(t *testing.T) {
	tests := []struct{ deed, want string }{
		{"160", "131"}, {"161", "1313"}, {"1621", "1311"}, {"163", "1312"}, {"164", "134"}, {"165", "135"},
		{"1662", "136"}, {"172", "132"}, {"1724", "1324"}, {"175", "137"}, {"141", "133"}, {"1411", "133"},
		{"191", "1381"}, {"192", "1382"}, {"183", "1383"}, {"1951", "1384"}, {"190", ""}, {"196", "1384"},
		{"2042", "1385"}, {"202", "138"}, {"173", ""}, {"174", ""}, {"171", ""}, {"111", ""}, {"04", ""}, {"", ""},
	}
	for _, tt := range tests {
		if got := threatCode(tt.deed); got != tt.want {
			t.Errorf("threatCode(%q) = %q, want %q", tt.deed, got, tt.want)
		}
	}
}

// TestForceThreat checks that a threat of unspecified force takes 138
// only from a verb of armed attack, and that other threats, appeals and
// demands go as deedCode has them.
func TestForceThreat(t *testing.T) {
	tests := []struct{ have, deed, lemma, want string }{
		{"130", "190", "ATTACK", "138"},
		{"130", "190", "STRIKE", "138"},
		{"130", "190", "RETALIATE", ""},
		{"130", "190", "RESPOND", ""},
		{"130", "192", "INVADE", "1382"},
		{"130", "163", "IMPOSE", "1312"},
		{"020", "190", "ATTACK", deedCode("020", "190")},
		{"100", "190", "ATTACK", deedCode("100", "190")},
		{"138", "190", "ATTACK", ""},
	}
	for _, tt := range tests {
		if got := forceThreat(tt.have, tt.deed, tt.lemma); got != tt.want {
			t.Errorf("forceThreat(%q, %q, %q) = %q, want %q", tt.have, tt.deed, tt.lemma, got, tt.want)
		}
	}
}
