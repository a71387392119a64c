package event

import "testing"

// TestSentBackPeople checks that people sent home or back, turned back
// or away, or (migrants) repatriated are expelled or deported (174),
// while troops sent home, an attack turned back and refugees repatriated
// are not.
func TestSentBackPeople(t *testing.T) {
	tests := []eventCase{
		{"Ghana sent 300 Nigerian migrants home.", []string{"GHA>NGACVL:174"}, nil},
		{"Ghana is sending back 300 Nigerian migrants.", []string{"GHA>NGACVL:174"}, nil},
		{"Ghana sent home 300 Nigerian migrants on Friday.", []string{"GHA>NGACVL:174"}, nil},
		{"Ghana sent 300 Nigerians home.", []string{"GHA>NGA:174"}, nil},
		{"Three hundred Nigerian migrants were sent home by Ghana.", []string{"GHA>NGACVL:174"}, nil},
		{"Tanzania turned back two Kenyan activists at the border.", []string{"TZA>KENOPP:174"}, nil},
		{"Tanzanian officials turned the Kenyan lawyers away at the airport.", []string{"TZAGOV>KENJUD:174"}, nil},
		{"Mexico repatriated 500 Guatemalan migrants.", []string{"MEX>GTMCVL:174"}, nil},
		{"Mexico repatriated 500 Guatemalan refugees.", []string{"MEX>GTMREF:0841"}, []string{"MEX>GTMREF:174"}},
		{"Peru sent its troops home from Haiti.", nil, []string{"PER>HTI:174", "PERMIL>HTI:174", "PER>PERMIL:174"}},
		{"Chilean troops turned back the Peruvian attack.", nil, []string{"CHLMIL>PER:174", "CHLMIL>PERMIL:174"}},
		{"The Kenyan president turned back to Uganda for help.", nil, []string{"KENGOV>UGA:174"}},
	}
	checkEventCases(t, tests)
}
