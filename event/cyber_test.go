package event

import "testing"

// TestCyberattack checks that hackers attacking or targeting someone,
// websites or servers attacked, hacking into someone's systems and a
// cyberattack named by its noun are cyberattacks (176), not force (190)
// or criticism (111); and that rounding people up arrests them (173).
func TestCyberattack(t *testing.T) {
	tests := []eventCase{
		{"Peruvian hackers targeted Chilean banks last week.", []string{"PER>CHL:176"}, []string{"PER>CHL:190"}},
		{"Bolivian hackers attacked the Chilean government on Sunday.", []string{"BOL>CHLGOV:176"}, []string{"BOL>CHLGOV:111"}},
		{"Chile attacked Peruvian government websites.", []string{"CHL>PERGOV:176"}, []string{"CHL>PERGOV:111"}},
		{"Ecuadorian hackers hacked into the Colombian foreign ministry.", []string{"ECU>COLGOV:176"}, nil},
		{"Venezuela launched a cyberattack on the Colombian foreign ministry.", []string{"VEN>COLGOV:176"}, nil},
		{"Peru condemned Chile's cyber attack on Peruvian ministries.", []string{"CHL>PERGOV:176"}, []string{"CHL>PERGOV:190"}},
		{"Chilean troops attacked Peruvian positions at dawn.", []string{"CHLMIL>PERMIL:190"}, []string{"CHLMIL>PERMIL:176"}},
		{"Bolivian police rounded up Peruvian street vendors.", []string{"BOLCOP>PER:173"}, nil},
	}
	checkEventCases(t, tests)
}
