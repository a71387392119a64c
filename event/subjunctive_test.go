package event

import "testing"

// TestMandativeSubjunctive checks that a deed in the subjunctive "that"
// clause of a verb of wanting ("suggested that Peru meet") has not
// happened, while a tensed clause of the same verbs is still a claim.
func TestMandativeSubjunctive(t *testing.T) {
	tests := []eventCase{
		{"The envoy suggested that Peru meet Bolivian officials.", nil, []string{"PER>BOLGOV:040"}},
		{"The envoy insisted that Peru met Bolivian officials.", []string{"PER>BOLGOV:040"}, nil},
		{"The senators recommended that Peru meet Bolivian officials.", nil, []string{"PER>BOLGOV:040"}},
		// "resume" parsed as a noun leaves "buying" without a tense.
		{"When Peru's advisers suggested that Chile resume buying around $5 billion in Bolivian farm goods, the president was not pleased.", nil, []string{"CHL>BOL:061"}},
		{"Peru insisted that Chile was buying Bolivian gas.", []string{"CHL>BOL:061"}, nil},
	}
	checkEventCases(t, tests)
}
