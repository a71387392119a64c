package event

import "testing"

// TestLightVerbDeeds checks that the subject of a light verb ("carried
// out", "mounted", "made", "launched") does the deed its object noun
// names, that a noun no light verb governs keeps its owner rule, and
// that an arrest warrant issued for someone is legal action (173).
func TestLightVerbDeeds(t *testing.T) {
	tests := []eventCase{
		{"Chilean police carried out arrests of Peruvian traders.", []string{"CHLCOP>PERBUS:173"}, nil},
		{"Colombian troops mounted an assault on Venezuelan positions.", []string{"COLMIL>VENMIL:190"}, nil},
		{"The Peruvian army made several arrests of Bolivian smugglers.", []string{"PERMIL>BOLCRM:173"}, nil},
		{"Peru carried out the expulsion of two Chilean diplomats.", []string{"PER>CHLGOV:174"}, nil},
		{"Venezuelan soldiers carried out an ambush on Colombian troops.", []string{"VENMIL>COLMIL:190"}, nil},
		{"Ecuador condemned Peru's incursion into Ecuadorian waters.", nil, []string{"ECU>PER:190"}},
		{"Ecuadorian marines carried out a night raid on a Colombian rebel camp.", []string{"ECUMIL>COLREB:190"}, nil},
		{"Peru condemned the raid on the Chilean embassy.", nil, []string{"PER>CHLGOV:190"}},
		{"Bolivian troops mounted an operation in defence of the government of Peru.", nil, []string{"BOLMIL>PERGOV:190"}},
		{"Chilean marines carried out a raid in support of the Peruvian navy.", nil, []string{"CHLMIL>PERMIL:190"}},
		{"Chile threatened to launch an offensive against Bolivia.", nil, []string{"CHL>BOL:190"}},
		{"A Peruvian court issued an arrest warrant for a Chilean general.", []string{"PERJUD>CHL:173"}, []string{"PERJUD>CHL:100"}},
	}
	checkEventCases(t, tests)
}
