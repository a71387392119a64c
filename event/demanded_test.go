package event

import "testing"

// TestDemandNotAppeal checks that what a verb of demanding calls for is a
// demand (10) where its pattern is an appeal's (02), and that a deed in a
// "that" clause after a verb of appeal or demand narrows it as an
// infinitive does.
func TestDemandNotAppeal(t *testing.T) {
	tests := []eventCase{
		{"Serbia demanded that NATO withdraw its troops from Kosovo.", []string{"SRB>IGOWSTNAT:1056"}, []string{"SRB>IGOWSTNAT:025"}},
		{"Egypt demanded that the rebels withdraw from the border town.", []string{"EGY>EGYREB:1056"}, []string{"EGY>EGYREB:025"}},
		{"The Arab League urged that Israel release the Palestinian prisoners.", []string{"IGOMEAARL>ISR:0253"}, []string{"IGOMEAARL>ISR:020"}},
		{"Ecuador asked that Colombia extradite the former minister.", []string{"ECU>COL:0213"}, []string{"ECU>COL:020"}},
		// Appeals stay appeals.
		{"Peru urged Chile to withdraw its troops.", []string{"PER>CHL:0256"}, []string{"PER>CHL:1056"}},
		// A deed that codes nothing leaves the demand unspecified.
		{"Kosovo demanded that Serbia recognise its independence.", []string{"KSV>SRB:100"}, nil},
	}
	checkEventCases(t, tests)
}

func TestDemandOf(t *testing.T) {
	tests := []struct{ code, want string }{
		{"020", "100"}, {"025", "105"}, {"0256", "1056"}, {"026", "106"}, {"0231", "1031"}, {"0241", "1041"},
		{"028", "108"}, {"100", ""}, {"111", ""}, {"036", ""}, {"", ""},
	}
	for _, tt := range tests {
		if got := demandOf(tt.code); got != tt.want {
			t.Errorf("demandOf(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

func TestDeedCode(t *testing.T) {
	tests := []struct{ have, deed, want string }{
		{"100", "087", "1056"}, {"020", "0841", "0253"}, {"130", "161", "1313"}, {"138", "192", "1382"},
		{"138", "193", "1384"}, {"138", "162", "1311"}, {"138", "163", ""}, {"138", "190", ""},
		{"105", "087", "1056"}, {"025", "0841", "0253"}, {"106", "046", ""}, {"105", "0831", ""}, {"111", "087", ""},
	}
	for _, tt := range tests {
		if got := deedCode(tt.have, tt.deed); got != tt.want {
			t.Errorf("deedCode(%q, %q) = %q, want %q", tt.have, tt.deed, got, tt.want)
		}
	}
}
