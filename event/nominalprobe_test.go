package event

import "testing"

// TestNominalProbe checks that an investigation a noun names codes its
// holder looking into its subject: under it, facing it, or owning,
// opening or holding it "by" someone "into" someone (091 for a police,
// judicial or criminal one, else 090), and that an investigation called
// for, a question from someone, scrutiny with no one looking, or a
// condition code none.
func TestNominalProbe(t *testing.T) {
	tests := []eventCase{
		{"The Bolivian army is under investigation by the Chilean foreign ministry.", []string{"CHLGOV>BOLMIL:090"}, nil},
		{"The Bolivian minister faces a criminal investigation by Chilean police.", []string{"CHLCOP>BOLGOV:091"}, nil},
		{"The Bolivian army is facing scrutiny from the Chilean government.", []string{"CHLGOV>BOLMIL:090"}, nil},
		{"Chile's investigation into the Bolivian army began on Monday.", []string{"CHL>BOLMIL:090"}, nil},
		{"A probe by Chilean prosecutors into Bolivian officials found nothing.", []string{"CHLJUD>BOLGOV:091"}, nil},
		// No one looks into anyone named.
		{"Chile demanded an investigation into the Bolivian army.", nil, []string{"CHL>BOLMIL:090"}},
		{"We received an inquiry from the Chilean embassy about Bolivian visas.", nil, []string{"CHLGOV>BOL:090"}},
		// An inquiry "from" someone is a question even with an "on"
		// after it: only "by" names who investigates.
		{"The ministry got an inquiry from the Chilean embassy on Bolivian visas.", nil, []string{"CHLGOV>BOL:090"}},
		{"If Chile opens an inquiry into the Bolivian army, ties will suffer.", nil, []string{"CHL>BOLMIL:090"}},
	}
	checkEventCases(t, tests)
}
