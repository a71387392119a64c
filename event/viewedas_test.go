package event

import "testing"

// TestViewedAs checks that judging what another actor did as a wrong
// ("viewed Chile's move as a violation") is the judge's criticism of that
// actor (111), and that a judgement of no wrong, a negated one, one by
// no actor and one of an act no actor is named with are none.
func TestViewedAs(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru's foreign ministry said it viewed Chile's move as “another measure contradicting” the treaty.", []string{"PERGOV>CHL:111"}, nil},
		{"Bolivia described Chile's decision as a provocation.", []string{"BOL>CHL:111"}, nil},
		{"Peru regards the Chilean decision as illegal.", []string{"PER>CHL:111"}, nil},
		{"Peru viewed Chile's move as a positive step.", nil, []string{"PER>CHL:111"}},
		{"Peru does not view Chile's move as a violation of the treaty.", nil, []string{"PER>CHL:111"}},
		{"Analysts see Chile's move as a threat.", nil, []string{"*>CHL:111"}},
		{"Peru viewed the move as a violation of the treaty.", nil, []string{"PER>*:111"}},
	})
}

// TestFalseCharge checks that calling a charge false, or saying it is,
// is a denial (016) aimed at its owner or at who made it, and that a
// charge called true, a negated saying and a call that names no charge
// are none.
func TestFalseCharge(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"Peru accused Chile of spying. Chile called the claim absurd.", []string{"CHL>PER:016"}, []string{"CHL>PER:041"}},
		{"Chile said Peru's claim was patently false.", []string{"CHL>PER:016"}, nil},
		{"Peru accused Chile of spying. Chile said the accusations were “baseless”.", []string{"CHL>PER:016"}, nil},
		{"Peru accused Chile of spying. Chile said the claim was true.", nil, []string{"CHL>PER:016"}},
		{"Peru accused Chile of spying. Chile did not say the claim was false.", nil, []string{"CHL>PER:016"}},
		{"Chile said the claim was false.", nil, []string{"CHL>*:016"}},
	})
}
