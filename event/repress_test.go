package event

import "testing"

// TestCrowdControlAndRefuge checks that force with the means of crowd
// control is violent repression (175), that hosting people is giving them
// refuge (075), that missiles fired at no one are a demonstration of
// military power (150) by the military, that a threat of military means
// is a threat of force (138), and that other force, threats and hosting
// keep their codes.
func TestCrowdControlAndRefuge(t *testing.T) {
	tests := []eventCase{
		{"Peruvian police fired tear gas to disperse the Chilean protesters.", []string{"PERCOP>CHLOPP:175"}, []string{"PERCOP>CHLOPP:194"}},
		{"Peruvian troops fired on Chilean positions.", []string{"PERMIL>CHLMIL:190"}, nil},
		{"Peruvian police fired round after round of teargas at Chilean protesters.", []string{"PERCOP>CHLOPP:175"}, []string{"PERCOP>CHLOPP:190"}},
		{"Peruvian police fired volley after volley of tear gas at Chilean protesters.", []string{"PERCOP>CHLOPP:175"}, []string{"PERCOP>CHLOPP:190"}},
		{"Peruvian police fired teargas at Chilean protesters.", []string{"PERCOP>CHLOPP:175"}, []string{"PERCOP>CHLOPP:190"}},
		{"Peru has hosted several thousand members of the exiled Chilean opposition since 2013.", []string{"PER>CHLOPP:075"}, []string{"CHLOPP>PER:042", "PER>CHLOPP:043"}},
		{"Peru hosted Chile's foreign minister on Monday.", []string{"PER>CHLGOV:043"}, nil},
		{"Chile fired ballistic missiles into waters around Peru on Thursday.", []string{"CHLMIL>PER:150"}, []string{"CHL>PER:190"}},
		{"Chile fired missiles at Peru on Thursday.", []string{"CHL>PER:195"}, []string{"CHLMIL>PER:150"}},
		{"Peru on Tuesday warned Chile that it would defend every grain of its sovereignty.", []string{"PER>CHL:138"}, []string{"PER>CHL:130"}},
		{"Peru warned Chile that it would bear all the consequences.", []string{"PER>CHL:130"}, []string{"PER>CHL:138"}},
	}
	checkEventCases(t, tests)
}
