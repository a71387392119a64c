package event

import "testing"

// TestNoHelpSense checks that a bare overseeing, a court's award or
// serving no actor (their blocks' 060, material cooperation) codes
// nothing, while their patterns (a contract, recognition, a medal or a
// grant awarded) still code the deed they name and serving an actor
// still codes (TestPredication).
func TestNoHelpSense(t *testing.T) {
	tests := []eventCase{
		{"A Chilean commission oversees the Peruvian police.", nil, []string{"CHL>PERCOP:060"}},
		{"The Chilean senate committee overseeing the Peruvian navy met on Monday.", nil, []string{"CHLLEG>PERMIL:060"}},
		{"The International Court of Justice on Friday awarded Peru sovereignty over the disputed islets.", nil, []string{"IGOUNOJUDICJ>PER:060"}},
		{"A Chilean committee began serving subpoenas on Peruvian shipping firms on Monday.", nil, []string{"CHL>PERBUS:060"}},
		{"The Chilean navy serves Peru's interests.", nil, []string{"CHLMIL>PER:060"}},
		{"Peru awarded a contract to a Chilean firm on Monday.", []string{"PER>CHLBUS:031"}, nil},
		{"Chile accorded Peru full recognition on Monday.", []string{"CHL>PER:054"}, nil},
		{"Chile awarded the Peruvian president a medal on Monday.", []string{"CHL>PERGOV:051"}, nil},
		{"Peru awarded Bolivia a $50 million grant on Monday.", []string{"PER>BOL:071"}, nil},
	}
	checkEventCases(t, tests)
}
