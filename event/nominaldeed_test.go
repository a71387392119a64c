package event

import "testing"

// TestNominalDeed checks that an arrest, detention, expulsion,
// deportation, kidnapping or crackdown a noun names codes its deed by its
// owner or the actor after "by" on the actor after "of" ("on" for a
// crackdown), past a number, and nothing without both.
func TestNominalDeed(t *testing.T) {
	tests := []eventCase{
		{"Chile's detention of two Peruvians strained ties.", []string{"CHL>PER:173"}, nil},
		{"The arrest of three Bolivian diplomats by Chilean police angered La Paz.", []string{"CHLCOP>BOLGOV:173"}, nil},
		{"The expulsion of Peruvian diplomats by Chile followed the dispute.", []string{"CHL>PERGOV:174"}, nil},
		{"The kidnapping of two Peruvian engineers by Chilean rebels shocked Lima.", []string{"CHLREB>PERCVL:181"}, nil},
		{"The Chilean police's crackdown on Peruvian protesters drew criticism.", []string{"CHLCOP>PEROPP:170"}, nil},
		// The patient alone, or the owner as the patient, is no deed.
		{"Chile's expulsion from the Andean Community was expected.", nil, []string{"CHL>PER:174"}},
		{"The arrest of two Peruvians shocked Lima.", nil, []string{"PER>PER:173"}},
	}
	checkEventCases(t, tests)
}
