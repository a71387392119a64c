package event

import "testing"

// TestParticipleInOfPhrase checks that a past participle on a noun in an
// "of" phrase that a verb governs ("hundreds of Peruvians evacuated from
// Chile arrived") is a passive on that noun: with no "by" agent nobody
// is named who did it, and the noun is not its source. A verb that is
// the sentence's own after such a phrase keeps its source.
func TestParticipleInOfPhrase(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Hundreds of Peruvians evacuated from Chile arrived in Lima on Monday.", nil, []string{"PER>CHL:070"}},
		{"Most of the Peruvian troops deployed to Bolivia returned home.", nil, []string{"PERMIL>BOL:174"}},
		{"Hundreds of Peruvians protested outside the Chilean embassy on Monday.", []string{"PER>CHLGOV:141"}, nil},
		{"Dozens of Peruvian soldiers attacked Chilean positions on Monday.", []string{"PERMIL>CHLMIL:190"}, nil},
	})
}
