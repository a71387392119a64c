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
