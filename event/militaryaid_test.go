package event

import "testing"

// TestMilitaryAidGiven checks that a verb of giving with no pattern of
// its own whose recipient is armed forces codes military aid (072, or
// 0332 for an intent), and that material given to others stays
// material cooperation (060, 031).
func TestMilitaryAidGiven(t *testing.T) {
	tests := []eventCase{
		{"Japan will provide the Philippine coast guard with patrol boats.",
			[]string{"JPN>PHLMIL:0332"}, []string{"JPN>PHLMIL:031"}},
		{"Canada supplied Latvia's air force with trucks in March.",
			[]string{"CAN>LVAMIL:072"}, []string{"CAN>LVAMIL:060"}},
		{"Norway provided Syrian refugees with blankets.",
			[]string{"NOR>SYRREF:060"}, []string{"NOR>SYRREF:072"}},
		{"The United States will provide Kenya's police with armored vehicles.",
			[]string{"USA>KENCOP:031"}, []string{"USA>KENCOP:0332"}},
	}
	checkEventCases(t, tests)
}
